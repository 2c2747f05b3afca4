//! "Sammenlign med…" and "Slå sammen med en kopi…" in the File menu: the other copy is read
//! in the background (a file job, like opening), then shown in its window
//! ([`crate::together`]). Applying a merge first checks in the background that the copy did
//! not change on disk since it was read (if it did, it is read again and nothing is applied),
//! then validates the merged project and applies it as one undoable edit
//! ([`Edit::SetProject`]).
//!
//! The file's history needs the project as it was at its last revision to record what a save
//! changed (`Document::saved`). After a merge that is the merged project; the one it replaces
//! is kept here and put back when the merge is undone (and the other way round on redo).

use super::GevinstApp;
use super::jobs::{Busy, Done};
use crate::dialogs::DialogKind;
use crate::fileio::Opened;
use crate::together::{CompareAction, CompareView, MergeAction, MergeView, OtherCopy, Purpose};
use egui::Ui;
use gevinst_core::edit::Edit;
use gevinst_core::i18n::{CompareText as T, Key, fill};
use gevinst_core::model::Project;
use gevinst_core::validate::Severity;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The open comparison and merge windows, and the projects a merge's undo puts back as the
/// last saved one.
#[derive(Debug, Default)]
pub(super) struct Together {
    compare: Option<CompareView>,
    merge: Option<MergeView>,
    /// The document these belong to (`GevinstApp::doc_serial`).
    serial: u64,
    /// Last-saved projects set aside by merges (see the module's documentation).
    bases: Vec<Option<Box<Project>>>,
}

/// What a background job of this module did.
pub(super) enum TogetherDone {
    /// The other copy was read (or not).
    Read {
        /// What for.
        purpose: Purpose,
        /// The file.
        path: PathBuf,
        /// The copy, or the message saying why not (boxed: a project is large).
        result: Box<Result<Opened, String>>,
    },
    /// The check before applying a merge: did the copy change since it was read?
    Checked {
        /// The file.
        path: PathBuf,
        /// It changed (or could not be compared).
        changed: bool,
    },
}

impl GevinstApp {
    /// The File menu's "Sammenlign med…" and "Slå sammen med en kopi…".
    pub(super) fn together_menu_items(&mut self, ui: &mut Ui, has_doc: bool, writable: bool) {
        let lang = self.lang();
        if ui
            .add_enabled(has_doc, egui::Button::new(T::MenuCompare.text(lang)))
            .clicked()
        {
            self.read_other(Purpose::Compare);
        }
        if ui
            .add_enabled(writable, egui::Button::new(T::MenuMerge.text(lang)))
            .clicked()
        {
            self.read_other(Purpose::Merge);
        }
    }

    /// Ask for the other copy and read it in the background.
    fn read_other(&mut self, purpose: Purpose) {
        let folder = self
            .doc
            .as_ref()
            .and_then(|d| d.folder().map(Path::to_path_buf));
        if let Some(path) = self.ask(DialogKind::OpenProject, folder.as_deref(), "") {
            self.read_other_path(purpose, path);
        }
    }

    /// Read the other copy at `path` in the background.
    pub(crate) fn read_other_path(&mut self, purpose: Purpose, path: PathBuf) {
        let lang = self.lang();
        let files = Arc::clone(&self.files);
        self.start_job(Busy::Opening(path.clone()), move || {
            let result = Box::new(files.open(&path, lang));
            Done::Together(Box::new(TogetherDone::Read {
                purpose,
                path,
                result,
            }))
        });
    }

    /// A job of this module ended.
    pub(super) fn together_done(&mut self, done: TogetherDone) {
        let lang = self.lang();
        match done {
            TogetherDone::Read {
                purpose,
                path,
                result,
            } => {
                let opened = match *result {
                    Ok(o) => o,
                    Err(message) => return self.error(message),
                };
                let other = OtherCopy {
                    path,
                    project: Arc::new(opened.project),
                    stamp: opened.stamp,
                };
                self.together.serial = self.doc_serial;
                match purpose {
                    Purpose::Compare => self.together.compare = Some(CompareView::new(other)),
                    Purpose::Merge => match &mut self.together.merge {
                        // Read again because it changed: keep the choices made.
                        Some(view) if view.other().path == other.path => {
                            let file = other.file_name();
                            let notice = fill(T::ChangedDuringMerge.text(lang), &[("file", &file)]);
                            view.reread(other, notice.clone());
                            self.say(notice);
                        }
                        _ => self.together.merge = Some(MergeView::new(other)),
                    },
                }
            }
            TogetherDone::Checked { path, changed } => {
                if changed {
                    self.read_other_path(Purpose::Merge, path);
                } else {
                    self.apply_merge();
                }
            }
        }
    }

