//! Reading and writing files: the project file (load, migrate, save), atomic writes and lock
//! files.
//!
//! The format is described for people who edit it by hand in `docs/file-format.md`; its JSON
//! Schema is `docs/project.schema.json` ([`json_schema_text`]).
//!
//! Loading is fast on the happy path (one typed pass over the bytes); only when that fails, or
//! the file has another schema version, does the loader look closer to say what is wrong, in the
//! user's language, or convert an older file.

mod atomic;
mod diagnose;
mod error;
mod lock;
mod migrate;
mod schema;
mod stamp;

pub use atomic::{copy_atomic, sweep_stale_temporaries, write_atomic};
pub use error::{
    DataProblem, Found, LoadError, SaveError, SaveErrorKind, SyntaxProblem, ValueKind,
};
pub use lock::{
    LockInfo, LockStatus, check_lock, lock_path, process_alive, remove_lock, write_lock,
};
pub use migrate::{migrate, migrate_v0_to_v1, migrate_v1_to_v2};
pub use schema::{json_schema, json_schema_text, prune_to_schema};
pub use stamp::{FileStamp, stamp};

use crate::i18n::{IoText, Key, Language, fill};
use crate::model::{Project, SCHEMA_VERSION};
use serde::Deserialize;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The largest project file Gevinst opens: 64 MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The ending of project file names.
pub const EXTENSION: &str = ".gevinst.json";

/// Which version of Gevinst first writes each schema version.
const WRITERS: [(u32, &str); 3] = [(0, "0.0"), (1, "0.1"), (2, "0.2")];

/// The first Gevinst version that writes a schema version, if this build knows it.
pub fn first_gevinst_writing(schema_version: u32) -> Option<&'static str> {
    WRITERS
        .iter()
        .find(|(v, _)| *v == schema_version)
        .map(|(_, g)| *g)
}

/// How to load.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadOptions {
    /// Open files from a newer Gevinst best-effort, read-only: unknown fields and values are
    /// dropped and listed in [`Origin::Newer`].
    pub allow_newer: bool,
}

/// Where a loaded project came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file in the current format.
    Current,
    /// A file in an older format, converted; saving writes the current format.
    Migrated {
        /// The file's schema version.
        from: u32,
    },
    /// A file from a newer Gevinst, read best-effort. Never save over it.
    Newer {
        /// The file's schema version.
        found: u32,
        /// Paths of the fields and values that were left out.
        dropped: Vec<String>,
    },
}

/// A loaded project.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The project.
    pub project: Project,
    /// Whether it was converted or read from a newer format.
    pub origin: Origin,
    /// The file's stamp at load, to notice later saves by others ([`FileStamp::changed_on_disk`]).
    pub stamp: FileStamp,
    /// The file's name as given, for messages.
    pub file: String,
}

impl Loaded {
    /// The schema version the file was converted from, if it was.
    pub fn migrated_from(&self) -> Option<u32> {
        match self.origin {
            Origin::Migrated { from } => Some(from),
            _ => None,
        }
    }

    /// True for files from a newer Gevinst: the app must not save over them.
    pub fn read_only(&self) -> bool {
        matches!(self.origin, Origin::Newer { .. })
    }

    /// What the user should be told about the file after opening it, if anything.
    pub fn notice(&self, lang: Language) -> Option<String> {
        let file = self.file.as_str();
        match &self.origin {
            Origin::Current => None,
            Origin::Migrated { from } => Some(fill(
                IoText::MigratedNotice.text(lang),
                &[("file", file), ("from", &from.to_string())],
            )),
            Origin::Newer { found, dropped } => {
                let mut s = fill(
                    IoText::NewerReadOnlyNotice.text(lang),
                    &[("file", file), ("found", &found.to_string())],
                );
                if !dropped.is_empty() {
                    s.push(' ');
                    s.push_str(&fill(
                        IoText::DroppedFields.text(lang),
                        &[("fields", &dropped.join(", "))],
                    ));
                }
                Some(s)
            }
        }
    }
}

fn read_error(path: &Path, e: &std::io::Error) -> LoadError {
    use std::io::ErrorKind as K;
    let file = path.display().to_string();
    match e.kind() {
        K::NotFound => LoadError::NotFound { file },
        K::PermissionDenied => LoadError::PermissionDenied { file },
        K::IsADirectory => LoadError::IsDirectory { file },
        _ => LoadError::Read {
            file,
            detail: e.to_string(),
        },
    }
}

