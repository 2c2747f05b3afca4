//! The file lifecycle of the open project: open, save, save as (and the checks that the file
//! was not changed on disk meanwhile) and recovery after a crash. The exports are in `word.rs`.

use super::jobs::{Busy, Done};
use super::locks::held_by_someone_else;
use super::{GevinstApp, ShownPrompt};
use crate::command::UiCommand;
use crate::dialogs::{DialogKind, DialogRequest, with_extension};
use crate::document::{Document, Origin};
use crate::fileio;
use crate::prompts::Prompt;
use crate::recovery::Found;
use gevinst_core::i18n::{Key, UiText, fill};
use gevinst_core::io::LockInfo;
use std::path::{Path, PathBuf};
use std::sync::Arc;

impl GevinstApp {
    /// Ask a file dialog for a path, starting in `folder` and suggesting `name`.
    pub(super) fn ask(
        &mut self,
        kind: DialogKind,
        folder: Option<&Path>,
        name: &str,
    ) -> Option<PathBuf> {
        let lang = self.lang();
        self.dialogs.pick(DialogRequest {
            kind,
            lang,
            folder,
            suggested_name: name,
        })
    }

    /// Open a project file; a file that cannot be read is said in a prompt, one that someone
    /// else has open (its lock file) asks first.
    /// Both the lock and the file are read in the background.
    pub(super) fn open_path(&mut self, path: &Path) {
        self.open_path_from(path, false);
    }

    /// [`GevinstApp::open_path`]; for a `recent` file, one that is gone is forgotten.
    pub(super) fn open_path_from(&mut self, path: &Path, recent: bool) {
        let lang = self.lang();
        let files = Arc::clone(&self.files);
        let (me, alive) = (self.me.clone(), self.alive);
        let path = path.to_path_buf();
        self.start_job(Busy::Opening(path.clone()), move || {
            if recent && !path.exists() {
                return Done::Missing { path };
            }
            if let Some(holder) = held_by_someone_else(&path, &me, alive) {
                return Done::Locked { path, holder };
            }
            let result = Box::new(files.open(&path, lang));
            Done::Opened {
                path,
                holder: None,
                result,
            }
        });
    }

    /// Open a project file whatever its lock says; with `holder`, read-only (their lock stays),
    /// otherwise this app locks it. The file is read in the background.
    pub(super) fn open_unlocked(&mut self, path: &Path, holder: Option<LockInfo>) {
        let lang = self.lang();
        let files = Arc::clone(&self.files);
        let path = path.to_path_buf();
        self.start_job(Busy::Opening(path.clone()), move || {
            let result = Box::new(files.open(&path, lang));
            Done::Opened {
                path,
                holder,
                result,
            }
        });
    }

