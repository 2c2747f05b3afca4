//! End-to-end workflows of the whole app (issue 5, "Done when"), driven headless through
//! egui_kittest with fake file dialogs and a temporary folder: fix every finding of the example
//! from the findings panel, add a measure, a service assessment, a gain with year values and an
//! extraction, answer the checklist, save, reopen and export the PDF — by mouse, and by
//! keyboard; and switch the UI language. Every `run()` also checks that all inputs have
//! accessible names. Where findings land: `findings_land.rs`; shared helpers:
//! `support/workflows.rs`.

use crate::support::workflows::*;
use gevinst_app::UiCommand;
use gevinst_app::dialogs::DialogKind;
use gevinst_core::i18n::{Message, UiText};
use gevinst_core::validate::*;
use std::path::Path;

// ---------------------------------------------------------------------------------------------
// The whole job, by mouse.

/// The findings panel's entry for a finding (its accessible name).
fn panel_entry(f: &Finding, lang: Language) -> String {
    format!(
        "{}: {}",
        gevinst_app::findings::severity_name(f.severity, lang),
        f.message(lang)
    )
}

/// The next finding to fix: errors and warnings first, then hints a user can act on.
fn next_to_fix(h: &Harness<'_, GevinstApp>) -> Option<Finding> {
    let findings = &h.state().findings().findings;
    findings
        .iter()
        .find(|f| f.severity != Severity::Hint)
        .or_else(|| {
            findings
                .iter()
                .find(|f| f.field == Some(MeasureField::ServiceIds.into()))
        })
        .cloned()
}

/// Click the widget that has keyboard focus.
fn click_focused(h: &mut Harness<'_, GevinstApp>) {
    h.get(by().predicate(|n| n.is_focused())).click();
    settle(h);
}

/// The amount an over-extraction may be lowered to: what the gain realised that year, less
/// the other extractions from it that year.
fn allowed_amount(p: &Project, extraction: Id) -> Money {
    let e = p.extraction(extraction).unwrap();
    let gain = e.gain_id.unwrap();
    let realised = p
        .gain(gain)
        .unwrap()
        .year(e.year)
        .unwrap()
        .realised_nok
        .unwrap();
    let others: i64 = p
        .extractions
        .iter()
        .filter(|o| o.id != e.id && o.gain_id == Some(gain) && o.year == e.year)
        .filter_map(|o| o.amount_nok)
        .map(Money::ore)
        .sum();
    Money::from_ore(realised.ore() - others)
}

/// Fix a finding through the widget the jump focused: type into it, tick it, or open it and
/// pick a value.
fn fix(h: &mut Harness<'_, GevinstApp>, f: &Finding) {
    if let (Rule::RealisedWithoutExtraction, EntityRef::Gain(gain)) = (f.rule, f.entity) {
        // Answered by an extraction in another step: recorded here as "not extracted", with
        // its reason, through the same edit path as the extraction step.
        let Some(gevinst_core::validate::Arg::Year(year)) = f.arg("year").cloned() else {
            panic!("{f:?} names no year");
        };
        let extraction = gevinst_core::model::Extraction {
            gain_id: Some(gain),
            year,
            form: gevinst_core::model::ExtractionForm::NotExtracted,
            description: "Utfylt i testen.".into(),
            ..Default::default()
        };
        let index = project(h).extractions.len();
        h.state_mut().apply_edit(
            gevinst_core::edit::Edit::Insert {
                index,
                item: gevinst_core::edit::Item::Extraction(extraction),
            },
            None,
        );
        settle(h);
        return;
    }
    let text = match (f.entity, f.field) {
        (_, Some(Field::Service(ServiceField::DigitallyAvailable)))
        | (_, Some(Field::Measure(MeasureField::ServiceIds))) => {
            click_focused(h);
            return;
        }
        (_, Some(Field::Service(ServiceField::UserOrientation))) => {
            click_focused(h);
            h.get_all_by_label(UserOrientation::Keep.label(lang(h)))
                .last()
                .unwrap()
                .click();
            settle(h);
            return;
        }
        (EntityRef::Extraction(id), Some(Field::Extraction(ExtractionField::AmountNok))) => {
            let amount = allowed_amount(&project(h), id);
            gevinst_core::format::money_input(amount, lang(h))
        }
        (_, Some(Field::Service(ServiceField::PlanDue) | Field::Gain(GainField::BaselineDate))) => {
            "01.12.2026".to_owned()
        }
        (_, Some(Field::Gain(GainField::TargetDate))) => "31.12.2027".to_owned(),
        (_, Some(Field::Gain(GainField::BaselineValue))) => "1200".to_owned(),
        (_, Some(Field::Gain(GainField::TargetValue))) => "600".to_owned(),
        (_, Some(Field::Gain(GainField::Unit))) => "fakturaer per år".to_owned(),
        (_, Some(Field::Gain(GainField::Indicator))) => {
            "Antall fakturaer behandlet manuelt".to_owned()
        }
        (_, field) => format!("Utfylt i testen ({}).", field.map_or("", Field::name)),
    };
    type_over(h, &text);
    press(h, Modifiers::NONE, Key::Escape);
}

