//! Headless tests of the editing steps (egui_kittest): what a user types and clicks, and what
//! ends up in the project. The harness also checks after each run that every input has an
//! accessible name.

use crate::support::editors::*;
use gevinst_app::widgets::field_id;
use gevinst_core::i18n::Message;

// ---------------------------------------------------------------------------------------------
// The steps, hosted the way the shell hosts them: a StepCtx per frame, edits applied through
// History after the frame, findings recomputed from the project.

#[test]
fn marking_a_measure_as_digitalisation_asks_for_the_assessment_until_it_is_written() {
    let mut p = Project::new();
    p.measures.push(measure(1, "Digital søknad om tilskudd"));
    let mut h = host(p, MeasuresStep::default());
    h.run();
    assert!(h.query_by_label("Særlig vurdering").is_none());
    h.get_by_label("Tiltaket digitaliserer arbeidsprosesser eller tjenester")
        .click();
    h.run();
    assert!(h.state().project.measures[0].digitalisation);
    // The finding from validation shows at the field, and the field appears.
    assert!(h.state().findings.has_errors());
    assert!(has_text(&h, "mangler den særlige vurderingen"));
    assert!(h.query_by_label("Særlig vurdering").is_some());
    type_into(
        &mut h,
        "Særlig vurdering",
        "Vurdert mot brukerbehov og gjenbruk av data.",
    );
    assert_eq!(
        h.state().project.measures[0].special_assessment,
        "Vurdert mot brukerbehov og gjenbruk av data."
    );
    let about_assessment = |h: &Harness<'_, Host<MeasuresStep>>| {
        h.state()
            .findings
            .about(EntityRef::Measure(Id::from_u128(1)))
            .any(|f| f.field == Some(MeasureField::SpecialAssessment.into()))
    };
    assert!(!about_assessment(&h));
    assert!(!has_text(&h, "mangler den særlige vurderingen"));
    // Typing the text was one undo step: one undo brings the warning back.
    leave(&mut h);
    h.state_mut().undo();
    h.run();
    assert_eq!(h.state().project.measures[0].special_assessment, "");
    assert!(has_text(&h, "mangler den særlige vurderingen"));
}

#[test]
fn every_field_of_a_measure_is_editable() {
    let mut p = Project::new();
    p.measures.push(measure(1, "A"));
    p.services.push(gevinst_core::model::Service {
        id: Id::from_u128(50),
        name: "Søknad om støtte".into(),
        ..Default::default()
    });
    let mut h = host(p, MeasuresStep::default());
    h.run();
    type_into(&mut h, "Tittel", "Nytt saksbehandlingssystem");
    type_into(&mut h, "Beskrivelse", "Erstatter det gamle.");
    type_into(&mut h, "Startdato", "01.02.2025");
    type_into(&mut h, "Sluttdato", "30.06.2026");
    type_into(&mut h, "Ansvarlig enhet", "IT");
    type_into(&mut h, "Ansvarlig person", "Kari");
    type_into(&mut h, "Investering", "1 250 000");
    type_into(&mut h, "Årlige driftskostnader", "200000,50");
    type_into(&mut h, "Kroneår", "2026");
    h.get_by_label("Søknad om støtte").click();
    h.run();
    click(&mut h, input("Status"));
    h.get_by_label("Iverksatt").click();
    h.run();
    let m = &h.state().project.measures[0];
    assert_eq!(m.title, "Nytt saksbehandlingssystem");
    assert_eq!(m.description, "Erstatter det gamle.");
    assert_eq!(m.start_date, NaiveDate::from_ymd_opt(2025, 2, 1));
    assert_eq!(m.end_date, NaiveDate::from_ymd_opt(2026, 6, 30));
    assert_eq!(m.responsible_unit, "IT");
    assert_eq!(m.responsible_person, "Kari");
    assert_eq!(m.investment, Some(Money::from_ore(125_000_000)));
    assert_eq!(m.annual_operating_cost, Some(Money::from_ore(20_000_050)));
    assert_eq!(m.price_year, 2026);
    assert_eq!(m.service_ids, vec![Id::from_u128(50)]);
    assert_eq!(m.status, gevinst_core::model::MeasureStatus::Implemented);
}

