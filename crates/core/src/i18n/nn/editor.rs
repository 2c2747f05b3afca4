//! Tekstane i redigeringsstega på nynorsk.

use crate::i18n::EditorText as E;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::Word(w) => w.text(Language::Nn),
        E::KeptLastValue => "Førre verdi er halden på: {value}.",
        E::KeptEmpty => "tomt",
        E::DateHint => "dd.mm.åååå",
        E::PickDate => "Vel dato i kalender",
        E::PreviousMonth => "Førre månad",
        E::NextMonth => "Neste månad",
        E::Today => "I dag",
        E::ClearDate => "Tøm",
        E::WeekdaysShort => "må ty on to fr la su",
        E::MonthNames => {
            "januar februar mars april mai juni juli august september oktober november desember"
        }
        E::NoneChosen => "(ingen)",
        E::Search => "Søk",
        E::SearchHint => "Filtrer lista ({shortcut})",
        E::ShownOfTotal => "{shown} av {total}",
        E::NoMatches => "Ingen rader passar til søket.",
        E::ListEmpty => "Lista er tom. Trykk «Legg til».",
        E::Add => "Legg til",
        E::Duplicate => "Dupliser",
        E::Delete => "Slett",
        E::DeletedNotice => "«{name}» er sletta – Angre ({shortcut})",
        E::Dismiss => "Skjul melding",
        E::NothingSelected => "Vel ei rad i lista for å sjå og endre detaljane.",
        E::CopySuffix => "(kopi)",
        E::HelpHeading => "Kva årsrapporten krev",
        E::ReadOnlyNotice => "Fila er frå ein nyare versjon av Gevinst og kan berre lesast.",
        E::Name => "Namn",
        E::Title => "Tittel",
        E::PriceYear => "Kroneår",
        E::Amount => "Beløp",
        E::RemoveRow => "Fjern",
        E::MissingReference => "(finst ikkje lenger)",
        E::Id => "ID",
        E::SectionReport => "Årsrapporten",
        E::SectionSettings => "Berekningsgrunnlag",
        E::SectionFileInfo => "Om prosjektfila",
        E::AgencyName => "Namnet på verksemda",
        E::OrgNumber => "Organisasjonsnummer",
        E::OrgNumberValid => "Gyldig organisasjonsnummer.",
        E::OrgNumberInvalid => {
            "Ikkje eit gyldig organisasjonsnummer: ni siffer, der det siste er eit kontrollsiffer (modulus 11)."
        }
        E::ParentMinistry => "Overordna departement",
        E::ReportYear => "Rapportår",
        E::ReportPart => "Del av årsrapporten",
        E::DefaultPriceYear => "Kroneår for summar",
        E::HoursPerFte => "Timar per årsverk",
        E::CostPerFte => "Kostnad per årsverk",
        E::DiscountRates => "Kalkulasjonsrente",
        // Faguttrykka for berekningane (rundskriv R-109/2021, KS-ordninga) er skrivne som på
        // bokmål.
        E::Rate
        | E::AddBand
        | E::ResetR109
        | E::TaxFinancingCost
        | E::RealPriceGrowth
        | E::AnalysisPeriod
        | E::KsThreshold => crate::i18n::nb::editor::text(key),
        E::ComparisonYear => "Samanlikningsår for noverdiar",
        E::ComparisonYearHint => "Tomt: rapportåret",
        E::UntilYear => "Til og med år",
        E::AllLaterYears => "alle seinare år",
        E::DigitalThresholdHigh => "Volumterskel for digitale tenester (frist 2014)",
        E::DigitalThresholdLow => "Volumterskel for digitale tenester (frist 2015)",
        E::PerYearUnit => "per år",
        E::PriceIndex => "Prisindeks",
        E::IndexValue => "Indeks",
        E::AddIndexYear => "Legg til år",
        E::PriceIndexEmpty => "Ingen indeks registrert. Beløp blir ikkje rekna om mellom kroneår.",
        E::Created => "Oppretta",
        E::Modified => "Sist lagra",
        E::LastEditedBy => "Sist lagra av",
        E::AreaUsedBy => "Blir brukt i {count, plural, one {# uttak} other {# uttak}}.",
        E::StartDate => "Startdato",
        E::EndDate => "Sluttdato",
        E::ResponsibleUnit => "Ansvarleg eining",
        E::ResponsiblePerson => "Ansvarleg person",
        E::DigitalisationCheck => "Tiltaket digitaliserer arbeidsprosessar eller tenester",
        E::SpecialAssessment => "Særleg vurdering",
        E::SpecialAssessmentHint => {
            "Korleis er digitaliseringa vurdert? Til dømes brukarbehov, gjenbruk av data, regelverk, risiko og gevinstar."
        }
        E::SpecialAssessmentRequired => {
            "Tiltak som digitaliserer, skal vere særleg vurderte. Skriv vurderinga her."
        }
        E::MeasureServices => "Tenester tiltaket rører ved",
        E::NoServicesYet => "Ingen tenester registrerte enno (sjå steget Tenester).",
        E::MeasureGains => "Gevinstar frå tiltaket: {count}",
        E::NewMeasure => "Nytt tiltak",
        E::ListServices => "Tenester",
        E::SectionServiceFacts => "Om tenesta",
        E::SectionReuse => "Gjenbruk, regelverk og tenestekjeder",
        E::SectionPlan => "Strategi og plan for realisering",
        E::AnnualVolume => "Årleg volum",
        E::DigitallyAvailable => "Digital",
        E::DigitallyAvailableCheck => "Brukarane kan fylle ut og sende inn digitalt i dag",
        E::RemainsToDigitalise => "Står att",
        E::RemainsToDigitaliseCheck => "Tenesta står att å digitalisere",
        E::ExemptionReason => "Grunngiving for unntak",
        E::ExemptionReasonHint => {
            "Dersom digitalisering ikkje løner seg for brukar eller forvaltning: kvifor?"
        }
        E::InstantDecision => "Straksavgjerder",
        E::UserOrientation => "Er den digitale tenesta brukarorientert?",
        E::UserOrientationReason => Wording::Capital(Word::Justification).text(Language::Nn),
        E::ReusableInformation => "Informasjon som kan gjenbrukast",
        E::ReusableOther => "Annan informasjon",
        E::RegulationsToReview => "Regelverk som bør gjennomgåast",
        E::ServiceChain => "Tenestekjede",
        E::ServiceChainCheck => "Bør sjåast saman med tenestene til andre verksemder",
        E::ServiceChainPartners => "Verksemder og tenester i kjeda",
        E::ExemptionGround => "Grunnlag for unntak",
        E::ExemptionDocumentedIn => "Unntaket er dokumentert i",
        E::ExemptionDocumentedInHint => {
            "Saksnummer eller dokument, så unntaket kan dokumenterast på førespurnad"
        }
        E::Catalogue => "Registrert i tenestekatalogen (norge.no)",
        E::ReusableNone => "Ingen gjenbruk",
        E::ReusableNoneCheck => "Vurdert: ingen informasjon frå andre kjelder kan gjenbrukast",
        E::RegulationsNone => "Ikkje noko regelverk å gå gjennom",
        E::RegulationsNoneCheck => "Vurdert: ikkje noko regelverk treng gjennomgang",
        E::PlanWhat => "Kva skal gjerast",
        E::OverHighThreshold => {
            "Over {threshold, plural, one {# innsending} other {# innsendingar}} per år, men ikkje digital: skulle vore digital innan 30.06.2014 (Digitaliseringsrundskrivet 2013, punkt 1.1), med mindre unntaket er grunngitt."
        }
        E::OverLowThreshold => {
            "Over {threshold, plural, one {# innsending} other {# innsendingar}} per år, men ikkje digital: skulle vore digital innan 30.06.2015 (Digitaliseringsrundskrivet 2013, punkt 1.1), med mindre unntaket er grunngitt."
        }
        E::FlagNotDigital => "Ikkje digital",
        E::NewService => "Ny teneste",
        E::Beneficiary => "Kven får gevinsten",
        E::Unit => "Eining",
        E::BaselineDate => "Nullpunkt målt",
        E::TargetDate => "Måldato",
        E::Direction => "Retning",
        E::OwnerHint => "Ein leiar i linja",
        E::SectionYears => "Planlagt og realisert per år",
        E::PlannedHours => "Planlagde timar",
        E::RealisedHours => "Realiserte timar",
        E::PlannedIndicator => "Planlagd indikator",
        E::RealisedIndicator => "Målt indikator",
        E::AddYear => "Legg til år",
        E::RemoveYear => "Fjern år {year}",
        E::NoYearsYet => "Ingen år registrerte enno.",
        E::FteOfHours => "= {fte, plural, one {# årsverk} other {# årsverk}}",
        E::RealisedTotal => "Realisert i alt",
        E::ShowExtractions => "Vis uttak",
        E::NewGain => "Ny gevinst",
        E::ListExtractions => "Uttak",
        E::ExtractionDescriptionHint => "Kva vart gjort? Ved «Ikkje henta ut»: kvifor ikkje?",
        E::FilterYear => "Vis år",
        E::AllYears => "Alle år",
        E::FilterGain => "Vis gevinst",
        E::AllGains => "Alle gevinstar",
        E::RealisedThatYear => "Realisert gevinst i {year}: {amount}",
        E::NoRealisedThatYear => "Gevinsten har ingen realisert verdi for {year}.",
        E::ExtractedThatYear => "Henta ut av denne gevinsten same år: {amount}",
        E::Point => "Punkt",
        E::Answer => "Svar",
        E::JustificationRequired => "Avvik skal grunngivast. Skriv ei grunngiving.",
        E::ChecklistProgress => {
            "{answered} av {total, plural, one {# punkt svara} other {# punkt svara}}"
        }
        E::ObligationLabel => "Krav eller tilråding",
        E::DemandNote => "Rundskrivet krev at {demand} blir grunngitt.",
        E::OwnPointsHeading => "Eigne krav frå departementet",
        E::OwnPointsIntro => {
            "Det enkelte departementet kan ha eigne krav utover dei felles krava. Legg dei til her, så blir dei svara på og rapporterte som punkta i rundskrivet."
        }
        E::AddOwnPoint => "Legg til eige krav",
        E::RemoveOwnPoint => "Fjern kravet",
        E::OwnPointSource => "Kjelde",
        E::OwnPointSourceHint => "Til dømes tildelingsbrev 2025, punkt 4.2",
        E::JustificationDemanded => "Grunngiving krevst",
        E::JustificationDemandedCheck => "Departementet krev at avvik blir grunngitt",
        E::IntroductionGuide => {
            "Innleiinga opnar kapittelet: kva verksemda har gjort for å effektivisere og digitalisere i året, og korleis arbeidet er organisert. Tom linje skil avsnitt."
        }
        E::ClosingGuide => {
            "Avslutninga kan samanfatte resultata og peike framover: planlagde tiltak, gevinstar som skal hentast ut, og kva som står att."
        }
        E::TextStats => {
            "{words, plural, one {# ord} other {# ord}}, {paragraphs, plural, one {# avsnitt} other {# avsnitt}}"
        }
        E::HelpAgency => {
            "Årsrapporten har seks faste delar: I Leiarens fråsegn, II Introduksjon til verksemda og hovudtal, III Aktivitetar og resultat i året, IV Styring og kontroll i verksemda, V Vurdering av framtidsutsikter og VI Årsrekneskap. Effektivisering blir vanlegvis rapportert i del III eller IV.\n\nBeløp blir førte i eit kroneår. Samfunnsøkonomiske berekningar følgjer rundskrivet R-109/2021 frå Finansdepartementet (som erstatta R-109/14 med dei same tala): kalkulasjonsrente 4 % dei første 40 åra, 3 % frå år 41 til 75 og 2 % deretter, og 20 % skattefinansieringskostnad. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 2.3 krev ekstern kvalitetssikring av store IKT-investeringar over ein terskelverdi."
        }
        E::HelpPriorities => {
            "Årsrapporten skal gjere greie for korleis effektiviseringsgevinstane av tiltaka blir henta ut, slik at dei kan omdisponerast til prioriterte område.\n\nRegistrer områda ressursane blir flytta til. Kvart uttak av typen «Omdisponert» blir knytt til eitt av dei."
        }
        E::HelpMeasures => {
            "Krav til årsrapporten:\n\n• Verksemda skal gjere greie for iverksette og planlagde effektiviseringstiltak.\n• Det skal gå fram at tiltak som inneheld digitalisering av arbeidsprosessar og tenester, er særleg vurderte.\n\nKryss av for digitalisering og skriv den særlege vurderinga for kvart slikt tiltak."
        }
        E::HelpServices => {
            "Digitalt førsteval: verksemda skal vurdere\n\n• kva tenester som står att å digitalisere, og kva som eignar seg for digital sjølvbetening, straksavgjerder og automatisert sakshandsaming;\n• om eksisterande digitale tenester er brukarorienterte, eller om dei bør re-designast, forenklast eller kan falle bort;\n• kva informasjon som kan gjenbrukast;\n• kva regelverk som bør justerast eller forenklast;\n• om tenesta bør sjåast saman med tenestene til andre verksemder (tenestekjeder);\n• strategiar og planar for realisering.\n\nDigitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1: tenester med over 5 000 innsendingar i året skulle vere digitale innan 30.06.2014, og tenester med 3 000–5 000 innan 30.06.2015. Unntak galdt der digitalisering ikkje løner seg verken for brukar eller forvaltning, og der det fanst konkrete planar om digitalisering innanfor gjeldande budsjettrammer; vel grunnlaget og skriv kvar unntaket er dokumentert. Rundskrivet tilrår at tenestene blir registrerte i tenestekatalogen på norge.no."
        }
        E::HelpGains => {
            "Gevinstrealisering (Digitaliseringsrundskrivet 2013, punkt 1.10, ei tilråding): det bør peikast ut ein gevinstansvarleg, normalt ein leiar i linja som skal realisere gevinstane, og lagast ein plan for realisering og måling.\n\nFor kvar gevinst: indikator med eining, nullpunkt og mål med datoar, retning, og planlagde og realiserte verdiar per år. Tidsgevinstar blir rekna om til årsverk. Alle beløp gjeld kroneåret til gevinsten."
        }
        E::HelpExtraction => {
            "Årsrapporten skal gjere greie for korleis effektiviseringsgevinstane blir henta ut, slik at dei kan omdisponerast til prioriterte område.\n\nFor kvart år og kvar gevinst: forma for uttak (budsjettkutt, omdisponering til eit prioritert område, auka volum, betre kvalitet, eller ikkje henta ut med grunngiving), beløp i kroner og årsverk."
        }
        E::HelpChecklist => {
            "Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 frå Fornyings-, administrasjons- og kyrkjedepartementet) gir krav og tilrådingar for digitaliseringsarbeidet (kapittel 1) og for IKT-relaterte satsingsforslag (kapittel 2). Kvart punkt viser om rundskrivet gjer det til eit krav (skal/må) eller ei tilråding (bør). Svar på kvart punkt.\n\nRundskrivet krev grunngiving for unntak frå digitale tenester (1.1), for å ikkje bruke Altinn (1.2), for avvik frå arkitekturprinsippa (1.3) og for avvik i sjølvdeklarasjonen (2.2). Ved andre avvik er ei kort forklaring frivillig, men ho gjer rapporten lettare å lese.\n\nDet enkelte departementet kan ha eigne krav utover dei felles krava; legg dei til nedst i sjekklista."
        }
        E::HelpTexts => {
            "Kapittelet i årsrapporten får ei innleiing og ei avslutning med orda til verksemda sjølv. Tiltak, tenester, gevinstar, uttak og sjekkliste blir sette inn automatisk mellom dei."
        }
    }
}
