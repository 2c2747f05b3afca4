//! The sheets and their columns: one list of columns per list, each with its header (a
//! [`SheetText`], so in nb, nn and en), and how a header a user wrote is matched to a column.

use gevinst_core::i18n::{Key, Language, SheetText};

/// A list sheet: one row per entity (per gain and year on the gains sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListSheet {
    /// Measures.
    Measures,
    /// Services.
    Services,
    /// Gains, one row per gain and year.
    Gains,
    /// Extractions.
    Extractions,
    /// Priority areas.
    PriorityAreas,
    /// The checklist (exported, not imported).
    Checklist,
}

impl ListSheet {
    /// Every list sheet in the workbook's order.
    pub const ALL: [ListSheet; 6] = [
        ListSheet::Measures,
        ListSheet::Services,
        ListSheet::Gains,
        ListSheet::Extractions,
        ListSheet::PriorityAreas,
        ListSheet::Checklist,
    ];

    /// The sheets an import reads, in the order it applies them (a gain finds its measure,
    /// an extraction its gain and priority area, among the rows already read).
    pub const IMPORTED: [ListSheet; 5] = [
        ListSheet::PriorityAreas,
        ListSheet::Measures,
        ListSheet::Services,
        ListSheet::Gains,
        ListSheet::Extractions,
    ];

    /// The sheet's name key.
    pub fn name_key(self) -> SheetText {
        match self {
            ListSheet::Measures => SheetText::SheetMeasures,
            ListSheet::Services => SheetText::SheetServices,
            ListSheet::Gains => SheetText::SheetGains,
            ListSheet::Extractions => SheetText::SheetExtractions,
            ListSheet::PriorityAreas => SheetText::SheetAreas,
            ListSheet::Checklist => SheetText::SheetChecklist,
        }
    }

    /// The sheet's name in a language.
    pub fn name(self, lang: Language) -> &'static str {
        self.name_key().text(lang)
    }

    /// The sheet whose name, in any language, is `name` (case and spaces ignored).
    pub fn from_name(name: &str) -> Option<ListSheet> {
        let n = normalise(name);
        ListSheet::ALL
            .into_iter()
            .find(|s| Language::ALL.iter().any(|l| normalise(s.name(*l)) == n))
    }
}

/// Declares [`Col`], [`Col::ALL`], [`Col::sheet`] and [`ListSheet::columns`] from one list:
/// each column is named once, under its sheet, in the exported order.
macro_rules! sheet_columns {
    ($($sheet:ident: [$($col:ident),* $(,)?]),* $(,)?) => {
        /// A column of a list sheet.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)] // each variant is its sheet and its header, which say all
        pub enum Col {
            $($($col,)*)*
        }

        impl Col {
            /// Every column, sheet by sheet in the workbook's order.
            pub const ALL: &'static [Col] = &[$($(Col::$col,)*)*];

            /// The sheet the column is on.
            pub fn sheet(self) -> ListSheet {
                match self {
                    $($(Col::$col)|* => ListSheet::$sheet,)*
                }
            }
        }

        impl ListSheet {
            /// The sheet's columns in the exported order.
            pub fn columns(self) -> &'static [Col] {
                match self {
                    $(ListSheet::$sheet => &[$(Col::$col),*],)*
                }
            }
        }
    };
}

sheet_columns! {
    Measures: [
        MeasureId,
        MeasureTitle,
        MeasureDescription,
        MeasureStatus,
        MeasureStart,
        MeasureEnd,
        MeasureUnit,
        MeasurePerson,
        MeasureDigitalisation,
        MeasureAssessment,
        MeasureServices,
        MeasureInvestment,
        MeasureOperatingCost,
        MeasurePriceYear,
    ],
    Services: [
        ServiceId,
        ServiceName,
        ServiceDescription,
        ServiceTargetGroup,
        ServiceChannel,
        ServiceVolume,
        ServiceDigitalShare,
        ServiceAvailable,
        ServiceRemains,
    ],
    Gains: [
        GainId,
        GainMeasureId,
        GainMeasure,
        GainName,
        GainKind,
        GainBeneficiary,
        GainDescription,
        GainIndicator,
        GainUnit,
        GainBaseline,
        GainBaselineDate,
        GainTarget,
        GainTargetDate,
        GainDirection,
        GainOwner,
        GainPriceYear,
        GainYear,
        GainPlannedNok,
        GainRealisedNok,
        GainPlannedHours,
        GainRealisedHours,
        GainPlannedFte,
        GainRealisedFte,
        GainPlannedIndicator,
        GainRealisedIndicator,
        GainPlannedReport,
        GainRealisedReport,
    ],
    Extractions: [
        ExtractionId,
        ExtractionGainId,
        ExtractionGain,
        ExtractionYear,
        ExtractionForm,
        ExtractionAmount,
        ExtractionFte,
        ExtractionAreaId,
        ExtractionArea,
        ExtractionDescription,
        ExtractionAmountReport,
    ],
    PriorityAreas: [
        AreaId,
        AreaName,
        AreaDescription,
    ],
    Checklist: [
        ChecklistPoint,
        ChecklistStatus,
        ChecklistJustification,
    ],
}

