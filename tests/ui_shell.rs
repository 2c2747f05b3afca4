//! Workflows of the app's shell, driven headless through egui_kittest.

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gevinst::ui::dialogs::FakeDialogs;
use gevinst::ui::{AppOptions, GevinstApp, Step};

fn app_harness(dialogs: FakeDialogs) -> Harness<'static, GevinstApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_eframe(move |cc| {
            GevinstApp::new(
                cc,
                AppOptions {
                    file: None,
                    dialogs: Box::new(dialogs),
                    today: NaiveDate::from_ymd_opt(2026, 3, 1),
                },
            )
        })
}

#[test]
fn navigation_switches_steps() {
    let mut h = app_harness(FakeDialogs::new());
    h.run();
    h.get_by_label("Tiltak").click();
    h.run();
    assert_eq!(h.state().step(), Step::Measures);
}
