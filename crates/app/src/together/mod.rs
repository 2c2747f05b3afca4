//! Working together on one chapter: "Sammenlign med…" ([`CompareView`]: what differs from
//! another copy, grouped by step, each line jumping to its item) and "Slå sammen med en
//! kopi…" ([`MergeView`]: a colleague's copy merged in, conflicts chosen field by field).
//!
//! The views only draw and say what the user asked for; the app (`app/together.rs`) reads the
//! other file in the background, checks that it did not change before a merge is applied, and
//! applies the merge as one edit. Both views work on the project as it is now: when it changes
//! while a view is open (an edit, an undo) the difference or the merge is worked out again.

mod diff_view;
mod merge_view;

pub use diff_view::{CompareAction, CompareView};
pub use merge_view::{MergeAction, MergeView};

use crate::fileio::FileStamp;
use gevinst_core::model::Project;
use std::path::PathBuf;

/// What the other copy is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// To compare the open project with it.
    Compare,
    /// To merge it into the open project.
    Merge,
}

/// Another copy of the project, read from a file.
#[derive(Debug, Clone)]
pub struct OtherCopy {
    /// The file.
    pub path: PathBuf,
    /// The project in it.
    pub project: Project,
    /// The file as it was read (to notice a change before a merge is applied).
    pub stamp: Option<FileStamp>,
}

impl OtherCopy {
    /// The file's name, as the windows show it.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}
