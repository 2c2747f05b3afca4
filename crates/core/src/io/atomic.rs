//! Atomic file writes: the bytes land under the real name completely or not at all.

use std::io::Write;
use std::path::Path;
use tempfile::NamedTempFile;

/// A new temporary file in the folder `path` will be in (so the final rename stays on one
/// file system).
fn temp_beside(path: &Path) -> std::io::Result<NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".gevinst-")
        .suffix(".tmp")
        .tempfile_in(dir)
}

/// Sync the temporary file and rename it over `path`. The result keeps the permissions of the
/// file it replaces; a new file gets the usual ones (temporary files are private to their owner,
/// which a shared project file or report must not be).
fn finish(tmp: NamedTempFile, path: &Path) -> std::io::Result<()> {
    tmp.as_file().sync_all()?;
    match std::fs::metadata(path) {
        Ok(existing) => tmp.as_file().set_permissions(existing.permissions())?,
        Err(_) => set_default_permissions(&tmp)?,
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn set_default_permissions(tmp: &NamedTempFile) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_tmp: &NamedTempFile) -> std::io::Result<()> {
    Ok(())
}

/// Write `bytes` to `path` atomically: into a temporary file in the same folder, flushed and
/// synced to disk, then renamed over `path`. On any error the previous file (if any) is left
/// untouched and the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    finish(tmp, path)
}

/// How old a temporary file left beside a project must be before a save removes it: a day, so
/// a save in progress elsewhere on a shared folder is never touched.
const STALE_TEMPORARY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);

/// Remove temporary files of this module's naming in `dir` that a killed save left behind more
/// than a day ago; returns how many. Errors (a folder that cannot be listed, a file removed
/// meanwhile) are ignored: this is tidying, not saving.
pub fn sweep_stale_temporaries(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = std::time::SystemTime::now();
    let mut removed = 0usize;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".gevinst-") && name.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMPORARY);
        if old && std::fs::remove_file(entry.path()).is_ok() {
            removed = removed.saturating_add(1);
        }
    }
    removed
}

/// Copy `from` to `to` atomically, through a temporary file beside `to`.
pub fn copy_atomic(from: &Path, to: &Path) -> std::io::Result<()> {
    let tmp = temp_beside(to)?;
    std::fs::copy(from, tmp.path())?;
    finish(tmp, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_others_and_replaced_files_keep_their_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"one").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o664)).unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o664);
        let copy = dir.path().join("b.txt");
        copy_atomic(&path, &copy).unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), b"two");
        assert_eq!(mode(&copy), 0o644);
    }

    #[test]
    fn only_day_old_temporaries_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".gevinst-abc.tmp");
        let young = dir.path().join(".gevinst-def.tmp");
        let other = dir.path().join("notes.tmp");
        for p in [&old, &young, &other] {
            std::fs::write(p, b"x").unwrap();
        }
        let two_days_ago = std::time::SystemTime::now() - 2 * STALE_TEMPORARY;
        for p in [&old, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(two_days_ago)
                .unwrap();
        }
        assert_eq!(sweep_stale_temporaries(dir.path()), 1);
        assert!(!old.exists() && young.exists() && other.exists());
    }

    #[test]
    fn failure_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing-folder").join("a.txt");
        assert!(write_atomic(&path, b"x").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
