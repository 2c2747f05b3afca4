//! Shared by `validate.rs` and the `validate_*.rs` rule tests (not `validate_sources.rs`): the
//! ids, the complete project and the helpers that run validation and check a finding.

#![allow(dead_code)] // shared by several test crates, each using only some of the helpers

pub use chrono::NaiveDate;
pub use gevinst_core::i18n::*;
pub use gevinst_core::model::*;
pub use gevinst_core::validate::*;
pub use rust_decimal::Decimal;
pub use std::str::FromStr;

pub const AREA: Id = Id::from_u128(1);
pub const MEASURE: Id = Id::from_u128(2);
pub const SERVICE: Id = Id::from_u128(3);
pub const CASH: Id = Id::from_u128(4);
pub const TIME: Id = Id::from_u128(5);
pub const X_KRONER: Id = Id::from_u128(6);
pub const X_FTE: Id = Id::from_u128(7);
pub const NOWHERE: Id = Id::from_u128(999);

pub fn today() -> NaiveDate {
    date(2026, 3, 1)
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn kr(n: i64) -> Money {
    Money::from_kroner(n).unwrap()
}

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// A project with every required thing in place: validation finds nothing.
pub fn complete() -> Project {
    let mut p = Project::new();
    p.agency = Agency {
        name: "Direktoratet for forenkling".into(),
        org_number: "974760673".into(),
        parent_ministry: "Digitaliseringsdepartementet".into(),
    };
    p.report.year = 2025;
    p.report.price_year = 2025;
    p.report.introduction = "Direktoratet har i 2025 arbeidet med…".into();
    p.priority_areas = vec![PriorityArea {
        id: AREA,
        name: "Tilsyn med barnehager".into(),
        description: String::new(),
    }];
    p.measures = vec![Measure {
        id: MEASURE,
        title: "Digital søknad om tilskudd".into(),
        status: MeasureStatus::Implemented,
        start_date: Some(date(2024, 1, 1)),
        end_date: Some(date(2025, 6, 30)),
        digitalisation: true,
        special_assessment: "Vurdert mot Digitalt førstevalg.".into(),
        service_ids: vec![SERVICE],
        investment: Some(kr(2_000_000)),
        annual_operating_cost: Some(kr(150_000)),
        price_year: 2025,
        ..Measure::default()
    }];
    p.services = vec![Service {
        id: SERVICE,
        name: "Søknad om tilskudd".into(),
        annual_volume: Some(12_000),
        digital_share_percent: Some(Percent::clamped(dec("85"))),
        digitally_available: true,
        self_service: Suitability::Suited,
        instant_decision: Suitability::Partly,
        automated_processing: Suitability::NotSuited,
        user_orientation: UserOrientation::Keep,
        ..Service::default()
    }];
    let gain = |id, name: &str, kind| Gain {
        id,
        measure_id: Some(MEASURE),
        name: name.into(),
        kind,
        indicator: "Saksbehandlingstid".into(),
        unit: "dager".into(),
        baseline_value: Some(IndicatorValue::clamped(dec("30"))),
        baseline_date: Some(date(2024, 1, 1)),
        target_value: Some(IndicatorValue::clamped(dec("5"))),
        target_date: Some(date(2026, 12, 31)),
        owner: "Avdelingsdirektør Kari Nordmann".into(),
        price_year: 2025,
        ..Gain::default()
    };
    let mut cash = gain(CASH, "Lavere portokostnader", GainKind::Cash);
    cash.years = vec![GainYear {
        year: 2025,
        planned_nok: Some(kr(600_000)),
        realised_nok: Some(kr(500_000)),
        ..GainYear::default()
    }];
    let mut time = gain(TIME, "Spart saksbehandlingstid", GainKind::Time);
    time.years = vec![GainYear {
        year: 2025,
        planned_hours: Some(Hours::clamped(dec("3390"))),
        realised_hours: Some(Hours::clamped(dec("3390"))), // 2 FTE at 1 695 hours
        ..GainYear::default()
    }];
    p.gains = vec![cash, time];
    p.extractions = vec![
        Extraction {
            id: X_KRONER,
            gain_id: Some(CASH),
            year: 2025,
            form: ExtractionForm::Reallocation,
            amount_nok: Some(kr(400_000)),
            fte: None,
            priority_area_id: Some(AREA),
            description: String::new(),
        },
        Extraction {
            id: X_FTE,
            gain_id: Some(TIME),
            year: 2025,
            form: ExtractionForm::BudgetCut,
            amount_nok: None,
            fte: Some(Fte::clamped(dec("2"))),
            priority_area_id: None,
            description: String::new(),
        },
    ];
    for item in &mut p.checklist {
        item.status = ChecklistStatus::Fulfilled;
    }
    for s in &mut p.services {
        // Assessed, with nothing found: "none" is an answer.
        s.reusable_none = s.reusable_information.is_empty();
        s.regulations_none = s.regulations_to_review.trim().is_empty();
        if s.service_chain == ServiceChain::NotAssessed {
            s.service_chain = ServiceChain::No;
        }
    }
    p
}

/// Validates and checks what holds for every result: deterministic, errors before warnings
/// before hints, and no more open findings than checks.
pub fn run(p: &Project) -> Validation {
    let v = validate(p, today());
    assert_eq!(v, validate(p, today()), "validation is deterministic");
    assert!(
        v.findings
            .windows(2)
            .all(|w| w[0].severity <= w[1].severity),
        "sorted by severity"
    );
    assert!(v.checks >= v.count(Severity::Error) + v.count(Severity::Warning));
    v
}

pub fn with_rule(v: &Validation, rule: Rule) -> Vec<&Finding> {
    v.findings.iter().filter(|f| f.rule == rule).collect()
}

/// Asserts exactly one finding of the rule, with this severity, entity and field.
#[track_caller]
pub fn finds(
    p: &Project,
    severity: Severity,
    entity: EntityRef,
    field: impl Into<Field>,
    rule: Rule,
) -> Finding {
    let v = run(p);
    let found = with_rule(&v, rule);
    assert_eq!(found.len(), 1, "{rule:?} once in {:#?}", v.findings);
    let f = found[0].clone();
    assert_eq!(
        (f.severity, f.entity, f.field),
        (severity, entity, Some(field.into())),
        "{rule:?}"
    );
    for lang in Language::ALL {
        let text = f.message(lang);
        assert!(!text.contains('{'), "unfilled placeholder: {text}");
    }
    f
}

#[track_caller]
pub fn quiet(p: &Project, rule: Rule) {
    let v = run(p);
    assert!(
        with_rule(&v, rule).is_empty(),
        "{rule:?} should be gone: {:#?}",
        v.findings
    );
}

pub fn arg<'a>(f: &'a Finding, name: &str) -> &'a Arg {
    f.arg(name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", f.args))
}

pub fn name(text: &str) -> Arg {
    Arg::Name(text.into())
}
