//! The tagged PDF (PDF/UA-1) and PDF/A-2u parts of the report, checked from the outside:
//! every text-showing and painting operation is inside marked content the structure tree
//! references or inside an artifact; the tree's text in reading order is what `pdftotext`
//! reads; Figures have alternative text, THs a scope; /Lang, /MarkInfo, the XMP identification,
//! an output intent; `qpdf --check` passes. Also for hostile input (`gevinst_report::tagcheck`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_report::ReportOptions;
use gevinst_report::tagcheck::{Tagged, check};
use std::process::Command;

fn options(lang: Language) -> ReportOptions {
    ReportOptions {
        language: lang,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    }
}

/// The characters of `text` without whitespace and hyphens: pdftotext puts spaces where it
/// guesses them and the layout adds hyphens at line ends, so only the rest is compared.
fn chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

fn pdftotext(path: &std::path::Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (scripts/install-deps.sh installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

fn qpdf_ok(path: &std::path::Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf is needed");
    assert!(
        out.status.success(),
        "qpdf --check: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn write(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport.pdf");
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

fn tagged(project: &gevinst_core::model::Project, lang: Language) -> (Tagged, Vec<u8>) {
    let pdf = gevinst_report::render_pdf(project, &options(lang)).unwrap();
    let t = check(&pdf).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
    (t, pdf)
}

#[test]
fn the_example_is_tagged_in_every_language() {
    for lang in Language::ALL {
        let (t, pdf) = tagged(&gevinst_core::example::project(), lang);
        for role in ["H1", "H2", "H3", "P", "L", "LI", "Table", "TR", "TH", "TD"] {
            assert!(t.roles.iter().any(|r| r == role), "{lang:?}: no {role}");
        }
        for role in ["TOC", "TOCI", "Link", "Figure", "Caption"] {
            assert!(t.roles.iter().any(|r| r == role), "{lang:?}: no {role}");
        }
        // The running header and footer are artifacts.
        assert!(t.artifact_text.iter().any(|a| a.contains(" 1 ")));
        let (_dir, path) = write(&pdf);
        qpdf_ok(&path);
        // The tree's text in reading order is pdftotext's text without the artifacts:
        // pdftotext's characters are the tree's, with each artifact (a whole run) where the
        // content stream has it.
        let tree = chars(&t.tree_text.join(" "));
        let artifacts: Vec<Vec<char>> = t
            .artifact_text
            .iter()
            .map(|a| chars(a))
            .filter(|a| !a.is_empty())
            .collect();
        let read = chars(&pdftotext(&path).replace('\u{a0}', " "));
        let (mut ti, mut ai, mut k) = (0, 0, 0);
        while k < read.len() {
            if artifacts.get(ai).is_some_and(|a| read[k..].starts_with(a)) {
                k += artifacts[ai].len();
                ai += 1;
            } else if tree.get(ti) == Some(&read[k]) {
                ti += 1;
                k += 1;
            } else {
                let at: String = read[k.saturating_sub(40)..(k + 40).min(read.len())]
                    .iter()
                    .collect();
                let want: String = tree[ti..(ti + 40).min(tree.len())].iter().collect();
                panic!("{lang:?}: pdftotext reads «{at}», the tree «{want}»");
            }
        }
        assert_eq!(ai, artifacts.len(), "{lang:?}: every artifact is read");
        assert_eq!(ti, tree.len(), "{lang:?}: the tree's text is all read");
    }
}

#[test]
fn the_pdf_says_what_it_is() {
    let pdf = gevinst_report::render_pdf(&gevinst_core::example::project(), &options(Language::Nn))
        .unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nn-NO");
    let xmp_id = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let xmp = doc.get_object(xmp_id).unwrap().as_stream().unwrap();
    assert!(xmp.dict.get(b"Filter").is_err(), "metadata is uncompressed");
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    for needle in [
        "<xmp:CreateDate>2026-11-27T09:30:00+00:00</xmp:CreateDate>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>U</pdfaid:conformance>",
        "<rdf:li>nn-NO</rdf:li>",
    ] {
        assert!(xmp.contains(needle), "{needle}");
    }
    let info = doc
        .get_dictionary(doc.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(
        info.get(b"CreationDate").unwrap().as_str().unwrap(),
        b"D:20261127093000+00'00'"
    );
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    assert!(xmp.contains(&format!("x-default\">{title}<")), "{title}");
    assert_eq!(doc.version, "1.7");
}

#[test]
fn a_long_compound_in_a_narrow_cell_breaks_at_a_syllable() {
    use gevinst_report::text::{Span, wrap_in};
    for word in ["digitaliseringsrundskrivet", "gevinstrealiseringsplan"] {
        let lines = wrap_in(&[Span::plain(word)], 8.5, 45.0, Some(Language::Nb));
        let texts: Vec<String> = lines.iter().map(|l| l.text()).collect();
        assert!(texts.len() > 1, "{texts:?}");
        let points = gevinst_report::hyphenate::break_points(word, Language::Nb);
        let mut at = 0;
        for t in &texts[..texts.len() - 1] {
            assert!(t.ends_with('-'), "{texts:?}");
            at += t.len() - 1;
            assert!(points.contains(&at), "{texts:?} breaks outside {points:?}");
        }
        assert_eq!(texts.concat().replace('-', ""), word);
    }
}

#[test]
fn hostile_text_gives_a_valid_tagged_pdf() {
    let mut p = gevinst_core::example::project();
    let long = "digitaliseringsrundskrivet ".repeat(3_800);
    assert!(long.len() > 100_000);
    let m = &mut p.measures[0];
    m.title = "\u{200f}שלום\u{200e} Tiltak \u{1F600} med \u{7}kontroll\u{1b}tegn og 中文".into();
    m.description = long;
    let (t, pdf) = tagged(&p, Language::Nb);
    assert!(t.tree_text.iter().any(|s| s.contains("Tiltak")));
    let (_dir, path) = write(&pdf);
    qpdf_ok(&path);
}

#[test]
fn the_large_project_is_tagged() {
    let (t, pdf) = tagged(&gevinst_core::example::large(), Language::Nb);
    assert!(t.roles.len() > 10_000);
    let (_dir, path) = write(&pdf);
    qpdf_ok(&path);
}

/// The glyph codes of every text-showing operation (two bytes each: the fonts are Identity-H),
/// and the `/ActualText` of every span that has one.
fn shown_codes(pdf: &[u8]) -> (Vec<u16>, Vec<Vec<u8>>) {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut codes = Vec::new();
    let mut actual = Vec::new();
    let strings = |o: &lopdf::Object, out: &mut Vec<u16>| {
        let mut push = |b: &[u8]| {
            out.extend(
                b.chunks(2)
                    .map(|p| u16::from_be_bytes([p[0], *p.get(1).unwrap_or(&0)])),
            )
        };
        match o {
            lopdf::Object::String(b, _) => push(b),
            lopdf::Object::Array(items) => {
                for i in items {
                    if let lopdf::Object::String(b, _) = i {
                        push(b);
                    }
                }
            }
            _ => {}
        }
    };
    for (_, page) in doc.get_pages() {
        let content = doc.get_and_decode_page_content(page).unwrap();
        for op in &content.operations {
            match op.operator.as_str() {
                "Tj" | "TJ" | "'" | "\"" => {
                    for o in &op.operands {
                        strings(o, &mut codes);
                    }
                }
                "BDC" => {
                    if let Some(lopdf::Object::Dictionary(d)) = op.operands.get(1)
                        && let Ok(a) = d.get(b"ActualText")
                    {
                        actual.push(a.as_str().unwrap().to_vec());
                    }
                }
                _ => {}
            }
        }
    }
    (codes, actual)
}

#[test]
fn characters_the_fonts_lack_show_a_visible_glyph_and_keep_their_text() {
    let mut p = gevinst_core::example::project();
    p.measures[0].title = "Tiltak 😀 med 中文, Привет og \u{7}kontroll\u{1b}tegn".into();
    let (t, pdf) = tagged(&p, Language::Nb);
    let (codes, actual) = shown_codes(&pdf);
    assert!(codes.len() > 1000);
    assert!(
        !codes.contains(&0),
        "a text shows the missing glyph (GID 0)"
    );
    // The original text is the span's actual text, for copying and screen readers.
    let title = "Tiltak 😀 med 中文, Привет og kontrolltegn";
    assert!(
        t.tree_text.iter().any(|s| s.contains(title)),
        "{:?}",
        t.tree_text
            .iter()
            .filter(|s| s.contains("Tiltak"))
            .collect::<Vec<_>>()
    );
    assert!(actual.iter().any(|a| !a.is_empty()));
    let (_dir, path) = write(&pdf);
    qpdf_ok(&path);
    assert!(pdftotext(&path).contains("😀"));
}

#[test]
fn a_hyphen_added_at_a_line_end_reads_as_nothing() {
    let word = "digitaliseringsrundskrivet";
    let mut p = gevinst_core::example::project();
    p.measures[0].description = format!("{word} ").repeat(60);
    let (t, pdf) = tagged(&p, Language::Nb);
    let (_, actual) = shown_codes(&pdf);
    let hyphens = actual.iter().filter(|a| a.is_empty()).count();
    assert!(hyphens > 0, "no line ended in an added hyphen");
    // The paragraph reads as the words joined, without the hyphens.
    let para = t
        .tree_text
        .iter()
        .find(|s| s.matches("rundskrivet").count() > 10)
        .unwrap();
    assert!(!para.contains('-'), "{para}");
    assert!(para.replace(word, "").trim().is_empty(), "{para}");
    let (_dir, path) = write(&pdf);
    qpdf_ok(&path);
    let read = pdftotext(&path);
    // pdftotext honours the empty actual text: no line ends in a part of the word and a hyphen.
    for line in read.lines() {
        if let Some(start) = line.strip_suffix('-') {
            let last = start.rsplit(' ').next().unwrap();
            assert!(
                !(last.len() >= 3 && word.starts_with(last)),
                "pdftotext reads an added hyphen: {line}"
            );
        }
    }
}
