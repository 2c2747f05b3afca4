//! Texts of the editing steps of the desktop app: field labels, buttons of the input widgets,
//! and the help beside each step.

use super::{Word, Wording, key_table};

/// A fixed text of the editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum EditorText {
    /// Appended to an input error once the field is left: the old value stays. `{value}`.
    KeptLastValue,
    /// Shown instead of `{value}` when the kept value is empty.
    KeptEmpty,
    /// Hint in an empty date field.
    DateHint,
    /// Accessible name and tooltip of the button that opens the calendar.
    PickDate,
    /// Calendar: previous month.
    PreviousMonth,
    /// Calendar: next month.
    NextMonth,
    /// Calendar: pick today.
    Today,
    /// Calendar: clear the date.
    ClearDate,
    /// Calendar: weekday initials from Monday, separated by spaces.
    WeekdaysShort,
    /// Month names, January to December, separated by spaces.
    MonthNames,
    /// A picker's entry for "nothing chosen".
    NoneChosen,
    /// Label of a list's search box.
    Search,
    /// Hint in a list's search box. `{shortcut}` is the key to focus it.
    SearchHint,
    /// How many rows a filtered list shows. `{shown}` of `{total}`.
    ShownOfTotal,
    /// A list with no rows matching the search.
    NoMatches,
    /// A list that is empty.
    ListEmpty,
    /// Button: add a new item.
    Add,
    /// Button: duplicate the selected item.
    Duplicate,
    /// Button: delete the selected item.
    Delete,
    /// Notice after a delete. `{name}` is the item, `{shortcut}` the undo key.
    DeletedNotice,
    /// Accessible name of the button that hides a notice.
    Dismiss,
    /// Shown in the detail area when no item is selected.
    NothingSelected,
    /// Suffix for copies made with Duplicate.
    CopySuffix,
    /// Heading of the help box beside each step.
    HelpHeading,
    /// Shown under a field the user cannot change because the file is read-only.
    ReadOnlyNotice,

    // Shared field labels and list columns.
    /// Label: name.
    Name,
    /// Label: title.
    Title,
    /// Label: price year (*kroneår*).
    PriceYear,
    /// Label / column: amount in kroner.
    Amount,
    /// Button: remove a row of a small table.
    RemoveRow,
    /// A referenced entity that no longer exists.
    MissingReference,
    /// Label: an entry's id (named by findings about an id used twice).
    Id,

    // Step: agency and report.
    /// Section heading: the annual report.
    SectionReport,
    /// Section heading: calculation settings.
    SectionSettings,
    /// Section heading: about the project file.
    SectionFileInfo,
    /// Label: the agency's name.
    AgencyName,
    /// Label: organisation number.
    OrgNumber,
    /// Shown beside a valid organisation number.
    OrgNumberValid,
    /// Shown beside an invalid organisation number.
    OrgNumberInvalid,
    /// Label: parent ministry.
    ParentMinistry,
    /// Label: the year the annual report covers.
    ReportYear,
    /// Label: the part of the annual report.
    ReportPart,
    /// Label: default price year.
    DefaultPriceYear,
    /// Label: working hours per FTE.
    HoursPerFte,
    /// Label: cost per FTE.
    CostPerFte,
    /// Label: discount-rate schedule.
    DiscountRates,
    /// Column: last year a discount rate applies to.
    UntilYear,
    /// Shown for the open-ended last band of the schedule.
    AllLaterYears,
    /// Column: discount rate.
    Rate,
    /// Button: add a band to the schedule.
    AddBand,
    /// Button: restore the R-109/2021 schedule.
    ResetR109,
    /// Label: tax-financing cost.
    TaxFinancingCost,
    /// Label: real price growth per year.
    RealPriceGrowth,
    /// Label: length of the analysis period.
    AnalysisPeriod,
    /// Label: the comparison year net present values are expressed in.
    ComparisonYear,
    /// Hint in the empty comparison year: the report year is used.
    ComparisonYearHint,
    /// Label: KS threshold.
    KsThreshold,
    /// Label: the high volume threshold for digital services.
    DigitalThresholdHigh,
    /// Label: the low volume threshold for digital services.
    DigitalThresholdLow,
    /// Unit: submissions a year.
    PerYearUnit,
    /// Label: price index.
    PriceIndex,
    /// Column: index value.
    IndexValue,
    /// Button: add a year to the price index.
    AddIndexYear,
    /// Shown when the price index is empty.
    PriceIndexEmpty,
    /// Label: created.
    Created,
    /// Label: last saved.
    Modified,
    /// Label: last edited by.
    LastEditedBy,

    // Step: priority areas.
    /// How many extractions go to an area. `{count}`.
    AreaUsedBy,

    // Step: measures.
    /// Label: start date.
    StartDate,
    /// Label: end date.
    EndDate,
    /// Label: responsible unit.
    ResponsibleUnit,
    /// Label: responsible person.
    ResponsiblePerson,
    /// Check box: the measure digitalises.
    DigitalisationCheck,
    /// Label: the special assessment.
    SpecialAssessment,
    /// Hint in the special assessment.
    SpecialAssessmentHint,
    /// Shown while a digitalisation measure lacks its special assessment.
    SpecialAssessmentRequired,
    /// Label: services the measure touches.
    MeasureServices,
    /// Shown when the project has no services yet.
    NoServicesYet,
    /// How many gains come from the measure. `{count}`.
    MeasureGains,
    /// Name of a new measure.
    NewMeasure,

    // Step: services.
    /// The list of services.
    ListServices,
    /// Section heading: facts about the service.
    SectionServiceFacts,
    /// Section heading: reuse, regulations and cooperation.
    SectionReuse,
    /// Section heading: the plan.
    SectionPlan,
    /// Label / column: yearly volume.
    AnnualVolume,
    /// Label / column: digitally available.
    DigitallyAvailable,
    /// Check box: digitally available.
    DigitallyAvailableCheck,
    /// Label: remains to digitalise.
    RemainsToDigitalise,
    /// Check box: remains to digitalise.
    RemainsToDigitaliseCheck,
    /// Label: exemption reason.
    ExemptionReason,
    /// Hint in the exemption reason.
    ExemptionReasonHint,
    /// Label: suited to instant decisions.
    InstantDecision,
    /// Label: user orientation.
    UserOrientation,
    /// Label: reason for the user-orientation verdict.
    UserOrientationReason,
    /// Label: reusable information.
    ReusableInformation,
    /// Label: other reusable information.
    ReusableOther,
    /// Label: regulations to review.
    RegulationsToReview,
    /// Label: service chain.
    ServiceChain,
    /// Check box: service chain.
    ServiceChainCheck,
    /// Label: partners in the chain.
    ServiceChainPartners,
    /// Label: the ground of an exemption.
    ExemptionGround,
    /// Label: where an exemption is documented.
    ExemptionDocumentedIn,
    /// Hint in where an exemption is documented.
    ExemptionDocumentedInHint,
    /// Label: registered in the national service catalogue.
    Catalogue,
    /// Label: assessed, nothing to reuse.
    ReusableNone,
    /// Check box: assessed, nothing to reuse.
    ReusableNoneCheck,
    /// Label: assessed, no regulations to review.
    RegulationsNone,
    /// Check box: assessed, no regulations to review.
    RegulationsNoneCheck,
    /// Label: what the plan does.
    PlanWhat,
    /// A service over the high threshold that is not digital. `{threshold}`.
    OverHighThreshold,
    /// A service over the low threshold that is not digital. `{threshold}`.
    OverLowThreshold,
    /// Short flag in the list for a service over a threshold.
    FlagNotDigital,
    /// Name of a new service.
    NewService,

    // Step: gains.
    /// Label: who benefits.
    Beneficiary,
    /// Label: the indicator's unit.
    Unit,
    /// Label: baseline date.
    BaselineDate,
    /// Label: target date.
    TargetDate,
    /// Label: direction.
    Direction,
    /// Hint in the benefit owner.
    OwnerHint,
    /// Section heading: the year-by-year grid.
    SectionYears,
    /// Column: planned hours.
    PlannedHours,
    /// Column: realised hours.
    RealisedHours,
    /// Column: planned indicator value.
    PlannedIndicator,
    /// Column: realised indicator value.
    RealisedIndicator,
    /// Button: add a year.
    AddYear,
    /// Accessible name of the button removing a year. `{year}`.
    RemoveYear,
    /// Shown when a gain has no years yet.
    NoYearsYet,
    /// FTE shown beside hours. `{fte}`.
    FteOfHours,
    /// Column: realised in total.
    RealisedTotal,
    /// Button: go to the gain's extractions.
    ShowExtractions,
    /// Name of a new gain.
    NewGain,

    // Step: extraction.
    /// The list of extractions.
    ListExtractions,
    /// Hint in the extraction description.
    ExtractionDescriptionHint,
    /// Filter: year.
    FilterYear,
    /// Filter entry: all years.
    AllYears,
    /// Filter: gain.
    FilterGain,
    /// Filter entry: all gains.
    AllGains,
    /// The gain's realised value that year. `{year}`, `{amount}`.
    RealisedThatYear,
    /// The gain has no realised value that year. `{year}`.
    NoRealisedThatYear,
    /// What has been extracted of the gain that year. `{amount}`.
    ExtractedThatYear,

    // Step: checklist.
    /// Label: a point's number (named by findings about a point listed twice).
    Point,
    /// Label: the answer to a point.
    Answer,
    /// Shown while a deviation has no justification.
    JustificationRequired,
    /// Progress line. `{answered}` of `{total}`.
    ChecklistProgress,
    /// Label: obligation or recommendation.
    ObligationLabel,
    /// Under a point whose deviations the circular asks to be justified. `{demand}`.
    DemandNote,
    /// Heading over the ministry's own requirements.
    OwnPointsHeading,
    /// Text under that heading.
    OwnPointsIntro,
    /// Button: add a requirement of the ministry's own.
    AddOwnPoint,
    /// Button: remove a requirement of the ministry's own.
    RemoveOwnPoint,
    /// Label: where the ministry sets the requirement.
    OwnPointSource,
    /// Hint in where the ministry sets the requirement.
    OwnPointSourceHint,
    /// Label: whether deviations must be justified.
    JustificationDemanded,
    /// Check box: whether deviations must be justified.
    JustificationDemandedCheck,

    // Step: texts.
    /// Guidance beside the introduction.
    IntroductionGuide,
    /// Guidance beside the closing.
    ClosingGuide,
    /// Word and paragraph count. `{words}`, `{paragraphs}`.
    TextStats,

    // Help beside each step.
    /// Help: agency and report.
    HelpAgency,
    /// Help: priority areas.
    HelpPriorities,
    /// Help: measures.
    HelpMeasures,
    /// Help: services.
    HelpServices,
    /// Help: gains.
    HelpGains,
    /// Help: extraction.
    HelpExtraction,
    /// Help: checklist.
    HelpChecklist,
    /// Help: texts.
    HelpTexts,

    /// A word of the vocabulary; the constants below are such words.
    #[strum(disabled)]
    Word(Wording),
}

