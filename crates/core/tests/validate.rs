//! The validation rules: each rule is shown to find its problem (severity, entity, field) on a
//! small project built here, and to stay quiet once the problem is fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use gevinst_core::i18n::{Key, Language, Message, placeholders};
use gevinst_core::model::{
    Agency, AgencyField, Beneficiary, CatalogueRegistration, ChecklistField, ChecklistPoint,
    ChecklistStatus, EntityRef, Extraction, ExtractionField, ExtractionForm, Field, Fte, Gain,
    GainField, GainKind, GainYear, Hours, HoursPerFte, Id, IndexValue, IndicatorValue, InfoSource,
    Measure, MeasureField, MeasureStatus, Money, OwnPoint, Percent, PriceIndexEntry, PriorityArea,
    PriorityAreaField, Project, Rate, ReportField, Service, ServiceChain, ServiceField,
    ServicePlan, SettingsField, Suitability, UserOrientation,
};
use gevinst_core::validate::{Arg, Finding, Rule, Severity, Validation, validate};
use rust_decimal::Decimal;
use std::str::FromStr;

const AREA: Id = Id::from_u128(1);
const MEASURE: Id = Id::from_u128(2);
const SERVICE: Id = Id::from_u128(3);
const CASH: Id = Id::from_u128(4);
const TIME: Id = Id::from_u128(5);
const X_KRONER: Id = Id::from_u128(6);
const X_FTE: Id = Id::from_u128(7);
const NOWHERE: Id = Id::from_u128(999);

