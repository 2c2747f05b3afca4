//! The fixed texts of the report (the annual-report section as PDF), its progress stages and
//! its errors.

use super::{Word, Wording, key_table};

/// A fixed text of the report. Placeholders in braces are filled with [`super::fill`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum ReportText {
    // Title, header, footer, metadata.
    /// The section's title.
    SectionTitle,
    /// Above the title: `{year}`, `{numeral}`, `{part}`.
    Kicker,
    /// Right side of the running header: `{year}`.
    HeaderRight,
    /// The footer: `{page}`, `{pages}`.
    Footer,
    /// PDF subject.
    Subject,
    /// PDF keywords, comma-separated.
    Keywords,
    /// Heading of the table of contents.
    TocTitle,
    /// "Tabell {n}".
    TableCaption,
    /// "Figur {n}".
    FigureCaption,
    /// "{n} av {total}".
    OfTotal,
    /// "Sum {year}".
    SumYear,
    /// The sum of what was extracted (not counting what was not).
    SumExtracted,
    /// The word "and" in a list.
    And,
    // Key figures.
    /// Key figure: implemented measures; `{n}` of them (the figure above the label).
    KfImplemented,
    /// Key figure: planned and ongoing measures; `{n}` of them.
    KfPlanned,
    /// Key figure: the agency's own gains realised in `{year}` (cash, and time valued in kroner).
    KfRealised,
    /// Under the key figures: gains for other actors realised in `{year}`: `{amount}`; they are
    /// not in the agency's figure.
    OthersRealised,
    /// Under the key figures: no gain for other actors realised in `{year}`.
    OthersNotRealised,
    /// Key figure: reallocated in `{year}`.
    KfReallocated,
    /// Key figure: digital services; `{n}` of `{total}`.
    KfDigital,
    // Headings.
    /// Section: measures.
    HMeasures,
    /// Subsection: implemented measures.
    HImplemented,
    /// Subsection: planned and ongoing measures.
    HPlanned,
    /// Subsection: stopped measures.
    HStopped,
    /// Section: services (Digitalt førstevalg).
    HServices,
    /// Subsection: overview of services.
    HServiceOverview,
    /// Subsection: the circular's thresholds.
    HThresholds,
    /// Subsection: reuse of information.
    HReuse,
    /// Subsection: regulations.
    HRegulations,
    /// Subsection: service chains.
    HChains,
    /// Subsection: plans.
    HPlans,
    /// Subsection: gains per year.
    HGainsPerYear,
    /// Subsection: indicators.
    HIndicators,
    /// Subsection: benefit owners.
    HOwners,
    /// Section: extraction.
    HExtraction,
    /// Subsection: per priority area.
    HByArea,
    /// Subsection: every extraction.
    HExtractionList,
    /// Subsection: not extracted.
    HNotExtracted,
    /// Section: socio-economic analysis.
    HNpv,
    /// Subsection: method.
    HMethod,
    /// Section: the circular's checklist.
    HChecklist,
    // Introduction.
    /// Used when the user wrote no introduction: `{agency}`, `{year}`.
    DefaultIntro,
    // Measures.
    /// No measures: `{year}`.
    NoMeasures,
    /// Counts: `{total}`, `{implemented}`, `{in_progress}`, `{planned}`, `{stopped}`.
    MeasuresSummary,
    /// No measure digitalises.
    DigitalNone,
    /// `{digital}` measures digitalise, and every one is specially assessed.
    DigitalAllAssessed,
    /// `{digital}` measures digitalise; `{missing}` of them, `{measures}`, lack the special
    /// assessment, the other `{assessed}` have it.
    DigitalSomeAssessed,
    /// `{digital}` measures digitalise, and none is specially assessed yet.
    DigitalNoneAssessed,
    /// Measures in progress are described with the planned ones.
    MeasuresGrouping,
    /// Stopped measures are described apart.
    MeasuresGroupingStopped,
    /// No implemented measures.
    NoImplemented,
    /// No planned measures.
    NoPlanned,
    /// A measure without a title.
    UntitledMeasure,
    /// A service without a name.
    UntitledService,
    /// A gain without a name.
    UntitledGain,
    /// "from {date}".
    PeriodFrom,
    /// "until {date}".
    PeriodUntil,
    /// "{year}-kroner".
    PriceYearShort,
    /// Label: services concerned.
    LabelServices,
    /// Title of the special-assessment box.
    SpecialAssessment,
    /// When a digitalisation measure has no special assessment.
    MissingAssessment,
    /// Note under the measures table.
    NoteInvestment,
    // Services.
    /// No services.
    NoServices,
    /// `{total}`, `{available}`, `{remaining}`.
    ServicesSummary,
    /// `{volume}`, `{share}`.
    ServicesVolume,
    /// Intro to the suitability table.
    SuitabilityIntro,
    /// The circular's thresholds: `{high}`, `{low}`.
    ThresholdIntro,
    /// Every service over the thresholds is digital.
    ThresholdAllDigital,
    /// No service is recorded with a volume of `{low}` or more.
    ThresholdNoneOver,
    /// `{n}` services that are not digital, `{services}`, have no volume recorded.
    ThresholdVolumeUnknown,
    /// `{service}` (quoted), `{volume}`: not digital.
    ThresholdNotDigital,
    /// `{service}` (quoted), `{volume}`: exempt; the reason follows.
    ThresholdExempt,
    /// A service has no plan.
    NoPlanForService,
    /// "Plan: {what}."
    PlanSentence,
    /// "Responsible: {who}."
    PlanResponsible,
    /// "Due: {date}."
    PlanDue,
    /// Intro to the reuse list.
    ReuseIntro,
    /// Nothing to reuse.
    NoReuse,
    /// Intro to the regulations list.
    RegulationsIntro,
    /// No regulations.
    NoRegulations,
    /// A chain: `{partners}`.
    ChainWith,
    /// A chain without named partners: `{service}`.
    ChainNoPartners,
    /// No chains.
    NoChains,
    /// No plans.
    NoPlans,
    /// Services left without a plan: `{services}`.
    ServicesWithoutPlan,
    // Gains.
    /// No gains.
    NoGains,
    /// `{price_year}`, `{hours}`.
    GainsIntro,
    /// `{n}` gains could not be converted (a plural).
    UnconvertedWarning,
    /// Chart caption.
    CapChart,
    /// Chart unit in millions: `{price_year}`.
    ChartUnitMillions,
    /// Chart unit in kroner: `{price_year}`.
    ChartUnitKroner,
    /// Legend: realised.
    Realised,
    /// Note: not measured.
    NoteNotMeasured,
    /// No indicators.
    NoIndicators,
    /// Intro to the indicator table.
    IndicatorsIntro,
    /// Note on achievement.
    NoteAchievement,
    /// Intro to the owners table.
    OwnersIntro,
    /// No benefit owner named.
    NoOwner,
    // Extraction.
    /// No extractions.
    NoExtractions,
    /// No extractions in `{year}`.
    NoExtractionsInYear,
    /// What was extracted in `{year}`: `{amount}` (kroner and FTE).
    ExtractionSummary,
    /// Of which reallocated: `{amount}`.
    ExtractionRealloc,
    /// Of which budget cut: `{amount}`.
    ExtractionCut,
    /// Of which used for more volume or better quality: `{amount}`.
    ExtractionCapacity,
    /// `{price_year}`.
    ExtractionIntro,
    /// No reallocations.
    NoReallocations,
    /// `{year}`, `{what}`, `{gain}` (quoted).
    NotExtractedItem,
    /// An amount not given.
    AnAmount,
    /// A reason is missing.
    MissingReason,
    /// Subsection: realised and extracted, reconciled per year.
    HReconciliation,
    /// Intro to the reconciliation table: `{price_year}`.
    ReconciliationIntro,
    // NPV and method.
    /// No NPV.
    NoNpv,
    /// Intro to the NPV table.
    NpvIntro,
    /// Note under the NPV table: `{year}` (the comparison year).
    NoteNpv,
    /// The NPV of `{n}` measures could not be calculated.
    NpvOverflow,
    /// `{rate}` for years `{from}`–`{to}`.
    RateBand,
    /// `{rate}` after.
    RateBandLast,
    /// `{price_year}`, `{comparison_year}`, `{years}`, `{rates}`, `{first_rate}`, `{tax}`,
    /// `{growth}`, `{cost_per_fte}`, `{hours}`.
    MethodText,
    // Checklist.
    /// `{total}`, `{fulfilled}`, `{partly}`, `{not}`, `{not_relevant}`.
    ChecklistSummary,
    /// Every deviation is justified.
    ChecklistJustified,
    /// `{n}` deviations, in points `{points}`, are not justified; the others are.
    ChecklistSomeJustified,
    /// No deviation is justified: `{n}` of them, in points `{points}`.
    ChecklistNoneJustified,
    /// `{n}` unanswered.
    ChecklistUnanswered,
    /// The KS threshold: `{amount}`.
    KsThreshold,
    /// A deviation without justification.
    MissingJustification,
    // Table captions (after "Tabell n").
    /// Measures.
    CapMeasures,
    /// Services.
    CapServices,
    /// Suitability.
    CapSuitability,
    /// Plans.
    CapPlans,
    /// Gains per year: `{price_year}`.
    CapGainsPerYear,
    /// Indicators.
    CapIndicators,
    /// Owners.
    CapOwners,
    /// By area.
    CapByArea,
    /// By form.
    CapByForm,
    /// Every extraction.
    CapExtractions,
    /// Realised and extracted per year.
    CapReconciliation,
    /// NPV: `{price_year}`, `{year}` (the comparison year).
    CapNpv,
    /// Checklist.
    CapChecklist,
    /// Where the checklist's points come from: the circular's edition in full.
    ChecklistSource,
    /// Under a point whose deviations the circular asks to be justified: `{demand}`.
    DemandNote,
    /// Subsection: the ministry's own requirements.
    HOwnPoints,
    /// Introduction to them.
    OwnPointsIntro,
    /// Where the ministry sets a requirement: `{source}`.
    OwnPointSource,
    /// The ground of a service's exemption: `{ground}`.
    ExemptGround,
    /// Where a service's exemption is documented: `{place}`.
    ExemptDocumented,
    /// Services assessed with no information to reuse: `{services}`.
    ReuseNone,
    /// Services assessed with no regulations to review: `{services}`.
    RegulationsNoneList,
    /// Services assessed as not part of a service chain: `{services}`.
    ChainsNo,
    /// Services whose service chain is not assessed: `{services}`.
    ChainsNotAssessed,
    /// Digital services in the national catalogue: `{registered}` of `{total}`.
    CatalogueSummary,
    /// Caption: the ministry's own requirements.
    CapOwnPoints,
    /// Column: obligation (*skal/må*) or recommendation (*bør*).
    ColObligation,
    // Column headers.
    /// Investment (kr).
    ColInvestment,
    /// Operating cost (kr).
    ColOperating,
    /// Start year.
    ColStartYear,
    /// NPV (kr).
    ColNpv,
    /// Volume per year.
    ColVolume,
    /// Digitally available.
    ColAvailable,
    /// Instant decision.
    ColInstant,
    /// User orientation.
    ColUserOrientation,
    /// What.
    ColWhat,
    /// Latest measurement.
    ColLatest,
    /// Kroner in `{year}`.
    ColNokYear,
    /// FTE in `{year}`.
    ColFteYear,
    /// Kroner in total.
    ColNokTotal,
    /// FTE in total.
    ColFteTotal,
    /// Where it went.
    ColDestination,
    /// Point.
    ColPoint,
    /// Realised (the agency's own gains).
    ColRealised,
    /// Extracted.
    ColExtracted,
    /// Recorded as not extracted.
    ColNotExtracted,
    /// Not yet accounted for.
    ColUnaccounted,
    // Progress and errors.
    /// Stage: gathering the content.
    StageContent,
    /// Stage: laying out pages.
    StageLayout,
    /// Stage: writing the PDF.
    StagePdf,
    /// Stage: saving the file.
    StageWrite,
    /// Error: the figures overflow.
    ErrCalc,
    /// Error: a font could not be read.
    ErrFont,
    /// Error: the file could not be written: `{path}`, `{reason}`.
    ErrWrite,

    /// A word of the vocabulary; the constants below are such words.
    #[strum(disabled)]
    Word(Wording),
}