#[allow(non_upper_case_globals)]
impl EditorText {
    /// Name of an item that has no name yet.
    pub const Unnamed: Self = Self::Word(Wording::Plain(Word::Unnamed));
    /// Button: undo (beside the delete notice).
    pub const Undo: Self = Self::Word(Wording::Capital(Word::Undo));
    /// Label: description.
    pub const Description: Self = Self::Word(Wording::Capital(Word::Description));
    /// Label: what was done, or why not.
    pub const ExtractionDescription: Self = Self::Word(Wording::Capital(Word::Description));
    /// Label / column: year.
    pub const Year: Self = Self::Word(Wording::Capital(Word::Year));
    /// Column: status.
    pub const Status: Self = Self::Word(Wording::Capital(Word::Status));
    /// Label / column: full-time equivalents.
    pub const FteLabel: Self = Self::Word(Wording::Capital(Word::Fte));
    /// Section heading: the agency.
    pub const SectionAgency: Self = Self::Word(Wording::Capital(Word::TheAgency));
    /// Unit: years.
    pub const YearsUnit: Self = Self::Word(Wording::Plain(Word::Years));
    /// The list of priority areas (accessible name).
    pub const ListPriorityAreas: Self = Self::Word(Wording::Capital(Word::PriorityAreas));
    /// The list of measures.
    pub const ListMeasures: Self = Self::Word(Wording::Capital(Word::Measures));
    /// Column: period.
    pub const Period: Self = Self::Word(Wording::Capital(Word::Period));
    /// Label / column: digitalisation.
    pub const Digitalisation: Self = Self::Word(Wording::Capital(Word::Digitalisation));
    /// Label / column: investment.
    pub const Investment: Self = Self::Word(Wording::Capital(Word::Investment));
    /// Label: yearly operating cost.
    pub const OperatingCost: Self = Self::Word(Wording::Capital(Word::OperatingCost));
    /// Label: target group.
    pub const TargetGroup: Self = Self::Word(Wording::Capital(Word::TargetGroup));
    /// Label: main channel.
    pub const Channel: Self = Self::Word(Wording::Capital(Word::MainChannel));
    /// Label: suited to digital self-service.
    pub const SelfService: Self = Self::Word(Wording::Capital(Word::SelfService));
    /// Label: suited to automated case processing.
    pub const AutomatedProcessing: Self = Self::Word(Wording::Capital(Word::AutomatedProcessing));
    /// Label: who is responsible for the plan.
    pub const PlanResponsible: Self = Self::Word(Wording::Capital(Word::Responsible));
    /// Label: the plan's due date.
    pub const PlanDue: Self = Self::Word(Wording::Capital(Word::Due));
    /// Column: requirement flag.
    pub const Flag: Self = Self::Word(Wording::Capital(Word::Requirement));
    /// The list of gains.
    pub const ListGains: Self = Self::Word(Wording::Capital(Word::Gains));
    /// Label / column: the measure a gain comes from.
    pub const Measure: Self = Self::Word(Wording::Capital(Word::Measure));
    /// Label / column: kind of gain.
    pub const GainKind: Self = Self::Word(Wording::Capital(Word::GainKind));
    /// Label: indicator.
    pub const Indicator: Self = Self::Word(Wording::Capital(Word::Indicator));
    /// Label: baseline value.
    pub const Baseline: Self = Self::Word(Wording::Capital(Word::Baseline));
    /// Label / column: benefit owner.
    pub const Owner: Self = Self::Word(Wording::Capital(Word::BenefitOwner));
    /// Column: planned kroner.
    pub const PlannedNok: Self = Self::Word(Wording::Capital(Word::PlannedNok));
    /// Column: realised kroner.
    pub const RealisedNok: Self = Self::Word(Wording::Capital(Word::RealisedNok));
    /// Column: achievement.
    pub const Achievement: Self = Self::Word(Wording::Capital(Word::Achievement));
    /// Label / column: the gain extracted from.
    pub const Gain: Self = Self::Word(Wording::Capital(Word::Gain));
    /// Label / column: priority area.
    pub const PriorityArea: Self = Self::Word(Wording::Capital(Word::PriorityArea));
    /// Label: the requirement of the ministry's own.
    pub const OwnRequirement: Self = Self::Word(Wording::Capital(Word::Requirement));
    /// Label: the justification of an answer.
    pub const Justification: Self = Self::Word(Wording::Capital(Word::Justification));
    /// Label: the introduction.
    pub const Introduction: Self = Self::Word(Wording::Capital(Word::Introduction));
    /// Label / column: digital share.
    pub const DigitalShare: Self = Self::Word(Wording::Capital(Word::DigitalShare));
    /// Label: target value.
    pub const Target: Self = Self::Word(Wording::Capital(Word::Target));
    /// Label / column: form of extraction.
    pub const ExtractionForm: Self = Self::Word(Wording::Capital(Word::ExtractionForm));
    /// Label: the closing.
    pub const Closing: Self = Self::Word(Wording::Capital(Word::Closing));
    /// Section heading: suitability.
    pub const SectionSuitability: Self =
        Self::Word(Wording::Capital(Word::SuitabilityAndUserOrientation));
    /// Label: the language of the report.
    pub const ReportLanguage: Self = Self::Word(Wording::Capital(Word::ReportLanguage));
}

key_table!(EditorText, editor::text, with words);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Key, Language};

    #[test]
    fn month_and_weekday_lists_have_the_right_length() {
        for lang in Language::ALL {
            assert_eq!(
                EditorText::MonthNames.text(lang).split(' ').count(),
                12,
                "{lang:?}"
            );
            assert_eq!(
                EditorText::WeekdaysShort.text(lang).split(' ').count(),
                7,
                "{lang:?}"
            );
        }
    }
}
