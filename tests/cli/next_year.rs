//! `gevinst next-year` end to end: the example carried over to the next year, its report with
//! last year's figures beside this year's, and the input never overwritten.

use super::support::*;

#[test]
fn next_year_of_the_example_reports_last_years_figures_beside_this_years() {
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("2026.gevinst.json");
    let next = dir.path().join("2027.gevinst.json");
    let (t, n) = (this.to_str().unwrap(), next.to_str().unwrap());
    assert!(gevinst(&["example", "-o", t]).status.success());
    let o = gevinst(&["next-year", t, "-o", n]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Årsrapporten for 2027"), "{out}");
    assert!(out.contains("må bekreftes"), "{out}");

    let loaded = gevinst_core::io::load(&next).unwrap().project;
    let original = gevinst_core::example::project();
    assert_eq!(loaded.report.year, 2027);
    assert_eq!(loaded.id, original.id);
    assert_eq!(
        loaded.measures.iter().map(|m| m.id).collect::<Vec<_>>(),
        original.measures.iter().map(|m| m.id).collect::<Vec<_>>()
    );
    let snap = loaded.last_year.as_ref().unwrap();
    assert_eq!(snap.year, 2026);

    // `check` names the confirm findings.
    let o = gevinst(&["check", n]);
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("Bekreft status for 2027"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    // The report shows last year's figures beside this year's.
    let pdf = dir.path().join("2027.pdf");
    let o = gevinst(&["report", n, "-o", pdf.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = text_of(&pdf);
    let realised = gevinst_core::format::money(
        snap.realised_nok.unwrap(),
        gevinst_core::model::Language::Nb,
    )
    .replace('\u{a0}', " ");
    assert!(
        text.contains(&format!("I fjor: {realised}")),
        "{realised} in {text}"
    );
    assert!(text.contains("Gevinster per år, i år og i fjor"), "{text}");
    assert!(text.contains("Uttak per år, i år og i fjor"), "{text}");

    // This year's report has no such figures.
    let pdf = dir.path().join("2026.pdf");
    assert!(
        gevinst(&["report", t, "-o", pdf.to_str().unwrap()])
            .status
            .success()
    );
    assert!(!text_of(&pdf).contains("I fjor"));
}

#[test]
fn next_year_refuses_to_overwrite_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("2026.gevinst.json");
    let t = this.to_str().unwrap();
    assert!(gevinst(&["example", "-o", t]).status.success());
    let before = std::fs::read(&this).unwrap();
    let o = gevinst(&["next-year", t, "-o", t]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Vil ikke skrive over"),
        "{}",
        stderr(&o)
    );
    // The same file by another name.
    let other = dir.path().join(".").join("2026.gevinst.json");
    let o = gevinst(&[
        "next-year",
        t,
        "-o",
        other.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Will not overwrite"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&this).unwrap(), before);
    // An unreadable input: exit 2, nothing written.
    let missing = dir.path().join("finnes-ikke.gevinst.json");
    let out = dir.path().join("ut.gevinst.json");
    let o = gevinst(&[
        "next-year",
        missing.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!out.exists());
}
