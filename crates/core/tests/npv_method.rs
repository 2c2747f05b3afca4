//! The net present value's method (issue 11 §3): one comparison year, a time gain counted once,
//! the tax-financing cost on budget effects only, real price growth on the flows it concerns,
//! and the findings for the discount schedule and for realised gains without extraction.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use gevinst_core::calc::{self, comparison_factor, comparison_year, measure_npv, npv_total};
use gevinst_core::i18n::{Language, Message};
use gevinst_core::model::{
    Beneficiary, DiscountBand, EntityRef, Extraction, ExtractionField, ExtractionForm, Field, Fte,
    Gain, GainField, GainKind, GainYear, Hours, Id, Measure, Money, Project, Rate, SettingsField,
};
use gevinst_core::validate::{Rule, Severity, validate};
use rust_decimal::Decimal;

fn kr(n: i64) -> Money {
    Money::from_kroner(n).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

/// A project with report year 2025 and the default settings (R-109 schedule, 20 % tax, no real
/// price growth, 10 years).
fn project() -> Project {
    let mut p = Project::new();
    p.report.year = 2025;
    p.report.price_year = 2025;
    p
}

/// A measure starting in `start` with 1 000 000 kr invested, 100 000 kr a year to run, and a
/// cash gain of 400 000 kr a year from its second year.
fn add_measure(p: &mut Project, n: u128, start: i32) -> Id {
    let id = Id::from_u128(n);
    p.measures.push(Measure {
        id,
        title: format!("Tiltak {n}"),
        start_date: NaiveDate::from_ymd_opt(start, 1, 1),
        investment: Some(kr(1_000_000)),
        annual_operating_cost: Some(kr(100_000)),
        price_year: 2025,
        ..Measure::default()
    });
    p.gains.push(Gain {
        id: Id::from_u128(n + 1000),
        measure_id: Some(id),
        name: format!("Gevinst {n}"),
        kind: GainKind::Cash,
        price_year: 2025,
        years: vec![GainYear {
            year: start + 1,
            planned_nok: Some(kr(400_000)),
            ..GainYear::default()
        }],
        ..Gain::default()
    });
    id
}

#[test]
fn one_comparison_year_a_later_measure_is_worth_its_value_over_1_04_squared() {
    let mut p = project();
    let first = add_measure(&mut p, 1, 2025);
    let second = add_measure(&mut p, 2, 2027);
    assert_eq!(comparison_year(&p), 2025, "default: the report year");
    let a = measure_npv(&p, first).unwrap().unwrap();
    let b = measure_npv(&p, second).unwrap().unwrap();
    assert_eq!((a.comparison_year, b.comparison_year), (2025, 2025));
    let squared = dec("1.0816");
    // Exactly, before rounding (to the precision of 28 significant digits) …
    let diff = (b.npv_unrounded - a.npv_unrounded / squared).abs();
    assert!(diff < dec("0.000000000001"), "{diff}");
    // … and to the øre after: each NPV is its exact sum rounded once, half away from zero.
    assert_eq!(
        b.npv,
        Money::from_decimal(a.npv_unrounded / squared).unwrap()
    );
    // The known answer of the first: year 0 −1 000 000 − 200 000 tax-financing; years 1–9
    // (400 000 − 100 000) × 1.2 = 360 000, discounted at 4 %.
    let annuity: Decimal = (1..10)
        .map(|t| Decimal::from(360_000) / (0..t).fold(Decimal::ONE, |a, _| a * dec("1.04")))
        .sum();
    let expected = Money::from_decimal(annuity - Decimal::from(1_200_000)).unwrap();
    assert_eq!(a.npv, expected);
    assert_eq!(a.npv, Money::from_ore(147_671_938)); // 1 476 719,38 kr
    // The total is the real sum of the two.
    let total = npv_total(&[Ok(Some(a.clone())), Ok(Some(b.clone()))]);
    assert_eq!(total.total, Some(a.npv.checked_add(b.npv).unwrap()));
}

#[test]
fn years_before_the_comparison_year_are_compounded_forward_at_the_first_rate() {
    let mut p = project();
    let id = add_measure(&mut p, 1, 2025);
    let in_2025 = measure_npv(&p, id).unwrap().unwrap();
    p.settings.comparison_year = Some(2027);
    let in_2027 = measure_npv(&p, id).unwrap().unwrap();
    assert_eq!(in_2027.comparison_year, 2027);
    assert_eq!(in_2027.years[0].discount_factor, dec("1.0816"));
    assert_eq!(
        in_2027.npv,
        Money::from_decimal(in_2025.npv_unrounded * dec("1.0816")).unwrap()
    );
    let s = gevinst_core::model::Settings::r109_schedule();
    assert_eq!(comparison_factor(-1, &s), Some(dec("1.04")));
    assert_eq!(comparison_factor(0, &s), Some(Decimal::ONE));
    // Bands counted from the comparison year: year 41 is the first at 3 %.
    let f40 = comparison_factor(40, &s).unwrap();
    let f41 = comparison_factor(41, &s).unwrap();
    assert!((f40 / f41 - dec("1.03")).abs() < dec("0.000000000001"));
    // Absurd distances: discounting fades to nothing, compounding forward overflows → None.
    assert_eq!(comparison_factor(i64::MAX, &s), Some(Decimal::ZERO));
    assert_eq!(comparison_factor(-100_000, &s), None);
}

/// A measure with one time gain of 1 695 hours a year, and no costs.
fn time_gain_project(kroner: Option<i64>) -> (Project, Id) {
    let mut p = project();
    let id = Id::from_u128(1);
    p.measures.push(Measure {
        id,
        title: "Automatisering".into(),
        start_date: NaiveDate::from_ymd_opt(2025, 1, 1),
        price_year: 2025,
        ..Measure::default()
    });
    p.gains.push(Gain {
        id: Id::from_u128(2),
        measure_id: Some(id),
        name: "Spart tid".into(),
        kind: GainKind::Time,
        price_year: 2025,
        years: vec![GainYear {
            year: 2025,
            planned_hours: Some(Hours::clamped(dec("1695"))),
            planned_nok: kroner.map(kr),
            ..GainYear::default()
        }],
        ..Gain::default()
    });
    (p, id)
}

#[test]
fn a_time_gain_counts_once_and_carries_no_tax_financing() {
    let (hours_only, id) = time_gain_project(None);
    let (both, _) = time_gain_project(Some(1_000_000));
    let a = measure_npv(&hours_only, id).unwrap().unwrap();
    let b = measure_npv(&both, id).unwrap().unwrap();
    assert_eq!(a.npv, b.npv, "hours and kroner together count once");
    // 1 FTE × 1 000 000 kr, no tax-financing effect: 1 000 000 × Σ 1.04^-t, t = 0…9.
    assert_eq!(a.years[0].benefits, kr(1_000_000));
    assert!(a.years.iter().all(|y| y.tax_financing == Money::ZERO));
    assert_eq!(a.npv, Money::from_ore(843_533_161)); // 8 435 331,61 kr
    // Kroner count where no hours are recorded.
    let (mut kroner_only, _) = time_gain_project(Some(500_000));
    kroner_only.gains[0].years[0].planned_hours = None;
    let c = measure_npv(&kroner_only, id).unwrap().unwrap();
    assert_eq!(c.years[0].benefits, kr(500_000));
    assert_eq!(c.years[0].tax_financing, Money::ZERO);
}

#[test]
fn tax_financing_applies_to_budget_effects_only() {
    let mut p = project();
    let id = add_measure(&mut p, 1, 2025);
    p.gains.push(Gain {
        id: Id::from_u128(50),
        measure_id: Some(id),
        name: "For innbyggerne".into(),
        kind: GainKind::OtherActors,
        beneficiary: Beneficiary::Citizens,
        price_year: 2025,
        years: vec![GainYear {
            year: 2026,
            planned_nok: Some(kr(2_000_000)),
            ..GainYear::default()
        }],
        ..Gain::default()
    });
    let r = measure_npv(&p, id).unwrap().unwrap();
    // Year 1: cash 400 000 − costs 100 000 = 300 000 of budget effect → +60 000; the citizens'
    // 2 000 000 carry none.
    assert_eq!(r.years[1].tax_financing, kr(60_000));
    assert_eq!(r.years[1].benefits, kr(2_400_000));
    assert_eq!(r.years[1].net, kr(2_360_000));
}

#[test]
fn real_price_growth_touches_time_and_other_actors_from_the_price_year() {
    let (mut p, id) = time_gain_project(None);
    p.settings.real_price_growth_percent = Rate::clamped(dec("1"));
    p.measures[0].investment = Some(kr(1_000_000));
    p.gains.push(Gain {
        id: Id::from_u128(3),
        measure_id: Some(id),
        name: "Kontant".into(),
        kind: GainKind::Cash,
        price_year: 2025,
        years: vec![GainYear {
            year: 2025,
            planned_nok: Some(kr(100_000)),
            ..GainYear::default()
        }],
        ..Gain::default()
    });
    let r = measure_npv(&p, id).unwrap().unwrap();
    // 2025 is the price year: no growth; 2027: the hours' value × 1.01², the cash unchanged.
    assert_eq!(r.years[0].benefits, kr(1_100_000));
    assert_eq!(r.years[2].benefits, kr(1_120_100));
    // The budget effect: cash 100 000 (−1 000 000 invested in year 0), never the time gain.
    assert_eq!(r.years[2].tax_financing, kr(20_000));
    assert_eq!(r.years[0].tax_financing, kr(-180_000));
}

#[test]
fn the_example_total_is_the_sum_of_its_measures() {
    let p = gevinst_core::example::project();
    let results: Vec<_> = p.measures.iter().map(|m| measure_npv(&p, m.id)).collect();
    let sum = results
        .iter()
        .filter_map(|r| r.as_ref().ok().and_then(|r| r.as_ref()))
        .try_fold(Money::ZERO, |acc, r| acc.checked_add(r.npv))
        .unwrap();
    assert_eq!(npv_total(&results).total, Some(sum));
    assert!(
        results
            .iter()
            .flatten()
            .flatten()
            .all(|r| r.comparison_year == p.report.year)
    );
}

fn findings(p: &Project, rule: Rule) -> Vec<gevinst_core::validate::Finding> {
    let v = validate(p, today());
    let found: Vec<_> = v.findings.into_iter().filter(|f| f.rule == rule).collect();
    for f in &found {
        for lang in Language::ALL {
            assert!(!f.message(lang).contains('{'), "{}", f.message(lang));
        }
    }
    found
}

#[test]
fn the_discount_schedule_is_validated() {
    let mut p = project();
    assert!(findings(&p, Rule::DiscountBandsNotAscending).is_empty());
    assert!(findings(&p, Rule::DiscountRateTooLow).is_empty());
    p.settings.discount_rates = vec![
        DiscountBand {
            until_year: Some(40),
            rate_percent: Rate::clamped(dec("4")),
        },
        DiscountBand {
            until_year: Some(30),
            rate_percent: Rate::clamped(dec("-100")),
        },
    ];
    let f = findings(&p, Rule::DiscountBandsNotAscending);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].entity, EntityRef::Settings);
    assert_eq!(f[0].field, Some(Field::from(SettingsField::DiscountRates)));
    assert!(
        f[0].message(Language::Nb)
            .starts_with("Trinn 2 i kalkulasjonsrenten")
    );
    let f = findings(&p, Rule::DiscountRateTooLow);
    assert_eq!(f.len(), 1);
    assert!(f[0].message(Language::En).contains("−100"));
    // An open-ended band that is not the last.
    p.settings.discount_rates[0].until_year = None;
    p.settings.discount_rates[1].rate_percent = Rate::clamped(dec("3"));
    assert_eq!(findings(&p, Rule::DiscountBandsNotAscending).len(), 1);
    assert!(findings(&p, Rule::DiscountRateTooLow).is_empty());
}

