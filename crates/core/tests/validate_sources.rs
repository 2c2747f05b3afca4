//! The rules as the sources word them: what the circular makes an obligation (*skal/må*) and
//! what it recommends (*bør*), where it asks for a justification, the two grounds of an
//! exemption from 1.1, the catalogue it names, "assessed, none" in the *Digitalt førstevalg*
//! assessment (seed 003), the ministry's own requirements, the threshold of 2.3 against the total
//! estimated cost, and the circular named by its edition.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use gevinst_core::edit::Edit;
use gevinst_core::example;
use gevinst_core::i18n::{Key, Label, Language, Message};
use gevinst_core::model::{
    CatalogueRegistration, ChecklistField, ChecklistItem, ChecklistPoint, ChecklistStatus,
    EntityRef, ExemptionGround, Field, Id, JustificationDemand, Measure, MeasureField, Money,
    Obligation, OwnPoint, OwnPointField, Project, ServiceChain, ServiceField,
};
use gevinst_core::validate::{Arg, Finding, Rule, Severity, validate};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

fn kr(n: i64) -> Money {
    Money::from_kroner(n).unwrap()
}

/// The findings of one rule.
fn with_rule(p: &Project, rule: Rule) -> Vec<Finding> {
    validate(p, today())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The one finding of `rule`, checked for its severity, entity and field.
fn finds(
    p: &Project,
    severity: Severity,
    entity: EntityRef,
    field: impl Into<Field>,
    rule: Rule,
) -> Finding {
    let found = with_rule(p, rule);
    assert_eq!(found.len(), 1, "{rule:?} once in {found:#?}");
    let f = found[0].clone();
    assert_eq!(
        (f.severity, f.entity, f.field),
        (severity, entity, Some(field.into())),
        "{rule:?}"
    );
    f
}

fn quiet(p: &Project, rule: Rule) {
    let found = with_rule(p, rule);
    assert!(found.is_empty(), "{rule:?} should be gone: {found:#?}");
}

/// The example with every point of the circular answered and justified, and every service
/// assessed for reuse, regulations and service chains.
fn base() -> Project {
    let mut p = example::project();
    for c in &mut p.checklist {
        c.status = ChecklistStatus::Fulfilled;
        c.justification = "Oppfylt.".into();
    }
    for s in &mut p.services {
        s.reusable_none = s.reusable_information.is_empty();
        s.regulations_none = s.regulations_to_review.trim().is_empty();
        if s.service_chain == ServiceChain::NotAssessed {
            s.service_chain = ServiceChain::No;
        }
    }
    p
}

fn index_of(point: ChecklistPoint) -> usize {
    ChecklistPoint::ALL
        .iter()
        .position(|&p| p == point)
        .unwrap()
}

#[test]
fn each_point_says_whether_it_is_an_obligation_and_what_must_be_justified() {
    let recommendations: Vec<ChecklistPoint> = ChecklistPoint::ALL
        .into_iter()
        .filter(|p| p.obligation() == Obligation::Recommendation)
        .collect();
    assert_eq!(recommendations, [ChecklistPoint::P1_10], "1.10 is *bør*");
    let demands: Vec<(ChecklistPoint, JustificationDemand)> = ChecklistPoint::ALL
        .into_iter()
        .filter_map(|p| p.justification_demand().map(|d| (p, d)))
        .collect();
    assert_eq!(
        demands,
        [
            (ChecklistPoint::P1_1, JustificationDemand::Exemptions),
            (ChecklistPoint::P1_2, JustificationDemand::Altinn),
            (
                ChecklistPoint::P1_3,
                JustificationDemand::ArchitecturePrinciples
            ),
            (ChecklistPoint::P2_2, JustificationDemand::SelfDeclaration),
        ]
    );
    assert_eq!(
        Obligation::Recommendation.label(Language::Nb),
        "Bør (anbefaling)"
    );
    assert_eq!(
        Obligation::Recommendation.label(Language::Nn),
        "Bør (tilråding)"
    );
    assert_eq!(
        Obligation::Obligation.label(Language::En),
        "Must (obligation)"
    );
}

#[test]
fn a_deviation_must_be_justified_only_where_the_circular_asks() {
    for point in ChecklistPoint::ALL {
        let mut p = base();
        let i = index_of(point);
        p.checklist[i].status = ChecklistStatus::NotFulfilled;
        p.checklist[i].justification.clear();
        let entity = EntityRef::Checklist(point);
        match point.justification_demand() {
            Some(demand) => {
                let f = finds(
                    &p,
                    Severity::Error,
                    entity,
                    ChecklistField::Justification,
                    Rule::DeviationWithoutJustification,
                );
                // The finding says which justification the circular asks for.
                for lang in Language::ALL {
                    let text = f.message(lang);
                    assert!(text.contains(demand.label(lang)), "{lang:?}: {text}");
                    assert!(text.contains("P-4/2013"), "{lang:?}: {text}");
                }
                quiet(&p, Rule::DeviationUnexplained);
            }
            None => {
                quiet(&p, Rule::DeviationWithoutJustification);
                finds(
                    &p,
                    Severity::Hint,
                    entity,
                    ChecklistField::Justification,
                    Rule::DeviationUnexplained,
                );
            }
        }
        p.checklist[i].justification = "Forklart.".into();
        quiet(&p, Rule::DeviationWithoutJustification);
        quiet(&p, Rule::DeviationUnexplained);
    }
}

#[test]
fn the_benefit_owner_is_a_recommendation_and_the_deadlines_are_past() {
    let mut p = base();
    p.gains[0].owner.clear();
    let f = with_rule(&p, Rule::GainWithoutOwner).remove(0);
    let nb = f.message(Language::Nb);
    assert!(nb.contains("anbefaler") && !nb.contains("krever"), "{nb}");
    let nn = f.message(Language::Nn);
    assert!(nn.contains("tilrår") && !nn.contains("krev "), "{nn}");
    let en = f.message(Language::En);
    assert!(
        en.contains("recommends") && !en.contains("requires"),
        "{en}"
    );
    for lang in Language::ALL {
        assert!(f.message(lang).contains("P-4/2013"));
    }
    // A service over the high threshold: the deadline is told as the date it was.
    let mut p = base();
    p.services[0].digitally_available = false;
    let f = with_rule(&p, Rule::ServiceNotDigitalHigh).remove(0);
    assert!(f.message(Language::Nb).contains("satte fristen 30.06.2014"));
    assert!(f.message(Language::Nn).contains("sette fristen 30.06.2014"));
    assert!(!f.message(Language::Nb).contains(" skal "));
}

/// The example's exempted service (not digital, over the threshold, with a reason).
fn exempted(p: &Project) -> usize {
    p.services
        .iter()
        .position(|s| !s.exemption_reason.trim().is_empty())
        .unwrap()
}

#[test]
fn an_exemption_names_its_ground_and_where_it_is_documented() {
    let p = base();
    let i = exempted(&p);
    let entity = EntityRef::Service(p.services[i].id);
    assert_eq!(
        p.services[i].exemption_ground,
        ExemptionGround::NotProfitable
    );
    quiet(&p, Rule::ServiceExemptionWithoutGround);
    quiet(&p, Rule::ServiceExemptionNotDocumented);
    let mut q = p.clone();
    q.services[i].exemption_ground = ExemptionGround::NotStated;
    finds(
        &q,
        Severity::Warning,
        entity,
        ServiceField::ExemptionGround,
        Rule::ServiceExemptionWithoutGround,
    );
    q.services[i].exemption_ground = ExemptionGround::PlannedWithinBudget;
    quiet(&q, Rule::ServiceExemptionWithoutGround);
    q.services[i].exemption_documented_in.clear();
    finds(
        &q,
        Severity::Warning,
        entity,
        ServiceField::ExemptionDocumentedIn,
        Rule::ServiceExemptionNotDocumented,
    );
    // A service under the thresholds needs neither.
    q.services[i].annual_volume = Some(10);
    quiet(&q, Rule::ServiceExemptionNotDocumented);
}

#[test]
fn a_digital_service_outside_the_catalogue_gets_advice_only() {
    let mut p = base();
    let entity = EntityRef::Service(p.services[0].id);
    assert!(p.services[0].digitally_available);
    p.services[0].catalogue = CatalogueRegistration::NotRegistered;
    finds(
        &p,
        Severity::Hint,
        entity,
        ServiceField::Catalogue,
        Rule::ServiceNotInCatalogue,
    );
    p.services[0].catalogue = CatalogueRegistration::NotRecorded;
    quiet(&p, Rule::ServiceNotInCatalogue);
}

#[test]
fn assessed_none_is_an_answer_and_contradictions_are_found() {
    let mut p = base();
    let s = &mut p.services[0];
    let entity = EntityRef::Service(s.id);
    s.reusable_information.clear();
    s.reusable_none = false;
    s.regulations_to_review.clear();
    s.regulations_none = false;
    s.service_chain = ServiceChain::NotAssessed;
    finds(
        &p,
        Severity::Hint,
        entity,
        ServiceField::ReusableInformation,
        Rule::ReusableNotAssessed,
    );
    finds(
        &p,
        Severity::Hint,
        entity,
        ServiceField::RegulationsToReview,
        Rule::RegulationsNotAssessed,
    );
    finds(
        &p,
        Severity::Hint,
        entity,
        ServiceField::ServiceChain,
        Rule::ServiceChainNotAssessed,
    );
    // "Assessed, none" answers each.
    p.services[0].reusable_none = true;
    p.services[0].regulations_none = true;
    p.services[0].service_chain = ServiceChain::No;
    for rule in [
        Rule::ReusableNotAssessed,
        Rule::RegulationsNotAssessed,
        Rule::ServiceChainNotAssessed,
        Rule::ReusableNoneContradicted,
        Rule::RegulationsNoneContradicted,
    ] {
        quiet(&p, rule);
    }
    // "None" beside something named contradicts itself.
    p.services[0].reusable_information = vec![gevinst_core::model::InfoSource::Matrikkelen];
    p.services[0].regulations_to_review = "Forskrift § 3".into();
    finds(
        &p,
        Severity::Warning,
        entity,
        ServiceField::ReusableNone,
        Rule::ReusableNoneContradicted,
    );
    finds(
        &p,
        Severity::Warning,
        entity,
        ServiceField::RegulationsNone,
        Rule::RegulationsNoneContradicted,
    );
}

#[test]
fn an_older_files_tick_box_reads_as_yes_or_not_assessed() {
    for (old, now) in [
        ("true", ServiceChain::Yes),
        ("false", ServiceChain::NotAssessed),
        ("\"no\"", ServiceChain::No),
    ] {
        let text = example::EXAMPLE_JSON.replacen(
            "\"service_chain\": \"no\"",
            &format!("\"service_chain\": {old}"),
            1,
        );
        let loaded = gevinst_core::io::load_bytes(text.as_bytes(), "old.gevinst.json").unwrap();
        let changed = loaded
            .project
            .services
            .iter()
            .zip(example::project().services)
            .find(|(a, b)| a.service_chain != b.service_chain)
            .map(|(a, _)| a.service_chain);
        let expected = (now != ServiceChain::No).then_some(now);
        assert_eq!(changed, expected, "{old}");
    }
}

#[test]
fn a_file_without_point_1_5b_asks_for_it_and_can_answer_it() {
    let mut p = base();
    p.checklist.retain(|c| c.point != ChecklistPoint::P1_5b);
    finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_5b),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    let inverse = Edit::SetChecklistItem(ChecklistItem {
        point: ChecklistPoint::P1_5b,
        status: ChecklistStatus::NotRelevant,
        justification: "Ingen grenseoverskridende ansvarsområder.".into(),
    })
    .apply(&mut p)
    .unwrap();
    assert_eq!(
        p.checklist[index_of(ChecklistPoint::P1_5b)].point,
        ChecklistPoint::P1_5b
    );
    quiet(&p, Rule::ChecklistNotAnswered);
    inverse.apply(&mut p).unwrap();
    assert_eq!(
        p.checklist_item(ChecklistPoint::P1_5b).map(|c| c.status),
        Some(ChecklistStatus::NotAnswered)
    );
}

