//! Spreadsheets in the app: "Eksporter til Excel …" writes the workbook from the File menu;
//! "Importer fra Excel …" shows the mapping, the preview and the wrong cells, keeps Import
//! disabled while a cell is wrong, imports as one edit that undo reverts, and a column mapped
//! through its drop-down is read as its new field in the preview.

use crate::support::workflows::*;
use gevinst_app::dialogs::DialogKind;
use gevinst_core::i18n::{Key as _, SheetAppText as T, UiText};
use gevinst_sheets::example::nynorsk_register;
use gevinst_sheets::{Col, ListSheet};
use std::path::{Path, PathBuf};

/// The hand-written nynorsk register (`gevinst_sheets::testing`) with `investment` as the
/// second row's investment.
fn write_register(dir: &Path, investment: &str) -> PathBuf {
    let path = dir.join("register.csv");
    std::fs::write(&path, nynorsk_register(investment)).unwrap();
    path
}

fn open_import(h: &mut Harness<'static, GevinstApp>, fake: &FakeDialogs, path: &Path) {
    fake.answer(Some(path.to_path_buf()));
    click(h, UiText::MenuFile.text(NB));
    click(h, T::CmdImport.text(NB));
    settle(h);
}

fn import_button_enabled(h: &Harness<'static, GevinstApp>) -> bool {
    !h.get(by().label(T::Import.text(NB)).role(Role::Button))
        .accesskit_node()
        .is_disabled()
}

#[test]
fn the_file_menu_exports_the_workbook() {
    let fake = FakeDialogs::new();
    let mut h = example_harness(&fake);
    let dir = tempfile::tempdir().unwrap();
    fake.answer(Some(dir.path().join("tall")));
    click(&mut h, UiText::MenuFile.text(NB));
    click(&mut h, T::CmdExport.text(NB));
    h.state_mut().wait_for_background();
    settle(&mut h);
    assert_eq!(fake.asked(), vec![DialogKind::ExportXlsx]);
    let path = dir.path().join("tall.xlsx");
    let wb = gevinst_sheets::read(&path).unwrap();
    let measures = wb
        .tables
        .iter()
        .find(|t| t.name == ListSheet::Measures.name(Language::Nb))
        .expect("the measures sheet");
    let p = project(&h);
    assert_eq!(measures.rows.len(), p.measures.len());
    let titles: Vec<String> = measures
        .rows
        .iter()
        .map(|r| gevinst_sheets::value::text(&r[1]))
        .collect();
    for m in &p.measures {
        assert!(titles.contains(&m.title), "{}", m.title);
    }
    let status = h.state().status().unwrap_or_default().to_owned();
    assert!(
        status.starts_with("Regnearket er eksportert til"),
        "{status}"
    );
    // Nothing left beside the workbook (written atomically through a temporary file).
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1);
}

#[test]
fn a_failed_export_is_said_in_the_users_language() {
    let fake = FakeDialogs::new();
    let mut h = example_harness_in(&fake, Language::Nn);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("finst-ikkje").join("tal.xlsx");
    fake.answer(Some(path.clone()));
    click(&mut h, UiText::MenuFile.text(Language::Nn));
    click(&mut h, T::CmdExport.text(Language::Nn));
    h.state_mut().wait_for_background();
    settle(&mut h);
    let Some(gevinst_app::prompts::Prompt::Error(message)) = h.state().prompt() else {
        panic!("no error: {:?}", h.state().prompt());
    };
    let want = format!("Kunne ikkje eksportere reknearket til «{}»", path.display());
    assert!(message.starts_with(&want), "{message}");
    assert!(!path.exists());
}

