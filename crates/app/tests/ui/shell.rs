//! Workflows of the app's shell, driven headless through egui_kittest: navigation, undo/redo,
//! save and open through the fake dialog, the unsaved-changes prompt, the language switch,
//! findings jumps, crash recovery, a file changed on disk, and read-only newer files.
//! Every `run()` also checks that all inputs have accessible names.

use crate::support::workflows::{project, settle};

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gevinst_app::dialogs::{DialogKind, FakeDialogs};
use gevinst_app::document::Origin;
use gevinst_app::prompts::Prompt;
use gevinst_app::settings::AppSettings;
use gevinst_app::{AppOptions, Focus, GevinstApp, Step};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::i18n::Message;
use gevinst_core::model::{EntityRef, MeasureField, Project};
use std::path::{Path, PathBuf};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// A harness around the whole app; `setup` adjusts the start options.
fn harness_with(
    dialogs: &FakeDialogs,
    setup: impl FnOnce(&mut AppOptions) + 'static,
) -> Harness<'static, GevinstApp> {
    let dialogs = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_eframe(move |cc| {
            let mut options = AppOptions::for_tests(Box::new(dialogs), today());
            setup(&mut options);
            GevinstApp::new(cc, options)
        });
    h.run();
    h
}

fn harness(dialogs: &FakeDialogs) -> Harness<'static, GevinstApp> {
    harness_with(dialogs, |_| {})
}

fn retitle_first_measure(h: &mut Harness<'_, GevinstApp>, title: &str) {
    let mut m = project(h).measures[0].clone();
    m.title = title.to_owned();
    h.state_mut()
        .apply_edit(Edit::Update(Item::Measure(m)), None);
    h.run();
}

fn press(h: &mut Harness<'_, GevinstApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

fn click(h: &mut Harness<'_, GevinstApp>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
}

fn click_button(h: &mut Harness<'_, GevinstApp>, label: &str) {
    h.get_by_role_and_label(egui::Role::Button, label).click();
    settle(h);
}

fn read(path: &Path) -> Project {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_new_user_sees_the_example_and_every_step() {
    let mut h = harness(&FakeDialogs::new());
    let doc = h.state().document().unwrap();
    assert_eq!(doc.origin, Origin::Example);
    assert!(!doc.has_unsaved_work());
    assert_eq!(h.state().title(), "Eksempel (ikke lagret) – Gevinst");
    for step in Step::ALL {
        click_button(&mut h, step.title(gevinst_core::i18n::Language::Nb));
        assert_eq!(h.state().step(), step);
    }
    press(&mut h, Modifiers::COMMAND, Key::Num3);
    assert_eq!(h.state().step(), Step::Measures);
    press(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(h.state().step(), Step::Services);
    press(&mut h, Modifiers::COMMAND, Key::PageUp);
    assert_eq!(h.state().step(), Step::Measures);
}

#[test]
fn with_recent_files_the_start_page_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("borte.gevinst.json");
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        let mut s = AppSettings::default();
        s.recent.push(missing);
        o.settings = Some(s);
    });
    assert!(h.state().document().is_none());
    h.get_by_label("Velkommen til Gevinst");
    click(&mut h, "borte.gevinst.json");
    assert!(matches!(h.state().prompt(), Some(Prompt::Error(_))));
    assert!(
        h.state().settings().recent.is_empty(),
        "a missing file leaves the list"
    );
    click_button(&mut h, "OK");
    click_button(&mut h, "Åpne eksempelprosjektet");
    assert_eq!(h.state().document().unwrap().origin, Origin::Example);
}

#[test]
fn undo_and_redo_across_several_edits() {
    let mut h = harness(&FakeDialogs::new());
    let original = project(&h);
    let id = original.measures[0].id;
    retitle_first_measure(&mut h, "Første");
    retitle_first_measure(&mut h, "Andre");
    let mut agency = original.agency.clone();
    agency.name = "Nytt navn".into();
    h.state_mut().apply_edit(Edit::SetAgency(agency), None);
    h.run();
    assert_eq!(h.state().title(), "Eksempel (ikke lagret)* – Gevinst");
    assert_eq!(
        h.state().undo_text(),
        "Angre: endre virksomheten «Nytt navn»"
    );

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).agency, original.agency);
    assert_eq!(h.state().step(), Step::Agency);
    assert_eq!(h.state().undo_text(), "Angre: endre tiltak «Andre»");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).measures[0].title, "Første");
    assert_eq!(
        h.state().step(),
        Step::Measures,
        "undo shows the step it changed"
    );
    assert_eq!(
        h.state().last_jump().map(|f| f.entity),
        Some(EntityRef::Measure(id)),
        "and tells the step to select what changed"
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h), original);
    press(&mut h, Modifiers::COMMAND, Key::Z); // nothing left: no change, no error
    assert_eq!(project(&h), original);
    assert!(h.state().prompt().is_none());

    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(project(&h).measures[0].title, "Første");
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(project(&h).measures[0].title, "Andre");
    assert!(
        h.state()
            .redo_text()
            .starts_with("Gjør om: endre virksomheten «")
    );
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(project(&h).agency.name, "Nytt navn");
}

