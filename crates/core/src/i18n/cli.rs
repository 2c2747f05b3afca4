//! Texts of the command line's output: `check` and `summary`, and what `example` reports.

use super::key_table;

/// A text printed by the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum CliText {
    /// No subcommand, in a build of the command line without the desktop app.
    NoApp,
    /// Severity: error.
    SevError,
    /// Severity: warning.
    SevWarning,
    /// Severity: hint.
    SevHint,
    /// Last line of `check`. `{errors}`, `{warnings}`, `{hints}`, `{checks}`.
    CheckCounts,
    /// `check` found nothing.
    CheckNothingFound,
    /// Where: the agency block.
    EntityAgency,
    /// Where: the report block.
    EntityReport,
    /// Where: the settings.
    EntitySettings,
    /// Where: a priority area. `{name}`.
    EntityPriorityArea,
    /// Where: a measure. `{name}`.
    EntityMeasure,
    /// Where: a service. `{name}`.
    EntityService,
    /// Where: a gain. `{name}`.
    EntityGain,
    /// Where: an extraction. `{year}`, `{name}` (the gain's name).
    EntityExtraction,
    /// Where: a checklist point. `{point}`.
    EntityChecklist,
    /// Where: an entity that no longer exists. `{id}`.
    EntityUnknown,
    /// Where: a field. `{field}`.
    Field,
    /// Title of `summary`. `{agency}`, `{year}`.
    SummaryTitle,
    /// Under the title. `{price_year}`.
    SummaryPriceYear,
    /// Heading: measures by status.
    SummaryMeasures,
    /// Heading: gains per year and kind.
    SummaryGains,
    /// Heading: extraction per priority area.
    SummaryByArea,
    /// Heading: extraction per form.
    SummaryByForm,
    /// Heading: net present value per measure.
    SummaryNpv,
    /// Column: year.
    ColYear,
    /// Column: kind of gain.
    ColKind,
    /// Column: planned kroner.
    ColPlannedNok,
    /// Column: realised kroner.
    ColRealisedNok,
    /// Column: planned FTE.
    ColPlannedFte,
    /// Column: realised FTE.
    ColRealisedFte,
    /// Column: priority area.
    ColArea,
    /// Column: form of extraction.
    ColForm,
    /// Column: kroner.
    ColAmount,
    /// Column: FTE.
    ColFte,
    /// Column: number of items.
    ColCount,
    /// Column: measure.
    ColMeasure,
    /// Column: net present value.
    ColNpv,
    /// Row: total.
    Total,
    /// Reallocations that name no priority area.
    NoArea,
    /// A section with nothing to show.
    NothingToShow,
    /// A calculation overflowed. `{what}` is the section heading.
    CalcOverflow,
    /// `example` wrote the bundled example. `{file}`.
    ExampleWritten,
    /// `example --size large` wrote the large project. `{file}`, `{measures}`.
    LargeWritten,
    /// `report`: the PDF was written; `{file}`, `{pages}`, `{language}`.
    ReportWritten,
}

key_table!(CliText, cli::text);