#[test]
fn add_delete_and_undo_in_the_measures_list() {
    let mut p = Project::new();
    p.measures.push(measure(1, "Første"));
    p.measures.push(measure(2, "Andre"));
    p.gains.push(Gain {
        id: Id::from_u128(10),
        measure_id: Some(Id::from_u128(2)),
        name: "G".into(),
        ..Gain::default()
    });
    let mut h = host(p, MeasuresStep::default());
    h.run();
    h.get_by_label("Andre").click();
    h.run();
    h.get_by_label("Slett").click();
    h.run();
    assert_eq!(h.state().project.measures.len(), 1);
    assert_eq!(h.state().project.gains[0].measure_id, None);
    assert!(has_text(&h, "«Andre» er slettet – Angre (Ctrl+Z)"));
    // The undo button beside the notice undoes the delete (and the cleared reference).
    h.get_by_label("Angre").click();
    h.run();
    assert_eq!(h.state().project.measures.len(), 2);
    assert_eq!(
        h.state().project.gains[0].measure_id,
        Some(Id::from_u128(2))
    );
    // Add: a new measure after the selected one, its title field focused.
    h.get_by_label("Legg til").click();
    h.run();
    assert_eq!(h.state().project.measures.len(), 3);
    h.get(input("Tittel")).type_text("Tredje");
    h.run();
    let titles: Vec<&str> = h
        .state()
        .project
        .measures
        .iter()
        .map(|m| m.title.as_str())
        .collect();
    assert_eq!(titles, ["Første", "Andre", "Tredje"]);
    // Duplicate copies everything but the id.
    h.get_by_label("Dupliser").click();
    h.run();
    assert_eq!(h.state().project.measures.len(), 4);
    assert_eq!(h.state().project.measures[3].title, "Tredje (kopi)");
    assert_ne!(
        h.state().project.measures[3].id,
        h.state().project.measures[2].id
    );
}

#[test]
fn a_jump_selects_the_entity_and_focuses_the_field() {
    let mut p = Project::new();
    for i in 1..=40 {
        let mut m = measure(i, &format!("Tiltak {i}"));
        m.digitalisation = i == 33;
        p.measures.push(m);
    }
    let mut h = host(p, MeasuresStep::default());
    h.run();
    h.state_mut().focus = Some(Focus {
        entity: EntityRef::Measure(Id::from_u128(33)),
        field: Some(MeasureField::SpecialAssessment.into()),
    });
    h.run();
    assert_eq!(h.state().step.selected(), Some(Id::from_u128(33)));
    assert!(h.state().focus.is_none(), "the step reported the jump done");
    assert!(h.get_by_label("Særlig vurdering").is_focused());
    let special = field_id(
        EntityRef::Measure(Id::from_u128(33)),
        MeasureField::SpecialAssessment.into(),
    );
    assert_eq!(h.ctx.memory(|m| m.focused()), Some(special));
    h.get_by_label("Særlig vurdering").type_text("Vurdert.");
    h.run();
    assert_eq!(
        h.state().project.measures[32].special_assessment,
        "Vurdert."
    );
}

#[test]
fn ctrl_f_focuses_the_search_box() {
    let mut p = Project::new();
    p.measures.push(measure(1, "Alfa"));
    p.measures.push(measure(2, "Beta"));
    let mut h = host(p, MeasuresStep::default());
    h.run();
    h.state_mut().search = true;
    h.run();
    assert!(h.get_by_label("Søk").is_focused());
    h.get_by_label("Søk").type_text("bet");
    h.run();
    assert!(h.query_by_label("Alfa").is_none());
    assert!(h.query_by_label("Beta").is_some());
}

