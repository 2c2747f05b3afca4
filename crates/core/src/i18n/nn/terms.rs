//! Orda i modellen på nynorsk.

use crate::i18n::terms::short::*;
use crate::i18n::{Language, Term, Word, capital};

pub(crate) fn text(term: Term) -> &'static str {
    match term {
        Term::MeasureStatus(s) => match s {
            MS::Planned => capital(Word::Planned, Language::Nn),
            MS::InProgress => "Pågår",
            MS::Implemented => "Iverksett",
            MS::Stopped => "Stansa",
        },
        Term::ReportPart(p) => match p {
            RP::I => "Leiarens fråsegn",
            RP::Ii => "Introduksjon til verksemda og hovudtal",
            RP::Iii => "Aktivitetar og resultat i året",
            RP::Iv => "Styring og kontroll i verksemda",
            RP::V => "Vurdering av framtidsutsikter",
            RP::Vi => "Årsrekneskap",
        },
        Term::TargetGroup(t) => match t {
            TG::Citizens => capital(Word::Citizens, Language::Nn),
            TG::Businesses => capital(Word::Businesses, Language::Nn),
            TG::Both => "Innbyggjarar og næringsliv",
        },
        Term::Channel(c) => match c {
            C::Digital => capital(Word::SelfService, Language::Nn),
            C::Altinn => "Altinn",
            C::Paper => "Papir",
            C::Email => "E-post",
            C::Phone => "Telefon",
            C::InPerson => "Oppmøte",
            C::Mixed => "Fleire kanalar",
        },
        Term::Suitability(s) => match s {
            S::NotAssessed => capital(Word::NotAssessed, Language::Nn),
            S::Suited => "Eigna",
            S::Partly => "Delvis eigna",
            S::NotSuited => "Ikkje eigna",
        },
        Term::UserOrientation(u) => match u {
            UO::NotAssessed => capital(Word::NotAssessed, Language::Nn),
            UO::Keep => "Brukarorientert, blir halden ved lag",
            UO::Redesign => "Bør re-designast",
            UO::Simplify => "Bør forenklast",
            UO::Discontinue => "Kan falle bort",
        },
        Term::InfoSource(i) => match i {
            IS::Folkeregisteret => "Folkeregisteret",
            IS::Enhetsregisteret => "Einingsregisteret",
            IS::Matrikkelen => "Matrikkelen",
            IS::Krr => "Kontakt- og reservasjonsregisteret",
            IS::Other => "Anna",
        },
        Term::GainKind(k) => match k {
            GK::Cash => "Kontantgevinst",
            GK::Time => "Tidsgevinst",
            GK::Quality => "Kvalitetsgevinst",
            GK::OtherActors => "Gevinst for andre aktørar",
        },
        Term::Beneficiary(b) => match b {
            B::Agency => capital(Word::TheAgency, Language::Nn),
            B::Citizens => capital(Word::Citizens, Language::Nn),
            B::Businesses => capital(Word::Businesses, Language::Nn),
            B::Municipalities => "Kommunar",
            B::OtherPublic => "Andre offentlege verksemder",
        },
        Term::Direction(d) => match d {
            D::HigherIsBetter => "Høgare er betre",
            D::LowerIsBetter => "Lågare er betre",
        },
        Term::ExtractionForm(f) => match f {
            EF::BudgetCut => "Budsjettkutt",
            EF::Reallocation => "Omdisponert til prioritert område",
            EF::IncreasedVolume => "Auka volum",
            EF::ImprovedQuality => "Betre kvalitet",
            EF::NotExtracted => "Ikkje henta ut",
        },
        Term::ChecklistStatus(s) => match s {
            CS::NotAnswered => "Ikkje svara på",
            CS::Fulfilled => "Oppfylt",
            CS::Partly => "Delvis oppfylt",
            CS::NotFulfilled => "Ikkje oppfylt",
            CS::NotRelevant => "Ikkje relevant",
        },
        Term::ChecklistTitle(p) => match p {
            P::P1_1 => "Digitaliser tenestene til verksemda",
            P::P1_2 => "Bruk nasjonale felleskomponentar",
            P::P1_3 => "Tekniske krav til digitale løysingar",
            P::P1_4 => "Offentleg informasjon tilgjengeleg for vidarebruk",
            P::P1_5 => "Rettleiing om digitale tenester",
            P::P1_5b => "Rettleiing vidare til andre verksemder",
            P::P1_6 => "Elektronisk faktura",
            P::P1_7 => "Informasjonstryggleik",
            P::P1_8 => "Samordning med kommunesektoren",
            P::P1_9 => "Planlegging og styring",
            P::P1_10 => "Gevinstrealisering",
            P::P2_1 => "IKT-satsingsforslag sende i kopi",
            P::P2_2 => "Sjølvdeklarasjonsskjema",
            P::P2_3 => "Ekstern kvalitetssikring (KS1/KS2)",
        },
        Term::ChecklistText(p) => match p {
            P::P1_1 => {
                "Relevante søknader, skjema og rapporteringar kan fyllast ut og sendast inn digitalt av eksterne brukarar. Rundskrivet tilrår i tillegg at tenestene blir registrerte i den nasjonale vegvisaren (norge.no)."
            }
            P::P1_2 => {
                "ID-porten blir brukt til innlogging, Altinn til tenester for næringslivet, og digital postkasse og Kontakt- og reservasjonsregisteret til innbyggjarane. Folkeregisteret, Einingsregisteret og Matrikkelen blir brukte der det er aktuelt."
            }
            P::P1_3 => {
                "Løysingane er universelt utforma (WCAG), arkitekturprinsippa til staten blir følgde, og obligatoriske IT-standardar blir brukte."
            }
            P::P1_4 => {
                "Eigna offentleg informasjon blir gjord tilgjengeleg i maskinlesbare format."
            }
            P::P1_5 => {
                "Brukarane får hjelp og rettleiing til å bruke dei digitale tenestene til verksemda."
            }
            P::P1_5b => {
                "Verksemder med grenseoverskridande ansvarsområde kommuniserer samanhengen tydeleg gjennom dei digitale tenestene sine og rettleier vidare også til andre verksemder."
            }
            P::P1_6 => {
                "Leverandørar sender faktura i EHF-format, og privatpersonar med gjentakande fakturaer får tilbod om elektronisk faktura."
            }
            P::P1_7 => {
                "Verksemda har internkontroll for informasjonstryggleik basert på anerkjende standardar for styringssystem."
            }
            P::P1_8 => {
                "IT-tiltak som i vesentleg grad rører ved kommunesektoren, blir drøfta tidleg med KS."
            }
            P::P1_9 => {
                "IKT-relaterte tiltak blir planlagde med prosjektmodell, utgreiing av vesentlege konsekvensar og samfunnsøkonomisk analyse."
            }
            P::P1_10 => {
                "Ein gevinstansvarleg leiar i linja er peikt ut, og det finst ein plan for realisering og måling av gevinstane."
            }
            P::P2_1 => {
                "IKT-relaterte budsjettforslag blir sende i kopi til departementet med ansvar for digitalisering, for vurdering."
            }
            P::P2_2 => "IKT-relaterte satsingsforslag har vedlagt utfylt sjølvdeklarasjonsskjema.",
            P::P2_3 => {
                "IKT-investeringar over terskelverdien blir kvalitetssikra eksternt i KS-ordninga til Finansdepartementet."
            }
        },
        Term::Obligation(o) => match o {
            O::Obligation => "Skal/må (krav)",
            O::Recommendation => "Bør (tilråding)",
        },
        Term::JustificationDemand(d) => match d {
            JD::Exemptions => "unntak frå krava om digital utfylling og innsending",
            JD::Altinn => {
                "valet om ikkje å bruke infrastrukturen til Altinn når verksemda kunne brukt han"
            }
            JD::ArchitecturePrinciples => "avvik frå arkitekturprinsippa til staten",
            JD::SelfDeclaration => "avvik frå vurderingskriteria i sjølvdeklarasjonsskjemaet",
        },
        Term::ExemptionGround(g) => match g {
            EG::NotStated => "Ikkje oppgitt",
            EG::NotProfitable => "Digitalisering løner seg verken for brukar eller forvaltning",
            EG::PlannedWithinBudget => {
                "Konkrete planar om digitalisering innanfor gjeldande budsjettrammer"
            }
        },
        Term::CatalogueRegistration(c) => match c {
            CR::NotRecorded => "Ikkje oppgitt",
            CR::Registered => "Registrert",
            CR::NotRegistered => "Ikkje registrert",
        },
        Term::ServiceChain(c) => match c {
            SC::NotAssessed => capital(Word::NotAssessed, Language::Nn),
            SC::Yes => "Ja, bør sjåast i samanheng",
            SC::No => "Nei, vurdert",
        },
    }
}