#[test]
fn a_wrong_cell_is_listed_and_blocks_the_import_until_fixed_then_undo_restores() {
    let fake = FakeDialogs::new();
    let mut h = example_harness(&fake);
    let before = project(&h);
    let dir = tempfile::tempdir().unwrap();
    let path = write_register(dir.path(), "tolv");
    open_import(&mut h, &fake, &path);
    assert_eq!(fake.asked(), vec![DialogKind::ImportSheets]);
    let import = h.state().sheets_import().expect("the import window");
    assert_eq!(import.mappings()[0].sheet, Some(ListSheet::Measures));
    assert_eq!(import.errors().len(), 1);
    let line = "Ark «register», rad 3, kolonne «Investering (kr)»: «tolv» er ikke et beløp";
    assert!(has_text(&h, line), "{line}");
    assert!(!import_button_enabled(&h));
    // The unknown column is listed as ignored.
    assert!(has_text(&h, "Ukjente kolonner, ignoreres: «Kommentar»"));
    // The line selects its row in the preview.
    click(&mut h, line);
    assert_eq!(h.state().sheets_import().unwrap().selected(), Some((0, 1)));
    // Clicking Import does nothing while it is disabled.
    click_button(&mut h, T::Import.text(NB));
    assert_eq!(project(&h), before);

    // Fixed in the spreadsheet, read again, imported.
    write_register(dir.path(), "12 000");
    click_button(&mut h, T::Reload.text(NB));
    assert!(h.state().sheets_import().unwrap().errors().is_empty());
    assert!(has_text(&h, "Klar til å importere: 3 nye og 0 oppdaterte."));
    assert!(import_button_enabled(&h));
    click_button(&mut h, T::Import.text(NB));
    assert!(h.state().sheets_import().is_none());
    let after = project(&h);
    assert_eq!(after.measures.len(), before.measures.len() + 3);
    let new = after
        .measures
        .iter()
        .find(|m| m.title == "Sjølvbetent endring av adresse")
        .unwrap();
    assert_eq!(new.investment, Some(Money::from_kroner(12_000).unwrap()));
    assert_eq!(new.responsible_unit, "Fagavdelinga");
    assert!(h.state().document().unwrap().has_unsaved_work());
    let status = h.state().status().unwrap_or_default().to_owned();
    assert!(status.starts_with("Importert fra register.csv"), "{status}");

    // One edit: one undo restores the project.
    h.state_mut().send(gevinst_app::UiCommand::Undo);
    settle(&mut h);
    assert_eq!(project(&h), before);
}

#[test]
fn cancel_leaves_the_project_untouched() {
    let fake = FakeDialogs::new();
    let mut h = example_harness(&fake);
    let before = project(&h);
    let dir = tempfile::tempdir().unwrap();
    let path = write_register(dir.path(), "12 000");
    open_import(&mut h, &fake, &path);
    assert!(import_button_enabled(&h));
    click_button(&mut h, T::Cancel.text(NB));
    assert!(h.state().sheets_import().is_none());
    assert_eq!(project(&h), before);
    assert!(!h.state().document().unwrap().has_unsaved_work());
}

#[test]
fn a_column_remapped_in_its_drop_down_is_read_so_in_the_preview() {
    let fake = FakeDialogs::new();
    let mut h = example_harness(&fake);
    let dir = tempfile::tempdir().unwrap();
    let path = write_register(dir.path(), "12 000");
    open_import(&mut h, &fake, &path);
    // The unknown column is not read, so its cells are not in the preview.
    assert!(!has_text(&h, "Frå styringsmøtet"));
    choose(&mut h, "Kommentar", Col::MeasureDescription.header(NB));
    let import = h.state().sheets_import().unwrap();
    assert_eq!(
        import.mappings()[0].columns[2],
        Some(Col::MeasureDescription)
    );
    assert!(has_text(&h, "Frå styringsmøtet"));
    // And the title column ignored: its cells leave the preview, and the import reads none.
    choose(
        &mut h,
        Col::MeasureTitle.header(Language::Nn),
        T::Ignore.text(NB),
    );
    assert!(!has_text(&h, "Digital postkasse for søknader"));
    click_button(&mut h, T::Import.text(NB));
    let p = project(&h);
    let imported = p
        .measures
        .iter()
        .find(|m| m.description == "Frå styringsmøtet")
        .unwrap();
    assert_eq!(imported.title, "");
}

#[test]
fn the_import_window_speaks_every_language_and_labels_every_choice() {
    for lang in Language::ALL {
        let fake = FakeDialogs::new();
        let mut h = example_harness_in(&fake, lang);
        let dir = tempfile::tempdir().unwrap();
        let path = write_register(dir.path(), "tolv");
        fake.answer(Some(path));
        click(&mut h, UiText::MenuFile.text(lang));
        click(&mut h, T::CmdImport.text(lang));
        for key in [T::ReadAs, T::ColumnInSheet, T::FieldInGevinst, T::Preview] {
            assert!(has_text(&h, key.text(lang)), "{lang:?} {key:?}");
        }
        let errors = T::Errors.fill(lang, &[("count", 1.into())]);
        assert!(has_text(&h, &errors), "{lang:?}: {errors}");
        let choices: Vec<String> = h
            .query_all(by().role(Role::ComboBox))
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        // Every choice has a name: the sheet's list, and one per column by its header.
        assert!(choices.iter().all(|l| !l.is_empty()), "{choices:?}");
        assert!(choices.contains(&T::ReadAs.text(lang).to_owned()));
        for header in ["Investering (kr)", "Tittel", "Ansvarleg eining"] {
            assert!(choices.contains(&header.to_owned()), "{choices:?}");
        }
        assert!(choices.contains(&"Kommentar".to_owned()));
    }
}