#[test]
fn measures_step_renders_two_thousand_measures() {
    let mut p = Project::new();
    for i in 0..2_000 {
        let mut m = measure(i + 1, &format!("Tiltak nummer {i}"));
        m.digitalisation = i % 3 == 0;
        p.measures.push(m);
    }
    let mut h = host(p, MeasuresStep::default());
    h.run();
    assert!(h.query_by_label("Tiltak nummer 0").is_some());
    assert!(h.query_by_label("Tiltak nummer 1999").is_none());
    // Sorting by title descending brings the last ones up.
    let heading = || by().label("Tittel").role(Role::Button);
    click(&mut h, heading());
    click(&mut h, heading());
    // The selected first measure stays in view: it is now at the end.
    assert!(h.query_by_label("Tiltak nummer 0").is_some());
    assert!(h.query_by_label("Tiltak nummer 100").is_some());
    assert!(h.query_by_label("Tiltak nummer 999").is_none());
    // Home selects the first row, and the list scrolls to it.
    h.get_by_label("Tiltak nummer 1").click();
    h.run();
    h.key_press(egui::Key::Home);
    h.run();
    assert!(h.query_by_label("Tiltak nummer 999").is_some());
    assert_eq!(
        h.state().step.selected(),
        Some(h.state().project.measures[999].id)
    );
}

#[test]
fn read_only_projects_show_everything_and_change_nothing() {
    let mut p = Project::new();
    p.measures.push(measure(1, "Låst"));
    let mut h = host(p, MeasuresStep::default());
    h.state_mut().read_only = true;
    h.run();
    h.get(input("Tittel")).click();
    h.run();
    h.get(input("Tittel")).type_text("endret");
    h.run();
    assert_eq!(h.state().project.measures[0].title, "Låst");
    assert!(!h.get_by_label("Legg til").is_focused());
    assert_eq!(h.state().history.revision(), 0);
}

#[test]
fn add_a_gain_with_year_values_and_an_extraction() {
    let mut p = Project::new();
    p.report.year = 2025;
    p.report.price_year = 2025;
    p.measures.push(measure(1, "Selvbetjening"));
    p.priority_areas.push(PriorityArea {
        id: Id::from_u128(70),
        name: "Tilsyn".into(),
        description: String::new(),
    });
    let mut h = host(p, GainsStep::default());
    h.run();
    assert!(has_text(&h, "Listen er tom."));
    h.get_by_label("Legg til").click();
    h.run();
    h.get(input("Navn")).type_text("Spart porto");
    h.run();
    click(&mut h, input("Tiltak"));
    h.get_by_label("Selvbetjening").click();
    h.run();
    type_into(&mut h, "Gevinstansvarlig", "Avdelingsdirektør");
    h.get_by_label("Legg til år").click();
    h.run();
    h.get_by_label("Legg til år").click();
    h.run();
    let g = &h.state().project.gains[0];
    assert_eq!(
        g.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        [2025, 2026]
    );
    assert_eq!(g.measure_id, Some(Id::from_u128(1)));
    // Year cells are labelled by their column headings; the first row is 2025.
    let cell = |h: &Harness<'_, Host<GainsStep>>, label: &str, row: usize| {
        h.get_all_by_label(label).nth(row).unwrap().rect().center()
    };
    for (label, row, text) in [
        ("Planlagt (kr)", 0, "400 000"),
        ("Realisert (kr)", 0, "350000"),
        ("Planlagt (kr)", 1, "500 000"),
    ] {
        leave(&mut h);
        let pos = cell(&h, label, row);
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::NONE,
        });
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: egui::Modifiers::NONE,
        });
        h.run();
        h.event(egui::Event::Text(text.into()));
        h.run();
    }
    let g = h.state().project.gains[0].clone();
    assert_eq!(g.name, "Spart porto");
    assert_eq!(g.owner, "Avdelingsdirektør");
    assert_eq!(g.years[0].planned_nok, Some(Money::from_ore(40_000_000)));
    assert_eq!(g.years[0].realised_nok, Some(Money::from_ore(35_000_000)));
    assert_eq!(g.years[1].planned_nok, Some(Money::from_ore(50_000_000)));
    // Realised 350 000 of planned 400 000.
    assert!(has_text(&h, "88\u{a0}%"));

    // Now the extraction step, on the same project.
    let project = h.state().project.clone();
    let mut h = host(project, ExtractionStep::default());
    h.run();
    h.get_by_label("Legg til").click();
    h.run();
    click(&mut h, input("Gevinst"));
    h.get_by_label("Spart porto").click();
    h.run();
    type_into(&mut h, "Beløp", "300 000");
    type_into(&mut h, "Årsverk", "0,5");
    click(&mut h, input("Prioritert område"));
    h.get_by_label("Tilsyn").click();
    h.run();
    let e = &h.state().project.extractions[0];
    assert_eq!(e.gain_id, Some(g.id));
    assert_eq!(e.year, 2025);
    assert_eq!(e.form, ExtractionForm::Reallocation);
    assert_eq!(e.amount_nok, Some(Money::from_ore(30_000_000)));
    assert_eq!(e.fte, Some(Fte::clamped(rust_decimal::Decimal::new(5, 1))));
    assert_eq!(e.priority_area_id, Some(Id::from_u128(70)));
    // Beside the form: what the gain realised that year.
    assert!(has_text(
        &h,
        "Realisert gevinst i 2025: 350\u{a0}000\u{a0}kr"
    ));
}

