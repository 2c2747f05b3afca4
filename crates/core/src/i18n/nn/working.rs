//! Bakgrunnsarbeidet i samanlikninga på nynorsk.

use crate::i18n::WorkingText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Working => "Arbeider …",
        T::WorkFailed => {
            "Skilnadene kunne ikkje reknast ut (intern feil). Lukk vindauget og prøv igjen."
        }
    }
}
