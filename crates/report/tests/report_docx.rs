//! The Word export read back: the DOCX's XML (heading styles, header rows, the picture's
//! alternative text, the language, the TOC and PAGE fields, the core properties), and bad
//! input (2 000 measures, a 100 000-character paragraph, right-to-left marks, control
//! characters) that must still give a valid file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_core::model::Project;
use gevinst_report::ReportOptions;
use std::io::Read;

fn options(language: Language) -> ReportOptions {
    ReportOptions {
        language,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    }
}

/// One part of the package as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The text of every paragraph of the body, in order, with the paragraph's style.
fn paragraphs(xml: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name((W, "pStyle")))
                .and_then(|n| n.attribute((W, "val")))
                .unwrap_or("Normal")
                .to_owned();
            let text: String = p
                .descendants()
                .filter(|n| n.has_tag_name((W, "t")))
                .filter_map(|n| n.text())
                .collect();
            (style, text)
        })
        .collect()
}

#[test]
fn the_example_has_headings_header_rows_alt_text_language_and_fields() {
    let p = gevinst_core::example::project();
    let docx = gevinst_report::render_docx(&p, &options(Language::Nb)).unwrap();
    let document = part(&docx, "word/document.xml");
    let paras = paragraphs(&document);
    let styled = |s: &str| paras.iter().filter(|(st, _)| st == s).count();
    assert_eq!(styled("Heading1"), 1);
    assert!(styled("Heading2") >= 8, "{}", styled("Heading2"));
    assert!(styled("Heading3") >= 5);
    assert_eq!(styled("Heading4"), p.measures.len());
    for m in &p.measures {
        assert!(
            paras
                .iter()
                .any(|(st, t)| st == "Heading4" && t == &m.title),
            "{}",
            m.title
        );
    }
    assert!(
        paras
            .iter()
            .any(|(st, t)| st == "Heading2" && t == "4.1 Innledning")
    );
    // Every table's first row is a header row, repeated on each page.
    let doc = roxmltree::Document::parse(&document).unwrap();
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    let with_header = tables
        .iter()
        .filter(|t| {
            let first = t.children().find(|n| n.has_tag_name((W, "tr"))).unwrap();
            first
                .descendants()
                .any(|n| n.has_tag_name((W, "tblHeader")))
        })
        .count();
    assert_eq!(with_header, tables.len() - 1, "all but the key figures");
    let headers = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tblHeader")))
        .count();
    assert_eq!(headers, with_header, "only first rows are header rows");
    // Captions in Word's Caption style.
    assert!(
        paras
            .iter()
            .any(|(st, t)| st == "Caption" && t.starts_with("Tabell 3 "))
    );
    // The chart: a picture with alternative text, then its numbers.
    let pr = doc
        .descendants()
        .find(|n| n.tag_name().name() == "docPr")
        .expect("a picture");
    let descr = pr.attribute("descr").unwrap();
    assert!(descr.starts_with("Figur 1 "), "{descr}");
    assert!(descr.contains("Stolpediagram"), "{descr}");
    assert!(descr.contains("2024–2028"), "{descr}");
    assert!(paras.iter().any(|(_, t)| t == "Tallene i figur 1"));
    let media = zip::ZipArchive::new(std::io::Cursor::new(&docx[..]))
        .unwrap()
        .file_names()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .count();
    assert_eq!(media, 1);
    // A real TOC field, pre-filled with the headings.
    let instr: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "instrText")))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect();
    assert!(
        instr.iter().any(|i| i.trim() == r#"TOC \o "1-3" \h"#),
        "{instr:?}"
    );
    assert!(
        paras
            .iter()
            .any(|(st, t)| st == "ToC2" && t == "4.1 Innledning")
    );
    // The language on the defaults and the styles; Word's built-in style names.
    let styles = part(&docx, "word/styles.xml");
    assert!(styles.contains(r#"<w:rPrDefault><w:rPr>"#));
    assert!(styles.contains(r#"<w:lang w:val="nb-NO""#));
    for (id, name) in [
        ("Heading1", "heading 1"),
        ("Heading2", "heading 2"),
        ("Heading3", "heading 3"),
        ("Caption", "caption"),
        ("GevinstNote", "Gevinst note"),
        ("GevinstCallout", "Gevinst callout"),
    ] {
        assert!(
            styles.contains(&format!(r#"w:styleId="{id}"><w:name w:val="{name}"/>"#)),
            "{id}"
        );
    }
    roxmltree::Document::parse(&styles).unwrap();
    // The page number as a field in the footer; the agency in the header.
    let footer = part(&docx, "word/footer1.xml");
    assert!(footer.contains(">PAGE<"), "{footer}");
    assert!(footer.contains(">NUMPAGES<"), "{footer}");
    assert!(part(&docx, "word/header1.xml").contains(&p.agency.name));
    // Title, author (the agency) and creation date.
    let core = part(&docx, "docProps/core.xml");
    roxmltree::Document::parse(&core).unwrap();
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", p.agency.name)));
    assert!(core.contains("<dc:title>Effektivisering"), "{core}");
    assert!(core.contains(">2026-11-27T09:30:00Z</dcterms:created>"));
}

#[test]
fn nynorsk_and_english_set_their_language() {
    let p = gevinst_core::example::project();
    for (lang, tag, first) in [
        (Language::Nn, "nn-NO", "4.1 Innleiing"),
        (Language::En, "en-GB", "4.1 Introduction"),
    ] {
        let docx = gevinst_report::render_docx(&p, &options(lang)).unwrap();
        let styles = part(&docx, "word/styles.xml");
        assert!(
            styles.contains(&format!(r#"<w:lang w:val="{tag}""#)),
            "{tag}"
        );
        assert!(part(&docx, "docProps/core.xml").contains(&format!(">{tag}<")));
        let paras = paragraphs(&part(&docx, "word/document.xml"));
        assert!(
            paras.iter().any(|(st, t)| st == "Heading2" && t == first),
            "{first}"
        );
    }
}

#[test]
fn bad_text_and_a_huge_project_still_give_valid_xml() {
    let mut p: Project = gevinst_core::example::large();
    assert!(p.measures.len() >= 2_000);
    let long = "digitaliseringsrundskrivet ".repeat(100_000 / 27 + 1);
    p.measures[0].title =
        "Tiltak \u{0}\u{1b}\u{7f}\u{85}\u{fffe} med \u{202e}høyre-til-venstre\u{200f} שלום".into();
    p.measures[0].description = long.clone();
    p.agency.name = "Etat <&> \"sitat\" \u{b}".into();
    let started = std::time::Instant::now();
    let docx = gevinst_report::render_docx(&p, &options(Language::Nb)).unwrap();
    eprintln!("2 000 measures to DOCX: {:?}", started.elapsed());
    let document = part(&docx, "word/document.xml");
    let paras = paragraphs(&document);
    assert!(
        paras
            .iter()
            .any(|(_, t)| t.contains("Tiltak  med \u{202e}høyre-til-venstre\u{200f} שלום")),
    );
    assert!(paras.iter().any(|(_, t)| t.len() >= 100_000));
    let heading4 = paras.iter().filter(|(st, _)| st == "Heading4").count();
    assert_eq!(heading4, p.measures.len());
    for name in ["word/styles.xml", "docProps/core.xml", "word/header1.xml"] {
        roxmltree::Document::parse(&part(&docx, name)).unwrap();
    }
    assert!(part(&docx, "docProps/core.xml").contains("Etat &lt;&amp;&gt; &quot;sitat&quot;"));
}

#[test]
fn export_writes_the_file_and_reports_progress_to_the_end() {
    let p = gevinst_core::example::project();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kapittel.docx");
    let mut last = 0.0f32;
    let mut stages = Vec::new();
    gevinst_report::export_docx_with_progress(&p, &options(Language::Nb), &path, &mut |s, f| {
        assert!(f + 1e-6 >= last, "{f} after {last}");
        last = f;
        if !stages.contains(&s) {
            stages.push(s);
        }
    })
    .unwrap();
    assert_eq!(last, 1.0);
    use gevinst_report::Stage;
    assert_eq!(stages, vec![Stage::Content, Stage::Docx, Stage::Write]);
    assert!(Stage::Docx.label(Language::Nn).contains("Word"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"PK"));
}

/// The widths of a table's grid columns (twips), and the text of each row's cells.
type TableXml = (Vec<usize>, Vec<Vec<String>>);

fn tables(xml: &str) -> Vec<TableXml> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .map(|t| {
            let grid = t
                .descendants()
                .filter(|n| n.has_tag_name((W, "gridCol")))
                .map(|n| n.attribute((W, "w")).unwrap().parse().unwrap())
                .collect();
            let rows = t
                .children()
                .filter(|n| n.has_tag_name((W, "tr")))
                .map(|r| {
                    r.children()
                        .filter(|n| n.has_tag_name((W, "tc")))
                        .map(|c| {
                            c.descendants()
                                .filter(|n| n.has_tag_name((W, "t")))
                                .filter_map(|n| n.text())
                                .collect()
                        })
                        .collect()
                })
                .collect();
            (grid, rows)
        })
        .collect()
}

#[test]
fn date_and_amount_columns_are_wide_enough_not_to_wrap() {
    use gevinst_report::fonts::{FontStyle, width};
    let p = gevinst_core::example::project();
    let docx = gevinst_report::render_docx(&p, &options(Language::Nb)).unwrap();
    let tables = tables(&part(&docx, "word/document.xml"));
    let is_date = |s: &str| {
        let b = s.as_bytes();
        s.len() == 10
            && b[2] == b'.'
            && b[5] == b'.'
            && s.replace('.', "").bytes().all(|c| c.is_ascii_digit())
    };
    let mut dates = 0;
    let mut amounts = 0;
    for (grid, rows) in &tables {
        let total: usize = grid.iter().sum();
        assert!(total <= 9180 + grid.len(), "{grid:?}");
        for row in rows {
            for (i, text) in row.iter().enumerate() {
                let amount = text.ends_with("\u{a0}kr") && !text.contains(' ');
                if !(is_date(text) || amount) {
                    continue;
                }
                // The text in bold (sum rows), in twips, plus the cell's margins (200).
                let need = (width(FontStyle::Bold, 8.5, text) * 20.0) as usize + 200;
                assert!(
                    grid[i] >= need,
                    "{text:?} in a column of {} twips, needs {need}: {grid:?}",
                    grid[i]
                );
                if is_date(text) {
                    dates += 1;
                } else {
                    amounts += 1;
                }
            }
        }
    }
    assert!(dates > 0 && amounts > 0, "{dates} dates, {amounts} amounts");
}
