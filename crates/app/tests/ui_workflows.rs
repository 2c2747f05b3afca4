//! End-to-end workflows of the whole app (issue 5, "Done when"), driven headless through
//! egui_kittest with fake file dialogs and a temporary folder: fix every finding of the example
//! from the findings panel, add a measure, a service assessment, a gain with year values and an
//! extraction, answer the checklist, save, reopen and export the PDF — by mouse, and by
//! keyboard; switch the UI language; and check that every finding validation can emit lands on
//! its step, entity and field. Every `run()` also checks that all inputs have accessible names.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable, by};
use gevinst_app::dialogs::{DialogKind, FakeDialogs};
use gevinst_app::widgets::field_id;
use gevinst_app::{AppOptions, Focus, GevinstApp, Step, UiCommand};
use gevinst_core::i18n::{EditorText as E, Key as _, Label, Language, Message, UiText};
use gevinst_core::model::{
    AgencyField, ChecklistField, ChecklistItem, ChecklistPoint, ChecklistStatus, EntityRef,
    Extraction, ExtractionField, ExtractionForm, Field, Fte, Gain, GainField, GainKind, GainYear,
    Hours, HoursPerFte, Id, IndicatorValue, InfoSource, Measure, MeasureField, MeasureStatus,
    Money, OwnPoint, OwnPointField, Percent, PriorityArea, PriorityAreaField, Project, ReportField,
    Service, ServiceChain, ServiceField, SettingsField, Suitability, UserOrientation,
};
use gevinst_core::validate::{Finding, Rule, Severity};
use rust_decimal::Decimal;
use std::path::Path;

const NB: Language = Language::Nb;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// A harness around the whole app; `setup` adjusts the start options.
fn harness_with(
    dialogs: &FakeDialogs,
    height: f32,
    setup: impl FnOnce(&mut AppOptions) + 'static,
) -> Harness<'static, GevinstApp> {
    let dialogs = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, height))
        .build_eframe(move |cc| {
            let mut options = AppOptions::for_tests(Box::new(dialogs), today());
            setup(&mut options);
            GevinstApp::new(cc, options)
        });
    settle(&mut h);
    h
}

/// The app with the bundled example open (what a new user sees first).
fn example_harness(dialogs: &FakeDialogs) -> Harness<'static, GevinstApp> {
    harness_with(dialogs, 1000.0, |_| {})
}

/// The app's interface language.
fn lang(h: &Harness<'_, GevinstApp>) -> Language {
    h.state().language()
}

/// The example open, with the interface in `lang`.
fn example_harness_in(dialogs: &FakeDialogs, lang: Language) -> Harness<'static, GevinstApp> {
    harness_with(dialogs, 1000.0, move |o| {
        if let Some(settings) = &mut o.settings {
            settings.language = lang;
        }
    })
}

fn project(h: &Harness<'_, GevinstApp>) -> Project {
    h.state()
        .document()
        .expect("a project is open")
        .project
        .clone()
}

