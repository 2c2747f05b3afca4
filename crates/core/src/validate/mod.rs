//! Findings: what is wrong or still missing in a project, each with a severity, the entity
//! and field it concerns, and a message in every language.
//!
//! Findings are data, so the command line prints them, the app badges its steps and jumps to
//! the field, and the report can list what is still open.
//!
//! # Where a finding points
//! `entity` is the thing to open and `field` the input to highlight: a [`Field`] of the
//! entity's kind (a [`MeasureField`](crate::model::MeasureField) for a measure, …), which
//! knows its name and path in the project file. The checks make findings through one
//! constructor per entity kind that takes only that kind's fields, so the two cannot disagree.
//! - a field of the entity itself: `MeasureField::Title`, `MeasureField::SpecialAssessment`,
//!   `GainField::Owner`, `AgencyField::OrgNumber`;
//! - a field of the service's plan: `ServiceField::PlanWhat`, `ServiceField::PlanResponsible`,
//!   `ServiceField::PlanDue`;
//! - anything about a gain's values per year (missing, duplicated, future or of the wrong
//!   kind): `GainField::Years`; a checklist point's answer `ChecklistField::Status`, its
//!   text `ChecklistField::Justification`;
//! - dates in the wrong order: the later field of the pair (`MeasureField::EndDate`,
//!   `GainField::TargetDate`);
//! - a reference to something that is missing or does not exist: the reference field
//!   (`GainField::MeasureId`, `ExtractionField::GainId`, `MeasureField::ServiceIds`, …);
//! - an id used twice in one list: the kind's `Id` field on every copy after the first
//!   (`ChecklistField::Point` for the checklist);
//! - findings about a whole list point at [`EntityRef::Report`] with the list's field
//!   (`ReportField::Measures`).
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
//! `args` pair each placeholder of the message with a typed [`Arg`]: a name (`{title}`,
//! `{name}`, `{gain}`; empty reads as "(unnamed)"), plain text (`{org_number}`, `{reason}`),
//! money (`{investment}`, `{amount}`, `{ks_threshold}`, `{realised}`, `{planned}`), an amount
//! sum (`{extracted}`), a date (`{start}`, `{end}`, `{due}`, `{deadline}`, …), a count
//! (`{volume}`, `{threshold}`, `{low}`, `{high}`, `{count}`), a decimal (`{fte}`,
//! `{realised_fte}`, `{planned_fte}`), a percent (`{percent}`), a year (`{year}`, `{latest}`,
//! `{price_year}`, `{report_price_year}`) or a checklist point (`{point}`, which also gives
//! `{point_title}`). `i18n`'s `Message` formats each by its type for the language, in one place.

use crate::model::{EntityRef, Field, Project};
use chrono::NaiveDate;
use serde::Serialize;

mod arg;
mod at;
mod checks;
mod method;
mod rules;
mod sources;
mod year;

pub use arg::Arg;
pub use rules::Rule;

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
    /// The field concerned, of the entity's kind (e.g. [`MeasureField::SpecialAssessment`]).
    ///
    /// [`MeasureField::SpecialAssessment`]: crate::model::MeasureField::SpecialAssessment
    pub field: Option<Field>,
    /// Which rule found it; selects the message.
    pub rule: Rule,
    /// Values for the message's placeholders by name, e.g.
    /// `("title", Arg::Name("Digital søknad".into()))`; typed, shown per language by `i18n`.
    pub args: Vec<(&'static str, Arg)>,
}

impl Finding {
    /// The value of a placeholder.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
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

    /// The findings about one field of an entity.
    pub fn about_field(
        &self,
        entity: EntityRef,
        field: impl Into<Field>,
    ) -> impl Iterator<Item = &Finding> {
        let field = Some(field.into());
        self.about(entity).filter(move |f| f.field == field)
    }
}

/// Validate a project. `today` decides which years lie in the future.
pub fn validate(project: &Project, today: NaiveDate) -> Validation {
    checks::run(project, today)
}
