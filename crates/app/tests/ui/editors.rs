//! Headless tests of the editing widgets (egui_kittest): typed fields and list tables, what a
//! user types and clicks, and what ends up in the value. The harness also checks after each run
//! that every input has an accessible name. The steps are tested in `steps.rs`.

use crate::support::editors::*;
use gevinst_app::widgets::{
    DecimalInput, FormRow, ListAction, ListColumn, ListState, ListTable, MoneyInput, TypedField,
    date_field,
};
use rust_decimal::Decimal;

/// A small form with one field of each typed kind.
#[derive(Default)]
struct Form {
    amount: Option<Money>,
    hours: Hours,
    date: Option<NaiveDate>,
    changes: usize,
    lang: Language,
}

fn form_ui(ui: &mut egui::Ui, form: &mut Form) {
    let lang = form.lang;
    egui::Grid::new("form").num_columns(2).show(ui, |ui| {
        FormRow::new("Investering").show(ui, |ui, label| {
            let out = TypedField::new(MoneyInput::default(), egui::Id::unique("amount"), lang)
                .labelled_by(label)
                .show(ui, &mut form.amount);
            form.changes += usize::from(out.changed);
            out.response
        });
        FormRow::new("Timer").show(ui, |ui, label| {
            let out = TypedField::new(DecimalInput::new(2), egui::Id::unique("hours"), lang)
                .labelled_by(label)
                .show(ui, &mut form.hours);
            form.changes += usize::from(out.changed);
            out.response
        });
        FormRow::new("Startdato").show(ui, |ui, label| {
            let out = date_field(
                ui,
                egui::Id::unique("date"),
                &mut form.date,
                lang,
                label,
                true,
                today(),
            );
            form.changes += usize::from(out.changed);
            out.response
        });
    });
}

fn form_harness(form: Form) -> Harness<'static, Form> {
    Harness::builder()
        .with_size([700.0, 500.0])
        .build_ui_state(form_ui, form)
}

#[test]
fn money_field_accepts_the_three_forms() {
    let mut h = form_harness(Form::default());
    for (typed, ore) in [
        ("1 250 000", 125_000_000),
        ("1250000", 125_000_000),
        ("1 250 000,50", 125_000_050),
        ("kr 999", 99_900),
    ] {
        type_into(&mut h, "Investering", typed);
        assert_eq!(h.state().amount, Some(Money::from_ore(ore)), "{typed}");
        leave(&mut h);
    }
    // Without focus the field shows the amount in Norwegian form.
    assert_eq!(h.get(input("Investering")).value().as_deref(), Some("999"));
    type_into(&mut h, "Investering", "1250000,5");
    leave(&mut h);
    assert_eq!(
        h.get(input("Investering")).value().as_deref(),
        Some("1\u{a0}250\u{a0}000,50")
    );
}

#[test]
fn money_field_rejects_letters_and_keeps_the_last_value() {
    let mut h = form_harness(Form {
        amount: Some(Money::from_ore(125_000_000)),
        ..Form::default()
    });
    type_into(&mut h, "Investering", "12a");
    assert_eq!(h.state().amount, Some(Money::from_ore(125_000_000)));
    assert!(has_text(&h, "«12a» er ikke et tall."));
    assert_eq!(h.state().changes, 0);
    // Leaving the field: the old value is shown again, and the message says it was kept.
    leave(&mut h);
    assert_eq!(h.state().amount, Some(Money::from_ore(125_000_000)));
    assert!(has_text(
        &h,
        "Forrige verdi er beholdt: 1\u{a0}250\u{a0}000\u{a0}kr."
    ));
    assert_eq!(
        h.get(input("Investering")).value().as_deref(),
        Some("1\u{a0}250\u{a0}000")
    );
    // Overflow is refused the same way.
    type_into(&mut h, "Investering", "99999999999999999");
    assert!(has_text(&h, "Tallet er for stort."));
    assert_eq!(h.state().amount, Some(Money::from_ore(125_000_000)));
    // A valid amount clears the message.
    type_into(&mut h, "Investering", "5");
    assert!(!has_text(&h, "for stort"));
    assert_eq!(h.state().amount, Some(Money::from_ore(500)));
}

