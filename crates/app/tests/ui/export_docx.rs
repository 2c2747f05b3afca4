//! "Eksporter til Word" in the app: from the File menu and from the report step's button, the
//! dialog asks for a .docx, the document is written in the background and the status bar says
//! where, in the app's language.

use crate::support::workflows::*;
use gevinst_app::UiCommand;
use gevinst_app::dialogs::DialogKind;
use gevinst_core::i18n::{DocxText, UiText};
use std::io::Read;

fn document_xml(path: &std::path::Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_file_menu_exports_the_chapter_to_word() {
    let fake = FakeDialogs::new();
    let mut h = example_harness(&fake);
    let dir = tempfile::tempdir().unwrap();
    fake.answer(Some(dir.path().join("kapittel")));
    let nb = Language::Nb;
    click(&mut h, UiText::MenuFile.text(nb));
    click(&mut h, DocxText::CmdExportDocx.text(nb));
    h.state_mut().wait_for_background();
    settle(&mut h);
    assert_eq!(fake.asked(), vec![DialogKind::ExportDocx]);
    let path = dir.path().join("kapittel.docx");
    let xml = document_xml(&path);
    let p = project(&h);
    for m in &p.measures {
        assert!(xml.contains(&m.title), "{}", m.title);
    }
    assert!(xml.contains(r#"<w:pStyle w:val="Heading2" />"#));
    let status = h.state().status().unwrap_or_default().to_owned();
    assert!(
        status.starts_with("Word-dokument eksportert til"),
        "{status}"
    );
}

#[test]
fn the_report_step_has_the_word_button_in_every_language() {
    for lang in [Language::Nb, Language::Nn, Language::En] {
        let fake = FakeDialogs::new();
        let mut h = example_harness_in(&fake, lang);
        h.state_mut().send(UiCommand::ShowStep(Step::Report));
        settle(&mut h);
        let label = UiCommand::ExportDocx.text(lang);
        assert!(has_text(&h, &label), "{lang:?}: {label}");
        // Cancelled dialog: nothing is written, nothing runs.
        fake.answer(None);
        click(&mut h, &label);
        settle(&mut h);
        assert_eq!(fake.asked(), vec![DialogKind::ExportDocx]);
        assert!(h.state().status().is_none_or(|s| !s.contains("Word")));
    }
}