#[test]
fn undo_from_the_edit_menu_names_the_step() {
    let mut h = harness(&FakeDialogs::new());
    retitle_first_measure(&mut h, "Omdøpt");
    click(&mut h, "Rediger");
    // The menu item shows the shortcut beside the text.
    click(&mut h, "Angre: endre tiltak «Omdøpt» Ctrl+Z");
    assert_ne!(project(&h).measures[0].title, "Omdøpt");
}

#[test]
fn save_and_open_round_trip_through_the_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rapport");
    let saved_path = dir.path().join("rapport.gevinst.json");
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    retitle_first_measure(&mut h, "Lagret tittel");
    // The example has no file: Save asks where. The fake "user" types a name without the
    // extension; the app adds it.
    fake.answer(Some(path));
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(fake.asked(), vec![DialogKind::SaveProject]);
    assert!(saved_path.is_file());
    assert_eq!(read(&saved_path).measures[0].title, "Lagret tittel");
    assert_eq!(h.state().title(), "rapport.gevinst.json – Gevinst");
    assert_eq!(h.state().settings().recent.len(), 1);
    let saved = project(&h);

    // New needs no prompt now; then open the file again.
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().prompt().is_none());
    assert!(project(&h).measures.is_empty());
    fake.answer(Some(saved_path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert_eq!(project(&h), saved);
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(saved_path.as_path()));
    assert!(!doc.has_unsaved_work());

    // A second save writes the same file again without asking.
    retitle_first_measure(&mut h, "Endret igjen");
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert_eq!(fake.asked().len(), 2, "no dialog for a plain save");
    assert_eq!(read(&saved_path).measures[0].title, "Endret igjen");
}

#[test]
fn save_as_writes_a_new_file_and_cancel_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    fake.answer(None);
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(fake.asked(), vec![DialogKind::SaveProject]);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    let path = dir.path().join("kopi.gevinst.json");
    fake.answer(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(read(&path), project(&h));
}

#[test]
fn unsaved_changes_prompt_on_new_with_each_answer() {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    retitle_first_measure(&mut h, "Ulagret");

    // Cancel: nothing happens.
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(matches!(h.state().prompt(), Some(Prompt::Unsaved { .. })));
    h.get_by_label("Ulagrede endringer");
    click_button(&mut h, "Avbryt");
    assert!(h.state().prompt().is_none());
    assert_eq!(project(&h).measures[0].title, "Ulagret");

    // Escape is Cancel too.
    press(&mut h, Modifiers::COMMAND, Key::N);
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().prompt().is_none());
    assert_eq!(project(&h).measures[0].title, "Ulagret");

    // Save: asks where (the example has no file), saves, then starts the new project.
    let path = dir.path().join("lagret.gevinst.json");
    fake.answer(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::N);
    click_button(&mut h, "Lagre");
    assert_eq!(read(&path).measures[0].title, "Ulagret");
    assert!(project(&h).measures.is_empty());

    // Don't save: the changes are dropped.
    h.state_mut().send(gevinst_app::UiCommand::OpenExample);
    h.run();
    retitle_first_measure(&mut h, "Forkastes");
    press(&mut h, Modifiers::COMMAND, Key::N);
    click_button(&mut h, "Ikke lagre");
    assert!(project(&h).measures.is_empty());
}