fn today() -> NaiveDate {
    date(2026, 3, 1)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn kr(n: i64) -> Money {
    Money::from_kroner(n).unwrap()
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// A project with every required thing in place: validation finds nothing.
fn complete() -> Project {
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
fn run(p: &Project) -> Validation {
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

fn with_rule(v: &Validation, rule: Rule) -> Vec<&Finding> {
    v.findings.iter().filter(|f| f.rule == rule).collect()
}

/// Asserts exactly one finding of the rule, with this severity, entity and field.
#[track_caller]
fn finds(
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
fn quiet(p: &Project, rule: Rule) {
    let v = run(p);
    assert!(
        with_rule(&v, rule).is_empty(),
        "{rule:?} should be gone: {:#?}",
        v.findings
    );
}

fn arg<'a>(f: &'a Finding, name: &str) -> &'a Arg {
    f.arg(name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", f.args))
}

fn name(text: &str) -> Arg {
    Arg::Name(text.into())
}

#[test]
fn a_complete_project_has_no_findings_and_passes_every_check() {
    let v = run(&complete());
    assert!(v.findings.is_empty(), "{:#?}", v.findings);
    assert!(v.checks > 40, "{}", v.checks);
    assert_eq!(v.checks_passed(), v.checks);
    assert!(!v.has_errors());
}

#[test]
fn a_new_project_counts_what_is_left_to_do() {
    let mut p = Project::new();
    p.report.year = 2025;
    let v = run(&p);
    // Agency 3, report year 1, settings 2, "has measures" 1, checklist 14.
    assert_eq!(v.checks, 21);
    // Passed: the report year and the two settings.
    assert_eq!(v.checks_passed(), 3);
    assert_eq!(v.count(Severity::Error), 2); // agency name, no measures
    assert_eq!(v.count(Severity::Warning), 16); // org number, ministry, 14 checklist points
    assert_eq!(v.count(Severity::Hint), 1); // introduction
}

#[test]
fn findings_are_ordered_by_severity_then_by_step_then_by_list() {
    let mut p = complete();
    p.report.introduction.clear(); // hint, texts
    p.checklist[0].status = ChecklistStatus::Partly; // error, checklist
    p.gains[1].owner.clear(); // warning, gains
    p.gains[0].owner.clear(); // warning, gains (first in list)
    p.measures[0].title.clear(); // error, measures
    p.agency.parent_ministry.clear(); // warning, agency
    p.services[0].self_service = Suitability::NotAssessed; // warning, services
    let v = run(&p);
    let order: Vec<(Severity, EntityRef, Rule)> = v
        .findings
        .iter()
        .map(|f| (f.severity, f.entity, f.rule))
        .collect();
    assert_eq!(
        order,
        vec![
            (
                Severity::Error,
                EntityRef::Measure(MEASURE),
                Rule::MeasureTitleMissing
            ),
            (
                Severity::Error,
                EntityRef::Checklist(ChecklistPoint::P1_1),
                Rule::DeviationWithoutJustification
            ),
            (
                Severity::Warning,
                EntityRef::Agency,
                Rule::ParentMinistryMissing
            ),
            (
                Severity::Warning,
                EntityRef::Service(SERVICE),
                Rule::SelfServiceNotAssessed
            ),
            (
                Severity::Warning,
                EntityRef::Gain(CASH),
                Rule::GainWithoutOwner
            ),
            (
                Severity::Warning,
                EntityRef::Gain(TIME),
                Rule::GainWithoutOwner
            ),
            (Severity::Hint, EntityRef::Report, Rule::IntroductionMissing),
        ]
    );
    assert_eq!(v.checks_passed(), v.checks - 6);
    assert_eq!(v.about(EntityRef::Gain(TIME)).count(), 1);
}

// ---- Messages ------------------------------------------------------------------------------

#[test]
fn messages_name_the_entity_in_every_language() {
    let mut p = complete();
    p.measures[0].special_assessment = " ".into();
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::SpecialAssessment,
        Rule::DigitalisationWithoutAssessment,
    );
    assert_eq!(
        f.message(Language::Nb),
        "Tiltaket «Digital søknad om tilskudd» digitaliserer arbeidsprosesser eller tjenester, men mangler den særlige vurderingen årsrapporten krever. Skriv vurderingen."
    );
    assert_eq!(
        f.message(Language::Nn),
        "Tiltaket «Digital søknad om tilskudd» digitaliserer arbeidsprosessar eller tenester, men manglar den særlege vurderinga årsrapporten krev. Skriv vurderinga."
    );
    assert_eq!(
        f.message(Language::En),
        "The measure “Digital søknad om tilskudd” digitalises work processes or services but lacks the special assessment the annual report requires. Write the assessment."
    );
}

#[test]
fn messages_format_amounts_for_the_language() {
    let mut p = complete();
    p.extractions[0].amount_nok = Some(Money::from_ore(125_000_050)); // 1 250 000,50 kr
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionAboveRealised,
    );
    assert_eq!(
        f.message(Language::Nb),
        "Uttakene fra «Lavere portokostnader» i 2025 er til sammen 1\u{a0}250\u{a0}000,50\u{a0}kr, mer enn den realiserte gevinsten det året (500\u{a0}000\u{a0}kr). Sjekk beløpene."
    );
    assert_eq!(
        f.message(Language::En),
        "The extractions from “Lavere portokostnader” in 2025 add up to NOK\u{a0}1,250,000.50, more than the gain realised that year (NOK\u{a0}500,000). Check the amounts."
    );
}

#[test]
fn checklist_messages_carry_the_points_title() {
    let mut p = complete();
    p.checklist[10].status = ChecklistStatus::NotAnswered;
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_10),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    assert_eq!(
        f.message(Language::Nn),
        "Punkt 1.10 i sjekklista («Gevinstrealisering») er ikkje svara på. Vel oppfylt, delvis oppfylt, ikkje oppfylt eller ikkje relevant."
    );
}

#[test]
fn empty_names_read_as_unnamed() {
    let mut p = complete();
    p.gains[0].name.clear();
    p.gains[0].owner.clear();
    let v = run(&p);
    let f = with_rule(&v, Rule::GainWithoutOwner)[0];
    assert!(
        f.message(Language::Nb)
            .starts_with("Gevinsten «(uten navn)» mangler")
    );
    assert!(
        f.message(Language::En)
            .starts_with("The gain “(unnamed)” has")
    );
}

#[test]
fn very_long_names_are_shortened_in_messages() {
    let mut p = complete();
    p.measures[0].title = "ø".repeat(5_000);
    p.measures[0].special_assessment.clear();
    let v = run(&p);
    let f = with_rule(&v, Rule::DigitalisationWithoutAssessment)[0];
    let Arg::Name(title) = arg(f, "title") else {
        panic!("the title is a name: {:?}", f.args)
    };
    assert_eq!(title.chars().count(), 80);
    assert!(title.ends_with('…'));
}

/// Projects that between them break every rule, each at least once: the first breaks almost
/// all; the others what cannot go wrong in the same project (an organisation number missing
/// or invalid, no measures or none active, thresholds reversed or in use).
fn every_rule() -> Vec<Project> {
    let id = Id::from_u128;
    let mut p = complete();
    p.agency.name.clear();
    p.agency.org_number = "974760674".into();
    p.agency.parent_ministry.clear();
    p.report.year = 1999;
    p.report.introduction.clear();
    p.priority_areas.push(PriorityArea::default());
    p.priority_areas.push(p.priority_areas[0].clone());
    let measure = Measure {
        id: id(100),
        digitalisation: true,
        start_date: Some(date(2025, 6, 1)),
        end_date: Some(date(2025, 1, 1)),
        investment: Some(Money::from_ore(-100)),
        annual_operating_cost: Some(Money::from_ore(-100)),
        ..Measure::default()
    };
    p.measures.push(measure);
    p.measures.push(Measure {
        id: id(101),
        title: "Stort tiltak".into(),
        service_ids: vec![NOWHERE],
        investment: Some(kr(2_000_000_000)),
        ..Measure::default()
    });
    p.measures.push(p.measures[0].clone());
    let service = |n, name: &str| Service {
        id: id(n),
        name: name.into(),
        ..Service::default()
    };
    p.services.push(Service {
        digital_share_percent: Some(Percent::clamped(dec("120"))),
        annual_volume: Some(20_000),
        remains_to_digitalise: true,
        ..service(200, "")
    });
    p.services.push(Service {
        annual_volume: Some(4_000),
        digitally_available: true,
        user_orientation: UserOrientation::Redesign,
        reusable_information: vec![InfoSource::Other],
        service_chain: ServiceChain::Yes,
        ..service(201, "Skjema")
    });
    p.services.push(Service {
        annual_volume: Some(4_000),
        remains_to_digitalise: true,
        plan: ServicePlan {
            what: "Noe".into(),
            responsible: "Noen".into(),
            due: Some(date(2020, 1, 1)),
        },
        ..service(202, "Forsinket")
    });
    p.services.push(Service {
        annual_volume: Some(9_000),
        exemption_reason: "Lønner seg ikke.".into(),
        ..service(203, "Unntatt")
    });
    p.services.push(Service {
        digitally_available: true,
        ..service(204, "Digital")
    });
    p.services.push(p.services[0].clone());
    let gain = |n, name: &str, kind| Gain {
        id: id(n),
        name: name.into(),
        kind,
        price_year: 2025,
        ..Gain::default()
    };
    p.gains.push(gain(300, "", GainKind::Quality));
    p.gains.push(Gain {
        measure_id: Some(NOWHERE),
        indicator: "Saker".into(),
        baseline_value: Some(IndicatorValue::clamped(dec("1"))),
        target_value: Some(IndicatorValue::clamped(dec("2"))),
        baseline_date: Some(date(2025, 1, 1)),
        target_date: Some(date(2024, 1, 1)),
        price_year: 1900,
        years: vec![
            GainYear {
                year: 2025,
                planned_nok: Some(kr(100)),
                ..GainYear::default()
            },
            GainYear {
                year: 2025,
                ..GainYear::default()
            },
            GainYear {
                year: 2030,
                realised_indicator: Some(IndicatorValue::clamped(dec("1"))),
                ..GainYear::default()
            },
        ],
        ..gain(301, "Kontant", GainKind::Cash)
    });
    p.gains.push(Gain {
        years: vec![GainYear {
            year: 2024,
            ..GainYear::default()
        }],
        ..gain(302, "Tid", GainKind::Time)
    });
    p.gains.push(Gain {
        years: vec![GainYear {
            year: 2025,
            planned_hours: Some(Hours::clamped(dec("1695"))),
            planned_nok: Some(kr(1)),
            ..GainYear::default()
        }],
        ..gain(303, "Timer", GainKind::Time)
    });
    p.gains.push(Gain {
        years: vec![GainYear {
            year: 2025,
            ..GainYear::default()
        }],
        ..gain(304, "Uten kroner", GainKind::Cash)
    });
    p.gains.push(Gain {
        years: vec![GainYear {
            year: 2025,
            realised_nok: Some(kr(10)),
            ..GainYear::default()
        }],
        ..gain(305, "Ikke hentet ut", GainKind::Cash)
    });
    p.gains.push(Gain {
        beneficiary: Beneficiary::Citizens,
        ..gain(306, "For innbyggerne", GainKind::OtherActors)
    });
    p.gains.push(p.gains[0].clone());
    let extraction = |n, gain, year, form| Extraction {
        id: id(n),
        gain_id: gain,
        year,
        form,
        ..Extraction::default()
    };
    let budget = ExtractionForm::BudgetCut;
    p.extractions.extend([
        extraction(400, None, 2025, budget),
        extraction(401, Some(NOWHERE), 2025, budget),
        extraction(402, Some(CASH), 2025, ExtractionForm::Reallocation),
        Extraction {
            priority_area_id: Some(NOWHERE),
            amount_nok: Some(kr(-1)),
            fte: Some(Fte::clamped(dec("-1"))),
            ..extraction(403, Some(CASH), 2026, ExtractionForm::Reallocation)
        },
        extraction(404, Some(CASH), 2025, ExtractionForm::NotExtracted),
        Extraction {
            amount_nok: Some(kr(1_000_000)),
            fte: Some(Fte::clamped(dec("5"))),
            ..extraction(405, Some(CASH), 2025, budget)
        },
        Extraction {
            amount_nok: Some(kr(1_000)),
            ..extraction(406, Some(id(301)), 2025, budget)
        },
        Extraction {
            amount_nok: Some(kr(1_000)),
            fte: Some(Fte::clamped(dec("1"))),
            ..extraction(407, Some(id(302)), 2024, budget)
        },
        Extraction {
            fte: Some(Fte::clamped(dec("5"))),
            ..extraction(408, Some(id(303)), 2025, budget)
        },
        Extraction {
            fte: Some(Fte::clamped(dec("5"))),
            ..extraction(409, Some(TIME), 2025, budget)
        },
        extraction(410, Some(id(306)), 2025, budget),
    ]);
    p.extractions.push(p.extractions[0].clone());
    p.checklist[0].status = ChecklistStatus::NotAnswered;
    p.checklist[1].status = ChecklistStatus::Partly;
    p.checklist[2].status = ChecklistStatus::NotRelevant;
    p.checklist.push(p.checklist[3].clone());
    p.checklist[9].status = ChecklistStatus::Partly; // 1.9 asks for no justification
    p.services.push(Service {
        digitally_available: true,
        catalogue: CatalogueRegistration::NotRegistered,
        reusable_none: true,
        reusable_information: vec![InfoSource::Folkeregisteret],
        regulations_none: true,
        regulations_to_review: "Forskrift".into(),
        ..service(203, "Motsigelse")
    });
    p.own_points = vec![
        OwnPoint {
            id: id(500),
            ..OwnPoint::default()
        },
        OwnPoint {
            id: id(501),
            title: "Klarspråk".into(),
            status: ChecklistStatus::Partly,
            justification_required: true,
            ..OwnPoint::default()
        },
        OwnPoint {
            id: id(502),
            title: "Rapportering".into(),
            source: "Tildelingsbrev".into(),
            status: ChecklistStatus::NotFulfilled,
            ..OwnPoint::default()
        },
    ];

    let mut none_active = complete();
    none_active.agency.org_number.clear();
    none_active.measures[0].status = MeasureStatus::Stopped;
    none_active.settings.hours_per_fte = HoursPerFte::clamped(Decimal::ZERO);
    none_active.settings.digital_threshold_low = 6_000;
    none_active.settings.discount_rates[1].until_year = Some(10);
    none_active.settings.discount_rates[2].rate_percent = Rate::clamped(dec("-100"));
    let mut no_measures = complete();
    no_measures.measures.clear();
    vec![p, none_active, no_measures]
}

#[test]
fn every_rule_is_broken_by_the_every_rule_projects() {
    let found: std::collections::HashSet<Rule> = every_rule()
        .iter()
        .flat_map(|p| run(p).findings)
        .map(|f| f.rule)
        .collect();
    let missing: Vec<&Rule> = <Rule as Key>::all()
        .iter()
        .filter(|r| !found.contains(r))
        .collect();
    assert!(missing.is_empty(), "no finding for {missing:?}");
}

#[test]
fn every_message_fills_every_placeholder_in_every_language() {
    let mut projects = every_rule();
    projects.push(gevinst_core::example::project());
    projects.push(gevinst_core::example::large());
    let mut checked = 0;
    for p in &projects {
        for f in run(p).findings {
            assert!(
                f.field.is_some_and(|field| field.belongs_to(f.entity)),
                "{f:?}"
            );
            for lang in Language::ALL {
                let text = f.message(lang);
                assert!(
                    placeholders(&text).is_empty(),
                    "{:?} in {}: {text}",
                    f.rule,
                    lang.code()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

// ---- Agency and report ---------------------------------------------------------------------

#[test]
fn agency_name_missing() {
    let mut p = complete();
    p.agency.name = "  ".into();
    finds(
        &p,
        Severity::Error,
        EntityRef::Agency,
        AgencyField::Name,
        Rule::AgencyNameMissing,
    );
    p.agency.name = "Statens forvaltningstjeneste".into();
    quiet(&p, Rule::AgencyNameMissing);
}

#[test]
fn org_number_missing() {
    let mut p = complete();
    p.agency.org_number.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Agency,
        AgencyField::OrgNumber,
        Rule::OrgNumberMissing,
    );
    quiet(&p, Rule::OrgNumberInvalid);
    p.agency.org_number = "991825827".into();
    quiet(&p, Rule::OrgNumberMissing);
}

#[test]
fn org_number_invalid() {
    let mut p = complete();
    p.agency.org_number = "974760674".into();
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Agency,
        AgencyField::OrgNumber,
        Rule::OrgNumberInvalid,
    );
    assert_eq!(arg(&f, "org_number"), &Arg::Text("974760674".into()));
    p.agency.org_number = "974 760 673".into();
    quiet(&p, Rule::OrgNumberInvalid);
}

#[test]
fn parent_ministry_missing() {
    let mut p = complete();
    p.agency.parent_ministry.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Agency,
        AgencyField::ParentMinistry,
        Rule::ParentMinistryMissing,
    );
    p.agency.parent_ministry = "Finansdepartementet".into();
    quiet(&p, Rule::ParentMinistryMissing);
}

#[test]
fn report_year_implausible() {
    let mut p = complete();
    for year in [0, 1999, 2028, 20250] {
        p.report.year = year;
        let f = finds(
            &p,
            Severity::Error,
            EntityRef::Report,
            ReportField::Year,
            Rule::ReportYearImplausible,
        );
        assert_eq!(arg(&f, "latest"), &Arg::Year(2027));
    }
    for year in [2000, 2025, 2027] {
        p.report.year = year;
        quiet(&p, Rule::ReportYearImplausible);
    }
}

#[test]
fn hours_per_fte_not_positive() {
    let mut p = complete();
    p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::ZERO);
    finds(
        &p,
        Severity::Error,
        EntityRef::Settings,
        SettingsField::HoursPerFte,
        Rule::HoursPerFteNotPositive,
    );
    p.settings.hours_per_fte = HoursPerFte::clamped(dec("1695"));
    quiet(&p, Rule::HoursPerFteNotPositive);
}

#[test]
fn digital_thresholds_reversed() {
    let mut p = complete();
    p.settings.digital_threshold_low = 6000;
    finds(
        &p,
        Severity::Error,
        EntityRef::Settings,
        SettingsField::DigitalThresholdLow,
        Rule::DigitalThresholdsReversed,
    );
    p.settings.digital_threshold_low = 3000;
    quiet(&p, Rule::DigitalThresholdsReversed);
}

// ---- Priority areas and duplicates -------------------------------------------------------

#[test]
fn priority_area_name_missing() {
    let mut p = complete();
    p.priority_areas[0].name.clear();
    finds(
        &p,
        Severity::Error,
        EntityRef::PriorityArea(AREA),
        PriorityAreaField::Name,
        Rule::PriorityAreaNameMissing,
    );
    p.priority_areas[0].name = "Tilsyn".into();
    quiet(&p, Rule::PriorityAreaNameMissing);
}

/// A change made to a project.
type Change = fn(&mut Project);

#[test]
fn duplicate_ids_in_every_list() {
    let base = complete();
    let cases: [(Change, EntityRef, Field); 4] = [
        (
            |p| p.priority_areas.push(p.priority_areas[0].clone()),
            EntityRef::PriorityArea(AREA),
            PriorityAreaField::Id.into(),
        ),
        (
            |p| p.measures.push(p.measures[0].clone()),
            EntityRef::Measure(MEASURE),
            MeasureField::Id.into(),
        ),
        (
            |p| p.services.push(p.services[0].clone()),
            EntityRef::Service(SERVICE),
            ServiceField::Id.into(),
        ),
        (
            |p| p.gains.push(p.gains[0].clone()),
            EntityRef::Gain(CASH),
            GainField::Id.into(),
        ),
    ];
    for (duplicate, entity, field) in cases {
        let mut p = base.clone();
        duplicate(&mut p);
        finds(&p, Severity::Error, entity, field, Rule::DuplicateId);
        let v = run(&p);
        // One finding for the copy, none for the original.
        assert_eq!(
            v.findings
                .iter()
                .filter(|f| f.entity == entity && f.severity != Severity::Hint)
                .count(),
            1,
            "{:#?}",
            v.findings
        );
    }
    quiet(&base, Rule::DuplicateId);
}

#[test]
fn duplicate_extraction_id() {
    let mut p = complete();
    let mut copy = p.extractions[1].clone();
    copy.fte = Some(Fte::clamped(Decimal::ZERO));
    p.extractions.push(copy);
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Id,
        Rule::DuplicateExtractionId,
    );
    assert_eq!(arg(&f, "gain"), &name("Spart saksbehandlingstid"));
    p.extractions[2].id = Id::from_u128(70);
    quiet(&p, Rule::DuplicateExtractionId);
}

// ---- Measures --------------------------------------------------------------------------------

#[test]
fn no_measures() {
    let mut p = complete();
    p.measures.clear();
    p.gains.clear();
    p.extractions.clear();
    finds(
        &p,
        Severity::Error,
        EntityRef::Report,
        ReportField::Measures,
        Rule::NoMeasures,
    );
    quiet(&p, Rule::NoActiveMeasures);
    p.measures.push(Measure {
        title: "Nytt tiltak".into(),
        ..Measure::default()
    });
    quiet(&p, Rule::NoMeasures);
}

#[test]
fn no_active_measures() {
    let mut p = complete();
    p.measures[0].status = MeasureStatus::Stopped;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Report,
        ReportField::Measures,
        Rule::NoActiveMeasures,
    );
    p.measures[0].status = MeasureStatus::Planned;
    quiet(&p, Rule::NoActiveMeasures);
}