/// Run until the app has settled, also while background work shows a spinner for a while.
fn settle(h: &mut Harness<'_, GevinstApp>) {
    for _ in 0..500 {
        if h.run_ok().is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

fn press(h: &mut Harness<'_, GevinstApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

/// Type into whatever has keyboard focus, replacing its text.
fn type_over(h: &mut Harness<'_, GevinstApp>, text: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(Event::Text(text.to_owned()));
    settle(h);
}

/// Scroll a node into view, then click it.
fn click_by(h: &mut Harness<'_, GevinstApp>, query: By<'_>) {
    h.get(query.clone()).scroll_to_me();
    h.run();
    h.get(query).click();
    settle(h);
}

fn click(h: &mut Harness<'_, GevinstApp>, label: &str) {
    click_by(h, by().label(label));
}

fn click_button(h: &mut Harness<'_, GevinstApp>, label: &str) {
    click_by(h, by().label(label).role(Role::Button));
}

/// The input (not a column heading button, not a label) named `label`.
fn input(label: &str) -> By<'_> {
    by().label(label)
        .predicate(|n| !matches!(n.role(), Role::Button | Role::Label))
}

/// Open a drop-down by its label and pick `option`, scrolling its list as a user would when
/// the option is below the visible rows.
fn choose(h: &mut Harness<'_, GevinstApp>, label: &str, option: &str) {
    click_by(h, input(label));
    for _ in 0..20 {
        // The open popup is drawn last.
        if let Some(node) = h.query_all_by_label(option).last() {
            node.scroll_to_me();
            settle(h);
            let node = h.query_all_by_label(option).last().unwrap();
            node.click();
            settle(h);
            return;
        }
        // An entity picker's list: scroll from its last visible row.
        let none = h.get_by_label(E::NoneChosen.text(lang(h))).rect();
        let last = h
            .query_all(by().role(Role::Button))
            .filter(|n| n.rect().left() == none.left() && n.rect().top() > none.top())
            .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
            .expect("the drop-down lists options");
        last.scroll_down();
        settle(h);
    }
    panic!("«{option}» is not among the choices of «{label}»");
}

fn has_text(h: &Harness<'_, GevinstApp>, needle: &str) -> bool {
    h.query_all_by_label_contains(needle).next().is_some()
}

/// The accessible name and role of the node with keyboard focus.
fn focused_node(h: &Harness<'_, GevinstApp>) -> Option<(Role, String)> {
    h.query_all(by().predicate(|n| n.is_focused()))
        .next()
        .map(|n| {
            let node = n.accesskit_node();
            (node.role(), node.label().unwrap_or_default())
        })
}

/// The names the focused widget may have after a jump to `focus`, for inputs whose egui id is
/// not the field's (drop-downs, check boxes, radio buttons, buttons).
fn other_names(project: &Project, focus: Focus, lang: Language) -> Vec<String> {
    let t = |k: E| k.text(lang).to_owned();
    // A drop-down is named by its row's label, a check box by the field's help.
    let label = |f: Field| f.label(lang).to_owned();
    let Some(field) = focus.field else {
        return Vec::new();
    };
    match field {
        Field::Service(ServiceField::DigitallyAvailable) => {
            field.help(lang).map(str::to_owned).into_iter().collect()
        }
        Field::Service(
            ServiceField::SelfService
            | ServiceField::InstantDecision
            | ServiceField::AutomatedProcessing
            | ServiceField::UserOrientation
            | ServiceField::ExemptionGround
            | ServiceField::Catalogue
            | ServiceField::ServiceChain,
        ) => vec![label(field)],
        Field::Service(ServiceField::ReusableNone | ServiceField::RegulationsNone) => {
            field.help(lang).map(str::to_owned).into_iter().collect()
        }
        // The registers are check boxes: the first takes the focus.
        Field::Service(ServiceField::ReusableInformation) => {
            vec![InfoSource::ALL[0].label(lang).to_owned()]
        }
        Field::OwnPoint(OwnPointField::Status) => {
            let status = match focus.entity {
                EntityRef::OwnPoint(id) => project.own_point(id).map(|c| c.status),
                _ => None,
            };
            vec![
                status
                    .unwrap_or(ChecklistStatus::NotAnswered)
                    .label(lang)
                    .to_owned(),
            ]
        }
        Field::Measure(MeasureField::ServiceIds) => project
            .services
            .first()
            .map(|s| {
                if s.name.is_empty() {
                    t(E::Unnamed)
                } else {
                    s.name.clone()
                }
            })
            .into_iter()
            .collect(),
        Field::Gain(GainField::MeasureId | GainField::Id) => {
            vec![label(GainField::MeasureId.into())]
        }
        Field::Gain(GainField::Years) => vec![
            t(E::PlannedNok),
            t(E::PlannedHours),
            t(E::PlannedIndicator),
            t(E::Year),
            t(E::AddYear),
        ],
        Field::Extraction(ExtractionField::GainId | ExtractionField::Id) => {
            vec![label(ExtractionField::GainId.into())]
        }
        Field::Extraction(ExtractionField::PriorityAreaId) => vec![label(field)],
        Field::Checklist(ChecklistField::Status | ChecklistField::Point) => {
            let status = match focus.entity {
                EntityRef::Checklist(p) => project.checklist_item(p).map(|c| c.status),
                _ => None,
            };
            vec![
                status
                    .unwrap_or(ChecklistStatus::NotAnswered)
                    .label(lang)
                    .to_owned(),
            ]
        }
        Field::Report(ReportField::Measures) => {
            vec![label(MeasureField::Status.into()), t(E::Add)]
        }
        _ => Vec::new(),
    }
}

/// The field whose input a jump to `focus` must focus by its id: a jump to a duplicate id
/// focuses the form's first row.
fn focus_field(focus: Focus) -> Option<Field> {
    match (focus.entity, focus.field) {
        (EntityRef::Measure(_), Some(f)) if f.is_key() => Some(MeasureField::Title.into()),
        (EntityRef::Service(_), Some(f)) if f.is_key() => Some(ServiceField::Name.into()),
        (EntityRef::PriorityArea(_), Some(f)) if f.is_key() => Some(PriorityAreaField::Name.into()),
        (_, field) => field,
    }
}

/// After a jump to `focus`: its step is shown, its entity selected, and the field's input
/// has keyboard focus. Returns what is wrong.
fn check_landed(h: &Harness<'_, GevinstApp>, focus: Focus) -> Result<(), String> {
    let app = h.state();
    let step = Step::of(focus.entity, focus.field);
    if app.step() != step {
        return Err(format!("shows {:?}, not {step:?}", app.step()));
    }
    if app.pending_focus().is_some() {
        return Err("the step did not report the jump done".into());
    }
    let listed = matches!(
        focus.entity,
        EntityRef::PriorityArea(_)
            | EntityRef::Measure(_)
            | EntityRef::Service(_)
            | EntityRef::Gain(_)
            | EntityRef::Extraction(_)
    );
    if listed && app.selected() != Some(focus.entity) {
        return Err(format!("selected {:?}", app.selected()));
    }
    let focused = h.ctx.memory(|m| m.focused());
    let Some(focused) = focused else {
        return Err("nothing has keyboard focus".into());
    };
    let Some((role, name)) = focused_node(h) else {
        return Err("the focused widget is not shown".into());
    };
    // Not hidden under the findings panel (its default width) or beyond the window.
    let rect = h.get(by().predicate(|n| n.is_focused())).rect();
    let visible_right = h.ctx.content_rect().right() - 280.0;
    if rect.right() > visible_right || rect.bottom() > h.ctx.content_rect().bottom() {
        return Err(format!(
            "{role:?} «{name}» at {rect:?} is not fully visible"
        ));
    }
    if focus_field(focus).is_some_and(|field| focused == field_id(focus.entity, field)) {
        return Ok(());
    }
    let names = other_names(&project(h), focus, lang(h));
    if names.contains(&name) {
        return Ok(());
    }
    Err(format!(
        "focus is on {role:?} «{name}», expected the field's input or one of {names:?}"
    ))
}

/// Jump to every finding of the open project (as a click in the findings panel does) and
/// check where each lands. Returns the failures.
fn jump_to_every_finding(h: &mut Harness<'_, GevinstApp>) -> Vec<String> {
    let findings: Vec<Finding> = h.state().findings().findings.clone();
    assert!(!findings.is_empty());
    let mut failures = Vec::new();
    for f in findings {
        let focus = Focus {
            entity: f.entity,
            field: f.field,
        };
        // Start from elsewhere, with the keyboard focus elsewhere.
        let away = if Step::of(f.entity, f.field) == Step::Texts {
            Step::Agency
        } else {
            Step::Texts
        };
        h.state_mut().send(UiCommand::ShowStep(away));
        settle(h);
        h.state_mut().send(UiCommand::GoTo(focus));
        settle(h);
        if let Err(e) = check_landed(h, focus) {
            failures.push(format!("{:?} {:?} ({:?}): {e}", f.entity, f.field, f.rule));
        }
    }
    failures
}

#[test]
fn every_finding_of_the_example_lands_on_its_field() {
    let mut h = example_harness(&FakeDialogs::new());
    let failures = jump_to_every_finding(&mut h);
    assert!(failures.is_empty(), "{failures:#?}");
}

fn id(n: u128) -> Id {
    Id::from_u128(n)
}

/// A project made to trigger as many of validation's rules as possible: every entity kind,
/// every field a finding can name.
fn broken_project() -> Project {
    let mut p = Project::new();
    p.agency.name = String::new();
    p.agency.org_number = "123".into();
    p.agency.parent_ministry = String::new();
    p.report.year = 1990;
    p.report.price_year = 2025;
    p.report.introduction = String::new();
    p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::ZERO);
    p.settings.digital_threshold_low = 9_000;
    p.settings.digital_threshold_high = 5_000;
    p.priority_areas = vec![
        PriorityArea {
            id: id(1),
            name: String::new(),
            description: String::new(),
        },
        PriorityArea {
            id: id(1),
            name: "Tvilling".into(),
            description: String::new(),
        },
    ];
    let stopped = |n, title: &str| Measure {
        id: id(n),
        title: title.into(),
        status: MeasureStatus::Stopped,
        ..Measure::default()
    };
    p.measures = vec![
        Measure {
            digitalisation: true,
            service_ids: vec![id(999)],
            end_date: NaiveDate::from_ymd_opt(2025, 1, 1),
            start_date: NaiveDate::from_ymd_opt(2025, 6, 1),
            investment: Some(Money::from_ore(-100)),
            annual_operating_cost: Some(Money::from_ore(-100)),
            ..stopped(10, "")
        },
        stopped(10, "Dobbel"),
        Measure {
            investment: Some(Money::from_ore(100_000_000_000)),
            ..stopped(11, "Stort tiltak")
        },
    ];
    let service = |n, name: &str| Service {
        id: id(n),
        name: name.into(),
        ..Service::default()
    };
    p.services = vec![
        Service {
            digital_share_percent: Some(Percent::clamped(Decimal::from(150))),
            annual_volume: Some(20_000),
            remains_to_digitalise: true,
            user_orientation: UserOrientation::Redesign,
            reusable_information: vec![InfoSource::Other],
            service_chain: ServiceChain::Yes,
            ..service(20, "")
        },
        Service {
            annual_volume: Some(20_000),
            exemption_reason: "Unntatt".into(),
            remains_to_digitalise: true,
            plan: gevinst_core::model::ServicePlan {
                what: "Noe".into(),
                responsible: "Noen".into(),
                due: NaiveDate::from_ymd_opt(2020, 1, 1),
            },
            digitally_available: false,
            ..service(21, "Unntatt tjeneste")
        },
        Service {
            digitally_available: true,
            ..service(20, "Dobbel tjeneste")
        },
    ];
    let gain = |n, name: &str| Gain {
        id: id(n),
        name: name.into(),
        price_year: 2025,
        ..Gain::default()
    };
    p.gains = vec![
        gain(30, ""),
        Gain {
            measure_id: Some(id(998)),
            indicator: "Saker".into(),
            baseline_value: Some(IndicatorValue::clamped(Decimal::ONE)),
            target_value: Some(IndicatorValue::clamped(Decimal::TWO)),
            baseline_date: NaiveDate::from_ymd_opt(2025, 1, 1),
            target_date: NaiveDate::from_ymd_opt(2024, 1, 1),
            kind: GainKind::Cash,
            price_year: 1900,
            years: vec![
                GainYear {
                    year: 2025,
                    ..GainYear::default()
                },
                GainYear {
                    year: 2025,
                    realised_nok: Some(Money::from_ore(100)),
                    ..GainYear::default()
                },
                GainYear {
                    year: 2030,
                    realised_nok: Some(Money::from_ore(100)),
                    ..GainYear::default()
                },
            ],
            ..gain(31, "Kontantgevinst")
        },
        Gain {
            measure_id: Some(id(11)),
            baseline_value: Some(IndicatorValue::clamped(Decimal::ONE)),
            target_value: Some(IndicatorValue::clamped(Decimal::TWO)),
            kind: GainKind::Time,
            years: vec![GainYear {
                year: 2025,
                planned_nok: Some(Money::from_ore(100)),
                ..GainYear::default()
            }],
            ..gain(32, "Tidsgevinst")
        },
        gain(30, "Dobbel gevinst"),
    ];
    let extraction = |n, gain: Option<Id>| Extraction {
        id: id(n),
        gain_id: gain,
        year: 2025,
        ..Extraction::default()
    };
    p.extractions = vec![
        extraction(40, None),
        Extraction {
            form: ExtractionForm::NotExtracted,
            ..extraction(41, Some(id(997)))
        },
        Extraction {
            form: ExtractionForm::BudgetCut,
            amount_nok: Some(Money::from_ore(-5)),
            fte: Some(Fte::clamped(Decimal::NEGATIVE_ONE)),
            ..extraction(42, Some(id(31)))
        },
        Extraction {
            form: ExtractionForm::BudgetCut,
            amount_nok: Some(Money::from_ore(10_000)),
            fte: Some(Fte::clamped(Decimal::TEN)),
            ..extraction(43, Some(id(32)))
        },
        Extraction {
            priority_area_id: Some(id(996)),
            ..extraction(40, Some(id(32)))
        },
    ];
    p.checklist = ChecklistPoint::ALL
        .iter()
        .map(|&point| ChecklistItem {
            point,
            status: ChecklistStatus::NotAnswered,
            justification: String::new(),
        })
        .collect();
    p.checklist[1].status = ChecklistStatus::Partly;
    p.checklist[2].status = ChecklistStatus::NotRelevant;
    p.checklist.push(ChecklistItem {
        point: ChecklistPoint::ALL[0],
        status: ChecklistStatus::Fulfilled,
        justification: String::new(),
    });
    p.own_points.push(OwnPoint {
        id: id(60),
        status: ChecklistStatus::Partly,
        justification_required: true,
        ..OwnPoint::default()
    });
    p
}

/// Open `p` from a file, as a user would.
fn open_project(p: &Project, dir: &Path) -> Harness<'static, GevinstApp> {
    let path = dir.join("prosjekt.gevinst.json");
    std::fs::write(&path, serde_json::to_string_pretty(p).unwrap()).unwrap();
    let h = harness_with(&FakeDialogs::new(), 1000.0, move |o| o.file = Some(path));
    assert!(h.state().prompt().is_none(), "{:?}", h.state().prompt());
    h
}