#[allow(non_upper_case_globals)]
impl ReportText {
    /// When the agency has no name.
    pub const UnnamedAgency: Self = Self::Word(Wording::Capital(Word::TheAgency));
    /// "Sum".
    pub const Sum: Self = Self::Word(Wording::Capital(Word::Total));
    /// Section: introduction.
    pub const HIntro: Self = Self::Word(Wording::Capital(Word::Introduction));
    /// Section: gains.
    pub const HGains: Self = Self::Word(Wording::Capital(Word::Gains));
    /// Subsection: per form.
    pub const HByForm: Self = Self::Word(Wording::Capital(Word::ExtractionByForm));
    /// The mark of a digitalisation measure.
    pub const DigitalisationTag: Self = Self::Word(Wording::Capital(Word::Digitalisation));
    /// Label: investment.
    pub const LabelInvestment: Self = Self::Word(Wording::Capital(Word::Investment));
    /// Label: yearly operating cost.
    pub const LabelOperating: Self = Self::Word(Wording::Capital(Word::OperatingCost));
    /// Label: gains.
    pub const LabelGains: Self = Self::Word(Wording::Capital(Word::Gains));
    /// Legend: planned.
    pub const Planned: Self = Self::Word(Wording::Capital(Word::Planned));
    /// Measure.
    pub const ColMeasure: Self = Self::Word(Wording::Capital(Word::Measure));
    /// Status.
    pub const ColStatus: Self = Self::Word(Wording::Capital(Word::Status));
    /// Period.
    pub const ColPeriod: Self = Self::Word(Wording::Capital(Word::Period));
    /// Digitalisation.
    pub const ColDigitalisation: Self = Self::Word(Wording::Capital(Word::Digitalisation));
    /// Service.
    pub const ColService: Self = Self::Word(Wording::Capital(Word::Service));
    /// Target group.
    pub const ColTargetGroup: Self = Self::Word(Wording::Capital(Word::TargetGroup));
    /// Channel.
    pub const ColChannel: Self = Self::Word(Wording::Capital(Word::MainChannel));
    /// Self-service.
    pub const ColSelfService: Self = Self::Word(Wording::Capital(Word::SelfService));
    /// Automated processing.
    pub const ColAutomated: Self = Self::Word(Wording::Capital(Word::AutomatedProcessing));
    /// Responsible.
    pub const ColResponsible: Self = Self::Word(Wording::Capital(Word::Responsible));
    /// Due.
    pub const ColDue: Self = Self::Word(Wording::Capital(Word::Due));
    /// Year.
    pub const ColYear: Self = Self::Word(Wording::Capital(Word::Year));
    /// Kind of gain.
    pub const ColKind: Self = Self::Word(Wording::Capital(Word::GainKind));
    /// Planned (kr).
    pub const ColPlannedNok: Self = Self::Word(Wording::Capital(Word::PlannedNok));
    /// Realised (kr).
    pub const ColRealisedNok: Self = Self::Word(Wording::Capital(Word::RealisedNok));
    /// Gain.
    pub const ColGain: Self = Self::Word(Wording::Capital(Word::Gain));
    /// Indicator.
    pub const ColIndicator: Self = Self::Word(Wording::Capital(Word::Indicator));
    /// Baseline.
    pub const ColBaseline: Self = Self::Word(Wording::Capital(Word::Baseline));
    /// Achievement.
    pub const ColAchievement: Self = Self::Word(Wording::Capital(Word::Achievement));
    /// Benefit owner.
    pub const ColOwner: Self = Self::Word(Wording::Capital(Word::BenefitOwner));
    /// Priority area.
    pub const ColArea: Self = Self::Word(Wording::Capital(Word::PriorityArea));
    /// FTE.
    pub const ColFte: Self = Self::Word(Wording::Capital(Word::Fte));
    /// Requirement.
    pub const ColRequirement: Self = Self::Word(Wording::Capital(Word::Requirement));
    /// Status of a checklist point.
    pub const ColChecklistStatus: Self = Self::Word(Wording::Capital(Word::Status));
    /// Justification.
    pub const ColJustification: Self = Self::Word(Wording::Capital(Word::Justification));
    /// Digital share.
    pub const ColDigitalShare: Self = Self::Word(Wording::Capital(Word::DigitalShare));
    /// Target.
    pub const ColTarget: Self = Self::Word(Wording::Capital(Word::Target));
    /// Form.
    pub const ColForm: Self = Self::Word(Wording::Capital(Word::ExtractionForm));
    /// Count.
    pub const ColCount: Self = Self::Word(Wording::Capital(Word::Count));
    /// Amount (kr).
    pub const ColAmount: Self = Self::Word(Wording::Capital(Word::AmountNok));
    /// Planned (FTE).
    pub const ColPlannedFte: Self = Self::Word(Wording::Capital(Word::PlannedFte));
    /// Realised (FTE).
    pub const ColRealisedFte: Self = Self::Word(Wording::Capital(Word::RealisedFte));
    /// A reallocation without a priority area.
    pub const NoArea: Self = Self::Word(Wording::Capital(Word::NoArea));
    /// Section: closing.
    pub const HClosing: Self = Self::Word(Wording::Capital(Word::Closing));
    /// Subsection: suitability and user orientation.
    pub const HSuitability: Self =
        Self::Word(Wording::Capital(Word::SuitabilityAndUserOrientation));
}

key_table!(ReportText, report::text, with words);
