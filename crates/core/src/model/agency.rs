//! The agency and the report the section belongs to.

use super::Language;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The agency (*virksomhet*) whose annual report this is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Agency {
    /// The agency's name, e.g. "Direktoratet for forenkling".
    pub name: String,
    /// Organisation number (*organisasjonsnummer*): nine digits, checked with the mod-11 rule.
    /// Stored as typed; spaces are allowed.
    pub org_number: String,
    /// The parent ministry (*overordnet departement*).
    pub parent_ministry: String,
}

/// The six fixed parts of a state agency's annual report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportPart {
    /// I Leders beretning.
    I,
    /// II Introduksjon til virksomheten og hovedtall.
    Ii,
    /// III Årets aktiviteter og resultater.
    Iii,
    /// IV Styring og kontroll i virksomheten (the usual home of this section).
    #[default]
    Iv,
    /// V Vurdering av framtidsutsikter.
    V,
    /// VI Årsregnskap.
    Vi,
}

impl ReportPart {
    /// All parts in order.
    pub const ALL: [ReportPart; 6] = [
        ReportPart::I,
        ReportPart::Ii,
        ReportPart::Iii,
        ReportPart::Iv,
        ReportPart::V,
        ReportPart::Vi,
    ];

    /// The roman numeral.
    pub fn numeral(self) -> &'static str {
        match self {
            ReportPart::I => "I",
            ReportPart::Ii => "II",
            ReportPart::Iii => "III",
            ReportPart::Iv => "IV",
            ReportPart::V => "V",
            ReportPart::Vi => "VI",
        }
    }
}

/// What the section is and how it is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ReportInfo {
    /// The year the annual report covers.
    pub year: i32,
    /// Which part of the annual report the section goes in.
    pub part: ReportPart,
    /// The language the section is written in.
    pub language: Language,
    /// The default price year (*kroneår*) for new amounts and for the report's totals.
    pub price_year: i32,
    /// The introduction paragraph(s) of the section. Blank lines separate paragraphs.
    pub introduction: String,
    /// The closing paragraph(s) of the section.
    pub closing: String,
}

impl Default for ReportInfo {
    fn default() -> Self {
        let year = crate::model::this_year().saturating_sub(1);
        ReportInfo {
            year,
            part: ReportPart::Iv,
            language: Language::Nb,
            price_year: year,
            introduction: String::new(),
            closing: String::new(),
        }
    }
}

/// Checks a Norwegian organisation number with the mod-11 rule (weights 3 2 7 6 5 4 3 2).
/// Spaces are ignored. Returns `false` for anything that is not exactly nine digits.
pub fn org_number_is_valid(text: &str) -> bool {
    let digits: Vec<u32> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10))
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default();
    if digits.len() != 9 {
        return false;
    }
    const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
    // Nine digits of at most 9 times weights of at most 7: the sum is below 600.
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| d.saturating_mul(w))
        .fold(0, u32::saturating_add);
    let check = match 11u32.saturating_sub(sum % 11) {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == digits[8]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_numbers() {
        // Real, public organisation numbers.
        assert!(org_number_is_valid("974760673")); // Brønnøysundregistrene
        assert!(org_number_is_valid("974 760 673"));
        assert!(org_number_is_valid("991825827")); // Digitaliseringsdirektoratet
        assert!(!org_number_is_valid("974760674"));
        assert!(!org_number_is_valid("97476067"));
        assert!(!org_number_is_valid("9747606733"));
        assert!(!org_number_is_valid("97476067x"));
        assert!(!org_number_is_valid(""));
    }
}
