//! The rules that follow the sources' own wording: what the circular makes an obligation and
//! what it only recommends, where it asks for a justification, the two grounds of an exemption
//! from 1.1, the catalogue it names, "assessed, none" in the *Digitalt førstevalg* assessment,
//! the ministry's own requirements (seed 003) and the threshold of 2.3.

use super::at;
use super::checks::{Out, blank, name};
use super::{Arg, Rule, Severity};
use crate::calc::total_estimated_cost;
use crate::model::{
    CatalogueRegistration, ChecklistField, ChecklistPoint, ChecklistStatus, ExemptionGround,
    Measure, MeasureField, OwnPointField, Project, Service, ServiceChain, ServiceField,
};
use std::collections::HashSet;

/// Circular 2.3: a measure whose total estimated cost (investment and operating costs, see
/// [`total_estimated_cost`]) is above the threshold for external quality assurance. A warning
/// until point 2.3 is answered fulfilled or partly fulfilled; "not fulfilled", "not relevant"
/// and no answer keep it a warning.
pub(super) fn ks_threshold(project: &Project, m: &Measure, out: &mut Out) {
    let threshold = project.settings.ks_threshold;
    let Ok(Some(cost)) = total_estimated_cost(m, &project.settings) else {
        return;
    };
    if cost <= threshold {
        return;
    }
    let assured = project
        .checklist_item(ChecklistPoint::P2_3)
        .is_some_and(|c| {
            matches!(
                c.status,
                ChecklistStatus::Fulfilled | ChecklistStatus::Partly
            )
        });
    let severity = if assured {
        Severity::Hint
    } else {
        Severity::Warning
    };
    out.check(Some(at::measure(m.id).finding(
        severity,
        MeasureField::Investment,
        Rule::MeasureAboveKsThreshold,
        &[
            ("title", name(&m.title)),
            ("cost", Arg::Money(cost)),
            ("ks_threshold", Arg::Money(threshold)),
        ],
    )));
}

/// True when a service is over the low threshold of submissions a year and not digital: the
/// services the deadlines of 1.1 were about.
fn over_threshold(project: &Project, s: &Service) -> bool {
    !s.digitally_available
        && s.annual_volume
            .is_some_and(|v| v >= project.settings.digital_threshold_low)
}

/// The checks of one service that the sources' wording adds.
pub(super) fn service(project: &Project, s: &Service, out: &mut Out) {
    let at = at::service(s.id);
    let this = [("name", name(&s.name))];
    // 1.1: an exemption rests on one of two grounds and can be documented on request.
    if over_threshold(project, s) && !blank(&s.exemption_reason) {
        out.check((s.exemption_ground == ExemptionGround::NotStated).then(|| {
            at.warning(
                ServiceField::ExemptionGround,
                Rule::ServiceExemptionWithoutGround,
                &this,
            )
        }));
        out.check(blank(&s.exemption_documented_in).then(|| {
            at.warning(
                ServiceField::ExemptionDocumentedIn,
                Rule::ServiceExemptionNotDocumented,
                &this,
            )
        }));
    }
    // 1.1: agencies *bør* register their services in the catalogue: advice only.
    out.hint(
        (s.digitally_available && s.catalogue == CatalogueRegistration::NotRegistered)
            .then(|| at.hint(ServiceField::Catalogue, Rule::ServiceNotInCatalogue, &this)),
    );
    // Seed 003: reusable information, regulations and service chains are assessed; "none"
    // is an answer.
    let reusable = !s.reusable_information.is_empty();
    if s.reusable_none && reusable {
        out.check(Some(at.warning(
            ServiceField::ReusableNone,
            Rule::ReusableNoneContradicted,
            &this,
        )));
    }
    out.hint((!s.reusable_none && !reusable).then(|| {
        at.hint(
            ServiceField::ReusableInformation,
            Rule::ReusableNotAssessed,
            &this,
        )
    }));
    let regulations = !blank(&s.regulations_to_review);
    if s.regulations_none && regulations {
        out.check(Some(at.warning(
            ServiceField::RegulationsNone,
            Rule::RegulationsNoneContradicted,
            &this,
        )));
    }
    out.hint((!s.regulations_none && !regulations).then(|| {
        at.hint(
            ServiceField::RegulationsToReview,
            Rule::RegulationsNotAssessed,
            &this,
        )
    }));
    out.hint((s.service_chain == ServiceChain::NotAssessed).then(|| {
        at.hint(
            ServiceField::ServiceChain,
            Rule::ServiceChainNotAssessed,
            &this,
        )
    }));
}