#[test]
fn undo_and_redo_across_several_edits() {
    let mut p = Project::new();
    p.measures.push(measure(1, "A"));
    let mut h = host(p, MeasuresStep::default());
    h.run();
    type_into(&mut h, "Tittel", "B");
    type_into(&mut h, "Investering", "1000");
    leave(&mut h);
    h.get_by_label("Tiltaket digitaliserer arbeidsprosesser eller tjenester")
        .click();
    h.run();
    let m = |h: &Harness<'_, Host<MeasuresStep>>| h.state().project.measures[0].clone();
    assert_eq!(
        (m(&h).title.as_str(), m(&h).investment, m(&h).digitalisation),
        ("B", Some(Money::from_ore(100_000)), true)
    );
    h.state_mut().undo();
    h.run();
    assert!(!m(&h).digitalisation);
    h.state_mut().undo();
    h.run();
    assert_eq!(m(&h).investment, None);
    // The field shows the restored value, not the typed text.
    assert_eq!(h.get(input("Investering")).value().as_deref(), Some(""));
    h.state_mut().undo();
    h.run();
    assert_eq!(m(&h).title, "A");
    assert_eq!(h.get(input("Tittel")).value().as_deref(), Some("A"));
    h.state_mut().redo();
    h.state_mut().redo();
    h.run();
    assert_eq!(m(&h).title, "B");
    assert_eq!(m(&h).investment, Some(Money::from_ore(100_000)));
    assert_eq!(
        h.get(input("Investering")).value().as_deref(),
        Some("1\u{a0}000")
    );
}

