//! "Slå sammen med en kopi…" by mouse, headless through egui_kittest: the example edited in
//! two copies (different measures changed, a gain added on their side, the first measure's
//! title changed differently on both). The changes made on one side are taken, the title is a
//! conflict chosen field by field, the merge is one undoable edit; a copy changed on disk
//! after it was read is read again instead of merged; different projects are refused until the
//! user merges them all the same.

use crate::support::workflows::{harness_with, project, settle, today};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use gevinst_app::dialogs::{DialogKind, FakeDialogs};
use gevinst_app::{GevinstApp, UiCommand};
use gevinst_core::compare;
use gevinst_core::example::{self, CopyWording, NEW_GAIN};
use gevinst_core::io;
use gevinst_core::model::{Id, Project};
use std::path::{Path, PathBuf};

/// The example as saved once, and two copies each edited and saved from it.
fn copies() -> (Project, Project, Project) {
    example::two_copies(CopyWording::Plain).unwrap()
}

struct Setup {
    _dir: tempfile::TempDir,
    mine: Project,
    theirs: Project,
    theirs_path: PathBuf,
    fake: FakeDialogs,
    h: Harness<'static, GevinstApp>,
}

/// The app with my copy open; their copy saved beside it.
fn setup(edit_theirs: impl FnOnce(&mut Project)) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, mut theirs) = copies();
    edit_theirs(&mut theirs);
    let mine_path = dir.path().join("min.gevinst.json");
    let theirs_path = dir.path().join("kollega.gevinst.json");
    io::save(&mine, &mine_path).unwrap();
    io::save(&theirs, &theirs_path).unwrap();
    let fake = FakeDialogs::new();
    let file = mine_path.clone();
    let h = harness_with(&fake, 900.0, move |o| o.file = Some(file));
    Setup {
        _dir: dir,
        mine,
        theirs,
        theirs_path,
        fake,
        h,
    }
}

/// File → "Slå sammen med en kopi…", the dialog answering `path`.
fn open_merge(s: &mut Setup, path: &Path) {
    s.fake.answer(Some(path.to_path_buf()));
    s.h.get_by_label("Fil").click();
    settle(&mut s.h);
    s.h.get_by_label("Slå sammen med en kopi…").click();
    settle(&mut s.h);
    s.h.state_mut().wait_for_background();
    settle(&mut s.h);
    assert_eq!(s.fake.asked().last(), Some(&DialogKind::OpenProject));
}

fn click(h: &mut Harness<'_, GevinstApp>, label: &str) {
    h.get_by_label(label).click();
    settle(h);
    h.state_mut().wait_for_background();
    settle(h);
}

#[test]
fn merge_by_mouse_takes_one_sided_changes_and_the_chosen_title_then_undo() {
    let mut s = setup(|_| {});
    let theirs_path = s.theirs_path.clone();
    open_merge(&mut s, &theirs_path);
    let h = &mut s.h;
    // Their measure and their gain are taken without asking, and listed.
    h.get_by_label("2 endringer tas inn automatisk.");
    h.get_by_label_contains("Ny gevinst fra kollega");
    // The title is a conflict, field by field, with both values.
    h.get_by_label("1 konflikt: velg for hvert felt.");
    h.get_by_label("Min: «Min tittel»");
    h.get_by_label("Deres: «Deres tittel»");
    let keep = h.get_all_by_label_contains("Behold min: Tittel").count();
    assert_eq!(keep, 1, "one labelled choice per conflicting field");
    // Nothing is merged before every conflict has a choice.
    click(h, "Slå sammen");
    assert_eq!(project(h), s.mine, "the merge waits for the choice");

    h.get_by_label_contains("Ta deres: Tittel").click();
    settle(h);
    click(h, "Slå sammen");
    let merged = project(h);
    assert_eq!(merged.measures[0].title, "Deres tittel");
    assert_eq!(merged.measures[1].description, "Beskrevet av meg");
    assert_eq!(
        merged.measures[2].investment,
        s.theirs.measures[2].investment
    );
    assert!(merged.gain(Id::from_u128(NEW_GAIN)).is_some());
    assert_eq!(merged.gains.len(), s.mine.gains.len() + 1);
    // Both copies' revisions are the merge's parents (a later merge knows this one).
    let head = merged.history.revisions.last().unwrap();
    assert_eq!(
        head.parents,
        vec![
            s.mine.history.head().unwrap(),
            s.theirs.history.head().unwrap()
        ]
    );
    let doc = h.state().document().unwrap();
    assert!(doc.history.is_dirty(), "the merge is unsaved work");
    assert!(
        h.query_by_label("Slå sammen").is_none(),
        "the window closed"
    );
    let status = h.state().status().unwrap().to_owned();
    assert!(
        status.contains("kollega.gevinst.json") || status.contains("feil"),
        "{status}"
    );
    // The findings are those of the merged project.
    assert_eq!(
        h.state().findings().findings,
        gevinst_core::validate::validate(&merged, today()).findings
    );

    // One undo puts my copy back as it was.
    h.state_mut().send(UiCommand::Undo);
    settle(h);
    assert_eq!(project(h), s.mine);
    h.state_mut().send(UiCommand::Redo);
    settle(h);
    assert_eq!(project(h), merged);
}

