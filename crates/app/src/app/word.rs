//! The report's exports ("Eksporter til PDF", "Eksporter til Word"): one command that takes
//! the format, asks where to write the file and writes it in the background with progress
//! (`crate::export`), then says how it ended. Both formats are made from the same semantic
//! document by `gevinst_report::export_with_progress`.

use super::GevinstApp;
use crate::dialogs::{DialogKind, with_extension};
use crate::export::{ExportJob, Finished};
use gevinst_core::i18n::{DocxText, Key, Language, UiText, fill};
use gevinst_core::model::Project;
use gevinst_report::ReportOptions;
use std::path::Path;

/// A format the app exports the report to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportFormat {
    /// The tagged PDF.
    Pdf,
    /// The Word document.
    Docx,
}

impl ExportFormat {
    /// Every format, to find one by a file's extension.
    const ALL: [ExportFormat; 2] = [ExportFormat::Pdf, ExportFormat::Docx];

    /// The file name extension, without the dot.
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Pdf => "pdf",
            ExportFormat::Docx => "docx",
        }
    }

    /// The format of an export's file, by its extension.
    pub(crate) fn of(path: &Path) -> Option<ExportFormat> {
        let ext = path.extension()?.to_str()?;
        ExportFormat::ALL
            .into_iter()
            .find(|f| ext.eq_ignore_ascii_case(f.extension()))
    }

    /// The save dialog that asks for the file.
    fn dialog(self) -> DialogKind {
        match self {
            ExportFormat::Pdf => DialogKind::ExportPdf,
            ExportFormat::Docx => DialogKind::ExportDocx,
        }
    }

    /// The status line's text when the file is written (`{path}`).
    fn written(self, lang: Language) -> &'static str {
        match self {
            ExportFormat::Pdf => UiText::StatusExported.text(lang),
            ExportFormat::Docx => DocxText::StatusExported.text(lang),
        }
    }

    /// The error's text when writing failed (`{path}`, `{reason}`).
    fn failed(self, lang: Language) -> &'static str {
        match self {
            ExportFormat::Pdf => UiText::ExportFailed.text(lang),
            ExportFormat::Docx => DocxText::ExportFailed.text(lang),
        }
    }

    /// Write the file (in the background job): progress as (stage label, fraction), the
    /// error as a message in the report's language.
    fn write(
        self,
        project: &Project,
        options: &ReportOptions,
        path: &Path,
        progress: &mut dyn FnMut(&str, f32),
        lang: Language,
    ) -> Result<(), String> {
        let format = match self {
            ExportFormat::Pdf => gevinst_report::Format::Pdf,
            ExportFormat::Docx => gevinst_report::Format::Docx,
        };
        gevinst_report::export_with_progress(project, options, format, path, &mut |stage, f| {
            progress(stage.label(lang), f)
        })
        .map_err(|e| e.message(options.language))
    }
}

/// Whether an export writes a Word document (by its file's extension).
pub(super) fn is_docx(path: &Path) -> bool {
    ExportFormat::of(path) == Some(ExportFormat::Docx)
}

impl GevinstApp {
    /// Ask where to write the PDF and start writing it in the background.
    pub(super) fn export_pdf(&mut self) {
        self.export_report(ExportFormat::Pdf);
    }

    /// Ask where to write the Word document and start writing it in the background.
    pub(super) fn export_docx(&mut self) {
        self.export_report(ExportFormat::Docx);
    }

    /// Ask where to write the report in `format` and start writing it in the background.
    pub(super) fn export_report(&mut self, format: ExportFormat) {
        let lang = self.lang();
        if self.export.is_some() {
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let pdf = doc.suggested_pdf_name();
        let ext = format.extension();
        let name = format!("{}.{ext}", pdf.strip_suffix(".pdf").unwrap_or(&pdf));
        let Some(path) = self.ask(format.dialog(), folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, &format!(".{ext}"));
        let Some(project) = self.doc.as_ref().map(|d| d.project.clone()) else {
            return;
        };
        let options = ReportOptions::for_project(&project);
        let ctx = self.ctx.clone();
        self.export = Some(ExportJob::start(&ctx, path.clone(), move |progress| {
            format.write(
                &project,
                &options,
                &path,
                &mut |stage, f| progress.report(stage, f),
                lang,
            )
        }));
    }

    /// Say how an export ended.
    pub(super) fn export_finished(&mut self, done: Finished) {
        let lang = self.lang();
        match done {
            Finished::Written(path) => {
                let format = ExportFormat::of(&path).unwrap_or(ExportFormat::Pdf);
                let shown = path.display().to_string();
                self.say(fill(format.written(lang), &[("path", &shown)]));
            }
            Finished::Failed(path, reason) => {
                let format = ExportFormat::of(&path).unwrap_or(ExportFormat::Pdf);
                let shown = path.display().to_string();
                self.error(fill(
                    format.failed(lang),
                    &[("path", &shown), ("reason", &reason)],
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_of_an_export_is_its_extension() {
        assert_eq!(
            ExportFormat::of(Path::new("a/kapittel.DOCX")),
            Some(ExportFormat::Docx)
        );
        assert_eq!(
            ExportFormat::of(Path::new("r.pdf")),
            Some(ExportFormat::Pdf)
        );
        assert_eq!(ExportFormat::of(Path::new("r.gevinst.json")), None);
        for f in ExportFormat::ALL {
            assert_eq!(
                ExportFormat::of(Path::new(&format!("x.{}", f.extension()))),
                Some(f)
            );
            assert_ne!(f.written(Language::Nn), f.failed(Language::Nn));
        }
        assert!(is_docx(Path::new("x.docx")) && !is_docx(Path::new("x.pdf")));
    }
}
