//! Funn fra valideringen på bokmål.

use crate::i18n::{FindingWord, Word, YearText};
use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::AgencyNameMissing => {
            "Virksomhetens navn mangler. Skriv det inn; navnet står i tittelen på rapportdelen."
        }
        Rule::OrgNumberMissing => {
            "Organisasjonsnummeret mangler. Skriv inn virksomhetens ni sifre fra Enhetsregisteret."
        }
        Rule::OrgNumberInvalid => {
            "Organisasjonsnummeret «{org_number}» er ikke gyldig. Det skal være ni sifre; sjekk det mot Enhetsregisteret."
        }
        Rule::ParentMinistryMissing => {
            "Overordnet departement mangler. Skriv inn departementet virksomheten hører under."
        }
        Rule::ReportYearImplausible => {
            "Rapportåret {year} ser feil ut. Skriv året årsrapporten gjelder, mellom 2000 og {latest}."
        }
        Rule::HoursPerFteNotPositive => {
            "Timer per årsverk må være større enn null. Vanlig verdi er 1\u{a0}695 timer."
        }
        Rule::DigitalThresholdsReversed => {
            "Den nedre grensen for innsendinger i året ({low}) er høyere enn den øvre ({high}). Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) bruker 3\u{a0}000 og 5\u{a0}000; rett grensene i innstillingene."
        }
        Rule::DiscountBandsNotAscending => {
            "Trinn {band} i kalkulasjonsrenten slutter ikke etter trinnet foran. Trinnene må komme etter hverandre med stigende sluttår, og bare det siste kan gjelde alle senere år. Rett tabellen, eller bruk satsene i R-109/2021."
        }
        Rule::DiscountRateTooLow => {
            "Kalkulasjonsrenten {percent} er ikke mulig: en rente på −100\u{a0}% eller lavere gir ingen nåverdi. Rett satsen, eller bruk satsene i R-109/2021 (4\u{a0}%, 3\u{a0}% og 2\u{a0}%)."
        }
        Rule::PriorityAreaNameMissing => {
            "Et prioritert område mangler navn. Gi området et kort navn, slik det skal stå i rapporten."
        }
        Rule::DuplicateId => {
            "«{name}» har samme interne id som en annen oppføring i samme liste. Det skjer når en fil er redigert for hånd. Slett den doble oppføringen, eller lag den på nytt."
        }
        Rule::NoMeasures => {
            "Det er ikke lagt inn noen effektiviseringstiltak. Årsrapporten skal vise iverksatte og planlagte tiltak; legg inn minst ett."
        }
        Rule::NoActiveMeasures => {
            "Alle tiltakene er stanset. Årsrapporten skal vise iverksatte og planlagte tiltak; sjekk statusen på tiltakene."
        }
        Rule::MeasureTitleMissing => {
            "Et tiltak mangler tittel. Gi tiltaket en kort tittel, slik den skal stå i rapporten."
        }
        Rule::DigitalisationWithoutAssessment => {
            "Tiltaket «{title}» digitaliserer arbeidsprosesser eller tjenester, men mangler den særlige vurderingen årsrapporten krever. Skriv vurderingen."
        }
        Rule::MeasureDatesReversed => {
            "Tiltaket «{title}» slutter {end}, før det starter {start}. Rett start- eller sluttdatoen."
        }
        Rule::MeasureServiceMissing => {
            "Tiltaket «{title}» er koblet til tjenester som ikke finnes i tjenestelisten (antall: {count}). Fjern koblingene, eller legg inn tjenestene på nytt."
        }
        Rule::DigitalisationWithoutServices => {
            "Tiltaket «{title}» digitaliserer, men er ikke koblet til noen tjeneste. Koble det til tjenestene det gjelder, så henger tiltak og tjenestevurdering sammen i rapporten."
        }
        Rule::MeasureNegativeInvestment => {
            "Investeringen i tiltaket «{title}» er negativ ({investment}). Skriv beløpet som et positivt tall."
        }
        Rule::MeasureNegativeOperatingCost => {
            "De årlige driftskostnadene for tiltaket «{title}» er negative ({amount}). Skriv beløpet som et positivt tall."
        }
        Rule::MeasureAboveKsThreshold => {
            "Tiltaket «{title}» har en anslått samlet kostnad på {cost} (investering og driftskostnader over analyseperioden), over grensen for ekstern kvalitetssikring ({ks_threshold}). Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 2.3: beskriv kvalitetssikringen (KS1/KS2) under punkt 2.3 i sjekklisten."
        }
        Rule::ServiceNameMissing => {
            "En tjeneste mangler navn. Gi tjenesten navnet brukerne kjenner den under."
        }
        Rule::DigitalShareOutOfRange => {
            "Digital andel for tjenesten «{name}» er {percent}. Andelen må være mellom 0 og 100\u{a0}%."
        }
        Rule::ServiceNotDigitalHigh => {
            "Tjenesten «{name}» har {volume, plural, one {# innsending} other {# innsendinger}} i året, men er ikke digital. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 satte fristen {deadline} for tjenester med over {threshold, plural, one {# innsending} other {# innsendinger}} i året. Lag en plan, eller skriv hvorfor tjenesten er unntatt."
        }
        Rule::ServiceNotDigitalLow => {
            "Tjenesten «{name}» har {volume, plural, one {# innsending} other {# innsendinger}} i året, men er ikke digital. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 satte fristen {deadline} for tjenester med {low}–{high, plural, one {# innsending} other {# innsendinger}} i året. Lag en plan, eller skriv hvorfor tjenesten er unntatt."
        }
        Rule::ServiceExempted => {
            "Tjenesten «{name}» har {volume, plural, one {# innsending} other {# innsendinger}} i året og er ikke digital, men er unntatt: «{reason}». Sjekk at begrunnelsen fortsatt gjelder."
        }
        Rule::ServicePlanWithoutWhat => {
            "Tjenesten «{name}» gjenstår å digitalisere, men planen sier ikke hva som skal gjøres."
        }
        Rule::ServicePlanWithoutResponsible => {
            "Tjenesten «{name}» gjenstår å digitalisere, men planen sier ikke hvem som er ansvarlig."
        }
        Rule::ServicePlanWithoutDue => {
            "Tjenesten «{name}» gjenstår å digitalisere, men planen har ingen frist. Sett en dato."
        }
        Rule::ServicePlanOverdue => {
            "Fristen i planen for tjenesten «{name}» ({due}) er passert, men tjenesten gjenstår fortsatt å digitalisere. Sett en ny frist, eller oppdater status for tjenesten."
        }
        Rule::SelfServiceNotAssessed => {
            "Det er ikke vurdert om tjenesten «{name}» egner seg for digital selvbetjening."
        }
        Rule::InstantDecisionNotAssessed => {
            "Det er ikke vurdert om tjenesten «{name}» egner seg for straksavgjørelser."
        }
        Rule::AutomationNotAssessed => {
            "Det er ikke vurdert om tjenesten «{name}» egner seg for automatisert saksbehandling."
        }
        Rule::UserOrientationNotAssessed => {
            "Det er ikke vurdert om den digitale tjenesten «{name}» er brukerorientert, eller om den bør re-designes, forenkles eller bortfalle."
        }
        Rule::UserOrientationWithoutReason => {
            "Tjenesten «{name}» bør re-designes, forenkles eller bortfalle, men begrunnelsen mangler. Skriv kort hvorfor."
        }
        Rule::ReusableOtherMissing => {
            "For tjenesten «{name}» er «Annet» valgt for informasjon som kan gjenbrukes, men kilden er ikke navngitt. Skriv hvilken kilde det er."
        }
        Rule::ServiceChainWithoutPartners => {
            "Tjenesten «{name}» skal ses i en tjenestekjede, men det står ikke hvilke andre virksomheter og tjenester kjeden omfatter."
        }
        Rule::ServiceExemptionWithoutGround => {
            "Tjenesten «{name}» er unntatt, men det står ikke hvilket av de to grunnlagene i Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 unntaket bygger på: at digitalisering ikke lønner seg verken for bruker eller forvaltning, eller at det finnes konkrete planer om digitalisering innenfor gjeldende budsjettrammer."
        }
        Rule::ServiceExemptionNotDocumented => {
            "Tjenesten «{name}» er unntatt, men det står ikke hvor unntaket er dokumentert. Virksomheten må på forespørsel kunne dokumentere og begrunne unntak (Digitaliseringsrundskrivet 2013, punkt 1.1)."
        }
        Rule::ServiceNotInCatalogue => {
            "Den digitale tjenesten «{name}» er ikke registrert i tjenestekatalogen på norge.no. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 anbefaler at statlige virksomheter registrerer tjenestene sine der fortløpende."
        }
        Rule::ReusableNotAssessed => {
            "Det er ikke vurdert hvilken informasjon tjenesten «{name}» kan gjenbruke. Velg kildene, eller kryss av for at ingen informasjon kan gjenbrukes."
        }
        Rule::ReusableNoneContradicted => {
            "For tjenesten «{name}» står det både at ingen informasjon kan gjenbrukes, og kilder som kan gjenbrukes. Fjern det som ikke stemmer."
        }
        Rule::RegulationsNotAssessed => {
            "Det er ikke vurdert om regelverket for tjenesten «{name}» bør justeres eller forenkles. Skriv hvilket regelverk som bør gjennomgås, eller kryss av for at ingen trenger gjennomgang."
        }
        Rule::RegulationsNoneContradicted => {
            "For tjenesten «{name}» står det både at ikke noe regelverk trenger gjennomgang, og regelverk som bør gjennomgås. Fjern det som ikke stemmer."
        }
        Rule::ServiceChainNotAssessed => {
            "Det er ikke vurdert om tjenesten «{name}» bør ses i sammenheng med andre virksomheters tjenester i en tjenestekjede. Svar ja eller nei."
        }
        Rule::GainNameMissing => {
            "En gevinst mangler navn. Gi gevinsten et kort navn, slik det skal stå i rapporten."
        }
        Rule::GainWithoutMeasure => {
            "Gevinsten «{name}» er ikke knyttet til noe tiltak. Velg tiltaket gevinsten kommer fra."
        }
        Rule::GainMeasureMissing => {
            "Gevinsten «{name}» er knyttet til et tiltak som ikke finnes lenger. Velg tiltaket gevinsten kommer fra."
        }
        Rule::GainWithoutOwner => {
            "Gevinsten «{name}» mangler gevinstansvarlig. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.10 anbefaler at det pekes ut en gevinstansvarlig, normalt en leder i linjen som skal realisere gevinstene."
        }
        Rule::GainWithoutIndicator => {
            "Gevinsten «{name}» mangler indikator. Skriv hva gevinsten måles med, for eksempel saksbehandlingstid."
        }
        Rule::GainWithoutUnit => {
            "Indikatoren for gevinsten «{name}» mangler enhet, for eksempel dager, timer eller prosent."
        }
        Rule::GainWithoutBaseline => {
            "Gevinsten «{name}» mangler nullpunkt. Skriv verdien fra nullpunktsmålingen og datoen den ble målt."
        }
        Rule::GainWithoutTarget => {
            "Gevinsten «{name}» mangler mål. Skriv målverdien og datoen den skal være nådd."
        }
        Rule::GainDatesReversed => {
            "Måldatoen for gevinsten «{name}» ({target_date}) er før nullpunktsdatoen ({baseline_date}). Rett en av datoene."
        }
        Rule::GainWithoutYears => {
            "Gevinsten «{name}» har ingen tall per år. Legg inn planlagte og realiserte verdier for årene gevinsten gjelder."
        }
        Rule::GainDuplicateYear => {
            "Gevinsten «{name}» har året {year} mer enn én gang. Slå radene sammen til én."
        }
        Rule::GainRealisedInFuture => {
            "Gevinsten «{name}» har realiserte verdier for {year}, et år som ikke er kommet ennå. Flytt tallene til planlagt, eller rett året."
        }
        Rule::GainCashWithoutAmounts => {
            "Gevinsten «{name}» er en kontantgevinst, men har ingen beløp i kroner. Legg inn planlagte og realiserte beløp per år."
        }
        Rule::GainTimeWithoutHours => {
            "Gevinsten «{name}» er en tidsgevinst, men har ingen timer. Legg inn planlagte og realiserte timer per år."
        }
        Rule::GainPriceYearNotConvertible => {
            "Beløpene for gevinsten «{name}» er i {price_year}-kroner, men rapporten bruker {report_price_year}-kroner, og prisindeksen mangler ett av årene. Legg inn indeksen for begge årene i innstillingene, ellers blandes kroneår i summene."
        }
        Rule::TimeGainHoursAndKronerDisagree => {
            "Tidsgevinsten «{name}» har både timer og kroner i {year}, og de stemmer ikke overens: timene er verdt {valued} med kostnaden per årsverk, mens beløpet er {amount}. Nåverdien bruker timene. Rett ett av tallene, eller fjern beløpet."
        }
        Rule::RealisedWithoutExtraction => {
            "Gevinsten «{name}» er realisert i {year}, men det er ikke registrert noe uttak for det året. Registrer hvordan gevinsten er hentet ut, eller et uttak med formen «Ikke hentet ut» og hvorfor."
        }
        Rule::ExtractionWithoutGain => {
            "Et uttak i {year} er ikke knyttet til noen gevinst. Velg gevinsten uttaket kommer fra."
        }
        Rule::ExtractionGainMissing => {
            "Et uttak i {year} er knyttet til en gevinst som ikke finnes lenger. Velg gevinsten uttaket kommer fra."
        }
        Rule::ExtractionWithoutPriorityArea => {
            "Uttaket fra «{gain}» i {year} er en omdisponering, men det står ikke hvilket prioritert område ressursene gikk til. Velg området."
        }
        Rule::ExtractionPriorityAreaMissing => {
            "Uttaket fra «{gain}» i {year} er omdisponert til et prioritert område som ikke finnes lenger. Velg området på nytt."
        }
        Rule::NotExtractedWithoutReason => {
            "Gevinsten «{gain}» er ikke tatt ut i {year}, men det står ikke hvorfor. Skriv en kort begrunnelse."
        }
        Rule::ExtractionWithoutAmount => {
            "Uttaket fra «{gain}» i {year} har verken beløp eller årsverk. Rapporten skal vise hva som er tatt ut i kroner og årsverk."
        }
        Rule::ExtractionNegativeAmount => {
            "Uttaket fra «{gain}» i {year} har et negativt beløp ({amount}). Skriv beløpet som et positivt tall."
        }
        Rule::ExtractionNegativeFte => {
            "Uttaket fra «{gain}» i {year} har et negativt antall årsverk ({fte}). Skriv et positivt tall."
        }
        Rule::ExtractionAboveRealised => {
            "Uttakene fra «{gain}» i {year} er til sammen {extracted}, mer enn den realiserte gevinsten det året ({realised}). Sjekk beløpene."
        }
        Rule::ExtractionAbovePlanned => {
            "Uttakene fra «{gain}» i {year} er til sammen {extracted}, mer enn den planlagte gevinsten det året ({planned}). Sjekk beløpene."
        }
        Rule::ExtractionWithoutGainValue => {
            "Det er tatt ut {extracted} fra «{gain}» i {year}, men gevinsten har ikke noe beløp i kroner for det året. Legg inn planlagt eller realisert gevinst for {year}."
        }
        Rule::FteAboveRealised => {
            "Uttakene fra «{gain}» i {year} er til sammen {fte} årsverk, mer enn de realiserte timene det året tilsvarer ({realised_fte} årsverk). Sjekk tallene."
        }
        Rule::FteAbovePlanned => {
            "Uttakene fra «{gain}» i {year} er til sammen {fte} årsverk, mer enn de planlagte timene det året tilsvarer ({planned_fte} årsverk). Sjekk tallene."
        }
        Rule::FteWithoutGainHours => {
            "Det er tatt ut {fte} årsverk fra «{gain}» i {year}, men gevinsten har ingen timer for det året. Legg inn planlagte eller realiserte timer for {year}."
        }
        Rule::DuplicateExtractionId => {
            "Uttaket fra «{gain}» i {year} har samme interne id som et annet uttak. Det skjer når en fil er redigert for hånd. Slett det doble uttaket, eller lag det på nytt."
        }
        Rule::ExtractionFromOtherActors => {
            "Uttaket fra «{gain}» i {year} er hentet fra en gevinst for andre aktører. Virksomheten kan ikke ta ut det innbyggere, næringsliv eller andre virksomheter har spart. Knytt uttaket til en av virksomhetens egne gevinster, eller slett det."
        }
        Rule::ChecklistNotAnswered => {
            "Punkt {point} i sjekklisten («{point_title}») er ikke besvart. Velg oppfylt, delvis oppfylt, ikke oppfylt eller ikke relevant."
        }
        Rule::DeviationWithoutJustification => {
            "Punkt {point} i sjekklisten («{point_title}») er ikke helt oppfylt, men mangler begrunnelse. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) krever at {point_demand} begrunnes."
        }
        Rule::DeviationUnexplained => {
            "Punkt {point} i sjekklisten («{point_title}») er ikke helt oppfylt. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) krever ingen begrunnelse her, men en kort forklaring gjør rapporten lettere å lese."
        }
        Rule::NotRelevantWithoutJustification => {
            "Punkt {point} i sjekklisten («{point_title}») er merket ikke relevant. Skriv gjerne kort hvorfor punktet ikke gjelder virksomheten."
        }
        Rule::ChecklistDuplicatePoint => {
            "Punkt {point} («{point_title}») står mer enn én gang i sjekklisten, trolig fordi filen er redigert for hånd. Svarene kan bli blandet sammen i rapporten; be den som redigerte filen, om å fjerne det doble punktet."
        }
        Rule::OwnPointTitleMissing => {
            "Et av departementets egne krav mangler tekst. Skriv kravet slik departementet har formulert det."
        }
        Rule::OwnPointNotAnswered => {
            "Departementets krav «{title}» er ikke besvart. Velg oppfylt, delvis oppfylt, ikke oppfylt eller ikke relevant."
        }
        Rule::OwnPointWithoutJustification => {
            "Departementets krav «{title}» er ikke helt oppfylt, men mangler begrunnelse. Departementet krever at avvik begrunnes."
        }
        Rule::OwnPointUnexplained => {
            "Departementets krav «{title}» er ikke helt oppfylt. Departementet krever ingen begrunnelse, men en kort forklaring gjør rapporten lettere å lese."
        }
        Rule::OwnPointWithoutSource => {
            "Det står ikke hvor departementet stiller kravet «{title}». Skriv kilden, for eksempel tildelingsbrevet og punktet."
        }
        Rule::IntroductionMissing => {
            "Innledningen er tom. Skriv gjerne noen setninger om virksomhetens arbeid med effektivisering og digitalisering."
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
