//! The `gevinst` binary end to end: example → check → summary, every invalid fixture, random bytes.

use super::support::*;

use std::path::Path;

#[test]
fn example_check_summary_on_the_bundled_example() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("eksempel.gevinst.json");
    let f = file.to_str().unwrap();
    let o = gevinst(&["example", "-o", f]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Skrev eksempelprosjektet"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        gevinst_core::example::EXAMPLE_JSON
    );

    let o = gevinst(&["check", f]);
    let code = o.status.code().unwrap();
    assert!(code == 0 || code == 1, "{code}: {}", stderr(&o));
    let out = stdout(&o);
    assert!(out.lines().last().unwrap().starts_with("Feil: "), "{out}");
    let project = gevinst_core::example::project();
    let v = gevinst_core::validate::validate(&project, chrono::Local::now().date_naive());
    assert_eq!(code == 1, v.has_errors());

    let o = gevinst(&["check", f, "--json", "--lang", "en"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        json["counts"]["error"],
        v.count(gevinst_core::validate::Severity::Error)
    );
    assert_eq!(json["findings"].as_array().unwrap().len(), v.findings.len());

    let o = gevinst(&["summary", f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for words in [
        "Direktoratet for tilskudd og tilsyn – årsrapport 2026",
        "Tiltak etter status",
        "Iverksatt",
        "Gevinster per år og type",
        "Kontantgevinst",
        "Uttak omdisponert til prioriterte områder",
        "Veiledning til små søkere",
        "Uttak etter form",
        "Netto nåverdi per tiltak",
        "Nåverdiene er uttrykt i sammenligningsåret 2026",
        "\u{a0}kr",
    ] {
        assert!(out.contains(words), "missing «{words}» in\n{out}");
    }
    let o = gevinst(&["--lang", "en", "summary", f]);
    assert!(stdout(&o).contains("Net present value per measure"));
    assert!(stdout(&o).contains("NOK\u{a0}"));

    let o = gevinst(&["summary", f, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let by_status = &json["measures_by_status"];
    let total: u64 = ["planned", "in_progress", "implemented", "stopped"]
        .iter()
        .map(|s| by_status[s].as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, project.measures.len());
    assert_eq!(json["comparison_year"], 2026);
    // Amounts are exact strings of kroner with øre, as in the project file: the parts add up to
    // the total to the øre.
    let money = |v: &serde_json::Value| -> gevinst_core::model::Money {
        v.as_str().unwrap().parse().unwrap()
    };
    let npv_total = money(&json["npv_total_nok"]);
    let npv_sum = json["npv"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| money(&r["npv_nok"]))
        .fold(gevinst_core::model::Money::ZERO, |a, b| {
            a.checked_add(b).unwrap()
        });
    assert_eq!(npv_sum, npv_total);
    let npv = gevinst_core::calc::measure_npv(&project, project.measures[0].id)
        .unwrap()
        .unwrap()
        .npv;
    assert_eq!(
        json["npv"][0]["npv_nok"],
        serde_json::json!(npv.to_string())
    );
    let forms = gevinst_core::calc::extraction_by_form(&project, None).unwrap();
    let by_form: Vec<_> = json["extraction_by_form"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| money(&f["amount_nok"]))
        .collect();
    assert_eq!(
        by_form,
        forms.iter().map(|f| f.amount_nok).collect::<Vec<_>>()
    );
    assert!(by_form.iter().any(|m| m.to_string().contains('.')));
}

#[test]
fn example_check_summary_on_the_large_project() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("stor.gevinst.json");
    let f = file.to_str().unwrap();
    let o = gevinst(&["example", "-o", f, "--size", "large"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("2\u{a0}000 tiltak"));
    let o = gevinst(&["check", f, "--lang", "nn"]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(stdout(&o).contains("kontrollar"));
    let o = gevinst(&["summary", f, "--json"]);
    assert!(o.status.success());
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["measures_total"], 2000);
    assert_eq!(json["overflow"], serde_json::json!([]));
}

#[test]
fn check_names_the_field_as_the_form_does_with_its_path_in_the_file() {
    use gevinst_core::model::{Measure, Project};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("felt.gevinst.json");
    let mut p = Project::new();
    p.agency.name = "Direktoratet".into();
    for title in ["Første", "Andre", "Digital søknad"] {
        p.measures.push(Measure {
            title: title.into(),
            ..Measure::default()
        });
    }
    p.measures[2].digitalisation = true;
    gevinst_core::io::save_without_backup(&p, &file).unwrap();
    let f = file.to_str().unwrap();
    for (lang, lines) in [
        (
            "nb",
            [
                "Feil: Tiltak «Digital søknad», felt «Særlig vurdering» \
                 (measures[2].special_assessment): Tiltaket «Digital søknad» digitaliserer",
                "Advarsel: Sjekklistepunkt 1.10, felt «Svar» (checklist[10].status): Punkt 1.10",
            ],
        ),
        (
            "nn",
            [
                "Feil: Tiltak «Digital søknad», felt «Særleg vurdering» \
                 (measures[2].special_assessment): Tiltaket «Digital søknad» digitaliserer",
                "Åtvaring: Sjekklistepunkt 1.10, felt «Svar» (checklist[10].status): Punkt 1.10",
            ],
        ),
        (
            "en",
            [
                "Error: Measure “Digital søknad”, field “Special assessment” \
                 (measures[2].special_assessment): The measure “Digital søknad” digitalises",
                "Warning: Checklist point 1.10, field “Answer” (checklist[10].status): ",
            ],
        ),
    ] {
        let o = gevinst(&["check", f, "--lang", lang]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let out = stdout(&o);
        for line in lines {
            assert!(
                out.lines().any(|l| l.starts_with(line)),
                "no line starting «{line}» in\n{out}"
            );
        }
    }

    // For scripts: the field's name in the file as before, and its label and path.
    let o = gevinst(&["check", f, "--json", "--lang", "en"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let special = findings
        .iter()
        .find(|f| f["rule"] == "digitalisation_without_assessment")
        .unwrap();
    assert_eq!(special["field"], "special_assessment");
    assert_eq!(special["field_label"], "Special assessment");
    assert_eq!(special["path"], "measures[2].special_assessment");
    assert_eq!(special["entity"]["kind"], "measure");
    assert!(
        findings.iter().all(|f| f["field"].is_string()
            && f["field_label"].is_string()
            && f["path"].is_string())
    );
}

#[test]
fn every_invalid_fixture_exits_2_with_its_message() {
    let dir = fixture("invalid");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".gevinst.json") else {
            continue;
        };
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.expected"))).unwrap();
        for cmd in ["check", "summary"] {
            let o = gevinst(&[cmd, path.to_str().unwrap()]);
            assert_eq!(o.status.code(), Some(2), "{cmd} {name}: {}", stderr(&o));
            assert!(
                stderr(&o).contains(expected.trim_end()),
                "{cmd} {name}:\n{}\nexpected: {expected}",
                stderr(&o)
            );
        }
        n += 1;
    }
    assert!(n >= 30);
    let o = gevinst(&["check", "finnes-ikke.gevinst.json", "--json"]);
    assert_eq!(o.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("Finner ikke filen")
    );
}

#[test]
fn old_and_windows_files_are_accepted() {
    let o = gevinst(&["check", fixture("old-v0.gevinst.json").to_str().unwrap()]);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stderr(&o));
    assert!(stdout(&o).contains("eldre versjon av Gevinst (filformat 0)"));
    let o = gevinst(&[
        "summary",
        fixture("windows-bom-crlf.gevinst.json").to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn random_bytes_never_crash_the_program() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tilfeldig.gevinst.json");
    // A small deterministic generator: the test is the same every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let example = gevinst_core::example::EXAMPLE_JSON.as_bytes();
    for round in 0..24 {
        let bytes: Vec<u8> = match round % 3 {
            0 => (0..(next() % 4096)).map(|_| next() as u8).collect(),
            1 => example[..(next() as usize % example.len())].to_vec(),
            _ => {
                let mut b = example.to_vec();
                for _ in 0..(1 + next() % 6) {
                    let at = next() as usize % b.len();
                    b[at] = next() as u8;
                }
                b
            }
        };
        std::fs::write(&path, &bytes).unwrap();
        for cmd in ["check", "summary"] {
            let o = gevinst(&[cmd, path.to_str().unwrap()]);
            let code = o.status.code();
            assert!(
                matches!(code, Some(0..=2)),
                "round {round} {cmd}: {code:?} {}",
                stderr(&o)
            );
            assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
        }
    }
}

#[test]
fn schema_prints_the_committed_schema() {
    let o = gevinst(&["schema"]);
    assert!(o.status.success());
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/project.schema.json"),
    )
    .unwrap();
    assert_eq!(stdout(&o), committed);
}

#[test]
fn a_bad_language_or_write_failure_is_reported() {
    let o = gevinst(&["--lang", "de", "schema"]);
    assert_eq!(o.status.code(), Some(2), "clap's usage error");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mangler").join("x.gevinst.json");
    let o = gevinst(&["example", "-o", target.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("finnes ikke"), "{}", stderr(&o));
}

#[test]
fn report_writes_the_pdf_in_the_project_language_or_the_one_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let example = fixture("example.gevinst.json");
    let pdf = dir.path().join("seksjon.pdf");
    let o = gevinst(&[
        "report",
        example.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Skrev rapporten ("), "{}", stdout(&o));
    assert!(
        stdout(&o).contains(" sider, bokmål) til «"),
        "{}",
        stdout(&o)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Styring og kontroll i virksomheten"),
        "{text}"
    );
    assert!(text.contains("Side 1 av"), "{text}");

    let en = dir.path().join("section-en.pdf");
    let o = gevinst(&[
        "report",
        example.to_str().unwrap(),
        "-o",
        en.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("Wrote the report ("), "{}", stdout(&o));
    assert!(
        stdout(&o).contains(" pages, English) to “"),
        "{}",
        stdout(&o)
    );
    assert!(pdftotext(&en).contains("Page 1 of"));
}

#[test]
fn report_failures_exit_2_and_leave_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("ut.pdf");
    let missing = dir.path().join("finnes-ikke.gevinst.json");
    let o = gevinst(&[
        "report",
        missing.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("finnes-ikke.gevinst.json"),
        "{}",
        stderr(&o)
    );
    assert!(!pdf.exists());

    let example = fixture("example.gevinst.json");
    let unwritable = dir.path().join("mappe-som-mangler").join("ut.pdf");
    let o = gevinst(&[
        "report",
        example.to_str().unwrap(),
        "-o",
        unwritable.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ut.pdf"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temp file left"
    );
}
