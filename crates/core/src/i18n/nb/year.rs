//! Årssyklusen på bokmål.

use crate::i18n::YearText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::FindingMeasure => {
            "Tiltaket «{title}» er ført videre fra i fjor som planlagt eller pågående. Bekreft status for {year}: iverksatt, forsinket eller stanset?"
        }
        T::FindingChecklist => {
            "Svaret og begrunnelsen på punkt {point} («{point_title}») er fra i fjor. Bekreft dem for {year}, eller endre dem."
        }
        T::FindingOwnPoint => {
            "Svaret og begrunnelsen på departementets krav «{title}» er fra i fjor. Bekreft dem for {year}, eller endre dem."
        }
        T::LastYear => "I fjor",
        T::LastYearValue => "I fjor: {value}",
        T::CapGainsVsLastYear => "Gevinster per år, i år og i fjor ({price_year}-kroner)",
        T::CapExtractionVsLastYear => "Uttak per år, i år og i fjor ({price_year}-kroner)",
        T::ColPlanned => capital(Word::Planned, Language::Nb),
        T::ColRealised => "Realisert",
        T::ColExtracted => "Hentet ut",
        T::ColReallocated => "Omdisponert",
        T::ColLastYear => "I fjor",
        T::NoteLastYear => "«I fjor» er tallene slik de sto i årsrapporten for {last_year}.",
        T::MenuNextYear => "Ny årsrapport basert på denne…",
        T::DialogTitle => "Lagre årsrapporten for {year} som",
        T::Written => "Årsrapporten for {year} er laget i «{file}».",
        T::Failed => "Kunne ikke lage årsrapporten for {year}: {error}",
        T::SameFile => {
            "Vil ikke skrive over «{file}». Velg et annet filnavn for neste års rapport med -o."
        }
        T::ToConfirm => {
            "{n, plural, one {# ting må bekreftes} other {# ting må bekreftes}} for det nye året."
        }
        T::PanelTitle => "Ført videre fra {from_year}",
        T::PanelIntro => {
            "Dette er ført videre fra årsrapporten for {from_year}. Bekreft hvert punkt for {year}, eller endre det; en endring bekrefter det også."
        }
        T::ConfirmFor => "Bekreft for {year}",
        T::ConfirmAll => "Bekreft alt for {year}",
        T::CarriedMeasure => "Tiltak «{title}»: {status}",
        T::CarriedPoint => "Punkt {point}: {status}",
        T::LeftOutTitle => "Tiltak stanset tidligere år (holdes utenfor rapporten)",
        T::IncludeInReport => "Ta med i årsrapporten",
        T::IncludeRow => "Årsrapporten",
        T::IncludeHelp => {
            "Stansede tiltak fra tidligere år holdes utenfor årsrapporten, med mindre du tar dem med her."
        }
        T::AllConfirmed => "Alt som ble ført videre, er bekreftet for {year}.",
        T::Overflow => "Tallene for i fjor er for store til å regnes ut.",
    }
}