#[test]
fn unsaved_changes_prompt_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("annen.gevinst.json");
    let mut p = Project::new();
    p.agency.name = "Annen virksomhet".into();
    std::fs::write(&other, serde_json::to_string_pretty(&p).unwrap()).unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    retitle_first_measure(&mut h, "Ulagret");

    // Cancelling the file dialog asks nothing.
    fake.answer(None);
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert!(h.state().prompt().is_none());

    // Choosing a file asks about the unsaved changes first.
    fake.answer(Some(other.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert!(matches!(h.state().prompt(), Some(Prompt::Unsaved { .. })));
    click_button(&mut h, "Avbryt");
    assert_eq!(project(&h).measures[0].title, "Ulagret");

    fake.answer(Some(other.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    click_button(&mut h, "Ikke lagre");
    assert_eq!(project(&h).agency.name, "Annen virksomhet");
}

fn request_close(h: &mut Harness<'_, GevinstApp>) -> Vec<egui::ViewportCommand> {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    let commands = last_commands(h);
    h.run();
    commands
}

fn last_commands(h: &Harness<'_, GevinstApp>) -> Vec<egui::ViewportCommand> {
    h.output().viewport_output[&egui::ViewportId::ROOT]
        .commands
        .clone()
}

#[test]
fn closing_the_window_asks_about_unsaved_changes() {
    let mut h = harness(&FakeDialogs::new());
    // Clean: closing is allowed straight away.
    let commands = request_close(&mut h);
    assert!(!commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(h.state().prompt().is_none());

    let mut h = harness(&FakeDialogs::new());
    retitle_first_measure(&mut h, "Ulagret");
    let commands = request_close(&mut h);
    assert!(commands.contains(&egui::ViewportCommand::CancelClose));
    assert!(matches!(h.state().prompt(), Some(Prompt::Unsaved { .. })));
    click_button(&mut h, "Avbryt");
    assert!(h.state().document().is_some());

    request_close(&mut h);
    h.get_by_role_and_label(egui::Role::Button, "Ikke lagre")
        .click();
    h.step();
    assert!(last_commands(&h).contains(&egui::ViewportCommand::Close));
}

#[test]
fn quit_from_the_menu_asks_and_then_closes() {
    let mut h = harness(&FakeDialogs::new());
    retitle_first_measure(&mut h, "Ulagret");
    press(&mut h, Modifiers::COMMAND, Key::Q);
    assert!(matches!(h.state().prompt(), Some(Prompt::Unsaved { .. })));
    h.get_by_role_and_label(egui::Role::Button, "Ikke lagre")
        .click();
    h.step();
    assert!(last_commands(&h).contains(&egui::ViewportCommand::Close));
}

#[test]
fn language_switch_changes_the_menus() {
    let mut h = harness(&FakeDialogs::new());
    h.get_by_label("Fil");
    click(&mut h, "Vis");
    click(&mut h, "Språk");
    click(&mut h, "English");
    assert_eq!(h.state().language(), gevinst_core::i18n::Language::En);
    h.get_by_label("File");
    h.get_by_label("Edit");
    h.get_by_role_and_label(egui::Role::Button, "Measures");
    assert!(h.query_by_label("Fil").is_none());
    assert_eq!(h.state().title(), "Example (not saved) – Gevinst");

    click(&mut h, "View");
    click(&mut h, "Language");
    click(&mut h, "Nynorsk");
    h.get_by_label("Rediger");
    h.get_by_role_and_label(egui::Role::Button, "Verksemd og rapport");
    assert_eq!(
        h.state().settings().language,
        gevinst_core::i18n::Language::Nn
    );
}

#[test]
fn clicking_a_finding_jumps_to_its_step_entity_and_field() {
    let mut h = harness(&FakeDialogs::new());
    let p = project(&h);
    let mut m = p
        .measures
        .iter()
        .find(|m| m.digitalisation)
        .unwrap()
        .clone();
    m.special_assessment.clear();
    let id = m.id;
    let title = m.title.clone();
    h.state_mut()
        .apply_edit(Edit::Update(Item::Measure(m)), None);
    h.run();
    let finding = h
        .state()
        .findings()
        .findings
        .iter()
        .find(|f| f.entity == EntityRef::Measure(id))
        .unwrap()
        .clone();
    assert_eq!(h.state().step(), Step::Agency);
    let spoken = format!(
        "Feil: {}",
        finding.message(gevinst_core::i18n::Language::Nb)
    );
    assert!(spoken.contains(&title));
    h.get_by_label(&spoken).click();
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Measures);
    assert_eq!(
        h.state().last_jump(),
        Some(Focus {
            entity: EntityRef::Measure(id),
            field: Some(MeasureField::SpecialAssessment.into()),
        })
    );
}

/// The earlier runs' processes are gone (the test runs them all in one process).
fn crashed(pid: u32) -> Option<bool> {
    Some(pid != std::process::id())
}

#[test]
fn recovery_is_offered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let recovery_dir = dir.path().to_path_buf();
    let first_dir = recovery_dir.clone();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.recovery_dir = Some(first_dir);
    });
    retitle_first_measure(&mut h, "Reddet");
    h.state_mut().wait_for_background();
    assert!(
        std::fs::read_dir(&recovery_dir).unwrap().count() >= 2,
        "a copy and its description were written"
    );
    // The app "crashes": dropped without a clean exit, so the copy stays.
    drop(h);

    let second_dir = recovery_dir.clone();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.recovery_dir = Some(second_dir);
        o.process_alive = crashed;
    });
    assert!(matches!(h.state().prompt(), Some(Prompt::Recover(_))));
    h.get_by_label("Gjenopprette arbeidet ditt?");
    click_button(&mut h, "Gjenopprett");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.origin, Origin::Recovered);
    assert_eq!(doc.project.measures[0].title, "Reddet");
    assert!(
        doc.has_unsaved_work(),
        "recovered work must be saved by the user"
    );

    // Discarding on a third start deletes the (new) copy: nothing is offered on a fourth.
    h.state_mut().wait_for_background();
    drop(h);
    let third_dir = recovery_dir.clone();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.recovery_dir = Some(third_dir);
        o.process_alive = crashed;
    });
    assert!(matches!(h.state().prompt(), Some(Prompt::Recover(_))));
    click_button(&mut h, "Forkast");
    assert!(h.state().prompt().is_none());
    assert_eq!(h.state().document().unwrap().origin, Origin::Example);
    drop(h);
    let fourth_dir = recovery_dir.clone();
    let h = harness_with(&FakeDialogs::new(), move |o| {
        o.recovery_dir = Some(fourth_dir);
        o.process_alive = crashed;
    });
    assert!(h.state().prompt().is_none());
}

