//! The app's door to the project file: open, save, notice a colleague's save. A thin layer
//! over [`gevinst_core::io`] that turns its results into what the app shows: a document's origin and
//! messages in the user's language (they name the file).

use gevinst_core::i18n::Language;
use gevinst_core::io::{LoadOptions, Origin};
use gevinst_core::model::Project;
use std::path::Path;

pub use gevinst_core::io::FileStamp;

/// A file from a newer version of Gevinst, opened read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewerFile {
    /// The file's schema version.
    pub found: u32,
    /// Parts of the file this version does not know (not shown, never written back).
    pub dropped: Vec<String>,
}

/// A project read from a file.
#[derive(Debug)]
pub struct Opened {
    /// The project.
    pub project: Project,
    /// The file as it was read.
    pub stamp: Option<FileStamp>,
    /// The file was converted from this older schema version.
    pub migrated_from: Option<u32>,
    /// The file is from a newer version: open it read-only.
    pub newer: Option<NewerFile>,
}

/// Read a project file. A file from a newer Gevinst opens best-effort, read-only. The error is
/// a message for the user in `lang`, naming the file and, where it applies, the place in it.
pub fn open(path: &Path, lang: Language) -> Result<Opened, String> {
    let loaded = gevinst_core::io::load_with(path, LoadOptions { allow_newer: true })
        .map_err(|e| e.message(lang))?;
    let (migrated_from, newer) = match loaded.origin {
        Origin::Current => (None, None),
        Origin::Migrated { from } => (Some(from), None),
        Origin::Newer { found, dropped } => (None, Some(NewerFile { found, dropped })),
    };
    Ok(Opened {
        project: loaded.project,
        stamp: Some(loaded.stamp),
        migrated_from,
        newer,
    })
}

/// True when saving to `path` would overwrite changes someone else made after `ours` was
/// taken: the file is there and differs (or could not be compared, or we never read it).
/// A file that is gone has nothing to lose.
pub fn changed_since(ours: Option<&FileStamp>, path: &Path) -> bool {
    if !path.exists() {
        return false;
    }
    match ours {
        Some(stamp) => stamp.changed_on_disk(path).unwrap_or(true),
        None => true,
    }
}

/// Save a project (atomically, keeping a `.bak`); returns the stamp of the written file.
pub fn save(project: &Project, path: &Path, lang: Language) -> Result<Option<FileStamp>, String> {
    gevinst_core::io::save(project, path).map_err(|e| e.message(lang))?;
    Ok(gevinst_core::io::stamp(path).ok())
}

/// Where the app reads and writes project files: the disk ([`Disk`]); tests put in a slow or
/// failing one. The app calls it on a background thread.
pub trait ProjectFiles: Send + Sync {
    /// [`open`].
    fn open(&self, path: &Path, lang: Language) -> Result<Opened, String> {
        open(path, lang)
    }

    /// [`save`].
    fn save(
        &self,
        project: &Project,
        path: &Path,
        lang: Language,
    ) -> Result<Option<FileStamp>, String> {
        save(project, path, lang)
    }

    /// [`changed_since`].
    fn changed_since(&self, ours: Option<&FileStamp>, path: &Path) -> bool {
        changed_since(ours, path)
    }
}

/// The project files on disk.
pub struct Disk;

impl ProjectFiles for Disk {}

/// Write a recovery copy (atomically, no backup).
pub fn save_recovery(project: &Project, path: &Path) -> Result<(), String> {
    gevinst_core::io::save_without_backup(project, path).map_err(|e| e.message(Language::En))
}
