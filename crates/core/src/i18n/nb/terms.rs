//! Modellens ord på bokmål.

use crate::i18n::terms::short::*;
use crate::i18n::{Language, Term, Word, capital};

pub(crate) fn text(term: Term) -> &'static str {
    match term {
        Term::MeasureStatus(s) => match s {
            MS::Planned => capital(Word::Planned, Language::Nb),
            MS::InProgress => "Pågår",
            MS::Implemented => "Iverksatt",
            MS::Stopped => "Stanset",
        },
        Term::ReportPart(p) => match p {
            RP::I => "Leders beretning",
            RP::Ii => "Introduksjon til virksomheten og hovedtall",
            RP::Iii => "Årets aktiviteter og resultater",
            RP::Iv => "Styring og kontroll i virksomheten",
            RP::V => "Vurdering av framtidsutsikter",
            RP::Vi => "Årsregnskap",
        },
        Term::TargetGroup(t) => match t {
            TG::Citizens => capital(Word::Citizens, Language::Nb),
            TG::Businesses => capital(Word::Businesses, Language::Nb),
            TG::Both => "Innbyggere og næringsliv",
        },
        Term::Channel(c) => match c {
            C::Digital => capital(Word::SelfService, Language::Nb),
            C::Altinn => "Altinn",
            C::Paper => "Papir",
            C::Email => "E-post",
            C::Phone => "Telefon",
            C::InPerson => "Oppmøte",
            C::Mixed => "Flere kanaler",
        },
        Term::Suitability(s) => match s {
            S::NotAssessed => capital(Word::NotAssessed, Language::Nb),
            S::Suited => "Egnet",
            S::Partly => "Delvis egnet",
            S::NotSuited => "Ikke egnet",
        },
        Term::UserOrientation(u) => match u {
            UO::NotAssessed => capital(Word::NotAssessed, Language::Nb),
            UO::Keep => "Brukerorientert, beholdes",
            UO::Redesign => "Bør re-designes",
            UO::Simplify => "Bør forenkles",
            UO::Discontinue => "Kan bortfalle",
        },
        Term::InfoSource(i) => match i {
            IS::Folkeregisteret => "Folkeregisteret",
            IS::Enhetsregisteret => "Enhetsregisteret",
            IS::Matrikkelen => "Matrikkelen",
            IS::Krr => "Kontakt- og reservasjonsregisteret",
            IS::Other => "Annet",
        },
        Term::GainKind(k) => match k {
            GK::Cash => "Kontantgevinst",
            GK::Time => "Tidsgevinst",
            GK::Quality => "Kvalitetsgevinst",
            GK::OtherActors => "Gevinst for andre aktører",
        },
        Term::Beneficiary(b) => match b {
            B::Agency => capital(Word::TheAgency, Language::Nb),
            B::Citizens => capital(Word::Citizens, Language::Nb),
            B::Businesses => capital(Word::Businesses, Language::Nb),
            B::Municipalities => "Kommuner",
            B::OtherPublic => "Andre offentlige virksomheter",
        },
        Term::Direction(d) => match d {
            D::HigherIsBetter => "Høyere er bedre",
            D::LowerIsBetter => "Lavere er bedre",
        },
        Term::ExtractionForm(f) => match f {
            EF::BudgetCut => "Budsjettkutt",
            EF::Reallocation => "Omdisponert til prioritert område",
            EF::IncreasedVolume => "Økt volum",
            EF::ImprovedQuality => "Bedre kvalitet",
            EF::NotExtracted => "Ikke hentet ut",
        },
        Term::ChecklistStatus(s) => match s {
            CS::NotAnswered => "Ikke besvart",
            CS::Fulfilled => "Oppfylt",
            CS::Partly => "Delvis oppfylt",
            CS::NotFulfilled => "Ikke oppfylt",
            CS::NotRelevant => "Ikke relevant",
        },
        Term::ChecklistTitle(p) => match p {
            P::P1_1 => "Digitaliser virksomhetens tjenester",
            P::P1_2 => "Bruk nasjonale felleskomponenter",
            P::P1_3 => "Tekniske krav til digitale løsninger",
            P::P1_4 => "Offentlig informasjon tilgjengelig for viderebruk",
            P::P1_5 => "Veiledning om digitale tjenester",
            P::P1_5b => "Veiledning videre til andre virksomheter",
            P::P1_6 => "Elektronisk faktura",
            P::P1_7 => "Informasjonssikkerhet",
            P::P1_8 => "Samordning med kommunesektoren",
            P::P1_9 => "Planlegging og styring",
            P::P1_10 => "Gevinstrealisering",
            P::P2_1 => "IKT-satsingsforslag sendt i kopi",
            P::P2_2 => "Selvdeklarasjonsskjema",
            P::P2_3 => "Ekstern kvalitetssikring (KS1/KS2)",
        },
        Term::ChecklistText(p) => match p {
            P::P1_1 => {
                "Relevante søknader, skjemaer og rapporteringer kan fylles ut og sendes inn digitalt av eksterne brukere. Rundskrivet anbefaler i tillegg at tjenestene registreres i den nasjonale veiviseren (norge.no)."
            }
            P::P1_2 => {
                "ID-porten brukes til innlogging, Altinn til tjenester for næringslivet, og digital postkasse og Kontakt- og reservasjonsregisteret til innbyggerne. Folkeregisteret, Enhetsregisteret og Matrikkelen brukes der det er aktuelt."
            }
            P::P1_3 => {
                "Løsningene er universelt utformet (WCAG), statens arkitekturprinsipper følges, og obligatoriske IT-standarder brukes."
            }
            P::P1_4 => "Egnet offentlig informasjon gjøres tilgjengelig i maskinlesbare formater.",
            P::P1_5 => {
                "Brukerne får hjelp og veiledning til å bruke virksomhetens digitale tjenester."
            }
            P::P1_5b => {
                "Virksomheter med grenseoverskridende ansvarsområder kommuniserer sammenhengen tydelig gjennom sine digitale tjenester og veileder videre også til andre virksomheter."
            }
            P::P1_6 => {
                "Leverandører sender faktura i EHF-format, og privatpersoner med gjentakende fakturaer tilbys elektronisk faktura."
            }
            P::P1_7 => {
                "Virksomheten har internkontroll for informasjonssikkerhet basert på anerkjente standarder for styringssystem."
            }
            P::P1_8 => {
                "IT-tiltak som i vesentlig grad berører kommunesektoren, drøftes tidlig med KS."
            }
            P::P1_9 => {
                "IKT-relaterte tiltak planlegges med prosjektmodell, utredning av vesentlige konsekvenser og samfunnsøkonomisk analyse."
            }
            P::P1_10 => {
                "En gevinstansvarlig leder i linjen er utpekt, og det finnes en plan for realisering og måling av gevinstene."
            }
            P::P2_1 => {
                "IKT-relaterte budsjettforslag sendes i kopi til departementet med ansvar for digitalisering, for vurdering."
            }
            P::P2_2 => "IKT-relaterte satsingsforslag har vedlagt utfylt selvdeklarasjonsskjema.",
            P::P2_3 => {
                "IKT-investeringer over terskelverdien kvalitetssikres eksternt i Finansdepartementets KS-ordning."
            }
        },
        Term::Obligation(o) => match o {
            O::Obligation => "Skal/må (krav)",
            O::Recommendation => "Bør (anbefaling)",
        },
        Term::JustificationDemand(d) => match d {
            JD::Exemptions => "unntak fra kravene om digital utfylling og innsending",
            JD::Altinn => {
                "valget om ikke å bruke Altinns infrastruktur når virksomheten kunne brukt den"
            }
            JD::ArchitecturePrinciples => "avvik fra statens arkitekturprinsipper",
            JD::SelfDeclaration => "avvik fra vurderingskriteriene i selvdeklarasjonsskjemaet",
        },
        Term::ExemptionGround(g) => match g {
            EG::NotStated => "Ikke oppgitt",
            EG::NotProfitable => "Digitalisering lønner seg verken for bruker eller forvaltning",
            EG::PlannedWithinBudget => {
                "Konkrete planer om digitalisering innenfor gjeldende budsjettrammer"
            }
        },
        Term::CatalogueRegistration(c) => match c {
            CR::NotRecorded => "Ikke oppgitt",
            CR::Registered => "Registrert",
            CR::NotRegistered => "Ikke registrert",
        },
        Term::ServiceChain(c) => match c {
            SC::NotAssessed => capital(Word::NotAssessed, Language::Nb),
            SC::Yes => "Ja, bør ses i sammenheng",
            SC::No => "Nei, vurdert",
        },
    }
}
