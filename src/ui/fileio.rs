//! The app's door to the project file: open, save, stamp. A thin adapter over `crate::io`, so
//! the rest of the app does not depend on its exact shape.

use crate::i18n::Language;
use crate::model::{Project, SCHEMA_VERSION};
use std::io::Read;
use std::path::Path;
use std::time::SystemTime;

/// Files larger than this are refused.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What the app remembers about a file when it opened or saved it, to notice later that
/// someone else has written it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

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

fn hash(bytes: &[u8]) -> u64 {
    // FNV-1a: stable across runs and platforms.
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(std::io::Error::other("is a folder"));
    }
    if meta.len() > MAX_BYTES {
        return Err(std::io::Error::other("too large"));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn stamp_of(path: &Path, bytes: &[u8]) -> FileStamp {
    FileStamp {
        len: bytes.len() as u64,
        modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
        hash: hash(bytes),
    }
}

/// The file as it is now, or `None` if it can't be read (e.g. deleted).
fn stamp(path: &Path) -> Option<FileStamp> {
    read_limited(path).ok().map(|b| stamp_of(path, &b))
}

/// True when saving to `path` would overwrite changes someone else made after `ours` was
/// taken: the file is there and differs (or could not be compared, or we never read it).
/// A file that is gone has nothing to lose.
pub fn changed_since(ours: Option<&FileStamp>, path: &Path) -> bool {
    if !path.exists() {
        return false;
    }
    match (ours, stamp(path)) {
        (Some(ours), Some(now)) => ours.len != now.len || ours.hash != now.hash,
        _ => true,
    }
}

fn named(path: &Path, e: impl std::fmt::Display) -> String {
    format!("«{}»: {e}", path.display())
}

/// Read a project file. Newer files open read-only; the error is a message for the user in
/// `lang`, naming the file.
pub fn open(path: &Path, lang: Language) -> Result<Opened, String> {
    let _ = lang;
    let bytes = read_limited(path).map_err(|e| named(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| named(path, e))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| named(path, e))?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    let project: Project = serde_json::from_value(value).map_err(|e| named(path, e))?;
    let newer = (version > u64::from(SCHEMA_VERSION)).then(|| NewerFile {
        found: u32::try_from(version).unwrap_or(u32::MAX),
        dropped: Vec::new(),
    });
    Ok(Opened {
        project,
        stamp: Some(stamp_of(path, &bytes)),
        migrated_from: None,
        newer,
    })
}

/// Save a project (atomically, keeping a `.bak`); returns the stamp of the written file.
pub fn save(project: &Project, path: &Path, lang: Language) -> Result<Option<FileStamp>, String> {
    let _ = lang;
    let mut text = serde_json::to_string_pretty(project).map_err(|e| e.to_string())?;
    text.push('\n');
    crate::io::write_atomic(path, text.as_bytes()).map_err(|e| named(path, e))?;
    Ok(stamp(path))
}

/// Write a recovery copy (no backup).
pub fn save_recovery(project: &Project, path: &Path) -> Result<(), String> {
    let mut text = serde_json::to_string_pretty(project).map_err(|e| e.to_string())?;
    text.push('\n');
    crate::io::write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
}