#[test]
fn measure_title_missing() {
    let mut p = complete();
    p.measures[0].title = "\n".into();
    finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::Title,
        Rule::MeasureTitleMissing,
    );
    p.measures[0].title = "Tiltak".into();
    quiet(&p, Rule::MeasureTitleMissing);
}

#[test]
fn digitalisation_without_assessment() {
    let mut p = complete();
    p.measures[0].special_assessment.clear();
    finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::SpecialAssessment,
        Rule::DigitalisationWithoutAssessment,
    );
    p.measures[0].digitalisation = false;
    quiet(&p, Rule::DigitalisationWithoutAssessment);
}

#[test]
fn measure_dates_reversed() {
    let mut p = complete();
    p.measures[0].start_date = Some(date(2026, 1, 1));
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::EndDate,
        Rule::MeasureDatesReversed,
    );
    assert_eq!(arg(&f, "start"), &Arg::Date(date(2026, 1, 1)));
    assert!(
        f.message(Language::Nb)
            .contains("slutter 30.06.2025, før det starter 01.01.2026")
    );
    p.measures[0].end_date = Some(date(2026, 1, 1)); // same day is fine
    quiet(&p, Rule::MeasureDatesReversed);
}

#[test]
fn measure_service_missing() {
    let mut p = complete();
    p.measures[0]
        .service_ids
        .extend([NOWHERE, NOWHERE, Id::from_u128(998)]);
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::ServiceIds,
        Rule::MeasureServiceMissing,
    );
    assert_eq!(arg(&f, "count"), &Arg::Count(2));
    p.measures[0].service_ids = vec![SERVICE];
    quiet(&p, Rule::MeasureServiceMissing);
}

