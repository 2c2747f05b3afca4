//! The file lifecycle of the open project: open, save, save as (and the checks that the file
//! was not changed on disk meanwhile), the PDF export, and recovery after a crash.

use super::{GevinstApp, ShownPrompt};
use crate::command::UiCommand;
use crate::dialogs::{DialogKind, DialogRequest, with_extension};
use crate::document::{Document, Origin};
use crate::export::{ExportJob, Finished};
use crate::fileio;
use crate::prompts::Prompt;
use crate::recovery::Found;
use gevinst_core::i18n::{Key, UiText, fill};
use std::path::{Path, PathBuf};

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
    pub(super) fn open_path(&mut self, path: &Path) {
        if let Some(holder) = self.held_by_someone_else(path) {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::Locked {
                    path: path.to_path_buf(),
                    holder,
                },
            });
            return;
        }
        self.open_unlocked(path, None);
    }

    /// Open a project file whatever its lock says; with `holder`, read-only (their lock stays),
    /// otherwise this app locks it.
    pub(super) fn open_unlocked(
        &mut self,
        path: &Path,
        holder: Option<gevinst_core::io::LockInfo>,
    ) {
        let lang = self.lang();
        match fileio::open(path, lang) {
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

    /// Write the project to `path`. Returns true when it was written.
    pub(super) fn write_to(&mut self, path: &Path) -> bool {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return false;
        };
        let mut project = doc.project.clone();
        project.modified = chrono::Utc::now();
        // Always this version's format (a read-only newer file is saved as a copy in it).
        project.schema_version = gevinst_core::model::SCHEMA_VERSION;
        match fileio::save(&project, path, lang) {
            Ok(stamp) => {
                doc.project.modified = project.modified;
                doc.project.schema_version = project.schema_version;
                doc.path = Some(path.to_path_buf());
                doc.stamp = stamp;
                doc.origin = Origin::File;
                doc.newer = None;
                doc.migrated_from = None;
                doc.locked_by = None;
                doc.history.mark_saved();
                self.settings.add_recent(path);
                self.recovery.clear();
                self.autosaved = None;
                self.sync_lock();
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusSaved.text(lang), &[("path", &shown)]));
                true
            }
            Err(message) => {
                self.error(message);
                false
            }
        }
    }

    /// Save to the project's file; `then` runs once it is saved. Returns true when saved now.
    pub(super) fn save(&mut self, then: Option<UiCommand>) -> bool {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return false;
        };
        if doc.locked_by.is_some() {
            // Someone else has the file open: Save becomes Save as.
            return self.save_as(then);
        }
        if doc.read_only() {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return false;
        }
        let Some(path) = doc.path.clone() else {
            return self.save_as(then);
        };
        if fileio::changed_since(doc.stamp.as_ref(), &path) {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::ChangedOnDisk { path, then },
            });
            return false;
        }
        let saved = self.write_to(&path);
        if saved && let Some(then) = then {
            self.perform(then);
        }
        saved
    }

    /// Ask for a new file and save there; `then` runs once saved.
    pub(super) fn save_as(&mut self, then: Option<UiCommand>) -> bool {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return false;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let name = doc.suggested_file_name();
        let read_only_original = doc.read_only().then(|| doc.path.clone()).flatten();
        let Some(path) = self.ask(DialogKind::SaveProject, folder.as_deref(), &name) else {
            return false;
        };
        let path = with_extension(path, ".gevinst.json");
        if read_only_original.is_some_and(|orig| same_file(&orig, &path)) {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return false;
        }
        let saved = self.write_to(&path);
        if saved && let Some(then) = then {
            self.perform(then);
        }
        saved
    }

    /// Ask where to write the PDF and start writing it in the background.
    pub(super) fn export_pdf(&mut self) {
        let lang = self.lang();
        if self.export.is_some() {
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let name = doc.suggested_pdf_name();
        let Some(path) = self.ask(DialogKind::ExportPdf, folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, ".pdf");
        let Some(project) = self.doc.as_ref().map(|d| d.project.clone()) else {
            return;
        };
        let options = gevinst_report::ReportOptions::for_project(&project);
        let ctx = self.ctx.clone();
        self.export = Some(ExportJob::start(&ctx, path.clone(), move |progress| {
            let report_lang = options.language;
            gevinst_report::export_pdf_with_progress(&project, &options, &path, &mut |stage, f| {
                progress.report(stage.label(lang), f);
            })
            .map_err(|e| e.message(report_lang))
        }));
    }

    /// Say how an export ended.
    pub(super) fn export_finished(&mut self, done: Finished) {
        let lang = self.lang();
        match done {
            Finished::Written(path) => {
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusExported.text(lang), &[("path", &shown)]));
            }
            Finished::Failed(path, reason) => {
                let shown = path.display().to_string();
                self.error(fill(
                    UiText::ExportFailed.text(lang),
                    &[("path", &shown), ("reason", &reason)],
                ));
            }
        }
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
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}
