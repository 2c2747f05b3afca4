//! Every change to a project is an [`Edit`]. Applying one returns its inverse, which is what
//! undo applies; [`History`] keeps both stacks and knows whether the project is dirty.
//!
//! The GUI builds edits and hands them to [`History::apply`]; tests do the same, so undo, redo,
//! the dirty flag and the tests all see one stream of changes.

mod confirm;
mod history;
mod lists;

pub use confirm::{confirm, confirm_all, include_in_report};
pub use history::{History, MAX_STEPS, UndoEntry, Verb};
pub use lists::{ListItem, delete, duplicate, id_in, insert_after, item, new_item};

use crate::model::{
    Agency, CarriedOver, ChecklistItem, ChecklistPoint, ChecklistStatus, EntityRef, Extraction,
    Gain, Id, ItemKind, Measure, OwnPoint, PriorityArea, Project, ReportInfo, Service, Settings,
};

/// One entity that lives in a list of the project.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A priority area.
    PriorityArea(PriorityArea),
    /// A measure.
    Measure(Measure),
    /// A service.
    Service(Service),
    /// A gain.
    Gain(Gain),
    /// An extraction.
    Extraction(Extraction),
    /// A checklist point of the ministry's own.
    OwnPoint(OwnPoint),
}

impl Item {
    /// Which list the item lives in.
    pub fn kind(&self) -> ItemKind {
        match self {
            Item::PriorityArea(_) => ItemKind::PriorityArea,
            Item::Measure(_) => ItemKind::Measure,
            Item::Service(_) => ItemKind::Service,
            Item::Gain(_) => ItemKind::Gain,
            Item::Extraction(_) => ItemKind::Extraction,
            Item::OwnPoint(_) => ItemKind::OwnPoint,
        }
    }

    /// The item's id.
    pub fn id(&self) -> Id {
        match self {
            Item::PriorityArea(x) => x.id,
            Item::Measure(x) => x.id,
            Item::Service(x) => x.id,
            Item::Gain(x) => x.id,
            Item::Extraction(x) => x.id,
            Item::OwnPoint(x) => x.id,
        }
    }

    /// The item's name as a user knows it (title, name, or empty).
    pub fn name(&self) -> &str {
        match self {
            Item::PriorityArea(x) => &x.name,
            Item::Measure(x) => &x.title,
            Item::Service(x) => &x.name,
            Item::Gain(x) => &x.name,
            Item::Extraction(x) => &x.description,
            Item::OwnPoint(x) => &x.title,
        }
    }

    /// Where the item is, as a finding or a selection refers to it.
    pub fn entity(&self) -> EntityRef {
        entity_ref(self.kind(), self.id())
    }
}

/// The [`EntityRef`] of a list item.
pub fn entity_ref(kind: ItemKind, id: Id) -> EntityRef {
    match kind {
        ItemKind::PriorityArea => EntityRef::PriorityArea(id),
        ItemKind::Measure => EntityRef::Measure(id),
        ItemKind::Service => EntityRef::Service(id),
        ItemKind::Gain => EntityRef::Gain(id),
        ItemKind::Extraction => EntityRef::Extraction(id),
        ItemKind::OwnPoint => EntityRef::OwnPoint(id),
    }
}

/// A change to a project.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Replace the agency block.
    SetAgency(Agency),
    /// Replace the report block (year, part, language, price year, texts).
    SetReport(ReportInfo),
    /// Replace the settings.
    SetSettings(Settings),
    /// Replace one checklist item (found by its point).
    SetChecklistItem(ChecklistItem),
    /// Insert an item into its list at `index` (clamped to the list's length).
    Insert {
        /// Position in the list.
        index: usize,
        /// The new item; its id must not be in use.
        item: Item,
    },
    /// Replace the item with the same kind and id.
    Update(Item),
    /// Remove an item.
    Remove {
        /// Which list.
        kind: ItemKind,
        /// Which item.
        id: Id,
    },
    /// Several edits applied as one step (undone together, in reverse).
    Batch(Vec<Edit>),
    /// Replace what was carried over from last year and is still to confirm (a confirmation).
    SetCarriedOver(Option<CarriedOver>),
    /// Replace the whole project: a colleague's copy merged in (`crate::compare::Merge`),
    /// applied and undone as one step.
    SetProject(Box<Project>),
}

