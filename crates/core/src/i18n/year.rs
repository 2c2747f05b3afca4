//! Texts of the yearly cycle: next year's report made from this one, what was carried over
//! to confirm, and last year's figures ("I fjor") in the app, the report and the command line.

use super::key_table;

/// A sentence or phrase of the yearly cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum YearText {
    /// Finding: a carried measure's status to confirm. `{title}`, `{year}`.
    FindingMeasure,
    /// Finding: a carried checklist answer to confirm. `{point}`, `{point_title}`, `{year}`.
    FindingChecklist,
    /// Finding: a carried answer to a requirement of the ministry's own. `{title}`, `{year}`.
    FindingOwnPoint,
    /// "I fjor": the heading of last year's figures.
    LastYear,
    /// A key figure's last-year value after its label. `{value}`.
    LastYearValue,
    /// Report: caption of the gains per year against last year. `{price_year}`.
    CapGainsVsLastYear,
    /// Report: caption of the extractions per year against last year. `{price_year}`.
    CapExtractionVsLastYear,
    /// Report: column of planned kroner.
    ColPlanned,
    /// Report: column of realised kroner.
    ColRealised,
    /// Report: column of extracted kroner.
    ColExtracted,
    /// Report: column of reallocated kroner.
    ColReallocated,
    /// Report: column of last year's figure.
    ColLastYear,
    /// Report: the note under a comparison table. `{last_year}`.
    NoteLastYear,
    /// App menu: make next year's report from this one.
    MenuNextYear,
    /// App: the title of the save dialog. `{year}`.
    DialogTitle,
    /// App and CLI: next year's report was written. `{year}`, `{file}`.
    Written,
    /// App and CLI: it could not be written. `{year}`, `{error}`.
    Failed,
    /// CLI: the output is the input. `{file}`.
    SameFile,
    /// CLI: how many items wait for a confirmation. `{n}`.
    ToConfirm,
    /// App: the heading of the carried-over panel. `{from_year}`.
    PanelTitle,
    /// App: what the panel is for. `{from_year}`, `{year}`.
    PanelIntro,
    /// App: the button that confirms one item. `{year}`.
    ConfirmFor,
    /// App: the button that confirms everything. `{year}`.
    ConfirmAll,
    /// App: a measure and its status as carried. `{title}`, `{status}`.
    CarriedMeasure,
    /// App: a checklist point and its answer as carried. `{point}`, `{status}`.
    CarriedPoint,
    /// App: the heading of the stopped measures of earlier years.
    LeftOutTitle,
    /// App: the check box that takes a stopped measure of an earlier year into the report.
    IncludeInReport,
    /// App: the label of the row with that check box.
    IncludeRow,
    /// App: what the check box does (its tooltip).
    IncludeHelp,
    /// App: everything is confirmed. `{year}`.
    AllConfirmed,
    /// App and CLI: last year's figures are too large to compute.
    Overflow,
}

key_table!(YearText, year::text);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_complete() {
        let problems = super::super::table_problems::<YearText>();
        assert!(problems.is_empty(), "{problems:?}");
    }
}
