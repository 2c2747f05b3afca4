//! The rules' keys. Each rule has a [`Rule`] key whose message lives in the translation tables
//! (`src/i18n/*/findings.rs`, through `crate::i18n`). The checks themselves are in `checks.rs`.
//!
//! Variants are listed in the order of the app's guided steps; each doc says the severity,
//! the field (by its name in the project file, of the entity's kind: `title` of a measure is
//! `MeasureField::Title`) and the message's placeholders, each filled with a typed
//! [`Arg`](super::Arg) (see the module docs of `validate`).

/// Which rule a finding comes from; also the key of its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    // Agency and report.
    /// Error, `name`: the agency has no name.
    AgencyNameMissing,
    /// Warning, `org_number`: no organisation number.
    OrgNumberMissing,
    /// Error, `org_number`: the organisation number fails the mod-11 check. `{org_number}`.
    OrgNumberInvalid,
    /// Warning, `parent_ministry`: no parent ministry.
    ParentMinistryMissing,
    /// Error, report `year`: not within 2000 and next year. `{year}`, `{latest}`.
    ReportYearImplausible,
    /// Error, settings `hours_per_fte`: zero or negative.
    HoursPerFteNotPositive,
    /// Error, settings `digital_threshold_low`: above the high threshold. `{low}`, `{high}`.
    DigitalThresholdsReversed,
    /// Error, settings `discount_rates`: a band ends no later than the one before it, or an
    /// open-ended band is not the last. `{year}` (the band's last year; 0 for an open end).
    DiscountBandsNotAscending,
    /// Error, settings `discount_rates`: a rate of −100 % or less. `{percent}`.
    DiscountRateTooLow,

    // Priority areas.
    /// Error, `name`: a priority area without a name.
    PriorityAreaNameMissing,
    /// Error, `id`: a priority area, measure, service or gain shares its id with an earlier
    /// entry of the same list (hand-edited files). `{name}`.
    DuplicateId,

    // Measures.
    /// Error, report `measures`: the project has no measures.
    NoMeasures,
    /// Warning, report `measures`: every measure is stopped; nothing implemented or planned.
    NoActiveMeasures,
    /// Error, `title`: a measure without a title.
    MeasureTitleMissing,
    /// Error, `special_assessment`: a measure that digitalises has no special assessment. `{title}`.
    DigitalisationWithoutAssessment,
    /// Error, `end_date`: the measure ends before it starts. `{title}`, `{start}`, `{end}`.
    MeasureDatesReversed,
    /// Error, `service_ids`: links to services that do not exist. `{title}`, `{count}`.
    MeasureServiceMissing,
    /// Hint, `service_ids`: a digitalisation measure linked to no service. `{title}`.
    DigitalisationWithoutServices,
    /// Error, `investment`: negative investment. `{title}`, `{investment}`.
    MeasureNegativeInvestment,
    /// Error, `annual_operating_cost`: negative operating cost. `{title}`, `{amount}`.
    MeasureNegativeOperatingCost,
    /// Warning (hint when checklist point 2.3 is answered fulfilled or partly fulfilled),
    /// `investment`: the measure's total estimated cost (investment and operating costs) is
    /// above the threshold for external quality assurance. `{title}`, `{cost}`,
    /// `{ks_threshold}`.
    MeasureAboveKsThreshold,

    // Services.
    /// Error, `name`: a service without a name.
    ServiceNameMissing,
    /// Error, `digital_share_percent`: outside 0–100. `{name}`, `{percent}`.
    DigitalShareOutOfRange,
    /// Warning, `digitally_available`: more than the high threshold of submissions a year and
    /// not digital. `{name}`, `{volume}`, `{threshold}`, `{deadline}`.
    ServiceNotDigitalHigh,
    /// Warning, `digitally_available`: between the thresholds and not digital.
    /// `{name}`, `{volume}`, `{low}`, `{high}`, `{deadline}`.
    ServiceNotDigitalLow,
    /// Hint, `exemption_reason`: over a threshold and not digital, but exempted.
    /// `{name}`, `{volume}`, `{reason}`.
    ServiceExempted,
    /// Warning, `plan.what`: remains to be digitalised; the plan does not say what. `{name}`.
    ServicePlanWithoutWhat,
    /// Warning, `plan.responsible`: the plan names no one responsible. `{name}`.
    ServicePlanWithoutResponsible,
    /// Warning, `plan.due`: the plan has no target date. `{name}`.
    ServicePlanWithoutDue,
    /// Warning, `plan.due`: the plan's date has passed and the service is still to be
    /// digitalised. `{name}`, `{due}`.
    ServicePlanOverdue,
    /// Warning, `self_service`: suitability for self-service not assessed. `{name}`.
    SelfServiceNotAssessed,
    /// Warning, `instant_decision`: suitability for instant decisions not assessed. `{name}`.
    InstantDecisionNotAssessed,
    /// Warning, `automated_processing`: suitability for automation not assessed. `{name}`.
    AutomationNotAssessed,
    /// Warning, `user_orientation`: a digital service's user orientation not assessed. `{name}`.
    UserOrientationNotAssessed,
    /// Warning, `user_orientation_reason`: redesign/simplify/discontinue without a reason. `{name}`.
    UserOrientationWithoutReason,
    /// Warning, `reusable_other`: "other" reusable information not named. `{name}`.
    ReusableOtherMissing,
    /// Warning, `service_chain_partners`: part of a service chain, partners not named. `{name}`.
    ServiceChainWithoutPartners,
    /// Warning, `exemption_ground`: an exempted service over a threshold names neither of the
    /// circular's two grounds. `{name}`.
    ServiceExemptionWithoutGround,
    /// Warning, `exemption_documented_in`: an exempted service over a threshold does not say
    /// where the exemption is documented. `{name}`.
    ServiceExemptionNotDocumented,
    /// Hint, `catalogue`: a digital service not registered in the national catalogue. `{name}`.
    ServiceNotInCatalogue,
    /// Hint, `reusable_information`: reusable information not assessed. `{name}`.
    ReusableNotAssessed,
    /// Warning, `reusable_none`: "nothing to reuse" ticked beside registers to reuse. `{name}`.
    ReusableNoneContradicted,
    /// Hint, `regulations_to_review`: regulations not assessed. `{name}`.
    RegulationsNotAssessed,
    /// Warning, `regulations_none`: "no regulations" ticked beside regulations named. `{name}`.
    RegulationsNoneContradicted,
    /// Hint, `service_chain`: the service chain not assessed. `{name}`.
    ServiceChainNotAssessed,

    // Gains.
    /// Error, `name`: a gain without a name.
    GainNameMissing,
    /// Error, `measure_id`: a gain linked to no measure. `{name}`.
    GainWithoutMeasure,
    /// Error, `measure_id`: a gain linked to a measure that does not exist. `{name}`.
    GainMeasureMissing,
    /// Warning, `owner`: no benefit owner (circular 1.10). `{name}`.
    GainWithoutOwner,
    /// Warning, `indicator`: no indicator. `{name}`.
    GainWithoutIndicator,
    /// Warning, `unit`: an indicator without a unit. `{name}`.
    GainWithoutUnit,
    /// Warning, `baseline_value` or `baseline_date`: baseline incomplete. `{name}`.
    GainWithoutBaseline,
    /// Warning, `target_value` or `target_date`: target incomplete. `{name}`.
    GainWithoutTarget,
    /// Error, `target_date`: target date before the baseline date.
    /// `{name}`, `{baseline_date}`, `{target_date}`.
    GainDatesReversed,
    /// Warning, `years`: no values per year. `{name}`.
    GainWithoutYears,
    /// Error, `years`: a year listed more than once. `{name}`, `{year}`.
    GainDuplicateYear,
    /// Error, `years`: realised values for a year after today's. `{name}`, `{year}`.
    GainRealisedInFuture,
    /// Warning, `years`: a cash gain without any kroner. `{name}`.
    GainCashWithoutAmounts,
    /// Warning, `years`: a time gain without any hours. `{name}`.
    GainTimeWithoutHours,
    /// Warning, `price_year`: kroner that cannot be converted to the report's price year.
    /// `{name}`, `{price_year}`, `{report_price_year}`.
    GainPriceYearNotConvertible,
    /// Hint, `years`: a time gain with both hours and kroner in a year that disagree; the
    /// hours count. `{name}`, `{year}`, `{valued}` (the hours at the cost of an FTE), `{amount}`.
    TimeGainHoursAndKronerDisagree,
    /// Warning, `years`: realised kroner or hours of the agency's own gain in a year, and no
    /// extraction recorded for it that year. `{name}`, `{year}`.
    RealisedWithoutExtraction,

    // Extractions.
    /// Error, `gain_id`: an extraction linked to no gain. `{year}`.
    ExtractionWithoutGain,
    /// Error, `gain_id`: an extraction linked to a gain that does not exist. `{year}`.
    ExtractionGainMissing,
    /// Error, `priority_area_id`: a reallocation without a priority area. `{gain}`, `{year}`.
    ExtractionWithoutPriorityArea,
    /// Error, `priority_area_id`: a reallocation to a priority area that does not exist.
    /// `{gain}`, `{year}`.
    ExtractionPriorityAreaMissing,
    /// Warning, `description`: not extracted, and no reason given. `{gain}`, `{year}`.
    NotExtractedWithoutReason,
    /// Warning, `amount_nok`: an extraction with neither kroner nor FTE. `{gain}`, `{year}`.
    ExtractionWithoutAmount,
    /// Error, `amount_nok`: a negative amount. `{gain}`, `{year}`, `{amount}`.
    ExtractionNegativeAmount,
    /// Error, `fte`: negative FTE. `{gain}`, `{year}`, `{fte}`.
    ExtractionNegativeFte,
    /// Error, `amount_nok` (first extraction of the gain and year): the year's extractions
    /// exceed the realised kroner. `{gain}`, `{year}`, `{extracted}`, `{realised}`.
    ExtractionAboveRealised,
    /// Warning, `amount_nok`: no realised kroner yet, and the extractions exceed the planned.
    /// `{gain}`, `{year}`, `{extracted}`, `{planned}`.
    ExtractionAbovePlanned,
    /// Warning, `amount_nok`: kroner extracted from a gain with no kroner that year.
    /// `{gain}`, `{year}`, `{extracted}`.
    ExtractionWithoutGainValue,
    /// Error, `fte` (first extraction of the gain and year): the year's FTE exceed the realised
    /// hours. `{gain}`, `{year}`, `{fte}`, `{realised_fte}`.
    FteAboveRealised,
    /// Warning, `fte`: no realised hours yet, and the FTE exceed the planned hours.
    /// `{gain}`, `{year}`, `{fte}`, `{planned_fte}`.
    FteAbovePlanned,
    /// Warning, `fte`: FTE extracted from a gain with no hours that year. `{gain}`, `{year}`, `{fte}`.
    FteWithoutGainHours,
    /// Error, `id`: an extraction shares its id with an earlier one. `{gain}`, `{year}`.
    DuplicateExtractionId,
    /// Error, `gain_id`: an extraction from a gain for other actors (citizens, businesses,
    /// other bodies), which the agency cannot take out. `{gain}`, `{year}`.
    ExtractionFromOtherActors,

    // Checklist.
    /// Warning, `status`: a point not answered. `{point}` (and `{point_title}`).
    ChecklistNotAnswered,
    /// Error, `justification`: partly or not fulfilled without a justification, at a point
    /// where the circular asks for one. `{point}` (and `{point_demand}`: what it asks to be
    /// justified).
    DeviationWithoutJustification,
    /// Hint, `justification`: partly or not fulfilled without a justification, at a point
    /// where the circular asks for none. `{point}`.
    DeviationUnexplained,
    /// Hint, `justification`: not relevant without a justification. `{point}`.
    NotRelevantWithoutJustification,
    /// Error, `point`: a point listed more than once. `{point}`.
    ChecklistDuplicatePoint,
    /// Error, `title`: a requirement of the ministry's own without its text.
    OwnPointTitleMissing,
    /// Warning, `status`: a requirement of the ministry's own not answered. `{title}`.
    OwnPointNotAnswered,
    /// Error, `justification`: a deviation from a requirement of the ministry's own that asks
    /// for a justification, without one. `{title}`.
    OwnPointWithoutJustification,
    /// Hint, `justification`: a deviation from a requirement of the ministry's own that asks
    /// for no justification, without one. `{title}`.
    OwnPointUnexplained,
    /// Hint, `source`: a requirement of the ministry's own that does not say where the
    /// ministry sets it. `{title}`.
    OwnPointWithoutSource,

    // Texts.
    /// Hint, report `introduction`: the introduction is empty.
    IntroductionMissing,

    // The yearly cycle (texts in `i18n/year.rs`).
    /// Warning, measure `status`: a measure carried over from last year as planned or in
    /// progress whose status is not confirmed for this year. `{title}`, `{year}`.
    MeasureStatusUnconfirmed,
    /// Warning, checklist `status`: last year's answer and text, not confirmed for this year.
    /// `{point}`, `{year}`.
    ChecklistUnconfirmed,
    /// Warning, own point `status`: last year's answer and text of a requirement of the
    /// ministry's own, not confirmed for this year. `{title}`, `{year}`.
    OwnPointUnconfirmed,
}
