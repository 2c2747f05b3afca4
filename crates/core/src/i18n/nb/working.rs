//! Bakgrunnsarbeidet i sammenligningen på bokmål.

use crate::i18n::WorkingText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Working => "Arbeider …",
        T::WorkFailed => {
            "Forskjellene kunne ikke regnes ut (intern feil). Lukk vinduet og prøv igjen."
        }
    }
}
