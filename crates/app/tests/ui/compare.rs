//! "Sammenlign med…" by mouse, headless through egui_kittest: the differences from a
//! colleague's copy grouped by step with old and new values, each line a labelled button that
//! selects its item; equal files say so in each language; another project is refused until
//! compared all the same. And the check box "Ta med i årsrapporten" on a stopped measure of a
//! project carried over to a new year (one undoable edit).

use crate::support::workflows::{harness_with, project, settle};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gevinst_app::dialogs::FakeDialogs;
use gevinst_app::{GevinstApp, Step, UiCommand};
use gevinst_core::compare;
use gevinst_core::example;
use gevinst_core::i18n::Language;
use gevinst_core::io;
use gevinst_core::model::{EntityRef, Id, MeasureStatus, Project};
use std::path::{Path, PathBuf};

/// The app with `mine` open from a file in `dir`.
fn app(dir: &Path, mine: &Project) -> (FakeDialogs, Harness<'static, GevinstApp>) {
    let mine_path = dir.join("min.gevinst.json");
    io::save(mine, &mine_path).unwrap();
    let fake = FakeDialogs::new();
    let h = harness_with(&fake, 900.0, move |o| o.file = Some(mine_path));
    (fake, h)
}

/// File → the compare item (in the app's language), the dialog answering `path`.
fn open_compare(h: &mut Harness<'_, GevinstApp>, fake: &FakeDialogs, path: PathBuf) {
    let (file, item) = match h.state().language() {
        Language::Nb => ("Fil", "Sammenlign med…"),
        Language::Nn => ("Fil", "Samanlikn med…"),
        Language::En => ("File", "Compare with…"),
    };
    fake.answer(Some(path));
    h.get_by_label(file).click();
    settle(h);
    h.get_by_label(item).click();
    settle(h);
    h.state_mut().wait_for_background();
    settle(h);
}

/// The example saved once, and a colleague's copy with two measures changed and a gain added.
fn copies() -> (Project, Project) {
    let mut mine = example::project();
    compare::stamp_revision(&mut mine, None);
    let mut theirs = mine.clone();
    theirs.measures[0].title = "Deres tittel".into();
    theirs.measures[1].description = "Beskrevet av kollega".into();
    let mut gain = theirs.gains[0].clone();
    gain.id = Id::from_u128(0xbeef);
    gain.name = "Ny gevinst fra kollega".into();
    theirs.gains.push(gain);
    (mine, theirs)
}

#[test]
fn the_differences_are_listed_by_step_and_a_line_selects_its_measure() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, theirs) = copies();
    let theirs_path = dir.path().join("kollega.gevinst.json");
    io::save(&theirs, &theirs_path).unwrap();
    let (fake, mut h) = app(dir.path(), &mine);
    open_compare(&mut h, &fake, theirs_path);
    let title = mine.measures[0].title.clone();
    // From the colleague's copy (old) to the open project (new), grouped under the steps.
    h.get_by_label(&format!("Tittel: fra «Deres tittel» til «{title}»"));
    h.get_by_label(&format!("Endret: Tiltak «{title}»"));
    h.get_by_label_contains("Fjernet: Gevinst «Ny gevinst fra kollega»");
    assert_eq!(h.state().step(), Step::Agency);

    // A field's line selects its measure in the measures step.
    h.get_by_label(&format!("Tittel: fra «Deres tittel» til «{title}»"))
        .click();
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Measures);
    assert_eq!(
        h.state().selected(),
        Some(EntityRef::Measure(mine.measures[0].id))
    );
    // So does the other measure's line; the window stays open for the next one.
    let other = format!("Endret: Tiltak «{}»", mine.measures[1].title);
    h.get_by_label(&other).click();
    settle(&mut h);
    assert_eq!(
        h.state().selected(),
        Some(EntityRef::Measure(mine.measures[1].id))
    );
    // A gain only their copy has: its line goes to the gains step.
    h.get_by_label_contains("Fjernet: Gevinst «Ny gevinst fra kollega»")
        .click();
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Gains);

    // An edit here updates the list: the measure's description is now theirs.
    let mut m = project(&h).measures[1].clone();
    m.description = theirs.measures[1].description.clone();
    h.state_mut().apply_edit(
        gevinst_core::edit::Edit::Update(gevinst_core::edit::Item::Measure(m)),
        None,
    );
    settle(&mut h);
    assert!(h.query_by_label(&other).is_none());
    h.get_by_label("Lukk").click();
    settle(&mut h);
    assert!(
        h.query_by_label(&format!("Endret: Tiltak «{title}»"))
            .is_none()
    );
}

