//! The import's preview: a table's rows as they will be read with a mapping (each mapped cell
//! read as its field's kind of value, or the problem with it), and the fields a column of a
//! sheet can be mapped to. The app shows it beside the mapping step.

use crate::apply::Mapping;
use crate::columns::{Col, ListSheet};
use crate::read::Table;
use crate::value::{self, Out, Problem, Raw};
use gevinst_core::i18n::{Label, Language};
use gevinst_core::model::{self as m, Bounded, Fte, Hours, IndicatorValue};

/// One cell of the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewCell {
    /// The column's index in the table.
    pub column: usize,
    /// The field it fills.
    pub field: Col,
    /// The value as it will be read (formatted in the language), or why it cannot be.
    pub value: Result<String, Problem>,
}

/// One row of the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviewRow {
    /// The data row's index in the table.
    pub data_row: usize,
    /// The spreadsheet row number (1-based).
    pub row: usize,
    /// The mapped cells, in the table's column order.
    pub cells: Vec<PreviewCell>,
}

/// The fields a column of `sheet` can be mapped to: the sheet's columns the import reads
/// (not those Gevinst computes).
pub fn fields(sheet: ListSheet) -> Vec<Col> {
    sheet
        .columns()
        .iter()
        .copied()
        .filter(|c| !c.computed())
        .collect()
}

/// The columns of `table` that `mapping` reads, with their fields: each field once (the first
/// column mapped to it), computed fields left out, as [`crate::apply()`] reads them.
pub fn read_columns(mapping: &Mapping) -> Vec<(usize, Col)> {
    let mut out: Vec<(usize, Col)> = Vec::new();
    if mapping.sheet.is_none() {
        return out;
    }
    for (i, c) in mapping.columns.iter().enumerate() {
        if let Some(c) = c
            && !c.computed()
            && !out.iter().any(|(_, x)| x == c)
        {
            out.push((i, *c));
        }
    }
    out
}

/// The given data rows of `table` (those that exist) as they will be read with `mapping`.
pub fn preview(
    table: &Table,
    mapping: &Mapping,
    rows: impl IntoIterator<Item = usize>,
    lang: Language,
) -> Vec<PreviewRow> {
    let columns = read_columns(mapping);
    rows.into_iter()
        .filter_map(|r| {
            let cells = table.rows.get(r)?;
            let cells = columns
                .iter()
                .map(|&(column, field)| PreviewCell {
                    column,
                    field,
                    value: read_cell(field, cells.get(column).unwrap_or(&Raw::Empty), lang),
                })
                .collect();
            Some(PreviewRow {
                data_row: r,
                row: table.header_row.saturating_add(1).saturating_add(r),
                cells,
            })
        })
        .collect()
}

fn label<T: Label>(raw: &Raw, all: &[T], lang: Language) -> Result<String, Problem> {
    Ok(value::choice(raw, all)?.map_or_else(String::new, |v| v.label(lang).to_owned()))
}

fn bounded<Q: Bounded>(raw: &Raw, lang: Language) -> Result<String, Problem> {
    Ok(Out::decimal(value::bounded::<Q>(raw)?.map(Q::get)).display(lang))
}