/// Read a whole file of at most `limit` bytes, with its modification time taken before reading.
/// Reads through a `take`, so a file that grows while it is read cannot exhaust memory.
fn read_limited(path: &Path, limit: u64) -> Result<(Vec<u8>, Option<SystemTime>), LoadError> {
    let file = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| read_error(path, &e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { file });
    }
    if meta.len() > limit {
        return Err(LoadError::TooLarge {
            file,
            size: meta.len(),
        });
    }
    let f = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
    let modified = f.metadata().and_then(|m| m.modified()).ok();
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    f.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(path, &e))?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            file,
            size: bytes.len() as u64,
        });
    }
    Ok((bytes, modified))
}

/// Load a project file.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_with(path, LoadOptions::default())
}

/// Load a project file with options (e.g. to open a newer file read-only).
pub fn load_with(path: &Path, options: LoadOptions) -> Result<Loaded, LoadError> {
    load_limited(path, options, MAX_FILE_BYTES)
}

fn load_limited(path: &Path, options: LoadOptions, limit: u64) -> Result<Loaded, LoadError> {
    let (bytes, modified) = read_limited(path, limit)?;
    let mut loaded = load_bytes_with(&bytes, &path.display().to_string(), options)?;
    loaded.stamp.modified = modified;
    Ok(loaded)
}