    /// A file was read (or not).
    pub(super) fn opened(
        &mut self,
        path: &Path,
        holder: Option<LockInfo>,
        result: Result<fileio::Opened, String>,
    ) {
        let lang = self.lang();
        match result {
            Ok(opened) => {
                let mut doc = Document::opened(path, opened);
                doc.locked_by = holder;
                self.set_document(doc);
                self.sync_lock();
                self.settings.add_recent(path);
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusOpened.text(lang), &[("path", &shown)]));
            }
            // The message names the file and, where it applies, the place in it.
            Err(message) => self.error(message),
        }
    }

    /// Write the project to `path` in the background; `then` runs once it is written.
    pub(super) fn write_to(&mut self, path: &Path, then: Option<UiCommand>) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let mut project = doc.project.clone();
        project.modified = chrono::Utc::now();
        // Always this version's format (a read-only newer file is saved as a copy in it).
        project.schema_version = gevinst_core::model::SCHEMA_VERSION;
        // A new revision, with the entities changed since the last save (the file's history).
        gevinst_core::compare::stamp_revision(&mut project, doc.saved.as_deref());
        doc.saving = Some(Box::new(project.clone()));
        let (serial, revision, modified) =
            (self.doc_serial, doc.history.revision(), project.modified);
        let files = Arc::clone(&self.files);
        let path = path.to_path_buf();
        self.start_job(Busy::Saving(path.clone()), move || {
            let result = files.save(&project, &path, lang);
            Done::Saved {
                path,
                then,
                serial,
                revision,
                modified,
                result,
            }
        });
    }

    /// A save ended. On failure (a share gone, a full disk) the project stays open and unsaved
    /// and a recovery copy is written at once.
    pub(super) fn saved(
        &mut self,
        path: &Path,
        then: Option<UiCommand>,
        (serial, revision): (u64, u64),
        modified: chrono::DateTime<chrono::Utc>,
        result: Result<Option<fileio::FileStamp>, String>,
    ) {
        let lang = self.lang();
        let same_doc = serial == self.doc_serial;
        let Some(doc) = self.doc.as_mut().filter(|_| same_doc) else {
            return;
        };
        match result {
            Ok(stamp) => {
                doc.project.modified = modified;
                doc.project.schema_version = gevinst_core::model::SCHEMA_VERSION;
                if let Some(written) = doc.saving.take() {
                    doc.project.history = written.history.clone();
                    doc.saved = Some(written);
                }
                doc.path = Some(path.to_path_buf());
                doc.stamp = stamp;
                doc.origin = Origin::File;
                doc.newer = None;
                doc.migrated_from = None;
                doc.locked_by = None;
                // Edits made while it was written stay unsaved.
                doc.history.mark_saved_at(revision);
                let clean = !doc.history.is_dirty();
                self.settings.add_recent(path);
                if clean {
                    self.recovery.clear();
                    self.autosaved = None;
                }
                self.sync_lock();
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusSaved.text(lang), &[("path", &shown)]));
                if let Some(then) = then {
                    self.perform(then);
                }
            }
            Err(reason) => {
                self.keep_in_recovery();
                self.error(fill(
                    UiText::SaveFailedKept.text(lang),
                    &[("reason", &reason)],
                ));
            }
        }
    }

    /// Save to the project's file (after checking in the background that no one else changed
    /// it meanwhile); `then` runs once it is saved.
    pub(super) fn save(&mut self, then: Option<UiCommand>) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.locked_by.is_some() {
            // Someone else has the file open: Save becomes Save as.
            return self.save_as(then);
        }
        if doc.read_only() {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return;
        }
        let Some(path) = doc.path.clone() else {
            return self.save_as(then);
        };
        let stamp = doc.stamp.clone();
        let files = Arc::clone(&self.files);
        self.start_job(Busy::Saving(path.clone()), move || {
            let changed = files.changed_since(stamp.as_ref(), &path);
            Done::Checked {
                path,
                then,
                changed,
            }
        });
    }

    /// The changed-on-disk check before a save ended: ask, or write.
    pub(super) fn checked(&mut self, path: PathBuf, then: Option<UiCommand>, changed: bool) {
        if changed {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::ChangedOnDisk { path, then },
            });
        } else {
            self.write_to(&path, then);
        }
    }

    /// Ask for a new file and save there; `then` runs once saved.
    pub(super) fn save_as(&mut self, then: Option<UiCommand>) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let name = doc.suggested_file_name();
        let read_only_original = doc.read_only().then(|| doc.path.clone()).flatten();
        let Some(path) = self.ask(DialogKind::SaveProject, folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, ".gevinst.json");
        if read_only_original.is_some_and(|orig| same_file(&orig, &path)) {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return;
        }
        self.write_to(&path, then);
    }

    /// Offer the next recovery copy left by a crash, if any.
    pub(super) fn next_recovery(&mut self) {
        if let Some(found) = self.recoveries.pop() {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::Recover(found),
            });
        }
    }

    /// Open a recovery copy as an unsaved project.
    pub(super) fn recover(&mut self, found: &Found) {
        let lang = self.lang();
        match found.load(lang) {
            Ok(project) => {
                self.set_document(Document::recovered(project, found.meta.original.clone()));
                found.discard();
                self.say(UiText::StatusRecovered.text(lang).to_owned());
            }
            Err(reason) => {
                self.error(fill(
                    UiText::RecoverFailed.text(lang),
                    &[("reason", &reason)],
                ));
            }
        }
    }
}

/// True when two paths name the same file (also when one of them does not exist yet).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
