//! Confirming what was carried over from last year: an edit that changes a carried measure's
//! status, or a carried checklist answer or text, confirms it in the same step (undone with it).

use super::{Edit, EditError, Item};
use crate::model::{Carried, CarriedOver, ItemKind, Project};

/// The carried-over record as it is once `edit` is applied, when the edit confirms something
/// still open; `None` when it confirms nothing.
pub(super) fn confirmed_by(edit: &Edit, project: &Project) -> Option<CarriedOver> {
    let carried = project.carried_over.as_ref()?;
    let mut next = carried.clone();
    collect(edit, project, &mut next);
    (next != *carried).then_some(next)
}

/// Apply `edit` after setting the carried-over record to `confirmed`; the inverse restores
/// both. On error the project is unchanged.
pub(super) fn apply_confirming(
    edit: Edit,
    confirmed: CarriedOver,
    project: &mut Project,
) -> Result<Edit, EditError> {
    let before = project.carried_over.replace(confirmed);
    match edit.apply(project) {
        Ok(inverse) => Ok(Edit::Batch(vec![inverse, Edit::SetCarriedOver(before)])),
        Err(e) => {
            project.carried_over = before;
            Err(e)
        }
    }
}

/// Remove from `next` what `edit` confirms (or removes from the project).
fn collect(edit: &Edit, project: &Project, next: &mut CarriedOver) {
    match edit {
        Edit::Update(Item::Measure(m))
            if project
                .measure(m.id)
                .is_some_and(|old| old.status != m.status) =>
        {
            remove(next, Carried::Measure(m.id));
        }
        Edit::Update(Item::OwnPoint(o))
            if project.own_point(o.id).is_some_and(|old| {
                old.status != o.status || old.justification != o.justification
            }) =>
        {
            remove(next, Carried::OwnPoint(o.id));
        }
        Edit::SetChecklistItem(c)
            if project.checklist_item(c.point).is_none_or(|old| {
                old.status != c.status || old.justification != c.justification
            }) =>
        {
            remove(next, Carried::Checklist(c.point));
        }
        Edit::Remove {
            kind: ItemKind::Measure,
            id,
        } => remove(next, Carried::Measure(*id)),
        Edit::Remove {
            kind: ItemKind::OwnPoint,
            id,
        } => remove(next, Carried::OwnPoint(*id)),
        Edit::Batch(edits) => {
            for e in edits {
                collect(e, project, next);
            }
        }
        _ => {}
    }
}

/// `carried` without `item`.
fn remove(carried: &mut CarriedOver, item: Carried) {
    match item {
        Carried::Measure(id) => carried.measures.retain(|x| *x != id),
        Carried::Checklist(point) => carried.checklist.retain(|x| *x != point),
        Carried::OwnPoint(id) => carried.own_points.retain(|x| *x != id),
    }
}

/// The edit that confirms one carried item for this year as it stands; `None` when it is not
/// waiting for a confirmation.
pub fn confirm(project: &Project, item: Carried) -> Option<Edit> {
    let carried = project.carried_over.as_ref()?;
    let mut next = carried.clone();
    remove(&mut next, item);
    (next != *carried).then_some(Edit::SetCarriedOver(Some(next)))
}

/// The edit that confirms every carried item at once; `None` when nothing waits.
pub fn confirm_all(project: &Project) -> Option<Edit> {
    let carried = project.carried_over.as_ref()?;
    if carried.is_confirmed() {
        return None;
    }
    Some(Edit::SetCarriedOver(Some(CarriedOver {
        measures: Vec::new(),
        checklist: Vec::new(),
        own_points: Vec::new(),
        ..carried.clone()
    })))
}

/// The edit that puts a stopped measure of an earlier year back in the report (`include`) or
/// leaves it out; `None` when nothing changes.
pub fn include_in_report(
    project: &Project,
    measure: crate::model::Id,
    include: bool,
) -> Option<Edit> {
    let carried = project.carried_over.as_ref()?;
    let mut next = carried.clone();
    next.left_out.retain(|x| *x != measure);
    if !include {
        next.left_out.push(measure);
    }
    (next != *carried).then_some(Edit::SetCarriedOver(Some(next)))
}
