//! The yearly cycle in English.

use crate::i18n::YearText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::FindingMeasure => {
            "The measure “{title}” was carried over from last year as planned or in progress. Confirm its status for {year}: implemented, delayed or stopped?"
        }
        T::FindingChecklist => {
            "The answer and justification for point {point} (“{point_title}”) are last year’s. Confirm them for {year}, or change them."
        }
        T::FindingOwnPoint => {
            "The answer and justification for the ministry’s requirement “{title}” are last year’s. Confirm them for {year}, or change them."
        }
        T::LastYear => "Last year",
        T::LastYearValue => "Last year: {value}",
        T::CapGainsVsLastYear => "Gains per year, this year and last year ({price_year} kroner)",
        T::CapExtractionVsLastYear => {
            "Extractions per year, this year and last year ({price_year} kroner)"
        }
        T::ColPlanned => capital(Word::Planned, Language::En),
        T::ColRealised => "Realised",
        T::ColExtracted => "Extracted",
        T::ColReallocated => "Reallocated",
        T::ColLastYear => "Last year",
        T::NoteLastYear => {
            "“Last year” gives the figures as the annual report for {last_year} showed them."
        }
        T::MenuNextYear => "New annual report based on this one…",
        T::DialogTitle => "Save the annual report for {year} as",
        T::Written => "The annual report for {year} was made in “{file}”.",
        T::Failed => "Could not make the annual report for {year}: {error}",
        T::SameFile => {
            "Will not overwrite “{file}”. Choose another file name for next year’s report with -o."
        }
        T::ToConfirm => {
            "{n, plural, one {# item must be confirmed} other {# items must be confirmed}} for the new year."
        }
        T::PanelTitle => "Carried over from {from_year}",
        T::PanelIntro => {
            "These were carried over from the annual report for {from_year}. Confirm each for {year}, or change it; a change confirms it too."
        }
        T::ConfirmFor => "Confirm for {year}",
        T::ConfirmAll => "Confirm all for {year}",
        T::CarriedMeasure => "Measure “{title}”: {status}",
        T::CarriedPoint => "Point {point}: {status}",
        T::LeftOutTitle => "Measures stopped in earlier years (left out of the report)",
        T::IncludeInReport => "Include in the annual report",
        T::IncludeRow => "Annual report",
        T::IncludeHelp => {
            "Measures stopped in earlier years are left out of the annual report unless you include them here."
        }
        T::AllConfirmed => "Everything carried over is confirmed for {year}.",
        T::Overflow => "Last year’s figures are too large to compute.",
    }
}