#[test]
fn digitalisation_without_services() {
    let mut p = complete();
    p.measures[0].service_ids.clear();
    finds(
        &p,
        Severity::Hint,
        EntityRef::Measure(MEASURE),
        MeasureField::ServiceIds,
        Rule::DigitalisationWithoutServices,
    );
    // A hint is advice, not a failed check.
    let v = run(&p);
    assert_eq!(v.checks_passed(), v.checks);
    p.measures[0].service_ids = vec![SERVICE];
    quiet(&p, Rule::DigitalisationWithoutServices);
}

#[test]
fn measure_negative_investment() {
    let mut p = complete();
    p.measures[0].investment = Some(kr(-1));
    finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::Investment,
        Rule::MeasureNegativeInvestment,
    );
    p.measures[0].investment = Some(Money::ZERO);
    quiet(&p, Rule::MeasureNegativeInvestment);
}

#[test]
fn measure_negative_operating_cost() {
    let mut p = complete();
    p.measures[0].annual_operating_cost = Some(kr(-150_000));
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Measure(MEASURE),
        MeasureField::AnnualOperatingCost,
        Rule::MeasureNegativeOperatingCost,
    );
    assert!(
        f.message(Language::Nb)
            .contains("(\u{2212}150\u{a0}000\u{a0}kr)")
    );
    p.measures[0].annual_operating_cost = None;
    quiet(&p, Rule::MeasureNegativeOperatingCost);
}

#[test]
fn measure_above_ks_threshold() {
    let mut p = complete();
    p.settings.ks_threshold = kr(1_000_000);
    // Point 2.3 is answered: a reminder only.
    finds(
        &p,
        Severity::Hint,
        EntityRef::Measure(MEASURE),
        MeasureField::Investment,
        Rule::MeasureAboveKsThreshold,
    );
    p.checklist[13].status = ChecklistStatus::NotRelevant;
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Measure(MEASURE),
        MeasureField::Investment,
        Rule::MeasureAboveKsThreshold,
    );
    assert_eq!(arg(&f, "ks_threshold"), &Arg::Money(kr(1_000_000)));
    p.settings.ks_threshold = kr(750_000_000);
    quiet(&p, Rule::MeasureAboveKsThreshold);
}

// ---- Services --------------------------------------------------------------------------------

#[test]
fn service_name_missing() {
    let mut p = complete();
    p.services[0].name.clear();
    finds(
        &p,
        Severity::Error,
        EntityRef::Service(SERVICE),
        ServiceField::Name,
        Rule::ServiceNameMissing,
    );
    p.services[0].name = "Tjeneste".into();
    quiet(&p, Rule::ServiceNameMissing);
}

#[test]
fn digital_share_out_of_range() {
    let mut p = complete();
    for share in ["100.5", "-1"] {
        p.services[0].digital_share_percent = Some(Percent::clamped(dec(share)));
        finds(
            &p,
            Severity::Error,
            EntityRef::Service(SERVICE),
            ServiceField::DigitalSharePercent,
            Rule::DigitalShareOutOfRange,
        );
    }
    for share in ["0", "100"] {
        p.services[0].digital_share_percent = Some(Percent::clamped(dec(share)));
        quiet(&p, Rule::DigitalShareOutOfRange);
    }
}

