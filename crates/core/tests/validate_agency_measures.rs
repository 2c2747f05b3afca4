//! The validation rules of the agency, the report settings, the priority areas, duplicate ids
//! and the measures: each finds its problem (severity, entity, field) and stays quiet once fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod support;

use support::*;

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
