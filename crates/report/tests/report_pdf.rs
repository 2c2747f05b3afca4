//! The example report as PDF, checked from the outside with poppler-utils and qpdf
//! (`scripts/install-deps.sh` installs them): the text as a reader sees it in every language,
//! embedded fonts, the outline, the metadata and the file's integrity.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_report::ReportOptions;
use std::path::{Path, PathBuf};
use std::process::Command;

fn created() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn options(lang: Language) -> ReportOptions {
    ReportOptions {
        language: lang,
        created: created(),
    }
}

/// The example report written to a temporary folder.
fn example_pdf(lang: Language) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("rapport-{}.pdf", lang.code()));
    gevinst_report::export_pdf(&gevinst_core::example::project(), &options(lang), &path).unwrap();
    (dir, path)
}

fn run(program: &str, args: &[&str], path: &Path) -> (bool, String) {
    let out = Command::new(program)
        .args(args)
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test (scripts/install-deps.sh installs it): {e}")
        });
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// `pdftotext -layout` with no-break spaces made plain and all whitespace runs collapsed, so
/// that a phrase wrapped over two lines is still found.
fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (scripts/install-deps.sh installs poppler-utils)");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pages(path: &Path) -> usize {
    let (ok, info) = run("pdfinfo", &[], path);
    assert!(ok);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn assert_contains(text: &str, expected: &str) {
    let expected = expected.replace('\u{a0}', " ");
    assert!(
        text.contains(&expected),
        "«{expected}» not found in the PDF text"
    );
}

struct Expected {
    lang: Language,
    kicker: &'static str,
    sections: [&'static str; 8],
    /// Figures computed by hand from fixtures/example.gevinst.json (see the comments).
    figures: &'static [&'static str],
    page_of: &'static str,
    missing_assessment: &'static str,
    date: &'static str,
}

