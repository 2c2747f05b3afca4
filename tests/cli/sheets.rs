//! `gevinst export` and `gevinst import` end to end: the example in nb, nn and en, its summary
//! sheet read back (the cached formula results, and LibreOffice's own recalculation) against
//! `gevinst summary --json` to the øre, the round trip, and a refused import that writes nothing.

use super::support::*;

use gevinst_core::i18n::{Key, Label, Language, SheetText};
use gevinst_core::model::{ExtractionForm, GainKind, Money};
use gevinst_sheets::value::{self, Raw};
use std::path::Path;

fn money_json(v: &serde_json::Value) -> Option<Money> {
    v.as_str().map(|s| Money::parse_canonical(s).unwrap())
}

fn money_cell(c: Option<&Raw>) -> Option<Money> {
    c.and_then(|c| value::money(c).unwrap())
}

/// The summary sheet's figures, keyed like `summary --json`'s: ("gain", year, kind) → planned
/// and realised; ("form", form) → count and amount; ("area", name) → amount; ("npv", title).
fn figures(
    table: &gevinst_sheets::Table,
    lang: Language,
) -> Vec<(String, Option<Money>, Option<Money>)> {
    let mut out = Vec::new();
    let mut section = "";
    let heading = |k: SheetText| {
        let t = k.text(lang);
        t.split(" (").next().unwrap_or(t).to_owned()
    };
    let rows = std::iter::once(table.headers.iter().map(|h| Raw::Text(h.clone())).collect())
        .chain(table.rows.iter().cloned());
    for row in rows {
        let row: Vec<Raw> = row;
        let first = row.first().map(Raw::shown).unwrap_or_default();
        if first.starts_with(&heading(SheetText::SumGains)) {
            section = "gain";
            continue;
        } else if first.starts_with(&heading(SheetText::SumByForm)) {
            section = "form";
            continue;
        } else if first.starts_with(&heading(SheetText::SumByArea)) {
            section = "area";
            continue;
        } else if first.starts_with(&heading(SheetText::SumNpv)) {
            section = "npv";
            continue;
        }
        if row.iter().all(Raw::is_empty)
            || row.get(1).is_some_and(|c| {
                c.shown() == SheetText::ColKind.text(lang)
                    || c.shown() == SheetText::ColCount.text(lang)
                    || c.shown() == SheetText::ColAmount.text(lang)
                    || c.shown() == SheetText::ColNpv.text(lang)
            })
        {
            continue;
        }
        match section {
            "gain" => {
                let year = value::year(&row[0]).unwrap().unwrap();
                out.push((
                    format!("gain {year} {}", row[1].shown()),
                    money_cell(row.get(2)),
                    money_cell(row.get(3)),
                ));
            }
            "form" => {
                let count = value::count(&row[1]).unwrap().unwrap();
                out.push((
                    format!("form {first} {count}"),
                    money_cell(row.get(2)),
                    None,
                ));
            }
            "area" => out.push((format!("area {first}"), money_cell(row.get(1)), None)),
            "npv" => out.push((format!("npv {first}"), money_cell(row.get(1)), None)),
            _ => {}
        }
    }
    out
}

/// The same figures from `gevinst summary --json`.
fn expected(
    json: &serde_json::Value,
    lang: Language,
) -> Vec<(String, Option<Money>, Option<Money>)> {
    let mut out = Vec::new();
    for g in json["gains"].as_array().unwrap() {
        let kind: GainKind = serde_json::from_value(g["kind"].clone()).unwrap();
        out.push((
            format!("gain {} {}", g["year"], kind.label(lang)),
            money_json(&g["planned_nok"]),
            money_json(&g["realised_nok"]),
        ));
    }
    for f in json["extraction_by_form"].as_array().unwrap() {
        let form: ExtractionForm = serde_json::from_value(f["form"].clone()).unwrap();
        out.push((
            format!("form {} {}", form.label(lang), f["count"]),
            money_json(&f["amount_nok"]),
            None,
        ));
    }
    for a in json["extraction_by_area"].as_array().unwrap() {
        let name = a["name"].as_str().unwrap_or(SheetText::NoArea.text(lang));
        out.push((format!("area {name}"), money_json(&a["amount_nok"]), None));
    }
    for n in json["npv"].as_array().unwrap() {
        out.push((
            format!("npv {}", n["title"].as_str().unwrap()),
            money_json(&n["npv_nok"]),
            None,
        ));
    }
    out.push((
        format!("npv {}", SheetText::Total.text(lang)),
        money_json(&json["npv_total_nok"]),
        None,
    ));
    out
}

