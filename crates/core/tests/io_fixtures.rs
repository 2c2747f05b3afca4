//! The project file against every kind of broken input in `fixtures/invalid/`, the old format,
//! a Windows-saved file, newer files, size limits and missing files.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_core::io::{self, LoadError, LoadOptions, Origin};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

fn invalid_fixtures() -> Vec<(PathBuf, String)> {
    let dir = fixtures().join("invalid");
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gevinst.json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let stem = name.trim_end_matches(".gevinst.json");
            let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected")))
                .unwrap_or_else(|_| panic!("{stem}.expected is missing"));
            (p, expected.trim_end().to_owned())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_invalid_fixture_gives_its_message_in_every_language() {
    let all = invalid_fixtures();
    assert!(all.len() >= 30, "the corpus has {} files", all.len());
    for (path, expected) in all {
        let err = match io::load(&path) {
            Ok(_) => panic!("{} loaded", path.display()),
            Err(e) => e,
        };
        let nb = err.message(Language::Nb);
        assert!(
            nb.contains(&expected),
            "{}:\n  got:      {nb}\n  expected: {expected}",
            path.display()
        );
        let file = path.display().to_string();
        for lang in Language::ALL {
            let m = err.message(lang);
            assert!(m.contains(&file), "{lang:?} message names the file: {m}");
            assert!(
                !m.contains('{'.to_string().as_str()) || m.contains("{ … }"),
                "{m}"
            );
        }
        // serde's English never leaks into the Norwegian messages.
        for raw in [
            "expected",
            "invalid type",
            "unknown variant",
            "missing field",
            "EOF",
        ] {
            assert!(!nb.contains(raw), "{}: raw text in «{nb}»", path.display());
        }
        // The same bytes from memory give the same error.
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(io::load_bytes(&bytes, &file).unwrap_err(), err);
    }
}

#[test]
fn a_file_saved_on_windows_with_bom_and_crlf_loads() {
    let loaded = io::load(&fixtures().join("windows-bom-crlf.gevinst.json")).unwrap();
    assert_eq!(loaded.origin, Origin::Current);
    assert_eq!(loaded.project, gevinst_core::example::project());
}

#[test]
fn the_old_draft_format_is_converted() {
    let path = fixtures().join("old-v0.gevinst.json");
    let loaded = io::load(&path).unwrap();
    assert_eq!(loaded.migrated_from(), Some(0));
    assert!(!loaded.read_only());
    let p = &loaded.project;
    assert_eq!(p.schema_version, gevinst_core::model::SCHEMA_VERSION);
    assert_eq!(p.agency.org_number, "974760673");
    assert_eq!(p.measures[0].investment.unwrap().ore(), 125_000_050);
    assert_eq!(p.gains[0].years[0].realised_nok.unwrap().ore(), 38_000_025);
    assert_eq!(p.extractions[0].amount_nok.unwrap().ore(), 38_000_000);
    assert_eq!(p.settings.cost_per_fte.ore(), 95_000_000);
    let points: Vec<&str> = p.checklist.iter().map(|c| c.point.number()).collect();
    assert_eq!(points.len(), 14);
    assert_eq!(points[10], "1.10", "in the circular's order");
    use gevinst_core::model::ChecklistStatus as S;
    assert_eq!(p.checklist[10].status, S::Partly);
    assert_eq!(p.checklist[13].status, S::NotRelevant);
    assert_eq!(
        p.checklist[1].status,
        S::NotAnswered,
        "missing points added"
    );
    let notice = loaded.notice(Language::Nb).unwrap();
    assert!(
        notice.contains("eldre versjon") && notice.contains("filformat 0"),
        "{notice}"
    );
    // Saving writes the new format, which loads as current.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ny.gevinst.json");
    io::save(p, &out).unwrap();
    let again = io::load(&out).unwrap();
    assert_eq!(again.origin, Origin::Current);
    assert_eq!(&again.project, p);
}

#[test]
fn an_error_in_an_old_file_says_it_was_found_after_conversion() {
    let text = std::fs::read_to_string(fixtures().join("old-v0.gevinst.json"))
        .unwrap()
        .replace("\"status\": \"implemented\"", "\"status\": \"ferdig\"");
    let err = io::load_bytes(text.as_bytes(), "gammel.gevinst.json").unwrap_err();
    let m = err.message(Language::Nb);
    assert!(
        m.contains("ukjent verdi «ferdig» i measures[0].status"),
        "{m}"
    );
    assert!(m.contains("konvertering fra filformat 0"), "{m}");
}

#[test]
fn a_newer_file_is_refused_or_opened_read_only() {
    let path = fixtures().join("invalid/newer-version.gevinst.json");
    match io::load(&path) {
        Err(LoadError::NewerVersion {
            found, supported, ..
        }) => {
            assert_eq!(found, 99);
            assert_eq!(supported, gevinst_core::model::SCHEMA_VERSION);
        }
        other => panic!("{other:?}"),
    }
    let en = io::load(&path).unwrap_err().message(Language::En);
    assert!(en.contains("a version of Gevinst newer than 0.1"), "{en}");
    let loaded = io::load_with(&path, LoadOptions { allow_newer: true }).unwrap();
    assert!(loaded.read_only());
    assert_eq!(
        loaded.origin,
        Origin::Newer {
            found: 99,
            dropped: vec!["measures[0].risk".to_owned()]
        }
    );
    assert_eq!(
        loaded.project.measures[0].title,
        "Digital søknad om tilskudd"
    );
    let notice = loaded.notice(Language::Nb).unwrap();
    assert!(notice.contains("skrivebeskyttet") && notice.contains("measures[0].risk"));
}

#[test]
fn the_needed_version_is_named_when_known() {
    let err = LoadError::NewerVersion {
        file: "a.gevinst.json".into(),
        found: 0,
        supported: 0,
    };
    assert!(
        err.message(Language::Nb)
            .contains("Installer Gevinst 0.0 eller nyere")
    );
}

#[test]
fn files_over_the_size_limit_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.gevinst.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(io::MAX_FILE_BYTES + 1).unwrap();
    let err = io::load(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    let m = err.message(Language::Nb);
    assert!(
        m.contains("er for stor (64") && m.contains("opptil 64\u{a0}MB"),
        "{m}"
    );
}

#[test]
fn missing_files_and_folders_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("borte.gevinst.json");
    let err = io::load(&missing).unwrap_err();
    assert!(matches!(err, LoadError::NotFound { .. }));
    assert!(err.message(Language::Nn).starts_with("Finn ikkje fila"));
    let err = io::load(dir.path()).unwrap_err();
    assert!(matches!(err, LoadError::IsDirectory { .. }), "{err:?}");
    assert!(err.message(Language::En).contains("is a folder"));
}

