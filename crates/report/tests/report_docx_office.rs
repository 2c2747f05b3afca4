//! The Word export opened by a real Word-compatible program: LibreOffice headless converts the
//! DOCX of the example to PDF, in bokmål, nynorsk and English (one conversion each), and
//! `pdftotext` must find the section title, every heading and every measure title.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::DateTime;
use gevinst_core::i18n::Language;
use gevinst_core::testing::office;
use gevinst_report::ReportOptions;
use gevinst_report::content::{self, Block};

/// Whitespace (line breaks, no-break spaces) collapsed, so a heading wrapped over two lines
/// still matches.
fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn libreoffice_shows_every_heading_and_measure_in_every_language() {
    let p = gevinst_core::example::project();
    for lang in Language::ALL {
        let options = ReportOptions {
            language: lang,
            created: DateTime::UNIX_EPOCH,
        };
        let dir = tempfile::tempdir().unwrap();
        let docx = dir.path().join("kapittel.docx");
        gevinst_report::export_docx(&p, &options, &docx).unwrap();
        let pdf = office::convert(&docx, "pdf", dir.path()).unwrap();
        let out = std::process::Command::new("pdftotext")
            .arg(&pdf)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed");
        assert!(out.status.success());
        let text = squash(&String::from_utf8_lossy(&out.stdout));
        let c = content::build(&p, lang).unwrap();
        let mut wanted = Vec::new();
        for b in &c.blocks {
            match b {
                Block::Title { title, .. } => wanted.push(title.clone()),
                Block::Heading(h) => wanted.push(h.full_text()),
                _ => {}
            }
        }
        wanted.extend(p.measures.iter().map(|m| m.title.clone()));
        assert!(wanted.len() > 20);
        for w in &wanted {
            assert!(text.contains(&squash(w)), "{lang:?}: «{w}» missing");
        }
        // The table of contents reads before any update, and holds no field code.
        assert!(!text.contains("TOC \\o"), "{lang:?}: field code shown");
        assert!(!text.contains("PAGEREF"), "{lang:?}: field code shown");
    }
}
