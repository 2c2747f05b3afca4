//! The project file shared with colleagues, driven headless through egui_kittest: the lock file
//! written on open and removed on close, the prompt for a file someone else has open (read-only,
//! open anyway, cancel), stale locks taken over, and crash recovery between two instances.

use crate::support::workflows::settle;

use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gevinst_app::dialogs::{DialogKind, FakeDialogs};
use gevinst_app::prompts::Prompt;
use gevinst_app::{AppOptions, GevinstApp, UiCommand};
use gevinst_core::io::{self, LockInfo};
use std::path::{Path, PathBuf};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

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
    // A file opening in the background keeps a spinner turning: do not wait for it here.
    let _ = h.run_ok();
    h
}

fn click_button(h: &mut Harness<'_, GevinstApp>, label: &str) {
    h.get_by_role_and_label(egui::Role::Button, label).click();
    settle(h);
}

/// The example saved in a fresh folder.
fn example_file(dir: &Path) -> PathBuf {
    let path = dir.join("delt.gevinst.json");
    io::save(&gevinst_core::example::project(), &path).unwrap();
    path
}

fn colleague() -> LockInfo {
    LockInfo {
        user: "Kari Nordmann".into(),
        machine: "KONTOR-PC-07".into(),
        since: chrono::Utc::now(),
        pid: 4242,
    }
}

fn lock_on_disk(path: &Path) -> Option<LockInfo> {
    let text = std::fs::read_to_string(io::lock_path(path)).ok()?;
    LockInfo::parse(&text)
}

fn open(fake: &FakeDialogs, path: &Path) -> Harness<'static, GevinstApp> {
    let p = path.to_path_buf();
    let mut h = harness_with(fake, move |o| o.file = Some(p));
    settle(&mut h);
    h
}

#[test]
fn the_lock_appears_on_open_and_goes_on_close_and_on_opening_another() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let fake = FakeDialogs::new();
    let mut h = open(&fake, &path);
    let lock = lock_on_disk(&path).expect("a lock beside the open file");
    assert_eq!(lock.pid, std::process::id());
    assert_eq!(lock.machine, LockInfo::current().machine);
    assert_eq!(h.state().locked_file(), Some(path.as_path()));
    h.state_mut().send(UiCommand::Close);
    settle(&mut h);
    assert!(!io::lock_path(&path).exists(), "closing removes the lock");

    // Opening another file moves the lock there.
    let other = dir.path().join("annen.gevinst.json");
    io::save(&gevinst_core::example::project(), &other).unwrap();
    h.state_mut().send(UiCommand::OpenFile(path.clone()));
    settle(&mut h);
    assert!(io::lock_path(&path).exists());
    h.state_mut().send(UiCommand::OpenFile(other.clone()));
    settle(&mut h);
    assert!(!io::lock_path(&path).exists());
    assert!(io::lock_path(&other).exists());
    // Saving under a new name moves it too.
    let third = dir.path().join("tredje.gevinst.json");
    fake.answer(Some(third.clone()));
    h.state_mut().send(UiCommand::SaveAs);
    settle(&mut h);
    h.state_mut().wait_for_background();
    settle(&mut h);
    assert!(!io::lock_path(&other).exists());
    assert!(io::lock_path(&third).exists());
    // Quitting removes it.
    eframe::App::on_exit(h.state_mut());
    assert!(!io::lock_path(&third).exists());
}

