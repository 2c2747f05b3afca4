//! Merging a colleague's copy: three-way per entity and field.
//!
//! The common ancestor is a base file given by the user, or else found from the two files'
//! histories: the newest revision both descend from. With a history, an entity counts as
//! changed on a side when the revision that last changed it there is not the ancestor or one of
//! its ancestors. An entity changed on one side only is taken from that side; one changed on
//! both sides is merged field by field, and a field that differs on both is a conflict.

use super::text::{Texts, value};
use super::{Group, fields_of, group_of, list_of};
use crate::model::{EntityRef, History, Id, Project, Revision, common_ancestor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Which copy a conflict is resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// My copy (the first).
    Mine,
    /// Their copy (the second).
    Theirs,
}

/// One field changed differently on both sides.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldConflict {
    /// The field's name in the file; `""` for the whole entity (removed on one side, changed
    /// on the other).
    pub field: String,
    /// My value (`None` when absent).
    pub mine: Option<Value>,
    /// Their value.
    pub theirs: Option<Value>,
}

/// An entity changed on both sides in different ways.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The entity's name in the file.
    pub key: String,
    /// The step it belongs to.
    pub group: Group,
    /// The entity, where it is of a kind the app knows.
    pub entity: Option<EntityRef>,
    /// The fields in conflict.
    pub fields: Vec<FieldConflict>,
}

/// Why two projects cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    /// They are different projects (their ids differ) and the merge was not forced.
    DifferentProjects,
    /// The merged data is not a valid project (a detail for the message).
    Invalid(String),
}

/// Where a merged entity comes from. The copies' entities are kept as text, so an entity taken
/// from one side is not copied until the merged project is built.
#[derive(Debug, Clone)]
enum Pick {
    /// Both copies have it alike.
    Same,
    /// My copy's (different from theirs).
    Mine,
    /// Their copy's (different from mine).
    Theirs,
    /// Merged field by field.
    Own(Value),
}

/// A merge worked out, before its conflicts are resolved.
#[derive(Debug, Clone)]
pub struct Merge {
    mine_history: History,
    theirs_history: History,
    mine_entities: Texts,
    theirs_entities: Texts,
    /// The entities the merged project has (an entity removed by the merge is absent).
    merged: HashMap<String, Pick>,
    order: Vec<String>,
    lists: Vec<String>,
    /// The entities changed on both sides in different ways.
    pub conflicts: Vec<Conflict>,
    /// How many entities take (some of) their changes from their copy automatically.
    pub taken: usize,
    /// True when a common ancestor was known (a base file or a shared revision).
    pub has_base: bool,
}

/// Where changes are measured from.
enum Base {
    /// A base project, taken apart.
    File(Texts),
    /// A shared revision and its ancestors.
    Revision(BTreeSet<Id>),
    /// No common ancestor: everything that differs counts as changed on both sides.
    None,
}

/// Merge their copy into mine. `base` is the common ancestor when the user gives one; without
/// it the histories are asked. Different projects are refused unless `force`.
pub fn merge(
    mine: &Project,
    theirs: &Project,
    base: Option<&Project>,
    force: bool,
) -> Result<Merge, MergeError> {
    if mine.id != theirs.id && !force {
        return Err(MergeError::DifferentProjects);
    }
    let base = match base {
        Some(b) => Base::File(Texts::of(b)),
        None => match common_ancestor(&mine.history, &theirs.history) {
            Some(c) => {
                let mut known = mine.history.ancestors(c);
                known.extend(theirs.history.ancestors(c));
                Base::Revision(known)
            }
            None => Base::None,
        },
    };
    let (m, t) = Texts::of_both(mine, theirs);
    let mut order = m.order.clone();
    order.extend(t.order.iter().filter(|k| !m.contains(k)).cloned());
    let mut lists = m.lists.clone();
    lists.extend(t.lists.iter().filter(|l| !m.lists.contains(l)).cloned());
    let mut out = Merge {
        mine_history: mine.history.clone(),
        theirs_history: theirs.history.clone(),
        merged: HashMap::new(),
        order: Vec::new(),
        lists,
        conflicts: Vec::new(),
        taken: 0,
        has_base: !matches!(base, Base::None),
        mine_entities: Texts::default(),
        theirs_entities: Texts::default(),
    };
    for key in &order {
        out.merge_entity(key, m.get(key), t.get(key), &base);
    }
    out.order = order;
    out.mine_entities = m;
    out.theirs_entities = t;
    Ok(out)
}

