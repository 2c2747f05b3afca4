//! Årssyklusen på nynorsk.

use crate::i18n::YearText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::FindingMeasure => {
            "Tiltaket «{title}» er ført vidare frå i fjor som planlagt eller i gang. Stadfest status for {year}: iverksett, forseinka eller stansa?"
        }
        T::FindingChecklist => {
            "Svaret og grunngivinga på punkt {point} («{point_title}») er frå i fjor. Stadfest dei for {year}, eller endra dei."
        }
        T::FindingOwnPoint => {
            "Svaret og grunngivinga på kravet «{title}» frå departementet er frå i fjor. Stadfest dei for {year}, eller endra dei."
        }
        T::LastYear => "I fjor",
        T::LastYearValue => "I fjor: {value}",
        T::CapGainsVsLastYear => "Gevinstar per år, i år og i fjor ({price_year}-kroner)",
        T::CapExtractionVsLastYear => "Uttak per år, i år og i fjor ({price_year}-kroner)",
        T::ColPlanned => "Planlagt",
        T::ColRealised => "Realisert",
        T::ColExtracted => "Henta ut",
        T::ColReallocated => "Omdisponert",
        T::ColLastYear => "I fjor",
        T::NoteLastYear => "«I fjor» er tala slik dei stod i årsrapporten for {last_year}.",
        T::MenuNextYear => "Ny årsrapport basert på denne …",
        T::DialogTitle => "Lagra årsrapporten for {year} som",
        T::Written => "Årsrapporten for {year} er laga i «{file}».",
        T::Failed => "Kunne ikkje laga årsrapporten for {year}: {error}",
        T::SameFile => {
            "Vil ikkje skriva over «{file}». Vel eit anna filnamn for rapporten for neste år med -o."
        }
        T::ToConfirm => {
            "{n, plural, one {# ting må stadfestast} other {# ting må stadfestast}} for det nye året."
        }
        T::PanelTitle => "Ført vidare frå {from_year}",
        T::PanelIntro => {
            "Dette er ført vidare frå årsrapporten for {from_year}. Stadfest kvart punkt for {year}, eller endra det; ei endring stadfestar det òg."
        }
        T::ConfirmFor => "Stadfest for {year}",
        T::ConfirmAll => "Stadfest alt for {year}",
        T::CarriedMeasure => "Tiltak «{title}»: {status}",
        T::CarriedPoint => "Punkt {point}: {status}",
        T::LeftOutTitle => "Tiltak stansa tidlegare år (haldne utanfor rapporten)",
        T::IncludeInReport => "Ta med i årsrapporten",
        T::IncludeRow => "Årsrapporten",
        T::IncludeHelp => {
            "Stansa tiltak frå tidlegare år blir haldne utanfor årsrapporten, med mindre du tek dei med her."
        }
        T::AllConfirmed => "Alt som vart ført vidare, er stadfesta for {year}.",
        T::Overflow => "Tala for i fjor er for store til å reknast ut.",
    }
}
