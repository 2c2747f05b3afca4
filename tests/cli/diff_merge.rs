//! `gevinst diff` and `gevinst merge` end to end: exit codes, a file against itself, the merge
//! of two edited copies with a conflict, `--prefer`, different projects, and v1 → v2.

use super::support::*;

use gevinst_core::example::{self, CopyWording};
use gevinst_core::model::{Id, Money, Project};
use std::path::{Path, PathBuf};

/// Two edited copies of the example (saved once before), written to `dir`.
fn two_copies(dir: &Path) -> (PathBuf, PathBuf, Project, Project) {
    let (_, mine, theirs) = example::two_copies(CopyWording::Plain).unwrap();
    let (a, b) = (dir.join("min.gevinst.json"), dir.join("deres.gevinst.json"));
    gevinst_core::io::save(&mine, &a).unwrap();
    gevinst_core::io::save(&theirs, &b).unwrap();
    (a, b, mine, theirs)
}

#[test]
fn a_file_against_itself_prints_nothing_and_exits_0() {
    let f = fixture("example.gevinst.json");
    let o = gevinst(&["diff", s(&f), s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty(), "{}", stdout(&o));
    assert!(o.stderr.is_empty(), "{}", stderr(&o));
}

#[test]
fn diff_lists_differences_and_exits_1_or_2() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, ..) = two_copies(dir.path());
    let o = gevinst(&["diff", s(&a), s(&b)]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("Tiltak:"), "{text}");
    assert!(
        text.contains("Tittel: «Min tittel» → «Deres tittel»"),
        "{text}"
    );
    assert!(
        text.contains("Lagt til: Gevinst «Ny gevinst fra kollega»"),
        "{text}"
    );
    let o = gevinst(&["diff", s(&a), s(&b), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["changes"].as_array().unwrap().len(), 4);
    let o = gevinst(&[
        "diff",
        s(&a),
        s(&dir.path().join("finnes-ikke.gevinst.json")),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("finnes-ikke"), "{}", stderr(&o));
}

#[test]
fn merge_takes_one_sided_changes_and_stops_at_the_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, mine, _) = two_copies(dir.path());
    let out = dir.path().join("samlet.gevinst.json");
    let o = gevinst(&["merge", s(&a), s(&b), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!out.exists(), "OUT is not written with conflicts");
    let listed = stdout(&o);
    assert!(
        listed.contains(
            "Konflikt i Tiltak «Min tittel», Tittel: min «Min tittel», deres «Deres tittel»"
        ),
        "{listed}"
    );
    assert!(stderr(&o).contains("1 konflikt"), "{}", stderr(&o));

    let o = gevinst(&["merge", s(&a), s(&b), "-o", s(&out), "--prefer", "theirs"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let merged = gevinst_core::io::load(&out).unwrap().project;
    assert_eq!(merged.measures[0].title, "Deres tittel");
    assert_eq!(merged.measures[1].description, "Beskrevet av meg");
    assert_eq!(merged.measures[2].investment, Money::from_kroner(123_000));
    assert_eq!(merged.gains.len(), mine.gains.len() + 1);

    let o = gevinst(&["merge", s(&a), s(&b), "-o", s(&out), "--prefer", "mine"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let merged = gevinst_core::io::load(&out).unwrap().project;
    assert_eq!(merged.measures[0].title, "Min tittel");
    assert_eq!(merged.gains.len(), mine.gains.len() + 1);

    // With the base given explicitly the result is the same.
    let base = dir.path().join("base.gevinst.json");
    let mut p = mine.clone();
    p.measures[0].title = gevinst_core::example::project().measures[0].title.clone();
    p.measures[1].description = gevinst_core::example::project().measures[1]
        .description
        .clone();
    gevinst_core::io::save(&p, &base).unwrap();
    let o = gevinst(&["merge", s(&a), s(&b), "-o", s(&out), "--base", s(&base)]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
}

#[test]
fn different_projects_are_refused_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture("example.gevinst.json");
    let mut other = gevinst_core::example::project();
    other.id = Id::new();
    let b = dir.path().join("annet.gevinst.json");
    gevinst_core::io::save(&other, &b).unwrap();
    let out = dir.path().join("ut.gevinst.json");
    let o = gevinst(&["merge", s(&a), s(&b), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ikke det samme prosjektet"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    let o = gevinst(&[
        "merge",
        s(&a),
        s(&b),
        "-o",
        s(&out),
        "--force",
        "--prefer",
        "mine",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.exists());
}

#[test]
fn upgrade_writes_version_2() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.gevinst.json");
    std::fs::copy(fixture("old-v1.gevinst.json"), &path).unwrap();
    let o = gevinst(&["upgrade", s(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 2);
    // A v1 file and its upgrade have the same content.
    let o = gevinst(&["diff", s(&fixture("old-v1.gevinst.json")), s(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}
