//! The validation rules of the gains and what is extracted from them: each finds its problem
//! (severity, entity, field) and stays quiet once fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod support;

use support::*;

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
