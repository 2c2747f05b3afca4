//! Saving: exact format, atomic replacement with a backup, refusals, errors, file stamps, and the
//! committed JSON Schema.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_core::io::{self, FileStamp, SaveErrorKind};
use std::path::Path;

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn save_writes_exactly_the_shipped_format_and_loads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("eksempel.gevinst.json");
    let p = gevinst_core::example::project();
    io::save(&p, &path).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        gevinst_core::example::EXAMPLE_JSON
    );
    assert_eq!(io::load(&path).unwrap().project, p);
    let large = gevinst_core::example::large();
    io::save(&large, &path).unwrap();
    assert_eq!(io::load(&path).unwrap().project, large);
}

#[test]
fn save_keeps_the_previous_file_as_bak_and_leaves_no_temp() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("prosjekt.gevinst.json");
    let mut p = gevinst_core::example::project();
    io::save(&p, &path).unwrap();
    assert_eq!(names_in(dir.path()), vec!["prosjekt.gevinst.json"]);
    let first = std::fs::read(&path).unwrap();
    p.agency.name = "Nytt navn".into();
    io::save(&p, &path).unwrap();
    assert_eq!(
        names_in(dir.path()),
        vec!["prosjekt.gevinst.json", "prosjekt.gevinst.json.bak"]
    );
    assert_eq!(std::fs::read(io::backup_path(&path)).unwrap(), first);
    assert_eq!(io::load(&path).unwrap().project.agency.name, "Nytt navn");
}

#[test]
fn save_without_backup_writes_no_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gjenoppretting.gevinst.json");
    let p = gevinst_core::example::project();
    io::save_without_backup(&p, &path).unwrap();
    io::save_without_backup(&p, &path).unwrap();
    assert_eq!(names_in(dir.path()), vec!["gjenoppretting.gevinst.json"]);
}

#[test]
fn a_file_from_a_newer_gevinst_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ny.gevinst.json");
    let newer = b"{ \"schema_version\": 7, \"future\": true }\n";
    std::fs::write(&path, newer).unwrap();
    let err = io::save(&gevinst_core::example::project(), &path).unwrap_err();
    assert_eq!(err.kind, SaveErrorKind::NewerFile { found: 7 });
    assert_eq!(std::fs::read(&path).unwrap(), newer);
    assert_eq!(names_in(dir.path()), vec!["ny.gevinst.json"]);
    let m = err.message(Language::Nb);
    assert!(m.contains("nyere versjon av Gevinst (filformat 7)"), "{m}");
    assert!(m.contains("ikke endret"), "{m}");
}

#[test]
fn saving_onto_a_folder_or_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mappe.gevinst.json");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("inni.txt"), "x").unwrap();
    let p = gevinst_core::example::project();
    let err = io::save(&p, &folder).unwrap_err();
    assert_eq!(err.kind, SaveErrorKind::IsDirectory);
    assert!(err.message(Language::En).contains("is a folder"));
    let err = io::save_without_backup(&p, &folder).unwrap_err();
    assert_eq!(err.kind, SaveErrorKind::IsDirectory);
    // Below the check, the atomic write itself also fails without leaving its temp file.
    assert!(io::write_atomic(&folder, b"data").is_err());
    assert_eq!(names_in(dir.path()), vec!["mappe.gevinst.json"]);
    assert_eq!(names_in(&folder), vec!["inni.txt"]);

    let missing = dir.path().join("finnes-ikke").join("p.gevinst.json");
    let err = io::save(&p, &missing).unwrap_err();
    assert_eq!(err.kind, SaveErrorKind::FolderMissing);
    let m = err.message(Language::Nb);
    assert!(m.contains("mappen") && m.contains("finnes-ikke"), "{m}");
}

#[test]
fn system_errors_are_classified_and_said_in_every_language() {
    use std::io::{Error, ErrorKind};
    let cases = [
        (
            ErrorKind::PermissionDenied,
            SaveErrorKind::ReadOnly,
            "skrivebeskyttet",
        ),
        (
            ErrorKind::ReadOnlyFilesystem,
            SaveErrorKind::ReadOnly,
            "skrivebeskyttet",
        ),
        (
            ErrorKind::StorageFull,
            SaveErrorKind::DiskFull,
            "disken er full",
        ),
    ];
    for (kind, expected, words) in cases {
        let k = SaveErrorKind::from_io(&Error::from(kind));
        assert_eq!(k, expected);
        let err = io::SaveError {
            file: "p.gevinst.json".into(),
            backup: None,
            kind: k,
        };
        assert!(err.message(Language::Nb).contains(words));
        for lang in Language::ALL {
            assert!(err.message(lang).contains("p.gevinst.json"));
        }
    }
    let err = io::SaveError {
        file: "p.gevinst.json".into(),
        backup: Some("p.gevinst.json.bak".into()),
        kind: SaveErrorKind::DiskFull,
    };
    let m = err.message(Language::Nb);
    assert!(m.contains("Sikkerhetskopien «p.gevinst.json.bak»") && m.contains("ikke endret"));
}

#[test]
fn stamps_notice_a_colleagues_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("delt.gevinst.json");
    let mut p = gevinst_core::example::project();
    io::save(&p, &path).unwrap();
    let loaded = io::load(&path).unwrap();
    assert!(loaded.stamp.modified.is_some());
    assert!(!loaded.stamp.changed_on_disk(&path).unwrap());
    assert!(loaded.stamp.same_content(&io::stamp(&path).unwrap()));
    assert!(
        loaded
            .stamp
            .same_content(&FileStamp::of_bytes(&io::to_bytes(&p)))
    );
    // Same content rewritten (new time): not a change.
    io::save_without_backup(&p, &path).unwrap();
    assert!(!loaded.stamp.changed_on_disk(&path).unwrap());
    p.last_edited_by = "Kollega".into();
    io::save(&p, &path).unwrap();
    assert!(loaded.stamp.changed_on_disk(&path).unwrap());
    std::fs::remove_file(&path).unwrap();
    assert!(loaded.stamp.changed_on_disk(&path).unwrap());
}

#[test]
fn committed_schema_matches_the_types() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/project.schema.json");
    let generated = io::json_schema_text();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&committed, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&committed).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/project.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test io_save` \
         or `gevinst schema > docs/project.schema.json`"
    );
}