#[test]
fn a_few_messages_in_nynorsk_and_english() {
    let path = fixtures().join("invalid/unknown-enum-value.gevinst.json");
    let err = io::load(&path).unwrap_err();
    assert!(
        err.message(Language::Nn)
            .contains("ukjend verdi «ferdig» i measures[0].status; gyldige verdiar er")
    );
    assert!(
        err.message(Language::En)
            .contains("unknown value “ferdig” in measures[0].status; valid values are")
    );
    let path = fixtures().join("invalid/truncated.gevinst.json");
    let m = io::load(&path).unwrap_err().message(Language::En);
    assert!(m.contains("ends in the middle") && m.contains("truncated.gevinst.json.bak"));
}

/// Issue 12: a decimal beyond its quantity's bounds is refused when read, naming the bounds and
/// the place, in every language.
#[test]
fn a_decimal_out_of_bounds_is_refused_with_its_bounds() {
    let mut v: serde_json::Value =
        serde_json::from_str(gevinst_core::example::EXAMPLE_JSON).unwrap();
    v["gains"][0]["years"][0]["planned_hours"] = "10000001".into();
    let bytes = serde_json::to_vec(&v).unwrap();
    let err = io::load_bytes(&bytes, "p.gevinst.json").unwrap_err();
    let msg = |lang| {
        err.message(lang)
            .replace('\u{a0}', " ")
            .replace('\u{2212}', "-")
    };
    assert!(
        msg(Language::Nb).contains(
            "timer må være mellom 0 og 10 000 000 i gains[0].years[0].planned_hours; filen har «10000001»."
        ),
        "{}",
        msg(Language::Nb)
    );
    assert!(msg(Language::Nn).contains("timar må vere mellom 0 og 10 000 000 i gains[0]"));
    assert!(msg(Language::En).contains("hours must be between 0 and 10,000,000 in gains[0]"));

    // The price index that crashed `gevinst check` (issue 12) is now refused on reading.
    let path = fixtures().join("fuzz/issue12-price-index-extremes.gevinst.json");
    let err = io::load(&path).unwrap_err();
    let nb = err.message(Language::Nb).replace('\u{a0}', " ");
    assert!(
        nb.contains("prisindeksverdier må være mellom 0,0001 og 1 000 000 000 i settings.price_index[0].index"),
        "{nb}"
    );
}