/// Click each finding in the findings panel in turn, check the jump, and fix it there, until
/// no error or warning (and no hint a user can act on) is left.
fn fix_every_finding(h: &mut Harness<'_, GevinstApp>) {
    for _ in 0..40 {
        let Some(f) = next_to_fix(h) else {
            break;
        };
        let entry = panel_entry(&f, lang(h));
        click_by(h, by().role(Role::Button).label(&entry));
        let focus = Focus {
            entity: f.entity,
            field: f.field,
        };
        check_landed(h, focus).unwrap_or_else(|e| panic!("{f:?}: {e}"));
        let before = project(h);
        fix(h, &f);
        assert!(project(h) != before, "fixing {f:?} changed nothing");
    }
    let left: Vec<String> = h
        .state()
        .findings()
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Hint)
        .map(|f| f.message(lang(h)))
        .collect();
    assert!(left.is_empty(), "{left:#?}");
}

fn go_to(h: &mut Harness<'_, GevinstApp>, step: Step) {
    click_button(h, step.title(lang(h)));
    assert_eq!(h.state().step(), step);
}

/// Click into the input labelled `label` and type `text` over its content.
fn type_into(h: &mut Harness<'_, GevinstApp>, label: &str, text: &str) {
    click_by(h, input(label));
    type_over(h, text);
    press(h, Modifiers::NONE, Key::Escape);
}

/// A menu item: its text and, beside it, its shortcut.
fn menu_item(h: &Harness<'_, GevinstApp>, cmd: UiCommand) -> String {
    match cmd.shortcut_text(&h.ctx) {
        Some(s) => format!("{} {s}", cmd.text(lang(h))),
        None => cmd.text(lang(h)),
    }
}

fn menu(h: &mut Harness<'_, GevinstApp>, cmd: UiCommand) {
    click(h, UiText::MenuFile.text(lang(h)));
    let item = menu_item(h, cmd);
    click(h, &item);
}