#[test]
fn a_file_a_colleague_has_open_offers_read_only_open_anyway_or_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    io::write_lock(&path, &colleague()).unwrap();
    let original = std::fs::read(&path).unwrap();
    let fake = FakeDialogs::new();

    // Cancel: nothing of the file is opened, their lock stays.
    let mut h = open(&fake, &path);
    assert!(matches!(h.state().prompt(), Some(Prompt::Locked { .. })));
    h.get_by_label("Filen er i bruk");
    let body = h
        .query_by_label_contains("er åpnet av Kari Nordmann på KONTOR-PC-07 siden")
        .is_some();
    assert!(body, "the prompt says who has it open since when");
    h.get_by_role_and_label(egui::Role::Button, "Åpne skrivebeskyttet");
    h.get_by_role_and_label(egui::Role::Button, "Åpne likevel");
    click_button(&mut h, "Avbryt");
    assert!(h.state().prompt().is_none());
    assert!(
        h.state()
            .document()
            .is_none_or(|d| d.path.as_deref() != Some(&path))
    );
    let theirs = lock_on_disk(&path).unwrap();
    assert_eq!((theirs.user.as_str(), theirs.pid), ("Kari Nordmann", 4242));
    drop(h);

    // Read-only: the project is shown, not locked by us, and Save becomes Save as.
    let mut h = open(&fake, &path);
    click_button(&mut h, "Åpne skrivebeskyttet");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert!(doc.read_only() && doc.locked_by.is_some());
    assert!(
        h.state().title().contains("skrivebeskyttet"),
        "{}",
        h.state().title()
    );
    assert!(
        h.query_by_label_contains("Skrivebeskyttet: filen er åpnet av Kari Nordmann")
            .is_some(),
        "a banner says so"
    );
    assert_eq!(h.state().locked_file(), None);
    assert_eq!(lock_on_disk(&path).unwrap().user, "Kari Nordmann");
    fake.answer(None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert_eq!(fake.asked().last(), Some(&DialogKind::SaveProject));
    assert_eq!(std::fs::read(&path).unwrap(), original, "never saved over");
    // Saving the copy elsewhere makes it an ordinary, locked file.
    let copy = dir.path().join("kopi.gevinst.json");
    fake.answer(Some(copy.clone()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    h.state_mut().wait_for_background();
    settle(&mut h);
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(copy.as_path()));
    assert!(!doc.read_only());
    assert_eq!(lock_on_disk(&copy).unwrap().pid, std::process::id());
    assert_eq!(lock_on_disk(&path).unwrap().user, "Kari Nordmann");
    drop(h);

    // Open anyway: editable, and the lock is now ours.
    let mut h = open(&fake, &path);
    click_button(&mut h, "Åpne likevel");
    let doc = h.state().document().unwrap();
    assert!(!doc.read_only());
    assert_eq!(lock_on_disk(&path).unwrap().pid, std::process::id());
    assert_eq!(h.state().locked_file(), Some(path.as_path()));
}

#[test]
fn a_stale_lock_of_a_crashed_run_is_taken_over_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let crashed = LockInfo {
        pid: u32::MAX - 1,
        ..LockInfo::current()
    };
    io::write_lock(&path, &crashed).unwrap();
    let p = path.clone();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.file = Some(p);
        o.process_alive = |pid| Some(pid == std::process::id());
    });
    settle(&mut h);
    assert!(h.state().prompt().is_none());
    assert!(!h.state().document().unwrap().read_only());
    assert_eq!(lock_on_disk(&path).unwrap().pid, std::process::id());
}

#[test]
fn the_prompt_is_in_nynorsk_and_english_too() {
    use gevinst_core::i18n::Language;
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    io::write_lock(&path, &colleague()).unwrap();
    for (lang, title, buttons) in [
        (
            Language::Nn,
            "Fila er i bruk",
            ["Opne skriveverna", "Opne likevel", "Avbryt"],
        ),
        (
            Language::En,
            "The file is in use",
            ["Open read-only", "Open anyway", "Cancel"],
        ),
    ] {
        let p = path.clone();
        let h = harness_with(&FakeDialogs::new(), move |o| {
            o.file = Some(p);
            o.settings.as_mut().unwrap().language = lang;
        });
        h.get_by_label(title);
        for b in buttons {
            h.get_by_role_and_label(egui::Role::Button, b);
        }
    }
}

/// Project files on a share that takes `delay` to read or write, or that is gone (`lost`).
struct SlowShare {
    delay: std::time::Duration,
    lost: bool,
}

impl gevinst_app::fileio::ProjectFiles for SlowShare {
    fn open(
        &self,
        path: &Path,
        lang: gevinst_core::i18n::Language,
    ) -> Result<gevinst_app::fileio::Opened, String> {
        std::thread::sleep(self.delay);
        gevinst_app::fileio::open(path, lang)
    }

    fn save(
        &self,
        project: &gevinst_core::model::Project,
        path: &Path,
        lang: gevinst_core::i18n::Language,
    ) -> Result<Option<gevinst_app::fileio::FileStamp>, String> {
        std::thread::sleep(self.delay);
        if self.lost {
            return Err(format!(
                "Kunne ikke lagre «{}»: nettverksstasjonen er ikke lenger tilgjengelig.",
                path.display()
            ));
        }
        gevinst_app::fileio::save(project, path, lang)
    }
}

fn on_share(
    path: &Path,
    share: SlowShare,
    recovery: Option<PathBuf>,
) -> Harness<'static, GevinstApp> {
    let p = path.to_path_buf();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.file = Some(p);
        o.files = std::sync::Arc::new(share);
        o.background_files = true;
        o.recovery_dir = recovery;
    });
    h.state_mut().wait_for_background();
    settle(&mut h);
    h
}

fn retitle_first_measure(h: &mut Harness<'_, GevinstApp>, title: &str) {
    let mut m = h.state().document().unwrap().project.measures[0].clone();
    m.title = title.to_owned();
    h.state_mut().apply_edit(
        gevinst_core::edit::Edit::Update(gevinst_core::edit::Item::Measure(m)),
        None,
    );
}

