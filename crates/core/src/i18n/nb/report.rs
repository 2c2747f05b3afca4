//! Rapportens faste tekster på bokmål.

use crate::i18n::ReportText as R;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: R) -> &'static str {
    match key {
        R::Word(w) => w.text(Language::Nb),
        R::SectionTitle => "Effektivisering, digitalisering og gevinstrealisering",
        R::Kicker => "Årsrapport {year} · Del {numeral} {part}",
        R::HeaderRight => "Årsrapport {year}",
        R::Footer => "Side {page} av {pages}",
        R::Subject => {
            "Iverksatte og planlagte effektiviseringstiltak, digitalt førstevalg og uttak av gevinster"
        }
        R::Keywords => {
            "årsrapport, effektivisering, digitalisering, gevinstrealisering, gevinstuttak"
        }
        R::TocTitle => "Innhold",
        R::TableCaption => "Tabell {n}",
        R::FigureCaption => "Figur {n}",
        R::OfTotal => "{n} av {total}",
        R::SumExtracted => "Sum hentet ut",
        R::SumYear => "Sum {year}",
        R::And => "og",
        R::KfImplemented => "{n, plural, one {iverksatt tiltak} other {iverksatte tiltak}}",
        R::KfPlanned => {
            "{n, plural, one {planlagt eller pågående tiltak} other {planlagte og pågående tiltak}}"
        }
        R::KfRealised => "virksomhetens realiserte gevinster i {year}",
        R::OthersRealised => {
            "Gevinster for andre aktører, som innbyggere og næringsliv, er holdt utenfor gevinstene for virksomheten: for dem er det realisert {amount} i {year}."
        }
        R::OthersNotRealised => {
            "Gevinster for andre aktører, som innbyggere og næringsliv, er holdt utenfor gevinstene for virksomheten; for {year} er det ikke registrert realiserte gevinster for dem."
        }
        R::KfReallocated => "omdisponert til prioriterte områder i {year}",
        R::KfDigital => {
            "{total, plural, one {tjeneste} other {tjenester}} er {n, plural, one {digital} other {digitale}}"
        }
        R::HMeasures => "Iverksatte og planlagte effektiviseringstiltak",
        R::HImplemented => "Iverksatte tiltak",
        R::HPlanned => "Planlagte og pågående tiltak",
        R::HStopped => "Stansede tiltak",
        R::HServices => "Digitalt førstevalg: vurdering av tjenestene",
        R::HServiceOverview => "Tjenestene og digitaliseringsgraden",
        R::HThresholds => "Kravet om digitale tjenester",
        R::HReuse => "Gjenbruk av informasjon",
        R::HRegulations => "Regelverk som bør endres",
        R::HChains => "Tjenestekjeder",
        R::HPlans => "Planer for realisering",
        R::HGainsPerYear => "Planlagte og realiserte gevinster per år",
        R::HIndicators => "Måloppnåelse for gevinster som måles med indikatorer",
        R::HOwners => "Gevinstansvarlige",
        R::HExtraction => "Gevinstuttak og omdisponering",
        R::HByArea => "Omdisponert til prioriterte områder",
        R::HExtractionList => "Alle uttak",
        R::HNotExtracted => "Gevinster som ikke er hentet ut",
        R::HNpv => "Samfunnsøkonomisk analyse",
        R::HMethod => "Metode og forutsetninger",
        R::HChecklist => "Oppfølging av digitaliseringsrundskrivet",
        R::DefaultIntro => {
            "Dette kapitlet gjør rede for effektiviseringsarbeidet i {agency} i {year}: iverksatte og planlagte effektiviseringstiltak, den særlige vurderingen av tiltak som digitaliserer arbeidsprosesser og tjenester, og hvordan gevinstene hentes ut og omdisponeres til prioriterte områder."
        }
        R::NoMeasures => "Virksomheten har ikke registrert effektiviseringstiltak for {year}.",
        R::MeasuresSummary => {
            "Kapitlet omfatter {total, plural, one {# effektiviseringstiltak} other {# effektiviseringstiltak}}: {implemented, plural, one {# iverksatt} other {# iverksatte}}, {in_progress} pågående, {planned, plural, one {# planlagt} other {# planlagte}} og {stopped, plural, one {# stanset} other {# stansede}}."
        }
        R::DigitalNone => "Ingen av tiltakene digitaliserer arbeidsprosesser eller tjenester.",
        R::DigitalAllAssessed => {
            "{digital, plural, one {# av tiltakene digitaliserer arbeidsprosesser eller tjenester. Det er særlig vurdert, og vurderingen er gjengitt under tiltaket.} other {# av tiltakene digitaliserer arbeidsprosesser eller tjenester. Disse er særlig vurdert, og vurderingen er gjengitt under hvert tiltak.}}"
        }
        R::DigitalSomeAssessed => {
            "{digital} av tiltakene digitaliserer arbeidsprosesser eller tjenester. For {missing} av dem er den særlige vurderingen ennå ikke skrevet: {measures}. {assessed, plural, one {Det andre tiltaket er særlig vurdert, og vurderingen er gjengitt under tiltaket.} other {De # andre er særlig vurdert, og vurderingen er gjengitt under hvert tiltak.}}"
        }
        R::DigitalNoneAssessed => {
            "{digital, plural, one {# av tiltakene digitaliserer arbeidsprosesser eller tjenester, men den særlige vurderingen av det er ennå ikke skrevet.} other {# av tiltakene digitaliserer arbeidsprosesser eller tjenester, men ingen av dem er særlig vurdert ennå.}}"
        }
        R::MeasuresGrouping => {
            "Pågående tiltak omtales sammen med de planlagte, fordi de ennå ikke er fullført og gevinstene ikke er fullt realisert."
        }
        R::MeasuresGroupingStopped => {
            "Stansede tiltak omtales for seg, med det som ble vurdert og besluttet."
        }
        R::NoImplemented => "Ingen tiltak er registrert som iverksatt.",
        R::NoPlanned => "Ingen tiltak er registrert som planlagt eller pågående.",
        R::UntitledMeasure => "Tiltak uten navn",
        R::UntitledService => "Tjeneste uten navn",
        R::UntitledGain => "Gevinst uten navn",
        R::PeriodFrom => "fra {date}",
        R::PeriodUntil => "til {date}",
        R::PriceYearShort => "{year}-kroner",
        R::LabelServices => "Berørte tjenester",
        R::SpecialAssessment => "Særlig vurdering av digitaliseringen",
        R::MissingAssessment => {
            "Tiltaket digitaliserer arbeidsprosesser eller tjenester, men den særlige vurderingen er ennå ikke skrevet."
        }
        R::NoteInvestment => {
            "Investeringene er oppgitt i kroneåret for hvert tiltak. Tiltak som digitaliserer, er merket «Ja» i kolonnen Digitalisering."
        }
        R::NoServices => {
            "Virksomheten har ikke registrert tjenester som er vurdert etter Digitalt førstevalg."
        }
        R::ServicesSummary => {
            "Virksomheten har vurdert {total, plural, one {# tjeneste} other {# tjenester}} etter kravene i Digitalt førstevalg. {available} av dem kan brukes digitalt i dag, og {remaining, plural, one {# gjenstår} other {# gjenstår}} å digitalisere."
        }
        R::ServicesVolume => {
            "Tjenestene har til sammen om lag {volume, plural, one {# innsending} other {# innsendinger}} i året, og {share} av dem kommer digitalt."
        }
        R::SuitabilityIntro => {
            "Tabellen viser hvilke tjenester som egner seg for digital selvbetjening, straksavgjørelser og automatisert saksbehandling, og om de digitale tjenestene er brukerorienterte eller bør re-designes, forenkles eller kan bortfalle."
        }
        R::ThresholdIntro => {
            "Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 satte frister for digitale tjenester: tjenester med over {high, plural, one {# innsending} other {# innsendinger}} i året skulle være digitale innen 30.06.2014, og tjenester med {low}–{high, plural, one {# innsending} other {# innsendinger}} innen 30.06.2015. Unntak gjaldt der digitalisering ikke lønner seg verken for bruker eller forvaltning, og der det fantes konkrete planer om digitalisering før 2015 innenfor gjeldende budsjettrammer; virksomheten må på forespørsel kunne dokumentere og begrunne unntak."
        }
        R::ThresholdAllDigital => "Alle tjenester over terskelverdiene er digitalt tilgjengelige.",
        R::ThresholdNoneOver => {
            "Ingen tjeneste er registrert med {low, plural, one {# innsending} other {# innsendinger}} eller flere i året."
        }
        R::ThresholdVolumeUnknown => {
            "{n, plural, one {For {services} er volumet ikke oppgitt, så det er ikke vurdert om tjenesten er over terskelverdiene.} other {For {services} er volumet ikke oppgitt, så det er ikke vurdert om tjenestene er over terskelverdiene.}}"
        }
        R::ThresholdNotDigital => {
            "{service} ({volume, plural, one {# innsending} other {# innsendinger}} i året) er ikke digital."
        }
        R::ThresholdExempt => {
            "{service} ({volume, plural, one {# innsending} other {# innsendinger}} i året) er unntatt:"
        }
        R::NoPlanForService => "Det er ikke lagt noen plan for å digitalisere tjenesten.",
        R::PlanSentence => "Plan: {what}.",
        R::PlanResponsible => "Ansvarlig: {who}.",
        R::PlanDue => "Frist: {date}.",
        R::ReuseIntro => {
            "Opplysninger fra disse kildene kan gjenbrukes i stedet for å hentes inn fra brukerne:"
        }
        R::NoReuse => "Det er ikke registrert informasjon som kan gjenbrukes.",
        R::RegulationsIntro => {
            "Virksomheten har funnet regelverk som bør gjennomgås, justeres eller forenkles:"
        }
        R::NoRegulations => "Det er ikke registrert regelverk som bør endres.",
        R::ChainWith => "Bør ses i sammenheng med tjenester hos {partners}.",
        R::ChainNoPartners => "{service} bør ses i sammenheng med andre virksomheters tjenester.",
        R::NoChains => "Ingen av tjenestene er vurdert som del av en tjenestekjede.",
        R::NoPlans => "Det er ikke registrert planer for realisering.",
        R::ServicesWithoutPlan => {
            "Disse tjenestene gjenstår å digitalisere, men har ennå ingen plan: {services}."
        }
        R::NoGains => "Det er ikke registrert gevinster.",
        R::GainsIntro => {
            "Figuren og tabellen viser planlagte og realiserte gevinster per år for alle tiltak. Alle beløp er i {price_year}-kroner. Tidsgevinster er regnet om til årsverk med {hours, plural, one {# time} other {# timer}} per årsverk."
        }
        R::UnconvertedWarning => {
            "{n, plural, one {For # gevinst mangler prisindeksen kroneåret. Beløpene er tatt med uten omregning.} other {For # gevinster mangler prisindeksen kroneåret. Beløpene deres er tatt med uten omregning.}}"
        }
        R::CapChart => "Planlagte og realiserte gevinster i kroner per år",
        R::ChartUnitMillions => "Mill. kr ({price_year}-kroner)",
        R::ChartUnitKroner => "Kroner ({price_year}-kroner)",
        R::Realised => "Realisert",
        R::NoteNotMeasured => {
            "– betyr at gevinsten ikke er målt eller ikke er oppgitt i kroner eller timer."
        }
        R::NoIndicators => "Ingen gevinster er målt med indikatorer ennå.",
        R::IndicatorsIntro => {
            "Kvalitetsgevinster og gevinster for andre aktører måles med indikatorer. Tabellen viser nullpunkt, mål og siste måling."
        }
        R::NoteAchievement => {
            "Måloppnåelse er andelen av avstanden fra nullpunkt til mål som er tilbakelagt ved siste måling."
        }
        R::OwnersIntro => {
            "Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.10 anbefaler at det pekes ut en gevinstansvarlig, normalt en leder i den delen av linjen som skal realisere gevinstene."
        }
        R::NoOwner => "Ikke utpekt",
        R::NoExtractions => "Det er ikke registrert gevinstuttak.",
        R::NoExtractionsInYear => "Det er ikke registrert gevinstuttak i {year}.",
        R::ExtractionSummary => "I {year} ble det hentet ut gevinster for {amount}.",
        R::ExtractionRealloc => "Av dette ble {amount} omdisponert til prioriterte områder.",
        R::ExtractionCut => "Budsjettet ble redusert med {amount}.",
        R::ExtractionCapacity => {
            "Frigjort kapasitet tilsvarende {amount} ble brukt til økt volum eller bedre kvalitet."
        }
        R::ExtractionIntro => "Beløpene i tabellene er i {price_year}-kroner.",
        R::NoReallocations => "Ingen gevinster er omdisponert til prioriterte områder.",
        R::NotExtractedItem => "{year}: {what} fra {gain} ble ikke hentet ut.",
        R::AnAmount => "et beløp",
        R::MissingReason => "Begrunnelse mangler.",
        R::HReconciliation => "Realisert og hentet ut per år",
        R::ReconciliationIntro => {
            "Tabellen stiller virksomhetens egne realiserte gevinster (kontant- og tidsgevinster, i {price_year}-kroner og årsverk) opp mot det som er registrert hentet ut, og det som er registrert som ikke hentet ut. Det som står igjen, er ennå ikke gjort rede for. Gevinster for andre aktører kan ikke hentes ut av virksomheten og er ikke med."
        }
        R::NoNpv => {
            "Ingen tiltak har kostnader eller prissatte gevinster som gir grunnlag for å beregne netto nåverdi."
        }
        R::NpvIntro => {
            "Tabellen viser netto nåverdi for tiltakene som har kostnader eller prissatte gevinster. En positiv netto nåverdi betyr at de prissatte gevinstene er større enn kostnadene over analyseperioden."
        }
        R::NoteNpv => {
            "Investering og driftskostnader er oppgitt i tiltakets kroneår. Alle nåverdiene er uttrykt i sammenligningsåret {year}, så summen er en ekte sum."
        }
        R::NpvOverflow => {
            "{n, plural, one {For # tiltak kan netto nåverdi ikke beregnes fordi beløpene er for store; det er ikke med i summen.} other {For # tiltak kan netto nåverdi ikke beregnes fordi beløpene er for store; de er ikke med i summen.}}"
        }
        R::RateBand => "{rate} for år {from}–{to}",
        R::RateBandLast => "{rate} deretter",
        R::MethodText => {
            "Alle beløp er i {price_year}-kroner og er regnet om med prisindeksen der de er registrert i et annet kroneår. Netto nåverdi er beregnet etter Finansdepartementets rundskriv R-109/2021, som erstattet R-109/14 med samme kalkulasjonsrente og skattefinansieringskostnad, og DFØs veileder i samfunnsøkonomiske analyser. Hvert tiltak er analysert over {years, plural, one {# år} other {# år}} fra startåret, og alle nåverdier er uttrykt i sammenligningsåret {comparison_year}: beløpet for et år etter sammenligningsåret er neddiskontert med kalkulasjonsrente {rates}, regnet fra sammenligningsåret, mens beløp fra årene før er framskrevet med {first_rate} i året. Derfor kan tiltakenes nåverdier legges sammen. Tidsgevinster er verdsatt til {cost_per_fte} per årsverk à {hours, plural, one {# time} other {# timer}} og telles én gang: er både timer og kroner registrert, brukes timene. Skattefinansieringskostnaden er {tax} av virkningen på offentlige budsjetter, det vil si kontantgevinster fratrukket kostnader; den gjelder ikke tidsgevinster eller gevinster for andre aktører. Verdien av tidsgevinster og gevinster for andre aktører er realprisjustert med {growth} i året fra {price_year}; kontantgevinster og kostnader er ikke realprisjustert. Der realiserte tall mangler, er planlagte tall brukt, og gevinsten er antatt å fortsette på siste registrerte nivå. Kvalitetsgevinster er ikke prissatt."
        }
        R::ChecklistSummary => {
            "Av de {total} punktene i digitaliseringsrundskrivet er {fulfilled, plural, one {# oppfylt} other {# oppfylt}}, {partly, plural, one {# delvis oppfylt} other {# delvis oppfylt}} og {not, plural, one {# ikke oppfylt} other {# ikke oppfylt}}, mens {not_relevant, plural, one {# ikke er relevant} other {# ikke er relevante}} for virksomheten."
        }
        R::ChecklistJustified => "Avvik er begrunnet i tabellen.",
        R::ChecklistSomeJustified => {
            "{n, plural, one {Avviket i punkt {points} er ennå ikke begrunnet; de andre avvikene er begrunnet i tabellen.} other {Avvikene i punkt {points} er ennå ikke begrunnet; de andre avvikene er begrunnet i tabellen.}}"
        }
        R::ChecklistNoneJustified => {
            "{n, plural, one {Avviket i punkt {points} er ennå ikke begrunnet.} other {Ingen av avvikene er begrunnet ennå (punkt {points}).}}"
        }
        R::ChecklistUnanswered => {
            "{n, plural, one {# punkt} other {# punkter}} er ennå ikke besvart."
        }
        R::KsThreshold => "Terskelverdi: {amount}",
        R::MissingJustification => "Avviket er ikke begrunnet.",
        R::CapMeasures => "Effektiviseringstiltak",
        R::CapServices => "Tjenester, volum og digital andel",
        R::CapSuitability => "Vurdering av tjenestene",
        R::CapPlans => "Planer for digitalisering av tjenestene",
        R::CapGainsPerYear => "Gevinster per år og type ({price_year}-kroner)",
        R::CapIndicators => "Indikatorer og måloppnåelse",
        R::CapOwners => "Gevinster og gevinstansvarlige",
        R::CapByArea => "Omdisponert til prioriterte områder",
        R::CapByForm => "Gevinstuttak etter form, alle år",
        R::CapExtractions => "Gevinstuttak per år",
        R::CapReconciliation => "Realiserte gevinster og uttak per år",
        R::CapNpv => "Netto nåverdi per tiltak ({price_year}-kroner, nåverdi i {year})",
        R::CapChecklist => "Status for punktene i Digitaliseringsrundskrivet 2013 (FAD, P-4/2013)",
        R::ChecklistSource => {
            "Punktene følger Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 fra Fornyings-, administrasjons- og kirkedepartementet, 2. september 2013). «Skal/må» markerer krav i rundskrivet, «bør» anbefalinger."
        }
        R::DemandNote => "Rundskrivet krever at {demand} begrunnes.",
        R::HOwnPoints => "Departementets egne krav",
        R::OwnPointsIntro => {
            "Det enkelte departement kan ha egne krav utover de felles kravene. Tabellen viser hvordan virksomheten har fulgt opp kravene fra departementet."
        }
        R::OwnPointSource => "Kilde: {source}",
        R::ExemptGround => "Grunnlag: {ground}.",
        R::ExemptDocumented => "Dokumentert i {place}.",
        R::ReuseNone => "Vurdert uten informasjon å gjenbruke: {services}.",
        R::RegulationsNoneList => "Vurdert uten regelverk som må gjennomgås: {services}.",
        R::ChainsNo => "Vurdert som ikke del av en tjenestekjede: {services}.",
        R::ChainsNotAssessed => "Ikke vurdert ennå: {services}.",
        R::CatalogueSummary => {
            "Registrert i tjenestekatalogen på norge.no, slik Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 anbefaler: {registered} av {total, plural, one {# digital tjeneste} other {# digitale tjenester}}."
        }
        R::CapOwnPoints => "Status for departementets egne krav",
        R::ColObligation => "Skal/bør",
        R::ColInvestment => "Investering (kr)",
        R::ColOperating => "Drift per år (kr)",
        R::ColStartYear => "Startår",
        R::ColNpv => "Netto nåverdi (kr)",
        R::ColVolume => "Volum per år",
        R::ColAvailable => "Digitalt tilgjengelig",
        R::ColInstant => "Straksavgjørelse",
        R::ColUserOrientation => "Brukerorientering",
        R::ColWhat => Wording::Capital(Word::Measure).text(Language::Nb),
        R::ColLatest => "Siste måling",
        R::ColNokYear => "Kroner {year}",
        R::ColFteYear => "Årsverk {year}",
        R::ColNokTotal => "Kroner i alt",
        R::ColFteTotal => "Årsverk i alt",
        R::ColDestination => "Hva gevinsten ble brukt til",
        R::ColPoint => "Punkt",
        R::ColRealised => "Realisert",
        R::ColExtracted => "Hentet ut",
        R::ColNotExtracted => "Ikke hentet ut",
        R::ColUnaccounted => "Ikke gjort rede for",
        R::StageContent => "Samler innholdet",
        R::StageLayout => "Setter sidene",
        R::StagePdf => "Lager PDF",
        R::StageWrite => "Lagrer filen",
        R::ErrCalc => {
            "Rapporten kan ikke lages fordi noen beløp er så store at summene ikke kan regnes ut. Kontroller beløpene for gevinster og uttak."
        }
        R::ErrFont => {
            "Rapporten kan ikke lages fordi en innebygd skrift ikke kunne leses. Installer Gevinst på nytt."
        }
        R::ErrWrite => "Rapporten kunne ikke lagres som «{path}»: {reason}",
    }
}