// The figures, in 2026 kroner with the example's price index (2023 131.0, 2024 135.1,
// 2025 139.0, 2026 142.5), each converted amount rounded to the øre:
// - realised 2026: 1 790 000 × 142.5/131.0 + 4 700 000 × 142.5/135.1 + 1 480 000 × 142.5/139.0
//   = 1 947 137.40 + 4 957 438.93 + 1 517 266.19 = 8 421 842.52 in cash; the key figure adds
//   the agency's realised hours valued at 1 000 000 kr per 1 695 hours (5 000, 2 600 and
//   2 550 hours: 2 949 852.51 + 1 533 923.30 + 1 504 424.78 = 5 988 200.59), so
//   14 410 043.11 → 14 410 043 (the gain for businesses is not in it)
// - planned 2026: (1 800 000 + 180 000) × 142.5/131.0 + 4 800 000 × 142.5/135.1
//   + (1 500 000 + 1 500 000) × 142.5/139.0 = 10 292 273
// - reallocated 2026: 2 700 000 × 142.5/135.1 + 1 790 000 × 142.5/131.0 = 4 795 028
// - budget cut 2026: 2 000 000 × 142.5/135.1 = 2 109 548
// - reallocated, all years: 13 808 039
// - NPV of the stopped chatbot: investment 900 000 × 142.5/135.1 = 949 296.82 in year 0, plus
//   20 % tax-financing cost = −1 139 156.18 in 2024, compounded forward to the comparison year
//   2026 at 4 %: × 1.04² = −1 232 111 (printed with an en dash for the minus sign)
const EXPECTED: [Expected; 3] = [
    Expected {
        lang: Language::Nb,
        kicker: "Årsrapport 2026 · Del IV Styring og kontroll i virksomheten",
        sections: [
            "4.1 Innledning",
            "4.2 Iverksatte og planlagte effektiviseringstiltak",
            "4.3 Digitalt førstevalg: vurdering av tjenestene",
            "4.4 Gevinster",
            "4.5 Gevinstuttak og omdisponering",
            "4.6 Samfunnsøkonomisk analyse",
            "4.7 Oppfølging av digitaliseringsrundskrivet",
            "4.8 Avslutning",
        ],
        figures: &[
            "14 410 043 kr",
            "4 795 028 kr",
            "10 292 273",
            "13 808 039",
            "redusert med 2 109 548 kr",
            "–1 232 111",
            "35 %",
            "nåverdi i 2026)",
            "R-109/2021",
            "Realisert og hentet ut per år",
        ],
        page_of: "Side {page} av {pages}",
        missing_assessment: "men den særlige vurderingen er ennå ikke skrevet",
        date: "01.03.2023–30.06.2024",
    },
    Expected {
        lang: Language::Nn,
        kicker: "Årsrapport 2026 · Del IV Styring og kontroll i verksemda",
        sections: [
            "4.1 Innleiing",
            "4.2 Iverksette og planlagde effektiviseringstiltak",
            "4.3 Digitalt førsteval: vurdering av tenestene",
            "4.4 Gevinstar",
            "4.5 Gevinstuttak og omdisponering",
            "4.6 Samfunnsøkonomisk analyse",
            "4.7 Oppfølging av digitaliseringsrundskrivet",
            "4.8 Avslutning",
        ],
        figures: &[
            "14 410 043 kr",
            "4 795 028 kr",
            "10 292 273",
            "13 808 039",
            "redusert med 2 109 548 kr",
            "–1 232 111",
            "noverdi i 2026)",
            "R-109/2021",
            "Realisert og henta ut per år",
        ],
        page_of: "Side {page} av {pages}",
        missing_assessment: "men den særlege vurderinga er enno ikkje skriven",
        date: "01.03.2023–30.06.2024",
    },
    Expected {
        lang: Language::En,
        kicker: "Annual report 2026 · Part IV Management and control of the agency",
        sections: [
            "4.1 Introduction",
            "4.2 Implemented and planned efficiency measures",
            "4.3 Digital by default: assessment of the services",
            "4.4 Gains",
            "4.5 Gain extraction and reallocation",
            "4.6 Socio-economic analysis",
            "4.7 Follow-up of the digitalisation circular",
            "4.8 Concluding remarks",
        ],
        figures: &[
            "NOK 14,410,043",
            "NOK 4,795,028",
            "10,292,273",
            "13,808,039",
            "cut by NOK 2,109,548",
            "–1,232,111",
            "present value in 2026)",
            "R-109/2021",
            "Realised and extracted per year",
        ],
        page_of: "Page {page} of {pages}",
        missing_assessment: "but the special assessment has not been written yet",
        date: "1 Mar 2023–30 Jun 2024",
    },
];

#[test]
fn the_text_a_reader_sees_in_every_language() {
    let project = gevinst_core::example::project();
    for e in &EXPECTED {
        let (_dir, path) = example_pdf(e.lang);
        let text = text_of(&path);
        let n = pages(&path);
        assert!((8..=20).contains(&n), "{n} pages in {:?}", e.lang);

        assert_contains(&text, e.kicker);
        assert_contains(&text, "Direktoratet for tilskudd og tilsyn");
        for s in e.sections {
            // Once in the table of contents, once as the heading itself.
            assert!(
                text.matches(s).count() >= 2,
                "section «{s}» not twice in {:?}",
                e.lang
            );
        }
        for m in &project.measures {
            assert_contains(&text, &m.title);
        }
        for f in e.figures {
            assert_contains(&text, f);
        }
        // The special assessment of a digitalisation measure, and the missing one flagged.
        assert_contains(
            &text,
            "forvaltningsloven § 11 d om automatiserte avgjørelser er lagt til grunn",
        );
        assert_contains(&text, e.missing_assessment);
        assert_contains(&text, e.date);
        for page in [1, n] {
            let footer = e
                .page_of
                .replace("{page}", &page.to_string())
                .replace("{pages}", &n.to_string());
            assert_contains(&text, &footer);
        }
        // No placeholder left unfilled.
        assert!(!text.contains('{'), "a placeholder in {:?}", e.lang);
    }
}

/// The characters of a text without whitespace, sorted: equal for two texts that show the
/// same glyphs, whatever their order and spacing.
fn glyphs_of(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    chars.sort_unstable();
    chars
}