    /// The comparison and merge windows, each frame.
    pub(super) fn together_windows(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        if self.together.serial != self.doc_serial || self.doc.is_none() {
            self.together.compare = None;
            self.together.merge = None;
            self.together.bases.clear();
            self.together.serial = self.doc_serial;
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let now = (doc.history.revision(), self.background_files);
        let name = doc.display_name(lang);
        if let Some(view) = &mut self.together.compare {
            match view.show(ctx, (&doc.project, &name), now, lang) {
                Some(CompareAction::Close) => self.together.compare = None,
                Some(CompareAction::Force) => view.force(),
                Some(CompareAction::Go(cmd)) => self.queue.push_back(cmd),
                None => {}
            }
        }
        let mut apply = false;
        if let Some(view) = &mut self.together.merge {
            match view.show(ctx, (&doc.project, &name), now, lang) {
                Some(MergeAction::Close) => self.together.merge = None,
                Some(MergeAction::Force) => view.force(),
                Some(MergeAction::Apply) => apply = true,
                None => {}
            }
        }
        if apply {
            self.check_and_apply_merge();
        }
    }

    /// Check in the background that the colleague's copy is as it was read; then apply.
    fn check_and_apply_merge(&mut self) {
        let Some(view) = &self.together.merge else {
            return;
        };
        let path = view.other().path.clone();
        let stamp = view.other().stamp.clone();
        let files = Arc::clone(&self.files);
        self.start_job(Busy::Opening(path.clone()), move || {
            let changed = files.changed_since(stamp.as_ref(), &path);
            Done::Together(Box::new(TogetherDone::Checked { path, changed }))
        });
    }

    /// Apply the merge with the choices made: validate the merged project, then one edit.
    fn apply_merge(&mut self) {
        let lang = self.lang();
        let (Some(doc), Some(view)) = (&self.doc, &mut self.together.merge) else {
            return;
        };
        if doc.read_only() {
            return;
        }
        let file = view.other().file_name();
        let merged = match view.resolve(doc.history.revision(), lang) {
            None => return,
            Some(Ok(p)) => p,
            Some(Err(detail)) => {
                return self.error(fill(T::MergeFailed.text(lang), &[("detail", &detail)]));
            }
        };
        // Validated before it is shown: these are the findings once it is applied.
        let findings = gevinst_core::validate::validate(&merged, self.today);
        let errors = findings.count(Severity::Error);
        self.together.merge = None;
        if let Some(doc) = &mut self.doc {
            let before = doc.saved.replace(Box::new(merged.clone()));
            self.together.bases.push(before);
        }
        self.apply_edit(Edit::SetProject(Box::new(merged)), None);
        if let Some(doc) = &self.doc {
            self.findings = findings;
            self.findings_key = Some((self.doc_serial, doc.history.revision()));
        }
        let message = if errors > 0 {
            T::MergedWithErrors.fill(lang, &[("n", errors.into())])
        } else {
            fill(T::MergeApplied.text(lang), &[("file", &file)])
        };
        self.say(message);
    }

    /// Wait for the comparison's and the merge's background work (tests, quitting).
    pub(super) fn wait_for_together(&mut self) {
        if let Some(view) = &mut self.together.compare {
            view.wait();
        }
        if let Some(view) = &mut self.together.merge {
            view.wait();
        }
    }

    /// Make the document's last-saved project the one of its history's head: after an undo
    /// or redo across a merge, swap in the one set aside.
    pub(super) fn sync_merge_base(&mut self) {
        let Some(doc) = &mut self.doc else {
            return;
        };
        let head = doc.project.history.head();
        if doc.saved.as_ref().and_then(|s| s.history.head()) == head {
            return;
        }
        let bases = &mut self.together.bases;
        if let Some(i) = bases
            .iter()
            .position(|b| b.as_ref().and_then(|p| p.history.head()) == head)
        {
            let base = bases.remove(i);
            let set_aside = std::mem::replace(&mut doc.saved, base);
            bases.push(set_aside);
        }
    }
}