/// Why an edit could not be applied. The project is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No item of that kind has that id.
    #[error("no {kind:?} with id {id}")]
    NotFound {
        /// Which list.
        kind: ItemKind,
        /// The missing id.
        id: Id,
    },
    /// An item with that id already exists.
    #[error("a {kind:?} with id {id} already exists")]
    DuplicateId {
        /// Which list.
        kind: ItemKind,
        /// The id in use.
        id: Id,
    },
    /// The checklist has no item for that point.
    #[error("the checklist has no point {0}")]
    NoChecklistPoint(&'static str),
}

/// Where the item with this kind and id is in its list.
pub fn position(project: &Project, kind: ItemKind, id: Id) -> Option<usize> {
    match kind {
        ItemKind::PriorityArea => project.priority_areas.iter().position(|x| x.id == id),
        ItemKind::Measure => project.measures.iter().position(|x| x.id == id),
        ItemKind::Service => project.services.iter().position(|x| x.id == id),
        ItemKind::Gain => project.gains.iter().position(|x| x.id == id),
        ItemKind::Extraction => project.extractions.iter().position(|x| x.id == id),
        ItemKind::OwnPoint => project.own_points.iter().position(|x| x.id == id),
    }
}

/// The index just after the item `after` in its list, or the end of the list when there is
/// no such item: where a new or duplicated item goes.
pub fn index_after(project: &Project, kind: ItemKind, after: Option<Id>) -> usize {
    after
        .and_then(|id| position(project, kind, id))
        .map_or_else(|| list_len(project, kind), |p| p.saturating_add(1))
}

fn list_len(project: &Project, kind: ItemKind) -> usize {
    match kind {
        ItemKind::PriorityArea => project.priority_areas.len(),
        ItemKind::Measure => project.measures.len(),
        ItemKind::Service => project.services.len(),
        ItemKind::Gain => project.gains.len(),
        ItemKind::Extraction => project.extractions.len(),
        ItemKind::OwnPoint => project.own_points.len(),
    }
}

fn insert_at(project: &mut Project, index: usize, item: Item) {
    let index = index.min(list_len(project, item.kind()));
    match item {
        Item::PriorityArea(x) => project.priority_areas.insert(index, x),
        Item::Measure(x) => project.measures.insert(index, x),
        Item::Service(x) => project.services.insert(index, x),
        Item::Gain(x) => project.gains.insert(index, x),
        Item::Extraction(x) => project.extractions.insert(index, x),
        Item::OwnPoint(x) => project.own_points.insert(index, x),
    }
}

fn remove_at(project: &mut Project, kind: ItemKind, index: usize) -> Item {
    match kind {
        ItemKind::PriorityArea => Item::PriorityArea(project.priority_areas.remove(index)),
        ItemKind::Measure => Item::Measure(project.measures.remove(index)),
        ItemKind::Service => Item::Service(project.services.remove(index)),
        ItemKind::Gain => Item::Gain(project.gains.remove(index)),
        ItemKind::Extraction => Item::Extraction(project.extractions.remove(index)),
        ItemKind::OwnPoint => Item::OwnPoint(project.own_points.remove(index)),
    }
}

