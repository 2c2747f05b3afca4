//! Kommandolinjens tekster på bokmål.

use crate::i18n::CliText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::NoApp => {
            "Denne utgaven av gevinst har ikke skrivebordsprogrammet. Bruk en underkommando; «gevinst --help» viser dem."
        }
        T::SevError => "Feil",
        T::SevWarning => "Advarsel",
        T::SevHint => "Tips",
        T::CheckCounts => {
            "Feil: {errors}, advarsler: {warnings}, tips: {hints} ({checks} kontroller)."
        }
        T::CheckNothingFound => "Ingen funn: alt som kontrolleres, er på plass.",
        T::EntityAgency => "Virksomheten",
        T::EntityReport => "Rapporten",
        T::EntitySettings => "Innstillingene",
        T::EntityPriorityArea => "Prioritert område «{name}»",
        T::EntityMeasure => "Tiltak «{name}»",
        T::EntityService => "Tjeneste «{name}»",
        T::EntityGain => "Gevinst «{name}»",
        T::EntityExtraction => "Uttak {year} fra «{name}»",
        T::EntityChecklist => "Sjekklistepunkt {point}",
        T::EntityUnknown => "Element {id} (finnes ikke lenger)",
        T::Field => "felt «{field}»",
        T::SummaryTitle => "{agency} – årsrapport {year}",
        T::SummaryPriceYear => "Beløp i {price_year}-kroner.",
        T::SummaryMeasures => "Tiltak etter status",
        T::SummaryGains => "Gevinster per år og type, planlagt og realisert",
        T::SummaryByArea => "Uttak omdisponert til prioriterte områder",
        T::SummaryByForm => "Uttak etter form",
        T::SummaryNpv => "Netto nåverdi per tiltak",
        T::ColYear => "År",
        T::ColKind => "Type",
        T::ColPlannedNok => "Planlagt kr",
        T::ColRealisedNok => "Realisert kr",
        T::ColPlannedFte => "Planlagt årsverk",
        T::ColRealisedFte => "Realisert årsverk",
        T::ColArea => "Prioritert område",
        T::ColForm => "Form",
        T::ColAmount => "Kroner",
        T::ColFte => "Årsverk",
        T::ColCount => "Antall",
        T::ColMeasure => "Tiltak",
        T::ColNpv => "Netto nåverdi",
        T::Total => "Sum",
        T::NoArea => "Uten prioritert område",
        T::NothingToShow => "Ingenting å vise.",
        T::CalcOverflow => "Kunne ikke regne ut «{what}»: beløpene er for store.",
        T::ExampleWritten => "Skrev eksempelprosjektet til «{file}».",
        T::ReportWritten => "Skrev rapporten ({pages} sider, {language}) til «{file}».",
        T::LargeWritten => "Skrev et stort testprosjekt med {measures} tiltak til «{file}».",
    }
}