fn own(n: u128, title: &str) -> OwnPoint {
    OwnPoint {
        id: Id::from_u128(n),
        title: title.into(),
        source: "Tildelingsbrev 2026, punkt 3".into(),
        status: ChecklistStatus::Fulfilled,
        ..OwnPoint::default()
    }
}

#[test]
fn the_ministrys_own_requirements_are_checked_like_the_circulars() {
    let mut p = base();
    p.own_points = vec![own(900, "Klarspråk")];
    let entity = EntityRef::OwnPoint(Id::from_u128(900));
    for rule in [
        Rule::OwnPointTitleMissing,
        Rule::OwnPointNotAnswered,
        Rule::OwnPointWithoutJustification,
        Rule::OwnPointUnexplained,
        Rule::OwnPointWithoutSource,
    ] {
        quiet(&p, rule);
    }
    p.own_points[0].status = ChecklistStatus::NotAnswered;
    let f = finds(
        &p,
        Severity::Warning,
        entity,
        OwnPointField::Status,
        Rule::OwnPointNotAnswered,
    );
    assert!(f.message(Language::Nn).contains("ikkje svara på"));
    // A deviation: an error only where the ministry asks for a justification.
    p.own_points[0].status = ChecklistStatus::Partly;
    finds(
        &p,
        Severity::Hint,
        entity,
        OwnPointField::Justification,
        Rule::OwnPointUnexplained,
    );
    p.own_points[0].justification_required = true;
    finds(
        &p,
        Severity::Error,
        entity,
        OwnPointField::Justification,
        Rule::OwnPointWithoutJustification,
    );
    quiet(&p, Rule::OwnPointUnexplained);
    p.own_points[0].justification = "Delvis innført.".into();
    quiet(&p, Rule::OwnPointWithoutJustification);
    p.own_points[0].source.clear();
    finds(
        &p,
        Severity::Hint,
        entity,
        OwnPointField::Source,
        Rule::OwnPointWithoutSource,
    );
    p.own_points[0].title.clear();
    finds(
        &p,
        Severity::Error,
        entity,
        OwnPointField::Title,
        Rule::OwnPointTitleMissing,
    );
    // A copy with the same id (a hand-edited file) is one error on the copy.
    let mut q = base();
    q.own_points = vec![own(900, "A"), own(900, "B")];
    finds(
        &q,
        Severity::Error,
        entity,
        OwnPointField::Id,
        Rule::DuplicateId,
    );
    // Every message exists in every language.
    for rule in [
        Rule::OwnPointTitleMissing,
        Rule::OwnPointNotAnswered,
        Rule::OwnPointWithoutJustification,
        Rule::OwnPointUnexplained,
        Rule::OwnPointWithoutSource,
    ] {
        for lang in Language::ALL {
            assert!(!rule.text(lang).trim().is_empty());
        }
    }
}