impl Col {
    /// The column's header key.
    pub fn header_key(self) -> SheetText {
        use Col::*;
        use SheetText as T;
        match self {
            MeasureId | ServiceId | GainId | ExtractionId | AreaId => T::ColId,
            MeasureTitle => T::ColTitle,
            ServiceName | GainName | AreaName => T::ColName,
            MeasureDescription
            | ServiceDescription
            | GainDescription
            | ExtractionDescription
            | AreaDescription => T::ColDescription,
            MeasureStatus | ChecklistStatus => T::ColStatus,
            MeasureStart => T::ColStartDate,
            MeasureEnd => T::ColEndDate,
            MeasureUnit => T::ColResponsibleUnit,
            MeasurePerson => T::ColResponsiblePerson,
            MeasureDigitalisation => T::ColDigitalisation,
            MeasureAssessment => T::ColSpecialAssessment,
            MeasureServices => T::ColServiceIds,
            MeasureInvestment => T::ColInvestment,
            MeasureOperatingCost => T::ColOperatingCost,
            MeasurePriceYear | GainPriceYear => T::ColPriceYear,
            ServiceTargetGroup => T::ColTargetGroup,
            ServiceChannel => T::ColChannel,
            ServiceVolume => T::ColAnnualVolume,
            ServiceDigitalShare => T::ColDigitalShare,
            ServiceAvailable => T::ColDigitallyAvailable,
            ServiceRemains => T::ColRemains,
            GainMeasureId => T::ColMeasureId,
            GainMeasure => T::ColMeasure,
            GainKind => T::ColKind,
            GainBeneficiary => T::ColBeneficiary,
            GainIndicator => T::ColIndicator,
            GainUnit => T::ColUnit,
            GainBaseline => T::ColBaselineValue,
            GainBaselineDate => T::ColBaselineDate,
            GainTarget => T::ColTargetValue,
            GainTargetDate => T::ColTargetDate,
            GainDirection => T::ColDirection,
            GainOwner => T::ColOwner,
            GainYear | ExtractionYear => T::ColYear,
            GainPlannedNok => T::ColPlannedNok,
            GainRealisedNok => T::ColRealisedNok,
            GainPlannedHours => T::ColPlannedHours,
            GainRealisedHours => T::ColRealisedHours,
            GainPlannedFte => T::ColPlannedFte,
            GainRealisedFte => T::ColRealisedFte,
            GainPlannedIndicator => T::ColPlannedIndicator,
            GainRealisedIndicator => T::ColRealisedIndicator,
            GainPlannedReport => T::ColPlannedReport,
            GainRealisedReport => T::ColRealisedReport,
            ExtractionGainId => T::ColGainId,
            ExtractionGain => T::ColGain,
            ExtractionForm => T::ColForm,
            ExtractionAmount => T::ColAmount,
            ExtractionFte => T::ColFte,
            ExtractionAreaId => T::ColAreaId,
            ExtractionArea => T::ColArea,
            ExtractionAmountReport => T::ColAmountReport,
            ChecklistPoint => T::ColPoint,
            ChecklistJustification => T::ColJustification,
        }
    }

    /// The column's header in a language.
    pub fn header(self, lang: Language) -> &'static str {
        self.header_key().text(lang)
    }

    /// True for a column Gevinst computes (FTEs, amounts in the report's price year): it is
    /// exported for reading and for the summary's formulas, and ignored by the import.
    pub fn computed(self) -> bool {
        matches!(
            self,
            Col::GainPlannedFte
                | Col::GainRealisedFte
                | Col::GainPlannedReport
                | Col::GainRealisedReport
                | Col::ExtractionAmountReport
        )
    }
}

/// A header as the import compares it: lower case, without spaces of any kind.
pub fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column of `sheet` whose header, in any language, is `header`.
pub fn match_header(sheet: ListSheet, header: &str) -> Option<Col> {
    let n = normalise(header);
    if n.is_empty() {
        return None;
    }
    sheet
        .columns()
        .iter()
        .copied()
        .find(|c| Language::ALL.iter().any(|l| normalise(c.header(*l)) == n))
}

/// The list sheet a table of these headers most likely is (for a CSV file or a sheet with
/// another name): the one whose columns match most headers, at least two of them.
pub fn guess_sheet(headers: &[String]) -> Option<ListSheet> {
    ListSheet::IMPORTED
        .into_iter()
        .map(|s| {
            let hits = headers
                .iter()
                .filter(|h| match_header(s, h).is_some_and(|c| !c.computed()))
                .count();
            (hits, s)
        })
        .filter(|(hits, _)| *hits >= 2)
        .max_by_key(|(hits, s)| (*hits, std::cmp::Reverse(*s)))
        .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_unique_within_a_sheet_in_every_language() {
        for sheet in ListSheet::ALL {
            for lang in Language::ALL {
                let mut seen = std::collections::HashSet::new();
                for c in sheet.columns() {
                    assert!(
                        seen.insert(normalise(c.header(lang))),
                        "{sheet:?} {lang:?} {c:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn headers_match_in_any_case_and_spacing() {
        assert_eq!(
            match_header(ListSheet::Gains, "  realisert(KR) "),
            Some(Col::GainRealisedNok)
        );
        assert_eq!(
            match_header(ListSheet::Gains, "Planlagde timar"),
            Some(Col::GainPlannedHours)
        );
        assert_eq!(match_header(ListSheet::Gains, "Kommentar"), None);
        assert_eq!(ListSheet::from_name("gevinstar"), Some(ListSheet::Gains));
    }

    #[test]
    fn every_column_is_on_one_sheet_and_listed_there() {
        let listed: Vec<Col> = ListSheet::ALL
            .iter()
            .flat_map(|s| s.columns().iter().copied())
            .collect();
        assert_eq!(listed, Col::ALL);
        for sheet in ListSheet::ALL {
            assert!(sheet.columns().iter().all(|c| c.sheet() == sheet));
        }
        assert_eq!(Col::GainRealisedNok.sheet(), ListSheet::Gains);
        assert_eq!(ListSheet::PriorityAreas.columns().len(), 3);
    }
}