/// The circular's checklist: every point answered; a deviation justified where the circular
/// asks for a justification (an error), explained where it does not (a hint at most).
pub(super) fn checklist(project: &Project, out: &mut Out) {
    let mut seen = HashSet::new();
    for item in &project.checklist {
        let at = at::checklist(item.point);
        let point = [("point", Arg::Point(item.point))];
        if !seen.insert(item.point) {
            out.check(Some(at.error(
                ChecklistField::Point,
                Rule::ChecklistDuplicatePoint,
                &point,
            )));
            continue;
        }
        out.check(
            (item.status == ChecklistStatus::NotAnswered)
                .then(|| at.warning(ChecklistField::Status, Rule::ChecklistNotAnswered, &point)),
        );
        let unexplained = blank(&item.justification);
        if item.status.is_deviation() && item.point.justification_demand().is_some() {
            out.check(unexplained.then(|| {
                at.error(
                    ChecklistField::Justification,
                    Rule::DeviationWithoutJustification,
                    &point,
                )
            }));
        }
        let hint = match item.status {
            ChecklistStatus::NotRelevant => Some(Rule::NotRelevantWithoutJustification),
            status if status.is_deviation() && item.point.justification_demand().is_none() => {
                Some(Rule::DeviationUnexplained)
            }
            _ => None,
        };
        out.hint(
            hint.filter(|_| unexplained)
                .map(|rule| at.hint(ChecklistField::Justification, rule, &point)),
        );
    }
    // Points missing from a hand-edited or older file count as unanswered.
    for point in ChecklistPoint::ALL {
        if !seen.contains(&point) {
            out.check(Some(at::checklist(point).warning(
                ChecklistField::Status,
                Rule::ChecklistNotAnswered,
                &[("point", Arg::Point(point))],
            )));
        }
    }
    own_points(project, out);
}

/// The ministry's own requirements, answered like the circular's points; a deviation must be
/// justified where the ministry asks for it.
fn own_points(project: &Project, out: &mut Out) {
    let mut seen = HashSet::new();
    for p in &project.own_points {
        let at = at::own_point(p.id);
        let title = [("title", name(&p.title))];
        if !seen.insert(p.id) {
            out.check(Some(at.error(
                OwnPointField::Id,
                Rule::DuplicateId,
                &[("name", name(&p.title))],
            )));
        }
        out.check(
            blank(&p.title)
                .then(|| at.error(OwnPointField::Title, Rule::OwnPointTitleMissing, &[])),
        );
        out.check(
            (p.status == ChecklistStatus::NotAnswered)
                .then(|| at.warning(OwnPointField::Status, Rule::OwnPointNotAnswered, &title)),
        );
        let unexplained = p.status.is_deviation() && blank(&p.justification);
        if p.status.is_deviation() && p.justification_required {
            out.check(unexplained.then(|| {
                at.error(
                    OwnPointField::Justification,
                    Rule::OwnPointWithoutJustification,
                    &title,
                )
            }));
        } else {
            out.hint(unexplained.then(|| {
                at.hint(
                    OwnPointField::Justification,
                    Rule::OwnPointUnexplained,
                    &title,
                )
            }));
        }
        out.hint(
            (!blank(&p.title) && blank(&p.source))
                .then(|| at.hint(OwnPointField::Source, Rule::OwnPointWithoutSource, &title)),
        );
    }
}
