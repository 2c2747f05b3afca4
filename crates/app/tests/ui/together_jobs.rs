//! The comparison and merge windows work in the background (the app's file work off the UI
//! thread, as on the desktop): an edit while a window is open shows "Arbeider …" and the last
//! result greyed out, then the difference for the edited project once the job has ended; the
//! merge cannot be applied while it is being worked out again.

use crate::support::workflows::{harness_with, project, settle};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use gevinst_app::GevinstApp;
use gevinst_app::dialogs::FakeDialogs;
use gevinst_core::edit::{Edit, Item};
use gevinst_core::example::{self, CopyWording};
use gevinst_core::i18n::{Key, Language, WorkingText};
use gevinst_core::io;
use gevinst_core::model::Project;

struct Setup {
    _dir: tempfile::TempDir,
    mine: Project,
    h: Harness<'static, GevinstApp>,
}

/// My copy open with the app's work in the background, and File → `item` on their copy.
fn open_window(item: &str) -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, theirs) = example::two_copies(CopyWording::Plain).unwrap();
    let mine_path = dir.path().join("min.gevinst.json");
    let theirs_path = dir.path().join("kollega.gevinst.json");
    io::save(&mine, &mine_path).unwrap();
    io::save(&theirs, &theirs_path).unwrap();
    let fake = FakeDialogs::new();
    let mut h = harness_with(&fake, 900.0, move |o| {
        o.file = Some(mine_path);
        o.background_files = true;
    });
    finish(&mut h);
    fake.answer(Some(theirs_path));
    h.get_by_label("Fil").click();
    settle(&mut h);
    h.get_by_label(item).click();
    finish(&mut h);
    Setup { _dir: dir, mine, h }
}

/// Let every background job end and its result show: the copy read, then the work on it.
fn finish(h: &mut Harness<'_, GevinstApp>) {
    for _ in 0..3 {
        settle(h);
        h.state_mut().wait_for_background();
    }
    settle(h);
}

fn working(h: &Harness<'_, GevinstApp>) -> bool {
    let text = WorkingText::Working.text(Language::Nb);
    h.query_by_label(text).is_some()
}

/// My second measure renamed: one edit, as the measures step makes it.
fn rename_second_measure(s: &mut Setup, title: &str) {
    let mut m = project(&s.h).measures[1].clone();
    m.title = title.into();
    s.h.state_mut()
        .apply_edit(Edit::Update(Item::Measure(m)), None);
}

#[test]
fn an_edit_while_comparing_shows_working_then_the_new_difference() {
    let mut s = open_window("Sammenlign med…");
    assert!(!working(&s.h));
    let second = s.mine.measures[1].title.clone();
    let title_line = "Tittel: fra «Deres tittel» til «Min tittel»";
    s.h.get_by_label(title_line);
    assert!(
        s.h.query_by_label_contains(&format!("Tittel: fra «{second}»"))
            .is_none()
    );

    rename_second_measure(&mut s, "Omdøpt mens vinduet var åpent");
    // The frame after the edit: the difference is being worked out again.
    s.h.step();
    assert!(working(&s.h), "the spinner's text while the job runs");

    finish(&mut s.h);
    assert!(!working(&s.h));
    s.h.get_by_label(title_line);
    s.h.get_by_label(&format!(
        "Tittel: fra «{second}» til «Omdøpt mens vinduet var åpent»"
    ));
}

#[test]
fn the_merge_cannot_be_applied_while_it_is_worked_out_again() {
    let mut s = open_window("Slå sammen med en kopi…");
    s.h.get_by_label_contains("Ta deres: Tittel").click();
    settle(&mut s.h);
    let enabled =
        |h: &Harness<'_, GevinstApp>| !h.get_by_label("Slå sammen").accesskit_node().is_disabled();
    assert!(enabled(&s.h), "every conflict chosen");

    rename_second_measure(&mut s, "Omdøpt under sammenslåingen");
    s.h.step();
    assert!(working(&s.h));
    assert!(!enabled(&s.h), "not while the merge is stale");
    let before = project(&s.h);

    finish(&mut s.h);
    assert!(!working(&s.h));
    assert!(enabled(&s.h), "the choice is kept for the new merge");
    s.h.get_by_label("Slå sammen").click();
    finish(&mut s.h);
    let merged = project(&s.h);
    assert_ne!(merged, before);
    assert_eq!(merged.measures[0].title, "Deres tittel");
    assert_eq!(merged.measures[1].title, "Omdøpt under sammenslåingen");
}
