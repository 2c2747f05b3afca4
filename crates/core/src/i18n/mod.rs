//! Languages and every fixed text of Gevinst, kept in one place per language.
//!
//! Each area of the program has a key type here (`Term` for the vocabulary of the model,
//! and one enum per area for sentences). Each language has a folder (`nb/`, `nn/`, `en/`)
//! with one file per area, whose `match` is exhaustive: a key missing in any language
//! does not compile. Sentences may hold `{placeholders}`, filled with [`fill`]; a test checks
//! that every language uses the same placeholders for the same key.

mod cli;
mod common;
mod editor;
pub(crate) mod en;
mod io;
mod message;
mod names;
pub(crate) mod nb;
pub(crate) mod nn;
mod report;
mod terms;
mod ui;

pub use cli::CliText;
pub use common::Common;
pub use editor::EditorText;
pub use io::IoText;
pub use message::{FindingWord, Message};
pub use names::{entity_kind, entity_label, entity_name, entity_text};
pub use report::ReportText;
pub use terms::{Label, Term};
pub use ui::UiText;

pub use crate::model::Language;

/// A key into one of the translation tables.
pub trait Key: Copy + std::fmt::Debug + 'static {
    /// Every key of this table (for the completeness tests).
    fn all() -> &'static [Self];
    /// The text of this key in a language.
    fn text(self, lang: Language) -> &'static str;
}

/// The text of a key in a language.
pub fn tr<K: Key>(lang: Language, key: K) -> &'static str {
    key.text(lang)
}

/// Replace `{name}` placeholders in a template with values.
/// Unknown placeholders are left as they are, so a mistake shows instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a template uses, sorted and without duplicates.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                names.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// Checks one translation table: no empty text, and the same placeholders in every language.
/// Returns a description of each problem; used by the tests of every table.
pub fn table_problems<K: Key>() -> Vec<String> {
    let mut problems = Vec::new();
    for &key in K::all() {
        let reference = placeholders(key.text(Language::Nb));
        for lang in Language::ALL {
            let text = key.text(lang);
            if text.trim().is_empty() {
                problems.push(format!("{key:?} is empty in {}", lang.code()));
            }
            if placeholders(text) != reference {
                problems.push(format!(
                    "{key:?} has placeholders {:?} in {} but {:?} in nb",
                    placeholders(text),
                    lang.code(),
                    reference
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
    fn fill_replaces_known_and_keeps_unknown() {
        assert_eq!(
            fill(
                "Tiltaket «{title}» mangler {what}.",
                &[("title", "A"), ("what", "B")]
            ),
            "Tiltaket «A» mangler B."
        );
        assert_eq!(fill("{x} og {y}", &[("x", "1")]), "1 og {y}");
        assert_eq!(fill("åpen { uten slutt", &[]), "åpen { uten slutt");
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders("{b} {a} {b}"), vec!["a", "b"]);
        assert!(placeholders("ingen").is_empty());
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("de"), None);
    }

    #[test]
    fn common_texts_are_complete() {
        assert!(
            table_problems::<Common>().is_empty(),
            "{:?}",
            table_problems::<Common>()
        );
    }

    #[test]
    fn terms_are_complete() {
        assert!(
            table_problems::<Term>().is_empty(),
            "{:?}",
            table_problems::<Term>()
        );
    }
}
