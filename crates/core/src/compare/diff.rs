//! What differs between two copies of a project: entities added, removed and changed, each
//! changed field with its old and new value.

use super::show::{entity_title, field_label, show_value};
use super::text::{Texts, value};
use super::{Entities, Group, fields_of, group_of};
use crate::i18n::{CompareText, Key, Language, fill};
use crate::model::{EntityRef, Project};
use serde::Serialize;
use serde_json::Value;

/// How an entity differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Only in the second project.
    Added,
    /// Only in the first project.
    Removed,
    /// In both, with different fields.
    Changed,
}

/// One changed field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field's name in the file (`""` when the entity is not an object).
    pub field: String,
    /// The value in the first project (`None` when absent).
    pub old: Option<Value>,
    /// The value in the second project.
    pub new: Option<Value>,
}

/// One entity that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The step it belongs to.
    pub group: Group,
    /// The entity's name in the file (`measures/<id>`, `agency`).
    pub key: String,
    /// The entity, where it is of a kind the app knows (to jump to it).
    #[serde(skip)]
    pub entity: Option<EntityRef>,
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// The changed fields (for a changed entity).
    pub fields: Vec<FieldChange>,
}

/// The differences between two projects, grouped by step in the app's order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Diff {
    /// The differing entities, by step, then in file order.
    pub changes: Vec<Change>,
}

/// Compare two projects entity by entity (matched by id) and field by field.
pub fn diff(a: &Project, b: &Project) -> Diff {
    // As [`diff_entities`] does, but the entities are compared as text and only those that
    // differ are parsed.
    let (a, b) = Texts::of_both(a, b);
    let mut changes = Vec::new();
    for key in &a.order {
        let old = a.get(key);
        match b.get(key) {
            None => changes.push(whole(key, ChangeKind::Removed)),
            Some(new) if Some(new) != old => {
                changes.extend(changed(key, value(old).as_ref(), value(Some(new)).as_ref()));
            }
            Some(_) => {}
        }
    }
    for key in &b.order {
        if !a.contains(key) {
            changes.push(whole(key, ChangeKind::Added));
        }
    }
    // Stable: file order within each step.
    changes.sort_by_key(|c| c.group);
    Diff { changes }
}

/// [`diff`] of projects already taken apart.
pub fn diff_entities(a: &Entities, b: &Entities) -> Diff {
    let mut changes = Vec::new();
    for key in &a.order {
        let old = a.get(key);
        match b.get(key) {
            None => changes.push(whole(key, ChangeKind::Removed)),
            Some(new) if Some(new) != old => changes.extend(changed(key, old, Some(new))),
            Some(_) => {}
        }
    }
    for key in &b.order {
        if !a.map.contains_key(key) {
            changes.push(whole(key, ChangeKind::Added));
        }
    }
    // Stable: file order within each step.
    changes.sort_by_key(|c| c.group);
    Diff { changes }
}

fn whole(key: &str, kind: ChangeKind) -> Change {
    Change {
        group: group_of(key, None),
        key: key.to_owned(),
        entity: super::entity_of(key),
        kind,
        fields: Vec::new(),
    }
}

/// The changed fields of an entity, split by step where its fields belong to several (the
/// report's texts are a step of their own).
fn changed(key: &str, old: Option<&Value>, new: Option<&Value>) -> Vec<Change> {
    let (a, b) = (fields_of(old), fields_of(new));
    let mut out: Vec<Change> = Vec::new();
    let names = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
    for name in names {
        let (o, n) = (a.get(name), b.get(name));
        if o == n {
            continue;
        }
        let group = group_of(key, Some(name));
        let field = FieldChange {
            field: name.clone(),
            old: o.cloned(),
            new: n.cloned(),
        };
        match out.iter_mut().find(|c| c.group == group) {
            Some(c) => c.fields.push(field),
            None => out.push(Change {
                group,
                fields: vec![field],
                ..whole(key, ChangeKind::Changed)
            }),
        }
    }
    out
}

impl Diff {
    /// True when the projects have the same content.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The differences as lines of text, grouped under the steps' names: what `gevinst diff`
    /// prints. Entities are named from `a` (removed ones) or `b`.
    pub fn lines(&self, a: &Project, b: &Project, lang: Language) -> Vec<String> {
        let mut out = Vec::new();
        let mut group = None;
        for c in &self.changes {
            if group != Some(c.group) {
                group = Some(c.group);
                out.push(format!("{}:", c.group.title(lang)));
            }
            out.push(format!("  {}", c.headline(a, b, lang)));
            for f in &c.fields {
                out.push(format!("    {}", f.line(&c.key, lang)));
            }
        }
        out
    }
}

impl Change {
    /// "Endret: Tiltak «Digital søknad»".
    pub fn headline(&self, a: &Project, b: &Project, lang: Language) -> String {
        let (key, projects) = match self.kind {
            ChangeKind::Added => (CompareText::Added, [b, a]),
            ChangeKind::Removed => (CompareText::Removed, [a, b]),
            ChangeKind::Changed => (CompareText::Changed, [b, a]),
        };
        let entity = entity_title(&self.key, &projects, lang);
        fill(key.text(lang), &[("entity", &entity)])
    }
}

impl FieldChange {
    /// "Tittel: «A» → «B»".
    pub fn line(&self, key: &str, lang: Language) -> String {
        fill(
            CompareText::FieldChanged.text(lang),
            &[
                ("field", &field_label(key, &self.field, lang)),
                ("old", &show_value(&self.field, self.old.as_ref(), lang)),
                ("new", &show_value(&self.field, self.new.as_ref(), lang)),
            ],
        )
    }
}
