//! Sentences made from data: a finding's message and an input error, with their arguments
//! shown the way the language writes them. This is the one place where a finding's arguments
//! are formatted.

use super::template::{Value, fill_with};
use super::{Common, Key, Label, Language, fill, key_table};
use crate::format::{self, InputError};
use crate::model::{Money, Quantity};
use crate::validate::{Arg, Finding, Rule};

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
            .map(|(k, v)| (*k, localise(v, lang)))
            .collect();
        for (_, v) in &self.args {
            if let Arg::Point(point) = v {
                values.push(("point_title", point.label(lang).to_owned()));
                if let Some(demand) = point.justification_demand() {
                    values.push(("point_demand", demand.label(lang).to_owned()));
                }
            }
        }
        // Counts go in as numbers, so that a plural in the text takes the right form.
        let args: Vec<(&str, Value)> = values
            .iter()
            .map(|(k, shown)| {
                let count = self.arg(k).and_then(|a| match a {
                    Arg::Count(n) => i64::try_from(*n).ok(),
                    _ => None,
                });
                (*k, count.map_or(Value::Text(shown), Value::Count))
            })
            .collect();
        fill_with(lang, self.rule.text(lang), &args)
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
            InputError::OutOfBounds(q) => fill(
                Common::InputOutOfBounds.text(lang),
                &[
                    (
                        "quantity",
                        &super::vocab::upper_first(quantity_name(*q, lang)),
                    ),
                    ("min", &bound_text(q.min(), lang)),
                    ("max", &bound_text(q.max(), lang)),
                ],
            ),
        }
    }
}
/// The name of a bounded quantity as the subject of a sentence ("timer", "indikatorverdier").
pub fn quantity_name(q: Quantity, lang: Language) -> &'static str {
    let key = match q {
        Quantity::Hours => Common::QuantityHours,
        Quantity::HoursPerFte => Common::QuantityHoursPerFte,
        Quantity::Fte => Common::Fte,
        Quantity::Percent => Common::QuantityPercent,
        Quantity::Rate => Common::QuantityRate,
        Quantity::Index => Common::QuantityIndex,
        Quantity::Indicator => Common::QuantityIndicator,
    };
    key.text(lang)
}

/// A quantity's bound as the language writes numbers (`10 000 000`, `−99,99`).
pub fn bound_text(d: rust_decimal::Decimal, lang: Language) -> String {
    format::decimal(d, 4, lang)
}

/// A finding's argument the way the language writes its type.
fn localise(arg: &Arg, lang: Language) -> String {
    match arg {
        Arg::Name(name) if name.trim().is_empty() => FindingWord::Unnamed.text(lang).to_owned(),
        Arg::Name(text) | Arg::Text(text) => text.clone(),
        Arg::Money(m) => format::money_exact(*m, lang),
        Arg::Sum(ore) => {
            let capped = i64::try_from(*ore).unwrap_or(if *ore < 0 { i64::MIN } else { i64::MAX });
            format::money_exact(Money::from_ore(capped), lang)
        }
        Arg::Date(d) => format::date(*d, lang),
        Arg::Count(n) => {
            i64::try_from(*n).map_or_else(|_| n.to_string(), |n| format::integer(n, lang))
        }
        Arg::Decimal(d) => format::decimal(*d, 2, lang),
        Arg::Percent(p) => format::percent(*p, 2, lang),
        Arg::Year(year) => year.to_string(),
        Arg::Point(point) => point.number().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::table_problems;
    use crate::model::{ChecklistField, ChecklistPoint, EntityRef};
    use crate::validate::Severity;

    #[test]
    fn rule_texts_are_complete() {
        let problems = table_problems::<Rule>();
        assert!(problems.is_empty(), "{problems:?}");
        let problems = table_problems::<FindingWord>();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn arguments_are_formatted_for_the_language() {
        let nb = Language::Nb;
        let en = Language::En;
        let date = chrono::NaiveDate::from_ymd_opt(2014, 6, 30).unwrap();
        let dec = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!(
            localise(&Arg::Money(Money::from_ore(125_000_050)), nb),
            "1\u{a0}250\u{a0}000,50\u{a0}kr"
        );
        assert_eq!(localise(&Arg::Sum(125_000_000), en), "NOK\u{a0}1,250,000");
        assert_eq!(localise(&Arg::Date(date), nb), "30.06.2014");
        assert_eq!(localise(&Arg::Date(date), en), "30 Jun 2014");
        assert_eq!(localise(&Arg::Count(12_000), nb), "12\u{a0}000");
        assert_eq!(localise(&Arg::Decimal(dec("1.5")), nb), "1,5");
        assert_eq!(localise(&Arg::Percent(dec("120")), nb), "120\u{a0}%");
        assert_eq!(localise(&Arg::Year(2026), nb), "2026");
        assert_eq!(localise(&Arg::Name(" ".into()), nb), "(uten navn)");
        assert_eq!(localise(&Arg::Name(String::new()), en), "(unnamed)");
        assert_eq!(localise(&Arg::Text(String::new()), nb), "");
        assert_eq!(localise(&Arg::Point(ChecklistPoint::P1_10), nb), "1.10");
    }

    #[test]
    fn sums_and_counts_beyond_the_formats_are_still_shown() {
        let nb = Language::Nb;
        assert_eq!(
            localise(&Arg::Sum(i128::MAX), nb),
            localise(&Arg::Money(Money::from_ore(i64::MAX)), nb)
        );
        assert_eq!(
            localise(&Arg::Sum(i128::MIN), nb),
            localise(&Arg::Money(Money::from_ore(i64::MIN)), nb)
        );
        assert_eq!(localise(&Arg::Count(u64::MAX), nb), u64::MAX.to_string());
    }

    #[test]
    fn a_point_brings_its_title() {
        let f = Finding {
            severity: Severity::Warning,
            entity: EntityRef::Checklist(ChecklistPoint::P1_10),
            field: Some(ChecklistField::Status.into()),
            rule: Rule::ChecklistNotAnswered,
            args: vec![("point", Arg::Point(ChecklistPoint::P1_10))],
        };
        assert!(f.message(Language::Nb).contains("«Gevinstrealisering»"));
    }

    #[test]
    fn a_count_chooses_the_plural_form() {
        let exempted = |volume| Finding {
            severity: Severity::Hint,
            entity: EntityRef::Agency,
            field: None,
            rule: Rule::ServiceExempted,
            args: vec![
                ("name", Arg::Name("Søknad".into())),
                ("volume", Arg::Count(volume)),
                ("reason", Arg::Text("Lønner seg ikke.".into())),
            ],
        };
        assert!(
            exempted(1)
                .message(Language::Nb)
                .contains("har 1 innsending i året")
        );
        assert!(
            exempted(2)
                .message(Language::Nb)
                .contains("har 2 innsendinger i året")
        );
        assert!(
            exempted(1)
                .message(Language::En)
                .contains("1 submission a year")
        );
        assert!(
            exempted(6_000)
                .message(Language::En)
                .contains("6,000 submissions a year")
        );
    }

    #[test]
    fn input_errors_have_messages_in_every_language() {
        let e = InputError::NotNumber("abc".into());
        assert_eq!(e.message(Language::Nb), "«abc» er ikke et tall.");
        assert!(e.message(Language::Nn).contains("ikkje"));
        assert!(e.message(Language::En).contains("not a number"));
    }
}
