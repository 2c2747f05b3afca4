//! Every finding validation can emit lands on its step, entity and field (issue 5, "Done when"):
//! the example's findings, and projects made to break as many rules as possible, opened headless
//! through egui_kittest. Every `run()` also checks that all inputs have accessible names.

use crate::support::workflows::*;
use gevinst_app::UiCommand;
use gevinst_core::validate::*;
use rust_decimal::Decimal;
use std::path::Path;

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
