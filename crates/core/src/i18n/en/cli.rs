//! The command line's texts in English.

use crate::i18n::CliText as T;
use crate::i18n::Language;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Word(w) => w.text(Language::En),
        T::NoApp => {
            "This build of gevinst has no desktop app. Use a subcommand; “gevinst --help” lists them."
        }
        T::CheckCounts => {
            "Errors: {errors}, warnings: {warnings}, hints: {hints} ({checks, plural, one {# check} other {# checks}})."
        }
        T::CheckNothingFound => "Nothing found: everything checked is in place.",
        T::EntityNamed => "{kind} “{name}”",
        T::EntityReport => "The report",
        T::EntitySettings => "The settings",
        T::EntityExtraction => "Extraction {year} from “{name}”",
        T::EntityChecklist => "Checklist point {point}",
        T::EntityOwnPoint => "The ministry's requirement",
        T::EntityUnknown => "Item {id} (no longer exists)",
        T::Field => "field “{field}”",
        T::SummaryTitle => "{agency} – annual report {year}",
        T::SummaryPriceYear => "Amounts in {price_year} kroner.",
        T::SummaryComparisonYear => {
            "Present values are expressed in the comparison year {year}, so the total is a true sum."
        }
        T::SummaryMeasures => "Measures by status",
        T::SummaryGains => "Gains per year and kind, planned and realised",
        T::SummaryByArea => "Extraction reallocated to priority areas",
        T::SummaryNpv => "Net present value per measure",
        T::ColNpv => "Net present value",
        T::NothingToShow => "Nothing to show.",
        T::CalcOverflow => "Could not calculate “{what}”: the amounts are too large.",
        T::ExampleWritten => "Wrote the example project to “{file}”.",
        T::ReportWritten => {
            "Wrote the report ({pages, plural, one {# page} other {# pages}}, {language}) to “{file}”."
        }
        T::LargeWritten => {
            "Wrote a large test project with {measures, plural, one {# measure} other {# measures}} to “{file}”."
        }
        T::UpgradeMigrated => {
            "Upgraded “{file}” from file format {from} to {to}. The previous version is in “{backup}”."
        }
        T::UpgradeRewritten => {
            "Rewrote “{file}” in file format {to}. The previous version is in “{backup}”."
        }
        T::UpgradeUnchanged => "“{file}” is already in file format {to}; not changed.",
        T::UpgradeSkipped => "“{file}” was not changed.",
    }
}
