//! `gevinst upgrade FILE…` end to end: older files converted in place with a backup, current
//! files left or normalised, newer and broken files refused and left alone.

use super::support::*;

use std::path::{Path, PathBuf};

fn bak(path: &Path) -> PathBuf {
    gevinst_core::io::backup_path(path)
}

#[test]
fn an_old_file_is_rewritten_in_the_current_format_with_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gammel.gevinst.json");
    let old = std::fs::read(fixture("old-v0.gevinst.json")).unwrap();
    std::fs::write(&path, &old).unwrap();
    let o = gevinst(&["upgrade", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("Oppgraderte «") && out.contains("fra filformat 0 til 2"),
        "{out}"
    );
    assert!(out.contains(".bak»"), "{out}");
    assert_eq!(std::fs::read(bak(&path)).unwrap(), old);
    let loaded = gevinst_core::io::load(&path).unwrap();
    assert_eq!(loaded.origin, gevinst_core::io::Origin::Current);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        gevinst_core::io::to_bytes(&loaded.project)
    );
    // A second run finds nothing to do and keeps the backup of the old file.
    let o = gevinst(&["--lang", "en", "upgrade", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("is already in file format 2; not changed"),
        "{}",
        stdout(&o)
    );
    assert_eq!(std::fs::read(bak(&path)).unwrap(), old);
}

#[test]
fn a_current_file_in_another_layout_is_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.gevinst.json");
    let original = std::fs::read(fixture("windows-bom-crlf.gevinst.json")).unwrap();
    std::fs::write(&path, &original).unwrap();
    let o = gevinst(&["--lang", "nn", "upgrade", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Skreiv «"), "{}", stdout(&o));
    let now = std::fs::read(&path).unwrap();
    assert!(!now.starts_with(b"\xEF\xBB\xBF") && !now.contains(&b'\r'));
    assert_eq!(std::fs::read(bak(&path)).unwrap(), original);
}

#[test]
fn newer_and_broken_files_are_left_alone_and_the_rest_upgraded() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("nyere.gevinst.json");
    let mut value: serde_json::Value =
        serde_json::from_str(gevinst_core::example::EXAMPLE_JSON).unwrap();
    value["schema_version"] = serde_json::json!(99);
    let newer_bytes = serde_json::to_vec(&value).unwrap();
    std::fs::write(&newer, &newer_bytes).unwrap();
    let broken = dir.path().join("ødelagt.gevinst.json");
    std::fs::write(&broken, b"{\"schema_version\": 1,").unwrap();
    let old = dir.path().join("gammel.gevinst.json");
    std::fs::copy(fixture("old-v0.gevinst.json"), &old).unwrap();

    let o = gevinst(&[
        "upgrade",
        newer.to_str().unwrap(),
        broken.to_str().unwrap(),
        old.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("nyere versjon av Gevinst (filformat 99)"),
        "{err}"
    );
    assert!(err.contains("«") && err.contains("nyere.gevinst.json» er ikke endret."));
    assert!(
        err.contains("ødelagt.gevinst.json» er ikke endret."),
        "{err}"
    );
    assert_eq!(std::fs::read(&newer).unwrap(), newer_bytes);
    assert!(!bak(&newer).exists() && !bak(&broken).exists());
    assert!(stdout(&o).contains("fra filformat 0 til 2"));
    assert!(bak(&old).exists());
}

#[test]
fn upgrade_needs_a_file() {
    let o = gevinst(&["upgrade"]);
    assert_eq!(o.status.code(), Some(2));
    let o = gevinst(&["upgrade", "finnes-ikke.gevinst.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("finnes-ikke.gevinst.json» er ikke endret."));
}

#[test]
fn the_command_line_ignores_lock_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("låst.gevinst.json");
    std::fs::copy(fixture("old-v0.gevinst.json"), &path).unwrap();
    let colleague = gevinst_core::io::LockInfo {
        user: "Kari Nordmann".into(),
        machine: "KONTOR-PC-07".into(),
        since: chrono::Utc::now(),
        pid: 4242,
    };
    gevinst_core::io::write_lock(&path, &colleague).unwrap();
    let lock = std::fs::read(gevinst_core::io::lock_path(&path)).unwrap();
    for args in [&["check"][..], &["summary"], &["upgrade"]] {
        let mut all = args.to_vec();
        all.push(path.to_str().unwrap());
        let o = gevinst(&all);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{all:?}: {}",
            stderr(&o)
        );
    }
    assert!(bak(&path).exists(), "upgraded despite the lock");
    assert_eq!(
        std::fs::read(gevinst_core::io::lock_path(&path)).unwrap(),
        lock
    );
}