#[test]
fn the_ks_threshold_is_compared_with_the_total_estimated_cost() {
    let mut p = base();
    p.settings.analysis_period_years = 10;
    p.settings.ks_threshold = kr(750_000_000);
    let id = Id::from_u128(950);
    p.measures.push(Measure {
        id,
        title: "Nytt fagsystem".into(),
        investment: Some(kr(600_000_000)),
        annual_operating_cost: Some(kr(20_000_000)),
        price_year: 2025,
        ..Measure::default()
    });
    let entity = EntityRef::Measure(id);
    let at_23 = index_of(ChecklistPoint::P2_3);
    // The investment alone is under the threshold; with nine years of operation it is over.
    for (status, severity) in [
        (ChecklistStatus::NotAnswered, Severity::Warning),
        (ChecklistStatus::NotFulfilled, Severity::Warning),
        (ChecklistStatus::NotRelevant, Severity::Warning),
        (ChecklistStatus::Partly, Severity::Hint),
        (ChecklistStatus::Fulfilled, Severity::Hint),
    ] {
        p.checklist[at_23].status = status;
        let f = finds(
            &p,
            severity,
            entity,
            MeasureField::Investment,
            Rule::MeasureAboveKsThreshold,
        );
        assert_eq!(
            f.arg("cost"),
            Some(&Arg::Money(kr(780_000_000))),
            "{status:?}"
        );
    }
    p.measures.last_mut().unwrap().annual_operating_cost = Some(kr(10_000_000));
    quiet(&p, Rule::MeasureAboveKsThreshold);
}
