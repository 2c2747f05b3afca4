//! The vocabulary: the nouns and the names of fields and columns that several tables use,
//! each defined once per language (in `nb/vocab.rs`, `nn/vocab.rs`, `en/vocab.rs`).
//!
//! A word is written as it stands inside a sentence ("tiltak", "the agency"); a table that
//! shows it as a label, column or heading asks for it with a capital first letter
//! ([`Wording::Capital`]). A table key that is a word in every language is a constant of
//! that table (e.g. `ReportText::ColStatus`); a key that is a word in one language only says
//! so in that language's file. A test keeps the words from being written out again.

use super::key_table;
use crate::model::Language;
use std::sync::LazyLock;

/// A word of the vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum Word {
    /// The agency, definite: "virksomheten".
    TheAgency,
    /// A priority area (*prioritert område*).
    PriorityArea,
    /// Priority areas, plural.
    PriorityAreas,
    /// An efficiency measure (*tiltak*).
    Measure,
    /// Measures, plural.
    Measures,
    /// A service (*tjeneste*).
    Service,
    /// A gain (*gevinst*).
    Gain,
    /// Gains, plural.
    Gains,
    /// Gain extraction (*gevinstuttak*).
    GainExtraction,
    /// A year, as a field or column.
    Year,
    /// Years, plural, as a unit.
    Years,
    /// A full-time equivalent (*årsverk*), as a column.
    Fte,
    /// Full-time equivalents, plural, as a unit.
    Ftes,
    /// Status.
    Status,
    /// A measure's period.
    Period,
    /// Digitalisation.
    Digitalisation,
    /// A measure's investment.
    Investment,
    /// A measure's yearly operating cost.
    OperatingCost,
    /// A service's target group.
    TargetGroup,
    /// A service's main channel.
    MainChannel,
    /// Digital self-service (*digital selvbetjening*).
    SelfService,
    /// Automated case processing.
    AutomatedProcessing,
    /// A gain's indicator.
    Indicator,
    /// A gain's baseline (*nullpunkt*).
    Baseline,
    /// How far a gain has come from baseline to target.
    Achievement,
    /// A benefit owner (*gevinstansvarlig*).
    BenefitOwner,
    /// Who is responsible for a plan.
    Responsible,
    /// A plan's due date (*frist*).
    Due,
    /// The justification of an answer.
    Justification,
    /// A requirement (*krav*).
    Requirement,
    /// The kind of a gain.
    GainKind,
    /// Planned, in kroner (a column).
    PlannedNok,
    /// Realised, in kroner (a column).
    RealisedNok,
    /// The sum of a column.
    Total,
    /// Gain extraction grouped by its form (a heading).
    ExtractionByForm,
    /// Stands in for an empty name.
    Unnamed,
    /// A description.
    Description,
    /// The section's introduction.
    Introduction,
    /// Citizens (*innbyggere*).
    Citizens,
    /// Businesses (*næringsliv*).
    Businesses,
    /// Not assessed yet.
    NotAssessed,
    /// Planned (a measure's status, a chart's series).
    Planned,
    /// Severity: error.
    Error,
    /// Severity: warning.
    Warning,
    /// Severity: hint.
    Hint,
    /// Undo (a command).
    Undo,
    /// The share of a service's submissions that arrive digitally.
    DigitalShare,
    /// A gain's target value.
    Target,
    /// The form of an extraction (budget cut, reallocation …).
    ExtractionForm,
    /// How many (a column).
    Count,
    /// An amount in kroner (a column).
    AmountNok,
    /// Planned, in FTEs (a column).
    PlannedFte,
    /// Realised, in FTEs (a column).
    RealisedFte,
    /// A reallocation that names no priority area.
    NoArea,
    /// The section's closing text.
    Closing,
    /// The heading over a service's suitability and user orientation.
    SuitabilityAndUserOrientation,
    /// The language of the report.
    ReportLanguage,
}

