//! The texts of the editing steps in English.

use crate::i18n::EditorText as E;

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::KeptLastValue => "The previous value is kept: {value}.",
        E::KeptEmpty => "empty",
        E::DateHint => "dd.mm.yyyy",
        E::PickDate => "Pick a date from the calendar",
        E::PreviousMonth => "Previous month",
        E::NextMonth => "Next month",
        E::Today => "Today",
        E::ClearDate => "Clear",
        E::WeekdaysShort => "Mo Tu We Th Fr Sa Su",
        E::MonthNames => {
            "January February March April May June July August September October November December"
        }
        E::NoneChosen => "(none)",
        E::Search => "Search",
        E::SearchHint => "Filter the list ({shortcut})",
        E::ShownOfTotal => "{shown} of {total}",
        E::NoMatches => "No rows match the search.",
        E::ListEmpty => "The list is empty. Press “Add”.",
        E::Add => "Add",
        E::Duplicate => "Duplicate",
        E::Delete => "Delete",
        E::DeletedNotice => "“{name}” was deleted – Undo ({shortcut})",
        E::Undo => "Undo",
        E::Dismiss => "Hide message",
        E::NothingSelected => "Select a row in the list to see and change its details.",
        E::Unnamed => "(unnamed)",
        E::CopySuffix => "(copy)",
        E::HelpHeading => "What the annual report requires",
    }
}
