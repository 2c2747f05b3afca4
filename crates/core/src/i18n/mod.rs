//! Languages and every fixed text of Gevinst, kept in one place per language.
//!
//! Each area of the program has a key type here (`Term` for the vocabulary of the model,
//! and one enum per area for sentences). Each language has a folder (`nb/`, `nn/`, `en/`)
//! with one file per area, whose `match` is exhaustive: a key missing in any language
//! does not compile. The nouns and the names of fields and columns that several areas share
//! are words of the vocabulary (`vocab.rs`), defined once per language. Sentences may hold
//! `{placeholders}` and plural forms (`{n, plural, one {# side} other {# sider}}`), filled
//! with [`Key::fill`] (or [`fill`] for texts without plurals); a test checks that every
//! language uses the same placeholders and plurals for the same key.

mod cli;
mod common;
mod compare;
mod docx;
mod editor;
pub(crate) mod en;
mod fields;
mod glossary;
mod io;
mod message;
mod names;
pub(crate) mod nb;
pub(crate) mod nn;
mod report;
mod sheets;
mod sheetsapp;
mod template;
pub(crate) mod terms;
mod ui;
mod vocab;
mod working;
mod year;

pub use cli::CliText;
pub use common::Common;
pub use compare::CompareText;
pub use docx::DocxText;
pub use editor::EditorText;
pub use glossary::{GlossaryEntry, glossary, rejected_in};
pub use io::IoText;
pub use message::{FindingWord, Message, bound_text, quantity_name};
pub use names::{entity_kind, entity_label, entity_name, entity_text};
pub use report::ReportText;
pub use sheets::SheetText;
pub use sheetsapp::SheetAppText;
pub use template::{Value, fill, fill_with, placeholders, plurals, syntax_problems};
pub use terms::{Label, Term};
pub use ui::UiText;
pub use vocab::{Word, Wording, capital};
pub use working::WorkingText;
pub use year::YearText;

pub use crate::model::Language;

/// A key into one of the translation tables.
pub trait Key: Copy + std::fmt::Debug + 'static {
    /// Every key of this table (for the completeness tests).
    fn all() -> &'static [Self];
    /// The text of this key in a language.
    fn text(self, lang: Language) -> &'static str;

    /// The text of this key in a language with its placeholders filled, plural forms chosen
    /// by the language's rules (see [`fill_with`]).
    fn fill(self, lang: Language, args: &[(&str, Value)]) -> String {
        fill_with(lang, self.text(lang), args)
    }
}

/// Implements [`Key`] for a table whose texts are the function `$($text)::+` of each language's
/// folder, e.g. `key_table!(UiText, ui::text)` reads `nb::ui::text`, `nn::ui::text` and
/// `en::ui::text`. The table lists its keys with `strum::VariantArray`; a table with words of
/// the vocabulary (`key_table!(UiText, ui::text, with words)`) with `strum::EnumIter`, which
/// leaves its `Word` variant out: the words are checked with the vocabulary.
macro_rules! key_table {
    (@impl $key:ty, $all:expr, $($text:ident)::+) => {
        impl $crate::i18n::Key for $key {
            fn all() -> &'static [Self] {
                $all
            }

            fn text(self, lang: $crate::model::Language) -> &'static str {
                match lang {
                    $crate::model::Language::Nb => $crate::i18n::nb::$($text)::+(self),
                    $crate::model::Language::Nn => $crate::i18n::nn::$($text)::+(self),
                    $crate::model::Language::En => $crate::i18n::en::$($text)::+(self),
                }
            }
        }
    };
    ($key:ty, $($text:ident)::+, with words) => {
        $crate::i18n::key_table!(@impl $key, {
            static ALL: std::sync::LazyLock<Vec<$key>> =
                std::sync::LazyLock::new(|| <$key as strum::IntoEnumIterator>::iter().collect());
            &ALL
        }, $($text)::+);
    };
    ($key:ty, $($text:ident)::+) => {
        $crate::i18n::key_table!(@impl $key, <Self as strum::VariantArray>::VARIANTS, $($text)::+);
    };
}
pub(crate) use key_table;

