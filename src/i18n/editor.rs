//! Texts of the editing steps of the desktop app: field labels, buttons of the input widgets,
//! and the help beside each step.

use super::{Key, Language};

/// A fixed text of the editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum EditorText {
    /// Appended to an input error once the field is left: the old value stays. `{value}`.
    KeptLastValue,
    /// Shown instead of `{value}` when the kept value is empty.
    KeptEmpty,
    /// Hint in an empty date field.
    DateHint,
    /// Accessible name and tooltip of the button that opens the calendar.
    PickDate,
    /// Calendar: previous month.
    PreviousMonth,
    /// Calendar: next month.
    NextMonth,
    /// Calendar: pick today.
    Today,
    /// Calendar: clear the date.
    ClearDate,
    /// Calendar: weekday initials from Monday, separated by spaces.
    WeekdaysShort,
    /// Month names, January to December, separated by spaces.
    MonthNames,
    /// A picker's entry for "nothing chosen".
    NoneChosen,
    /// Label of a list's search box.
    Search,
    /// Hint in a list's search box. `{shortcut}` is the key to focus it.
    SearchHint,
    /// How many rows a filtered list shows. `{shown}` of `{total}`.
    ShownOfTotal,
    /// A list with no rows matching the search.
    NoMatches,
    /// A list that is empty.
    ListEmpty,
    /// Button: add a new item.
    Add,
    /// Button: duplicate the selected item.
    Duplicate,
    /// Button: delete the selected item.
    Delete,
    /// Notice after a delete. `{name}` is the item, `{shortcut}` the undo key.
    DeletedNotice,
    /// Button: undo (beside the delete notice).
    Undo,
    /// Accessible name of the button that hides a notice.
    Dismiss,
    /// Shown in the detail area when no item is selected.
    NothingSelected,
    /// Name of an item that has no name yet.
    Unnamed,
    /// Suffix for copies made with Duplicate.
    CopySuffix,
    /// Heading of the help box beside each step.
    HelpHeading,
}

impl Key for EditorText {
    fn all() -> &'static [Self] {
        <Self as strum::VariantArray>::VARIANTS
    }

    fn text(self, lang: Language) -> &'static str {
        match lang {
            Language::Nb => super::nb::editor::text(self),
            Language::Nn => super::nn::editor::text(self),
            Language::En => super::en::editor::text(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_texts_are_complete() {
        let problems = super::super::table_problems::<EditorText>();
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn month_and_weekday_lists_have_the_right_length() {
        for lang in Language::ALL {
            assert_eq!(
                EditorText::MonthNames.text(lang).split(' ').count(),
                12,
                "{lang:?}"
            );
            assert_eq!(
                EditorText::WeekdaysShort.text(lang).split(' ').count(),
                7,
                "{lang:?}"
            );
        }
    }
}
