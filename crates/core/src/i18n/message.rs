//! Sentences made from data: a finding's message and an input error, with their arguments
//! shown the way the language writes them. This is the one place where a finding's arguments
//! are formatted.

use super::{Common, Key, Label, Language, fill, key_table};
use crate::format::{self, InputError};
use crate::model::{ChecklistPoint, Money};
use crate::validate::{Finding, Rule};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Something that can be said as a sentence in a language.
pub trait Message {
    /// The sentence in `lang`.
    fn message(&self, lang: Language) -> String;
}

key_table!(Rule, findings::text);

/// Words used inside findings' messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum FindingWord {
    /// Stands in for an empty name: "(uten navn)".
    Unnamed,
}

key_table!(FindingWord, findings::word);

impl Message for Finding {
    fn message(&self, lang: Language) -> String {
        let mut values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, localise(k, v, lang)))
            .collect();
        if let Some(point) = self
            .args
            .iter()
            .find(|(k, _)| *k == "point")
            .and_then(|(_, v)| ChecklistPoint::ALL.into_iter().find(|p| p.number() == v))
        {
            values.push(("point_title", point.label(lang).to_owned()));
        }
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(self.rule.text(lang), &args)
    }
}

impl Message for InputError {
    fn message(&self, lang: Language) -> String {
        match self {
            InputError::Empty => Common::InputEmpty.text(lang).to_owned(),
            InputError::NotNumber(t) => fill(Common::InputNotNumber.text(lang), &[("text", t)]),
            InputError::TooManyDecimals(max) => fill(
                Common::InputTooManyDecimals.text(lang),
                &[("max", &max.to_string())],
            ),
            InputError::TooLarge => Common::InputTooLarge.text(lang).to_owned(),
            InputError::Negative => Common::InputNegative.text(lang).to_owned(),
            InputError::NotDate(t) => fill(Common::InputNotDate.text(lang), &[("text", t)]),
            InputError::NotWholeNumber => Common::InputNotWholeNumber.text(lang).to_owned(),
        }
    }
}
/// How a placeholder's value is shown, decided by the placeholder's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArgKind {
    /// A user's name for something; empty reads as "(unnamed)".
    Name,
    /// Text shown as it is (also years and checklist numbers).
    Verbatim,
    /// A whole number with digit groups.
    Count,
    /// An amount in kroner.
    Money,
    /// A decimal number.
    Decimal,
    /// A percentage.
    Percent,
    /// A date.
    Date,
}

fn arg_kind(name: &str) -> ArgKind {
    match name {
        "title" | "name" | "gain" => ArgKind::Name,
        "volume" | "threshold" | "low" | "high" | "count" => ArgKind::Count,
        "extracted" | "realised" | "planned" | "amount" | "investment" | "ks_threshold" => {
            ArgKind::Money
        }
        "fte" | "realised_fte" | "planned_fte" => ArgKind::Decimal,
        "percent" => ArgKind::Percent,
        "start" | "end" | "baseline_date" | "target_date" | "due" | "deadline" => ArgKind::Date,
        _ => ArgKind::Verbatim,
    }
}

/// A language-neutral argument shown in a language. Values that do not parse (never made by
/// the rules) are shown as they are.
fn localise(name: &str, value: &str, lang: Language) -> String {
    let shown = match arg_kind(name) {
        ArgKind::Name if value.trim().is_empty() => Some(FindingWord::Unnamed.text(lang).into()),
        ArgKind::Name | ArgKind::Verbatim => None,
        ArgKind::Count => value.parse::<i64>().ok().map(|n| format::integer(n, lang)),
        ArgKind::Money => Money::parse_canonical(value)
            .ok()
            .map(|m| format::money_exact(m, lang)),
        ArgKind::Decimal => value
            .parse::<Decimal>()
            .ok()
            .map(|d| format::decimal(d, 2, lang)),
        ArgKind::Percent => value
            .parse::<Decimal>()
            .ok()
            .map(|d| format::percent(d, 2, lang)),
        ArgKind::Date => value
            .parse::<NaiveDate>()
            .ok()
            .map(|d| format::date(d, lang)),
    };
    shown.unwrap_or_else(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{placeholders, table_problems};
    use crate::model::EntityRef;
    use crate::validate::Severity;

    #[test]
    fn rule_texts_are_complete() {
        let problems = table_problems::<Rule>();
        assert!(problems.is_empty(), "{problems:?}");
        let problems = table_problems::<FindingWord>();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn every_placeholder_has_a_known_kind() {
        let verbatim = [
            "year",
            "latest",
            "price_year",
            "report_price_year",
            "org_number",
            "reason",
            "point",
            "point_title",
        ];
        for &rule in <Rule as Key>::all() {
            for name in placeholders(rule.text(Language::Nb)) {
                assert!(
                    arg_kind(name) != ArgKind::Verbatim || verbatim.contains(&name),
                    "{rule:?} uses {{{name}}}, which has no formatting rule"
                );
            }
        }
    }

    #[test]
    fn arguments_are_formatted_for_the_language() {
        let nb = Language::Nb;
        let en = Language::En;
        assert_eq!(
            localise("extracted", "1250000.50", nb),
            "1\u{a0}250\u{a0}000,50\u{a0}kr"
        );
        assert_eq!(
            localise("extracted", "1250000.00", en),
            "NOK\u{a0}1,250,000"
        );
        assert_eq!(localise("due", "2014-06-30", nb), "30.06.2014");
        assert_eq!(localise("volume", "12000", nb), "12\u{a0}000");
        assert_eq!(localise("fte", "1.5", nb), "1,5");
        assert_eq!(localise("percent", "120", nb), "120\u{a0}%");
        assert_eq!(localise("year", "2026", nb), "2026");
        assert_eq!(localise("title", " ", nb), "(uten navn)");
        assert_eq!(localise("title", "", en), "(unnamed)");
        assert_eq!(localise("due", "not a date", nb), "not a date");
    }

    #[test]
    fn a_point_brings_its_title() {
        let f = Finding {
            severity: Severity::Warning,
            entity: EntityRef::Checklist(ChecklistPoint::P1_10),
            field: Some("status"),
            rule: Rule::ChecklistNotAnswered,
            args: vec![("point", "1.10".into())],
        };
        assert!(f.message(Language::Nb).contains("«Gevinstrealisering»"));
    }

    #[test]
    fn input_errors_have_messages_in_every_language() {
        let e = InputError::NotNumber("abc".into());
        assert_eq!(e.message(Language::Nb), "«abc» er ikke et tall.");
        assert!(e.message(Language::Nn).contains("ikkje"));
        assert!(e.message(Language::En).contains("not a number"));
    }
}