#[test]
fn service_not_digital_above_the_high_threshold() {
    let mut p = complete();
    p.services[0].digitally_available = false;
    p.services[0].annual_volume = Some(5_001);
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::DigitallyAvailable,
        Rule::ServiceNotDigitalHigh,
    );
    assert!(
        f.message(Language::Nb)
            .contains("har 5\u{a0}001 innsendinger i året")
    );
    assert!(f.message(Language::Nb).contains("fristen 30.06.2014"));
    p.services[0].digitally_available = true;
    quiet(&p, Rule::ServiceNotDigitalHigh);
}

#[test]
fn service_not_digital_between_the_thresholds() {
    let mut p = complete();
    p.services[0].digitally_available = false;
    for volume in [3_000, 5_000] {
        p.services[0].annual_volume = Some(volume);
        let f = finds(
            &p,
            Severity::Warning,
            EntityRef::Service(SERVICE),
            ServiceField::DigitallyAvailable,
            Rule::ServiceNotDigitalLow,
        );
        assert_eq!(arg(&f, "deadline"), &Arg::Date(date(2015, 6, 30)));
        quiet(&p, Rule::ServiceNotDigitalHigh);
    }
    p.services[0].annual_volume = Some(2_999);
    quiet(&p, Rule::ServiceNotDigitalLow);
    p.services[0].annual_volume = None;
    quiet(&p, Rule::ServiceNotDigitalLow);
}

#[test]
fn service_exempted_is_a_hint_citing_the_reason() {
    let mut p = complete();
    p.services[0].digitally_available = false;
    p.services[0].exemption_reason = "Brukes av under ti personer med særskilte behov.".into();
    let f = finds(
        &p,
        Severity::Hint,
        EntityRef::Service(SERVICE),
        ServiceField::ExemptionReason,
        Rule::ServiceExempted,
    );
    assert!(
        f.message(Language::En)
            .contains("“Brukes av under ti personer")
    );
    quiet(&p, Rule::ServiceNotDigitalHigh);
    p.services[0].digitally_available = true;
    quiet(&p, Rule::ServiceExempted);
}

fn remains(p: &mut Project) {
    p.services[0].remains_to_digitalise = true;
    p.services[0].plan = ServicePlan {
        what: "Ny søknadsløsning i Altinn".into(),
        responsible: "Seksjon for digitalisering".into(),
        due: Some(date(2026, 12, 31)),
    };
}

#[test]
fn service_plan_without_what() {
    let mut p = complete();
    remains(&mut p);
    quiet(&p, Rule::ServicePlanWithoutWhat);
    p.services[0].plan.what.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::PlanWhat,
        Rule::ServicePlanWithoutWhat,
    );
    p.services[0].remains_to_digitalise = false;
    quiet(&p, Rule::ServicePlanWithoutWhat);
}

#[test]
fn service_plan_without_responsible() {
    let mut p = complete();
    remains(&mut p);
    p.services[0].plan.responsible.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::PlanResponsible,
        Rule::ServicePlanWithoutResponsible,
    );
    p.services[0].plan.responsible = "IT-sjefen".into();
    quiet(&p, Rule::ServicePlanWithoutResponsible);
}

#[test]
fn service_plan_without_due() {
    let mut p = complete();
    remains(&mut p);
    p.services[0].plan.due = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::PlanDue,
        Rule::ServicePlanWithoutDue,
    );
    quiet(&p, Rule::ServicePlanOverdue);
    p.services[0].plan.due = Some(date(2027, 6, 30));
    quiet(&p, Rule::ServicePlanWithoutDue);
}

#[test]
fn an_empty_plan_is_three_open_checks() {
    let mut p = complete();
    let before = run(&p).checks;
    p.services[0].remains_to_digitalise = true;
    let v = run(&p);
    assert_eq!(v.checks, before + 3);
    assert_eq!(v.checks_passed(), before);
}

#[test]
fn service_plan_overdue() {
    let mut p = complete();
    remains(&mut p);
    p.services[0].plan.due = Some(date(2025, 12, 31));
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::PlanDue,
        Rule::ServicePlanOverdue,
    );
    assert!(f.message(Language::Nb).contains("(31.12.2025)"));
    p.services[0].plan.due = Some(today());
    quiet(&p, Rule::ServicePlanOverdue);
}

#[test]
fn self_service_not_assessed() {
    let mut p = complete();
    p.services[0].self_service = Suitability::NotAssessed;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::SelfService,
        Rule::SelfServiceNotAssessed,
    );
    p.services[0].self_service = Suitability::NotSuited;
    quiet(&p, Rule::SelfServiceNotAssessed);
}

#[test]
fn instant_decision_not_assessed() {
    let mut p = complete();
    p.services[0].instant_decision = Suitability::NotAssessed;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::InstantDecision,
        Rule::InstantDecisionNotAssessed,
    );
    p.services[0].instant_decision = Suitability::Suited;
    quiet(&p, Rule::InstantDecisionNotAssessed);
}

#[test]
fn automation_not_assessed() {
    let mut p = complete();
    p.services[0].automated_processing = Suitability::NotAssessed;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::AutomatedProcessing,
        Rule::AutomationNotAssessed,
    );
    p.services[0].automated_processing = Suitability::Partly;
    quiet(&p, Rule::AutomationNotAssessed);
}

#[test]
fn user_orientation_not_assessed_for_digital_services() {
    let mut p = complete();
    p.services[0].user_orientation = UserOrientation::NotAssessed;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::UserOrientation,
        Rule::UserOrientationNotAssessed,
    );
    // Only existing digital services are judged on user orientation.
    p.services[0].digitally_available = false;
    p.services[0].annual_volume = Some(10);
    quiet(&p, Rule::UserOrientationNotAssessed);
}

#[test]
fn user_orientation_without_reason() {
    let mut p = complete();
    for verdict in [
        UserOrientation::Redesign,
        UserOrientation::Simplify,
        UserOrientation::Discontinue,
    ] {
        p.services[0].user_orientation = verdict;
        finds(
            &p,
            Severity::Warning,
            EntityRef::Service(SERVICE),
            ServiceField::UserOrientationReason,
            Rule::UserOrientationWithoutReason,
        );
    }
    p.services[0].user_orientation_reason = "Brukerne finner ikke fram.".into();
    quiet(&p, Rule::UserOrientationWithoutReason);
}

#[test]
fn reusable_other_missing() {
    let mut p = complete();
    p.services[0].reusable_information = vec![InfoSource::Folkeregisteret, InfoSource::Other];
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::ReusableOther,
        Rule::ReusableOtherMissing,
    );
    p.services[0].reusable_other = "A-ordningen".into();
    quiet(&p, Rule::ReusableOtherMissing);
}

