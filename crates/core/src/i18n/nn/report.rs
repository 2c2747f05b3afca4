//! Dei faste tekstane i rapporten på nynorsk.

use crate::i18n::ReportText as R;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: R) -> &'static str {
    match key {
        R::Word(w) => w.text(Language::Nn),
        R::SectionTitle => "Effektivisering, digitalisering og gevinstrealisering",
        R::Kicker => "Årsrapport {year} · Del {numeral} {part}",
        R::HeaderRight => "Årsrapport {year}",
        R::Footer => "Side {page} av {pages}",
        R::Subject => {
            "Iverksette og planlagde effektiviseringstiltak, digitalt førsteval og uttak av gevinstar"
        }
        R::Keywords => {
            "årsrapport, effektivisering, digitalisering, gevinstrealisering, gevinstuttak"
        }
        R::TocTitle => "Innhald",
        R::TableCaption => "Tabell {n}",
        R::FigureCaption => "Figur {n}",
        R::OfTotal => "{n} av {total}",
        R::SumExtracted => "Sum henta ut",
        R::SumYear => "Sum {year}",
        R::And => "og",
        R::KfImplemented => "{n, plural, one {iverksett tiltak} other {iverksette tiltak}}",
        R::KfPlanned => {
            "{n, plural, one {planlagt eller pågåande tiltak} other {planlagde og pågåande tiltak}}"
        }
        R::KfRealised => "realiserte gevinstar for verksemda i {year}",
        R::OthersRealised => {
            "Gevinstar for andre aktørar, som innbyggjarar og næringsliv, er haldne utanfor gevinstane for verksemda: for dei er det realisert {amount} i {year}."
        }
        R::OthersNotRealised => {
            "Gevinstar for andre aktørar, som innbyggjarar og næringsliv, er haldne utanfor gevinstane for verksemda; for {year} er det ikkje registrert realiserte gevinstar for dei."
        }
        R::KfReallocated => "omdisponert til prioriterte område i {year}",
        R::KfDigital => {
            "{total, plural, one {teneste} other {tenester}} er {n, plural, one {digital} other {digitale}}"
        }
        R::HMeasures => "Iverksette og planlagde effektiviseringstiltak",
        R::HImplemented => "Iverksette tiltak",
        R::HPlanned => "Planlagde og pågåande tiltak",
        R::HStopped => "Stansa tiltak",
        R::HServices => "Digitalt førsteval: vurdering av tenestene",
        R::HServiceOverview => "Tenestene og digitaliseringsgraden",
        R::HThresholds => "Kravet om digitale tenester",
        R::HReuse => "Gjenbruk av informasjon",
        R::HRegulations => "Regelverk som bør endrast",
        R::HChains => "Tenestekjeder",
        R::HPlans => "Planar for realisering",
        R::HGainsPerYear => "Planlagde og realiserte gevinstar per år",
        R::HIndicators => "Måloppnåing for gevinstar som blir målte med indikatorar",
        R::HOwners => "Gevinstansvarlege",
        R::HExtraction => "Gevinstuttak og omdisponering",
        R::HByArea => "Omdisponert til prioriterte område",
        R::HExtractionList => "Alle uttak",
        R::HNotExtracted => "Gevinstar som ikkje er henta ut",
        R::HNpv => "Samfunnsøkonomisk analyse",
        R::HMethod => "Metode og føresetnader",
        R::HChecklist => "Oppfølging av digitaliseringsrundskrivet",
        R::DefaultIntro => {
            "Dette kapittelet gjer greie for effektiviseringsarbeidet i {agency} i {year}: iverksette og planlagde effektiviseringstiltak, den særlege vurderinga av tiltak som digitaliserer arbeidsprosessar og tenester, og korleis gevinstane blir henta ut og omdisponerte til prioriterte område."
        }
        R::NoMeasures => "Verksemda har ikkje registrert effektiviseringstiltak for {year}.",
        R::MeasuresSummary => {
            "Kapittelet omfattar {total, plural, one {# effektiviseringstiltak} other {# effektiviseringstiltak}}: {implemented, plural, one {# iverksett} other {# iverksette}}, {in_progress} pågåande, {planned, plural, one {# planlagt} other {# planlagde}} og {stopped, plural, one {# stansa} other {# stansa}}."
        }
        R::DigitalNone => "Ingen av tiltaka digitaliserer arbeidsprosessar eller tenester.",
        R::DigitalAllAssessed => {
            "{digital, plural, one {# av tiltaka digitaliserer arbeidsprosessar eller tenester. Det er særleg vurdert, og vurderinga er attgitt under tiltaket.} other {# av tiltaka digitaliserer arbeidsprosessar eller tenester. Desse er særleg vurderte, og vurderinga er attgitt under kvart tiltak.}}"
        }
        R::DigitalSomeAssessed => {
            "{digital} av tiltaka digitaliserer arbeidsprosessar eller tenester. For {missing} av dei er den særlege vurderinga enno ikkje skriven: {measures}. {assessed, plural, one {Det andre tiltaket er særleg vurdert, og vurderinga er attgitt under tiltaket.} other {Dei # andre er særleg vurderte, og vurderinga er attgitt under kvart tiltak.}}"
        }
        R::DigitalNoneAssessed => {
            "{digital, plural, one {# av tiltaka digitaliserer arbeidsprosessar eller tenester, men den særlege vurderinga av det er enno ikkje skriven.} other {# av tiltaka digitaliserer arbeidsprosessar eller tenester, men ingen av dei er særleg vurderte enno.}}"
        }
        R::MeasuresGrouping => {
            "Pågåande tiltak blir omtalte saman med dei planlagde, fordi dei enno ikkje er fullførte og gevinstane ikkje er fullt realiserte."
        }
        R::MeasuresGroupingStopped => {
            "Stansa tiltak blir omtalte for seg, med det som vart vurdert og avgjort."
        }
        R::NoImplemented => "Ingen tiltak er registrerte som iverksette.",
        R::NoPlanned => "Ingen tiltak er registrerte som planlagde eller pågåande.",
        R::UntitledMeasure => "Tiltak utan namn",
        R::UntitledService => "Teneste utan namn",
        R::UntitledGain => "Gevinst utan namn",
        R::PeriodFrom => "frå {date}",
        R::PeriodUntil => "til {date}",
        R::PriceYearShort => "{year}-kroner",
        R::LabelServices => "Tenester det gjeld",
        R::SpecialAssessment => "Særleg vurdering av digitaliseringa",
        R::MissingAssessment => {
            "Tiltaket digitaliserer arbeidsprosessar eller tenester, men den særlege vurderinga er enno ikkje skriven."
        }
        R::NoteInvestment => {
            "Investeringane er oppgitte i kroneåret for kvart tiltak. Tiltak som digitaliserer, er merkte «Ja» i kolonnen Digitalisering."
        }
        R::NoServices => {
            "Verksemda har ikkje registrert tenester som er vurderte etter Digitalt førsteval."
        }
        R::ServicesSummary => {
            "Verksemda har vurdert {total, plural, one {# teneste} other {# tenester}} etter krava i Digitalt førsteval. {available} av dei kan brukast digitalt i dag, og {remaining, plural, one {# står} other {# står}} att å digitalisere."
        }
        R::ServicesVolume => {
            "Tenestene har til saman om lag {volume, plural, one {# innsending} other {# innsendingar}} i året, og {share} av dei kjem digitalt."
        }
        R::SuitabilityIntro => {
            "Tabellen viser kva tenester som eignar seg for digital sjølvbetening, straksavgjerder og automatisert sakshandsaming, og om dei digitale tenestene er brukarorienterte eller bør re-designast, forenklast eller kan falle bort."
        }
        R::ThresholdIntro => {
            "Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 sette fristar for digitale tenester: tenester med over {high, plural, one {# innsending} other {# innsendingar}} i året skulle vere digitale innan 30.06.2014, og tenester med {low}–{high, plural, one {# innsending} other {# innsendingar}} innan 30.06.2015. Unntak galdt der digitalisering ikkje løner seg verken for brukar eller forvaltning, og der det fanst konkrete planar om digitalisering før 2015 innanfor gjeldande budsjettrammer; verksemda må på førespurnad kunne dokumentere og grunngi unntak."
        }
        R::ThresholdAllDigital => "Alle tenester over terskelverdiane er digitalt tilgjengelege.",
        R::ThresholdNoneOver => {
            "Inga teneste er registrert med {low, plural, one {# innsending} other {# innsendingar}} eller fleire i året."
        }
        R::ThresholdVolumeUnknown => {
            "{n, plural, one {For {services} er volumet ikkje oppgitt, så det er ikkje vurdert om tenesta er over terskelverdiane.} other {For {services} er volumet ikkje oppgitt, så det er ikkje vurdert om tenestene er over terskelverdiane.}}"
        }
        R::ThresholdNotDigital => {
            "{service} ({volume, plural, one {# innsending} other {# innsendingar}} i året) er ikkje digital."
        }
        R::ThresholdExempt => {
            "{service} ({volume, plural, one {# innsending} other {# innsendingar}} i året) er unnateken:"
        }
        R::NoPlanForService => "Det er ikkje lagt nokon plan for å digitalisere tenesta.",
        R::PlanSentence => "Plan: {what}.",
        R::PlanResponsible => "Ansvarleg: {who}.",
        R::PlanDue => "Frist: {date}.",
        R::ReuseIntro => {
            "Opplysningar frå desse kjeldene kan gjenbrukast i staden for å hentast inn frå brukarane:"
        }
        R::NoReuse => "Det er ikkje registrert informasjon som kan gjenbrukast.",
        R::RegulationsIntro => {
            "Verksemda har funne regelverk som bør gåast gjennom, justerast eller forenklast:"
        }
        R::NoRegulations => "Det er ikkje registrert regelverk som bør endrast.",
        R::ChainWith => "Bør sjåast i samanheng med tenester hos {partners}.",
        R::ChainNoPartners => {
            "{service} bør sjåast i samanheng med tenestene til andre verksemder."
        }
        R::NoChains => "Ingen av tenestene er vurderte som del av ei tenestekjede.",
        R::NoPlans => "Det er ikkje registrert planar for realisering.",
        R::ServicesWithoutPlan => {
            "Desse tenestene står att å digitalisere, men har enno ingen plan: {services}."
        }
        R::NoGains => "Det er ikkje registrert gevinstar.",
        R::GainsIntro => {
            "Figuren og tabellen viser planlagde og realiserte gevinstar per år for alle tiltak. Alle beløp er i {price_year}-kroner. Tidsgevinstar er rekna om til årsverk med {hours, plural, one {# time} other {# timar}} per årsverk."
        }
        R::UnconvertedWarning => {
            "{n, plural, one {For # gevinst manglar prisindeksen kroneåret. Beløpa er tekne med utan omrekning.} other {For # gevinstar manglar prisindeksen kroneåret. Beløpa deira er tekne med utan omrekning.}}"
        }
        R::CapChart => "Planlagde og realiserte gevinstar i kroner per år",
        R::ChartUnitMillions => "Mill. kr ({price_year}-kroner)",
        R::ChartUnitKroner => "Kroner ({price_year}-kroner)",
        R::Realised => "Realisert",
        R::NoteNotMeasured => {
            "– tyder at gevinsten ikkje er målt eller ikkje er oppgitt i kroner eller timar."
        }
        R::NoIndicators => "Ingen gevinstar er målte med indikatorar enno.",
        R::IndicatorsIntro => {
            "Kvalitetsgevinstar og gevinstar for andre aktørar blir målte med indikatorar. Tabellen viser nullpunkt, mål og siste måling."
        }
        R::NoteAchievement => {
            "Måloppnåing er delen av avstanden frå nullpunkt til mål som er tilbakelagd ved siste måling."
        }
        R::OwnersIntro => {
            "Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.10 tilrår at det blir peika ut ein gevinstansvarleg, normalt ein leiar i den delen av linja som skal realisere gevinstane."
        }
        R::NoOwner => "Ikkje peikt ut",
        R::NoExtractions => "Det er ikkje registrert gevinstuttak.",
        R::NoExtractionsInYear => "Det er ikkje registrert gevinstuttak i {year}.",
        R::ExtractionSummary => "I {year} vart det henta ut gevinstar for {amount}.",
        R::ExtractionRealloc => "Av dette vart {amount} omdisponert til prioriterte område.",
        R::ExtractionCut => "Budsjettet vart redusert med {amount}.",
        R::ExtractionCapacity => {
            "Frigjord kapasitet som svarar til {amount}, vart brukt til auka volum eller betre kvalitet."
        }
        R::ExtractionIntro => "Beløpa i tabellane er i {price_year}-kroner.",
        R::NoReallocations => "Ingen gevinstar er omdisponerte til prioriterte område.",
        R::NotExtractedItem => "{year}: {what} frå {gain} vart ikkje henta ut.",
        R::AnAmount => "eit beløp",
        R::MissingReason => "Grunngiving manglar.",
        R::HReconciliation => "Realisert og henta ut per år",
        R::ReconciliationIntro => {
            "Tabellen stiller dei realiserte gevinstane til verksemda sjølv (kontant- og tidsgevinstar, i {price_year}-kroner og årsverk) opp mot det som er registrert henta ut, og det som er registrert som ikkje henta ut. Det som står att, er enno ikkje gjort greie for. Gevinstar for andre aktørar kan ikkje hentast ut av verksemda og er ikkje med."
        }
        R::NoNpv => {
            "Ingen tiltak har kostnader eller prissette gevinstar som gir grunnlag for å rekne ut netto noverdi."
        }
        R::NpvIntro => {
            "Tabellen viser netto noverdi for tiltaka som har kostnader eller prissette gevinstar. Ein positiv netto noverdi tyder at dei prissette gevinstane er større enn kostnadene over analyseperioden."
        }
        R::NoteNpv => {
            "Investering og driftskostnader er oppgitte i kroneåret til tiltaket. Alle noverdiane er uttrykte i samanlikningsåret {year}, så summen er ein ekte sum."
        }
        R::NpvOverflow => {
            "{n, plural, one {For # tiltak kan netto noverdi ikkje reknast ut fordi beløpa er for store; det er ikkje med i summen.} other {For # tiltak kan netto noverdi ikkje reknast ut fordi beløpa er for store; dei er ikkje med i summen.}}"
        }
        R::RateBand => "{rate} for år {from}–{to}",
        R::RateBandLast => "{rate} deretter",
        R::MethodText => {
            "Alle beløp er i {price_year}-kroner og er rekna om med prisindeksen der dei er registrerte i eit anna kroneår. Netto noverdi er rekna ut etter rundskriv R-109/2021 frå Finansdepartementet, som erstatta R-109/14 med same kalkulasjonsrente og skattefinansieringskostnad, og rettleiaren frå DFØ i samfunnsøkonomiske analysar. Kvart tiltak er analysert over {years, plural, one {# år} other {# år}} frå startåret, og alle noverdiar er uttrykte i samanlikningsåret {comparison_year}: beløpet for eit år etter samanlikningsåret er diskontert med kalkulasjonsrente {rates}, rekna frå samanlikningsåret, medan beløp frå åra før er framskrivne med {first_rate} i året. Difor kan noverdiane til tiltaka leggjast saman. Tidsgevinstar er verdsette til {cost_per_fte} per årsverk à {hours, plural, one {# time} other {# timar}} og blir talde éin gong: er både timar og kroner registrerte, blir timane brukte. Skattefinansieringskostnaden er {tax} av verknaden på offentlege budsjett, det vil seie kontantgevinstar minus kostnader; han gjeld ikkje tidsgevinstar eller gevinstar for andre aktørar. Verdien av tidsgevinstar og gevinstar for andre aktørar er realprisjustert med {growth} i året frå {price_year}; kontantgevinstar og kostnader er ikkje realprisjusterte. Der realiserte tal manglar, er planlagde tal brukte, og gevinsten er rekna for å halde fram på siste registrerte nivå. Kvalitetsgevinstar er ikkje prissette."
        }
        R::ChecklistSummary => {
            "Av dei {total} punkta i digitaliseringsrundskrivet er {fulfilled, plural, one {# oppfylt} other {# oppfylte}}, {partly, plural, one {# delvis oppfylt} other {# delvis oppfylte}} og {not, plural, one {# ikkje oppfylt} other {# ikkje oppfylte}}, medan {not_relevant, plural, one {# ikkje er relevant} other {# ikkje er relevante}} for verksemda."
        }
        R::ChecklistJustified => "Avvik er grunngitte i tabellen.",
        R::ChecklistSomeJustified => {
            "{n, plural, one {Avviket i punkt {points} er enno ikkje grunngitt; dei andre avvika er grunngitte i tabellen.} other {Avvika i punkt {points} er enno ikkje grunngitte; dei andre avvika er grunngitte i tabellen.}}"
        }
        R::ChecklistNoneJustified => {
            "{n, plural, one {Avviket i punkt {points} er enno ikkje grunngitt.} other {Ingen av avvika er grunngitte enno (punkt {points}).}}"
        }
        R::ChecklistUnanswered => {
            "{n, plural, one {# punkt} other {# punkt}} er enno ikkje svara på."
        }
        R::KsThreshold => "Terskelverdi: {amount}",
        R::MissingJustification => "Avviket er ikkje grunngitt.",
        R::CapMeasures => "Effektiviseringstiltak",
        R::CapServices => "Tenester, volum og digital del",
        R::CapSuitability => "Vurdering av tenestene",
        R::CapPlans => "Planar for digitalisering av tenestene",
        R::CapGainsPerYear => "Gevinstar per år og type ({price_year}-kroner)",
        R::CapIndicators => "Indikatorar og måloppnåing",
        R::CapOwners => "Gevinstar og gevinstansvarlege",
        R::CapByArea => "Omdisponert til prioriterte område",
        R::CapByForm => "Gevinstuttak etter form, alle år",
        R::CapExtractions => "Gevinstuttak per år",
        R::CapReconciliation => "Realiserte gevinstar og uttak per år",
        R::CapNpv => "Netto noverdi per tiltak ({price_year}-kroner, noverdi i {year})",
        R::CapChecklist => "Status for punkta i Digitaliseringsrundskrivet 2013 (FAD, P-4/2013)",
        R::ChecklistSource => {
            "Punkta følgjer Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 frå Fornyings-, administrasjons- og kyrkjedepartementet, 2. september 2013). «Skal/må» markerer krav i rundskrivet, «bør» tilrådingar."
        }
        R::DemandNote => "Rundskrivet krev at {demand} blir grunngitt.",
        R::HOwnPoints => "Eigne krav frå departementet",
        R::OwnPointsIntro => {
            "Det enkelte departementet kan ha eigne krav utover dei felles krava. Tabellen viser korleis verksemda har følgt opp krava frå departementet."
        }
        R::OwnPointSource => "Kjelde: {source}",
        R::ExemptGround => "Grunnlag: {ground}.",
        R::ExemptDocumented => "Dokumentert i {place}.",
        R::ReuseNone => "Vurdert utan informasjon å gjenbruke: {services}.",
        R::RegulationsNoneList => "Vurdert utan regelverk som må gåast gjennom: {services}.",
        R::ChainsNo => "Vurdert som ikkje del av ei tenestekjede: {services}.",
        R::ChainsNotAssessed => "Ikkje vurdert enno: {services}.",
        R::CatalogueSummary => {
            "Registrert i tenestekatalogen på norge.no, slik Digitaliseringsrundskrivet 2013 (FAD, P-4/2013) punkt 1.1 tilrår: {registered} av {total, plural, one {# digital teneste} other {# digitale tenester}}."
        }
        R::CapOwnPoints => "Status for dei eigne krava frå departementet",
        R::ColObligation => "Skal/bør",
        R::ColInvestment => "Investering (kr)",
        R::ColOperating => "Drift per år (kr)",
        R::ColStartYear => "Startår",
        R::ColNpv => "Netto noverdi (kr)",
        R::ColVolume => "Volum per år",
        R::ColAvailable => "Digitalt tilgjengeleg",
        R::ColInstant => "Straksavgjerd",
        R::ColUserOrientation => "Brukarorientering",
        R::ColWhat => Wording::Capital(Word::Measure).text(Language::Nn),
        R::ColLatest => "Siste måling",
        R::ColNokYear => "Kroner {year}",
        R::ColFteYear => "Årsverk {year}",
        R::ColNokTotal => "Kroner i alt",
        R::ColFteTotal => "Årsverk i alt",
        R::ColDestination => "Kva gevinsten vart brukt til",
        R::ColPoint => "Punkt",
        R::ColRealised => "Realisert",
        R::ColExtracted => "Henta ut",
        R::ColNotExtracted => "Ikkje henta ut",
        R::ColUnaccounted => "Ikkje gjort greie for",
        R::StageContent => "Samlar innhaldet",
        R::StageLayout => "Set sidene",
        R::StagePdf => "Lagar PDF",
        R::StageWrite => "Lagrar fila",
        R::ErrCalc => {
            "Rapporten kan ikkje lagast fordi nokre beløp er så store at summane ikkje kan reknast ut. Kontroller beløpa for gevinstar og uttak."
        }
        R::ErrFont => {
            "Rapporten kan ikkje lagast fordi ei innebygd skrift ikkje kunne lesast. Installer Gevinst på nytt."
        }
        R::ErrWrite => "Rapporten kunne ikkje lagrast som «{path}»: {reason}",
    }
}