#[test]
fn saving_removes_the_recovery_copy() {
    let dir = tempfile::tempdir().unwrap();
    let recovery_dir = dir.path().join("recovery");
    let rd = recovery_dir.clone();
    let fake = FakeDialogs::new();
    let mut h = harness_with(&fake, move |o| o.recovery_dir = Some(rd));
    retitle_first_measure(&mut h, "Autolagret");
    h.state_mut().wait_for_background();
    assert!(std::fs::read_dir(&recovery_dir).unwrap().count() >= 2);
    fake.answer(Some(dir.path().join("p.gevinst.json")));
    press(&mut h, Modifiers::COMMAND, Key::S);
    h.state_mut().wait_for_background();
    assert_eq!(std::fs::read_dir(&recovery_dir).unwrap().count(), 0);
}

fn open_saved(fake: &FakeDialogs, path: &Path) -> Harness<'static, GevinstApp> {
    let p = path.to_path_buf();
    let mut h = harness_with(fake, move |o| o.file = Some(p));
    h.run();
    h
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("delt.gevinst.json");
    let example = gevinst_core::example::project();
    std::fs::write(&path, serde_json::to_string_pretty(&example).unwrap()).unwrap();
    let fake = FakeDialogs::new();
    let mut h = open_saved(&fake, &path);
    assert_eq!(h.state().document().unwrap().origin, Origin::File);

    // A colleague saves the file meanwhile.
    let mut theirs = example.clone();
    theirs.agency.name = "Kollegaens versjon".into();
    std::fs::write(&path, serde_json::to_string_pretty(&theirs).unwrap()).unwrap();

    retitle_first_measure(&mut h, "Min versjon");
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(matches!(
        h.state().prompt(),
        Some(Prompt::ChangedOnDisk { .. })
    ));
    h.get_by_label("Filen er endret av noen andre");
    click_button(&mut h, "Avbryt");
    assert_eq!(read(&path).agency.name, "Kollegaens versjon");

    // Save as keeps both.
    let copy = dir.path().join("min.gevinst.json");
    fake.answer(Some(copy.clone()));
    press(&mut h, Modifiers::COMMAND, Key::S);
    click_button(&mut h, "Lagre som …");
    assert_eq!(read(&path).agency.name, "Kollegaens versjon");
    assert_eq!(read(&copy).measures[0].title, "Min versjon");

    // Overwrite replaces theirs (after another outside change to the copy).
    std::fs::write(&copy, serde_json::to_string_pretty(&theirs).unwrap()).unwrap();
    retitle_first_measure(&mut h, "Min versjon 2");
    press(&mut h, Modifiers::COMMAND, Key::S);
    click_button(&mut h, "Overskriv");
    assert_eq!(read(&copy).measures[0].title, "Min versjon 2");
    assert!(!h.state().document().unwrap().has_unsaved_work());
}

