//! The comparison's background work in English.

use crate::i18n::WorkingText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Working => "Working …",
        T::WorkFailed => {
            "The differences could not be worked out (internal error). Close the window and try again."
        }
    }
}
