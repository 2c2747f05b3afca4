//! The model's vocabulary in English.

use crate::i18n::terms::short::*;
use crate::i18n::{Language, Term, Word, capital};

pub(crate) fn text(term: Term) -> &'static str {
    match term {
        Term::MeasureStatus(s) => match s {
            MS::Planned => capital(Word::Planned, Language::En),
            MS::InProgress => "In progress",
            MS::Implemented => "Implemented",
            MS::Stopped => "Stopped",
        },
        Term::ReportPart(p) => match p {
            RP::I => "Report from the head of the agency",
            RP::Ii => "Introduction to the agency and key figures",
            RP::Iii => "Activities and results for the year",
            RP::Iv => "Management and control of the agency",
            RP::V => "Assessment of future prospects",
            RP::Vi => "Annual accounts",
        },
        Term::TargetGroup(t) => match t {
            TG::Citizens => capital(Word::Citizens, Language::En),
            TG::Businesses => capital(Word::Businesses, Language::En),
            TG::Both => "Citizens and businesses",
        },
        Term::Channel(c) => match c {
            C::Digital => capital(Word::SelfService, Language::En),
            C::Altinn => "Altinn",
            C::Paper => "Paper",
            C::Email => "E-mail",
            C::Phone => "Telephone",
            C::InPerson => "In person",
            C::Mixed => "Several channels",
        },
        Term::Suitability(s) => match s {
            S::NotAssessed => capital(Word::NotAssessed, Language::En),
            S::Suited => "Suited",
            S::Partly => "Partly suited",
            S::NotSuited => "Not suited",
        },
        Term::UserOrientation(u) => match u {
            UO::NotAssessed => capital(Word::NotAssessed, Language::En),
            UO::Keep => "User-oriented, keep",
            UO::Redesign => "Should be redesigned",
            UO::Simplify => "Should be simplified",
            UO::Discontinue => "Could be discontinued",
        },
        Term::InfoSource(i) => match i {
            IS::Folkeregisteret => "National Population Register",
            IS::Enhetsregisteret => "Central Coordinating Register for Legal Entities",
            IS::Matrikkelen => "Cadastre (Matrikkelen)",
            IS::Krr => "Contact and Reservation Register",
            IS::Other => "Other",
        },
        Term::GainKind(k) => match k {
            GK::Cash => "Cash-releasing gain",
            GK::Time => "Time saved",
            GK::Quality => "Quality gain",
            GK::OtherActors => "Gain for other actors",
        },
        Term::Beneficiary(b) => match b {
            B::Agency => capital(Word::TheAgency, Language::En),
            B::Citizens => capital(Word::Citizens, Language::En),
            B::Businesses => capital(Word::Businesses, Language::En),
            B::Municipalities => "Municipalities",
            B::OtherPublic => "Other public bodies",
        },
        Term::Direction(d) => match d {
            D::HigherIsBetter => "Higher is better",
            D::LowerIsBetter => "Lower is better",
        },
        Term::ExtractionForm(f) => match f {
            EF::BudgetCut => "Budget cut",
            EF::Reallocation => "Reallocated to a priority area",
            EF::IncreasedVolume => "More volume",
            EF::ImprovedQuality => "Better quality",
            EF::NotExtracted => "Not extracted",
        },
        Term::ChecklistStatus(s) => match s {
            CS::NotAnswered => "Not answered",
            CS::Fulfilled => "Fulfilled",
            CS::Partly => "Partly fulfilled",
            CS::NotFulfilled => "Not fulfilled",
            CS::NotRelevant => "Not relevant",
        },
        Term::ChecklistTitle(p) => match p {
            P::P1_1 => "Digitalise the agency's services",
            P::P1_2 => "Use the national common components",
            P::P1_3 => "Technical requirements for digital solutions",
            P::P1_4 => "Public information available for re-use",
            P::P1_5 => "Guidance on digital services",
            P::P1_5b => "Guiding users on to other agencies",
            P::P1_6 => "Electronic invoicing",
            P::P1_7 => "Information security",
            P::P1_8 => "Coordination with the municipal sector",
            P::P1_9 => "Planning and governance",
            P::P1_10 => "Benefits realisation",
            P::P2_1 => "ICT budget proposals sent in copy",
            P::P2_2 => "Self-declaration form",
            P::P2_3 => "External quality assurance (QA1/QA2)",
        },
        Term::ChecklistText(p) => match p {
            P::P1_1 => {
                "Relevant applications, forms and reports can be completed and submitted digitally by external users. The circular also recommends registering the services in the national service guide (norge.no)."
            }
            P::P1_2 => {
                "ID-porten is used for log-in, Altinn for services to businesses, and the digital mailbox and the Contact and Reservation Register for citizens. The National Population Register, the Central Coordinating Register for Legal Entities and the Cadastre are used where relevant."
            }
            P::P1_3 => {
                "Solutions are universally designed (WCAG), the government's architecture principles are followed, and mandatory IT standards are used."
            }
            P::P1_4 => "Suitable public information is made available in machine-readable formats.",
            P::P1_5 => "Users get help and guidance in using the agency's digital services.",
            P::P1_5b => {
                "Agencies whose responsibilities cross boundaries make the connection clear through their digital services and guide users on to other agencies as well."
            }
            P::P1_6 => {
                "Suppliers send invoices in the EHF format, and private persons with recurring invoices are offered electronic invoices."
            }
            P::P1_7 => {
                "The agency has internal control of information security based on recognised management-system standards."
            }
            P::P1_8 => {
                "IT measures that substantially affect the municipal sector are discussed early with KS."
            }
            P::P1_9 => {
                "ICT-related measures are planned with a project model, an assessment of significant impacts and a socio-economic analysis."
            }
            P::P1_10 => {
                "A benefit owner who is a line manager has been appointed, and there is a plan for realising and measuring the benefits."
            }
            P::P2_1 => {
                "ICT-related budget proposals are sent in copy to the ministry responsible for digitalisation for assessment."
            }
            P::P2_2 => "ICT-related budget proposals include a completed self-declaration form.",
            P::P2_3 => {
                "ICT investments above the threshold undergo external quality assurance under the Ministry of Finance's scheme."
            }
        },
        Term::Obligation(o) => match o {
            O::Obligation => "Must (obligation)",
            O::Recommendation => "Should (recommendation)",
        },
        Term::JustificationDemand(d) => match d {
            JD::Exemptions => {
                "exemptions from the requirements of digital completion and submission"
            }
            JD::Altinn => {
                "the choice not to use Altinn's infrastructure when the agency could have"
            }
            JD::ArchitecturePrinciples => "deviations from the state's architecture principles",
            JD::SelfDeclaration => {
                "deviations from the assessment criteria in the self-declaration form"
            }
        },
        Term::ExemptionGround(g) => match g {
            EG::NotStated => "Not stated",
            EG::NotProfitable => {
                "Digitalisation pays off neither for users nor for the administration"
            }
            EG::PlannedWithinBudget => "Concrete plans for digitalisation within current budgets",
        },
        Term::CatalogueRegistration(c) => match c {
            CR::NotRecorded => "Not stated",
            CR::Registered => "Registered",
            CR::NotRegistered => "Not registered",
        },
        Term::ServiceChain(c) => match c {
            SC::NotAssessed => capital(Word::NotAssessed, Language::En),
            SC::Yes => "Yes, should be seen together",
            SC::No => "No, assessed",
        },
    }
}
