//! The yearly cycle: next year's report made from the example, what it carries over to
//! confirm, confirming by a confirm edit and by editing, undo, and last year's figures.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use gevinst_core::edit::{self, Edit, History, Item};
use gevinst_core::example;
use gevinst_core::i18n::{Language, Message};
use gevinst_core::model::{Carried, ChecklistStatus, EntityRef, MeasureStatus, Money, Project};
use gevinst_core::validate::{Rule, Validation, validate};
use gevinst_core::year::{left_out, next_year};
use std::collections::BTreeSet;

const CONFIRM_RULES: [Rule; 3] = [
    Rule::MeasureStatusUnconfirmed,
    Rule::ChecklistUnconfirmed,
    Rule::OwnPointUnconfirmed,
];

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Validated on one day for both years (early 2027, when the example's report is written), so
/// that only the carrying over, not the passing of time (a plan's deadline), makes a difference.
fn check(p: &Project) -> Validation {
    validate(p, date(2027, 2, 1))
}

/// The findings as (rule, entity, field) without the confirm findings.
fn kinds(v: &Validation) -> BTreeSet<String> {
    v.findings
        .iter()
        .filter(|f| !CONFIRM_RULES.contains(&f.rule))
        .map(|f| format!("{:?} {:?} {:?}", f.rule, f.entity, f.field))
        .collect()
}

fn confirm_findings(v: &Validation) -> usize {
    v.findings
        .iter()
        .filter(|f| CONFIRM_RULES.contains(&f.rule))
        .count()
}

#[test]
fn next_year_of_the_example_validates_with_only_the_confirm_findings() {
    let p = example::project();
    let next = next_year(&p).unwrap();
    assert_eq!(next.report.year, p.report.year + 1);
    // The index has no entry for the new year: amounts stay in last year's kroner.
    assert_eq!(next.report.price_year, p.report.price_year);
    let before = check(&p);
    let after = check(&next);
    assert_eq!(kinds(&before), kinds(&after));
    assert_eq!(confirm_findings(&before), 0);
    let carried = next.carried_over.as_ref().unwrap();
    let ongoing = p
        .measures
        .iter()
        .filter(|m| matches!(m.status, MeasureStatus::Planned | MeasureStatus::InProgress))
        .count();
    assert!(ongoing > 0);
    assert_eq!(carried.measures.len(), ongoing);
    let answered = p
        .checklist
        .iter()
        .filter(|c| c.status != ChecklistStatus::NotAnswered)
        .count();
    assert!(answered > 0);
    assert_eq!(carried.checklist.len(), answered);
    assert_eq!(
        confirm_findings(&after),
        ongoing + answered + carried.own_points.len()
    );
    // Every finding has its message in every language, with the new year in it.
    for f in after
        .findings
        .iter()
        .filter(|f| CONFIRM_RULES.contains(&f.rule))
    {
        for lang in Language::ALL {
            let text = f.message(lang);
            assert!(text.contains("2027"), "{text}");
            assert!(!text.contains('{'), "{text}");
        }
    }
    let m = after
        .findings
        .iter()
        .find(|f| f.rule == Rule::MeasureStatusUnconfirmed)
        .unwrap();
    assert!(m.message(Language::Nb).contains("Bekreft status for 2027"));
}

#[test]
fn ids_are_kept_and_stopped_measures_are_left_out() {
    let mut p = example::project();
    p.measures[0].status = MeasureStatus::Stopped;
    let next = next_year(&p).unwrap();
    assert_eq!(next.id, p.id);
    let ids = |p: &Project| {
        (
            p.measures.iter().map(|m| m.id).collect::<Vec<_>>(),
            p.services.iter().map(|m| m.id).collect::<Vec<_>>(),
            p.gains.iter().map(|m| m.id).collect::<Vec<_>>(),
            p.extractions.iter().map(|m| m.id).collect::<Vec<_>>(),
            p.priority_areas.iter().map(|m| m.id).collect::<Vec<_>>(),
        )
    };
    assert_eq!(ids(&p), ids(&next));
    let stopped: Vec<_> = p
        .measures
        .iter()
        .filter(|m| m.status == MeasureStatus::Stopped)
        .map(|m| m.id)
        .collect();
    assert!(!stopped.is_empty());
    for id in &stopped {
        assert!(left_out(&next, *id));
    }
    assert!(!left_out(&next, p.measures[1].id));
    // Chosen again: in the report.
    let mut chosen = next.clone();
    edit::include_in_report(&chosen, p.measures[0].id, true)
        .unwrap()
        .apply(&mut chosen)
        .unwrap();
    assert!(!left_out(&chosen, p.measures[0].id));
    // And the year after, a measure still stopped stays out.
    let after = next_year(&next).unwrap();
    assert!(left_out(&after, p.measures[0].id));
    assert_eq!(after.last_year.as_ref().unwrap().year, next.report.year);
}

#[test]
fn confirming_everything_removes_the_findings() {
    let next = next_year(&example::project()).unwrap();
    let mut p = next.clone();
    let carried = p.carried_over.clone().unwrap();
    let mut history = History::new();
    let items: Vec<Carried> = carried
        .measures
        .iter()
        .map(|&id| Carried::Measure(id))
        .chain(carried.checklist.iter().map(|&pt| Carried::Checklist(pt)))
        .chain(carried.own_points.iter().map(|&id| Carried::OwnPoint(id)))
        .collect();
    for item in items {
        let e = edit::confirm(&p, item).unwrap();
        history.apply(&mut p, e, None).unwrap();
        assert!(edit::confirm(&p, item).is_none(), "confirmed once");
    }
    assert_eq!(confirm_findings(&check(&p)), 0);
    assert!(p.carried_over.as_ref().unwrap().is_confirmed());
    assert_eq!(kinds(&check(&p)), kinds(&check(&next)));
    // Undo brings them all back.
    while history.undo(&mut p).unwrap().is_some() {}
    assert_eq!(p, next);
    // Or all at once.
    edit::confirm_all(&p).unwrap().apply(&mut p).unwrap();
    assert_eq!(confirm_findings(&check(&p)), 0);
}

#[test]
fn editing_a_carried_item_confirms_it_and_undo_unconfirms_it() {
    let next = next_year(&example::project()).unwrap();
    let mut p = next.clone();
    let carried = p.carried_over.clone().unwrap();
    let id = carried.measures[0];
    let mut history = History::new();

    // Changing the title is no confirmation.
    let mut m = p.measure(id).unwrap().clone();
    m.title.push_str(" (endret)");
    history
        .apply(&mut p, Edit::Update(Item::Measure(m.clone())), None)
        .unwrap();
    assert!(p.carried_over.as_ref().unwrap().measures.contains(&id));

    // Changing the status is.
    m.status = MeasureStatus::Implemented;
    history
        .apply(&mut p, Edit::Update(Item::Measure(m)), None)
        .unwrap();
    assert!(!p.carried_over.as_ref().unwrap().measures.contains(&id));
    let open = |p: &Project| {
        check(p)
            .findings
            .iter()
            .filter(|f| f.entity == EntityRef::Measure(id) && CONFIRM_RULES.contains(&f.rule))
            .count()
    };
    assert_eq!(open(&p), 0);
    history.undo(&mut p).unwrap();
    assert_eq!(open(&p), 1);
    assert_eq!(
        p.measure(id).unwrap().status,
        next.measure(id).unwrap().status
    );
    history.redo(&mut p).unwrap();
    assert_eq!(open(&p), 0);

    // A checklist answer's text.
    let point = carried.checklist[0];
    let mut item = p.checklist_item(point).unwrap().clone();
    item.justification.push_str(" Gjelder fortsatt.");
    history
        .apply(&mut p, Edit::SetChecklistItem(item), None)
        .unwrap();
    assert!(!p.carried_over.as_ref().unwrap().checklist.contains(&point));
    history.undo(&mut p).unwrap();
    assert!(p.carried_over.as_ref().unwrap().checklist.contains(&point));
    while history.undo(&mut p).unwrap().is_some() {}
    assert_eq!(p, next);
}

#[test]
fn last_years_figures_are_kept_as_figures() {
    let p = example::project();
    let next = next_year(&p).unwrap();
    let s = next.last_year.as_ref().unwrap();
    assert_eq!(s.year, p.report.year);
    assert_eq!(s.price_year, p.report.price_year);
    let counts = gevinst_core::calc::measure_counts(&p);
    assert_eq!(s.measures.implemented, counts.implemented as u64);
    assert_eq!(s.measures.planned, counts.planned as u64);
    let realised = gevinst_core::calc::realised_split(&p, p.report.year).unwrap();
    assert_eq!(s.realised_nok, realised.agency);
    assert!(s.realised_nok.is_some_and(|m| m > Money::ZERO));
    assert!(!s.gains.is_empty());
    assert!(!s.extractions.is_empty());
    assert!(s.npv_total.is_some());
    // It survives a save and a load.
    let bytes = gevinst_core::io::to_bytes(&next);
    let loaded = gevinst_core::io::load_bytes(&bytes, "neste.gevinst.json").unwrap();
    assert_eq!(loaded.project, next);
    // A project without a snapshot writes no such field.
    let plain = String::from_utf8(gevinst_core::io::to_bytes(&p)).unwrap();
    assert!(!plain.contains("last_year") && !plain.contains("carried_over"));
}
