//! Rekneark på nynorsk.

use crate::i18n::SheetText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::SheetMeasures => capital(Word::Measure, Language::Nn),
        T::SheetServices => "Tenester",
        T::SheetGains => capital(Word::Gains, Language::Nn),
        T::SheetExtractions => capital(Word::GainExtraction, Language::Nn),
        T::SheetAreas => capital(Word::PriorityAreas, Language::Nn),
        T::SheetChecklist => "Sjekkliste",
        T::SheetSummary => "Samandrag",
        T::ColId => "ID",
        T::ColTitle => "Tittel",
        T::ColName => "Namn",
        T::ColDescription => capital(Word::Description, Language::Nn),
        T::ColStatus => capital(Word::Status, Language::Nn),
        T::ColStartDate => "Startdato",
        T::ColEndDate => "Sluttdato",
        T::ColResponsibleUnit => "Ansvarleg eining",
        T::ColResponsiblePerson => "Ansvarleg person",
        T::ColDigitalisation => capital(Word::Digitalisation, Language::Nn),
        T::ColSpecialAssessment => "Særleg vurdering",
        T::ColServiceIds => "Teneste-ID-ar",
        T::ColInvestment => "Investering (kr)",
        T::ColOperatingCost => "Årlege driftskostnader (kr)",
        T::ColPriceYear => "Kroneår",
        T::ColTargetGroup => capital(Word::TargetGroup, Language::Nn),
        T::ColChannel => "Kanal",
        T::ColAnnualVolume => "Årleg volum",
        T::ColDigitalShare => capital(Word::DigitalShare, Language::Nn),
        T::ColDigitallyAvailable => "Digitalt tilgjengeleg",
        T::ColRemains => "Står att å digitalisere",
        T::ColMeasureId => "Tiltak-ID",
        T::ColMeasure => capital(Word::Measure, Language::Nn),
        T::ColKind => "Type",
        T::ColBeneficiary => "Kven får gevinsten",
        T::ColIndicator => capital(Word::Indicator, Language::Nn),
        T::ColUnit => "Eining",
        T::ColBaselineValue => capital(Word::Baseline, Language::Nn),
        T::ColBaselineDate => "Nullpunktsdato",
        T::ColTargetValue => "Målverdi",
        T::ColTargetDate => "Måldato",
        T::ColDirection => "Retning",
        T::ColOwner => capital(Word::BenefitOwner, Language::Nn),
        T::ColYear => capital(Word::Year, Language::Nn),
        T::ColPlannedNok => capital(Word::PlannedNok, Language::Nn),
        T::ColRealisedNok => capital(Word::RealisedNok, Language::Nn),
        T::ColPlannedHours => "Planlagde timar",
        T::ColRealisedHours => "Realiserte timar",
        T::ColPlannedFte => "Planlagde årsverk",
        T::ColRealisedFte => "Realiserte årsverk",
        T::ColPlannedIndicator => "Planlagd indikatorverdi",
        T::ColRealisedIndicator => "Realisert indikatorverdi",
        T::ColPlannedReport => "Planlagt (kr, kroneåret i rapporten)",
        T::ColRealisedReport => "Realisert (kr, kroneåret i rapporten)",
        T::ColGainId => "Gevinst-ID",
        T::ColGain => capital(Word::Gain, Language::Nn),
        T::ColForm => capital(Word::ExtractionForm, Language::Nn),
        T::ColAmount => capital(Word::AmountNok, Language::Nn),
        T::ColFte => capital(Word::Fte, Language::Nn),
        T::ColAreaId => "Område-ID",
        T::ColArea => capital(Word::PriorityArea, Language::Nn),
        T::ColAmountReport => "Beløp (kr, kroneåret i rapporten)",
        T::ColPoint => "Punkt",
        T::ColJustification => capital(Word::Justification, Language::Nn),
        T::ColCount => capital(Word::Count, Language::Nn),
        T::ColNpv => "Netto noverdi (kr)",
        T::Total => capital(Word::Total, Language::Nn),
        T::NoArea => "Utan område",
        T::Yes => "Ja",
        T::No => "Nei",
        T::SumGains => "Gevinstar per år og type (kr i kroneår {year})",
        T::SumByForm => "Gevinstuttak per form",
        T::SumByArea => "Omdisponert per prioritert område",
        T::SumNpv => "Netto noverdi per tiltak (samanlikningsår {year})",
        T::CellError => "Ark «{sheet}», rad {row}, kolonne «{column}»: {problem}",
        T::ProbNotAmount => "«{value}» er ikkje eit beløp",
        T::ProbNotNumber => "«{value}» er ikkje eit tal",
        T::ProbNotDate => "«{value}» er ikkje ein dato",
        T::ProbNotYear => "«{value}» er ikkje eit årstal",
        T::ProbNotPercent => "«{value}» er ikkje ein prosent",
        T::ProbNotYesNo => "«{value}» er verken ja eller nei",
        T::ProbNotChoice => "«{value}» er ikkje eitt av vala {choices}",
        T::ProbNotId => "«{value}» er ikkje ein gyldig ID",
        T::ProbOutOfRange => "«{value}» er utanfor det tillatne området",
        T::ProbNoMeasure => "finn ikkje tiltaket «{value}»",
        T::ProbNoGain => "finn ikkje gevinsten «{value}»",
        T::ProbNoArea => "finn ikkje det prioriterte området «{value}»",
        T::ProbFormula => "cella inneheld formelen «{value}»; lim inn verdiar i staden",
        T::ProbMissing => "manglar verdi",
        T::ErrNotSpreadsheet => {
            "«{file}» er ikkje eit rekneark Gevinst kan lese (xlsx, xls, ods eller csv)."
        }
        T::ErrPassword => {
            "«{file}» er passordverna. Fjern passordet i reknearkprogrammet og prøv igjen."
        }
        T::ErrTooManyRows => {
            "Arket «{sheet}» har {rows} rader; Gevinst les høgst {limit}. Slett tomme rader eller del opp registeret."
        }
        T::ErrMerged => {
            "Arket «{sheet}» har samanslåtte celler ({range}). Del dei opp og prøv igjen."
        }
        T::ErrEmpty => {
            "«{file}» har ingen ark med rader Gevinst kjenner att (tiltak, tenester, gevinstar, gevinstuttak eller prioriterte område)."
        }
        T::ErrRead => "Kunne ikkje lese «{file}»: {detail}",
        T::ErrWrite => "Kunne ikkje skrive «{file}»: {detail}",
        T::UnknownColumns => {
            "Ark «{sheet}»: desse kolonnane er ukjende og vert ikkje lesne: {columns}"
        }
        T::Refused => "Ingenting vart importert. Rett cellene over og prøv igjen.",
        T::ImportDone => "Skreiv «{file}»: {new} nye og {updated} oppdaterte rader.",
        T::ExportDone => "Skreiv «{file}».",
    }
}
