//! Tekstene i redigeringstrinnene på bokmål.

use crate::i18n::EditorText as E;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::Word(w) => w.text(Language::Nb),
        E::KeptLastValue => "Forrige verdi er beholdt: {value}.",
        E::KeptEmpty => "tomt",
        E::DateHint => "dd.mm.åååå",
        E::PickDate => "Velg dato i kalender",
        E::PreviousMonth => "Forrige måned",
        E::NextMonth => "Neste måned",
        E::Today => "I dag",
        E::ClearDate => "Tøm",
        E::WeekdaysShort => "ma ti on to fr lø sø",
        E::MonthNames => {
            "januar februar mars april mai juni juli august september oktober november desember"
        }
        E::NoneChosen => "(ingen)",
        E::Search => "Søk",
        E::SearchHint => "Filtrer listen ({shortcut})",
        E::ShownOfTotal => "{shown} av {total}",
        E::NoMatches => "Ingen rader passer søket.",
        E::ListEmpty => "Listen er tom. Trykk «Legg til».",
        E::Add => "Legg til",
        E::Duplicate => "Dupliser",
        E::Delete => "Slett",
        E::DeletedNotice => "«{name}» er slettet – Angre ({shortcut})",
        E::Dismiss => "Skjul melding",
        E::NothingSelected => "Velg en rad i listen for å se og endre detaljene.",
        E::CopySuffix => "(kopi)",
        E::HelpHeading => "Hva årsrapporten krever",
        E::ReadOnlyNotice => "Filen er fra en nyere versjon av Gevinst og kan bare leses.",
        E::Name => "Navn",
        E::Title => "Tittel",
        E::PriceYear => "Kroneår",
        E::Amount => "Beløp",
        E::RemoveRow => "Fjern",
        E::MissingReference => "(finnes ikke lenger)",
        E::Id => "ID",
        E::SectionReport => "Årsrapporten",
        E::SectionSettings => "Beregningsgrunnlag",
        E::SectionFileInfo => "Om prosjektfilen",
        E::AgencyName => "Virksomhetens navn",
        E::OrgNumber => "Organisasjonsnummer",
        E::OrgNumberValid => "Gyldig organisasjonsnummer.",
        E::OrgNumberInvalid => {
            "Ikke et gyldig organisasjonsnummer: ni siffer, der det siste er et kontrollsiffer (modulus 11)."
        }
        E::ParentMinistry => "Overordnet departement",
        E::ReportYear => "Rapportår",
        E::ReportPart => "Del av årsrapporten",
        E::DefaultPriceYear => "Kroneår for summer",
        E::HoursPerFte => "Timer per årsverk",
        E::CostPerFte => "Kostnad per årsverk",
        E::DiscountRates => "Kalkulasjonsrente",
        E::UntilYear => "Til og med år",
        E::AllLaterYears => "alle senere år",
        E::Rate => "Rente",
        E::AddBand => "Legg til trinn",
        E::ResetR109 => "Bruk R-109/2021 (4 %, 3 %, 2 %)",
        E::TaxFinancingCost => "Skattefinansieringskostnad",
        E::RealPriceGrowth => "Realprisjustering per år",
        E::AnalysisPeriod => "Analyseperiode",
        E::ComparisonYear => "Sammenligningsår for nåverdier",
        E::ComparisonYearHint => "Tomt: rapportåret",
        E::KsThreshold => "Terskel for ekstern kvalitetssikring (KS1/KS2)",
        E::DigitalThresholdHigh => "Volumterskel for digitale tjenester (frist 2014)",
        E::DigitalThresholdLow => "Volumterskel for digitale tjenester (frist 2015)",
        E::PerYearUnit => "per år",
        E::PriceIndex => "Prisindeks",
        E::IndexValue => "Indeks",
        E::AddIndexYear => "Legg til år",
        E::PriceIndexEmpty => "Ingen indeks registrert. Beløp regnes ikke om mellom kroneår.",
        E::Created => "Opprettet",
        E::Modified => "Sist lagret",
        E::LastEditedBy => "Sist lagret av",
        E::AreaUsedBy => "Brukes i {count, plural, one {# uttak} other {# uttak}}.",
        E::StartDate => "Startdato",
        E::EndDate => "Sluttdato",
        E::ResponsibleUnit => "Ansvarlig enhet",
        E::ResponsiblePerson => "Ansvarlig person",
        E::DigitalisationCheck => "Tiltaket digitaliserer arbeidsprosesser eller tjenester",
        E::SpecialAssessment => "Særlig vurdering",
        E::SpecialAssessmentHint => {
            "Hvordan er digitaliseringen vurdert? For eksempel brukerbehov, gjenbruk av data, regelverk, risiko og gevinster."
        }
        E::SpecialAssessmentRequired => {
            "Tiltak som digitaliserer, skal være særlig vurdert. Skriv vurderingen her."
        }
        E::MeasureServices => "Tjenester tiltaket berører",
        E::NoServicesYet => "Ingen tjenester registrert ennå (se trinnet Tjenester).",
        E::MeasureGains => "Gevinster fra tiltaket: {count}",
        E::NewMeasure => "Nytt tiltak",
        E::ListServices => "Tjenester",
        E::SectionServiceFacts => "Om tjenesten",
        E::SectionReuse => "Gjenbruk, regelverk og tjenestekjeder",
        E::SectionPlan => "Strategi og plan for realisering",
        E::AnnualVolume => "Årlig volum",
        E::DigitallyAvailable => "Digital",
        E::DigitallyAvailableCheck => "Brukerne kan fylle ut og sende inn digitalt i dag",
        E::RemainsToDigitalise => "Gjenstår",
        E::RemainsToDigitaliseCheck => "Tjenesten gjenstår å digitalisere",
        E::ExemptionReason => "Begrunnelse for unntak",
        E::ExemptionReasonHint => {
            "Hvis digitalisering ikke lønner seg for bruker eller forvaltning: hvorfor?"
        }
        E::InstantDecision => "Straksavgjørelser",
        E::UserOrientation => "Er den digitale tjenesten brukerorientert?",
        E::UserOrientationReason => Wording::Capital(Word::Justification).text(Language::Nb),
        E::ReusableInformation => "Informasjon som kan gjenbrukes",
        E::ReusableOther => "Annen informasjon",
        E::RegulationsToReview => "Regelverk som bør gjennomgås",
        E::ServiceChain => "Tjenestekjede",
        E::ServiceChainCheck => "Bør ses i sammenheng med andre virksomheters tjenester",
        E::ServiceChainPartners => "Virksomheter og tjenester i kjeden",
        E::ExemptionGround => "Grunnlag for unntak",
        E::ExemptionDocumentedIn => "Unntaket er dokumentert i",
        E::ExemptionDocumentedInHint => {
            "Saksnummer eller dokument, så unntaket kan dokumenteres på forespørsel"
        }
        E::Catalogue => "Registrert i tjenestekatalogen (norge.no)",
        E::ReusableNone => "Ingen gjenbruk",
        E::ReusableNoneCheck => "Vurdert: ingen informasjon fra andre kilder kan gjenbrukes",
        E::RegulationsNone => "Ikke noe regelverk å gjennomgå",
        E::RegulationsNoneCheck => "Vurdert: ikke noe regelverk trenger gjennomgang",
        E::PlanWhat => "Hva skal gjøres",
        E::OverHighThreshold => {
            "Over {threshold, plural, one {# innsending} other {# innsendinger}} per år, men ikke digital: skulle vært digital innen 30.06.2014 (Digitaliseringsrundskrivet 2013, punkt 1.1), med mindre unntaket er begrunnet."
        }
        E::OverLowThreshold => {
            "Over {threshold, plural, one {# innsending} other {# innsendinger}} per år, men ikke digital: skulle vært digital innen 30.06.2015 (Digitaliseringsrundskrivet 2013, punkt 1.1), med mindre unntaket er begrunnet."
        }
        E::FlagNotDigital => "Ikke digital",
        E::NewService => "Ny tjeneste",
        E::Beneficiary => "Hvem får gevinsten",
        E::Unit => "Enhet",
        E::BaselineDate => "Nullpunkt målt",
        E::TargetDate => "Måldato",
        E::Direction => "Retning",
        E::OwnerHint => "En leder i linjen",
        E::SectionYears => "Planlagt og realisert per år",
        E::PlannedHours => "Planlagte timer",
        E::RealisedHours => "Realiserte timer",
        E::PlannedIndicator => "Planlagt indikator",
        E::RealisedIndicator => "Målt indikator",
        E::AddYear => "Legg til år",
        E::RemoveYear => "Fjern år {year}",
        E::NoYearsYet => "Ingen år registrert ennå.",
        E::FteOfHours => "= {fte, plural, one {# årsverk} other {# årsverk}}",
        E::RealisedTotal => "Realisert i alt",
        E::ShowExtractions => "Vis uttak",
        E::NewGain => "Ny gevinst",
        E::ListExtractions => "Uttak",
        E::ExtractionDescriptionHint => "Hva ble gjort? Ved «Ikke hentet ut»: hvorfor ikke?",
        E::FilterYear => "Vis år",
        E::AllYears => "Alle år",
        E::FilterGain => "Vis gevinst",
        E::AllGains => "Alle gevinster",
        E::RealisedThatYear => "Realisert gevinst i {year}: {amount}",
        E::NoRealisedThatYear => "Gevinsten har ingen realisert verdi for {year}.",
        E::ExtractedThatYear => "Hentet ut av denne gevinsten samme år: {amount}",
        E::Point => "Punkt",
        E::Answer => "Svar",
        E::JustificationRequired => "Avvik skal begrunnes. Skriv en begrunnelse.",
        E::ChecklistProgress => {
            "{answered} av {total, plural, one {# punkt} other {# punkter}} besvart"
        }
        E::ObligationLabel => "Krav eller anbefaling",
        E::DemandNote => "Rundskrivet krever at {demand} begrunnes.",
        E::OwnPointsHeading => "Departementets egne krav",
        E::OwnPointsIntro => {
            "Det enkelte departement kan ha egne krav utover de felles kravene. Legg dem til her, så besvares og rapporteres de som punktene i rundskrivet."
        }
        E::AddOwnPoint => "Legg til eget krav",
        E::RemoveOwnPoint => "Fjern kravet",
        E::OwnPointSource => "Kilde",
        E::OwnPointSourceHint => "For eksempel tildelingsbrev 2025, punkt 4.2",
        E::JustificationDemanded => "Begrunnelse kreves",
        E::JustificationDemandedCheck => "Departementet krever at avvik begrunnes",
        E::IntroductionGuide => {
            "Innledningen åpner kapitlet: hva virksomheten har gjort for å effektivisere og digitalisere i året, og hvordan arbeidet er organisert. Tom linje skiller avsnitt."
        }
        E::ClosingGuide => {
            "Avslutningen kan oppsummere resultatene og peke framover: planlagte tiltak, gevinster som skal hentes ut, og hva som gjenstår."
        }
        E::TextStats => {
            "{words, plural, one {# ord} other {# ord}}, {paragraphs, plural, one {# avsnitt} other {# avsnitt}}"
        }
        E::HelpAgency => {
            "Årsrapporten har seks faste deler: I Leders beretning, II Introduksjon til virksomheten og hovedtall, III Årets aktiviteter og resultater, IV Styring og kontroll i virksomheten, V Vurdering av framtidsutsikter og VI Årsregnskap. Effektivisering rapporteres vanligvis i del III eller IV.\n\nBeløp føres i et kroneår. Samfunnsøkonomiske beregninger følger Finansdepartementets rundskriv R-109/2021 (som erstattet R-109/14 med de samme tallene): kalkulasjonsrente 4 % de første 40 årene, 3 % fra år 41 til 75 og 2 % deretter, og 20 % skattefinansieringskostnad. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 2.3 krever ekstern kvalitetssikring av store IKT-investeringer over en terskelverdi."
        }
        E::HelpPriorities => {
            "Årsrapporten skal gjøre rede for hvordan effektiviseringsgevinstene av tiltakene hentes ut, slik at de kan omdisponeres til prioriterte områder.\n\nRegistrer områdene ressursene flyttes til. Hvert uttak av typen «Omdisponert» knyttes til ett av dem."
        }
        E::HelpMeasures => {
            "Krav til årsrapporten:\n\n• Virksomheten skal gjøre rede for iverksatte og planlagte effektiviseringstiltak.\n• Det skal fremgå at tiltak som inneholder digitalisering av arbeidsprosesser og tjenester, er særlig vurdert.\n\nKryss av for digitalisering og skriv den særlige vurderingen for hvert slikt tiltak."
        }
        E::HelpServices => {
            "Digitalt førstevalg: virksomheten skal vurdere\n\n• hvilke tjenester som gjenstår å digitalisere, og hvilke som egner seg for digital selvbetjening, straksavgjørelser og automatisert saksbehandling;\n• om eksisterende digitale tjenester er brukerorienterte, eller om de bør re-designes, forenkles eller kan bortfalle;\n• hvilken informasjon som kan gjenbrukes;\n• hvilket regelverk som bør justeres eller forenkles;\n• om tjenesten bør ses i sammenheng med andre virksomheters tjenester (tjenestekjeder);\n• strategier og planer for realisering.\n\nDigitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1: tjenester med over 5 000 innsendinger i året skulle være digitale innen 30.06.2014, og tjenester med 3 000–5 000 innen 30.06.2015. Unntak gjaldt der digitalisering ikke lønner seg verken for bruker eller forvaltning, og der det fantes konkrete planer om digitalisering innenfor gjeldende budsjettrammer; velg grunnlaget og skriv hvor unntaket er dokumentert. Rundskrivet anbefaler at tjenestene registreres i tjenestekatalogen på norge.no."
        }
        E::HelpGains => {
            "Gevinstrealisering (Digitaliseringsrundskrivet 2013, punkt 1.10, en anbefaling): det bør pekes ut en gevinstansvarlig, normalt en leder i linjen som skal realisere gevinstene, og lages en plan for realisering og måling.\n\nFor hver gevinst: indikator med enhet, nullpunkt og mål med datoer, retning, og planlagte og realiserte verdier per år. Tidsgevinster regnes om til årsverk. Alle beløp gjelder gevinstens kroneår."
        }
        E::HelpExtraction => {
            "Årsrapporten skal gjøre rede for hvordan effektiviseringsgevinstene hentes ut, slik at de kan omdisponeres til prioriterte områder.\n\nFor hvert år og hver gevinst: formen for uttak (budsjettkutt, omdisponering til et prioritert område, økt volum, bedre kvalitet, eller ikke hentet ut med begrunnelse), beløp i kroner og årsverk."
        }
        E::HelpChecklist => {
            "Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 fra Fornyings-, administrasjons- og kirkedepartementet) gir krav og anbefalinger for digitaliseringsarbeidet (kapittel 1) og for IKT-relaterte satsingsforslag (kapittel 2). Hvert punkt viser om rundskrivet gjør det til et krav (skal/må) eller en anbefaling (bør). Svar på hvert punkt.\n\nRundskrivet krever begrunnelse for unntak fra digitale tjenester (1.1), for ikke å bruke Altinn (1.2), for avvik fra arkitekturprinsippene (1.3) og for avvik i selvdeklarasjonen (2.2). Ved andre avvik er en kort forklaring frivillig, men gjør rapporten lettere å lese.\n\nDet enkelte departement kan ha egne krav utover de felles kravene; legg dem til nederst i sjekklisten."
        }
        E::HelpTexts => {
            "Kapitlet i årsrapporten får en innledning og en avslutning med virksomhetens egne ord. Tiltak, tjenester, gevinster, uttak og sjekkliste settes inn automatisk mellom dem."
        }
    }
}
