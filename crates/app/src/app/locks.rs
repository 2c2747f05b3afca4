//! Lock files (`.~lock.<file>#`, see [`gevinst_core::io::check_lock`]): the app locks the file
//! it has open for editing, and asks before opening a file someone else has open.

use super::GevinstApp;
use gevinst_core::io::{self, LockInfo, LockStatus};
use std::path::{Path, PathBuf};

/// Who has `path` open, if someone else than `me` does (a stale lock of a crashed run on this
/// machine is not someone: it is taken over).
pub(super) fn held_by_someone_else(
    path: &Path,
    me: &LockInfo,
    alive: fn(u32) -> Option<bool>,
) -> Option<LockInfo> {
    match io::check_lock(path, me, alive) {
        LockStatus::Held(holder) => Some(holder),
        LockStatus::Free | LockStatus::Own | LockStatus::Stale(_) => None,
    }
}

impl GevinstApp {
    /// The file this app should hold the lock of: the open project's file, unless it is open
    /// read-only.
    fn wanted_lock(&self) -> Option<PathBuf> {
        let doc = self.doc.as_ref()?;
        if doc.read_only() || doc.origin != crate::document::Origin::File {
            return None;
        }
        doc.path.clone()
    }

    /// Hold the lock of the open file and of no other: called when a file is opened or saved
    /// under a new name and after every frame (closing, opening another, read-only).
    pub(super) fn sync_lock(&mut self) {
        let wanted = self.wanted_lock();
        if wanted == self.locked {
            return;
        }
        self.release_lock();
        if let Some(path) = wanted {
            // A share that refuses the lock file still lets the user work; the lock only warns.
            let _ = io::write_lock(&path, &self.me);
            self.locked = Some(path);
        }
    }

    /// Remove this app's lock file (on closing the project and on quitting).
    pub(super) fn release_lock(&mut self) {
        if let Some(path) = self.locked.take() {
            io::remove_lock(&path, &self.me);
        }
    }

    /// The file this app holds the lock of (for tests).
    pub fn locked_file(&self) -> Option<&Path> {
        self.locked.as_deref()
    }
}