#[test]
fn a_saved_merge_is_known_to_the_next_merge() {
    let mut s = setup(|_| {});
    let theirs_path = s.theirs_path.clone();
    open_merge(&mut s, &theirs_path);
    s.h.get_by_label_contains("Ta deres: Tittel").click();
    settle(&mut s.h);
    click(&mut s.h, "Slå sammen");
    s.h.state_mut().send(UiCommand::Save);
    settle(&mut s.h);
    s.h.state_mut().wait_for_background();
    settle(&mut s.h);
    assert!(!s.h.state().document().unwrap().history.is_dirty());
    // The colleague goes on from their copy: the taken gain and one more measure.
    let mut theirs2 = s.theirs.clone();
    theirs2.measures[3].title = "Endret senere".into();
    theirs2.gains.last_mut().unwrap().name = "Gevinsten omdøpt".into();
    compare::stamp_revision(&mut theirs2, Some(&s.theirs));
    io::save(&theirs2, &theirs_path).unwrap();
    open_merge(&mut s, &theirs_path);
    let h = &mut s.h;
    assert!(
        h.query_by_label_contains("konflikt").is_none(),
        "what was merged and saved is no conflict"
    );
    click(h, "Slå sammen");
    let p = project(h);
    assert_eq!(p.measures[3].title, "Endret senere");
    assert_eq!(p.gains.last().unwrap().name, "Gevinsten omdøpt");
    assert_eq!(p.measures[0].title, "Deres tittel");
}

#[test]
fn a_copy_changed_on_disk_after_it_was_read_is_read_again() {
    let mut s = setup(|_| {});
    let theirs_path = s.theirs_path.clone();
    open_merge(&mut s, &theirs_path);
    s.h.get_by_label_contains("Ta deres: Tittel").click();
    settle(&mut s.h);
    // The colleague saves again meanwhile.
    let mut again = s.theirs.clone();
    again.measures[4].title = "Lagret av kollegaen i mellomtiden".into();
    compare::stamp_revision(&mut again, Some(&s.theirs));
    io::save(&again, &theirs_path).unwrap();
    click(&mut s.h, "Slå sammen");
    assert_eq!(
        project(&s.h),
        s.mine,
        "nothing is merged from a changed copy"
    );
    let notice = "«kollega.gevinst.json» ble endret etter at den ble lest";
    assert!(s.h.get_all_by_label_contains(notice).count() >= 1);
    assert!(s.h.state().status().unwrap().contains(notice));
    // The choice is kept; merging now takes what the copy holds now.
    click(&mut s.h, "Slå sammen");
    let p = project(&s.h);
    assert_eq!(p.measures[0].title, "Deres tittel");
    assert_eq!(p.measures[4].title, "Lagret av kollegaen i mellomtiden");
}

#[test]
fn a_copy_of_another_project_is_refused_unless_merged_all_the_same() {
    let mut s = setup(|p| p.id = Id::from_u128(42));
    let theirs_path = s.theirs_path.clone();
    open_merge(&mut s, &theirs_path);
    let h = &mut s.h;
    h.get_by_label_contains("er ikke det samme prosjektet");
    assert!(h.query_by_label("Behold min").is_none());
    click(h, "Slå sammen likevel");
    // The copies share their history, so only the title is a conflict.
    h.get_by_label("1 konflikt: velg for hvert felt.");
    h.get_by_label_contains("Behold min: Tittel").click();
    settle(h);
    click(h, "Slå sammen");
    let p = project(h);
    assert_eq!(p.measures[0].title, "Min tittel");
    assert!(p.gain(Id::from_u128(NEW_GAIN)).is_some());
    assert_eq!(p.id, s.mine.id);
}
