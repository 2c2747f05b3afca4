//! Project files where Windows users keep them: names with æ, ø, å and dashes, folders on a
//! drive (`C:\Users\…`) and on a share (`\\server\felles\…`). Open, save, backup and lock with
//! such paths; the names derived from them (backup, lock) are computed the same way everywhere.
//! The tests with real Windows paths are `cfg(windows)`; CI compiles them for Windows
//! (scripts/check-windows.sh).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_core::io::{self, LockInfo, LockStatus};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

const NAME: &str = "Årsrapport – økonomi.gevinst.json";

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

/// Save, save again (a backup), load, lock and unlock `path`, checking every file beside it.
fn full_cycle(path: &Path) {
    let dir = path.parent().unwrap();
    let first = gevinst_core::example::project();
    io::save(&first, path).unwrap();
    let mut second = first.clone();
    second.agency.name = "Direktoratet for økonomistyring – Ålesund".into();
    io::save(&second, path).unwrap();
    assert_eq!(io::load(path).unwrap().project, second);
    let backup = io::backup_path(path);
    assert_eq!(
        backup.file_name().unwrap(),
        OsStr::new(&format!("{NAME}.bak"))
    );
    assert_eq!(io::load(&backup).unwrap().project, first);

    let me = LockInfo {
        user: "Åse Ødegård".into(),
        ..LockInfo::current()
    };
    io::write_lock(path, &me).unwrap();
    assert_eq!(
        names_in(dir),
        [
            format!(".~lock.{NAME}#"),
            NAME.to_owned(),
            format!("{NAME}.bak")
        ]
    );
    assert_eq!(io::check_lock(path, &me, |_| Some(true)), LockStatus::Own);
    let colleague = LockInfo {
        pid: me.pid.wrapping_add(1),
        machine: "KONTOR-PC-Ø7".into(),
        ..me.clone()
    };
    match io::check_lock(path, &colleague, |_| Some(true)) {
        LockStatus::Held(found) => assert_eq!(found.user, "Åse Ødegård"),
        other => panic!("expected the lock to be held, got {other:?}"),
    }
    io::remove_lock(path, &me);
    assert_eq!(names_in(dir), [NAME.to_owned(), format!("{NAME}.bak")]);
}

#[test]
fn a_norwegian_name_in_a_norwegian_folder_saves_backs_up_locks_and_loads() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Økonomi – felles").join("Årsrapport 2026");
    std::fs::create_dir_all(&dir).unwrap();
    full_cycle(&dir.join(NAME));
}

#[test]
fn errors_name_the_file_by_its_norwegian_name() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("Økonomi").join(NAME);
    let err = io::load(&path).unwrap_err();
    assert!(err.file().ends_with(NAME), "{}", err.file());
    assert!(err.message(Language::Nb).contains(NAME));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "{ ikke json").unwrap();
    let err = io::load(&path).unwrap_err();
    assert!(err.message(Language::Nn).contains(NAME));
}

#[test]
fn backup_names_of_drive_and_share_paths_append_bak() {
    // The backup name is the path's text with `.bak` added: the same on every platform.
    for path in [
        r"C:\Users\Åse Ødegård\Documents\Årsrapport – økonomi.gevinst.json",
        r"\\server\felles\Økonomi\Årsrapport – økonomi.gevinst.json",
        r"\\?\UNC\server\felles\Økonomi\Årsrapport – økonomi.gevinst.json",
    ] {
        assert_eq!(
            io::backup_path(Path::new(path)),
            PathBuf::from(format!("{path}.bak"))
        );
    }
}

#[test]
fn the_lock_of_a_file_on_a_share_sits_beside_it() {
    // `//server/share/…` is a UNC share on Windows and an ordinary absolute path elsewhere: the
    // lock's place is computed by path components on both.
    let path = Path::new("//server/felles/Økonomi").join(NAME);
    let lock = io::lock_path(&path);
    assert_eq!(lock.parent(), path.parent());
    assert_eq!(
        lock.file_name().unwrap(),
        OsStr::new(&format!(".~lock.{NAME}#"))
    );
}

#[cfg(windows)]
mod windows {
    use super::*;
    use std::path::{Component, Prefix};

    #[test]
    fn lock_files_of_drive_and_share_paths() {
        for (file, lock) in [
            (
                r"C:\Users\Åse Ødegård\Documents\Årsrapport – økonomi.gevinst.json",
                r"C:\Users\Åse Ødegård\Documents\.~lock.Årsrapport – økonomi.gevinst.json#",
            ),
            (
                r"\\server\felles\Økonomi\Årsrapport – økonomi.gevinst.json",
                r"\\server\felles\Økonomi\.~lock.Årsrapport – økonomi.gevinst.json#",
            ),
            (
                r"\\server\felles\Årsrapport – økonomi.gevinst.json",
                r"\\server\felles\.~lock.Årsrapport – økonomi.gevinst.json#",
            ),
        ] {
            assert_eq!(io::lock_path(Path::new(file)), Path::new(lock));
        }
    }

    #[test]
    fn a_share_path_is_read_as_a_share() {
        let path = Path::new(r"\\server\felles\Økonomi").join(NAME);
        match path.components().next() {
            Some(Component::Prefix(p)) => {
                assert!(matches!(p.kind(), Prefix::UNC(s, f) if s == "server" && f == "felles"));
            }
            other => panic!("no UNC prefix: {other:?}"),
        }
        assert_eq!(
            io::backup_path(&path),
            Path::new(r"\\server\felles\Økonomi").join(format!("{NAME}.bak"))
        );
    }

    #[test]
    fn the_full_cycle_on_a_drive_letter_path() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("Økonomi – felles");
        std::fs::create_dir_all(&dir).unwrap();
        // The temporary folder is on a drive (`C:\Users\…\AppData\Local\Temp`): make the path
        // absolute with its drive letter, as the file dialog gives it.
        let dir = std::path::absolute(&dir).unwrap();
        assert!(matches!(
            dir.components().next(),
            Some(Component::Prefix(p)) if matches!(p.kind(), Prefix::Disk(_) | Prefix::VerbatimDisk(_))
        ));
        full_cycle(&dir.join(NAME));
    }

    #[test]
    fn the_full_cycle_through_the_machines_own_share() {
        // Every Windows machine shares its drives to administrators as `\\localhost\C$`; where
        // that is not allowed (no admin rights, a locked-down CI runner) the test has nothing to do.
        let tmp = tempfile::tempdir().unwrap();
        let local = std::path::absolute(tmp.path()).unwrap();
        let Some(Component::Prefix(p)) = local.components().next() else {
            return;
        };
        let Prefix::Disk(drive) = p.kind() else {
            return;
        };
        let rest: PathBuf = local.components().skip(2).collect();
        let share = PathBuf::from(format!(r"\\localhost\{}$\", char::from(drive))).join(rest);
        let dir = share.join("Økonomi – felles");
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        full_cycle(&dir.join(NAME));
    }
}
