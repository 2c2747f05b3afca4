//! Findings: what is wrong or still missing in a project, each with a severity, the entity
//! and field it concerns, and a message in every language.
//!
//! Findings are data, so the command line prints them, the app badges its steps and jumps to
//! the field, and the report can list what is still open.
//!
//! # Where a finding points
//! `entity` is the thing to open and `field` the input to highlight, named as in the project
//! file (snake_case):
//! - a field of the entity itself: `"title"`, `"special_assessment"`, `"owner"`, `"org_number"`;
//! - a field of a nested block, with a dot: `"plan.what"`, `"plan.responsible"`, `"plan.due"`;
//! - anything about a gain's values per year (missing, duplicated, future or of the wrong
//!   kind): `"years"`; a checklist point's answer `"status"`, its text `"justification"`;
//! - dates in the wrong order: the later field of the pair (`"end_date"`, `"target_date"`);
//! - a reference to something that is missing or does not exist: the reference field
//!   (`"measure_id"`, `"gain_id"`, `"priority_area_id"`, `"service_ids"`);
//! - an id used twice in one list: `"id"` on every copy after the first (`"point"` for the
//!   checklist);
//! - findings about a whole list point at [`EntityRef::Report`] with the list's name
//!   (`"measures"`).
//!
//! # Severities
//! - [`Severity::Error`]: the report would be wrong, misleading or miss what the sources
//!   require (a measure's special assessment, where extracted gains went), or the data
//!   contradicts itself (dangling references, duplicate ids, negative costs, realised values
//!   in the future, dates in the wrong order).
//! - [`Severity::Warning`]: something the circular or the guide expects is missing, or a
//!   number looks doubtful; the report can be made but is weaker.
//! - [`Severity::Hint`]: advice; never counts against progress.
//!
//! # Counting checks
//! [`Validation::checks`] counts one check for every thing the user must get right on every
//! entity it applies to: each required field, each reference, each consistency rule whose
//! inputs are present (dates are only compared when both are filled in). Checks that
//! concern rare damage (duplicate ids, a year listed twice) count only where they fail.
//! Hint-only rules are not checks. Every error or warning comes from exactly one check, so
//! `checks_passed()` never undercounts and "23 of 31 points complete" is meaningful.
//!
//! # Message arguments
//! `args` hold language-neutral values; [`Finding::message`] formats them for the language
//! by the placeholder's name: amounts (`extracted`, `realised`, `planned`, `amount`,
//! `investment`, `ks_threshold`) are canonical [`Money`] text (`"1250000.00"`), dates
//! (`start`, `end`, `baseline_date`, `target_date`, `due`, `deadline`) ISO `YYYY-MM-DD`,
//! counts (`volume`, `threshold`, `low`, `high`, `count`) whole numbers, `fte`,
//! `realised_fte`, `planned_fte` and `percent` decimals with a point, years as digits. Names
//! (`title`, `name`, `gain`) that are empty read as "(unnamed)" in the language. A `point`
//! (checklist number such as `"1.10"`) also provides `point_title`, the point's title.

use crate::format;
use crate::i18n::{Key, Label, Language};
use crate::model::{ChecklistPoint, EntityRef, Money, Project};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

mod checks;
mod rules;

pub use rules::{FindingWord, Rule};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Must be fixed: the report would be wrong or incomplete.
    Error,
    /// Should be fixed: the report would be weaker or a requirement is likely unmet.
    Warning,
    /// Worth a look.
    Hint,
}

/// One thing that is wrong or missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// How serious.
    pub severity: Severity,
    /// The entity concerned.
    pub entity: EntityRef,
    /// The field concerned, by its name in the project file (e.g. `"special_assessment"`).
    pub field: Option<&'static str>,
    /// Which rule found it; selects the message.
    pub rule: Rule,
    /// Values for the message's placeholders, e.g. `("title", "Digital søknad")`;
    /// language-neutral (see the module docs).
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    /// The finding as a sentence in a language.
    pub fn message(&self, lang: Language) -> String {
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
        crate::i18n::fill(self.rule.text(lang), &args)
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

/// The result of validating a project.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Validation {
    /// Everything found, errors first, then in the order of the guided steps.
    pub findings: Vec<Finding>,
    /// How many checks were made; with the number of findings this gives the progress
    /// ("23 of 31 points complete").
    pub checks: usize,
}

impl Validation {
    /// Number of findings with a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// True when there are errors.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Checks that passed without an error or a warning.
    pub fn checks_passed(&self) -> usize {
        let open = self
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Hint)
            .count();
        self.checks.saturating_sub(open)
    }

    /// The findings about one entity.
    pub fn about(&self, entity: EntityRef) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.entity == entity)
    }
}

/// Validate a project. `today` decides which years lie in the future.
pub fn validate(project: &Project, today: NaiveDate) -> Validation {
    checks::run(project, today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::placeholders;

    #[test]
    fn rule_texts_are_complete() {
        let problems = crate::i18n::table_problems::<Rule>();
        assert!(problems.is_empty(), "{problems:?}");
        let problems = crate::i18n::table_problems::<FindingWord>();
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
}