#[test]
fn hours_and_kroner_that_disagree_give_a_hint() {
    let (agree, _) = time_gain_project(Some(1_000_000));
    assert!(findings(&agree, Rule::TimeGainHoursAndKronerDisagree).is_empty());
    let (disagree, _) = time_gain_project(Some(800_000));
    let f = findings(&disagree, Rule::TimeGainHoursAndKronerDisagree);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Hint);
    assert_eq!(f[0].field, Some(Field::from(GainField::Years)));
    let text = f[0].message(Language::Nb);
    assert!(text.contains("1\u{a0}000\u{a0}000\u{a0}kr"), "{text}");
    assert!(text.contains("800\u{a0}000\u{a0}kr"), "{text}");
}

#[test]
fn realised_gains_without_extraction_and_extraction_from_other_actors_are_found() {
    let (mut p, _) = time_gain_project(None);
    p.gains[0].years[0].realised_hours = Some(Hours::clamped(dec("1695")));
    p.gains.push(Gain {
        id: Id::from_u128(7),
        name: "Raskere svar".into(),
        kind: GainKind::OtherActors,
        beneficiary: Beneficiary::Businesses,
        price_year: 2025,
        years: vec![GainYear {
            year: 2025,
            realised_nok: Some(kr(300_000)),
            ..GainYear::default()
        }],
        ..Gain::default()
    });
    let f = findings(&p, Rule::RealisedWithoutExtraction);
    assert_eq!(f.len(), 1, "only the agency's own gain: {f:?}");
    assert_eq!(
        (f[0].severity, f[0].entity),
        (Severity::Warning, EntityRef::Gain(Id::from_u128(2)))
    );
    assert!(
        f[0].message(Language::Nn)
            .contains("ikkje registrert noko uttak")
    );
    p.extractions.push(Extraction {
        id: Id::from_u128(20),
        gain_id: Some(Id::from_u128(2)),
        year: 2025,
        form: ExtractionForm::NotExtracted,
        fte: Some(Fte::clamped(Decimal::ONE)),
        description: "Brukt til å ta igjen restanser.".into(),
        ..Extraction::default()
    });
    p.extractions.push(Extraction {
        id: Id::from_u128(21),
        gain_id: Some(Id::from_u128(7)),
        year: 2025,
        form: ExtractionForm::BudgetCut,
        amount_nok: Some(kr(300_000)),
        ..Extraction::default()
    });
    assert!(findings(&p, Rule::RealisedWithoutExtraction).is_empty());
    let f = findings(&p, Rule::ExtractionFromOtherActors);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].severity, f[0].entity, f[0].field),
        (
            Severity::Error,
            EntityRef::Extraction(Id::from_u128(21)),
            Some(Field::from(ExtractionField::GainId))
        )
    );
    // The reconciliation: 1 FTE realised, accounted for as not extracted; the businesses'
    // gain and its extraction are not the agency's.
    let r = calc::reconcile(&p).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].realised.fte, Decimal::ONE);
    assert_eq!(r[0].realised.amount_nok, Money::ZERO);
    assert_eq!(r[0].not_extracted.fte, Decimal::ONE);
    assert_eq!(r[0].unaccounted_fte, Decimal::ZERO);
}
