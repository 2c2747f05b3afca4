//! Funn frå valideringa på nynorsk.

use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::DigitalisationWithoutAssessment => {
            "Tiltaket «{title}» digitaliserer arbeidsprosessar eller tenester, men manglar den særlege vurderinga årsrapporten krev."
        }
    }
}
