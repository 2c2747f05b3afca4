//! The compact history a project file keeps (schema version 2): one revision per save with its
//! parents, and per entity the revision that last changed it. It lets `gevinst merge` find the
//! common ancestor of two copies without the colleague sending it.
//!
//! The history is project-level data, beside the entities and not inside them; see
//! `crate::compare` for how entities are named (`measures/<id>`, `agency`, …).

use super::Id;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How many revisions a file keeps (the newest).
pub const MAX_REVISIONS: usize = 200;

/// One save of the project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revision {
    /// The revision's id, new at every save.
    pub id: Id,
    /// The revisions it was made from: one for a save, two for a merge, none for the first.
    #[serde(default)]
    pub parents: Vec<Id>,
    /// When it was saved.
    #[serde(default = "Utc::now")]
    pub saved: DateTime<Utc>,
}

/// The project's revisions and which revision last changed each entity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// The revisions, oldest first; at most [`MAX_REVISIONS`]. The last is the file's own.
    #[serde(default)]
    pub revisions: Vec<Revision>,
    /// Per entity (`agency`, `measures/<id>`, `checklist/1.10`, …), the revision that last
    /// changed it.
    #[serde(default)]
    pub changed: BTreeMap<String, Id>,
}

impl History {
    /// True when nothing has been recorded yet (a new project, a converted version-1 file).
    pub fn is_empty(&self) -> bool {
        self.revisions.is_empty() && self.changed.is_empty()
    }

    /// The file's own revision: the last one saved.
    pub fn head(&self) -> Option<Id> {
        self.revisions.last().map(|r| r.id)
    }

    /// True when the history knows this revision.
    pub fn contains(&self, id: Id) -> bool {
        self.revisions.iter().any(|r| r.id == id)
    }

    /// The revision with this id.
    pub fn revision(&self, id: Id) -> Option<&Revision> {
        self.revisions.iter().find(|r| r.id == id)
    }

    /// Every revision reachable from `from` through parents (itself included), as far as the
    /// history reaches.
    pub fn ancestors(&self, from: Id) -> std::collections::BTreeSet<Id> {
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![from];
        while let Some(id) = todo.pop() {
            if !seen.insert(id) {
                continue;
            }
            if let Some(r) = self.revision(id) {
                todo.extend(r.parents.iter().copied());
            }
        }
        seen
    }

    /// Add a revision as the new head and forget the oldest beyond [`MAX_REVISIONS`].
    pub fn push(&mut self, revision: Revision) {
        self.revisions.push(revision);
        let extra = self.revisions.len().saturating_sub(MAX_REVISIONS);
        self.revisions.drain(..extra);
    }
}

/// The newest revision both histories know that is an ancestor of both heads: the common
/// ancestor of two copies. `None` when they share none (or either has no history).
pub fn common_ancestor(mine: &History, theirs: &History) -> Option<Id> {
    let (a, b) = (mine.head()?, theirs.head()?);
    let of_theirs = theirs.ancestors(b);
    let of_mine = mine.ancestors(a);
    // Walk my revisions newest first: the first shared ancestor is the nearest.
    mine.revisions
        .iter()
        .rev()
        .map(|r| r.id)
        .find(|id| of_mine.contains(id) && of_theirs.contains(id))
}