/// Page `k` (from 0) of the PDF shows exactly the characters of the display list's page.
fn assert_page_shows(path: &Path, doc: &gevinst_report::Document, k: usize) {
    let page = (k + 1).to_string();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8", "-f", &page, "-l", &page])
        .arg(path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let pdf = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        glyphs_of(&pdf).into_iter().collect::<String>(),
        glyphs_of(&doc.page_text(k)).into_iter().collect::<String>(),
        "page {page} of {}",
        path.display()
    );
}

/// Every page of the PDF shows exactly the characters its page of the display list has:
/// none lost, none turned into another glyph. Most lines are encoded by our writer and the
/// rest by printpdf (see `src/report/pdf.rs`), so this checks both against what poppler reads.
#[test]
fn every_page_shows_exactly_the_laid_out_characters() {
    for lang in Language::ALL {
        let doc =
            gevinst_report::layout(&gevinst_core::example::project(), &options(lang)).unwrap();
        let (_dir, path) = example_pdf(lang);
        assert_eq!(pages(&path), doc.pages.len());
        for k in 0..doc.pages.len() {
            assert_page_shows(&path, &doc, k);
        }
    }
}

#[test]
fn every_font_is_embedded_and_subset() {
    for lang in Language::ALL {
        let (_dir, path) = example_pdf(lang);
        let (ok, out) = run("pdffonts", &[], &path);
        assert!(ok);
        let fonts: Vec<&str> = out.lines().skip(2).collect();
        assert_eq!(fonts.len(), 3, "{out}");
        for f in fonts {
            let cols: Vec<&str> = f.split_whitespace().collect();
            // name type type encoding emb sub uni id gen
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{f}");
            assert!(cols[0].contains('+') && cols[0].contains("NotoSans"), "{f}");
        }
    }
}

/// A long report is written in parts on several cores and joined (`src/report/pdf.rs`): the
/// result is one valid document whose pages, text, fonts and table-of-contents links are
/// right on both sides of every join.
#[test]
fn a_long_report_written_in_parts_is_one_valid_document() {
    let project = gevinst_core::example::large();
    let doc = gevinst_report::layout(&project, &options(Language::Nb)).unwrap();
    let n = doc.pages.len();
    assert!(n >= 200, "{n} pages");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.pdf");
    gevinst_report::export_pdf(&project, &options(Language::Nb), &path).unwrap();

    let (ok, out) = run("qpdf", &["--check"], &path);
    assert!(ok, "{out}");
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    assert_eq!(pages(&path), n);
    let (ok, out) = run("pdffonts", &[], &path);
    assert!(ok);
    for f in out.lines().skip(2) {
        let cols: Vec<&str> = f.split_whitespace().collect();
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            ["yes", "yes", "yes"],
            "{f}"
        );
    }
    // Wherever the joins are (one part per core, at most 8), the pages around them.
    let mut checked: Vec<usize> = vec![0, 1, n - 1];
    for parts in 2..=8 {
        let size = n.div_ceil(parts);
        checked.extend([size - 1, size]);
    }
    checked.sort_unstable();
    checked.dedup();
    for k in checked {
        assert_page_shows(&path, &doc, k);
    }

    // The table of contents' links jump to their headings' pages.
    let pdf = lopdf::Document::load(&path).unwrap();
    let page_ids: Vec<lopdf::ObjectId> = pdf.get_pages().into_values().collect();
    let mut links = 0;
    for (k, page) in doc.pages.iter().enumerate() {
        let dict = pdf.get_dictionary(page_ids[k]).unwrap();
        let annots = match dict.get(b"Annots") {
            Ok(lopdf::Object::Array(a)) => a.clone(),
            _ => Vec::new(),
        };
        assert_eq!(annots.len(), page.links.len(), "page {}", k + 1);
        for (annot, link) in annots.iter().zip(&page.links) {
            // Each annotation is an object of its own (the structure tree points at it).
            let dest = pdf
                .dereference(annot)
                .and_then(|(_, a)| a.as_dict())
                .and_then(|a| a.get(b"A"))
                .and_then(lopdf::Object::as_dict)
                .and_then(|a| a.get(b"D"))
                .and_then(lopdf::Object::as_array)
                .unwrap();
            assert_eq!(dest[0].as_reference().unwrap(), page_ids[link.page]);
            links += 1;
        }
    }
    assert!(links > 10, "{links} links");
}