#[test]
fn a_newer_file_opens_read_only_and_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fremtid.gevinst.json");
    let mut value = serde_json::to_value(gevinst_core::example::project()).unwrap();
    value["schema_version"] = serde_json::json!(gevinst_core::model::SCHEMA_VERSION + 1);
    let text = serde_json::to_string_pretty(&value).unwrap();
    std::fs::write(&path, &text).unwrap();
    let fake = FakeDialogs::new();
    let mut h = open_saved(&fake, &path);
    let doc = h.state().document().unwrap();
    assert!(doc.read_only());
    assert!(h.state().title().contains("skrivebeskyttet"));
    h.get_by_label_contains("Skrivebeskyttet: filen er laget med en nyere versjon");

    // No edit is applied; Save refuses with a message.
    let before = project(&h);
    retitle_first_measure(&mut h, "Forsøk");
    assert_eq!(project(&h), before);
    press(&mut h, Modifiers::COMMAND, Key::S);
    assert!(matches!(h.state().prompt(), Some(Prompt::Error(_))));
    click_button(&mut h, "OK");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);

    // Save as over the same file is refused too; to another file it writes this version.
    fake.answer(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(matches!(h.state().prompt(), Some(Prompt::Error(_))));
    click_button(&mut h, "OK");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let copy: PathBuf = dir.path().join("kopi.gevinst.json");
    fake.answer(Some(copy.clone()));
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert_eq!(
        read(&copy).schema_version,
        gevinst_core::model::SCHEMA_VERSION
    );
    assert!(
        !h.state().document().unwrap().read_only(),
        "the copy is editable"
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_file_opens_it_and_a_bad_file_gives_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("dratt.gevinst.json");
    let mut p = Project::new();
    p.agency.name = "Dratt inn".into();
    std::fs::write(&good, serde_json::to_string_pretty(&p).unwrap()).unwrap();
    let bad = dir.path().join("notat.gevinst.json");
    std::fs::write(&bad, "{ dette er ikke json").unwrap();

    let mut h = harness(&FakeDialogs::new());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(good)));
    h.run();
    assert_eq!(project(&h).agency.name, "Dratt inn");

    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(bad)));
    h.run();
    assert!(
        matches!(h.state().prompt(), Some(Prompt::Error(m)) if m.contains("notat.gevinst.json"))
    );
    click_button(&mut h, "OK");
    assert_eq!(
        project(&h).agency.name,
        "Dratt inn",
        "the open project is kept"
    );
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (scripts/install-deps.sh installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
}

#[test]
fn the_report_step_previews_the_pages() {
    let mut h = harness(&FakeDialogs::new());
    click_button(&mut h, "Rapport");
    let pages = h.state().report_pages().expect("the preview was laid out");
    assert!(pages > 3, "the example's report has several pages");
    h.get_by_label(&format!("Side 1 av {pages}"));
    click_button(&mut h, "Neste side");
    h.get_by_label(&format!("Side 2 av {pages}"));
}

#[test]
fn export_pdf_through_the_dialog_writes_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    // Cancel writes nothing.
    fake.answer(None);
    press(&mut h, Modifiers::COMMAND, Key::E);
    assert!(!h.state().exporting());
    // The user types a name without ".pdf"; the app adds it and exports in the background.
    fake.answer(Some(dir.path().join("kapittel")));
    press(&mut h, Modifiers::COMMAND, Key::E);
    assert_eq!(
        fake.asked(),
        vec![DialogKind::ExportPdf, DialogKind::ExportPdf]
    );
    h.state_mut().wait_for_background();
    settle(&mut h);
    let pdf = dir.path().join("kapittel.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    let p = project(&h);
    assert!(
        text.contains(&p.agency.name),
        "the agency is named in the report"
    );
    assert!(text.contains(&p.measures[1].title));
    assert!(
        h.state()
            .status()
            .unwrap()
            .starts_with("PDF eksportert til")
    );
}

#[test]
fn a_failed_export_says_why_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness(&fake);
    let target = dir.path().join("mangler").join("kapittel.pdf");
    fake.answer(Some(target.clone()));
    press(&mut h, Modifiers::COMMAND, Key::E);
    h.state_mut().wait_for_background();
    settle(&mut h);
    assert!(matches!(h.state().prompt(), Some(Prompt::Error(m)) if m.contains("kapittel.pdf")));
    assert!(!target.exists());
}