fn pdf_text(path: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (scripts/install-deps.sh installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
}

fn read(path: &Path) -> Project {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_new_user_does_the_whole_job_by_mouse_in_bokmal() {
    whole_job_by_mouse(Language::Nb);
}

#[test]
fn a_new_user_does_the_whole_job_by_mouse_in_nynorsk() {
    whole_job_by_mouse(Language::Nn);
}

#[test]
fn a_new_user_does_the_whole_job_by_mouse_in_english() {
    whole_job_by_mouse(Language::En);
}

/// Issue 5's "done when" by mouse, in the interface language `lang`: fix every finding of the
/// example, add a measure, a service assessment, a gain with an extraction, answer the
/// checklist, save, reopen and export the PDF.
fn whole_job_by_mouse(lang: Language) {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = example_harness_in(&fake, lang);
    assert_eq!(h.state().language(), lang);

    // Every finding the example shows, fixed from the findings panel.
    fix_every_finding(&mut h);

    // A new measure.
    go_to(&mut h, Step::Measures);
    click_button(&mut h, E::Add.text(lang));
    // The new measure's title has the focus.
    h.event(Event::Text("Digital postmottak".into()));
    settle(&mut h);
    let p = project(&h);
    let measure = p.measures.iter().find(|m| m.title == "Digital postmottak");
    let measure = measure.expect("the measure was added").clone();
    assert_eq!(h.state().selected(), Some(EntityRef::Measure(measure.id)));

    // A service and its assessment.
    go_to(&mut h, Step::Services);
    click_button(&mut h, E::Add.text(lang));
    h.event(Event::Text("Søknad om tilskudd".into()));
    settle(&mut h);
    let suited = Suitability::Suited.label(lang);
    choose(&mut h, E::SelfService.text(lang), suited);
    choose(
        &mut h,
        E::InstantDecision.text(lang),
        Suitability::Partly.label(lang),
    );
    choose(&mut h, E::AutomatedProcessing.text(lang), suited);
    let p = project(&h);
    let service = p.services.iter().find(|s| s.name == "Søknad om tilskudd");
    let service = service.expect("the service was added").clone();
    assert_eq!(service.self_service, Suitability::Suited);
    assert_eq!(service.instant_decision, Suitability::Partly);
    assert_eq!(service.automated_processing, Suitability::Suited);

    // A gain of the new measure with two years of values.
    go_to(&mut h, Step::Gains);
    click_button(&mut h, E::Add.text(lang));
    h.event(Event::Text("Spart skanning".into()));
    settle(&mut h);
    choose(&mut h, E::Measure.text(lang), "Digital postmottak");
    type_into(&mut h, E::Owner.text(lang), "Avdelingsdirektør");
    click_button(&mut h, E::AddYear.text(lang));
    click_button(&mut h, E::AddYear.text(lang));
    // The realised value last: it brings a warning (no extraction yet) that moves the rows.
    for (label, row, text) in [
        (E::PlannedNok, 0, "400 000"),
        (E::PlannedNok, 1, "500 000"),
        (E::RealisedNok, 0, "350000"),
    ] {
        let cell = h
            .get_all_by_label(label.text(lang))
            .nth(row)
            .unwrap()
            .rect();
        h.get_all_by_label(label.text(lang))
            .nth(row)
            .unwrap()
            .click();
        settle(&mut h);
        assert!(cell.is_positive());
        type_over(&mut h, text);
    }
    press(&mut h, Modifiers::NONE, Key::Escape);
    let p = project(&h);
    let gain = p
        .gains
        .iter()
        .find(|g| g.name == "Spart skanning")
        .unwrap()
        .clone();
    assert_eq!(gain.measure_id, Some(measure.id));
    assert_eq!(gain.owner, "Avdelingsdirektør");
    let first = p.report.year;
    assert_eq!(
        gain.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        [first, first + 1]
    );
    assert_eq!(gain.years[0].planned_nok, Some(Money::from_ore(40_000_000)));
    assert_eq!(
        gain.years[0].realised_nok,
        Some(Money::from_ore(35_000_000))
    );
    assert_eq!(gain.years[1].planned_nok, Some(Money::from_ore(50_000_000)));

    // An extraction from it, reallocated to a priority area.
    go_to(&mut h, Step::Extraction);
    click_button(&mut h, E::Add.text(lang));
    let Some(EntityRef::Extraction(new_id)) = h.state().selected() else {
        panic!("the new extraction is selected");
    };
    choose(&mut h, E::Gain.text(lang), "Spart skanning");
    type_into(&mut h, E::Year.text(lang), &p.report.year.to_string());
    type_into(&mut h, E::Amount.text(lang), "300 000");
    let area = p.priority_areas[0].clone();
    choose(&mut h, E::PriorityArea.text(lang), &area.name);
    let p = project(&h);
    let e = p
        .extraction(new_id)
        .expect("the extraction was added")
        .clone();
    assert_eq!(e.gain_id, Some(gain.id));
    assert_eq!(e.year, first);
    assert_eq!(e.form, ExtractionForm::Reallocation);
    assert_eq!(e.amount_nok, Some(Money::from_ore(30_000_000)));
    assert_eq!(e.priority_area_id, Some(area.id));

    // A checklist point answered.
    go_to(&mut h, Step::Checklist);
    let (index, point) = p
        .checklist
        .iter()
        .enumerate()
        .find(|(_, c)| c.status != ChecklistStatus::Fulfilled)
        .map(|(i, c)| (i, c.point))
        .unwrap();
    let fulfilled = ChecklistStatus::Fulfilled.label(lang);
    h.get_all_by_label(fulfilled)
        .nth(index)
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_all_by_label(fulfilled).nth(index).unwrap().click();
    settle(&mut h);
    assert_eq!(
        project(&h).checklist_item(point).unwrap().status,
        ChecklistStatus::Fulfilled
    );

    // What the additions left to do, done from the findings panel too.
    fix_every_finding(&mut h);

    // Save (the example has no file: the dialog asks where), then reopen.
    let path = dir.path().join("rapport.gevinst.json");
    fake.answer(Some(dir.path().join("rapport")));
    menu(&mut h, UiCommand::Save);
    assert_eq!(fake.asked(), vec![DialogKind::SaveProject]);
    let saved = project(&h);
    assert_eq!(read(&path), saved);
    assert!(!h.state().document().unwrap().has_unsaved_work());
    menu(&mut h, UiCommand::New);
    assert!(project(&h).measures.is_empty());
    fake.answer(Some(path.clone()));
    menu(&mut h, UiCommand::Open);
    assert_eq!(project(&h), saved);
    assert_eq!(
        h.state().document().unwrap().path.as_deref(),
        Some(path.as_path())
    );

    // Export the PDF.
    fake.answer(Some(dir.path().join("kapittel")));
    menu(&mut h, UiCommand::ExportPdf);
    h.state_mut().wait_for_background();
    settle(&mut h);
    let pdf = dir.path().join("kapittel.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    assert!(text.contains("Digital postmottak"), "{text}");
    assert!(text.contains(&saved.agency.name));
}

// ---------------------------------------------------------------------------------------------
// The language, switched from the View menu.

#[test]
fn the_language_menu_switches_navigation_findings_and_forms() {
    let mut h = example_harness(&FakeDialogs::new());
    go_to(&mut h, Step::Measures);
    let finding = h.state().findings().findings[0].clone();
    let mut before = NB;
    for lang in [Language::Nn, Language::En, NB] {
        click(&mut h, UiText::MenuView.text(before));
        click(&mut h, UiText::MenuLanguage.text(before));
        click(&mut h, lang.native_name());
        assert_eq!(h.state().language(), lang);
        assert_eq!(h.state().settings().language, lang);
        // The navigation.
        for step in Step::ALL {
            h.get_by_role_and_label(Role::Button, step.title(lang));
        }
        assert!(h.query_by_label(Step::Agency.title(before)).is_none());
        // A finding in the panel.
        let entry = panel_entry(&finding, lang);
        assert!(h.query_by_label(&entry).is_some(), "{entry}");
        assert!(h.query_by_label(&panel_entry(&finding, before)).is_none());
        // The form's labels.
        for key in [E::Description, E::ResponsibleUnit] {
            h.get(input(key.text(lang)));
            assert_ne!(key.text(lang), key.text(before));
            assert!(!has_text(&h, key.text(before)));
        }
        before = lang;
    }
}

// ---------------------------------------------------------------------------------------------
// The key parts, by keyboard only.

/// Press Tab until the widget named `name` has keyboard focus (as a keyboard user does).
fn tab_to(h: &mut Harness<'_, GevinstApp>, name: &str) {
    tab_to_role(h, None, name);
}

/// Press Tab until a widget named `name` (with `role`, if given) has keyboard focus.
fn tab_to_role(h: &mut Harness<'_, GevinstApp>, role: Option<Role>, name: &str) {
    for _ in 0..400 {
        if focused_node(h).is_some_and(|(r, n)| n == name && role.is_none_or(|role| r == role)) {
            return;
        }
        h.key_press(Key::Tab);
        h.run();
    }
    panic!("Tab never reaches «{name}»");
}

fn focused_name(h: &Harness<'_, GevinstApp>) -> String {
    focused_node(h).map(|(_, n)| n).unwrap_or_default()
}

#[test]
fn the_key_parts_by_keyboard_only_in_bokmal() {
    key_parts_by_keyboard(Language::Nb);
}

#[test]
fn the_key_parts_by_keyboard_only_in_nynorsk() {
    key_parts_by_keyboard(Language::Nn);
}

#[test]
fn the_key_parts_by_keyboard_only_in_english() {
    key_parts_by_keyboard(Language::En);
}

/// The key parts of the work by keyboard alone, in the interface language `lang`.
fn key_parts_by_keyboard(lang: Language) {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeDialogs::new();
    let mut h = example_harness_in(&fake, lang);

    // Ctrl+N: a new, empty project (the example is unchanged, so nothing is asked).
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().prompt().is_none());
    assert!(project(&h).measures.is_empty());

    // Ctrl+1: the agency; Tab to its name, type; Tab on to the organisation number.
    press(&mut h, Modifiers::COMMAND, Key::Num1);
    assert_eq!(h.state().step(), Step::Agency);
    tab_to(&mut h, E::AgencyName.text(lang));
    type_over(&mut h, "Direktoratet for tastatur");
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_name(&h), E::OrgNumber.text(lang));
    type_over(&mut h, "974 760 673");
    let p = project(&h);
    assert_eq!(p.agency.name, "Direktoratet for tastatur");
    assert_eq!(p.agency.org_number, "974 760 673");

    // Ctrl+3: the measures; Tab to Add, Enter adds one with its title focused.
    press(&mut h, Modifiers::COMMAND, Key::Num3);
    assert_eq!(h.state().step(), Step::Measures);
    tab_to(&mut h, E::Add.text(lang));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(project(&h).measures.len(), 1);
    assert_eq!(focused_name(&h), E::Title.text(lang));
    h.event(Event::Text("Tastaturtiltaket".into()));
    settle(&mut h);
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_name(&h), E::Description.text(lang));
    h.event(Event::Text("Skrevet uten mus.".into()));
    settle(&mut h);
    let m = project(&h).measures[0].clone();
    assert_eq!(m.title, "Tastaturtiltaket");
    assert_eq!(m.description, "Skrevet uten mus.");
    // A second measure, so the list has something to move between.
    tab_to(&mut h, E::Add.text(lang));
    press(&mut h, Modifiers::NONE, Key::Space);
    h.event(Event::Text("Andre tiltak".into()));
    settle(&mut h);
    assert_eq!(project(&h).measures.len(), 2);

    // Ctrl+Z undoes the typing runs one at a time, Ctrl+Y redoes.
    press(&mut h, Modifiers::NONE, Key::Escape);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).measures[1].title, "");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).measures.len(), 1);
    press(&mut h, Modifiers::COMMAND, Key::Y);
    press(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(project(&h).measures[1].title, "Andre tiltak");

    // Ctrl+F: the list's search box; typing filters the list.
    press(&mut h, Modifiers::COMMAND, Key::F);
    assert_eq!(focused_name(&h), E::Search.text(lang));
    h.event(Event::Text("andre".into()));
    settle(&mut h);
    assert!(h.query_by_label("Tastaturtiltaket").is_none());
    assert!(h.query_by_label("Andre tiltak").is_some());
    press(&mut h, Modifiers::COMMAND, Key::A);
    press(&mut h, Modifiers::NONE, Key::Backspace);
    assert!(h.query_by_label("Tastaturtiltaket").is_some());
    press(&mut h, Modifiers::NONE, Key::Escape);

    // The list by keys: arrows move the selection, Delete deletes, Ctrl+Z brings it back.
    tab_to_role(&mut h, Some(Role::ListBox), E::ListMeasures.text(lang));
    press(&mut h, Modifiers::NONE, Key::Home);
    assert_eq!(h.state().selected(), Some(EntityRef::Measure(m.id)));
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    let second = project(&h).measures[1].id;
    assert_eq!(h.state().selected(), Some(EntityRef::Measure(second)));
    press(&mut h, Modifiers::NONE, Key::Delete);
    assert_eq!(project(&h).measures.len(), 1);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(project(&h).measures.len(), 2);

    // A finding, reached with Tab in the findings panel and opened with Enter.
    let f = next_to_fix(&h).expect("the new project has findings");
    tab_to(&mut h, &panel_entry(&f, lang));
    press(&mut h, Modifiers::NONE, Key::Enter);
    let focus = Focus {
        entity: f.entity,
        field: f.field,
    };
    check_landed(&h, focus).unwrap_or_else(|e| panic!("{f:?}: {e}"));
    let before = project(&h);
    fix(&mut h, &f);
    assert!(project(&h) != before);

    // Ctrl+7: the checklist; Tab to the first point's "Fulfilled", Space answers it.
    press(&mut h, Modifiers::COMMAND, Key::Num7);
    assert_eq!(h.state().step(), Step::Checklist);
    tab_to(&mut h, ChecklistStatus::Fulfilled.label(lang));
    press(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(project(&h).checklist[0].status, ChecklistStatus::Fulfilled);

    // Ctrl+S asks where (a new project has no file), Ctrl+N, Ctrl+O reopens it.
    let path = dir.path().join("tastatur.gevinst.json");
    fake.answer(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::S);
    let saved = project(&h);
    assert_eq!(read(&path), saved);
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(project(&h).measures.is_empty());
    fake.answer(Some(path.clone()));
    press(&mut h, Modifiers::COMMAND, Key::O);
    assert_eq!(project(&h), saved);

    // Ctrl+E exports the PDF.
    fake.answer(Some(dir.path().join("tastatur.pdf")));
    press(&mut h, Modifiers::COMMAND, Key::E);
    h.state_mut().wait_for_background();
    settle(&mut h);
    let pdf = dir.path().join("tastatur.pdf");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(pdf_text(&pdf).contains("Tastaturtiltaket"));
    assert_eq!(
        fake.asked(),
        vec![
            DialogKind::SaveProject,
            DialogKind::OpenProject,
            DialogKind::ExportPdf
        ]
    );
}
