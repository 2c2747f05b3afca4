//! The rules. Each rule has a [`Rule`] key whose message lives in the translation tables
//! (`src/i18n/*/findings.rs`).

use super::{Finding, Severity, Validation};
use crate::i18n::{Key, Language};
use crate::model::{EntityRef, Project};
use chrono::NaiveDate;

/// Which rule a finding comes from; also the key of its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A measure that digitalises has no special assessment. `{title}`.
    DigitalisationWithoutAssessment,
}

impl Key for Rule {
    fn all() -> &'static [Self] {
        <Self as strum::VariantArray>::VARIANTS
    }

    fn text(self, lang: Language) -> &'static str {
        match lang {
            Language::Nb => crate::i18n::nb::findings::text(self),
            Language::Nn => crate::i18n::nn::findings::text(self),
            Language::En => crate::i18n::en::findings::text(self),
        }
    }
}

pub(super) fn run(project: &Project, _today: NaiveDate) -> Validation {
    let mut v = Validation::default();
    for m in &project.measures {
        if m.digitalisation {
            v.checks += 1;
            if m.special_assessment.trim().is_empty() {
                v.findings.push(Finding {
                    severity: Severity::Error,
                    entity: EntityRef::Measure(m.id),
                    field: Some("special_assessment"),
                    rule: Rule::DigitalisationWithoutAssessment,
                    args: vec![("title", m.title.clone())],
                });
            }
        }
    }
    v
}