#[test]
fn equal_files_have_no_differences_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, _) = copies();
    let same = dir.path().join("kopi.gevinst.json");
    io::save(&mine, &same).unwrap();
    let (fake, mut h) = app(dir.path(), &mine);
    for (lang, text) in [
        (Language::Nb, "Ingen forskjeller."),
        (Language::Nn, "Ingen skilnader."),
        (Language::En, "No differences."),
    ] {
        h.state_mut().send(UiCommand::SetLanguage(lang));
        settle(&mut h);
        open_compare(&mut h, &fake, same.clone());
        h.get_by_label(text);
        let close = if lang == Language::En {
            "Close"
        } else {
            "Lukk"
        };
        h.get_by_label(close).click();
        settle(&mut h);
        assert!(h.query_by_label(text).is_none());
    }
}

#[test]
fn another_project_is_refused_unless_compared_all_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, mut theirs) = copies();
    theirs.id = Id::from_u128(7);
    let path = dir.path().join("annet.gevinst.json");
    io::save(&theirs, &path).unwrap();
    let (fake, mut h) = app(dir.path(), &mine);
    open_compare(&mut h, &fake, path);
    h.get_by_label_contains("er ikke det samme prosjektet");
    assert!(
        h.query_by_label_contains("Tittel: fra «Deres tittel»")
            .is_none()
    );
    h.get_by_label("Sammenlign likevel").click();
    settle(&mut h);
    h.get_by_label_contains("Tittel: fra «Deres tittel»");
}

#[test]
fn a_stopped_measure_of_last_year_is_taken_into_the_report_by_its_check_box() {
    let dir = tempfile::tempdir().unwrap();
    let last = example::project();
    let stopped = last
        .measures
        .iter()
        .find(|m| m.status == MeasureStatus::Stopped)
        .expect("the example has a stopped measure")
        .id;
    let next = gevinst_core::year::next_year(&last).unwrap();
    assert!(gevinst_core::year::left_out(&next, stopped));
    let (_, mut h) = app(dir.path(), &next);
    h.state_mut().send(UiCommand::GoTo(gevinst_app::Focus {
        entity: EntityRef::Measure(stopped),
        field: None,
    }));
    settle(&mut h);
    assert_eq!(h.state().selected(), Some(EntityRef::Measure(stopped)));
    let check = h.get_by_label("Ta med i årsrapporten");
    assert_eq!(
        check.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::False)
    );
    check.click();
    settle(&mut h);
    assert!(!gevinst_core::year::left_out(&project(&h), stopped));
    assert!(h.state().document().unwrap().history.is_dirty());
    assert_eq!(
        h.get_by_label("Ta med i årsrapporten")
            .accesskit_node()
            .toggled(),
        Some(egui::accesskit::Toggled::True)
    );
    h.state_mut().send(UiCommand::Undo);
    settle(&mut h);
    assert!(gevinst_core::year::left_out(&project(&h), stopped));
    // A measure that is not stopped has no such check box.
    let active = next
        .measures
        .iter()
        .find(|m| m.status != MeasureStatus::Stopped)
        .unwrap()
        .id;
    h.state_mut().send(UiCommand::GoTo(gevinst_app::Focus {
        entity: EntityRef::Measure(active),
        field: None,
    }));
    settle(&mut h);
    assert!(h.query_by_label("Ta med i årsrapporten").is_none());
}
