//! Texts of the command line's output: `check` and `summary`, and what `example` reports.

use super::{Word, Wording, key_table};

/// A text printed by the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum CliText {
    /// No subcommand, in a build of the command line without the desktop app.
    NoApp,
    /// Last line of `check`. `{errors}`, `{warnings}`, `{hints}`, `{checks}`.
    CheckCounts,
    /// `check` found nothing.
    CheckNothingFound,
    /// Where: an entity with its name: `{kind}` (a word such as [`CliText::EntityMeasure`]),
    /// `{name}`.
    EntityNamed,
    /// Where: the report block.
    EntityReport,
    /// Where: the settings.
    EntitySettings,
    /// Where: an extraction. `{year}`, `{name}` (the gain's name).
    EntityExtraction,
    /// Where: a checklist point. `{point}`.
    EntityChecklist,
    /// Where: a requirement of the ministry's own.
    EntityOwnPoint,
    /// Where: an entity that no longer exists. `{id}`.
    EntityUnknown,
    /// Where: a field. `{field}`.
    Field,
    /// Title of `summary`. `{agency}`, `{year}`.
    SummaryTitle,
    /// Under the title. `{price_year}`.
    SummaryPriceYear,
    /// Under the net present values. `{year}` (the comparison year).
    SummaryComparisonYear,
    /// Heading: measures by status.
    SummaryMeasures,
    /// Heading: gains per year and kind.
    SummaryGains,
    /// Heading: extraction per priority area.
    SummaryByArea,
    /// Heading: net present value per measure.
    SummaryNpv,
    /// Column: net present value.
    ColNpv,
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
    /// `upgrade`: a file of an older format was rewritten. `{file}`, `{from}`, `{to}`,
    /// `{backup}`.
    UpgradeMigrated,
    /// `upgrade`: a file of the current format was rewritten in Gevinst's own layout. `{file}`,
    /// `{to}`, `{backup}`.
    UpgradeRewritten,
    /// `upgrade`: the file was already exactly as Gevinst writes it. `{file}`, `{to}`.
    UpgradeUnchanged,
    /// `upgrade`: a file was left alone after the message before it. `{file}`.
    UpgradeSkipped,

    /// A word of the vocabulary; the constants below are such words.
    #[strum(disabled)]
    Word(Wording),
}

#[allow(non_upper_case_globals)]
impl CliText {
    /// Severity: error.
    pub const SevError: Self = Self::Word(Wording::Capital(Word::Error));
    /// Severity: warning.
    pub const SevWarning: Self = Self::Word(Wording::Capital(Word::Warning));
    /// Severity: hint.
    pub const SevHint: Self = Self::Word(Wording::Capital(Word::Hint));
    /// Where: the agency block.
    pub const EntityAgency: Self = Self::Word(Wording::Capital(Word::TheAgency));
    /// Where: a priority area (the word; see [`CliText::EntityNamed`]).
    pub const EntityPriorityArea: Self = Self::Word(Wording::Capital(Word::PriorityArea));
    /// Where: a measure (the word; see [`CliText::EntityNamed`]).
    pub const EntityMeasure: Self = Self::Word(Wording::Capital(Word::Measure));
    /// Where: a service (the word; see [`CliText::EntityNamed`]).
    pub const EntityService: Self = Self::Word(Wording::Capital(Word::Service));
    /// Where: a gain (the word; see [`CliText::EntityNamed`]).
    pub const EntityGain: Self = Self::Word(Wording::Capital(Word::Gain));
    /// Heading: extraction per form.
    pub const SummaryByForm: Self = Self::Word(Wording::Capital(Word::ExtractionByForm));
    /// Column: year.
    pub const ColYear: Self = Self::Word(Wording::Capital(Word::Year));
    /// Column: priority area.
    pub const ColArea: Self = Self::Word(Wording::Capital(Word::PriorityArea));
    /// Column: FTE.
    pub const ColFte: Self = Self::Word(Wording::Capital(Word::Fte));
    /// Column: measure.
    pub const ColMeasure: Self = Self::Word(Wording::Capital(Word::Measure));
    /// Row: total.
    pub const Total: Self = Self::Word(Wording::Capital(Word::Total));
    /// Column: kind of gain.
    pub const ColKind: Self = Self::Word(Wording::Capital(Word::GainKind));
    /// Column: planned kroner.
    pub const ColPlannedNok: Self = Self::Word(Wording::Capital(Word::PlannedNok));
    /// Column: realised kroner.
    pub const ColRealisedNok: Self = Self::Word(Wording::Capital(Word::RealisedNok));
    /// Column: planned FTE.
    pub const ColPlannedFte: Self = Self::Word(Wording::Capital(Word::PlannedFte));
    /// Column: realised FTE.
    pub const ColRealisedFte: Self = Self::Word(Wording::Capital(Word::RealisedFte));
    /// Column: form of extraction.
    pub const ColForm: Self = Self::Word(Wording::Capital(Word::ExtractionForm));
    /// Column: amount in kroner.
    pub const ColAmount: Self = Self::Word(Wording::Capital(Word::AmountNok));
    /// Column: number of items.
    pub const ColCount: Self = Self::Word(Wording::Capital(Word::Count));
    /// Reallocations that name no priority area.
    pub const NoArea: Self = Self::Word(Wording::Capital(Word::NoArea));
}

key_table!(CliText, cli::text, with words);