#[test]
fn service_chain_without_partners() {
    let mut p = complete();
    p.services[0].service_chain = ServiceChain::Yes;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Service(SERVICE),
        ServiceField::ServiceChainPartners,
        Rule::ServiceChainWithoutPartners,
    );
    p.services[0].service_chain_partners = "NAV, kommunene".into();
    quiet(&p, Rule::ServiceChainWithoutPartners);
}

// ---- Gains -----------------------------------------------------------------------------------

#[test]
fn gain_name_missing() {
    let mut p = complete();
    p.gains[0].name.clear();
    finds(
        &p,
        Severity::Error,
        EntityRef::Gain(CASH),
        GainField::Name,
        Rule::GainNameMissing,
    );
    p.gains[0].name = "Gevinst".into();
    quiet(&p, Rule::GainNameMissing);
}

#[test]
fn gain_without_measure() {
    let mut p = complete();
    p.gains[0].measure_id = None;
    finds(
        &p,
        Severity::Error,
        EntityRef::Gain(CASH),
        GainField::MeasureId,
        Rule::GainWithoutMeasure,
    );
    p.gains[0].measure_id = Some(MEASURE);
    quiet(&p, Rule::GainWithoutMeasure);
}

#[test]
fn gain_measure_missing() {
    let mut p = complete();
    p.gains[1].measure_id = Some(NOWHERE);
    finds(
        &p,
        Severity::Error,
        EntityRef::Gain(TIME),
        GainField::MeasureId,
        Rule::GainMeasureMissing,
    );
    p.gains[1].measure_id = Some(MEASURE);
    quiet(&p, Rule::GainMeasureMissing);
}

#[test]
fn gain_without_owner() {
    let mut p = complete();
    p.gains[0].owner.clear();
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::Owner,
        Rule::GainWithoutOwner,
    );
    assert_eq!(arg(&f, "name"), &name("Lavere portokostnader"));
    p.gains[0].owner = "Kari".into();
    quiet(&p, Rule::GainWithoutOwner);
}

#[test]
fn gain_without_indicator() {
    let mut p = complete();
    p.gains[0].indicator.clear();
    p.gains[0].unit.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::Indicator,
        Rule::GainWithoutIndicator,
    );
    // One finding, not two: the unit is asked for once there is an indicator.
    quiet(&p, Rule::GainWithoutUnit);
    p.gains[0].indicator = "Portoutgifter".into();
    quiet(&p, Rule::GainWithoutIndicator);
}

#[test]
fn gain_without_unit() {
    let mut p = complete();
    p.gains[0].unit.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::Unit,
        Rule::GainWithoutUnit,
    );
    p.gains[0].unit = "kr".into();
    quiet(&p, Rule::GainWithoutUnit);
}

#[test]
fn gain_without_baseline() {
    let mut p = complete();
    p.gains[0].baseline_value = None;
    p.gains[0].baseline_date = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::BaselineValue,
        Rule::GainWithoutBaseline,
    );
    p.gains[0].baseline_value = Some(IndicatorValue::clamped(dec("30")));
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::BaselineDate,
        Rule::GainWithoutBaseline,
    );
    p.gains[0].baseline_date = Some(date(2024, 1, 1));
    quiet(&p, Rule::GainWithoutBaseline);
}

#[test]
fn gain_without_target() {
    let mut p = complete();
    p.gains[1].target_value = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(TIME),
        GainField::TargetValue,
        Rule::GainWithoutTarget,
    );
    p.gains[1].target_value = Some(IndicatorValue::clamped(dec("4")));
    p.gains[1].target_date = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(TIME),
        GainField::TargetDate,
        Rule::GainWithoutTarget,
    );
    p.gains[1].target_date = Some(date(2027, 1, 1));
    quiet(&p, Rule::GainWithoutTarget);
}

#[test]
fn gain_dates_reversed() {
    let mut p = complete();
    p.gains[0].target_date = Some(date(2023, 12, 31));
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Gain(CASH),
        GainField::TargetDate,
        Rule::GainDatesReversed,
    );
    assert!(f.message(Language::En).contains("(31 Dec 2023)"));
    p.gains[0].target_date = Some(date(2024, 1, 1));
    quiet(&p, Rule::GainDatesReversed);
}

#[test]
fn gain_without_years() {
    let mut p = complete();
    p.gains[1].years.clear();
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(TIME),
        GainField::Years,
        Rule::GainWithoutYears,
    );
    // No second warning about the kind when there are no years at all.
    quiet(&p, Rule::GainTimeWithoutHours);
    p.gains[1].years.push(GainYear {
        year: 2025,
        planned_hours: Some(Hours::clamped(dec("3390"))),
        ..GainYear::default()
    });
    quiet(&p, Rule::GainWithoutYears);
}

#[test]
fn gain_duplicate_year() {
    let mut p = complete();
    let copy = p.gains[0].years[0].clone();
    p.gains[0].years.push(copy.clone());
    p.gains[0].years.push(copy);
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Gain(CASH),
        GainField::Years,
        Rule::GainDuplicateYear,
    );
    assert_eq!(arg(&f, "year"), &Arg::Year(2025));
    p.gains[0].years.truncate(1);
    quiet(&p, Rule::GainDuplicateYear);
}

#[test]
fn gain_realised_in_future() {
    let mut p = complete();
    p.gains[0].years.push(GainYear {
        year: 2027,
        realised_nok: Some(kr(1)),
        ..GainYear::default()
    });
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Gain(CASH),
        GainField::Years,
        Rule::GainRealisedInFuture,
    );
    assert_eq!(arg(&f, "year"), &Arg::Year(2027));
    // Planned values for the future are what plans are for; this year may have realised values.
    p.gains[0].years[1].realised_nok = None;
    p.gains[0].years[1].planned_nok = Some(kr(1));
    p.gains[0].years.push(GainYear {
        year: 2026,
        realised_indicator: Some(IndicatorValue::clamped(dec("12"))),
        ..GainYear::default()
    });
    quiet(&p, Rule::GainRealisedInFuture);
}

#[test]
fn gain_cash_without_amounts() {
    let mut p = complete();
    p.gains[0].years[0].planned_nok = None;
    p.gains[0].years[0].realised_nok = None;
    p.gains[0].years[0].realised_indicator = Some(IndicatorValue::clamped(dec("10")));
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::Years,
        Rule::GainCashWithoutAmounts,
    );
    p.gains[0].years[0].planned_nok = Some(kr(100));
    quiet(&p, Rule::GainCashWithoutAmounts);
}

#[test]
fn gain_time_without_hours() {
    let mut p = complete();
    p.gains[1].years[0].planned_hours = None;
    p.gains[1].years[0].realised_hours = None;
    p.gains[1].years[0].planned_nok = Some(kr(10));
    finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(TIME),
        GainField::Years,
        Rule::GainTimeWithoutHours,
    );
    p.gains[1].years[0].realised_hours = Some(Hours::clamped(dec("4000")));
    quiet(&p, Rule::GainTimeWithoutHours);
}