fn changed_since(history: &History, key: &str, known: &BTreeSet<Id>) -> bool {
    history.changed.get(key).is_some_and(|r| !known.contains(r))
}

impl Merge {
    /// Merge one entity, given as its text in my copy and theirs: compared as text; parsed
    /// only when it changed on both sides.
    fn merge_entity(&mut self, key: &str, m: Option<&str>, t: Option<&str>, base: &Base) {
        if m == t {
            self.put(key, m, Pick::Same);
            return;
        }
        let (mine_changed, theirs_changed, b) = match base {
            Base::File(b) => {
                let bv = b.get(key);
                (m != bv, t != bv, Some(bv))
            }
            Base::Revision(known) => (
                changed_since(&self.mine_history, key, known),
                changed_since(&self.theirs_history, key, known),
                None,
            ),
            // Without an ancestor an entity only one copy has was added there.
            Base::None => (m.is_some(), t.is_some(), None),
        };
        if mine_changed && !theirs_changed {
            self.put(key, m, Pick::Mine);
            return;
        }
        if theirs_changed && !mine_changed {
            self.taken = self.taken.saturating_add(1);
            self.put(key, t, Pick::Theirs);
            return;
        }
        let (mv, tv) = (value(m), value(t));
        let (Some(Value::Object(mo)), Some(Value::Object(to))) = (&mv, &tv) else {
            self.put(key, m, Pick::Mine);
            self.conflict(key, "", mv.as_ref(), tv.as_ref());
            return;
        };
        let bo = b.map(|b| fields_of(value(b).as_ref()));
        let mut merged = mo.clone();
        let mut took = false;
        let names: Vec<&String> = mo
            .keys()
            .chain(to.keys().filter(|k| !mo.contains_key(*k)))
            .collect();
        for name in names {
            let (mf, tf) = (mo.get(name), to.get(name));
            if mf == tf {
                continue;
            }
            let bf = bo.as_ref().map(|o: &Map<String, Value>| o.get(name));
            match bf {
                Some(bf) if mf == bf => {
                    took = true;
                    set(&mut merged, name, tf);
                }
                Some(bf) if tf == bf => {}
                _ => self.conflict(key, name, mf, tf),
            }
        }
        if took {
            self.taken = self.taken.saturating_add(1);
        }
        self.merged
            .insert(key.to_owned(), Pick::Own(Value::Object(merged)));
    }

    /// Take `key` from the side `pick` names, if that side has it.
    fn put(&mut self, key: &str, v: Option<&str>, pick: Pick) {
        if v.is_some() {
            self.merged.insert(key.to_owned(), pick);
        }
    }

