//! Export → import gives the same project: the example in nb, nn and en, and generated ones.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use gevinst_core::i18n::Language;
use proptest::prelude::*;

#[test]
fn the_example_round_trips_in_every_language() {
    let p = gevinst_core::example::project();
    for lang in Language::ALL {
        assert_eq!(support::round_trip(&p, &p, lang), p, "{lang:?} into itself");
        assert_eq!(
            support::round_trip(&p, &support::without_lists(&p), lang),
            p,
            "{lang:?} into the project without its lists"
        );
    }
}

#[test]
fn an_import_is_one_undoable_edit() {
    let p = gevinst_core::example::project();
    let empty = support::without_lists(&p);
    let bytes = gevinst_sheets::export_to_bytes(&p, Language::Nn).unwrap();
    let wb = gevinst_sheets::read_bytes("tall.xlsx", &bytes).unwrap();
    let outcome = gevinst_sheets::apply(&empty, &wb, &gevinst_sheets::guess(&wb)).unwrap();
    assert_eq!(outcome.updated, p.services.len());
    assert_eq!(
        outcome.new,
        p.measures.len() + p.gains.len() + p.extractions.len() + p.priority_areas.len()
    );
    let mut history = gevinst_core::edit::History::new();
    let mut project = empty.clone();
    history
        .apply(&mut project, outcome.edit.clone(), None)
        .unwrap();
    assert_eq!(project, p);
    history.undo(&mut project).unwrap();
    assert_eq!(project, empty);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_projects_round_trip(p in support::project(), l in 0usize..3) {
        let lang = Language::ALL[l];
        prop_assert_eq!(&support::round_trip(&p, &p, lang), &p);
        prop_assert_eq!(&support::round_trip(&p, &support::without_lists(&p), lang), &p);
    }
}