fn replace_at(project: &mut Project, index: usize, item: Item) -> Item {
    match item {
        Item::PriorityArea(x) => {
            Item::PriorityArea(std::mem::replace(&mut project.priority_areas[index], x))
        }
        Item::Measure(x) => Item::Measure(std::mem::replace(&mut project.measures[index], x)),
        Item::Service(x) => Item::Service(std::mem::replace(&mut project.services[index], x)),
        Item::Gain(x) => Item::Gain(std::mem::replace(&mut project.gains[index], x)),
        Item::Extraction(x) => {
            Item::Extraction(std::mem::replace(&mut project.extractions[index], x))
        }
        Item::OwnPoint(x) => Item::OwnPoint(std::mem::replace(&mut project.own_points[index], x)),
    }
}

/// Put a point of the circular that a file lacks (one written before the point was a line of
/// its own, like 1.5b) into the checklist, unanswered, in the circular's order. Undoing an
/// answer to it leaves it unanswered, which is what the file meant.
fn add_missing_point(project: &mut Project, point: ChecklistPoint) -> Result<(), EditError> {
    let order = ChecklistPoint::ALL
        .iter()
        .position(|&p| p == point)
        .ok_or(EditError::NoChecklistPoint(point.number()))?;
    let index = project
        .checklist
        .iter()
        .position(|c| ChecklistPoint::ALL.iter().position(|&p| p == c.point) > Some(order))
        .unwrap_or(project.checklist.len());
    project.checklist.insert(
        index,
        ChecklistItem {
            point,
            status: ChecklistStatus::NotAnswered,
            justification: String::new(),
        },
    );
    Ok(())
}