#[test]
fn empty_optional_field_gives_none_but_required_field_refuses() {
    let mut h = form_harness(Form {
        amount: Some(Money::from_ore(100)),
        hours: Hours::clamped(Decimal::from(10)),
        ..Form::default()
    });
    h.get_by_label("Investering").click();
    h.run();
    h.key_press(egui::Key::Backspace);
    h.run();
    assert_eq!(h.state().amount, None);
    leave(&mut h);
    h.get_by_label("Timer").click();
    h.run();
    h.key_press(egui::Key::Backspace);
    h.run();
    assert!(has_text(&h, "Feltet er tomt."));
    assert_eq!(h.state().hours.get(), Decimal::from(10));
    type_into(&mut h, "Timer", "12,5");
    assert_eq!(h.state().hours.get(), Decimal::new(125, 1));
    type_into(&mut h, "Timer", "-3");
    assert!(has_text(&h, "negativt"));
    assert_eq!(h.state().hours.get(), Decimal::new(125, 1));
    // Beyond the bounds of hours: refused with the bounds, in the UI language.
    type_into(&mut h, "Timer", "10 000 001");
    assert!(has_text(
        &h,
        "Timer må være mellom 0 og 10\u{a0}000\u{a0}000."
    ));
    assert_eq!(h.state().hours.get(), Decimal::new(125, 1));
    h.state_mut().lang = Language::En;
    h.run();
    assert!(has_text(&h, "Hours must be between 0 and 10,000,000."));
}

#[test]
fn messages_follow_the_ui_language() {
    let mut h = form_harness(Form {
        lang: Language::En,
        amount: Some(Money::from_ore(125_000_000)),
        ..Form::default()
    });
    assert_eq!(
        h.get(input("Investering")).value().as_deref(),
        Some("1,250,000")
    );
    type_into(&mut h, "Investering", "tusen");
    assert!(has_text(&h, "“tusen” is not a number."));
    h.state_mut().lang = Language::Nn;
    h.run();
    assert!(has_text(&h, "«tusen» er ikkje eit tal."));
}

#[test]
fn date_field_reads_typed_dates_and_refuses_impossible_ones() {
    let mut h = form_harness(Form::default());
    type_into(&mut h, "Startdato", "30.06.2026");
    assert_eq!(h.state().date, NaiveDate::from_ymd_opt(2026, 6, 30));
    leave(&mut h);
    assert_eq!(
        h.get_by_label("Startdato").value().as_deref(),
        Some("30.06.2026")
    );
    type_into(&mut h, "Startdato", "31.02.2026");
    assert!(has_text(
        &h,
        "«31.02.2026» er ikke en dato. Skriv dd.mm.åååå."
    ));
    assert_eq!(h.state().date, NaiveDate::from_ymd_opt(2026, 6, 30));
    type_into(&mut h, "Startdato", "2026-01-05");
    assert_eq!(h.state().date, NaiveDate::from_ymd_opt(2026, 1, 5));
}

#[test]
fn date_picker_sets_the_date() {
    let mut h = form_harness(Form {
        date: NaiveDate::from_ymd_opt(2026, 6, 30),
        ..Form::default()
    });
    h.get_by_label("Velg dato i kalender").click();
    h.run();
    assert!(has_text(&h, "juni 2026"));
    h.get_by_label("Neste måned").click();
    h.run();
    assert!(has_text(&h, "juli 2026"));
    h.get_by_label("15.07.2026").click();
    h.run();
    assert_eq!(h.state().date, NaiveDate::from_ymd_opt(2026, 7, 15));
    assert_eq!(h.state().changes, 1);
    // The calendar closed after the pick.
    assert!(h.query_by_label("Neste måned").is_none());
    // "Tøm" clears the date.
    h.get_by_label("Velg dato i kalender").click();
    h.run();
    h.get_by_label("Tøm").click();
    h.run();
    assert_eq!(h.state().date, None);
}

