//! Comparing and merging in English.

use crate::i18n::CompareText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Added => "Added: {entity}",
        T::Removed => "Removed: {entity}",
        T::Changed => "Changed: {entity}",
        T::FieldChanged => "{field}: {old} → {new}",
        T::Empty => "(empty)",
        T::ListOf => "{n, plural, one {list of # item} other {list of # items}}",
        T::WholeItem => "the whole item",
        T::GroupOther => "Other",
        T::DifferentProjects => {
            "“{mine}” and “{theirs}” are not the same project (their project ids differ). Use --force to merge them anyway."
        }
        T::ConflictLine => "Conflict in {entity}, {field}: mine {mine}, theirs {theirs}",
        T::ConflictsNotWritten => {
            "{n, plural, one {# conflict} other {# conflicts}}; “{out}” was not written. Choose with --prefer mine or --prefer theirs."
        }
        T::MergeWritten => {
            "Merged into “{out}”: {taken, plural, one {# change} other {# changes}} taken, {conflicts, plural, one {# conflict} other {# conflicts}} resolved."
        }
        T::NoCommonAncestor => {
            "“{mine}” and “{theirs}” share no saved version; everything that differs is counted as a conflict. Give a common copy with --base."
        }
        T::MergeFailed => "The merge could not be made: {detail}",
        T::MenuCompare => "Compare with…",
        T::MenuMerge => "Merge with a copy…",
        T::CompareTitle => "Differences from “{file}”",
        T::MergeTitle => "Merge with “{file}”",
        T::NoDifferences => "No differences.",
        T::MergeTakenAuto => {
            "{n, plural, one {# change is taken automatically.} other {# changes are taken automatically.}}"
        }
        T::MergeConflictsHeading => {
            "{n, plural, one {# conflict: choose for each field.} other {# conflicts: choose for each field.}}"
        }
        T::KeepMine => "Keep mine",
        T::TakeTheirs => "Take theirs",
        T::MineValue => "Mine: {value}",
        T::TheirsValue => "Theirs: {value}",
        T::ApplyMerge => "Merge",
        T::Close => "Close",
        T::MergeApplied => "Merged with “{file}”. Undo with Ctrl+Z.",
        T::ChangedDuringMerge => {
            "“{file}” changed after it was read. Nothing was merged; the copy has been read again: check your choices and merge again."
        }
        T::NothingToMerge => "The copies are equal; nothing to merge.",
        T::MergedWithErrors => {
            "The merged project has {n, plural, one {# error} other {# errors}}; see the findings."
        }
        T::CompareIntro => {
            "From “{file}” (old value) to the open project (new value). Click a line to go there."
        }
        T::DifferentProjectsApp => {
            "“{mine}” and “{theirs}” are not the same project (their project ids differ)."
        }
        T::CompareAnyway => "Compare anyway",
        T::MergeAnyway => "Merge anyway",
        T::NoCommonAncestorApp => {
            "The project and “{file}” share no saved version; everything that differs in both counts as a conflict."
        }
        T::KeepMineFor => "Keep mine: {field} in {entity}",
        T::TakeTheirsFor => "Take theirs: {field} in {entity}",
        T::ChooseEveryConflict => "Choose “Keep mine” or “Take theirs” for every conflict first.",
        T::FieldChangedApp => "{field}: from {old} to {new}",
    }
}
