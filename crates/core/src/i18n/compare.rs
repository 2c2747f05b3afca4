//! Comparing and merging two copies of a project: `gevinst diff`, `gevinst merge`, and the
//! app's "Sammenlign med…" and "Slå sammen med en kopi…". Used by `crate::compare`, the command
//! line and the app.

use super::key_table;

/// A sentence or phrase about comparing or merging project files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum CompareText {
    /// An entity only in the second file. `{entity}`.
    Added,
    /// An entity only in the first file. `{entity}`.
    Removed,
    /// An entity in both files, changed. `{entity}`.
    Changed,
    /// One changed field. `{field}`, `{old}`, `{new}`.
    FieldChanged,
    /// An empty or missing value.
    Empty,
    /// A list value, by its length. `{n}`.
    ListOf,
    /// The entity as a whole (a conflict between a deletion and a change).
    WholeItem,
    /// Grouping of project data that belongs to no step.
    GroupOther,
    /// Two files of different projects. `{mine}`, `{theirs}`.
    DifferentProjects,
    /// One conflict in the command line's list. `{entity}`, `{field}`, `{mine}`, `{theirs}`.
    ConflictLine,
    /// The merge stopped at conflicts. `{n}`, `{out}`.
    ConflictsNotWritten,
    /// The merge was written. `{out}`, `{taken}`, `{conflicts}`.
    MergeWritten,
    /// No common ancestor was found. `{mine}`, `{theirs}`.
    NoCommonAncestor,
    /// The merged project was not written: it could not be built. `{detail}`.
    MergeFailed,
    /// The menu item "Compare with…".
    MenuCompare,
    /// The menu item "Merge with a copy…".
    MenuMerge,
    /// Title of the comparison window. `{file}`.
    CompareTitle,
    /// Title of the merge window. `{file}`.
    MergeTitle,
    /// The comparison found nothing.
    NoDifferences,
    /// The merge takes changes automatically. `{n}`.
    MergeTakenAuto,
    /// Heading of the conflicts in the merge window. `{n}`.
    MergeConflictsHeading,
    /// The button keeping my value.
    KeepMine,
    /// The button taking their value.
    TakeTheirs,
    /// My value in a conflict. `{value}`.
    MineValue,
    /// Their value in a conflict. `{value}`.
    TheirsValue,
    /// The button applying the merge.
    ApplyMerge,
    /// The button closing the window.
    Close,
    /// The merge is applied. `{file}`.
    MergeApplied,
    /// The other file changed while the merge was open. `{file}`.
    ChangedDuringMerge,
    /// Nothing to merge: the copies are equal.
    NothingToMerge,
    /// The merged project has errors (shown in the findings). `{n}`.
    MergedWithErrors,
    /// App: what the comparison shows and that a line jumps. `{file}`.
    CompareIntro,
    /// App: two files of different projects, refused until the user chooses. `{mine}`,
    /// `{theirs}`.
    DifferentProjectsApp,
    /// App: the button comparing different projects all the same.
    CompareAnyway,
    /// App: the button merging different projects all the same.
    MergeAnyway,
    /// App: no common ancestor was found. `{file}`.
    NoCommonAncestorApp,
    /// App: the spoken label of the "keep mine" choice. `{field}`, `{entity}`.
    KeepMineFor,
    /// App: the spoken label of the "take theirs" choice. `{field}`, `{entity}`.
    TakeTheirsFor,
    /// App: why "merge" is not yet possible.
    ChooseEveryConflict,
    /// App: one changed field (the app's font has no arrow). `{field}`, `{old}`, `{new}`.
    FieldChangedApp,
}

key_table!(CompareText, compare::text);
