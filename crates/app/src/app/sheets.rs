//! Spreadsheets in the app (issue 14): "Eksporter til Excel …" writes the workbook of
//! `gevinst-sheets` in the report's language, atomically, as a file job in the background;
//! "Importer fra Excel …" reads a workbook or CSV file as a file job, then shows the import
//! window (`crate::sheets_import`), whose "Importer" is one edit through the history.

use super::GevinstApp;
use super::jobs::{Busy, Done};
use crate::dialogs::{DialogKind, with_extension};
use crate::sheets_import::{Action, SheetsImport};
use egui::Ui;
use gevinst_core::i18n::{Key, SheetAppText as T, fill};
use gevinst_sheets::Workbook;
use std::path::{Path, PathBuf};

/// What a spreadsheet job did.
pub(super) enum SheetsDone {
    /// The workbook was written, or the message saying why not.
    Exported {
        /// The file.
        path: PathBuf,
        /// Nothing, or why it failed.
        result: Result<(), String>,
    },
    /// A file was read for the import.
    Read {
        /// The file.
        path: PathBuf,
        /// The workbook (boxed: it may be large), or why it could not be read.
        result: Box<Result<Workbook, String>>,
    },
}

/// The file's name for messages.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl GevinstApp {
    /// The File menu's "Eksporter til Excel …" and "Importer fra Excel …".
    pub(super) fn sheets_menu_items(&mut self, ui: &mut Ui, has_doc: bool) {
        let lang = self.lang();
        let writable = self.doc.as_ref().is_some_and(|d| !d.read_only());
        if ui
            .add_enabled(has_doc, egui::Button::new(T::CmdExport.text(lang)))
            .on_hover_text(T::CmdExportTip.text(lang))
            .clicked()
        {
            ui.close();
            self.export_xlsx();
        }
        if ui
            .add_enabled(writable, egui::Button::new(T::CmdImport.text(lang)))
            .on_hover_text(T::CmdImportTip.text(lang))
            .clicked()
        {
            ui.close();
            self.import_sheets();
        }
    }

    /// Ask where to write the workbook and write it in the background, in the report's
    /// language.
    pub(super) fn export_xlsx(&mut self) {
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let pdf = doc.suggested_pdf_name();
        let name = format!("{}.xlsx", pdf.strip_suffix(".pdf").unwrap_or(&pdf));
        let project = doc.project.clone();
        let Some(path) = self.ask(DialogKind::ExportXlsx, folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, ".xlsx");
        let report_lang = gevinst_report::ReportOptions::for_project(&project).language;
        let target = path.clone();
        self.start_job(Busy::Saving(path.clone()), move || {
            let result = gevinst_sheets::export_to_bytes(&project, report_lang)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    gevinst_core::io::write_atomic(&target, &bytes).map_err(|e| e.to_string())
                });
            Done::Sheets(SheetsDone::Exported { path, result })
        });
    }

    /// Ask for a workbook or CSV file and read it in the background.
    pub(super) fn import_sheets(&mut self) {
        let folder = self
            .doc
            .as_ref()
            .and_then(|d| d.folder().map(Path::to_path_buf));
        let Some(path) = self.ask(DialogKind::ImportSheets, folder.as_deref(), "") else {
            return;
        };
        self.read_sheets(path);
    }

    /// Read `path` in the background; the import window shows it when read.
    pub(crate) fn read_sheets(&mut self, path: PathBuf) {
        let lang = self.lang();
        let source = path.clone();
        self.start_job(Busy::Opening(path.clone()), move || {
            let result = gevinst_sheets::read(&source).map_err(|e| e.message(lang));
            Done::Sheets(SheetsDone::Read {
                path,
                result: Box::new(result),
            })
        });
    }

    /// A spreadsheet job ended.
    pub(super) fn sheets_done(&mut self, done: SheetsDone) {
        let lang = self.lang();
        match done {
            SheetsDone::Exported {
                path,
                result: Ok(()),
            } => self.say(fill(
                T::StatusExported.text(lang),
                &[("path", &shown(&path))],
            )),
            SheetsDone::Exported {
                path,
                result: Err(reason),
            } => self.error(fill(
                T::ExportFailed.text(lang),
                &[("path", &shown(&path)), ("reason", &reason)],
            )),
            SheetsDone::Read { path, result } => match (*result, &self.doc) {
                (Ok(workbook), Some(doc)) => {
                    let import = match self.sheets_import.take() {
                        Some(old) if old.path() == path => old.reloaded(&doc.project, workbook),
                        _ => SheetsImport::new(&doc.project, path, workbook),
                    };
                    self.sheets_import = Some(Box::new(import));
                }
                (Ok(_), None) => {}
                (Err(reason), _) => {
                    self.error(fill(T::ReadFailed.text(lang), &[("reason", &reason)]));
                }
            },
        }
    }

    /// The import being prepared, if its window is open.
    pub fn sheets_import(&self) -> Option<&SheetsImport> {
        self.sheets_import.as_deref()
    }

    /// Draw the import window (each frame) and carry out what the user chose in it.
    pub(super) fn sheets_window(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            self.sheets_import = None;
            return;
        };
        let Some(import) = &mut self.sheets_import else {
            return;
        };
        match import.show(ctx, &doc.project, lang) {
            None => {}
            Some(Action::Cancel) => self.sheets_import = None,
            Some(Action::Reload) => {
                let path = import.path().to_path_buf();
                self.read_sheets(path);
            }
            Some(Action::Import) => {
                // Applied again to the project as it is now (it may have been edited meanwhile).
                import.remap(&doc.project);
                let Some(outcome) = import.outcome() else {
                    return;
                };
                let edit = outcome.edit.clone();
                let (new, updated) = (outcome.new.to_string(), outcome.updated.to_string());
                let file = import
                    .path()
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                self.sheets_import = None;
                self.apply_edit(edit, None);
                self.say(fill(
                    T::StatusImported.text(lang),
                    &[("file", &file), ("new", &new), ("updated", &updated)],
                ));
            }
        }
    }
}
