//! File stamps: enough about a saved file to notice that someone else has saved over it.

use super::LoadError;
use std::path::Path;
use std::time::SystemTime;

/// The length, modification time and a 128-bit hash (XXH3) of a project file's content, taken
/// when it is loaded or saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    /// Length in bytes.
    pub len: u64,
    /// Last modification time, when the file system reports one.
    pub modified: Option<SystemTime>,
    /// XXH3-128 of the content.
    pub hash: u128,
}

impl FileStamp {
    /// A stamp of bytes with no file behind them (drag-and-drop, tests).
    pub fn of_bytes(bytes: &[u8]) -> FileStamp {
        FileStamp {
            len: bytes.len() as u64,
            modified: None,
            hash: xxhash_rust::xxh3::xxh3_128(bytes),
        }
    }

    /// True when both stamps describe the same content, whatever the modification times say
    /// (a copy or a `touch` is not a change).
    pub fn same_content(&self, other: &FileStamp) -> bool {
        self.len == other.len && self.hash == other.hash
    }

    /// True when the file at `path` no longer has the content this stamp was taken of: someone
    /// saved it since, or it was removed. Cheap when nothing changed (length and time equal);
    /// otherwise the content is hashed.
    pub fn changed_on_disk(&self, path: &Path) -> Result<bool, LoadError> {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
            Err(e) => return Err(super::read_error(path, &e)),
        };
        if meta.len() == self.len
            && self.modified.is_some()
            && meta.modified().ok() == self.modified
        {
            return Ok(false);
        }
        Ok(!stamp(path)?.same_content(self))
    }
}

/// The stamp of the file at `path` as it is now.
pub fn stamp(path: &Path) -> Result<FileStamp, LoadError> {
    let (bytes, modified) = super::read_limited(path, super::MAX_FILE_BYTES)?;
    Ok(FileStamp {
        modified,
        ..FileStamp::of_bytes(&bytes)
    })
}