impl Edit {
    /// Apply the edit and return its inverse. On error the project is unchanged.
    pub fn apply(self, project: &mut Project) -> Result<Edit, EditError> {
        // Changing a carried item's status, answer or text confirms it for this year.
        if let Some(confirmed) = confirm::confirmed_by(&self, project) {
            return confirm::apply_confirming(self, confirmed, project);
        }
        match self {
            Edit::SetAgency(a) => Ok(Edit::SetAgency(std::mem::replace(&mut project.agency, a))),
            Edit::SetReport(r) => Ok(Edit::SetReport(std::mem::replace(&mut project.report, r))),
            Edit::SetSettings(s) => Ok(Edit::SetSettings(std::mem::replace(
                &mut project.settings,
                s,
            ))),
            Edit::SetChecklistItem(item) => {
                if !project.checklist.iter().any(|c| c.point == item.point) {
                    add_missing_point(project, item.point)?;
                }
                let slot = project
                    .checklist
                    .iter_mut()
                    .find(|c| c.point == item.point)
                    .ok_or(EditError::NoChecklistPoint(item.point.number()))?;
                Ok(Edit::SetChecklistItem(std::mem::replace(slot, item)))
            }
            Edit::Insert { index, item } => {
                let (kind, id) = (item.kind(), item.id());
                if position(project, kind, id).is_some() {
                    return Err(EditError::DuplicateId { kind, id });
                }
                insert_at(project, index, item);
                Ok(Edit::Remove { kind, id })
            }
            Edit::Update(item) => {
                let (kind, id) = (item.kind(), item.id());
                let index = position(project, kind, id).ok_or(EditError::NotFound { kind, id })?;
                Ok(Edit::Update(replace_at(project, index, item)))
            }
            Edit::Remove { kind, id } => {
                let index = position(project, kind, id).ok_or(EditError::NotFound { kind, id })?;
                let item = remove_at(project, kind, index);
                Ok(Edit::Insert { index, item })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match edit.apply(project) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // Roll back what was applied so the project is unchanged.
                            for inverse in inverses.into_iter().rev() {
                                // An inverse of an edit that just succeeded always applies.
                                let _ = inverse.apply(project);
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
            Edit::SetCarriedOver(c) => Ok(Edit::SetCarriedOver(std::mem::replace(
                &mut project.carried_over,
                c,
            ))),
            Edit::SetProject(p) => Ok(Edit::SetProject(Box::new(std::mem::replace(project, *p)))),
        }
    }

    /// The entity the edit is about, for labels and for selecting it after undo.
    pub fn entity(&self) -> Option<EntityRef> {
        match self {
            Edit::SetAgency(_) => Some(EntityRef::Agency),
            Edit::SetReport(_) | Edit::SetCarriedOver(_) => Some(EntityRef::Report),
            Edit::SetSettings(_) => Some(EntityRef::Settings),
            Edit::SetChecklistItem(c) => Some(EntityRef::Checklist(c.point)),
            Edit::Insert { item, .. } | Edit::Update(item) => Some(item.entity()),
            Edit::Remove { kind, id } => Some(entity_ref(*kind, *id)),
            Edit::Batch(edits) => edits.first().and_then(Edit::entity),
            Edit::SetProject(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChecklistPoint, ChecklistStatus};

    fn measure(n: u128, title: &str) -> Measure {
        Measure {
            id: Id::from_u128(n),
            title: title.into(),
            ..Measure::default()
        }
    }

    #[test]
    fn new_items_go_after_the_anchor_or_at_the_end() {
        let mut p = Project::new();
        p.measures = vec![measure(1, "A"), measure(2, "B"), measure(3, "C")];
        let m = ItemKind::Measure;
        assert_eq!(index_after(&p, m, Some(Id::from_u128(1))), 1);
        assert_eq!(index_after(&p, m, Some(Id::from_u128(3))), 3);
        assert_eq!(index_after(&p, m, None), 3);
        assert_eq!(index_after(&p, m, Some(Id::from_u128(99))), 3);
        assert_eq!(index_after(&p, ItemKind::Gain, None), 0);
    }

    #[test]
    fn apply_then_inverse_restores_the_project() {
        let mut p = Project::new();
        let before = p.clone();
        let edits = vec![
            Edit::Insert {
                index: 0,
                item: Item::Measure(measure(1, "A")),
            },
            Edit::Insert {
                index: 9,
                item: Item::Measure(measure(2, "B")),
            },
            Edit::Update(Item::Measure(measure(1, "A2"))),
            Edit::Remove {
                kind: ItemKind::Measure,
                id: Id::from_u128(2),
            },
            Edit::SetChecklistItem(ChecklistItem {
                point: ChecklistPoint::P1_10,
                status: ChecklistStatus::Partly,
                justification: "Plan under arbeid".into(),
            }),
        ];
        let mut inverses = Vec::new();
        for e in edits {
            inverses.push(e.apply(&mut p).unwrap());
        }
        assert_eq!(p.measures.len(), 1);
        assert_eq!(p.measures[0].title, "A2");
        for inv in inverses.into_iter().rev() {
            inv.apply(&mut p).unwrap();
        }
        assert_eq!(p, before);
    }

    #[test]
    fn failing_batch_leaves_project_unchanged() {
        let mut p = Project::new();
        let before = p.clone();
        let batch = Edit::Batch(vec![
            Edit::Insert {
                index: 0,
                item: Item::Measure(measure(1, "A")),
            },
            Edit::Update(Item::Measure(measure(7, "missing"))),
        ]);
        assert!(matches!(
            batch.apply(&mut p),
            Err(EditError::NotFound { .. })
        ));
        assert_eq!(p, before);
    }

    #[test]
    fn a_whole_project_is_replaced_and_put_back() {
        let mut p = Project::new();
        let before = p.clone();
        let mut merged = p.clone();
        merged.measures.push(measure(1, "Fra kollega"));
        let inverse = Edit::SetProject(Box::new(merged.clone()))
            .apply(&mut p)
            .unwrap();
        assert_eq!(p, merged);
        inverse.apply(&mut p).unwrap();
        assert_eq!(p, before);
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let mut p = Project::new();
        let ins = Edit::Insert {
            index: 0,
            item: Item::Measure(measure(1, "A")),
        };
        ins.clone().apply(&mut p).unwrap();
        assert!(matches!(
            ins.apply(&mut p),
            Err(EditError::DuplicateId { .. })
        ));
    }
}