key_table!(Word, vocab::text);

/// A word as a text shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Wording {
    /// As it is written inside a sentence: "tiltak".
    Plain(Word),
    /// With a capital first letter, as a label, column or heading: "Tiltak".
    Capital(Word),
}

impl Wording {
    /// The word in a language, as this wording shows it.
    pub fn text(self, lang: Language) -> &'static str {
        match self {
            Wording::Plain(word) => super::Key::text(word, lang),
            Wording::Capital(word) => capital(word, lang),
        }
    }
}

/// A word with a capital first letter: "Tiltak", "The agency".
pub fn capital(word: Word, lang: Language) -> &'static str {
    static CAPITALS: LazyLock<Vec<String>> = LazyLock::new(|| {
        Language::ALL
            .iter()
            .flat_map(|&lang| {
                <Word as strum::VariantArray>::VARIANTS
                    .iter()
                    .map(move |&word| upper_first(super::Key::text(word, lang)))
            })
            .collect()
    });
    let count = <Word as strum::VariantArray>::VARIANTS.len();
    (lang as usize)
        .checked_mul(count)
        .and_then(|start| start.checked_add(word as usize))
        .and_then(|i| CAPITALS.get(i))
        .map_or_else(|| super::Key::text(word, lang), String::as_str)
}

/// A text with its first letter in upper case.
pub(crate) fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Key, table_problems};
    use std::path::Path;

    #[test]
    fn words_are_complete() {
        let problems = table_problems::<Word>();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn capitals_are_the_words_with_a_capital_first_letter() {
        assert_eq!(capital(Word::Measure, Language::Nb), "Tiltak");
        assert_eq!(capital(Word::TheAgency, Language::En), "The agency");
        assert_eq!(capital(Word::Year, Language::Nn), "År");
        assert_eq!(capital(Word::Fte, Language::En), "FTE");
        assert_eq!(capital(Word::Unnamed, Language::Nb), "(uten navn)");
        assert_eq!(Wording::Plain(Word::Gain).text(Language::En), "gain");
    }

    /// The string literals of a Rust source, comments left out.
    fn literals(source: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut chars = source.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '"' => {
                    let mut literal = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => {
                                if let Some(escaped) = chars.next() {
                                    literal.push('\\');
                                    literal.push(escaped);
                                }
                            }
                            c => literal.push(c),
                        }
                    }
                    out.push(literal);
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn the_literal_reader_skips_comments_and_keeps_escapes() {
        let found = literals("// \"no\"\nX => \"Tiltak\", Y => \"a \\\"b\\\" c\"");
        assert_eq!(found, ["Tiltak", "a \\\"b\\\" c"]);
    }

    /// Texts that look like a word but are another thing: the program's name.
    const NOT_WORDS: [&str; 1] = ["Gevinst"];

    /// No table of a language writes out a word of its vocabulary again as a text of its
    /// own: it uses the word (so the two cannot drift apart).
    #[test]
    fn no_table_writes_a_word_of_the_vocabulary_again() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
        let mut problems = Vec::new();
        for lang in Language::ALL {
            let words: Vec<String> = <Word as strum::VariantArray>::VARIANTS
                .iter()
                .map(|w| w.text(lang).to_lowercase())
                .collect();
            let folder = root.join(lang.code());
            let mut files: Vec<_> = std::fs::read_dir(&folder)
                .expect("the language folder")
                .map(|entry| entry.expect("a file").path())
                .filter(|path| !path.ends_with("vocab.rs"))
                .collect();
            files.sort();
            assert!(files.len() > 5, "{folder:?}");
            for path in files {
                let source = std::fs::read_to_string(&path).expect("a source file");
                for literal in literals(&source) {
                    let text = literal.trim();
                    if words.contains(&text.to_lowercase()) && !NOT_WORDS.contains(&text) {
                        problems.push(format!("{path:?} writes out the word «{literal}»"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