#[test]
fn gain_price_year_not_convertible() {
    let mut p = complete();
    p.gains[0].price_year = 2020;
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Gain(CASH),
        GainField::PriceYear,
        Rule::GainPriceYearNotConvertible,
    );
    assert_eq!(arg(&f, "report_price_year"), &Arg::Year(2025));
    // A gain without kroner needs no conversion.
    p.gains[1].price_year = 2020;
    let v = run(&p);
    assert_eq!(with_rule(&v, Rule::GainPriceYearNotConvertible).len(), 1);
    p.settings.price_index = vec![
        PriceIndexEntry {
            year: 2020,
            index: IndexValue::clamped(dec("111.8")),
        },
        PriceIndexEntry {
            year: 2025,
            index: IndexValue::clamped(dec("135.2")),
        },
    ];
    quiet(&p, Rule::GainPriceYearNotConvertible);
}

// ---- Extractions -----------------------------------------------------------------------------

#[test]
fn extraction_without_gain() {
    let mut p = complete();
    p.extractions[0].gain_id = None;
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::GainId,
        Rule::ExtractionWithoutGain,
    );
    assert_eq!(arg(&f, "year"), &Arg::Year(2025));
    p.extractions[0].gain_id = Some(CASH);
    quiet(&p, Rule::ExtractionWithoutGain);
}

#[test]
fn extraction_gain_missing() {
    let mut p = complete();
    p.extractions[1].gain_id = Some(NOWHERE);
    finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_FTE),
        ExtractionField::GainId,
        Rule::ExtractionGainMissing,
    );
    p.extractions[1].gain_id = Some(TIME);
    quiet(&p, Rule::ExtractionGainMissing);
}

#[test]
fn extraction_without_priority_area() {
    let mut p = complete();
    p.extractions[0].priority_area_id = None;
    finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::PriorityAreaId,
        Rule::ExtractionWithoutPriorityArea,
    );
    // Only reallocations go to a priority area.
    p.extractions[0].form = ExtractionForm::BudgetCut;
    quiet(&p, Rule::ExtractionWithoutPriorityArea);
}

#[test]
fn extraction_priority_area_missing() {
    let mut p = complete();
    p.extractions[0].priority_area_id = Some(NOWHERE);
    finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::PriorityAreaId,
        Rule::ExtractionPriorityAreaMissing,
    );
    p.extractions[0].priority_area_id = Some(AREA);
    quiet(&p, Rule::ExtractionPriorityAreaMissing);
}

#[test]
fn not_extracted_without_reason() {
    let mut p = complete();
    p.extractions[1].form = ExtractionForm::NotExtracted;
    p.extractions[1].fte = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Description,
        Rule::NotExtractedWithoutReason,
    );
    // "Not extracted" needs no amount.
    quiet(&p, Rule::ExtractionWithoutAmount);
    p.extractions[1].description = "Tiden brukes til å ta igjen restanser.".into();
    quiet(&p, Rule::NotExtractedWithoutReason);
}

#[test]
fn extraction_without_amount() {
    let mut p = complete();
    p.extractions[0].amount_nok = None;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionWithoutAmount,
    );
    p.extractions[0].fte = Some(Fte::clamped(dec("0.5")));
    quiet(&p, Rule::ExtractionWithoutAmount);
}

#[test]
fn extraction_negative_amount() {
    let mut p = complete();
    p.extractions[0].amount_nok = Some(kr(-5));
    finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionNegativeAmount,
    );
    p.extractions[0].amount_nok = Some(kr(5));
    quiet(&p, Rule::ExtractionNegativeAmount);
}

#[test]
fn extraction_negative_fte() {
    let mut p = complete();
    p.extractions[1].fte = Some(Fte::clamped(dec("-0.5")));
    finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Fte,
        Rule::ExtractionNegativeFte,
    );
    p.extractions[1].fte = Some(Fte::clamped(dec("0.5")));
    quiet(&p, Rule::ExtractionNegativeFte);
}

#[test]
fn extractions_above_realised_are_summed_per_gain_and_year() {
    let mut p = complete();
    // 400 000 + 150 000 in 2025 > 500 000 realised; the finding points at the first.
    p.extractions.push(Extraction {
        id: Id::from_u128(80),
        gain_id: Some(CASH),
        year: 2025,
        form: ExtractionForm::BudgetCut,
        amount_nok: Some(kr(150_000)),
        ..Extraction::default()
    });
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionAboveRealised,
    );
    assert_eq!(arg(&f, "extracted"), &Arg::Sum(55_000_000));
    assert_eq!(arg(&f, "realised"), &Arg::Money(kr(500_000)));
    // Exactly the realised amount is fine.
    p.extractions[2].amount_nok = Some(kr(100_000));
    quiet(&p, Rule::ExtractionAboveRealised);
    // Another year is another sum.
    p.extractions[2].year = 2024;
    quiet(&p, Rule::ExtractionAboveRealised);
}

#[test]
fn extractions_above_planned_when_nothing_is_realised_yet() {
    let mut p = complete();
    p.gains[0].years[0].realised_nok = None;
    p.gains[0].years[0].planned_nok = Some(kr(300_000));
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionAbovePlanned,
    );
    assert_eq!(arg(&f, "planned"), &Arg::Money(kr(300_000)));
    p.gains[0].years[0].planned_nok = Some(kr(400_000));
    quiet(&p, Rule::ExtractionAbovePlanned);
}

#[test]
fn extraction_from_a_year_without_kroner() {
    let mut p = complete();
    p.extractions[0].year = 2024;
    finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_KRONER),
        ExtractionField::AmountNok,
        Rule::ExtractionWithoutGainValue,
    );
    p.gains[0].years.push(GainYear {
        year: 2024,
        realised_nok: Some(kr(400_000)),
        ..GainYear::default()
    });
    quiet(&p, Rule::ExtractionWithoutGainValue);
    quiet(&p, Rule::ExtractionAboveRealised);
}

#[test]
fn fte_above_realised_hours() {
    let mut p = complete();
    p.extractions[1].fte = Some(Fte::clamped(dec("2.5")));
    let f = finds(
        &p,
        Severity::Error,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Fte,
        Rule::FteAboveRealised,
    );
    assert_eq!(arg(&f, "realised_fte"), &Arg::Decimal(dec("2")));
    assert!(f.message(Language::Nb).contains("til sammen 2,5 årsverk"));
    p.extractions[1].fte = Some(Fte::clamped(dec("2")));
    quiet(&p, Rule::FteAboveRealised);
    // Follows the hours per FTE setting: at 1 500 hours, 3 390 hours are 2,26 FTE.
    p.extractions[1].fte = Some(Fte::clamped(dec("2.2")));
    p.settings.hours_per_fte = HoursPerFte::clamped(dec("1500"));
    quiet(&p, Rule::FteAboveRealised);
}

#[test]
fn fte_above_planned_hours() {
    let mut p = complete();
    p.gains[1].years[0].realised_hours = None;
    p.gains[1].years[0].planned_hours = Some(Hours::clamped(dec("1695")));
    finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Fte,
        Rule::FteAbovePlanned,
    );
    p.extractions[1].fte = Some(Fte::clamped(dec("1")));
    quiet(&p, Rule::FteAbovePlanned);
}

