//! Validation findings in English.

use crate::i18n::{FindingWord, Word, YearText};
use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::AgencyNameMissing => {
            "The agency’s name is missing. Enter it; the name appears in the title of the section."
        }
        Rule::OrgNumberMissing => {
            "The organisation number is missing. Enter the agency’s nine digits from the Register of Legal Entities (Enhetsregisteret)."
        }
        Rule::OrgNumberInvalid => {
            "The organisation number “{org_number}” is not valid. It has nine digits; check it against the Register of Legal Entities."
        }
        Rule::ParentMinistryMissing => {
            "The parent ministry is missing. Enter the ministry the agency reports to."
        }
        Rule::ReportYearImplausible => {
            "The report year {year} looks wrong. Enter the year the annual report covers, between 2000 and {latest}."
        }
        Rule::HoursPerFteNotPositive => {
            "Hours per full-time equivalent must be more than zero. The usual value is 1,695 hours."
        }
        Rule::DigitalThresholdsReversed => {
            "The lower threshold of submissions a year ({low}) is above the upper one ({high}). The Digitalisation Circular 2013 (FAD, P-4/2013) uses 3,000 and 5,000; correct the thresholds in the settings."
        }
        Rule::DiscountBandsNotAscending => {
            "Band {band} of the discount rate does not end after the band before it. The bands must follow each other with rising last years, and only the last may cover all later years. Correct the table, or use the rates of R-109/2021."
        }
        Rule::DiscountRateTooLow => {
            "A discount rate of {percent} is not possible: a rate of −100% or less gives no present value. Correct the rate, or use the rates of R-109/2021 (4%, 3% and 2%)."
        }
        Rule::PriorityAreaNameMissing => {
            "A priority area has no name. Give it a short name, as it should appear in the report."
        }
        Rule::DuplicateId => {
            "“{name}” has the same internal id as another entry in the same list. This happens when a file has been edited by hand. Delete the duplicate, or create the entry again."
        }
        Rule::NoMeasures => {
            "No efficiency measures have been entered. The annual report must show implemented and planned measures; add at least one."
        }
        Rule::NoActiveMeasures => {
            "All measures are stopped. The annual report must show implemented and planned measures; check the measures’ status."
        }
        Rule::MeasureTitleMissing => {
            "A measure has no title. Give it a short title, as it should appear in the report."
        }
        Rule::DigitalisationWithoutAssessment => {
            "The measure “{title}” digitalises work processes or services but lacks the special assessment the annual report requires. Write the assessment."
        }
        Rule::MeasureDatesReversed => {
            "The measure “{title}” ends on {end}, before it starts on {start}. Correct the start or end date."
        }
        Rule::MeasureServiceMissing => {
            "The measure “{title}” is linked to services that are not in the list of services (number: {count}). Remove the links, or add the services again."
        }
        Rule::DigitalisationWithoutServices => {
            "The measure “{title}” digitalises but is linked to no service. Link it to the services it concerns, so the report connects the measure with the service assessment."
        }
        Rule::MeasureNegativeInvestment => {
            "The investment in the measure “{title}” is negative ({investment}). Enter the amount as a positive number."
        }
        Rule::MeasureNegativeOperatingCost => {
            "The annual operating cost of the measure “{title}” is negative ({amount}). Enter the amount as a positive number."
        }
        Rule::MeasureAboveKsThreshold => {
            "The measure “{title}” has a total estimated cost of {cost} (investment and operating costs over the analysis period), above the threshold for external quality assurance ({ks_threshold}). The Digitalisation Circular 2013 (FAD, P-4/2013), point 2.3: describe the quality assurance (QA1/QA2) under point 2.3 of the checklist."
        }
        Rule::ServiceNameMissing => "A service has no name. Give it the name its users know it by.",
        Rule::DigitalShareOutOfRange => {
            "The digital share of the service “{name}” is {percent}. The share must be between 0 and 100%."
        }
        Rule::ServiceNotDigitalHigh => {
            "The service “{name}” has {volume, plural, one {# submission} other {# submissions}} a year but is not digital. The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, set the deadline of {deadline} for services with more than {threshold, plural, one {# submission} other {# submissions}} a year. Make a plan, or state why the service is exempted."
        }
        Rule::ServiceNotDigitalLow => {
            "The service “{name}” has {volume, plural, one {# submission} other {# submissions}} a year but is not digital. The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, set the deadline of {deadline} for services with {low}–{high, plural, one {# submission} other {# submissions}} a year. Make a plan, or state why the service is exempted."
        }
        Rule::ServiceExempted => {
            "The service “{name}” has {volume, plural, one {# submission} other {# submissions}} a year and is not digital, but is exempted: “{reason}”. Check that the reason still holds."
        }
        Rule::ServicePlanWithoutWhat => {
            "The service “{name}” remains to be digitalised, but the plan does not say what will be done."
        }
        Rule::ServicePlanWithoutResponsible => {
            "The service “{name}” remains to be digitalised, but the plan does not say who is responsible."
        }
        Rule::ServicePlanWithoutDue => {
            "The service “{name}” remains to be digitalised, but the plan has no target date. Set a date."
        }
        Rule::ServicePlanOverdue => {
            "The target date in the plan for the service “{name}” ({due}) has passed, but the service still remains to be digitalised. Set a new date, or update the service’s status."
        }
        Rule::SelfServiceNotAssessed => {
            "It has not been assessed whether the service “{name}” is suited to digital self-service."
        }
        Rule::InstantDecisionNotAssessed => {
            "It has not been assessed whether the service “{name}” is suited to instant decisions."
        }
        Rule::AutomationNotAssessed => {
            "It has not been assessed whether the service “{name}” is suited to automated case processing."
        }
        Rule::UserOrientationNotAssessed => {
            "It has not been assessed whether the digital service “{name}” is user-oriented, or should be redesigned, simplified or discontinued."
        }
        Rule::UserOrientationWithoutReason => {
            "The service “{name}” should be redesigned, simplified or discontinued, but the reason is missing. Say briefly why."
        }
        Rule::ReusableOtherMissing => {
            "For the service “{name}”, “Other” is chosen as information that can be reused, but the source is not named. Say which source it is."
        }
        Rule::ServiceChainWithoutPartners => {
            "The service “{name}” is to be seen as part of a service chain, but the other agencies and services in the chain are not named."
        }
        Rule::ServiceExemptionWithoutGround => {
            "The service “{name}” is exempted, but it does not say which of the two grounds of the Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, the exemption rests on: that digitalisation pays off neither for users nor for the administration, or that there are concrete plans for digitalisation within current budgets."
        }
        Rule::ServiceExemptionNotDocumented => {
            "The service “{name}” is exempted, but it does not say where the exemption is documented. The agency must be able to document and justify exemptions on request (Digitalisation Circular 2013, point 1.1)."
        }
        Rule::ServiceNotInCatalogue => {
            "The digital service “{name}” is not registered in the service catalogue at norge.no. The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, recommends that state agencies register their services there as they go."
        }
        Rule::ReusableNotAssessed => {
            "It has not been assessed which information the service “{name}” can reuse. Choose the sources, or tick that no information can be reused."
        }
        Rule::ReusableNoneContradicted => {
            "The service “{name}” records both that no information can be reused and sources that can be reused. Remove what is not true."
        }
        Rule::RegulationsNotAssessed => {
            "It has not been assessed whether the regulations for the service “{name}” should be adjusted or simplified. Name the regulations to review, or tick that none need review."
        }
        Rule::RegulationsNoneContradicted => {
            "The service “{name}” records both that no regulations need review and regulations to review. Remove what is not true."
        }
        Rule::ServiceChainNotAssessed => {
            "It has not been assessed whether the service “{name}” should be seen together with other agencies' services in a service chain. Answer yes or no."
        }
        Rule::GainNameMissing => {
            "A gain has no name. Give it a short name, as it should appear in the report."
        }
        Rule::GainWithoutMeasure => {
            "The gain “{name}” is not linked to a measure. Choose the measure it comes from."
        }
        Rule::GainMeasureMissing => {
            "The gain “{name}” is linked to a measure that no longer exists. Choose the measure it comes from."
        }
        Rule::GainWithoutOwner => {
            "The gain “{name}” has no benefit owner. The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.10, recommends naming a benefit owner, normally a manager in the line organisation that will realise the gains."
        }
        Rule::GainWithoutIndicator => {
            "The gain “{name}” has no indicator. Say what the gain is measured by, for example processing time."
        }
        Rule::GainWithoutUnit => {
            "The indicator of the gain “{name}” has no unit, for example days, hours or percent."
        }
        Rule::GainWithoutBaseline => {
            "The gain “{name}” has no baseline. Enter the value from the baseline measurement and the date it was measured."
        }
        Rule::GainWithoutTarget => {
            "The gain “{name}” has no target. Enter the target value and the date it should be reached."
        }
        Rule::GainDatesReversed => {
            "The target date of the gain “{name}” ({target_date}) is before its baseline date ({baseline_date}). Correct one of the dates."
        }
        Rule::GainWithoutYears => {
            "The gain “{name}” has no figures per year. Enter planned and realised values for the years the gain concerns."
        }
        Rule::GainDuplicateYear => {
            "The gain “{name}” has the year {year} more than once. Merge the rows into one."
        }
        Rule::GainRealisedInFuture => {
            "The gain “{name}” has realised values for {year}, a year that has not come yet. Move the figures to planned, or correct the year."
        }
        Rule::GainCashWithoutAmounts => {
            "The gain “{name}” is cash-releasing but has no amounts in kroner. Enter planned and realised amounts per year."
        }
        Rule::GainTimeWithoutHours => {
            "The gain “{name}” is a time saving but has no hours. Enter planned and realised hours per year."
        }
        Rule::GainPriceYearNotConvertible => {
            "The amounts of the gain “{name}” are in {price_year} kroner, but the report uses {report_price_year} kroner, and the price index lacks one of the years. Add the index for both years in the settings, or the totals will mix price years."
        }
        Rule::TimeGainHoursAndKronerDisagree => {
            "The time gain “{name}” has both hours and kroner in {year}, and they disagree: the hours are worth {valued} at the cost of an FTE, while the amount is {amount}. The present value uses the hours. Correct one of the figures, or remove the amount."
        }
        Rule::RealisedWithoutExtraction => {
            "The gain “{name}” was realised in {year}, but no extraction is recorded for that year. Record how the gain was extracted, or an extraction of the form “Not extracted” and why."
        }
        Rule::ExtractionWithoutGain => {
            "An extraction in {year} is not linked to a gain. Choose the gain it comes from."
        }
        Rule::ExtractionGainMissing => {
            "An extraction in {year} is linked to a gain that no longer exists. Choose the gain it comes from."
        }
        Rule::ExtractionWithoutPriorityArea => {
            "The extraction from “{gain}” in {year} is a reallocation, but it does not say which priority area the resources went to. Choose the area."
        }
        Rule::ExtractionPriorityAreaMissing => {
            "The extraction from “{gain}” in {year} is reallocated to a priority area that no longer exists. Choose the area again."
        }
        Rule::NotExtractedWithoutReason => {
            "The gain “{gain}” was not extracted in {year}, but the reason is missing. Say briefly why."
        }
        Rule::ExtractionWithoutAmount => {
            "The extraction from “{gain}” in {year} has neither an amount nor full-time equivalents. The report must show what was extracted in kroner and FTE."
        }
        Rule::ExtractionNegativeAmount => {
            "The extraction from “{gain}” in {year} has a negative amount ({amount}). Enter the amount as a positive number."
        }
        Rule::ExtractionNegativeFte => {
            "The extraction from “{gain}” in {year} has a negative number of full-time equivalents ({fte}). Enter a positive number."
        }
        Rule::ExtractionAboveRealised => {
            "The extractions from “{gain}” in {year} add up to {extracted}, more than the gain realised that year ({realised}). Check the amounts."
        }
        Rule::ExtractionAbovePlanned => {
            "The extractions from “{gain}” in {year} add up to {extracted}, more than the gain planned for that year ({planned}). Check the amounts."
        }
        Rule::ExtractionWithoutGainValue => {
            "{extracted} was extracted from “{gain}” in {year}, but the gain has no amount in kroner for that year. Enter the planned or realised gain for {year}."
        }
        Rule::FteAboveRealised => {
            "The extractions from “{gain}” in {year} add up to {fte} FTE, more than the hours realised that year amount to ({realised_fte} FTE). Check the figures."
        }
        Rule::FteAbovePlanned => {
            "The extractions from “{gain}” in {year} add up to {fte} FTE, more than the hours planned for that year amount to ({planned_fte} FTE). Check the figures."
        }
        Rule::FteWithoutGainHours => {
            "{fte} FTE were extracted from “{gain}” in {year}, but the gain has no hours for that year. Enter the planned or realised hours for {year}."
        }
        Rule::DuplicateExtractionId => {
            "The extraction from “{gain}” in {year} has the same internal id as another extraction. This happens when a file has been edited by hand. Delete the duplicate, or create the extraction again."
        }
        Rule::ExtractionFromOtherActors => {
            "The extraction from “{gain}” in {year} is taken from a gain for other actors. The agency cannot take out what citizens, businesses or other bodies have saved. Link the extraction to one of the agency's own gains, or delete it."
        }
        Rule::ChecklistNotAnswered => {
            "Point {point} of the checklist (“{point_title}”) is not answered. Choose fulfilled, partly fulfilled, not fulfilled or not relevant."
        }
        Rule::DeviationWithoutJustification => {
            "Point {point} of the checklist (“{point_title}”) is not fully met but has no justification. The Digitalisation Circular 2013 (FAD, P-4/2013) requires {point_demand} to be justified."
        }
        Rule::DeviationUnexplained => {
            "Point {point} of the checklist (“{point_title}”) is not fully met. The Digitalisation Circular 2013 (FAD, P-4/2013) asks for no justification here, but a short explanation makes the report easier to read."
        }
        Rule::NotRelevantWithoutJustification => {
            "Point {point} of the checklist (“{point_title}”) is marked not relevant. Consider saying briefly why it does not apply to the agency."
        }
        Rule::ChecklistDuplicatePoint => {
            "Point {point} (“{point_title}”) appears more than once in the checklist, probably because the file was edited by hand. The answers may be mixed up in the report; ask whoever edited the file to remove the duplicate."
        }
        Rule::OwnPointTitleMissing => {
            "One of the ministry's own requirements has no text. Write the requirement as the ministry worded it."
        }
        Rule::OwnPointNotAnswered => {
            "The ministry's requirement “{title}” is not answered. Choose fulfilled, partly fulfilled, not fulfilled or not relevant."
        }
        Rule::OwnPointWithoutJustification => {
            "The ministry's requirement “{title}” is not fully met but has no justification. The ministry requires deviations to be justified."
        }
        Rule::OwnPointUnexplained => {
            "The ministry's requirement “{title}” is not fully met. The ministry asks for no justification, but a short explanation makes the report easier to read."
        }
        Rule::OwnPointWithoutSource => {
            "It does not say where the ministry sets the requirement “{title}”. Name the source, for example the letter of allocation and its point."
        }
        Rule::IntroductionMissing => {
            "The introduction is empty. Consider writing a few sentences about the agency’s work on efficiency and digitalisation."
        }
        Rule::MeasureStatusUnconfirmed => super::year::text(YearText::FindingMeasure),
        Rule::ChecklistUnconfirmed => super::year::text(YearText::FindingChecklist),
        Rule::OwnPointUnconfirmed => super::year::text(YearText::FindingOwnPoint),
    }
}

pub(crate) fn word(word: FindingWord) -> &'static str {
    match word {
        FindingWord::Unnamed => super::vocab::text(Word::Unnamed),
    }
}
