//! Ordtilfanget på nynorsk: kvart ord slik det blir skrive inne i ei setning. Ord som er
//! skrivne likt på bokmål, er henta derifrå.

use crate::i18n::Word as W;

pub(crate) fn text(word: W) -> &'static str {
    match word {
        // Skrive som på bokmål.
        W::PriorityArea
        | W::Measure
        | W::Measures
        | W::Gain
        | W::GainExtraction
        | W::Year
        | W::Years
        | W::Fte
        | W::Ftes
        | W::Status
        | W::Period
        | W::Digitalisation
        | W::Investment
        | W::TargetGroup
        | W::Indicator
        | W::Baseline
        | W::Due
        | W::Requirement
        | W::GainKind
        | W::PlannedNok
        | W::RealisedNok
        | W::Total
        | W::ExtractionByForm
        | W::Businesses
        | W::Error
        | W::Hint
        | W::Undo
        | W::Target
        | W::ExtractionForm
        | W::AmountNok
        | W::PlannedFte
        | W::RealisedFte
        | W::Closing
        | W::ReportLanguage => crate::i18n::nb::vocab::text(word),
        W::TheAgency => "verksemda",
        W::PriorityAreas => "prioriterte område",
        W::Service => "teneste",
        W::Gains => "gevinstar",
        W::OperatingCost => "årlege driftskostnader",
        W::MainChannel => "hovudkanal",
        W::SelfService => "digital sjølvbetening",
        W::AutomatedProcessing => "automatisert sakshandsaming",
        W::Achievement => "måloppnåing",
        W::BenefitOwner => "gevinstansvarleg",
        W::Responsible => "ansvarleg",
        W::Justification => "grunngiving",
        W::Unnamed => "(utan namn)",
        W::Description => "skildring",
        W::Introduction => "innleiing",
        W::Citizens => "innbyggjarar",
        W::NotAssessed => "ikkje vurdert",
        W::Planned => "planlagd",
        W::Warning => "åtvaring",
        W::DigitalShare => "digital del",
        W::Count => "tal",
        W::NoArea => "utan oppgitt område",
        W::SuitabilityAndUserOrientation => "kor eigna tenestene er, og brukarorientering",
    }
}
