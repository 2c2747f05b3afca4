//! Working together on one chapter: "Sammenlign med…" ([`CompareView`]: what differs from
//! another copy, grouped by step, each line jumping to its item) and "Slå sammen med en
//! kopi…" ([`MergeView`]: a colleague's copy merged in, conflicts chosen field by field).
//!
//! The views only draw and say what the user asked for; the app (`app/together.rs`) reads the
//! other file in the background, checks that it did not change before a merge is applied, and
//! applies the merge as one edit. Both views work on the project as it is now: when it changes
//! while a view is open (an edit, an undo) the difference or the merge is worked out again, on
//! a background thread (`app/jobs.rs`'s `Recomputed`: with the large project that takes longer
//! than a frame), while the window shows a spinner; a result for an older revision is dropped.

mod diff_view;
mod merge_view;

pub use diff_view::{CompareAction, CompareView};
pub use merge_view::{MergeAction, MergeView};

use crate::fileio::FileStamp;
use gevinst_core::compare::{Diff, FieldChange, field_label, show_value};
use gevinst_core::i18n::{CompareText, Key, Language, WorkingText, fill};
use gevinst_core::model::Project;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// The project in it (shared with the background work).
    pub project: Arc<Project>,
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

/// One changed field of entity `key` as the app says it: "Tittel: fra «A» til «B»" (the
/// command line's arrow is not in the app's font).
pub fn field_line(key: &str, f: &FieldChange, lang: Language) -> String {
    fill(
        CompareText::FieldChangedApp.text(lang),
        &[
            ("field", &field_label(key, &f.field, lang)),
            ("old", &show_value(&f.field, f.old.as_ref(), lang)),
            ("new", &show_value(&f.field, f.new.as_ref(), lang)),
        ],
    )
}

/// The differences from `a` to `b` as lines: each step's name, each entity's headline, each
/// changed field indented under it.
pub fn lines(diff: &Diff, a: &Project, b: &Project, lang: Language) -> Vec<String> {
    let mut out = Vec::new();
    let mut group = None;
    for c in &diff.changes {
        if group != Some(c.group) {
            group = Some(c.group);
            out.push(c.group.title(lang).to_owned());
        }
        out.push(format!("  {}", c.headline(a, b, lang)));
        for f in &c.fields {
            out.push(format!("    {}", field_line(&c.key, f, lang)));
        }
    }
    out
}

/// The spinner and "Arbeider …" while the background work runs.
fn working(ui: &mut egui::Ui, lang: Language) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(WorkingText::Working.text(lang));
    });
}