fn summary_json() -> serde_json::Value {
    let o = gevinst(&["summary", example().to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn the_example_exports_in_every_language_with_the_summary_to_the_ore() {
    let dir = tempfile::tempdir().unwrap();
    let json = summary_json();
    for lang in Language::ALL {
        let out = dir.path().join(format!("tall-{}.xlsx", lang.code()));
        let o = gevinst(&[
            "export",
            example().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--lang",
            lang.code(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        let wb = gevinst_sheets::read(&out).unwrap();
        let names: Vec<&str> = wb.tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names[0], SheetText::SheetSummary.text(lang));
        assert!(
            names.contains(&SheetText::SheetGains.text(lang)),
            "{names:?}"
        );
        let got = figures(&wb.tables[0], lang);
        assert_eq!(got, expected(&json, lang), "{lang:?}");
        assert!(got.len() > 5, "{got:?}");
    }
}

/// A LibreOffice profile that recalculates every formula of an xlsx file on load, so the
/// converted sheet holds LibreOffice's own results, not the cached ones.
fn recalculating_profile(outdir: &Path) {
    let user = outdir.join("lo-profile/user");
    std::fs::create_dir_all(&user).unwrap();
    std::fs::write(
        user.join("registrymodifications.xcu"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"#,
    )
    .unwrap();
}

#[test]
fn libreoffice_opens_the_workbook_and_recalculates_the_same_figures() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tall.xlsx");
    let o = gevinst(&[
        "export",
        example().to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The first sheet (the summary) as CSV: UTF-8, comma, values as stored (not as shown).
    recalculating_profile(dir.path());
    let csv = gevinst_core::testing::office::convert(
        &out,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,1",
        dir.path(),
    )
    .unwrap();
    let wb = gevinst_sheets::read(&csv).unwrap();
    let got = figures(&wb.tables[0], Language::Nb);
    assert_eq!(got, expected(&summary_json(), Language::Nb));
}

#[test]
fn export_then_import_gives_the_same_lists_and_a_bad_cell_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("tall.xlsx");
    let o = gevinst(&[
        "export",
        example().to_str().unwrap(),
        "-o",
        xlsx.to_str().unwrap(),
        "--lang",
        "nn",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = std::fs::read(&xlsx).unwrap();
    let new = dir.path().join("ny.gevinst.json");
    let o = gevinst(&[
        "import",
        xlsx.to_str().unwrap(),
        "--into",
        example().to_str().unwrap(),
        "-o",
        new.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read(&xlsx).unwrap(),
        before,
        "the register is only read"
    );
    let p = gevinst_core::io::load(&new).unwrap().project;
    let e = gevinst_core::example::project();
    assert_eq!(
        (
            &p.measures,
            &p.services,
            &p.gains,
            &p.extractions,
            &p.priority_areas
        ),
        (
            &e.measures,
            &e.services,
            &e.gains,
            &e.extractions,
            &e.priority_areas
        )
    );

    // A CSV with one wrong amount: exit 1, the cell named, and `-o` left as it was.
    let csv = dir.path().join("register.csv");
    std::fs::write(&csv, "Tittel;Investering (kr)\nNytt tiltak;tolv\n").unwrap();
    std::fs::write(&new, "uendret").unwrap();
    let o = gevinst(&["import", csv.to_str().unwrap(), "-o", new.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o)
            .contains("Ark «register», rad 2, kolonne «Investering (kr)»: «tolv» er ikke et beløp"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&new).unwrap(), "uendret");

    // Not a spreadsheet at all: a clear message, exit 2, nothing written.
    let pdf = dir.path().join("rapport.xlsx");
    std::fs::write(&pdf, b"%PDF-1.7\n\x00\x01\x02binary").unwrap();
    let o = gevinst(&[
        "import",
        pdf.to_str().unwrap(),
        "-o",
        dir.path().join("x.json").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("er ikke et regneark"), "{}", stderr(&o));
    assert!(!dir.path().join("x.json").exists());
}
