//! Felles korte tekstar på nynorsk.

use crate::i18n::Common;
use crate::i18n::Language;

pub(crate) fn text(key: Common) -> &'static str {
    match key {
        Common::Word(w) => w.text(Language::Nn),
        Common::Hours => "timar",
        Common::Yes => "Ja",
        Common::No => "Nei",
        Common::Missing => "–",
        Common::InputEmpty => "Feltet er tomt.",
        Common::InputNotNumber => "«{text}» er ikkje eit tal.",
        Common::InputTooManyDecimals => "Bruk høgst {max} desimalar.",
        Common::InputTooLarge => "Talet er for stort.",
        Common::InputNegative => "Talet kan ikkje vere negativt.",
        Common::InputNotDate => "«{text}» er ikkje ein dato. Skriv dd.mm.åååå.",
        Common::InputNotWholeNumber => "Skriv eit heilt tal.",
        Common::InputOutOfBounds => "{quantity} må vere mellom {min} og {max}.",
        Common::QuantityHours => "timar",
        Common::QuantityHoursPerFte => "timar per årsverk",
        Common::QuantityPercent => "prosentverdiar",
        Common::QuantityRate => "rentesatsar og vekstratar",
        Common::QuantityIndex => "prisindeksverdiar",
        Common::QuantityIndicator => "indikatorverdiar",
    }
}
