//! The languages Gevinst speaks, for its interface and its reports.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language Gevinst speaks: for the user interface and for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Norwegian bokmål (the default).
    #[default]
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// English.
    En,
}

impl Language {
    /// All languages, bokmål first.
    pub const ALL: [Language; 3] = [Language::Nb, Language::Nn, Language::En];

    /// The ISO 639-1 code used in files and on the command line: `nb`, `nn`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::En => "en",
        }
    }

    /// The BCP 47 tag for document metadata: `nb-NO`, `nn-NO`, `en`.
    pub fn bcp47(self) -> &'static str {
        match self {
            Language::Nb => "nb-NO",
            Language::Nn => "nn-NO",
            Language::En => "en",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Nb => "Bokmål",
            Language::Nn => "Nynorsk",
            Language::En => "English",
        }
    }

    /// The language's name inside a sentence in `lang`: "bokmål", "nynorsk", "engelsk" in
    /// Norwegian, "Bokmål", "Nynorsk", "English" in English.
    pub fn name_in(self, lang: Language) -> &'static str {
        match (lang, self) {
            (Language::En, _) => self.native_name(),
            (_, Language::Nb) => "bokmål",
            (_, Language::Nn) => "nynorsk",
            (_, Language::En) => "engelsk",
        }
    }

    /// Parse a code (`nb`, `nn`, `en`; also `no`/`nob`/`nno`/`eng`).
    pub fn from_code(code: &str) -> Option<Language> {
        match code.trim().to_ascii_lowercase().as_str() {
            "nb" | "nob" | "no" | "nb-no" => Some(Language::Nb),
            "nn" | "nno" | "nn-no" => Some(Language::Nn),
            "en" | "eng" | "en-gb" | "en-us" => Some(Language::En),
            _ => None,
        }
    }
}