/// A list of simple rows for the list-table tests.
struct Row {
    id: Id,
    name: String,
    amount: i64,
}

struct ListApp {
    rows: Vec<Row>,
    state: ListState,
    actions: Vec<ListAction>,
}

fn list_app(n: usize) -> ListApp {
    let names = ["Delta", "alfa", "Charlie", "bravo", "Echo"];
    ListApp {
        rows: (0..n)
            .map(|i| Row {
                id: Id::from_u128(i as u128 + 1),
                name: if i < names.len() {
                    names[i].to_owned()
                } else {
                    format!("Rad {i}")
                },
                amount: (i as i64 * 37) % 11,
            })
            .collect(),
        state: ListState::default(),
        actions: Vec::new(),
    }
}

/// The rows as a list table, leaving out those `filter` says no to.
fn rows_table(ui: &mut egui::Ui, app: &mut ListApp, filter: Option<&dyn Fn(&Row) -> bool>) {
    let id_of = |r: &Row| r.id;
    let name_of = |r: &Row| r.name.clone();
    let search = |r: &Row| r.name.clone();
    let mut table = ListTable::new(
        egui::Id::unique("rows"),
        "Rader",
        Language::Nb,
        &app.rows,
        &id_of,
        &name_of,
        &search,
    )
    .column(ListColumn::new("Navn", 200.0, |r: &Row| {
        r.name.clone().into()
    }))
    .column(
        ListColumn::new("Beløp", 100.0, |r: &Row| r.amount.to_string().into())
            .sort_by(|a: &Row, b: &Row| a.amount.cmp(&b.amount)),
    )
    .max_height(400.0);
    if let Some(filter) = filter {
        table = table.filter(filter);
    }
    let out = table.show(ui, &mut app.state);
    if let Some(action) = out.action {
        app.actions.push(action);
        if let ListAction::Delete(id) = action {
            app.rows.retain(|r| r.id != id);
        }
    }
}

fn list_ui(ui: &mut egui::Ui, app: &mut ListApp) {
    rows_table(ui, app, None);
}

fn list_harness(n: usize) -> Harness<'static, ListApp> {
    Harness::builder()
        .with_size([700.0, 600.0])
        .build_ui_state(list_ui, list_app(n))
}

/// The names of the rows in the order they are drawn, top to bottom.
fn row_order(h: &Harness<'_, ListApp>) -> Vec<String> {
    let names: Vec<String> = h.state().rows.iter().map(|r| r.name.clone()).collect();
    let mut shown: Vec<(f32, String)> = names
        .into_iter()
        .filter_map(|n| {
            let top = h.query_by_label(&n).map(|node| node.rect().top());
            top.map(|t| (t, n))
        })
        .collect();
    shown.sort_by(|a, b| a.0.total_cmp(&b.0));
    shown.into_iter().map(|(_, n)| n).collect()
}

/// A list too narrow for all its columns shows the first ones whole rather than all of them
/// cut off; with room, it shows them all.
#[test]
fn a_narrow_list_shows_fewer_columns() {
    let mut narrow = Harness::builder()
        .with_size([240.0, 600.0])
        .build_ui_state(list_ui, list_app(3));
    narrow.run();
    assert!(narrow.query_by_label("Navn").is_some());
    assert!(narrow.query_by_label("Beløp").is_none());
    assert!(narrow.query_by_label("alfa").is_some());
    let wide = list_harness(3);
    assert!(wide.query_by_label("Navn").is_some());
    assert!(wide.query_by_label("Beløp").is_some());
}

#[test]
fn list_sorts_by_clicking_headers() {
    let mut h = list_harness(5);
    assert_eq!(row_order(&h), ["Delta", "alfa", "Charlie", "bravo", "Echo"]);
    h.get_by_label("Navn").click();
    h.run();
    assert_eq!(row_order(&h), ["alfa", "bravo", "Charlie", "Delta", "Echo"]);
    h.get_by_label("Navn").click();
    h.run();
    assert_eq!(row_order(&h), ["Echo", "Delta", "Charlie", "bravo", "alfa"]);
    h.get_by_label("Navn").click();
    h.run();
    assert_eq!(row_order(&h), ["Delta", "alfa", "Charlie", "bravo", "Echo"]);
    // Numbers sort as numbers: amounts are 0, 4, 8, 1, 5.
    h.get_by_label("Beløp").click();
    h.run();
    assert_eq!(row_order(&h), ["Delta", "bravo", "alfa", "Echo", "Charlie"]);
}

