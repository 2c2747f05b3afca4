//! Regneark på bokmål.

use crate::i18n::SheetText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::SheetMeasures => capital(Word::Measure, Language::Nb),
        T::SheetServices => "Tjenester",
        T::SheetGains => capital(Word::Gains, Language::Nb),
        T::SheetExtractions => capital(Word::GainExtraction, Language::Nb),
        T::SheetAreas => capital(Word::PriorityAreas, Language::Nb),
        T::SheetChecklist => "Sjekkliste",
        T::SheetSummary => "Sammendrag",
        T::ColId => "ID",
        T::ColTitle => "Tittel",
        T::ColName => "Navn",
        T::ColDescription => capital(Word::Description, Language::Nb),
        T::ColStatus => capital(Word::Status, Language::Nb),
        T::ColStartDate => "Startdato",
        T::ColEndDate => "Sluttdato",
        T::ColResponsibleUnit => "Ansvarlig enhet",
        T::ColResponsiblePerson => "Ansvarlig person",
        T::ColDigitalisation => capital(Word::Digitalisation, Language::Nb),
        T::ColSpecialAssessment => "Særlig vurdering",
        T::ColServiceIds => "Tjeneste-ID-er",
        T::ColInvestment => "Investering (kr)",
        T::ColOperatingCost => "Årlige driftskostnader (kr)",
        T::ColPriceYear => "Kroneår",
        T::ColTargetGroup => capital(Word::TargetGroup, Language::Nb),
        T::ColChannel => "Kanal",
        T::ColAnnualVolume => "Årlig volum",
        T::ColDigitalShare => capital(Word::DigitalShare, Language::Nb),
        T::ColDigitallyAvailable => "Digitalt tilgjengelig",
        T::ColRemains => "Gjenstår å digitalisere",
        T::ColMeasureId => "Tiltak-ID",
        T::ColMeasure => capital(Word::Measure, Language::Nb),
        T::ColKind => "Type",
        T::ColBeneficiary => "Hvem får gevinsten",
        T::ColIndicator => capital(Word::Indicator, Language::Nb),
        T::ColUnit => "Enhet",
        T::ColBaselineValue => capital(Word::Baseline, Language::Nb),
        T::ColBaselineDate => "Nullpunktsdato",
        T::ColTargetValue => "Målverdi",
        T::ColTargetDate => "Måldato",
        T::ColDirection => "Retning",
        T::ColOwner => capital(Word::BenefitOwner, Language::Nb),
        T::ColYear => capital(Word::Year, Language::Nb),
        T::ColPlannedNok => capital(Word::PlannedNok, Language::Nb),
        T::ColRealisedNok => capital(Word::RealisedNok, Language::Nb),
        T::ColPlannedHours => "Planlagte timer",
        T::ColRealisedHours => "Realiserte timer",
        T::ColPlannedFte => "Planlagte årsverk",
        T::ColRealisedFte => "Realiserte årsverk",
        T::ColPlannedIndicator => "Planlagt indikatorverdi",
        T::ColRealisedIndicator => "Realisert indikatorverdi",
        T::ColPlannedReport => "Planlagt (kr, rapportens kroneår)",
        T::ColRealisedReport => "Realisert (kr, rapportens kroneår)",
        T::ColGainId => "Gevinst-ID",
        T::ColGain => capital(Word::Gain, Language::Nb),
        T::ColForm => capital(Word::ExtractionForm, Language::Nb),
        T::ColAmount => capital(Word::AmountNok, Language::Nb),
        T::ColFte => capital(Word::Fte, Language::Nb),
        T::ColAreaId => "Område-ID",
        T::ColArea => capital(Word::PriorityArea, Language::Nb),
        T::ColAmountReport => "Beløp (kr, rapportens kroneår)",
        T::ColPoint => "Punkt",
        T::ColJustification => capital(Word::Justification, Language::Nb),
        T::ColCount => capital(Word::Count, Language::Nb),
        T::ColNpv => "Netto nåverdi (kr)",
        T::Total => capital(Word::Total, Language::Nb),
        T::NoArea => "Uten område",
        T::Yes => "Ja",
        T::No => "Nei",
        T::SumGains => "Gevinster per år og type (kr i kroneår {year})",
        T::SumByForm => "Gevinstuttak per form",
        T::SumByArea => "Omdisponert per prioritert område",
        T::SumNpv => "Netto nåverdi per tiltak (sammenligningsår {year})",
        T::CellError => "Ark «{sheet}», rad {row}, kolonne «{column}»: {problem}",
        T::ProbNotAmount => "«{value}» er ikke et beløp",
        T::ProbNotNumber => "«{value}» er ikke et tall",
        T::ProbNotDate => "«{value}» er ikke en dato",
        T::ProbNotYear => "«{value}» er ikke et årstall",
        T::ProbNotPercent => "«{value}» er ikke en prosent",
        T::ProbNotYesNo => "«{value}» er verken ja eller nei",
        T::ProbNotChoice => "«{value}» er ikke et av valgene {choices}",
        T::ProbNotId => "«{value}» er ikke en gyldig ID",
        T::ProbOutOfRange => "«{value}» er utenfor det tillatte området",
        T::ProbNoMeasure => "finner ikke tiltaket «{value}»",
        T::ProbNoGain => "finner ikke gevinsten «{value}»",
        T::ProbNoArea => "finner ikke det prioriterte området «{value}»",
        T::ProbFormula => "cellen inneholder formelen «{value}»; lim inn verdier i stedet",
        T::ProbMissing => "mangler verdi",
        T::ErrNotSpreadsheet => {
            "«{file}» er ikke et regneark Gevinst kan lese (xlsx, xls, ods eller csv)."
        }
        T::ErrPassword => {
            "«{file}» er passordbeskyttet. Fjern passordet i regnearkprogrammet og prøv igjen."
        }
        T::ErrTooManyRows => {
            "Arket «{sheet}» har {rows} rader; Gevinst leser høyst {limit}. Slett tomme rader eller del opp registeret."
        }
        T::ErrMerged => {
            "Arket «{sheet}» har sammenslåtte celler ({range}). Del dem opp og prøv igjen."
        }
        T::ErrEmpty => {
            "«{file}» har ingen ark med rader Gevinst kjenner igjen (tiltak, tjenester, gevinster, gevinstuttak eller prioriterte områder)."
        }
        T::ErrRead => "Kunne ikke lese «{file}»: {detail}",
        T::ErrWrite => "Kunne ikke skrive «{file}»: {detail}",
        T::UnknownColumns => {
            "Ark «{sheet}»: disse kolonnene er ukjente og blir ikke lest: {columns}"
        }
        T::Refused => "Ingenting ble importert. Rett cellene over og prøv igjen.",
        T::ImportDone => "Skrev «{file}»: {new} nye og {updated} oppdaterte rader.",
        T::ExportDone => "Skrev «{file}».",
    }
}
