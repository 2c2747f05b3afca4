//! Diff and merge of two copies of a project (issue 15 parts 2–3), and the version-2 history.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::compare::{self, ChangeKind, Group, MergeError, Side};
use gevinst_core::example;
use gevinst_core::example::{CopyWording, NEW_GAIN};
use gevinst_core::i18n::Language;
use gevinst_core::io;
use gevinst_core::model::{Id, Money, Project, SCHEMA_VERSION};

/// The example as saved once (a first revision), and two copies each edited and saved.
fn copies() -> (Project, Project, Project) {
    example::two_copies(CopyWording::Plain).unwrap()
}

fn check_merged(merged: &Project, mine: &Project, theirs: &Project, title: &str) {
    assert_eq!(merged.measures[0].title, title);
    assert_eq!(merged.measures[1].description, "Beskrevet av meg");
    assert_eq!(merged.measures[2].investment, theirs.measures[2].investment);
    assert!(merged.gain(Id::from_u128(NEW_GAIN)).is_some());
    assert_eq!(merged.gains.len(), mine.gains.len() + 1);
    assert_eq!(merged.measures.len(), mine.measures.len());
}

#[test]
fn one_sided_changes_are_taken_and_the_title_is_a_conflict() {
    let (_, mine, theirs) = copies();
    let m = compare::merge(&mine, &theirs, None, false).unwrap();
    assert!(m.has_base, "the common ancestor comes from the histories");
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let c = &m.conflicts[0];
    assert_eq!(c.key, format!("measures/{}", mine.measures[0].id));
    assert_eq!(c.group, Group::Measures);
    assert_eq!(c.fields.len(), 1);
    assert_eq!(c.fields[0].field, "title");
    assert_eq!(m.taken, 2, "their measure and their gain");
    let ours = m.resolve_all(Side::Mine).unwrap();
    check_merged(&ours, &mine, &theirs, "Min tittel");
    let theirs_wins = m.resolve_all(Side::Theirs).unwrap();
    check_merged(&theirs_wins, &mine, &theirs, "Deres tittel");
    // The merge revision has both copies' revisions as parents.
    let head = theirs_wins.history.revisions.last().unwrap();
    assert_eq!(
        head.parents,
        vec![mine.history.head().unwrap(), theirs.history.head().unwrap()]
    );
}

#[test]
fn an_explicit_base_gives_the_same_merge() {
    let (base, mut mine, mut theirs) = copies();
    mine.history = Default::default();
    theirs.history = Default::default();
    let m = compare::merge(&mine, &theirs, Some(&base), false).unwrap();
    assert_eq!(m.conflict_count(), 1);
    check_merged(
        &m.resolve_all(Side::Mine).unwrap(),
        &mine,
        &theirs,
        "Min tittel",
    );
}

#[test]
fn without_any_ancestor_every_difference_is_a_conflict() {
    let (_, mut mine, mut theirs) = copies();
    mine.history = Default::default();
    theirs.history = Default::default();
    let m = compare::merge(&mine, &theirs, None, false).unwrap();
    assert!(!m.has_base);
    assert_eq!(m.conflicts.len(), 3, "{:?}", m.conflicts);
    // The added gain is only on their side: taken all the same.
    let merged = m.resolve_all(Side::Mine).unwrap();
    assert!(merged.gain(Id::from_u128(NEW_GAIN)).is_some());
}

#[test]
fn a_later_merge_knows_what_was_merged_before() {
    let (_, mine, theirs) = copies();
    let merged = compare::merge(&mine, &theirs, None, false)
        .unwrap()
        .resolve_all(Side::Theirs)
        .unwrap();
    // The colleague goes on from their copy and changes one more measure.
    let mut theirs2 = theirs.clone();
    theirs2.measures[3].title = "Endret senere".into();
    compare::stamp_revision(&mut theirs2, Some(&theirs));
    let m = compare::merge(&merged, &theirs2, None, false).unwrap();
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let again = m.resolve_all(Side::Mine).unwrap();
    assert_eq!(again.measures[3].title, "Endret senere");
    assert_eq!(again.measures[0].title, "Deres tittel");
    assert_eq!(again.measures[1].description, "Beskrevet av meg");
}

