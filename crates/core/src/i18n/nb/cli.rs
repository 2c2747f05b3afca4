//! Kommandolinjens tekster på bokmål.

use crate::i18n::CliText as T;
use crate::i18n::Language;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Word(w) => w.text(Language::Nb),
        T::NoApp => {
            "Denne utgaven av gevinst har ikke skrivebordsprogrammet. Bruk en underkommando; «gevinst --help» viser dem."
        }
        T::CheckCounts => {
            "Feil: {errors}, advarsler: {warnings}, tips: {hints} ({checks, plural, one {# kontroll} other {# kontroller}})."
        }
        T::CheckNothingFound => "Ingen funn: alt som kontrolleres, er på plass.",
        T::EntityNamed => "{kind} «{name}»",
        T::EntityReport => "Rapporten",
        T::EntitySettings => "Innstillingene",
        T::EntityExtraction => "Uttak {year} fra «{name}»",
        T::EntityChecklist => "Sjekklistepunkt {point}",
        T::EntityOwnPoint => "Departementets krav",
        T::EntityUnknown => "Element {id} (finnes ikke lenger)",
        T::Field => "felt «{field}»",
        T::SummaryTitle => "{agency} – årsrapport {year}",
        T::SummaryPriceYear => "Beløp i {price_year}-kroner.",
        T::SummaryComparisonYear => {
            "Nåverdiene er uttrykt i sammenligningsåret {year}, så totalen er en ekte sum."
        }
        T::SummaryMeasures => "Tiltak etter status",
        T::SummaryGains => "Gevinster per år og type, planlagt og realisert",
        T::SummaryByArea => "Uttak omdisponert til prioriterte områder",
        T::SummaryNpv => "Netto nåverdi per tiltak",
        T::ColNpv => "Netto nåverdi",
        T::NothingToShow => "Ingenting å vise.",
        T::CalcOverflow => "Kunne ikke regne ut «{what}»: beløpene er for store.",
        T::ExampleWritten => "Skrev eksempelprosjektet til «{file}».",
        T::ReportWritten => {
            "Skrev rapporten ({pages, plural, one {# side} other {# sider}}, {language}) til «{file}»."
        }
        T::LargeWritten => {
            "Skrev et stort testprosjekt med {measures, plural, one {# tiltak} other {# tiltak}} til «{file}»."
        }
        T::UpgradeMigrated => {
            "Oppgraderte «{file}» fra filformat {from} til {to}. Den forrige utgaven ligger i «{backup}»."
        }
        T::UpgradeRewritten => {
            "Skrev «{file}» på nytt i filformat {to}. Den forrige utgaven ligger i «{backup}»."
        }
        T::UpgradeUnchanged => "«{file}» er allerede i filformat {to}; ikke endret.",
        T::UpgradeSkipped => "«{file}» er ikke endret.",
    }
}
