//! The yearly cycle: what was carried over from last year's report waits for a confirmation
//! for this year (see [`crate::model::CarriedOver`]).

use super::at;
use super::checks::{Out, name};
use super::{Arg, Rule};
use crate::model::{ChecklistField, MeasureField, OwnPointField, Project};

/// One warning per carried measure, checklist point and own requirement not yet confirmed.
/// Items that no longer exist are left out.
pub(super) fn carried_over(project: &Project, out: &mut Out) {
    let Some(carried) = &project.carried_over else {
        return;
    };
    let year = ("year", Arg::Year(project.report.year));
    for m in carried
        .measures
        .iter()
        .filter_map(|&id| project.measure(id))
    {
        out.check(Some(at::measure(m.id).warning(
            MeasureField::Status,
            Rule::MeasureStatusUnconfirmed,
            &[("title", name(&m.title)), year.clone()],
        )));
    }
    for &point in &carried.checklist {
        if project.checklist_item(point).is_none() {
            continue;
        }
        out.check(Some(at::checklist(point).warning(
            ChecklistField::Status,
            Rule::ChecklistUnconfirmed,
            &[("point", Arg::Point(point)), year.clone()],
        )));
    }
    for o in carried
        .own_points
        .iter()
        .filter_map(|&id| project.own_point(id))
    {
        out.check(Some(at::own_point(o.id).warning(
            OwnPointField::Status,
            Rule::OwnPointUnconfirmed,
            &[("title", name(&o.title)), year.clone()],
        )));
    }
}