#[test]
fn removals_are_merged() {
    let (base, mut mine, theirs) = copies();
    let gone = mine.measures[5].id;
    mine.measures.retain(|m| m.id != gone);
    mine.history = base.history.clone();
    compare::stamp_revision(&mut mine, Some(&base));
    let merged = compare::merge(&mine, &theirs, None, false)
        .unwrap()
        .resolve_all(Side::Mine)
        .unwrap();
    assert!(merged.measure(gone).is_none());
    // …and the other way round: their copy did not remove it, mine did.
    let merged = compare::merge(&theirs, &mine, None, false)
        .unwrap()
        .resolve_all(Side::Mine)
        .unwrap();
    assert!(merged.measure(gone).is_none());
}

#[test]
fn different_projects_are_refused_unless_forced() {
    let a = example::project();
    let mut b = example::project();
    b.id = Id::new();
    assert_eq!(
        compare::merge(&a, &b, None, false).err(),
        Some(MergeError::DifferentProjects)
    );
    assert!(compare::merge(&a, &b, None, true).is_ok());
}

#[test]
fn diff_lists_changes_by_step_in_norwegian_formats() {
    let (base, mine, theirs) = copies();
    assert!(compare::diff(&base, &base).is_empty());
    let d = compare::diff(&mine, &theirs);
    let kinds: Vec<_> = d.changes.iter().map(|c| (c.group, c.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (Group::Measures, ChangeKind::Changed),
            (Group::Measures, ChangeKind::Changed),
            (Group::Measures, ChangeKind::Changed),
            (Group::Gains, ChangeKind::Added),
        ]
    );
    let text = d.lines(&mine, &theirs, Language::Nb).join("\n");
    assert!(
        text.contains("Tittel: «Min tittel» → «Deres tittel»"),
        "{text}"
    );
    let amount = gevinst_core::format::money(Money::from_kroner(123_000).unwrap(), Language::Nb);
    let old = gevinst_core::format::money(Money::from_kroner(6_000_000).unwrap(), Language::Nb);
    assert!(
        text.contains(&format!("Investering: {old} → {amount}")),
        "{text}"
    );
    assert!(
        text.contains("Lagt til: Gevinst «Ny gevinst fra kollega»"),
        "{text}"
    );
    let en = d.lines(&mine, &theirs, Language::En).join("\n");
    assert!(en.contains("NOK\u{a0}123,000"), "{en}");
}

#[test]
fn a_version_1_file_opens_with_an_empty_history_and_saves_as_version_2() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/old-v1.gevinst.json"
    ))
    .unwrap();
    let loaded = io::load_bytes(&bytes, "old-v1.gevinst.json").unwrap();
    assert_eq!(loaded.migrated_from(), Some(1));
    assert!(loaded.project.history.is_empty());
    assert_eq!(loaded.project.schema_version, SCHEMA_VERSION);
    let mut p = loaded.project.clone();
    compare::stamp_revision(&mut p, Some(&loaded.project));
    let again = io::load_bytes(&io::to_bytes(&p), "ny.gevinst.json").unwrap();
    assert_eq!(again.migrated_from(), None);
    assert_eq!(again.project.history.revisions.len(), 1);
    assert!(
        again.project.history.changed.is_empty(),
        "nothing was edited"
    );
}

#[test]
fn the_history_is_capped() {
    let mut p = example::project();
    let mut prev = p.clone();
    for i in 0..(gevinst_core::model::MAX_REVISIONS + 5) {
        p.report.introduction = format!("Utgave {i}");
        compare::stamp_revision(&mut p, Some(&prev));
        prev = p.clone();
    }
    assert_eq!(
        p.history.revisions.len(),
        gevinst_core::model::MAX_REVISIONS
    );
    assert_eq!(p.history.changed.len(), 1, "{:?}", p.history.changed);
}
