//! "Ny årsrapport basert på denne…" by mouse, headless through egui_kittest: next year's
//! project is written to the file the dialog gives and opened; the band lists what was carried
//! over, each with a labelled "Bekreft for 2027" button; a confirmation is one undoable edit.

use crate::support::workflows::{project, settle};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gevinst_app::dialogs::{DialogKind, FakeDialogs};
use gevinst_app::{AppOptions, GevinstApp, UiCommand};
use gevinst_core::io;
use gevinst_core::model::Project;
use gevinst_core::validate::Rule;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
}

fn open_items(p: &Project) -> usize {
    p.carried_over.as_ref().map_or(0, |c| {
        c.measures.len() + c.checklist.len() + c.own_points.len()
    })
}

fn confirm_findings(p: &Project) -> usize {
    gevinst_core::validate::validate(p, today())
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.rule,
                Rule::MeasureStatusUnconfirmed
                    | Rule::ChecklistUnconfirmed
                    | Rule::OwnPointUnconfirmed
            )
        })
        .count()
}

#[test]
fn next_years_report_by_mouse_then_confirm_undo_and_confirm_all() {
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("2026.gevinst.json");
    io::save(&gevinst_core::example::project(), &this).unwrap();
    let fake = FakeDialogs::new();
    let dialogs = fake.clone();
    let file = this.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 820.0))
        .build_eframe(move |cc| {
            let mut options = AppOptions::for_tests(Box::new(dialogs), today());
            options.file = Some(file);
            GevinstApp::new(cc, options)
        });
    settle(&mut h);
    assert_eq!(project(&h).report.year, 2026);

    let next = dir.path().join("2027.gevinst.json");
    fake.answer(Some(next.clone()));
    h.get_by_label("Fil").click();
    settle(&mut h);
    h.get_by_label("Ny årsrapport basert på denne…").click();
    settle(&mut h);
    h.state_mut().wait_for_background();
    settle(&mut h);
    assert_eq!(fake.asked(), vec![DialogKind::SaveProject]);
    assert!(next.exists());
    assert_eq!(
        h.state().document().unwrap().path.as_deref(),
        Some(next.as_path())
    );
    let p = project(&h);
    assert_eq!(p.report.year, 2027);
    assert!(p.last_year.is_some());
    let open = open_items(&p);
    assert!(open > 0);
    assert_eq!(confirm_findings(&p), open);
    // This year's file is untouched.
    assert_eq!(io::load(&this).unwrap().project.report.year, 2026);

    // One labelled button per carried item.
    let buttons = h.get_all_by_label("Bekreft for 2027").count();
    assert_eq!(buttons, open);
    h.get_all_by_label("Bekreft for 2027")
        .next()
        .unwrap()
        .click();
    settle(&mut h);
    assert_eq!(open_items(&project(&h)), open - 1);
    assert_eq!(confirm_findings(&project(&h)), open - 1);
    // Undo brings it back.
    h.state_mut().send(UiCommand::Undo);
    settle(&mut h);
    assert_eq!(open_items(&project(&h)), open);

    // Confirm everything: the band and the findings go.
    h.get_by_label("Bekreft alt for 2027").click();
    settle(&mut h);
    assert_eq!(open_items(&project(&h)), 0);
    assert_eq!(confirm_findings(&project(&h)), 0);
    assert!(h.query_by_label("Bekreft alt for 2027").is_none());
}
