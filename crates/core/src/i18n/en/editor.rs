//! The texts of the editing steps in English.

use crate::i18n::EditorText as E;
use crate::i18n::Language;

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::Word(w) => w.text(Language::En),
        E::KeptLastValue => "The previous value is kept: {value}.",
        E::KeptEmpty => "empty",
        E::DateHint => "dd.mm.yyyy",
        E::PickDate => "Pick a date from the calendar",
        E::PreviousMonth => "Previous month",
        E::NextMonth => "Next month",
        E::Today => "Today",
        E::ClearDate => "Clear",
        E::WeekdaysShort => "Mo Tu We Th Fr Sa Su",
        E::MonthNames => {
            "January February March April May June July August September October November December"
        }
        E::NoneChosen => "(none)",
        E::Search => "Search",
        E::SearchHint => "Filter the list ({shortcut})",
        E::ShownOfTotal => "{shown} of {total}",
        E::NoMatches => "No rows match the search.",
        E::ListEmpty => "The list is empty. Press “Add”.",
        E::Add => "Add",
        E::Duplicate => "Duplicate",
        E::Delete => "Delete",
        E::DeletedNotice => "“{name}” was deleted – Undo ({shortcut})",
        E::Dismiss => "Hide message",
        E::NothingSelected => "Select a row in the list to see and change its details.",
        E::CopySuffix => "(copy)",
        E::HelpHeading => "What the annual report requires",
        E::ReadOnlyNotice => "The file is from a newer version of Gevinst and can only be read.",
        E::Name => "Name",
        E::Title => "Title",
        E::PriceYear => "Price year",
        E::Amount => "Amount",
        E::RemoveRow => "Remove",
        E::MissingReference => "(no longer exists)",
        E::Id => "ID",
        E::SectionReport => "The annual report",
        E::SectionSettings => "Calculation settings",
        E::SectionFileInfo => "About the project file",
        E::AgencyName => "Agency name",
        E::OrgNumber => "Organisation number",
        E::OrgNumberValid => "Valid organisation number.",
        E::OrgNumberInvalid => {
            "Not a valid organisation number: nine digits, the last a check digit (modulus 11)."
        }
        E::ParentMinistry => "Parent ministry",
        E::ReportYear => "Report year",
        E::ReportPart => "Part of the annual report",
        E::DefaultPriceYear => "Price year for totals",
        E::HoursPerFte => "Hours per FTE",
        E::CostPerFte => "Cost per FTE",
        E::DiscountRates => "Discount rate",
        E::UntilYear => "Up to and including year",
        E::AllLaterYears => "all later years",
        E::Rate => "Rate",
        E::AddBand => "Add band",
        E::ResetR109 => "Use R-109/2021 (4%, 3%, 2%)",
        E::TaxFinancingCost => "Tax-financing cost",
        E::RealPriceGrowth => "Real price growth per year",
        E::AnalysisPeriod => "Analysis period",
        E::ComparisonYear => "Comparison year for present values",
        E::ComparisonYearHint => "Empty: the report year",
        E::KsThreshold => "Threshold for external quality assurance (KS1/KS2)",
        E::DigitalThresholdHigh => "Volume threshold for digital services (2014 deadline)",
        E::DigitalThresholdLow => "Volume threshold for digital services (2015 deadline)",
        E::PerYearUnit => "a year",
        E::PriceIndex => "Price index",
        E::IndexValue => "Index",
        E::AddIndexYear => "Add year",
        E::PriceIndexEmpty => "No index recorded. Amounts are not converted between price years.",
        E::Created => "Created",
        E::Modified => "Last saved",
        E::LastEditedBy => "Last saved by",
        E::AreaUsedBy => "Used in {count, plural, one {# extraction} other {# extractions}}.",
        E::StartDate => "Start date",
        E::EndDate => "End date",
        E::ResponsibleUnit => "Responsible unit",
        E::ResponsiblePerson => "Responsible person",
        E::DigitalisationCheck => "The measure digitalises work processes or services",
        E::SpecialAssessment => "Special assessment",
        E::SpecialAssessmentHint => {
            "How was the digitalisation assessed? For example user needs, reuse of data, regulations, risks and benefits."
        }
        E::SpecialAssessmentRequired => {
            "Measures that digitalise must be specially assessed. Write the assessment here."
        }
        E::MeasureServices => "Services the measure touches",
        E::NoServicesYet => "No services recorded yet (see the Services step).",
        E::MeasureGains => "Gains from the measure: {count}",
        E::NewMeasure => "New measure",
        E::ListServices => "Services",
        E::SectionServiceFacts => "About the service",
        E::SectionReuse => "Reuse, regulations and service chains",
        E::SectionPlan => "Strategy and plan for realisation",
        E::AnnualVolume => "Yearly volume",
        E::DigitallyAvailable => "Digital",
        E::DigitallyAvailableCheck => "Users can fill in and submit it digitally today",
        E::RemainsToDigitalise => "Remaining",
        E::RemainsToDigitaliseCheck => "The service remains to be digitalised",
        E::ExemptionReason => "Reason for exemption",
        E::ExemptionReasonHint => {
            "If digitalisation does not pay off for users or the administration: why not?"
        }
        E::InstantDecision => "Instant decisions",
        E::UserOrientation => "Is the digital service user-oriented?",
        E::UserOrientationReason => "Reason",
        E::ReusableInformation => "Information that can be reused",
        E::ReusableOther => "Other information",
        E::RegulationsToReview => "Regulations to review",
        E::ServiceChain => "Service chain",
        E::ServiceChainCheck => "Should be seen together with other agencies' services",
        E::ServiceChainPartners => "Agencies and services in the chain",
        E::ExemptionGround => "Ground for the exemption",
        E::ExemptionDocumentedIn => "Exemption documented in",
        E::ExemptionDocumentedInHint => {
            "Case number or document, so that the exemption can be documented on request"
        }
        E::Catalogue => "Registered in the service catalogue (norge.no)",
        E::ReusableNone => "No reuse",
        E::ReusableNoneCheck => "Assessed: no information from other sources can be reused",
        E::RegulationsNone => "No regulations to review",
        E::RegulationsNoneCheck => "Assessed: no regulations need review",
        E::PlanWhat => "What will be done",
        E::OverHighThreshold => {
            "Over {threshold, plural, one {# submission} other {# submissions}} a year but not digital: should have been digital by 30 June 2014 (Digitalisation Circular 2013, point 1.1), unless the exemption is justified."
        }
        E::OverLowThreshold => {
            "Over {threshold, plural, one {# submission} other {# submissions}} a year but not digital: should have been digital by 30 June 2015 (Digitalisation Circular 2013, point 1.1), unless the exemption is justified."
        }
        E::FlagNotDigital => "Not digital",
        E::NewService => "New service",
        E::Beneficiary => "Who benefits",
        E::Unit => "Unit",
        E::BaselineDate => "Baseline measured",
        E::TargetDate => "Target date",
        E::Direction => "Direction",
        E::OwnerHint => "A line manager",
        E::SectionYears => "Planned and realised per year",
        E::PlannedHours => "Planned hours",
        E::RealisedHours => "Realised hours",
        E::PlannedIndicator => "Planned indicator",
        E::RealisedIndicator => "Measured indicator",
        E::AddYear => "Add year",
        E::RemoveYear => "Remove year {year}",
        E::NoYearsYet => "No years recorded yet.",
        E::FteOfHours => "= {fte, plural, one {# FTE} other {# FTEs}}",
        E::RealisedTotal => "Realised in total",
        E::ShowExtractions => "Show extractions",
        E::NewGain => "New gain",
        E::ListExtractions => "Extractions",
        E::ExtractionDescriptionHint => "What was done? For “Not extracted”: why not?",
        E::FilterYear => "Show year",
        E::AllYears => "All years",
        E::FilterGain => "Show gain",
        E::AllGains => "All gains",
        E::RealisedThatYear => "Realised gain in {year}: {amount}",
        E::NoRealisedThatYear => "The gain has no realised value for {year}.",
        E::ExtractedThatYear => "Extracted from this gain in the same year: {amount}",
        E::Point => "Point",
        E::Answer => "Answer",
        E::JustificationRequired => "Deviations must be justified. Write a justification.",
        E::ChecklistProgress => {
            "{answered} of {total, plural, one {# point} other {# points}} answered"
        }
        E::ObligationLabel => "Obligation or recommendation",
        E::DemandNote => "The circular requires {demand} to be justified.",
        E::OwnPointsHeading => "The ministry's own requirements",
        E::OwnPointsIntro => {
            "Each ministry may have requirements of its own beyond the common ones. Add them here, and they are answered and reported like the circular's points."
        }
        E::AddOwnPoint => "Add own requirement",
        E::RemoveOwnPoint => "Remove the requirement",
        E::OwnPointSource => "Source",
        E::OwnPointSourceHint => "For example the letter of allocation 2025, point 4.2",
        E::JustificationDemanded => "Justification required",
        E::JustificationDemandedCheck => "The ministry requires deviations to be justified",
        E::IntroductionGuide => {
            "The introduction opens the section: what the agency did to become more efficient and digital this year, and how the work is organised. A blank line separates paragraphs."
        }
        E::ClosingGuide => {
            "The closing can sum up the results and look ahead: planned measures, gains still to be extracted, and what remains."
        }
        E::TextStats => {
            "{words, plural, one {# word} other {# words}}, {paragraphs, plural, one {# paragraph} other {# paragraphs}}"
        }
        E::HelpAgency => {
            "The annual report has six fixed parts: I Report from the head of the agency, II Introduction to the agency and key figures, III Activities and results for the year, IV Management and control of the agency, V Assessment of future prospects and VI Annual accounts. Efficiency work is usually reported in part III or IV.\n\nAmounts are recorded in a price year. Socio-economic calculations follow the Finance Ministry's circular R-109/2021 (which replaced R-109/14 without changing these figures): a discount rate of 4% for the first 40 years, 3% from year 41 to 75 and 2% after, and a 20% tax-financing cost. The Digitalisation Circular 2013 (FAD, P-4/2013), point 2.3, requires external quality assurance of large ICT investments above a threshold."
        }
        E::HelpPriorities => {
            "The annual report must explain how the efficiency gains of the measures are extracted so that they can be reallocated to priority areas.\n\nRecord the areas resources are moved to. Each extraction of the kind “Reallocated” is linked to one of them."
        }
        E::HelpMeasures => {
            "What the annual report requires:\n\n• The agency must account for implemented and planned efficiency measures.\n• It must be clear that measures which digitalise work processes and services have been specially assessed.\n\nTick digitalisation and write the special assessment for each such measure."
        }
        E::HelpServices => {
            "Digital by default: the agency must assess\n\n• which services remain to be digitalised, and which are suited to digital self-service, instant decisions and automated case processing;\n• whether existing digital services are user-oriented, or should be redesigned, simplified or discontinued;\n• which information can be reused;\n• which regulations should be adjusted or simplified;\n• whether the service should be seen together with other agencies' services (service chains);\n• strategies and plans for realisation.\n\nThe Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1: services with over 5,000 submissions a year were to be digital by 30 June 2014, and those with 3,000–5,000 by 30 June 2015. Exemptions applied where digitalisation pays off neither for users nor for the administration, and where there were concrete plans for digitalisation within current budgets; choose the ground and say where the exemption is documented. The circular recommends registering the services in the service catalogue at norge.no."
        }
        E::HelpGains => {
            "Benefits realisation (Digitalisation Circular 2013, point 1.10, a recommendation): a benefit owner should be named, normally a line manager in the part of the organisation that will realise the benefits, and a plan made for realising and measuring them.\n\nFor each gain: an indicator with its unit, baseline and target with dates, direction, and planned and realised values per year. Time savings are converted to FTEs. All amounts are in the gain's price year."
        }
        E::HelpExtraction => {
            "The annual report must explain how the efficiency gains are extracted so that they can be reallocated to priority areas.\n\nFor each year and gain: the form of extraction (budget cut, reallocation to a priority area, more volume, better quality, or not extracted with the reason), the amount in kroner and the FTEs."
        }
        E::HelpChecklist => {
            "The Digitalisation Circular 2013 (circular P-4/2013 from the Ministry of Government Administration, Reform and Church Affairs) sets requirements and recommendations for digitalisation work (chapter 1) and for ICT budget proposals (chapter 2). Each point shows whether the circular makes it an obligation (must) or a recommendation (should). Answer each point.\n\nThe circular requires a justification for exemptions from digital services (1.1), for not using Altinn (1.2), for deviations from the architecture principles (1.3) and for deviations in the self-declaration (2.2). For other deviations a short explanation is optional, but makes the report easier to read.\n\nEach ministry may have requirements of its own beyond the common ones; add them at the bottom of the checklist."
        }
        E::HelpTexts => {
            "The section of the annual report gets an introduction and a closing in the agency's own words. Measures, services, gains, extractions and the checklist are put in automatically between them."
        }
    }
}