#[test]
fn the_window_keeps_drawing_while_a_save_to_a_slow_share_takes_seconds() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let delay = Duration::from_secs(2);
    let mut h = on_share(&path, SlowShare { delay, lost: false }, None);
    retitle_first_measure(&mut h, "Lagres sakte");
    h.run();
    let started = Instant::now();
    h.state_mut().send(UiCommand::Save);
    h.step();
    let mut frames = 0;
    let mut slowest = Duration::ZERO;
    let mut edited_meanwhile = false;
    while h.state().busy().is_some() {
        assert!(started.elapsed() < delay * 5, "the save never ended");
        let frame = Instant::now();
        h.step();
        slowest = slowest.max(frame.elapsed());
        frames += 1;
        if frames == 5 {
            // The status bar says what is going on, and the user can go on working.
            assert!(
                h.query_by_label_contains("Lagrer «").is_some(),
                "the status bar shows the save"
            );
            retitle_first_measure(&mut h, "Endret under lagring");
            edited_meanwhile = true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(started.elapsed() >= delay);
    assert!(
        edited_meanwhile && frames >= 20,
        "{frames} frames during the save"
    );
    assert!(
        slowest < Duration::from_millis(500),
        "a frame took {slowest:?} while saving"
    );
    settle(&mut h);
    let saved = io::load(&path).unwrap().project;
    assert_eq!(saved.measures[0].title, "Lagres sakte");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.project.measures[0].title, "Endret under lagring");
    assert!(
        doc.history.is_dirty(),
        "the edit made while saving is still unsaved"
    );
    assert!(h.state().status().unwrap().contains("Lagret"));
}

#[test]
fn a_share_lost_mid_save_says_so_and_keeps_the_project_in_memory_and_in_recovery() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("gjenoppretting");
    let path = example_file(dir.path());
    let share = SlowShare {
        delay: std::time::Duration::from_millis(200),
        lost: true,
    };
    let mut h = on_share(&path, share, Some(recovery.clone()));
    retitle_first_measure(&mut h, "Ikke tapt");
    h.state_mut().send(UiCommand::Save);
    h.step();
    h.state_mut().wait_for_background();
    settle(&mut h);
    let Some(Prompt::Error(message)) = h.state().prompt() else {
        panic!("an error is shown: {:?}", h.state().prompt());
    };
    assert!(message.contains("nettverksstasjonen er ikke lenger tilgjengelig"));
    assert!(
        message.contains("Prosjektet er fortsatt åpent her"),
        "{message}"
    );
    let doc = h.state().document().unwrap();
    assert_eq!(doc.project.measures[0].title, "Ikke tapt");
    assert!(doc.history.is_dirty());
    // A recovery copy holds the work.
    let copies: Vec<_> = std::fs::read_dir(&recovery)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gevinst.json"))
        .collect();
    assert_eq!(copies.len(), 1);
    assert_eq!(
        io::load(&copies[0]).unwrap().project.measures[0].title,
        "Ikke tapt"
    );
    assert_ne!(
        io::load(&path).unwrap().project.measures[0].title,
        "Ikke tapt"
    );
}

#[test]
fn the_window_keeps_drawing_while_a_file_opens_from_a_slow_share() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let delay = Duration::from_millis(1500);
    let p = path.clone();
    let mut h = harness_with(&FakeDialogs::new(), move |o| {
        o.files = std::sync::Arc::new(SlowShare { delay, lost: false });
        o.background_files = true;
        o.start_page = true;
        o.settings.as_mut().unwrap().recent = vec![p];
    });
    assert!(h.state().document().is_none());
    let started = Instant::now();
    h.state_mut().send(UiCommand::OpenFile(path.clone()));
    h.step();
    let mut frames = 0;
    while h.state().busy().is_some() {
        assert!(started.elapsed() < delay * 5, "the open never ended");
        h.step();
        frames += 1;
        if frames == 3 {
            assert!(h.query_by_label_contains("Åpner «").is_some());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(frames >= 20, "{frames} frames while opening");
    settle(&mut h);
    assert_eq!(
        h.state().document().unwrap().path.as_deref(),
        Some(path.as_path())
    );
    assert!(io::lock_path(&path).exists());
}

#[test]
fn a_lock_that_names_no_user_says_another_user() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_file(dir.path());
    let nameless = LockInfo {
        user: String::new(),
        ..colleague()
    };
    io::write_lock(&path, &nameless).unwrap();
    let fake = FakeDialogs::new();
    let h = open(&fake, &path);
    assert!(matches!(h.state().prompt(), Some(Prompt::Locked { .. })));
    let body = h
        .query_by_label_contains("er åpnet av en annen bruker på KONTOR-PC-07 siden")
        .is_some();
    assert!(body, "an empty name reads as «en annen bruker»");
}