#[test]
fn list_filters_with_the_search_box() {
    let mut h = list_harness(5);
    type_into(&mut h, "Søk", "AL");
    assert_eq!(row_order(&h), ["alfa"]);
    assert!(has_text(&h, "1 av 5"));
    type_into(&mut h, "Søk", "zzz");
    assert!(row_order(&h).is_empty());
    assert!(has_text(&h, "Ingen rader passer søket."));
}

#[test]
fn list_selection_moves_with_the_arrow_keys_and_delete_says_undo() {
    let mut h = list_harness(5);
    h.get_by_label("alfa").click();
    h.run();
    assert_eq!(h.state().state.selected, Some(Id::from_u128(2)));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert_eq!(h.state().state.selected, Some(Id::from_u128(3)));
    h.key_press(egui::Key::ArrowUp);
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert_eq!(h.state().state.selected, Some(Id::from_u128(1)));
    h.get_by_label("Slett").click();
    h.run();
    assert_eq!(h.state().actions, [ListAction::Delete(Id::from_u128(1))]);
    assert!(has_text(&h, "«Delta» er slettet – Angre (Ctrl+Z)"));
    // The neighbour is selected so the user can go on.
    assert_eq!(h.state().state.selected, Some(Id::from_u128(2)));
    h.get_by_label("Angre").click();
    h.run();
    assert_eq!(h.state().actions.last(), Some(&ListAction::Undo));
    assert!(!has_text(&h, "er slettet"));
}

/// A list whose filter leaves out the odd amounts (a step's own filters, such as the
/// extraction step's year and gain).
fn even_list_ui(ui: &mut egui::Ui, app: &mut ListApp) {
    rows_table(ui, app, Some(&|r: &Row| r.amount % 2 == 0));
}

#[test]
fn a_filtered_list_shows_counts_and_selects_only_what_passes_the_filter() {
    // Amounts 0, 4, 8, 1, 5: Delta, alfa and Charlie pass; bravo and Echo do not.
    let mut h = Harness::builder()
        .with_size([700.0, 600.0])
        .build_ui_state(even_list_ui, list_app(5));
    h.run();
    assert_eq!(row_order(&h), ["Delta", "alfa", "Charlie"]);
    type_into(&mut h, "Søk", "a");
    assert!(has_text(&h, "3 av 3"));
    // A selection the filter hides is no selection: Duplicate and Delete are off.
    h.state_mut().state.selected = Some(Id::from_u128(4));
    h.run();
    assert_eq!(h.state().state.selected, None);
    type_into(&mut h, "Søk", "bravo");
    assert!(has_text(&h, "Ingen rader passer søket."));
    // When the filter leaves nothing, the list says it is empty.
    h.state_mut().rows.retain(|r| r.amount % 2 == 1);
    h.state_mut().state.search.clear();
    h.run();
    assert!(has_text(&h, "Listen er tom."));
}

#[test]
fn list_with_two_thousand_rows_draws_only_the_visible_ones() {
    let mut h = list_harness(2_000);
    h.run();
    let drawn = (0..2_000)
        .filter(|i| h.query_by_label(&format!("Rad {i}")).is_some())
        .count();
    assert!(drawn > 5 && drawn < 60, "{drawn} rows drawn");
    // Keyboard navigation to the end scrolls the last row into view.
    h.get_by_label("Rad 10").click();
    h.run();
    h.key_press(egui::Key::End);
    h.run();
    assert_eq!(h.state().state.selected, Some(Id::from_u128(2_000)));
    assert!(h.query_by_label("Rad 1999").is_some());
}