#[test]
fn every_field_validation_can_name_lands_on_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let p = broken_project();
    let mut h = open_project(&p, dir.path());
    let findings = &h.state().findings().findings;
    // The project reaches every field validation names, of every entity kind.
    let named: std::collections::HashSet<Field> = findings.iter().filter_map(|f| f.field).collect();
    let expected: Vec<Field> = vec![
        AgencyField::Name.into(),
        AgencyField::OrgNumber.into(),
        AgencyField::ParentMinistry.into(),
        ReportField::Year.into(),
        ReportField::Measures.into(),
        ReportField::Introduction.into(),
        SettingsField::HoursPerFte.into(),
        SettingsField::DigitalThresholdLow.into(),
        PriorityAreaField::Id.into(),
        PriorityAreaField::Name.into(),
        MeasureField::Id.into(),
        MeasureField::Title.into(),
        MeasureField::SpecialAssessment.into(),
        MeasureField::EndDate.into(),
        MeasureField::ServiceIds.into(),
        MeasureField::Investment.into(),
        MeasureField::AnnualOperatingCost.into(),
        ServiceField::Id.into(),
        ServiceField::Name.into(),
        ServiceField::DigitalSharePercent.into(),
        ServiceField::DigitallyAvailable.into(),
        ServiceField::ExemptionReason.into(),
        ServiceField::PlanWhat.into(),
        ServiceField::PlanResponsible.into(),
        ServiceField::PlanDue.into(),
        ServiceField::SelfService.into(),
        ServiceField::InstantDecision.into(),
        ServiceField::AutomatedProcessing.into(),
        ServiceField::UserOrientation.into(),
        ServiceField::UserOrientationReason.into(),
        ServiceField::ReusableOther.into(),
        ServiceField::ServiceChainPartners.into(),
        GainField::Id.into(),
        GainField::Name.into(),
        GainField::MeasureId.into(),
        GainField::Owner.into(),
        GainField::Indicator.into(),
        GainField::Unit.into(),
        GainField::BaselineValue.into(),
        GainField::BaselineDate.into(),
        GainField::TargetValue.into(),
        GainField::TargetDate.into(),
        GainField::Years.into(),
        GainField::PriceYear.into(),
        ExtractionField::Id.into(),
        ExtractionField::GainId.into(),
        ExtractionField::PriorityAreaId.into(),
        ExtractionField::Description.into(),
        ExtractionField::AmountNok.into(),
        ExtractionField::Fte.into(),
        ChecklistField::Point.into(),
        ChecklistField::Status.into(),
        ChecklistField::Justification.into(),
        OwnPointField::Title.into(),
        OwnPointField::Justification.into(),
    ];
    let missing: Vec<&Field> = expected.iter().filter(|f| !named.contains(f)).collect();
    assert!(missing.is_empty(), "the broken project misses {missing:#?}");
    let failures = jump_to_every_finding(&mut h);
    assert!(failures.is_empty(), "{failures:#?}");

    // "No measures" lands on the list's Add button.
    let mut empty = broken_project();
    empty.measures.clear();
    let mut h = open_project(&empty, dir.path());
    let focus = Focus {
        entity: EntityRef::Report,
        field: Some(ReportField::Measures.into()),
    };
    h.state_mut().send(UiCommand::GoTo(focus));
    settle(&mut h);
    check_landed(&h, focus).unwrap();
    assert_eq!(focused_node(&h).unwrap().1, E::Add.text(NB));
}

