//! Funn fra valideringen på bokmål.

use crate::validate::Rule;

pub(crate) fn text(rule: Rule) -> &'static str {
    match rule {
        Rule::DigitalisationWithoutAssessment => {
            "Tiltaket «{title}» digitaliserer arbeidsprosesser eller tjenester, men mangler den særlige vurderingen årsrapporten krever."
        }
    }
}
