//! Native file dialogs, behind a trait so tests use a fake that returns prepared answers.

use gevinst_core::i18n::{DocxText, Key, Language, SheetAppText, UiText};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Which dialog the app asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose a project file to open.
    OpenProject,
    /// Choose where to save a project.
    SaveProject,
    /// Choose where to write the PDF.
    ExportPdf,
    /// Choose where to write the Word document.
    ExportDocx,
    /// Choose where to write the Excel workbook.
    ExportXlsx,
    /// Choose a workbook or CSV file to import.
    ImportSheets,
}

/// What the app asks a file dialog for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DialogRequest<'a> {
    /// Which dialog.
    pub kind: DialogKind,
    /// The language of its title and filters.
    pub lang: Language,
    /// The folder it starts in.
    pub folder: Option<&'a Path>,
    /// The file name it suggests (when saving).
    pub suggested_name: &'a str,
}

/// The file dialogs the app uses. Each returns `None` when the user cancels.
pub trait FileDialogs {
    /// Ask for a file, or `None` if the user cancelled.
    fn pick(&mut self, request: DialogRequest<'_>) -> Option<PathBuf>;
}

/// The platform's native dialogs (through `rfd`).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick(&mut self, request: DialogRequest<'_>) -> Option<PathBuf> {
        let DialogRequest {
            kind,
            lang,
            folder,
            suggested_name,
        } = request;
        let mut dialog = rfd::FileDialog::new();
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        match kind {
            DialogKind::OpenProject => dialog
                .set_title(UiText::DialogOpenTitle.text(lang))
                .add_filter(UiText::FilterProject.text(lang), &["json"])
                .pick_file(),
            DialogKind::SaveProject => dialog
                .set_title(UiText::DialogSaveTitle.text(lang))
                .add_filter(UiText::FilterProject.text(lang), &["json"])
                .set_file_name(suggested_name)
                .save_file(),
            DialogKind::ExportPdf => dialog
                .set_title(UiText::DialogExportTitle.text(lang))
                .add_filter(UiText::FilterPdf.text(lang), &["pdf"])
                .set_file_name(suggested_name)
                .save_file(),
            DialogKind::ExportDocx => dialog
                .set_title(DocxText::DialogTitle.text(lang))
                .add_filter(DocxText::Filter.text(lang), &["docx"])
                .set_file_name(suggested_name)
                .save_file(),
            DialogKind::ExportXlsx => dialog
                .set_title(SheetAppText::DialogExportTitle.text(lang))
                .add_filter(SheetAppText::FilterXlsx.text(lang), &["xlsx"])
                .set_file_name(suggested_name)
                .save_file(),
            DialogKind::ImportSheets => dialog
                .set_title(SheetAppText::DialogImportTitle.text(lang))
                .add_filter(
                    SheetAppText::FilterSheets.text(lang),
                    &["xlsx", "xlsm", "xls", "ods", "csv"],
                )
                .pick_file(),
        }
    }
}

/// `path` ending in `ext` (e.g. `.gevinst.json`): added when the user typed a name without it.
pub fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let bare = ext.rsplit('.').next().unwrap_or(ext);
    if name.ends_with(ext) || name.ends_with(&format!(".{bare}")) {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(ext);
        PathBuf::from(s)
    }
}

/// A fake for tests: answers with prepared paths in order and records what was asked.
/// Clones share the same answers, so a test can keep one and hand another to the app.
#[derive(Debug, Clone, Default)]
pub struct FakeDialogs {
    answers: Arc<Mutex<VecDeque<Option<PathBuf>>>>,
    asked: Arc<Mutex<Vec<DialogKind>>>,
}

impl FakeDialogs {
    /// A fake with no answers prepared (every dialog is cancelled).
    pub fn new() -> Self {
        FakeDialogs::default()
    }

    /// Prepare the answer to the next dialog: a path, or `None` for Cancel.
    pub fn answer(&self, path: Option<PathBuf>) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(path);
        }
    }

    /// The dialogs asked for so far.
    pub fn asked(&self) -> Vec<DialogKind> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

impl FileDialogs for FakeDialogs {
    fn pick(&mut self, request: DialogRequest<'_>) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(request.kind);
        }
        self.answers
            .lock()
            .ok()
            .and_then(|mut a| a.pop_front())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_is_added_only_when_missing() {
        let p = with_extension(PathBuf::from("/a/rapport"), ".gevinst.json");
        assert_eq!(p, PathBuf::from("/a/rapport.gevinst.json"));
        let p = with_extension(PathBuf::from("/a/r.gevinst.json"), ".gevinst.json");
        assert_eq!(p, PathBuf::from("/a/r.gevinst.json"));
        let p = with_extension(PathBuf::from("/a/r.JSON"), ".gevinst.json");
        assert_eq!(p, PathBuf::from("/a/r.JSON"));
        let p = with_extension(PathBuf::from("kapittel"), ".pdf");
        assert_eq!(p, PathBuf::from("kapittel.pdf"));
    }

    #[test]
    fn fake_answers_in_order_then_cancels() {
        let fake = FakeDialogs::new();
        let mut app_side = fake.clone();
        fake.answer(Some(PathBuf::from("x.gevinst.json")));
        let ask = |kind| DialogRequest {
            kind,
            lang: Language::Nb,
            folder: None,
            suggested_name: "",
        };
        assert_eq!(
            app_side.pick(ask(DialogKind::OpenProject)),
            Some(PathBuf::from("x.gevinst.json"))
        );
        assert_eq!(app_side.pick(ask(DialogKind::ExportPdf)), None);
        assert_eq!(
            fake.asked(),
            vec![DialogKind::OpenProject, DialogKind::ExportPdf]
        );
    }
}