/// The findings `broken_project` cannot have beside its own: a missing org number (it has an
/// invalid one), a cash gain with years but no amounts, and extractions above what their
/// gain's year holds (no kroner; hours planned, realised or none).
fn second_broken_project() -> Project {
    let mut p = Project::new();
    p.agency.org_number = String::new();
    let year = |planned_hours, realised_hours| GainYear {
        year: 2025,
        planned_hours,
        realised_hours,
        ..GainYear::default()
    };
    let gain = |n, kind, years| Gain {
        id: id(n),
        name: format!("Gevinst {n}"),
        kind,
        years: vec![years],
        price_year: 2025,
        ..Gain::default()
    };
    p.gains = vec![
        gain(1, GainKind::Cash, year(None, None)),
        gain(
            2,
            GainKind::Time,
            year(Some(Hours::clamped(Decimal::ONE)), None),
        ),
        gain(
            3,
            GainKind::Time,
            year(None, Some(Hours::clamped(Decimal::ONE))),
        ),
    ];
    p.extractions = (1..=3)
        .map(|n| Extraction {
            id: id(10 + n),
            gain_id: Some(id(n)),
            year: 2025,
            amount_nok: Money::from_kroner(1_000),
            fte: Some(Fte::clamped(Decimal::TEN)),
            ..Extraction::default()
        })
        .collect();
    p
}

#[test]
fn the_findings_of_the_other_rules_land_on_their_inputs_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open_project(&second_broken_project(), dir.path());
    let rules: Vec<Rule> = h
        .state()
        .findings()
        .findings
        .iter()
        .map(|f| f.rule)
        .collect();
    for rule in [
        Rule::OrgNumberMissing,
        Rule::GainCashWithoutAmounts,
        Rule::ExtractionWithoutGainValue,
        Rule::FteWithoutGainHours,
        Rule::FteAbovePlanned,
        Rule::FteAboveRealised,
    ] {
        assert!(rules.contains(&rule), "{rule:?} is not among {rules:?}");
    }
    let failures = jump_to_every_finding(&mut h);
    assert!(failures.is_empty(), "{failures:#?}");
}

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