#[test]
fn fte_from_a_year_without_hours() {
    let mut p = complete();
    p.gains[1].years[0].realised_hours = None;
    p.gains[1].years[0].planned_hours = None;
    p.gains[1].years[0].planned_nok = Some(kr(1));
    finds(
        &p,
        Severity::Warning,
        EntityRef::Extraction(X_FTE),
        ExtractionField::Fte,
        Rule::FteWithoutGainHours,
    );
    p.extractions[1].fte = Some(Fte::clamped(Decimal::ZERO));
    quiet(&p, Rule::FteWithoutGainHours);
}

// ---- Checklist and texts -----------------------------------------------------------------

#[test]
fn checklist_not_answered() {
    let mut p = complete();
    p.checklist[0].status = ChecklistStatus::NotAnswered;
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_1),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    assert_eq!(arg(&f, "point"), &Arg::Point(ChecklistPoint::P1_1));
    p.checklist[0].status = ChecklistStatus::Fulfilled;
    quiet(&p, Rule::ChecklistNotAnswered);
}

#[test]
fn a_point_missing_from_the_file_is_unanswered() {
    let mut p = complete();
    p.checklist.retain(|c| c.point != ChecklistPoint::P1_7);
    finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_7),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    assert_eq!(run(&p).checks, run(&complete()).checks);
}

#[test]
fn deviation_without_justification() {
    let mut p = complete();
    for status in [ChecklistStatus::Partly, ChecklistStatus::NotFulfilled] {
        p.checklist[1].status = status;
        finds(
            &p,
            Severity::Error,
            EntityRef::Checklist(ChecklistPoint::P1_2),
            ChecklistField::Justification,
            Rule::DeviationWithoutJustification,
        );
    }
    p.checklist[1].justification = "Altinn brukes fra 2026.".into();
    quiet(&p, Rule::DeviationWithoutJustification);
}

#[test]
fn not_relevant_without_justification() {
    let mut p = complete();
    p.checklist[8].status = ChecklistStatus::NotRelevant;
    finds(
        &p,
        Severity::Hint,
        EntityRef::Checklist(ChecklistPoint::P1_8),
        ChecklistField::Justification,
        Rule::NotRelevantWithoutJustification,
    );
    p.checklist[8].justification = "Virksomheten har ingen kommunale brukere.".into();
    quiet(&p, Rule::NotRelevantWithoutJustification);
}

#[test]
fn checklist_duplicate_point() {
    let mut p = complete();
    let copy = p.checklist[2].clone();
    p.checklist.push(copy);
    finds(
        &p,
        Severity::Error,
        EntityRef::Checklist(ChecklistPoint::P1_3),
        ChecklistField::Point,
        Rule::ChecklistDuplicatePoint,
    );
    p.checklist.pop();
    quiet(&p, Rule::ChecklistDuplicatePoint);
}

#[test]
fn introduction_missing() {
    let mut p = complete();
    p.report.introduction = " \n ".into();
    finds(
        &p,
        Severity::Hint,
        EntityRef::Report,
        ReportField::Introduction,
        Rule::IntroductionMissing,
    );
    p.report.introduction = "Innledning.".into();
    quiet(&p, Rule::IntroductionMissing);
}

// ---- Size and robustness ---------------------------------------------------------------------

/// 2 000 measures, 4 000 gains with 2025 realised at 1 000 kr, and 10 000 extractions of 400 kr
/// spread over the gains: the first 2 000 gains get three extractions (1 200 kr, too much),
/// the others two (800 kr).
fn large() -> Project {
    let mut p = complete();
    p.measures = (0..2_000)
        .map(|i| Measure {
            id: Id::from_u128(10_000 + i),
            title: format!("Tiltak {i}"),
            status: MeasureStatus::Implemented,
            ..Measure::default()
        })
        .collect();
    p.services.clear();
    p.gains = (0..4_000)
        .map(|i| Gain {
            id: Id::from_u128(100_000 + i),
            measure_id: Some(Id::from_u128(10_000 + i % 2_000)),
            name: format!("Gevinst {i}"),
            indicator: "Kroner".into(),
            unit: "kr".into(),
            baseline_value: Some(IndicatorValue::clamped(Decimal::ZERO)),
            baseline_date: Some(date(2024, 1, 1)),
            target_value: Some(IndicatorValue::clamped(Decimal::ONE)),
            target_date: Some(date(2026, 1, 1)),
            owner: "Leder".into(),
            price_year: 2025,
            years: vec![GainYear {
                year: 2025,
                realised_nok: Some(kr(1_000)),
                ..GainYear::default()
            }],
            ..Gain::default()
        })
        .collect();
    p.extractions = (0..10_000)
        .map(|i| Extraction {
            id: Id::from_u128(1_000_000 + i),
            gain_id: Some(Id::from_u128(100_000 + i % 4_000)),
            year: 2025,
            form: ExtractionForm::BudgetCut,
            amount_nok: Some(kr(400)),
            ..Extraction::default()
        })
        .collect();
    p
}

#[test]
fn a_large_project_validates_completely() {
    let p = large();
    let v = run(&p);
    let over = with_rule(&v, Rule::ExtractionAboveRealised);
    assert_eq!(over.len(), 2_000);
    assert_eq!(arg(over[0], "extracted"), &Arg::Sum(120_000));
    // Each over-extracted group points at its first extraction, in list order.
    assert_eq!(
        over[0].entity,
        EntityRef::Extraction(Id::from_u128(1_000_000))
    );
    assert_eq!(
        over[1999].entity,
        EntityRef::Extraction(Id::from_u128(1_001_999))
    );
    assert_eq!(v.findings.len(), 2_000, "{:#?}", &v.findings[..3]);
    assert_eq!(v.checks_passed(), v.checks - 2_000);
}

#[test]
fn absurd_values_do_not_panic() {
    let mut p = complete();
    let huge = Money::from_ore(i64::MAX);
    for i in 0..5u128 {
        p.extractions.push(Extraction {
            id: Id::from_u128(500 + i),
            gain_id: Some(CASH),
            year: 2025,
            form: ExtractionForm::BudgetCut,
            amount_nok: Some(huge),
            fte: Some(Fte::clamped(Decimal::MAX)),
            ..Extraction::default()
        });
    }
    p.gains[0].years[0].realised_hours = Some(Hours::clamped(Decimal::MIN));
    p.gains[0].price_year = i32::MIN;
    p.report.year = i32::MAX;
    p.measures[0].start_date = Some(NaiveDate::MAX);
    p.settings.hours_per_fte = HoursPerFte::clamped(dec("0.0000001"));
    p.settings.price_index = vec![PriceIndexEntry {
        year: i32::MIN,
        index: IndexValue::clamped(Decimal::MAX),
    }];
    let v = run(&p);
    assert!(!with_rule(&v, Rule::ExtractionAboveRealised).is_empty());
    assert!(!with_rule(&v, Rule::FteAboveRealised).is_empty());
    for f in &v.findings {
        for lang in Language::ALL {
            assert!(!f.message(lang).is_empty());
        }
    }
}
