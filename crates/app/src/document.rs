//! The open project: the project itself, its undo history, where it lives on disk, what the
//! file looked like when it was read (to notice a colleague's save) and whether it may be
//! written at all.

use crate::fileio::{FileStamp, NewerFile, Opened};
use gevinst_core::edit::History;
use gevinst_core::i18n::{Key, Language, UiText};
use gevinst_core::io::LockInfo;
use gevinst_core::model::Project;
use std::path::{Path, PathBuf};

/// Where an open project came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A new, empty project.
    New,
    /// The bundled example, as an unsaved copy.
    Example,
    /// A file (see [`Document::path`]).
    File,
    /// An automatically saved copy recovered after a crash.
    Recovered,
}

/// An open project.
#[derive(Debug)]
pub struct Document {
    /// The project as it is now.
    pub project: Project,
    /// Undo/redo and the dirty flag.
    pub history: History,
    /// The file it is saved to, if any.
    pub path: Option<PathBuf>,
    /// Where it came from.
    pub origin: Origin,
    /// The file as it was when read or last written; `None` when unknown.
    pub stamp: Option<FileStamp>,
    /// Set when the file is from a newer version of Gevinst: the project is read-only and is
    /// never written over that file.
    pub newer: Option<NewerFile>,
    /// The file was converted from this older schema version; saving writes the new one.
    pub migrated_from: Option<u32>,
    /// Set when the file was opened read-only because someone else has it open (their lock):
    /// the project is never written over that file.
    pub locked_by: Option<LockInfo>,
    /// The project as it was last read or written, to record which entities a save changes
    /// (the file's history); `None` before the first save.
    pub saved: Option<Box<Project>>,
    /// The project being written, stamped with its new revision: it becomes [`Self::saved`]
    /// when the write succeeds.
    pub saving: Option<Box<Project>>,
}

impl Document {
    fn unsaved(project: Project, origin: Origin) -> Self {
        Document {
            project,
            history: History::unsaved(),
            path: None,
            origin,
            stamp: None,
            newer: None,
            migrated_from: None,
            locked_by: None,
            saved: None,
            saving: None,
        }
    }

    /// A new, empty project (unsaved).
    pub fn new_project() -> Self {
        Document::unsaved(Project::new(), Origin::New)
    }

    /// The bundled example as an unsaved copy.
    pub fn example() -> Self {
        Document::unsaved(gevinst_core::example::project(), Origin::Example)
    }

    /// A project read from `path`.
    pub fn opened(path: &Path, opened: Opened) -> Self {
        Document {
            saved: Some(Box::new(opened.project.clone())),
            saving: None,
            project: opened.project,
            history: History::new(),
            path: Some(path.to_path_buf()),
            origin: Origin::File,
            stamp: opened.stamp,
            newer: opened.newer,
            migrated_from: opened.migrated_from,
            locked_by: None,
        }
    }

    /// A recovered copy of a project that was (if `original` is set) saved in that file.
    pub fn recovered(project: Project, original: Option<PathBuf>) -> Self {
        Document {
            path: original,
            ..Document::unsaved(project, Origin::Recovered)
        }
    }

    /// True when nothing may be changed (a file from a newer version, or one opened read-only
    /// because someone else has it open).
    pub fn read_only(&self) -> bool {
        self.newer.is_some() || self.locked_by.is_some()
    }

    /// True when closing the project would lose work the user did: edits since it was
    /// opened or saved, or a recovered copy not yet saved.
    pub fn has_unsaved_work(&self) -> bool {
        self.history.has_edits() || (self.origin == Origin::Recovered && self.history.is_dirty())
    }

    /// The name the user knows the project by: the file name, or "Uten navn" / "Eksempel".
    pub fn display_name(&self, lang: Language) -> String {
        match &self.path {
            Some(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None if self.origin == Origin::Example => UiText::ExampleName.text(lang).to_owned(),
            None => UiText::Untitled.text(lang).to_owned(),
        }
    }

    /// The window title: "prosjekt.gevinst.json* – Gevinst".
    pub fn window_title(&self, lang: Language) -> String {
        // The untouched example says "not saved" in its name already.
        let untouched_example = self.origin == Origin::Example && !self.history.has_edits();
        let marker = if self.history.is_dirty() && !untouched_example {
            "*"
        } else {
            ""
        };
        let read_only = if self.read_only() {
            format!(" ({})", UiText::TitleReadOnly.text(lang))
        } else {
            String::new()
        };
        format!("{}{marker}{read_only} – Gevinst", self.display_name(lang))
    }

    /// A file name to suggest in the Save as dialog.
    pub fn suggested_file_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            None => {
                let base: String = self
                    .project
                    .agency
                    .name
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
                    .collect();
                let base = base.trim();
                let base = if base.is_empty() { "gevinst" } else { base };
                format!("{base} {}.gevinst.json", self.project.report.year)
            }
        }
    }

    /// A PDF file name to suggest: next to the project, with the same name.
    pub fn suggested_pdf_name(&self) -> String {
        let name = self.suggested_file_name();
        let stem = name
            .strip_suffix(".gevinst.json")
            .or_else(|| name.strip_suffix(".json"))
            .unwrap_or(&name);
        format!("{stem}.pdf")
    }

    /// The folder of the project's file.
    pub fn folder(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::edit::{Edit, Item};
    use gevinst_core::model::Measure;

    #[test]
    fn titles_and_names() {
        let mut d = Document::example();
        assert_eq!(
            d.window_title(Language::Nb),
            "Eksempel (ikke lagret) – Gevinst"
        );
        d.history
            .apply(
                &mut d.project,
                Edit::Insert {
                    index: 0,
                    item: Item::Measure(Measure::default()),
                },
                None,
            )
            .unwrap();
        assert_eq!(
            d.window_title(Language::Nb),
            "Eksempel (ikke lagret)* – Gevinst"
        );
        assert!(d.has_unsaved_work());
        let n = Document::new_project();
        assert_eq!(n.window_title(Language::En), "Untitled* – Gevinst");
        assert!(
            !n.has_unsaved_work(),
            "an untouched new project can be closed"
        );
        assert!(n.suggested_file_name().ends_with(".gevinst.json"));
        assert_eq!(
            Document::example().suggested_pdf_name(),
            Document::example()
                .suggested_file_name()
                .replace(".gevinst.json", ".pdf")
        );
    }

    #[test]
    fn a_recovered_copy_counts_as_unsaved_work() {
        let d = Document::recovered(Project::new(), None);
        assert!(d.has_unsaved_work());
    }
}