/// One cell read as `field` will read it, shown in `lang` (`1 250 000,00 kr`, `30.06.2026`).
pub fn read_cell(field: Col, raw: &Raw, lang: Language) -> Result<String, Problem> {
    use Col::*;
    let shown = |out: Out| out.display(lang);
    match field {
        MeasureId | ServiceId | GainId | ExtractionId | AreaId | GainMeasureId
        | ExtractionGainId | ExtractionAreaId => Ok(shown(Out::id(value::id(raw)?))),
        MeasureServices => Ok(value::ids(raw)?
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")),
        MeasureStatus => label(raw, &m::MeasureStatus::ALL, lang),
        ServiceTargetGroup => label(raw, &m::TargetGroup::ALL, lang),
        ServiceChannel => label(raw, &m::Channel::ALL, lang),
        GainKind => label(raw, &m::GainKind::ALL, lang),
        GainBeneficiary => label(raw, &m::Beneficiary::ALL, lang),
        GainDirection => label(raw, &m::Direction::ALL, lang),
        ExtractionForm => label(raw, &m::ExtractionForm::ALL, lang),
        MeasureStart | MeasureEnd | GainBaselineDate | GainTargetDate => {
            Ok(shown(Out::date(value::date(raw)?)))
        }
        MeasureDigitalisation | ServiceAvailable | ServiceRemains => {
            Ok(value::yes_no(raw)?.map_or_else(String::new, |b| shown(Out::yes_no(b, lang))))
        }
        MeasureInvestment
        | MeasureOperatingCost
        | GainPlannedNok
        | GainRealisedNok
        | GainPlannedReport
        | GainRealisedReport
        | ExtractionAmount
        | ExtractionAmountReport => Ok(shown(Out::money(value::money(raw)?))),
        MeasurePriceYear | GainPriceYear | GainYear | ExtractionYear => {
            Ok(value::year(raw)?.map_or_else(String::new, |y| y.to_string()))
        }
        ServiceVolume => Ok(value::count(raw)?.map_or_else(String::new, |n| {
            gevinst_core::format::integer(i64::try_from(n).unwrap_or(i64::MAX), lang)
        })),
        ServiceDigitalShare => {
            Ok(value::percent(raw)?.map_or_else(String::new, |p| shown(Out::Percent(p))))
        }
        GainPlannedHours | GainRealisedHours => bounded::<Hours>(raw, lang),
        ExtractionFte | GainPlannedFte | GainRealisedFte => bounded::<Fte>(raw, lang),
        GainBaseline | GainTarget | GainPlannedIndicator | GainRealisedIndicator => {
            bounded::<IndicatorValue>(raw, lang)
        }
        MeasureTitle
        | MeasureDescription
        | MeasureUnit
        | MeasurePerson
        | MeasureAssessment
        | ServiceName
        | ServiceDescription
        | GainMeasure
        | GainName
        | GainDescription
        | GainIndicator
        | GainUnit
        | GainOwner
        | ExtractionGain
        | ExtractionArea
        | ExtractionDescription
        | AreaName
        | AreaDescription
        | ChecklistPoint
        | ChecklistStatus
        | ChecklistJustification => Ok(value::text(raw)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let text = |s: &str| Raw::Text(s.to_owned());
        Table {
            name: "Gevinster".to_owned(),
            headers: vec!["Navn".into(), "Realisert (kr)".into(), "Kommentar".into()],
            rows: vec![
                vec![text("Færre brev"), text("kr 1 250 000"), text("x")],
                vec![text("Raskere"), text("tolv"), Raw::Empty],
            ],
            header_row: 1,
            formulas: Vec::new(),
        }
    }

    #[test]
    fn rows_are_shown_as_they_will_be_read() {
        let t = table();
        let map = Mapping::guess(&t);
        assert_eq!(map.sheet, Some(ListSheet::Gains));
        let rows = preview(&t, &map, 0..10, Language::Nb);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[1].row, 3);
        // The unknown column is not read, so not previewed.
        assert_eq!(rows[0].cells.len(), 2);
        assert_eq!(rows[0].cells[0].value, Ok("Færre brev".to_owned()));
        let amount = rows[0].cells[1].value.clone().unwrap_or_default();
        assert!(amount.starts_with("1\u{a0}250\u{a0}000"), "{amount}");
        assert_eq!(rows[1].cells[1].value, Err(Problem::NotAmount));
    }

    #[test]
    fn a_remapped_column_is_read_as_its_new_field() {
        let t = table();
        let mut map = Mapping::guess(&t);
        map.columns[1] = Some(Col::GainDescription);
        let rows = preview(&t, &map, [1], Language::Nb);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].cells[1].field, Col::GainDescription);
        assert_eq!(rows[0].cells[1].value, Ok("tolv".to_owned()));
        map.columns[1] = None;
        assert_eq!(preview(&t, &map, [1], Language::Nb)[0].cells.len(), 1);
    }

    #[test]
    fn fields_leave_computed_columns_out() {
        let f = fields(ListSheet::Gains);
        assert!(f.contains(&Col::GainRealisedNok));
        assert!(!f.contains(&Col::GainRealisedFte));
        assert_eq!(fields(ListSheet::PriorityAreas).len(), 3);
    }
}
