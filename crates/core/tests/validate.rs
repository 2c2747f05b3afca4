//! The validation rules: what holds for every result (order, messages in every language),
//! projects that break every rule, and a large and an absurd project. Each rule's own tests are in the other
//! `validate_*.rs` files; the shared helpers in `support/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod support;

use support::*;

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
    // Carried over from last year and not yet confirmed.
    p.carried_over = Some(gevinst_core::model::CarriedOver {
        from_year: 2024,
        measures: vec![id(101)],
        checklist: vec![gevinst_core::model::ChecklistPoint::P1_1],
        own_points: vec![id(501)],
        left_out: Vec::new(),
    });

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
