//! The yearly cycle: next year's report made from this one.
//!
//! [`next_year`] moves the report year on by one and keeps every entity with its id. Amounts
//! keep their price years (the price index converts them where the report needs another);
//! the report's own price year moves on only when the price index has the new year. Measures
//! that were planned or in progress, and every answered checklist point and requirement of the
//! ministry's own, are carried over to confirm ([`CarriedOver`]): validation warns about each
//! until a confirm edit ([`crate::edit::confirm`]) or a change to it confirms it. Measures
//! already stopped stay out of the report unless chosen. Last year's key figures are kept as
//! a [`YearSnapshot`] (see [`snapshot`]), so the report and the app can show "I fjor".

mod snapshot;

pub use snapshot::snapshot;

use crate::calc::CalcError;
use crate::model::{CarriedOver, ChecklistStatus, MeasureStatus, Project, YearSnapshot};
use chrono::Utc;
use std::borrow::Cow;

/// Next year's project made from `project`: see the module's documentation. An error when
/// last year's figures or the new year do not fit.
pub fn next_year(project: &Project) -> Result<Project, CalcError> {
    let last: YearSnapshot = snapshot(project)?;
    let mut next = project.clone();
    let year = project
        .report
        .year
        .checked_add(1)
        .ok_or(CalcError::Overflow)?;
    next.report.year = year;
    if project.settings.price_index.iter().any(|e| e.year == year) {
        next.report.price_year = year;
    }
    let previous_left_out = project
        .carried_over
        .as_ref()
        .map(|c| c.left_out.as_slice())
        .unwrap_or_default();
    let carried = CarriedOver {
        from_year: project.report.year,
        measures: project
            .measures
            .iter()
            .filter(|m| matches!(m.status, MeasureStatus::Planned | MeasureStatus::InProgress))
            .map(|m| m.id)
            .collect(),
        checklist: project
            .checklist
            .iter()
            .filter(|c| {
                c.status != ChecklistStatus::NotAnswered || !c.justification.trim().is_empty()
            })
            .map(|c| c.point)
            .collect(),
        own_points: project
            .own_points
            .iter()
            .filter(|o| {
                o.status != ChecklistStatus::NotAnswered || !o.justification.trim().is_empty()
            })
            .map(|o| o.id)
            .collect(),
        left_out: project
            .measures
            .iter()
            .filter(|m| m.status == MeasureStatus::Stopped)
            .map(|m| m.id)
            .chain(previous_left_out.iter().copied())
            .fold(Vec::new(), |mut ids, id| {
                if !ids.contains(&id)
                    && project
                        .measure(id)
                        .is_some_and(|m| m.status == MeasureStatus::Stopped)
                {
                    ids.push(id);
                }
                ids
            }),
    };
    next.carried_over = Some(carried);
    next.last_year = Some(last);
    let now = Utc::now();
    next.created = now;
    next.modified = now;
    Ok(next)
}

/// The project as its report shows it: without the stopped measures of earlier years that are
/// left out (borrowed unchanged when there are none).
pub fn in_report(project: &Project) -> Cow<'_, Project> {
    match &project.carried_over {
        Some(c) if !c.left_out.is_empty() => {
            let mut p = project.clone();
            p.measures.retain(|m| !c.left_out.contains(&m.id));
            Cow::Owned(p)
        }
        _ => Cow::Borrowed(project),
    }
}

/// True when `measure` is a stopped measure of an earlier year that the report leaves out.
pub fn left_out(project: &Project, measure: crate::model::Id) -> bool {
    project
        .carried_over
        .as_ref()
        .is_some_and(|c| c.left_out.contains(&measure))
}