    /// The merged text of `key` before the conflicts are resolved.
    fn picked(&self, key: &str) -> Option<Cow<'_, str>> {
        match self.merged.get(key)? {
            Pick::Same | Pick::Mine => self.mine_entities.get(key).map(Cow::Borrowed),
            Pick::Theirs => self.theirs_entities.get(key).map(Cow::Borrowed),
            Pick::Own(v) => Some(Cow::Owned(v.to_string())),
        }
    }

    /// The merged value of `key` before the conflicts are resolved.
    fn picked_value(&self, key: &str) -> Option<Value> {
        match self.merged.get(key)? {
            Pick::Own(v) => Some(v.clone()),
            _ => value(self.picked(key).as_deref()),
        }
    }

    fn conflict(&mut self, key: &str, field: &str, m: Option<&Value>, t: Option<&Value>) {
        let fc = FieldConflict {
            field: field.to_owned(),
            mine: m.cloned(),
            theirs: t.cloned(),
        };
        match self.conflicts.last_mut().filter(|c| c.key == key) {
            Some(c) => c.fields.push(fc),
            None => self.conflicts.push(Conflict {
                key: key.to_owned(),
                group: group_of(key, (!field.is_empty()).then_some(field)),
                entity: super::entity_of(key),
                fields: vec![fc],
            }),
        }
    }

    /// The number of conflicting fields.
    pub fn conflict_count(&self) -> usize {
        self.conflicts.iter().map(|c| c.fields.len()).sum()
    }

    /// True when their copy brings nothing: the merge equals my copy.
    pub fn nothing_to_merge(&self) -> bool {
        self.taken == 0 && self.conflicts.is_empty()
    }

    /// The merged project, each conflict resolved by `choose`. Its history joins both copies'
    /// and ends with a merge revision whose parents are both copies' last revisions.
    pub fn resolve(
        &self,
        mut choose: impl FnMut(&Conflict, &FieldConflict) -> Side,
    ) -> Result<Project, MergeError> {
        // The conflicting entities with the choices applied; the rest as picked.
        let mut chosen: HashMap<&str, Option<Value>> = HashMap::new();
        for c in &self.conflicts {
            let value = chosen
                .entry(c.key.as_str())
                .or_insert_with(|| self.picked_value(&c.key));
            for f in &c.fields {
                let v = match choose(c, f) {
                    Side::Mine => f.mine.as_ref(),
                    Side::Theirs => f.theirs.as_ref(),
                };
                if f.field.is_empty() {
                    *value = v.cloned();
                } else if let Some(Value::Object(o)) = value {
                    set(o, &f.field, v);
                }
            }
        }
        let text_of = |key: &str| match chosen.get(key) {
            Some(v) => v.as_ref().map(|v| Cow::Owned(v.to_string())),
            None => self.picked(key),
        };
        let text = self
            .mine_entities
            .rebuild(text_of, &self.order, &self.lists);
        let mut project: Project = serde_json::from_str(&text).map_err(|_| {
            // The message the value gives, without the text's line and column.
            let detail = serde_json::from_str::<Value>(&text)
                .and_then(serde_json::from_value::<Project>)
                .err();
            MergeError::Invalid(detail.map(|e| e.to_string()).unwrap_or_default())
        })?;
        project.history = self.history(&chosen);
        project.modified = chrono::Utc::now();
        Ok(project)
    }

    /// The merged project with every conflict resolved to one side.
    pub fn resolve_all(&self, side: Side) -> Result<Project, MergeError> {
        self.resolve(|_, _| side)
    }

    /// Both histories joined, which revision last changed each entity, and a merge revision.
    fn history(&self, chosen: &HashMap<&str, Option<Value>>) -> History {
        let (mh, th) = (&self.mine_history, &self.theirs_history);
        let mut revisions = mh.revisions.clone();
        revisions.extend(th.revisions.iter().filter(|r| !mh.contains(r.id)).cloned());
        revisions.sort_by_key(|r| r.saved);
        let id = Id::new();
        let mut history = History {
            revisions,
            changed: BTreeMap::new(),
        };
        let keys: BTreeSet<&String> = mh
            .changed
            .keys()
            .chain(th.changed.keys())
            .chain(self.order.iter())
            .collect();
        for key in keys {
            let (m, t) = (self.mine_entities.get(key), self.theirs_entities.get(key));
            // Whether the merged entity equals mine and theirs; what was picked says so
            // without comparing, except for what was merged or chosen (compared as values).
            let equal = |v: Option<&Value>| (v == value(m).as_ref(), v == value(t).as_ref());
            let (is_mine, is_theirs) = match chosen.get(key.as_str()) {
                Some(f) => equal(f.as_ref()),
                None => match self.merged.get(key.as_str()) {
                    None => (m.is_none(), t.is_none()),
                    Some(Pick::Same) => (true, true),
                    Some(Pick::Mine) => (true, false),
                    Some(Pick::Theirs) => (false, true),
                    Some(Pick::Own(v)) => equal(Some(v)),
                },
            };
            let (mr, tr) = (mh.changed.get(key.as_str()), th.changed.get(key.as_str()));
            let rec = if is_mine && is_theirs {
                mr.or(tr).copied()
            } else if is_theirs {
                tr.copied().or(Some(id))
            } else {
                Some(id)
            };
            if let Some(r) = rec {
                history.changed.insert(key.clone(), r);
            }
        }
        let parents = mh.head().into_iter().chain(th.head()).collect();
        history.push(Revision {
            id,
            parents,
            saved: chrono::Utc::now(),
        });
        history
    }
}

fn set(o: &mut Map<String, Value>, name: &str, v: Option<&Value>) {
    match v {
        Some(v) => o.insert(name.to_owned(), v.clone()),
        None => o.remove(name),
    };
}

/// The list a conflict's entity is in, e.g. `measures`.
impl Conflict {
    /// The list the entity belongs to (`measures`), or its own name for a block.
    pub fn list(&self) -> &str {
        list_of(&self.key)
    }
}
