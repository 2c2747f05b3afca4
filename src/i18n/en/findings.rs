//! Validation findings in English.

use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::DigitalisationWithoutAssessment => {
            "The measure “{title}” digitalises work processes or services but lacks the special assessment the annual report requires."
        }
    }
}