#[test]
fn checklist_justification_is_highlighted_when_required() {
    let mut h = host(Project::new(), ChecklistStep::default());
    h.run();
    assert!(has_text(&h, "0 av 14 punkter besvart"));
    assert!(has_text(&h, "1.2 Bruk nasjonale felleskomponenter"));
    assert!(!has_text(&h, "mangler begrunnelse"));
    // Answer 1.2 "partly": the circular asks for a justification there (Altinn).
    click_nth(&mut h, "Delvis oppfylt", 1);
    let item = |h: &Harness<'_, Host<ChecklistStep>>| {
        h.state()
            .project
            .checklist_item(ChecklistPoint::P1_2)
            .unwrap()
            .clone()
    };
    assert_eq!(item(&h).status, ChecklistStatus::Partly);
    // Validation's finding shows at the field (it replaces the step's own shorter notice).
    assert!(has_text(&h, "Punkt 1.2 i sjekklisten"));
    assert!(has_text(&h, "mangler begrunnelse"));
    assert!(has_text(&h, "1 av 14 punkter besvart"));
    type_into(&mut h, "Begrunnelse 1.2", "Altinn tas i bruk i 2026.");
    assert_eq!(item(&h).justification, "Altinn tas i bruk i 2026.");
    assert!(!has_text(&h, "mangler begrunnelse"));
    // 1.10 asks for no justification: "partly" without one is no error.
    click_nth(&mut h, "Delvis oppfylt", 10);
    assert_eq!(
        h.state()
            .project
            .checklist_item(ChecklistPoint::P1_10)
            .unwrap()
            .status,
        ChecklistStatus::Partly
    );
    assert!(!has_text(&h, "mangler begrunnelse"));
}

#[test]
fn services_over_the_threshold_are_flagged() {
    let mut p = Project::new();
    p.services.push(gevinst_core::model::Service {
        id: Id::from_u128(1),
        name: "Søknad om løyve".into(),
        annual_volume: Some(12_000),
        ..Default::default()
    });
    let mut h = host(p, ServicesStep::default());
    h.run();
    assert!(has_text(&h, "Ikke digital"));
    assert!(has_text(
        &h,
        "har 12\u{a0}000 innsendinger i året, men er ikke digital"
    ));
    h.get_by_label("Brukerne kan fylle ut og sende inn digitalt i dag")
        .click();
    h.run();
    assert!(h.state().project.services[0].digitally_available);
    assert!(!has_text(&h, "men er ikke digital"));
    // The assessment's check boxes and plan are editable.
    click(&mut h, by().label("Folkeregisteret"));
    type_into(&mut h, "Hva skal gjøres", "Ny søknadsløsning");
    type_into(&mut h, "Frist", "31.12.2026");
    let s = &h.state().project.services[0];
    assert_eq!(
        s.reusable_information,
        [gevinst_core::model::InfoSource::Folkeregisteret]
    );
    assert_eq!(s.plan.what, "Ny søknadsløsning");
    assert_eq!(s.plan.due, NaiveDate::from_ymd_opt(2026, 12, 31));
}

#[test]
fn each_finding_of_a_services_plan_shows_under_its_own_row() {
    let mut p = Project::new();
    let id = Id::from_u128(1);
    p.services.push(gevinst_core::model::Service {
        id,
        name: "Søknad om løyve".into(),
        remains_to_digitalise: true,
        ..Default::default()
    });
    let mut h = host(p, ServicesStep::default());
    h.run();
    let plan = [
        ServiceField::PlanWhat,
        ServiceField::PlanResponsible,
        ServiceField::PlanDue,
    ];
    // Top to bottom: each row's label, then the finding about that field, once.
    let mut tops = Vec::new();
    for field in plan {
        let findings: Vec<_> = h
            .state()
            .findings
            .about_field(EntityRef::Service(id), field)
            .collect();
        assert_eq!(findings.len(), 1, "{field:?}");
        let message = findings[0].message(Language::Nb);
        assert_eq!(h.query_all_by_label(&message).count(), 1, "{message}");
        tops.push(h.get(input(field.label(Language::Nb))).rect().top());
        tops.push(h.get_by_label(&message).rect().top());
    }
    assert!(tops.is_sorted(), "{tops:?}");
    // Filling the plan in clears them, each at its row.
    type_into(
        &mut h,
        ServiceField::PlanWhat.label(Language::Nb),
        "Ny søknadsløsning",
    );
    assert_eq!(
        h.state()
            .findings
            .about_field(EntityRef::Service(id), ServiceField::PlanWhat)
            .count(),
        0
    );
}

