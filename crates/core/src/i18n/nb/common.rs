//! Felles korte tekster på bokmål.

use crate::i18n::Common;
use crate::i18n::Language;

pub(crate) fn text(key: Common) -> &'static str {
    match key {
        Common::Word(w) => w.text(Language::Nb),
        Common::Hours => "timer",
        Common::Yes => "Ja",
        Common::No => "Nei",
        Common::Missing => "–",
        Common::InputEmpty => "Feltet er tomt.",
        Common::InputNotNumber => "«{text}» er ikke et tall.",
        Common::InputTooManyDecimals => "Bruk høyst {max} desimaler.",
        Common::InputTooLarge => "Tallet er for stort.",
        Common::InputNegative => "Tallet kan ikke være negativt.",
        Common::InputNotDate => "«{text}» er ikke en dato. Skriv dd.mm.åååå.",
        Common::InputNotWholeNumber => "Skriv et helt tall.",
        Common::InputOutOfBounds => "{quantity} må være mellom {min} og {max}.",
        Common::QuantityHours => "timer",
        Common::QuantityHoursPerFte => "timer per årsverk",
        Common::QuantityPercent => "prosentverdier",
        Common::QuantityRate => "rentesatser og vekstrater",
        Common::QuantityIndex => "prisindeksverdier",
        Common::QuantityIndicator => "indikatorverdier",
    }
}
