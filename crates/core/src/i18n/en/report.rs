//! The report's fixed texts in English.

use crate::i18n::Language;
use crate::i18n::ReportText as R;

pub(crate) fn text(key: R) -> &'static str {
    match key {
        R::Word(w) => w.text(Language::En),
        R::SectionTitle => "Efficiency, digitalisation and benefits realisation",
        R::Kicker => "Annual report {year} · Part {numeral} {part}",
        R::HeaderRight => "Annual report {year}",
        R::Footer => "Page {page} of {pages}",
        R::Subject => {
            "Implemented and planned efficiency measures, digital by default, and gain extraction"
        }
        R::Keywords => {
            "annual report, efficiency, digitalisation, benefits realisation, gain extraction"
        }
        R::TocTitle => "Contents",
        R::TableCaption => "Table {n}",
        R::FigureCaption => "Figure {n}",
        R::OfTotal => "{n} of {total}",
        R::SumExtracted => "Total extracted",
        R::SumYear => "Total {year}",
        R::And => "and",
        R::KfImplemented => "{n, plural, one {measure implemented} other {measures implemented}}",
        R::KfPlanned => {
            "{n, plural, one {measure planned or in progress} other {measures planned or in progress}}"
        }
        R::KfRealised => "gains realised by the agency in {year}",
        R::OthersRealised => {
            "Gains for other actors, such as citizens and businesses, are kept apart from the agency's gains: {amount} was realised for them in {year}."
        }
        R::OthersNotRealised => {
            "Gains for other actors, such as citizens and businesses, are kept apart from the agency's gains; no realised gains are recorded for them for {year}."
        }
        R::KfReallocated => "reallocated to priority areas in {year}",
        R::KfDigital => {
            "{total, plural, one {service} other {services}} {n, plural, one {is} other {are}} digital"
        }
        R::HMeasures => "Implemented and planned efficiency measures",
        R::HImplemented => "Implemented measures",
        R::HPlanned => "Planned measures and measures in progress",
        R::HStopped => "Stopped measures",
        R::HServices => "Digital by default: assessment of the services",
        R::HServiceOverview => "The services and how digital they are",
        R::HThresholds => "The requirement for digital services",
        R::HReuse => "Reuse of information",
        R::HRegulations => "Regulations that should change",
        R::HChains => "Service chains",
        R::HPlans => "Plans for realisation",
        R::HGainsPerYear => "Planned and realised gains per year",
        R::HIndicators => "Achievement of gains measured by indicators",
        R::HOwners => "Benefit owners",
        R::HExtraction => "Gain extraction and reallocation",
        R::HByArea => "Reallocated to priority areas",
        R::HExtractionList => "All extractions",
        R::HNotExtracted => "Gains not extracted",
        R::HNpv => "Socio-economic analysis",
        R::HMethod => "Method and assumptions",
        R::HChecklist => "Follow-up of the digitalisation circular",
        R::DefaultIntro => {
            "This chapter reports on the efficiency work of {agency} in {year}: implemented and planned efficiency measures, the special assessment of measures that digitalise work processes and services, and how the gains are extracted and reallocated to priority areas."
        }
        R::NoMeasures => "The agency has recorded no efficiency measures for {year}.",
        R::MeasuresSummary => {
            "This chapter covers {total, plural, one {# efficiency measure} other {# efficiency measures}}: {implemented, plural, one {# implemented} other {# implemented}}, {in_progress} in progress, {planned, plural, one {# planned} other {# planned}} and {stopped, plural, one {# stopped} other {# stopped}}."
        }
        R::DigitalNone => "None of the measures digitalises work processes or services.",
        R::DigitalAllAssessed => {
            "{digital, plural, one {# of the measures digitalises work processes or services. It has been specially assessed, and the assessment is given under the measure.} other {# of the measures digitalise work processes or services. These have been specially assessed, and the assessment is given under each measure.}}"
        }
        R::DigitalSomeAssessed => {
            "{digital} of the measures digitalise work processes or services. For {missing} of them the special assessment has not been written yet: {measures}. {assessed, plural, one {The other measure has been specially assessed, and the assessment is given under the measure.} other {The other # have been specially assessed, and the assessment is given under each measure.}}"
        }
        R::DigitalNoneAssessed => {
            "{digital, plural, one {# of the measures digitalises work processes or services, but its special assessment has not been written yet.} other {# of the measures digitalise work processes or services, but none of them has been specially assessed yet.}}"
        }
        R::MeasuresGrouping => {
            "Measures in progress are described with the planned ones, because they are not yet completed and their gains are not yet fully realised."
        }
        R::MeasuresGroupingStopped => {
            "Stopped measures are described separately, with what was assessed and decided."
        }
        R::NoImplemented => "No measures are recorded as implemented.",
        R::NoPlanned => "No measures are recorded as planned or in progress.",
        R::UntitledMeasure => "Untitled measure",
        R::UntitledService => "Unnamed service",
        R::UntitledGain => "Unnamed gain",
        R::PeriodFrom => "from {date}",
        R::PeriodUntil => "until {date}",
        R::PriceYearShort => "{year} prices",
        R::LabelServices => "Services concerned",
        R::SpecialAssessment => "Special assessment of the digitalisation",
        R::MissingAssessment => {
            "The measure digitalises work processes or services, but the special assessment has not been written yet."
        }
        R::NoteInvestment => {
            "Investments are given in each measure's price year. Measures that digitalise are marked “Yes” in the Digitalisation column."
        }
        R::NoServices => "The agency has recorded no services assessed under Digital by default.",
        R::ServicesSummary => {
            "The agency has assessed {total, plural, one {# service} other {# services}} against the requirements of Digital by default. {available} of them can be used digitally today, and {remaining, plural, one {# remains} other {# remain}} to be digitalised."
        }
        R::ServicesVolume => {
            "Together the services receive about {volume, plural, one {# submission} other {# submissions}} a year, and {share} of them arrive digitally."
        }
        R::SuitabilityIntro => {
            "The table shows which services are suited to digital self-service, instant decisions and automated case processing, and whether the digital services are user-oriented or should be redesigned, simplified or discontinued."
        }
        R::ThresholdIntro => {
            "The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, set deadlines for digital services: services with more than {high, plural, one {# submission} other {# submissions}} a year were to be digital by 30 June 2014, and services with {low}–{high, plural, one {# submission} other {# submissions}} by 30 June 2015. Exemptions applied where digitalisation pays off neither for users nor for the administration, and where there were concrete plans for digitalisation before 2015 within current budgets; the agency must be able to document and justify exemptions on request."
        }
        R::ThresholdAllDigital => "All services above the thresholds are available digitally.",
        R::ThresholdNoneOver => {
            "No service is recorded with {low, plural, one {# submission} other {# submissions}} or more a year."
        }
        R::ThresholdVolumeUnknown => {
            "{n, plural, one {No volume is given for {services}, so whether the service is above the thresholds has not been assessed.} other {No volume is given for {services}, so whether the services are above the thresholds has not been assessed.}}"
        }
        R::ThresholdNotDigital => {
            "{service} ({volume, plural, one {# submission} other {# submissions}} a year) is not digital."
        }
        R::ThresholdExempt => {
            "{service} ({volume, plural, one {# submission} other {# submissions}} a year) is exempt:"
        }
        R::NoPlanForService => "No plan has been made to digitalise the service.",
        R::PlanSentence => "Plan: {what}.",
        R::PlanResponsible => "Responsible: {who}.",
        R::PlanDue => "Due: {date}.",
        R::ReuseIntro => {
            "Information from these sources can be reused instead of being collected from users:"
        }
        R::NoReuse => "No reusable information has been recorded.",
        R::RegulationsIntro => {
            "The agency has found regulations that should be reviewed, adjusted or simplified:"
        }
        R::NoRegulations => "No regulations have been recorded as needing change.",
        R::ChainWith => "Should be seen together with services of {partners}.",
        R::ChainNoPartners => "{service} should be seen together with other agencies' services.",
        R::NoChains => "None of the services has been assessed as part of a service chain.",
        R::NoPlans => "No plans for realisation have been recorded.",
        R::ServicesWithoutPlan => {
            "These services remain to be digitalised but have no plan yet: {services}."
        }
        R::NoGains => "No gains have been recorded.",
        R::GainsIntro => {
            "The figure and the table show planned and realised gains per year for all measures. All amounts are in {price_year} prices. Time savings are converted to full-time equivalents (FTE) at {hours, plural, one {# hour} other {# hours}} per FTE."
        }
        R::UnconvertedWarning => {
            "{n, plural, one {For # gain the price index lacks the price year. Its amounts are included without conversion.} other {For # gains the price index lacks the price year. Their amounts are included without conversion.}}"
        }
        R::CapChart => "Planned and realised gains in kroner per year",
        R::ChartUnitMillions => "NOK million ({price_year} prices)",
        R::ChartUnitKroner => "NOK ({price_year} prices)",
        R::Realised => "Realised",
        R::NoteNotMeasured => {
            "– means that the gain has not been measured or is not given in kroner or hours."
        }
        R::NoIndicators => "No gains have been measured by indicators yet.",
        R::IndicatorsIntro => {
            "Quality gains and gains for other actors are measured by indicators. The table shows baseline, target and latest measurement."
        }
        R::NoteAchievement => {
            "Achievement is the share of the distance from baseline to target covered at the latest measurement."
        }
        R::OwnersIntro => {
            "The Digitalisation Circular 2013 (FAD, P-4/2013), point 1.10, recommends naming a benefit owner, normally a manager in the part of the line organisation that will realise the gains."
        }
        R::NoOwner => "Not appointed",
        R::NoExtractions => "No gain extractions have been recorded.",
        R::NoExtractionsInYear => "No gain extractions have been recorded in {year}.",
        R::ExtractionSummary => "In {year}, gains of {amount} were extracted.",
        R::ExtractionRealloc => "Of this, {amount} was reallocated to priority areas.",
        R::ExtractionCut => "The budget was cut by {amount}.",
        R::ExtractionCapacity => {
            "Freed capacity equal to {amount} was used for more volume or better quality."
        }
        R::ExtractionIntro => "Amounts in the tables are in {price_year} prices.",
        R::NoReallocations => "No gains have been reallocated to priority areas.",
        R::NotExtractedItem => "{year}: {what} from {gain} was not extracted.",
        R::AnAmount => "an amount",
        R::MissingReason => "No reason given.",
        R::HReconciliation => "Realised and extracted per year",
        R::ReconciliationIntro => {
            "The table sets the agency's own realised gains (cash and time savings, in {price_year} prices and FTE) against what is recorded as extracted and what is recorded as not extracted. What remains is not yet accounted for. Gains for other actors cannot be extracted by the agency and are left out."
        }
        R::NoNpv => {
            "No measure has costs or monetised gains from which a net present value can be calculated."
        }
        R::NpvIntro => {
            "The table shows the net present value of the measures that have costs or monetised gains. A positive net present value means that the monetised gains exceed the costs over the analysis period."
        }
        R::NoteNpv => {
            "Investment and operating costs are given in each measure's price year. Every present value is expressed in the comparison year {year}, so the total is a true sum."
        }
        R::NpvOverflow => {
            "{n, plural, one {For # measure the net present value cannot be calculated because the amounts are too large; it is left out of the total.} other {For # measures the net present value cannot be calculated because the amounts are too large; they are left out of the total.}}"
        }
        R::RateBand => "{rate} for years {from}–{to}",
        R::RateBandLast => "{rate} thereafter",
        R::MethodText => {
            "All amounts are in {price_year} prices, converted with the price index where they were recorded in another price year. The net present value follows the Ministry of Finance's circular R-109/2021, which replaced R-109/14 with the same discount rate and tax-financing cost, and DFØ's guide to socio-economic analysis. Each measure is analysed over {years, plural, one {# year} other {# years}} from its start year, and every present value is expressed in the comparison year {comparison_year}: the amount of a year after the comparison year is discounted at {rates}, counted from the comparison year, while amounts of earlier years are compounded forward at {first_rate} a year. The measures' present values can therefore be added up. Time savings are valued at {cost_per_fte} per FTE of {hours, plural, one {# hour} other {# hours}} and counted once: where both hours and kroner are recorded, the hours are used. The tax-financing cost is {tax} of the effect on public budgets, that is cash gains less costs; it does not apply to time savings or gains for other actors. The value of time savings and of gains for other actors is adjusted for real price growth of {growth} a year from {price_year}; cash gains and costs are not. Where realised figures are missing, planned figures are used, and a gain is assumed to continue at its last recorded level. Quality gains are not monetised."
        }
        R::ChecklistSummary => {
            "Of the {total} points of the digitalisation circular, {fulfilled, plural, one {# is} other {# are}} fulfilled, {partly, plural, one {# partly fulfilled} other {# partly fulfilled}} and {not, plural, one {# not fulfilled} other {# not fulfilled}}, while {not_relevant, plural, one {# is} other {# are}} not relevant to the agency."
        }
        R::ChecklistJustified => "Deviations are justified in the table.",
        R::ChecklistSomeJustified => {
            "{n, plural, one {The deviation in point {points} has not been justified yet; the other deviations are justified in the table.} other {The deviations in points {points} have not been justified yet; the other deviations are justified in the table.}}"
        }
        R::ChecklistNoneJustified => {
            "{n, plural, one {The deviation in point {points} has not been justified yet.} other {None of the deviations has been justified yet (points {points}).}}"
        }
        R::ChecklistUnanswered => {
            "{n, plural, one {# point has} other {# points have}} not been answered yet."
        }
        R::KsThreshold => "Threshold: {amount}",
        R::MissingJustification => "The deviation has not been justified.",
        R::CapMeasures => "Efficiency measures",
        R::CapServices => "Services, volume and digital share",
        R::CapSuitability => "Assessment of the services",
        R::CapPlans => "Plans for digitalising the services",
        R::CapGainsPerYear => "Gains per year and kind ({price_year} prices)",
        R::CapIndicators => "Indicators and achievement",
        R::CapOwners => "Gains and benefit owners",
        R::CapByArea => "Reallocated to priority areas",
        R::CapByForm => "Gain extraction by form, all years",
        R::CapExtractions => "Gain extraction per year",
        R::CapReconciliation => "Realised gains and extraction per year",
        R::CapNpv => "Net present value per measure ({price_year} prices, present value in {year})",
        R::CapChecklist => {
            "Status of the points of the Digitalisation Circular 2013 (FAD, P-4/2013)"
        }
        R::ChecklistSource => {
            "The points follow the Digitalisation Circular 2013 (circular P-4/2013 from the Ministry of Government Administration, Reform and Church Affairs, 2 September 2013). “Must” marks the circular's obligations, “should” its recommendations."
        }
        R::DemandNote => "The circular requires {demand} to be justified.",
        R::HOwnPoints => "The ministry's own requirements",
        R::OwnPointsIntro => {
            "Each ministry may have requirements of its own beyond the common ones. The table shows how the agency has followed up its ministry's requirements."
        }
        R::OwnPointSource => "Source: {source}",
        R::ExemptGround => "Ground: {ground}.",
        R::ExemptDocumented => "Documented in {place}.",
        R::ReuseNone => "Assessed, with no information to reuse: {services}.",
        R::RegulationsNoneList => "Assessed, with no regulations to review: {services}.",
        R::ChainsNo => "Assessed as not part of a service chain: {services}.",
        R::ChainsNotAssessed => "Not yet assessed: {services}.",
        R::CatalogueSummary => {
            "Registered in the service catalogue at norge.no, as the Digitalisation Circular 2013 (FAD, P-4/2013), point 1.1, recommends: {registered} of {total, plural, one {# digital service} other {# digital services}}."
        }
        R::CapOwnPoints => "Status of the ministry's own requirements",
        R::ColObligation => "Must/should",
        R::ColInvestment => "Investment (NOK)",
        R::ColOperating => "Operating per year (NOK)",
        R::ColStartYear => "Start year",
        R::ColNpv => "Net present value (NOK)",
        R::ColVolume => "Volume per year",
        R::ColAvailable => "Available digitally",
        R::ColInstant => "Instant decision",
        R::ColUserOrientation => "User orientation",
        R::ColWhat => "Action",
        R::ColLatest => "Latest measurement",
        R::ColNokYear => "NOK {year}",
        R::ColFteYear => "FTE {year}",
        R::ColNokTotal => "NOK in total",
        R::ColFteTotal => "FTE in total",
        R::ColDestination => "What the gain was used for",
        R::ColPoint => "Point",
        R::ColRealised => "Realised",
        R::ColExtracted => "Extracted",
        R::ColNotExtracted => "Not extracted",
        R::ColUnaccounted => "Not yet accounted for",
        R::StageContent => "Gathering the content",
        R::StageLayout => "Laying out the pages",
        R::StagePdf => "Writing the PDF",
        R::StageWrite => "Saving the file",
        R::ErrCalc => {
            "The report cannot be made because some amounts are so large that the totals cannot be calculated. Check the amounts of gains and extractions."
        }
        R::ErrFont => {
            "The report cannot be made because a built-in font could not be read. Please reinstall Gevinst."
        }
        R::ErrWrite => "The report could not be saved as “{path}”: {reason}",
    }
}
