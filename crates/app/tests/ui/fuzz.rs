//! The app opens any file that loads without panicking: a sample of the fuzz harness's mutated
//! files (`gevinst_core::testing::mutate`, the same seeds as `crates/report/tests/
//! fuzz_mutations.rs`) is opened in the whole app, headless, and every step is shown.
//! `UI_FUZZ_FILES=n` sets how many loading files (default 50).

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use gevinst_app::dialogs::FakeDialogs;
use gevinst_app::{AppOptions, GevinstApp, Step};
use gevinst_core::testing::mutate_bytes;
use serde_json::Value;

fn settle(h: &mut Harness<'_, GevinstApp>) {
    for _ in 0..200 {
        if h.run_ok().is_some() {
            return;
        }
    }
}

fn open(path: std::path::PathBuf) -> Harness<'static, GevinstApp> {
    let dialogs = FakeDialogs::new();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        // A file may hold characters no font has (U+FFFF): the app draws a box for them, as
        // egui does by default outside tests, instead of the harness's panic.
        .allow_missing_glyphs()
        .build_eframe(move |cc| {
            let mut options = AppOptions::for_tests(
                Box::new(dialogs),
                NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            );
            options.file = Some(path);
            GevinstApp::new(cc, options)
        });
    settle(&mut h);
    h
}

#[test]
fn mutated_files_that_load_open_in_every_step() {
    let wanted: usize = std::env::var("UI_FUZZ_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let example: Value = serde_json::from_str(gevinst_core::example::EXAMPLE_JSON).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut opened = 0;
    for seed in 0..100_000u64 {
        if opened == wanted {
            break;
        }
        let bytes = mutate_bytes(&example, seed);
        if gevinst_core::io::load_bytes(&bytes, "x").is_err() {
            continue;
        }
        let path = dir.path().join(format!("seed-{seed}.gevinst.json"));
        std::fs::write(&path, &bytes).unwrap();
        let mut h = open(path);
        assert!(h.state().document().is_some(), "seed {seed} did not open");
        let lang = h.state().language();
        for step in Step::ALL {
            let query = by().label(step.title(lang)).role(Role::Button);
            if h.query(query.clone()).is_some() {
                h.get(query).click();
                settle(&mut h);
            }
        }
        opened += 1;
    }
    assert_eq!(opened, wanted);
}