#[test]
fn qpdf_finds_no_errors_and_the_outline_has_every_heading() {
    let project = gevinst_core::example::project();
    let (_dir, path) = example_pdf(Language::Nb);
    let (ok, out) = run("qpdf", &["--check"], &path);
    assert!(ok, "{out}");
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");

    let (ok, json) = run("qpdf", &["--json", "--json-key=outlines"], &path);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let top = v["outlines"].as_array().unwrap();
    fn walk(items: &[serde_json::Value], depth: usize, out: &mut Vec<(usize, String, i64)>) {
        for i in items {
            out.push((
                depth,
                i["title"].as_str().unwrap_or_default().to_owned(),
                i["destpageposfrom1"].as_i64().unwrap_or(0),
            ));
            walk(i["kids"].as_array().map_or(&[][..], |k| k), depth + 1, out);
        }
    }
    let mut all = Vec::new();
    walk(top, 0, &mut all);
    let doc = gevinst_report::layout(&project, &options(Language::Nb)).unwrap();
    assert_eq!(all.len(), doc.outline.len());
    // Eight sections at the top, in order, each pointing at its page.
    let sections: Vec<&(usize, String, i64)> = all.iter().filter(|e| e.0 == 0).collect();
    assert_eq!(sections.len(), 8);
    assert_eq!(sections[0].1, "4.1 Innledning");
    for (entry, o) in all.iter().zip(&doc.outline) {
        assert_eq!(entry.1, o.title);
        assert_eq!(entry.2, o.page as i64 + 1, "{}", o.title);
        assert_eq!(entry.0 + 2, o.level as usize, "{}", o.title);
    }
    // Every measure has a bookmark under its group.
    for m in &project.measures {
        assert!(
            all.iter().any(|e| e.0 == 2 && e.1 == m.title),
            "{}",
            m.title
        );
    }
}

#[test]
fn metadata_title_author_language_and_dates() {
    let (_dir, path) = example_pdf(Language::Nn);
    let (ok, info) = run("pdfinfo", &[], &path);
    assert!(ok);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(
        field("Title:"),
        "Effektivisering, digitalisering og gevinstrealisering – Årsrapport 2026"
    );
    assert_eq!(field("Author:"), "Direktoratet for tilskudd og tilsyn");
    assert!(field("Subject:").contains("digitalt førsteval"));
    assert!(field("CreationDate:").contains("2026"), "{info}");
    assert!(!info.contains("1970"), "{info}");
    assert!(!info.contains("PDF/X"), "{info}");
    assert!(field("Page size:").contains("595.28 x 841.89"), "{info}");

    let bytes = std::fs::read(&path).unwrap();
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let lang = doc
        .catalog()
        .unwrap()
        .get(b"Lang")
        .unwrap()
        .as_str()
        .unwrap();
    assert_eq!(lang, b"nn-NO");
}

#[test]
fn norwegian_characters_and_symbols_print() {
    let mut p = gevinst_core::example::project();
    p.report.introduction = "Særlig «sitat» – § 11 d, € 500 og 1 250 000 kr for ÆØÅ æøå. \
        Se https://www.regjeringen.no/nb/dokumenter/digitaliseringsrundskrivet/id2773010/ for mer."
        .into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tegn.pdf");
    gevinst_report::export_pdf(&p, &options(Language::Nb), &path).unwrap();
    let text = text_of(&path);
    assert_contains(
        &text,
        "Særlig «sitat» – § 11 d, € 500 og 1 250 000 kr for ÆØÅ æøå.",
    );
    // The URL is cut to fit the line but all of it is there.
    let joined = text.replace(' ', "");
    assert!(joined.contains(
        "https://www.regjeringen.no/nb/dokumenter/digitaliseringsrundskrivet/id2773010/"
    ));
}
