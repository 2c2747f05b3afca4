//! Comparing and merging two copies of a project, entity by entity.
//!
//! Both work generically over the serialized project, so project-level data added later is
//! compared and merged without code here: each top-level list whose items carry an `id` (or, in
//! the checklist, a `point`) is a list of entities named `<list>/<key>` (`measures/<uuid>`,
//! `checklist/1.10`); every other top-level field is one entity named by the field (`agency`,
//! `report`, `settings`, …). The file's bookkeeping (version, id, times, history) is no entity.
//! An entity's fields are its JSON fields; labels come from the typed [`Field`]s where one
//! exists, values are shown in Norwegian formats where the field's type is known.

mod diff;
mod merge;
mod show;
mod text;

pub use diff::{Change, ChangeKind, Diff, FieldChange, diff, diff_entities};
pub use merge::{Conflict, FieldConflict, Merge, MergeError, Side, merge};
pub use show::{entity_of, entity_title, field_label, group_of, show_value, typed_field};

use crate::model::{History, Id, Project, Revision};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Top-level fields that are bookkeeping, not content.
const BOOKKEEPING: [&str; 6] = [
    "schema_version",
    "id",
    "created",
    "modified",
    "last_edited_by",
    "history",
];

/// A step of the guided workflow a change belongs to, in the app's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// The agency, the report's year and part, the settings.
    Agency,
    /// Priority areas.
    PriorityAreas,
    /// Measures.
    Measures,
    /// Services.
    Services,
    /// Gains.
    Gains,
    /// Extractions.
    Extractions,
    /// The checklist and the ministry's own points.
    Checklist,
    /// The section's texts.
    Texts,
    /// Project data of no step (added by a later feature).
    Other,
}

/// A project as entities: name → value, with the order of list items kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    /// Entity name → its JSON value.
    pub map: HashMap<String, Value>,
    /// The entity names in file order.
    pub order: Vec<String>,
    /// The top-level fields that are lists of entities.
    pub lists: Vec<String>,
    /// The bookkeeping fields (id, dates, history), which are not compared.
    pub bookkeeping: Map<String, Value>,
}

/// The key of a list item: its `id`, or a checklist item's `point`.
fn item_key(item: &Value) -> Option<&str> {
    let obj = item.as_object()?;
    obj.get("id")
        .or_else(|| obj.get("point"))
        .and_then(Value::as_str)
}

impl Entities {
    /// The entities of a project.
    pub fn of(project: &Project) -> Entities {
        Entities::of_value(serde_json::to_value(project).unwrap_or(Value::Null))
    }

    /// The entities of two projects, taken apart at the same time (one on another core).
    pub fn of_both(a: &Project, b: &Project) -> (Entities, Entities) {
        std::thread::scope(|scope| {
            let other = scope.spawn(|| Entities::of(b));
            let first = Entities::of(a);
            // A thread that could not finish leaves the work to this one.
            let second = other.join().unwrap_or_else(|_| Entities::of(b));
            (first, second)
        })
    }

    /// The entities of a serialized project.
    pub fn of_value(value: Value) -> Entities {
        let mut out = Entities::default();
        let Value::Object(root) = value else {
            return out;
        };
        for (name, v) in root {
            if BOOKKEEPING.contains(&name.as_str()) {
                out.bookkeeping.insert(name, v);
                continue;
            }
            match v {
                Value::Array(items) if items.iter().all(|i| item_key(i).is_some()) => {
                    for item in items {
                        let key = format!("{name}/{}", item_key(&item).unwrap_or_default());
                        if !out.map.contains_key(&key) {
                            out.order.push(key.clone());
                            out.map.insert(key, item);
                        }
                    }
                    out.lists.push(name);
                }
                other => {
                    out.order.push(name.clone());
                    out.map.insert(name, other);
                }
            }
        }
        out
    }

    /// The value of an entity.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.map.get(key)
    }
}

/// The list an entity name belongs to (`measures` of `measures/<id>`), or the name itself.
pub fn list_of(key: &str) -> &str {
    key.split_once('/').map_or(key, |(list, _)| list)
}

/// The JSON fields of an entity value: its members, or the value as one field named `""`.
fn fields_of(value: Option<&Value>) -> Map<String, Value> {
    match value {
        Some(Value::Object(o)) => o.clone(),
        Some(v) => Map::from_iter([(String::new(), v.clone())]),
        None => Map::new(),
    }
}

/// Record a save: a new revision (its parent the project's last one), and for each entity that
/// differs from `saved` (the project as it was last saved or loaded; `None` for a first save,
/// when every entity counts as changed) this revision as the one that last changed it; a removed
/// entity keeps its name in the map, so a merge knows it was removed. Call it on the project
/// that is about to be written.
pub fn stamp_revision(project: &mut Project, saved: Option<&Project>) -> Id {
    // Compared as texts (as the values would be), both copies at once.
    let (now, before) = match saved {
        Some(saved) => text::Texts::of_both(project, saved),
        None => (text::Texts::of(project), text::Texts::default()),
    };
    let id = Id::new();
    let parents: Vec<Id> = project.history.head().into_iter().collect();
    record_changes(&mut project.history, &before, &now, id);
    project.history.push(Revision {
        id,
        parents,
        saved: project.modified,
    });
    id
}

fn record_changes(history: &mut History, before: &text::Texts, now: &text::Texts, id: Id) {
    for key in &now.order {
        if before.get(key) != now.get(key) {
            history.changed.insert(key.clone(), id);
        }
    }
    for key in &before.order {
        if !now.contains(key) {
            history.changed.insert(key.clone(), id);
        }
    }
}
