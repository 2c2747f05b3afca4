//! Common short texts in English.

use crate::i18n::Common;
use crate::i18n::Language;

pub(crate) fn text(key: Common) -> &'static str {
    match key {
        Common::Word(w) => w.text(Language::En),
        Common::Hours => "hours",
        Common::Yes => "Yes",
        Common::No => "No",
        Common::Missing => "–",
        Common::InputEmpty => "The field is empty.",
        Common::InputNotNumber => "“{text}” is not a number.",
        Common::InputTooManyDecimals => "Use at most {max} decimals.",
        Common::InputTooLarge => "The number is too large.",
        Common::InputNegative => "The number cannot be negative.",
        Common::InputNotDate => "“{text}” is not a date. Write dd.mm.yyyy.",
        Common::InputNotWholeNumber => "Enter a whole number.",
        Common::InputOutOfBounds => "{quantity} must be between {min} and {max}.",
        Common::QuantityHours => "hours",
        Common::QuantityHoursPerFte => "hours per FTE",
        Common::QuantityPercent => "percentages",
        Common::QuantityRate => "rates",
        Common::QuantityIndex => "price index values",
        Common::QuantityIndicator => "indicator values",
    }
}
