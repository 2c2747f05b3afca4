//! Findings: what is wrong or still missing in a project, each with a severity, the entity
//! and field it concerns, and a message in every language.
//!
//! Findings are data, so the command line prints them, the app badges its steps and jumps to
//! the field, and the report can list what is still open.

use crate::i18n::Language;
use crate::model::{EntityRef, Project};
use chrono::NaiveDate;
use serde::Serialize;

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
    /// Values for the message's placeholders, e.g. `("title", "Digital søknad")`.
    pub args: Vec<(&'static str, String)>,
}

pub use rules::Rule;

mod rules;

impl Finding {
    /// The finding as a sentence in a language.
    pub fn message(&self, lang: Language) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        crate::i18n::fill(crate::i18n::Key::text(self.rule, lang), &args)
    }
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
    rules::run(project, today)
}