#[test]
fn agency_step_checks_the_org_number_and_edits_settings() {
    let mut h = host(Project::new(), AgencyStep::default());
    h.run();
    type_into(&mut h, "Organisasjonsnummer", "974 760 674");
    assert!(has_text(&h, "«974 760 674» er ikke gyldig"));
    type_into(&mut h, "Organisasjonsnummer", "974 760 673");
    assert!(has_text(&h, "Gyldig organisasjonsnummer."));
    type_into(&mut h, "Timer per årsverk", "1 700");
    type_into(&mut h, "Skattefinansieringskostnad", "20,5");
    assert_eq!(h.state().project.settings.comparison_year, None);
    type_into(&mut h, "Sammenligningsår for nåverdier", "2027");
    assert_eq!(h.state().project.settings.comparison_year, Some(2027));
    // Emptied, it falls back to the report year.
    type_into(&mut h, "Sammenligningsår for nåverdier", "");
    h.key_press(egui::Key::Backspace);
    h.run();
    assert_eq!(h.state().project.settings.comparison_year, None);
    click(&mut h, by().label("Legg til trinn"));
    let p = &h.state().project;
    assert_eq!(p.agency.org_number, "974 760 673");
    assert_eq!(
        p.settings.hours_per_fte,
        HoursPerFte::clamped(rust_decimal::Decimal::from(1700))
    );
    assert_eq!(
        p.settings.tax_financing_cost_percent,
        Percent::clamped(rust_decimal::Decimal::new(205, 1))
    );
    assert_eq!(p.settings.discount_rates.len(), 4);
    assert_eq!(p.settings.discount_rates[2].until_year, Some(85));
    assert_eq!(p.settings.discount_rates[3].until_year, None);
    click(&mut h, by().label("Bruk R-109/2021 (4 %, 3 %, 2 %)"));
    assert_eq!(
        h.state().project.settings.discount_rates,
        gevinst_core::model::Settings::r109_schedule()
    );
}

#[test]
fn texts_step_edits_introduction_and_closing() {
    let mut h = host(Project::new(), TextsStep::default());
    h.run();
    type_into(&mut h, "Innledning", "Første avsnitt.");
    type_into(&mut h, "Avslutning", "Slutt.");
    assert_eq!(h.state().project.report.introduction, "Første avsnitt.");
    assert_eq!(h.state().project.report.closing, "Slutt.");
    assert!(has_text(&h, "2 ord, 1 avsnitt"));
}

#[test]
fn every_step_shows_the_example_in_every_language_with_labelled_inputs() {
    for lang in Language::ALL {
        fn check<S: StepUi + 'static>(step: S, lang: Language) {
            let mut h = host(gevinst_core::example::project(), step);
            h.state_mut().lang = lang;
            // `run` checks that every visible input has an accessible name.
            h.run();
        }
        check(AgencyStep::default(), lang);
        check(PrioritiesStep::default(), lang);
        check(MeasuresStep::default(), lang);
        check(ServicesStep::default(), lang);
        check(GainsStep::default(), lang);
        check(ExtractionStep::default(), lang);
        check(ChecklistStep::default(), lang);
        check(TextsStep::default(), lang);
    }
}

#[test]
fn the_example_gains_show_their_year_grid() {
    let p = gevinst_core::example::project();
    let time_gain = p
        .gains
        .iter()
        .find(|g| g.kind == GainKind::Time && !g.years.is_empty())
        .unwrap()
        .clone();
    let mut h = host(p, GainsStep::default());
    h.state_mut().focus = Some(Focus {
        entity: EntityRef::Gain(time_gain.id),
        field: None,
    });
    h.run();
    assert!(h.query_all(input("Planlagte timer")).count() >= 1);
    assert!(has_text(&h, "årsverk"));
}
