//! Texts of the spreadsheets (crate `gevinst-sheets`): sheet names, column headers (which
//! the import also matches, in every language), the summary's headings and the import's
//! messages.

use super::key_table;

/// A sheet name, column header or sentence of the spreadsheet export and import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum SheetText {
    /// Name of the measures sheet.
    SheetMeasures,
    /// Name of the services sheet.
    SheetServices,
    /// Name of the gains sheet.
    SheetGains,
    /// Name of the extractions sheet.
    SheetExtractions,
    /// Name of the priority-areas sheet.
    SheetAreas,
    /// Name of the checklist sheet.
    SheetChecklist,
    /// Name of the summary sheet.
    SheetSummary,
    /// Column: the entity's id.
    ColId,
    /// Column: a title.
    ColTitle,
    /// Column: a name.
    ColName,
    /// Column: a description.
    ColDescription,
    /// Column: a status.
    ColStatus,
    /// Column: start date.
    ColStartDate,
    /// Column: end date.
    ColEndDate,
    /// Column: responsible unit.
    ColResponsibleUnit,
    /// Column: responsible person.
    ColResponsiblePerson,
    /// Column: digitalisation measure (yes/no).
    ColDigitalisation,
    /// Column: the special assessment.
    ColSpecialAssessment,
    /// Column: ids of the services a measure touches.
    ColServiceIds,
    /// Column: investment in kroner.
    ColInvestment,
    /// Column: yearly operating cost in kroner.
    ColOperatingCost,
    /// Column: price year.
    ColPriceYear,
    /// Column: target group.
    ColTargetGroup,
    /// Column: main channel.
    ColChannel,
    /// Column: yearly volume.
    ColAnnualVolume,
    /// Column: digital share.
    ColDigitalShare,
    /// Column: digitally available (yes/no).
    ColDigitallyAvailable,
    /// Column: remains to be digitalised (yes/no).
    ColRemains,
    /// Column: the measure's id.
    ColMeasureId,
    /// Column: the measure's title.
    ColMeasure,
    /// Column: kind of gain.
    ColKind,
    /// Column: who benefits.
    ColBeneficiary,
    /// Column: indicator.
    ColIndicator,
    /// Column: the indicator's unit.
    ColUnit,
    /// Column: baseline value.
    ColBaselineValue,
    /// Column: baseline date.
    ColBaselineDate,
    /// Column: target value.
    ColTargetValue,
    /// Column: target date.
    ColTargetDate,
    /// Column: whether higher or lower is better.
    ColDirection,
    /// Column: benefit owner.
    ColOwner,
    /// Column: year.
    ColYear,
    /// Column: planned kroner.
    ColPlannedNok,
    /// Column: realised kroner.
    ColRealisedNok,
    /// Column: planned hours.
    ColPlannedHours,
    /// Column: realised hours.
    ColRealisedHours,
    /// Column: planned FTEs (computed).
    ColPlannedFte,
    /// Column: realised FTEs (computed).
    ColRealisedFte,
    /// Column: planned indicator value.
    ColPlannedIndicator,
    /// Column: realised indicator value.
    ColRealisedIndicator,
    /// Column: planned kroner in the report's price year (computed).
    ColPlannedReport,
    /// Column: realised kroner in the report's price year (computed).
    ColRealisedReport,
    /// Column: the gain's id.
    ColGainId,
    /// Column: the gain's name.
    ColGain,
    /// Column: form of extraction.
    ColForm,
    /// Column: amount in kroner.
    ColAmount,
    /// Column: FTEs.
    ColFte,
    /// Column: the priority area's id.
    ColAreaId,
    /// Column: the priority area's name.
    ColArea,
    /// Column: amount in the report's price year (computed).
    ColAmountReport,
    /// Column: checklist point.
    ColPoint,
    /// Column: justification.
    ColJustification,
    /// Column: count.
    ColCount,
    /// Column: net present value.
    ColNpv,
    /// A total row.
    Total,
    /// Reallocations without a priority area.
    NoArea,
    /// Yes in a yes/no cell.
    Yes,
    /// No in a yes/no cell.
    No,
    /// Summary heading. `{year}`.
    SumGains,
    /// Summary heading.
    SumByForm,
    /// Summary heading.
    SumByArea,
    /// Summary heading. `{year}`.
    SumNpv,
    /// A wrong cell. `{sheet}`, `{row}`, `{column}`, `{problem}`.
    CellError,
    /// `{value}`.
    ProbNotAmount,
    /// `{value}`.
    ProbNotNumber,
    /// `{value}`.
    ProbNotDate,
    /// `{value}`.
    ProbNotYear,
    /// `{value}`.
    ProbNotPercent,
    /// `{value}`.
    ProbNotYesNo,
    /// `{value}`, `{choices}`.
    ProbNotChoice,
    /// `{value}`.
    ProbNotId,
    /// `{value}`.
    ProbOutOfRange,
    /// `{value}`.
    ProbNoMeasure,
    /// `{value}`.
    ProbNoGain,
    /// `{value}`.
    ProbNoArea,
    /// `{value}`.
    ProbFormula,
    /// A required cell is empty.
    ProbMissing,
    /// `{file}`.
    ErrNotSpreadsheet,
    /// `{file}`.
    ErrPassword,
    /// `{sheet}`, `{rows}`, `{limit}`.
    ErrTooManyRows,
    /// `{sheet}`, `{range}`.
    ErrMerged,
    /// `{file}`.
    ErrEmpty,
    /// `{file}`, `{detail}`.
    ErrRead,
    /// `{file}`, `{detail}`.
    ErrWrite,
    /// `{sheet}`, `{columns}`.
    UnknownColumns,
    /// After the list of wrong cells.
    Refused,
    /// `{file}`, `{new}`, `{updated}`.
    ImportDone,
    /// `{file}`.
    ExportDone,
}

key_table!(SheetText, sheets::text);
