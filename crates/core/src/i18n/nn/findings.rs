//! Funn frå valideringa på nynorsk.

use crate::i18n::{FindingWord, Word, YearText};
use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::AgencyNameMissing => {
            "Namnet på verksemda manglar. Skriv det inn; namnet står i tittelen på rapportdelen."
        }
        Rule::OrgNumberMissing => {
            "Organisasjonsnummeret manglar. Skriv inn dei ni sifra til verksemda frå Einingsregisteret."
        }
        Rule::OrgNumberInvalid => {
            "Organisasjonsnummeret «{org_number}» er ikkje gyldig. Det skal vere ni siffer; sjekk det mot Einingsregisteret."
        }
        Rule::ParentMinistryMissing => {
            "Overordna departement manglar. Skriv inn departementet verksemda høyrer inn under."
        }
        Rule::ReportYearImplausible => {
            "Rapportåret {year} ser feil ut. Skriv året årsrapporten gjeld, mellom 2000 og {latest}."
        }
        Rule::HoursPerFteNotPositive => {
            "Timar per årsverk må vere større enn null. Vanleg verdi er 1\u{a0}695 timar."
        }
        Rule::DigitalThresholdsReversed => {
            "Den nedre grensa for innsendingar i året ({low}) er høgare enn den øvre ({high}). Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) brukar 3\u{a0}000 og 5\u{a0}000; rett grensene i innstillingane."
        }
        Rule::DiscountBandsNotAscending => {
            "Trinn {band} i kalkulasjonsrenta sluttar ikkje etter trinnet framfor. Trinna må kome etter kvarandre med stigande sluttår, og berre det siste kan gjelde alle seinare år. Rett tabellen, eller bruk satsane i R-109/2021."
        }
        Rule::DiscountRateTooLow => {
            "Kalkulasjonsrenta {percent} er ikkje mogleg: ei rente på −100\u{a0}% eller lågare gjev inga noverdi. Rett satsen, eller bruk satsane i R-109/2021 (4\u{a0}%, 3\u{a0}% og 2\u{a0}%)."
        }
        Rule::PriorityAreaNameMissing => {
            "Eit prioritert område manglar namn. Gi området eit kort namn, slik det skal stå i rapporten."
        }
        Rule::DuplicateId => {
            "«{name}» har same interne id som ei anna oppføring i same liste. Det skjer når ei fil er redigert for hand. Slett den doble oppføringa, eller lag henne på nytt."
        }
        Rule::NoMeasures => {
            "Det er ikkje lagt inn nokon effektiviseringstiltak. Årsrapporten skal vise iverksette og planlagde tiltak; legg inn minst eitt."
        }
        Rule::NoActiveMeasures => {
            "Alle tiltaka er stansa. Årsrapporten skal vise iverksette og planlagde tiltak; sjekk statusen på tiltaka."
        }
        Rule::MeasureTitleMissing => {
            "Eit tiltak manglar tittel. Gi tiltaket ein kort tittel, slik han skal stå i rapporten."
        }
        Rule::DigitalisationWithoutAssessment => {
            "Tiltaket «{title}» digitaliserer arbeidsprosessar eller tenester, men manglar den særlege vurderinga årsrapporten krev. Skriv vurderinga."
        }
        Rule::MeasureDatesReversed => {
            "Tiltaket «{title}» sluttar {end}, før det startar {start}. Rett start- eller sluttdatoen."
        }
        Rule::MeasureServiceMissing => {
            "Tiltaket «{title}» er kopla til tenester som ikkje finst i tenestelista (tal: {count}). Fjern koplingane, eller legg inn tenestene på nytt."
        }
        Rule::DigitalisationWithoutServices => {
            "Tiltaket «{title}» digitaliserer, men er ikkje kopla til nokon teneste. Kopla det til tenestene det gjeld, så heng tiltak og tenestevurdering saman i rapporten."
        }
        Rule::MeasureNegativeInvestment => {
            "Investeringa i tiltaket «{title}» er negativ ({investment}). Skriv beløpet som eit positivt tal."
        }
        Rule::MeasureNegativeOperatingCost => {
            "Dei årlege driftskostnadene for tiltaket «{title}» er negative ({amount}). Skriv beløpet som eit positivt tal."
        }
        Rule::MeasureAboveKsThreshold => {
            "Tiltaket «{title}» har ein anslått samla kostnad på {cost} (investering og driftskostnader over analyseperioden), over grensa for ekstern kvalitetssikring ({ks_threshold}). Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 2.3: gjer greie for kvalitetssikringa (KS1/KS2) under punkt 2.3 i sjekklista."
        }
        Rule::ServiceNameMissing => {
            "Ei teneste manglar namn. Gi tenesta namnet brukarane kjenner henne under."
        }
        Rule::DigitalShareOutOfRange => {
            "Digital del for tenesta «{name}» er {percent}. Delen må vere mellom 0 og 100\u{a0}%."
        }
        Rule::ServiceNotDigitalHigh => {
            "Tenesta «{name}» har {volume, plural, one {# innsending} other {# innsendingar}} i året, men er ikkje digital. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 sette fristen {deadline} for tenester med over {threshold, plural, one {# innsending} other {# innsendingar}} i året. Lag ein plan, eller skriv kvifor tenesta er unnateken."
        }
        Rule::ServiceNotDigitalLow => {
            "Tenesta «{name}» har {volume, plural, one {# innsending} other {# innsendingar}} i året, men er ikkje digital. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 sette fristen {deadline} for tenester med {low}–{high, plural, one {# innsending} other {# innsendingar}} i året. Lag ein plan, eller skriv kvifor tenesta er unnateken."
        }
        Rule::ServiceExempted => {
            "Tenesta «{name}» har {volume, plural, one {# innsending} other {# innsendingar}} i året og er ikkje digital, men er unnateken: «{reason}». Sjekk at grunngivinga framleis gjeld."
        }
        Rule::ServicePlanWithoutWhat => {
            "Tenesta «{name}» står att å digitalisere, men planen seier ikkje kva som skal gjerast."
        }
        Rule::ServicePlanWithoutResponsible => {
            "Tenesta «{name}» står att å digitalisere, men planen seier ikkje kven som er ansvarleg."
        }
        Rule::ServicePlanWithoutDue => {
            "Tenesta «{name}» står att å digitalisere, men planen har ingen frist. Set ein dato."
        }
        Rule::ServicePlanOverdue => {
            "Fristen i planen for tenesta «{name}» ({due}) er passert, men tenesta står framleis att å digitalisere. Set ein ny frist, eller oppdater status for tenesta."
        }
        Rule::SelfServiceNotAssessed => {
            "Det er ikkje vurdert om tenesta «{name}» eignar seg for digital sjølvbetening."
        }
        Rule::InstantDecisionNotAssessed => {
            "Det er ikkje vurdert om tenesta «{name}» eignar seg for straksavgjerder."
        }
        Rule::AutomationNotAssessed => {
            "Det er ikkje vurdert om tenesta «{name}» eignar seg for automatisert sakshandsaming."
        }
        Rule::UserOrientationNotAssessed => {
            "Det er ikkje vurdert om den digitale tenesta «{name}» er brukarorientert, eller om ho bør re-designast, forenklast eller falle bort."
        }
        Rule::UserOrientationWithoutReason => {
            "Tenesta «{name}» bør re-designast, forenklast eller falle bort, men grunngivinga manglar. Skriv kort kvifor."
        }
        Rule::ReusableOtherMissing => {
            "For tenesta «{name}» er «Anna» valt for informasjon som kan gjenbrukast, men kjelda er ikkje namngitt. Skriv kva kjelde det er."
        }
        Rule::ServiceChainWithoutPartners => {
            "Tenesta «{name}» skal sjåast i ei tenestekjede, men det står ikkje kva andre verksemder og tenester kjeda omfattar."
        }
        Rule::ServiceExemptionWithoutGround => {
            "Tenesta «{name}» er unnateken, men det står ikkje kva for eit av dei to grunnlaga i Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 unntaket byggjer på: at digitalisering ikkje løner seg verken for brukar eller forvaltning, eller at det finst konkrete planar om digitalisering innanfor gjeldande budsjettrammer."
        }
        Rule::ServiceExemptionNotDocumented => {
            "Tenesta «{name}» er unnateken, men det står ikkje kvar unntaket er dokumentert. Verksemda må på førespurnad kunne dokumentere og grunngi unntak (Digitaliseringsrundskrivet 2013, punkt 1.1)."
        }
        Rule::ServiceNotInCatalogue => {
            "Den digitale tenesta «{name}» er ikkje registrert i tenestekatalogen på norge.no. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 tilrår at statlege verksemder registrerer tenestene sine der fortløpande."
        }
        Rule::ReusableNotAssessed => {
            "Det er ikkje vurdert kva informasjon tenesta «{name}» kan gjenbruke. Vel kjeldene, eller kryss av for at ingen informasjon kan gjenbrukast."
        }
        Rule::ReusableNoneContradicted => {
            "For tenesta «{name}» står det både at ingen informasjon kan gjenbrukast, og kjelder som kan gjenbrukast. Fjern det som ikkje stemmer."
        }
        Rule::RegulationsNotAssessed => {
            "Det er ikkje vurdert om regelverket for tenesta «{name}» bør justerast eller forenklast. Skriv kva regelverk som bør gåast gjennom, eller kryss av for at ikkje noko treng gjennomgang."
        }
        Rule::RegulationsNoneContradicted => {
            "For tenesta «{name}» står det både at ikkje noko regelverk treng gjennomgang, og regelverk som bør gåast gjennom. Fjern det som ikkje stemmer."
        }
        Rule::ServiceChainNotAssessed => {
            "Det er ikkje vurdert om tenesta «{name}» bør sjåast i samanheng med tenestene til andre verksemder i ei tenestekjede. Svar ja eller nei."
        }
        Rule::GainNameMissing => {
            "Ein gevinst manglar namn. Gi gevinsten eit kort namn, slik det skal stå i rapporten."
        }
        Rule::GainWithoutMeasure => {
            "Gevinsten «{name}» er ikkje knytt til noko tiltak. Vel tiltaket gevinsten kjem frå."
        }
        Rule::GainMeasureMissing => {
            "Gevinsten «{name}» er knytt til eit tiltak som ikkje finst lenger. Vel tiltaket gevinsten kjem frå."
        }
        Rule::GainWithoutOwner => {
            "Gevinsten «{name}» manglar gevinstansvarleg. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.10 tilrår at det blir peika ut ein gevinstansvarleg, normalt ein leiar i linja som skal realisere gevinstane."
        }
        Rule::GainWithoutIndicator => {
            "Gevinsten «{name}» manglar indikator. Skriv kva gevinsten blir målt med, til dømes sakshandsamingstid."
        }
        Rule::GainWithoutUnit => {
            "Indikatoren for gevinsten «{name}» manglar eining, til dømes dagar, timar eller prosent."
        }
        Rule::GainWithoutBaseline => {
            "Gevinsten «{name}» manglar nullpunkt. Skriv verdien frå nullpunktsmålinga og datoen han vart målt."
        }
        Rule::GainWithoutTarget => {
            "Gevinsten «{name}» manglar mål. Skriv målverdien og datoen han skal vere nådd."
        }
        Rule::GainDatesReversed => {
            "Måldatoen for gevinsten «{name}» ({target_date}) er før nullpunktsdatoen ({baseline_date}). Rett ein av datoane."
        }
        Rule::GainWithoutYears => {
            "Gevinsten «{name}» har ingen tal per år. Legg inn planlagde og realiserte verdiar for åra gevinsten gjeld."
        }
        Rule::GainDuplicateYear => {
            "Gevinsten «{name}» har året {year} meir enn éin gong. Slå radene saman til éi."
        }
        Rule::GainRealisedInFuture => {
            "Gevinsten «{name}» har realiserte verdiar for {year}, eit år som ikkje er kome enno. Flytt tala til planlagt, eller rett året."
        }
        Rule::GainCashWithoutAmounts => {
            "Gevinsten «{name}» er ein kontantgevinst, men har ingen beløp i kroner. Legg inn planlagde og realiserte beløp per år."
        }
        Rule::GainTimeWithoutHours => {
            "Gevinsten «{name}» er ein tidsgevinst, men har ingen timar. Legg inn planlagde og realiserte timar per år."
        }
        Rule::GainPriceYearNotConvertible => {
            "Beløpa for gevinsten «{name}» er i {price_year}-kroner, men rapporten brukar {report_price_year}-kroner, og prisindeksen manglar eitt av åra. Legg inn indeksen for begge åra i innstillingane, elles blir kroneår blanda i summane."
        }
        Rule::TimeGainHoursAndKronerDisagree => {
            "Tidsgevinsten «{name}» har både timar og kroner i {year}, og dei stemmer ikkje overeins: timane svarar til {valued} med kostnaden per årsverk, medan beløpet er {amount}. Noverdien bruker timane. Rett eitt av tala, eller fjern beløpet."
        }
        Rule::RealisedWithoutExtraction => {
            "Gevinsten «{name}» er realisert i {year}, men det er ikkje registrert noko uttak for det året. Registrer korleis gevinsten er henta ut, eller eit uttak med forma «Ikkje henta ut» og kvifor."
        }
        Rule::ExtractionWithoutGain => {
            "Eit uttak i {year} er ikkje knytt til nokon gevinst. Vel gevinsten uttaket kjem frå."
        }
        Rule::ExtractionGainMissing => {
            "Eit uttak i {year} er knytt til ein gevinst som ikkje finst lenger. Vel gevinsten uttaket kjem frå."
        }
        Rule::ExtractionWithoutPriorityArea => {
            "Uttaket frå «{gain}» i {year} er ei omdisponering, men det står ikkje kva prioritert område ressursane gjekk til. Vel området."
        }
        Rule::ExtractionPriorityAreaMissing => {
            "Uttaket frå «{gain}» i {year} er omdisponert til eit prioritert område som ikkje finst lenger. Vel området på nytt."
        }
        Rule::NotExtractedWithoutReason => {
            "Gevinsten «{gain}» er ikkje teken ut i {year}, men det står ikkje kvifor. Skriv ei kort grunngiving."
        }
        Rule::ExtractionWithoutAmount => {
            "Uttaket frå «{gain}» i {year} har verken beløp eller årsverk. Rapporten skal vise kva som er teke ut i kroner og årsverk."
        }
        Rule::ExtractionNegativeAmount => {
            "Uttaket frå «{gain}» i {year} har eit negativt beløp ({amount}). Skriv beløpet som eit positivt tal."
        }
        Rule::ExtractionNegativeFte => {
            "Uttaket frå «{gain}» i {year} har eit negativt tal årsverk ({fte}). Skriv eit positivt tal."
        }
        Rule::ExtractionAboveRealised => {
            "Uttaka frå «{gain}» i {year} er til saman {extracted}, meir enn den realiserte gevinsten det året ({realised}). Sjekk beløpa."
        }
        Rule::ExtractionAbovePlanned => {
            "Uttaka frå «{gain}» i {year} er til saman {extracted}, meir enn den planlagde gevinsten det året ({planned}). Sjekk beløpa."
        }
        Rule::ExtractionWithoutGainValue => {
            "Det er teke ut {extracted} frå «{gain}» i {year}, men gevinsten har ikkje noko beløp i kroner for det året. Legg inn planlagd eller realisert gevinst for {year}."
        }
        Rule::FteAboveRealised => {
            "Uttaka frå «{gain}» i {year} er til saman {fte} årsverk, meir enn dei realiserte timane det året svarar til ({realised_fte} årsverk). Sjekk tala."
        }
        Rule::FteAbovePlanned => {
            "Uttaka frå «{gain}» i {year} er til saman {fte} årsverk, meir enn dei planlagde timane det året svarar til ({planned_fte} årsverk). Sjekk tala."
        }
        Rule::FteWithoutGainHours => {
            "Det er teke ut {fte} årsverk frå «{gain}» i {year}, men gevinsten har ingen timar for det året. Legg inn planlagde eller realiserte timar for {year}."
        }
        Rule::DuplicateExtractionId => {
            "Uttaket frå «{gain}» i {year} har same interne id som eit anna uttak. Det skjer når ei fil er redigert for hand. Slett det doble uttaket, eller lag det på nytt."
        }
        Rule::ExtractionFromOtherActors => {
            "Uttaket frå «{gain}» i {year} er henta frå ein gevinst for andre aktørar. Verksemda kan ikkje ta ut det innbyggjarar, næringsliv eller andre verksemder har spart. Knyt uttaket til ein av gevinstane til verksemda sjølv, eller slett det."
        }
        Rule::ChecklistNotAnswered => {
            "Punkt {point} i sjekklista («{point_title}») er ikkje svara på. Vel oppfylt, delvis oppfylt, ikkje oppfylt eller ikkje relevant."
        }
        Rule::DeviationWithoutJustification => {
            "Punkt {point} i sjekklista («{point_title}») er ikkje heilt oppfylt, men manglar grunngiving. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) krev at {point_demand} blir grunngitt."
        }
        Rule::DeviationUnexplained => {
            "Punkt {point} i sjekklista («{point_title}») er ikkje heilt oppfylt. Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) krev inga grunngiving her, men ei kort forklaring gjer rapporten lettare å lese."
        }
        Rule::NotRelevantWithoutJustification => {
            "Punkt {point} i sjekklista («{point_title}») er merkt ikkje relevant. Skriv gjerne kort kvifor punktet ikkje gjeld verksemda."
        }
        Rule::ChecklistDuplicatePoint => {
            "Punkt {point} («{point_title}») står meir enn éin gong i sjekklista, truleg fordi fila er redigert for hand. Svara kan bli blanda saman i rapporten; be den som redigerte fila, om å fjerne det doble punktet."
        }
        Rule::OwnPointTitleMissing => {
            "Eitt av dei eigne krava frå departementet manglar tekst. Skriv kravet slik departementet har formulert det."
        }
        Rule::OwnPointNotAnswered => {
            "Kravet «{title}» frå departementet er ikkje svara på. Vel oppfylt, delvis oppfylt, ikkje oppfylt eller ikkje relevant."
        }
        Rule::OwnPointWithoutJustification => {
            "Kravet «{title}» frå departementet er ikkje heilt oppfylt, men manglar grunngiving. Departementet krev at avvik blir grunngitt."
        }
        Rule::OwnPointUnexplained => {
            "Kravet «{title}» frå departementet er ikkje heilt oppfylt. Departementet krev inga grunngiving, men ei kort forklaring gjer rapporten lettare å lese."
        }
        Rule::OwnPointWithoutSource => {
            "Det står ikkje kvar departementet stiller kravet «{title}». Skriv kjelda, til dømes tildelingsbrevet og punktet."
        }
        Rule::IntroductionMissing => {
            "Innleiinga er tom. Skriv gjerne nokre setningar om arbeidet verksemda gjer med effektivisering og digitalisering."
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
