//! "Eksporter til Word": the report as a DOCX, written in the background with progress like
//! the PDF (`files.rs`), from the same semantic document.

use super::GevinstApp;
use crate::dialogs::{DialogKind, with_extension};
use crate::export::{ExportJob, Finished};
use gevinst_core::i18n::{DocxText, Key, fill};
use std::path::Path;

/// Whether an export writes a Word document (by its file's extension).
pub(super) fn is_docx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

impl GevinstApp {
    /// Ask where to write the Word document and start writing it in the background.
    pub(super) fn export_docx(&mut self) {
        let lang = self.lang();
        if self.export.is_some() {
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let pdf = doc.suggested_pdf_name();
        let name = format!("{}.docx", pdf.strip_suffix(".pdf").unwrap_or(&pdf));
        let Some(path) = self.ask(DialogKind::ExportDocx, folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, ".docx");
        let Some(project) = self.doc.as_ref().map(|d| d.project.clone()) else {
            return;
        };
        let options = gevinst_report::ReportOptions::for_project(&project);
        let ctx = self.ctx.clone();
        self.export = Some(ExportJob::start(&ctx, path.clone(), move |progress| {
            let report_lang = options.language;
            gevinst_report::export_docx_with_progress(&project, &options, &path, &mut |stage, f| {
                progress.report(stage.label(lang), f);
            })
            .map_err(|e| e.message(report_lang))
        }));
    }

    /// Say how a Word export ended; `false` when `done` is not one (a PDF export).
    pub(super) fn docx_export_finished(&mut self, done: &Finished) -> bool {
        let lang = self.lang();
        match done {
            Finished::Written(path) if is_docx(path) => {
                let shown = path.display().to_string();
                self.say(fill(
                    DocxText::StatusExported.text(lang),
                    &[("path", &shown)],
                ));
                true
            }
            Finished::Failed(path, reason) if is_docx(path) => {
                let shown = path.display().to_string();
                self.error(fill(
                    DocxText::ExportFailed.text(lang),
                    &[("path", &shown), ("reason", reason)],
                ));
                true
            }
            _ => false,
        }
    }
}
