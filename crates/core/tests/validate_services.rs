//! The validation rules of the services: digital share, plans, assessments and reasons; each
//! finds its problem (severity, entity, field) and stays quiet once fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod support;

use support::*;

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