/// The text of a key in a language.
pub fn tr<K: Key>(lang: Language, key: K) -> &'static str {
    key.text(lang)
}

/// Checks one translation table: no empty text, readable plurals each with an `other`
/// branch, and the same placeholders and the same plurals in every language. Returns a
/// description of each problem; used by the tests of every table.
pub fn table_problems<K: Key>() -> Vec<String> {
    let mut problems = Vec::new();
    for &key in K::all() {
        let reference = key.text(Language::Nb);
        for lang in Language::ALL {
            let text = key.text(lang);
            let code = lang.code();
            if text.trim().is_empty() {
                problems.push(format!("{key:?} is empty in {code}"));
            }
            for problem in syntax_problems(text) {
                problems.push(format!("{key:?} in {code}: {problem}"));
            }
            if placeholders(text) != placeholders(reference) {
                problems.push(format!(
                    "{key:?} has placeholders {:?} in {code} but {:?} in nb",
                    placeholders(text),
                    placeholders(reference)
                ));
            }
            if plurals(text) != plurals(reference) {
                problems.push(format!(
                    "{key:?} has plurals {:?} in {code} but {:?} in nb",
                    plurals(text),
                    plurals(reference)
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("de"), None);
    }

    #[test]
    fn counts_take_the_plural_form_of_their_noun() {
        use Language::{En, Nb, Nn};
        let pages = |lang, n: usize| {
            CliText::ReportWritten.fill(
                lang,
                &[
                    ("pages", n.into()),
                    ("language", "x".into()),
                    ("file", "f".into()),
                ],
            )
        };
        assert_eq!(pages(Nb, 1), "Skrev rapporten (1 side, x) til «f».");
        assert_eq!(pages(Nn, 7), "Skreiv rapporten (7 sider, x) til «f».");
        assert_eq!(pages(En, 1), "Wrote the report (1 page, x) to “f”.");
        let counts = |lang, e: usize, w: usize| {
            UiText::FindingsCounts.fill(
                lang,
                &[
                    ("errors", e.into()),
                    ("warnings", w.into()),
                    ("hints", 0.into()),
                ],
            )
        };
        assert_eq!(counts(Nb, 1, 1), "1 feil · 1 advarsel · 0 tips");
        assert_eq!(counts(Nn, 2, 2), "2 feil · 2 åtvaringar · 0 tips");
        assert_eq!(counts(En, 1, 2), "1 error · 2 warnings · 0 hints");
        let used = |lang, n: usize| EditorText::AreaUsedBy.fill(lang, &[("count", n.into())]);
        assert_eq!(used(En, 1), "Used in 1 extraction.");
        assert_eq!(used(En, 1250), "Used in 1,250 extractions.");
        assert_eq!(used(Nb, 1250), "Brukes i 1\u{a0}250 uttak.");
        let digital = |lang, n: usize, total: usize| {
            ReportText::KfDigital.fill(lang, &[("n", n.into()), ("total", total.into())])
        };
        assert_eq!(digital(Nb, 1, 4), "tjenester er digital");
        assert_eq!(digital(Nb, 0, 1), "tjeneste er digitale");
        assert_eq!(digital(En, 1, 4), "services is digital");
        let fte = |lang, d| EditorText::FteOfHours.fill(lang, &[("fte", Value::Decimal(d, 2))]);
        assert_eq!(fte(En, rust_decimal::Decimal::ONE), "= 1 FTE");
        assert_eq!(fte(En, rust_decimal::Decimal::new(25, 1)), "= 2.5 FTEs");
    }

    #[test]
    fn every_table_is_complete() {
        let problems = [
            table_problems::<Term>(),
            table_problems::<Common>(),
            table_problems::<UiText>(),
            table_problems::<EditorText>(),
            table_problems::<ReportText>(),
            table_problems::<CliText>(),
            table_problems::<IoText>(),
            table_problems::<DocxText>(),
            table_problems::<SheetText>(),
            table_problems::<CompareText>(),
            table_problems::<WorkingText>(),
        ]
        .concat();
        assert!(problems.is_empty(), "{problems:?}");
    }
}
