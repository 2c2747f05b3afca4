//! Tekstane til kommandolinja på nynorsk.

use crate::i18n::CliText as T;
use crate::i18n::Language;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Word(w) => w.text(Language::Nn),
        T::NoApp => {
            "Denne utgåva av gevinst har ikkje skrivebordsprogrammet. Bruk ein underkommando; «gevinst --help» viser dei."
        }
        T::CheckCounts => {
            "Feil: {errors}, åtvaringar: {warnings}, tips: {hints} ({checks, plural, one {# kontroll} other {# kontrollar}})."
        }
        T::CheckNothingFound => "Ingen funn: alt som blir kontrollert, er på plass.",
        T::EntityNamed => "{kind} «{name}»",
        T::EntityReport => "Rapporten",
        T::EntitySettings => "Innstillingane",
        T::EntityExtraction => "Uttak {year} frå «{name}»",
        T::EntityChecklist => "Sjekklistepunkt {point}",
        T::EntityOwnPoint => "Krav frå departementet",
        T::EntityUnknown => "Element {id} (finst ikkje lenger)",
        T::Field => "felt «{field}»",
        T::SummaryTitle => "{agency} – årsrapport {year}",
        T::SummaryPriceYear => "Beløp i {price_year}-kroner.",
        T::SummaryComparisonYear => {
            "Noverdiane er uttrykte i samanlikningsåret {year}, så totalen er ein ekte sum."
        }
        T::SummaryMeasures => "Tiltak etter status",
        T::SummaryGains => "Gevinstar per år og type, planlagde og realiserte",
        T::SummaryByArea => "Uttak omdisponert til prioriterte område",
        T::SummaryNpv => "Netto noverdi per tiltak",
        T::ColNpv => "Netto noverdi",
        T::NothingToShow => "Ingenting å vise.",
        T::CalcOverflow => "Kunne ikkje rekne ut «{what}»: beløpa er for store.",
        T::ExampleWritten => "Skreiv eksempelprosjektet til «{file}».",
        T::ReportWritten => {
            "Skreiv rapporten ({pages, plural, one {# side} other {# sider}}, {language}) til «{file}»."
        }
        T::LargeWritten => {
            "Skreiv eit stort testprosjekt med {measures, plural, one {# tiltak} other {# tiltak}} til «{file}»."
        }
        T::UpgradeMigrated => {
            "Oppgraderte «{file}» frå filformat {from} til {to}. Den førre utgåva ligg i «{backup}»."
        }
        T::UpgradeRewritten => {
            "Skreiv «{file}» på nytt i filformat {to}. Den førre utgåva ligg i «{backup}»."
        }
        T::UpgradeUnchanged => "«{file}» er allereie i filformat {to}; ikkje endra.",
        T::UpgradeSkipped => "«{file}» er ikkje endra.",
    }
}