/// Load a project from bytes (drag-and-drop, tests); `name` names the file in messages.
pub fn load_bytes(bytes: &[u8], name: &str) -> Result<Loaded, LoadError> {
    load_bytes_with(bytes, name, LoadOptions::default())
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn is_json_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Load a project from bytes with options.
pub fn load_bytes_with(
    bytes: &[u8],
    name: &str,
    options: LoadOptions,
) -> Result<Loaded, LoadError> {
    let body = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let first = body.iter().position(|&b| !is_json_space(b));
    let loaded = |project, origin| Loaded {
        project,
        origin,
        stamp: FileStamp::of_bytes(bytes),
        file: name.to_owned(),
    };
    // The happy path: one typed pass, no path tracking.
    if first.is_some_and(|i| body[i] == b'{')
        && let Ok(project) = serde_json::from_slice::<Project>(body)
        && project.schema_version == SCHEMA_VERSION
    {
        return Ok(loaded(project, Origin::Current));
    }
    let (project, origin) = slow_path(bytes, body, first, name, options)?;
    Ok(loaded(project, origin))
}

/// Only the version, ignoring everything else.
#[derive(Deserialize)]
struct Peek {
    schema_version: Option<Value>,
}

fn slow_path(
    raw: &[u8],
    body: &[u8],
    first: Option<usize>,
    file: &str,
    options: LoadOptions,
) -> Result<(Project, Origin), LoadError> {
    let file_s = || file.to_owned();
    if raw.starts_with(b"\xFF\xFE")
        || raw.starts_with(b"\xFE\xFF")
        || (raw.len() >= 2 && (raw[0] == 0) != (raw[1] == 0))
    {
        return Err(LoadError::Utf16 { file: file_s() });
    }
    let Some(first) = first else {
        return Err(LoadError::Empty { file: file_s() });
    };
    let not_json = |offset: usize| {
        let (line, column) = diagnose::line_column(body, offset);
        LoadError::Syntax {
            file: file_s(),
            line,
            column,
            problem: SyntaxProblem::NotJson,
        }
    };
    let b = body[first];
    if !matches!(
        b,
        b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
    ) {
        return Err(not_json(first));
    }
    if let Some(at) = body.iter().position(|&b| b == 0) {
        return Err(not_json(at));
    }
    if let Err(e) = std::str::from_utf8(body) {
        let (line, column) = diagnose::line_column(body, e.valid_up_to());
        return Err(LoadError::NotUtf8 {
            file: file_s(),
            line,
            column,
        });
    }
    if b != b'{' {
        let found = match serde_json::from_slice::<Value>(body) {
            Err(e) => return Err(diagnose::syntax_error(file, &e)),
            Ok(Value::Array(_)) => ValueKind::List,
            Ok(Value::String(_)) => ValueKind::Text,
            Ok(Value::Number(_)) => ValueKind::Number,
            Ok(Value::Bool(_)) => ValueKind::Bool,
            Ok(_) => ValueKind::Null,
        };
        return Err(LoadError::NotAProject {
            file: file_s(),
            found,
        });
    }
    let version = match serde_json::from_slice::<Peek>(body) {
        Err(e) if e.is_syntax() || e.is_eof() => {
            // The peek skips most of the file with a lighter parser whose messages are vaguer
            // ("key must be a string" for a trailing comma): ask the full parser.
            let mut err = diagnose::syntax_error(file, &e);
            if let Err(full) = serde_json::from_slice::<Value>(body)
                && (full.is_syntax() || full.is_eof())
                && let (
                    LoadError::Syntax { problem, .. },
                    LoadError::Syntax {
                        problem: better, ..
                    },
                ) = (&mut err, diagnose::syntax_error(file, &full))
            {
                *problem = better;
            }
            return Err(err);
        }
        Err(_) => return Err(current_error(body, file)),
        Ok(Peek {
            schema_version: None,
        }) => return Err(LoadError::NoSchemaVersion { file: file_s() }),
        Ok(Peek {
            schema_version: Some(v),
        }) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => n,
            None => {
                return Err(LoadError::BadSchemaVersion {
                    file: file_s(),
                    value: v.to_string(),
                });
            }
        },
    };
    if version == SCHEMA_VERSION {
        return Err(current_error(body, file));
    }
    if version > SCHEMA_VERSION && !options.allow_newer {
        return Err(LoadError::NewerVersion {
            file: file_s(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut value: Value =
        serde_json::from_slice(body).map_err(|e| diagnose::syntax_error(file, &e))?;
    let origin = if version < SCHEMA_VERSION {
        migrate(&mut value, version);
        Origin::Migrated { from: version }
    } else {
        let dropped = prune_to_schema(&mut value);
        if let Some(obj) = value.as_object_mut() {
            obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
        }
        Origin::Newer {
            found: version,
            dropped,
        }
    };
    let project = serde_path_to_error::deserialize::<_, Project>(&value)
        .map_err(|e| diagnose::invalid(file, e, Some(&value), Some(version)))?;
    Ok((project, origin))
}

/// The error in a file of the current version whose typed pass failed: run again, tracking the
/// path, and explain.
fn current_error(body: &[u8], file: &str) -> LoadError {
    let mut de = serde_json::Deserializer::from_slice(body);
    let result = serde_path_to_error::deserialize::<_, Project>(&mut de);
    let err = match result {
        Ok(_) => match de.end() {
            Ok(()) => {
                return LoadError::Invalid {
                    file: file.to_owned(),
                    line: None,
                    column: None,
                    path: ".".into(),
                    problem: Box::new(DataProblem::Other {
                        detail: "the file could not be read".into(),
                    }),
                    migrated_from: None,
                };
            }
            Err(e) => return diagnose::syntax_error(file, &e),
        },
        Err(e) => e,
    };
    let root: Option<Value> = serde_json::from_slice(body).ok();
    if err.inner().is_syntax() || err.inner().is_eof() {
        // Valid JSON that the typed pass calls a syntax error: a number or list where one of a
        // fixed set of words belongs.
        let found = root
            .as_ref()
            .and_then(|r| diagnose::value_at(r, err.path()));
        return match found {
            Some(v) => LoadError::Invalid {
                file: file.to_owned(),
                line: Some(err.inner().line()),
                column: Some(err.inner().column()),
                path: err.path().to_string(),
                problem: Box::new(DataProblem::WrongType {
                    expected: ValueKind::Choice,
                    found: diagnose::found_of(v),
                }),
                migrated_from: None,
            },
            None => diagnose::syntax_error(file, err.inner()),
        };
    }
    diagnose::invalid(file, err, root.as_ref(), None)
}

/// The bytes Gevinst writes for a project: pretty-printed JSON with a final newline.
pub fn to_bytes(project: &Project) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(project).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The backup name of a project file: `prosjekt.gevinst.json` → `prosjekt.gevinst.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// What is at the place a project is saved to.
enum Previous {
    /// Nothing yet.
    None,
    /// A file of at most [`MAX_FILE_BYTES`], read.
    Small(Vec<u8>),
    /// A larger file: copied to the backup without reading it into memory.
    Large,
}

fn check_target(path: &Path) -> Result<Previous, SaveError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(_) => return Ok(Previous::None),
    };
    if meta.is_dir() {
        return Err(SaveError::new(path, SaveErrorKind::IsDirectory));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Ok(Previous::Large);
    }
    let old = std::fs::read(path).map_err(|e| SaveError::new(path, SaveErrorKind::from_io(&e)))?;
    let version = serde_json::from_slice::<Peek>(old.strip_prefix(UTF8_BOM).unwrap_or(&old))
        .ok()
        .and_then(|p| p.schema_version)
        .and_then(|v| v.as_u64());
    if let Some(found) = version.filter(|&v| v > u64::from(SCHEMA_VERSION)) {
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        return Err(SaveError::new(path, SaveErrorKind::NewerFile { found }));
    }
    Ok(Previous::Small(old))
}

/// Save a project atomically, keeping the previous file as `<name>.bak` (itself written
/// atomically). The new content lands under the real name completely or not at all; on failure
/// the previous file is untouched. Refuses to overwrite a file written by a newer Gevinst.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    save_bytes(&to_bytes(project), path)
}

/// [`save`] of bytes made by [`to_bytes`] (e.g. serialized on one thread, written on another).
pub fn save_bytes(bytes: &[u8], path: &Path) -> Result<(), SaveError> {
    let bak = backup_path(path);
    let backed_up = match check_target(path)? {
        Previous::None => Ok(()),
        Previous::Small(old) => write_atomic(&bak, &old),
        Previous::Large => copy_atomic(path, &bak),
    };
    backed_up.map_err(|e| SaveError {
        file: path.to_path_buf(),
        backup: Some(bak.clone()),
        kind: SaveErrorKind::from_io(&e),
    })?;
    write_atomic(path, bytes).map_err(|e| SaveError::new(path, SaveErrorKind::from_io(&e)))?;
    // Temporary files an earlier, killed save left beside the file.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        sweep_stale_temporaries(dir);
    }
    Ok(())
}

/// Save a project atomically without a backup copy: for the app's recovery (autosave) file.
pub fn save_without_backup(project: &Project, path: &Path) -> Result<(), SaveError> {
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(SaveError::new(path, SaveErrorKind::IsDirectory));
    }
    write_atomic(path, &to_bytes(project))
        .map_err(|e| SaveError::new(path, SaveErrorKind::from_io(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_growing_past_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stor.gevinst.json");
        std::fs::write(&path, crate::example::EXAMPLE_JSON).unwrap();
        let err = load_limited(&path, LoadOptions::default(), 1000).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
        assert!(load_limited(&path, LoadOptions::default(), MAX_FILE_BYTES).is_ok());
    }

    #[test]
    fn system_errors_on_reading_are_named() {
        use std::io::{Error, ErrorKind};
        let path = Path::new("p.gevinst.json");
        let denied = read_error(path, &Error::from(ErrorKind::PermissionDenied));
        assert!(matches!(denied, LoadError::PermissionDenied { .. }));
        assert!(
            denied
                .message(Language::Nb)
                .contains("har ikke tilgang til å lese «p.gevinst.json»")
        );
        let other = read_error(path, &Error::other("disk error"));
        assert!(
            other
                .message(Language::En)
                .contains("Could not read “p.gevinst.json”: disk error")
        );
    }

    #[test]
    fn saving_over_a_huge_file_backs_it_up_by_copying() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stor.gevinst.json");
        let f = std::fs::File::create(&path).unwrap();
        f.set_len(MAX_FILE_BYTES + 10).unwrap();
        drop(f);
        save(&crate::example::project(), &path).unwrap();
        let bak = std::fs::metadata(backup_path(&path)).unwrap();
        assert_eq!(bak.len(), MAX_FILE_BYTES + 10);
        assert!(load(&path).is_ok());
    }

    #[test]
    fn version_table() {
        assert_eq!(first_gevinst_writing(SCHEMA_VERSION), Some("0.2"));
        assert_eq!(first_gevinst_writing(SCHEMA_VERSION + 1), None);
    }
}
