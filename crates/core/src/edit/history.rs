//! Undo and redo stacks, and the dirty flag, over [`Edit`]s.

use super::{Edit, EditError};
use crate::model::{EntityRef, Project};

/// What a step did, for menu labels such as "Angre: endre tiltak".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    /// Something was added.
    Add,
    /// Something was changed.
    Change,
    /// Something was deleted.
    Delete,
}

/// One step on the undo or redo stack.
#[derive(Debug, Clone)]
pub struct UndoEntry {
    /// The edit that moves the project across this step (backwards on the undo stack,
    /// forwards on the redo stack).
    edit: Edit,
    /// What the step did, going forwards.
    pub verb: Verb,
    /// What the step was about.
    pub entity: Option<EntityRef>,
    /// Edits with the same key directly after each other merge into one step (typing).
    key: Option<String>,
    before: u64,
    after: u64,
}

/// The undo and redo history of one open project.
#[derive(Debug, Clone)]
pub struct History {
    undo: Vec<UndoEntry>,
    redo: Vec<UndoEntry>,
    revision: u64,
    next_revision: u64,
    saved: Option<u64>,
    sealed: bool,
}

/// At most this many steps are kept; the oldest are dropped.
pub const MAX_STEPS: usize = 5_000;

fn verb_of(edit: &Edit) -> Verb {
    match edit {
        Edit::Insert { .. } => Verb::Add,
        Edit::Remove { .. } => Verb::Delete,
        Edit::Batch(edits) => match edits.first() {
            Some(first) if edits.iter().all(|e| verb_of(e) == verb_of(first)) => verb_of(first),
            _ => Verb::Change,
        },
        _ => Verb::Change,
    }
}

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    /// A fresh history for a project that matches what is on disk.
    pub fn new() -> Self {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
            next_revision: 1,
            saved: Some(0),
            sealed: false,
        }
    }

    /// A fresh history for a project not saved anywhere yet (a new project, the example):
    /// it counts as dirty until it is saved. Use [`History::new`] for opened files.
    pub fn unsaved() -> Self {
        History {
            saved: None,
            ..History::new()
        }
    }

    /// Apply an edit as a new undo step. With a `key`, an edit directly following another with
    /// the same key (and no [`History::seal`] between) merges into that step, so typing a
    /// word is one undo step.
    pub fn apply(
        &mut self,
        project: &mut Project,
        edit: Edit,
        key: Option<&str>,
    ) -> Result<(), EditError> {
        let verb = verb_of(&edit);
        let entity = edit.entity();
        let inverse = edit.apply(project)?;
        let after = self.next_revision;
        // A u64 counter of edits: one per user action, it cannot come near the end.
        self.next_revision = self.next_revision.saturating_add(1);
        let merge = !self.sealed
            && key.is_some()
            && self
                .undo
                .last()
                .is_some_and(|top| top.key.as_deref() == key && top.after == self.revision);
        match self.undo.last_mut() {
            Some(top) if merge => top.after = after,
            _ => {
                self.undo.push(UndoEntry {
                    edit: inverse,
                    verb,
                    entity,
                    key: key.map(str::to_owned),
                    before: self.revision,
                    after,
                });
                if self.undo.len() > MAX_STEPS {
                    self.undo.remove(0);
                }
            }
        }
        self.redo.clear();
        self.revision = after;
        self.sealed = false;
        Ok(())
    }

    /// End the current run of merging edits (e.g. when a text field loses focus).
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// Undo the last step. Returns the entity it was about, or `None` if there was nothing
    /// to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<Option<EntityRef>, EditError> {
        let Some(step) = self.undo.pop() else {
            return Ok(None);
        };
        let forward = match step.edit.clone().apply(project) {
            Ok(f) => f,
            Err(e) => {
                self.undo.push(step);
                return Err(e);
            }
        };
        self.revision = step.before;
        let entity = step.entity;
        self.redo.push(UndoEntry {
            edit: forward,
            ..step
        });
        self.sealed = true;
        Ok(entity)
    }

    /// Redo the last undone step. Returns the entity it was about, or `None` if there was
    /// nothing to redo.
    pub fn redo(&mut self, project: &mut Project) -> Result<Option<EntityRef>, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(None);
        };
        let backward = match step.edit.clone().apply(project) {
            Ok(b) => b,
            Err(e) => {
                self.redo.push(step);
                return Err(e);
            }
        };
        self.revision = step.after;
        let entity = step.entity;
        self.undo.push(UndoEntry {
            edit: backward,
            ..step
        });
        self.sealed = true;
        Ok(entity)
    }

    /// The step [`History::undo`] would undo.
    pub fn next_undo(&self) -> Option<&UndoEntry> {
        self.undo.last()
    }

    /// The step [`History::redo`] would redo.
    pub fn next_redo(&self) -> Option<&UndoEntry> {
        self.redo.last()
    }

    /// Record that the project as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.revision);
        self.sealed = true;
    }

    /// Record that the project as it was at `revision` (see [`History::revision`]) has been
    /// saved: a save written in the background while the user went on editing leaves those
    /// later edits unsaved.
    pub fn mark_saved_at(&mut self, revision: u64) {
        self.saved = Some(revision);
        self.sealed = true;
    }

    /// True when the project differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.revision)
    }

    /// True when the project has been edited since it was opened or last saved, ignoring
    /// whether it was ever saved.
    pub fn has_edits(&self) -> bool {
        match self.saved {
            Some(s) => s != self.revision,
            None => self.revision != 0,
        }
    }

    /// A number that changes with every edit, undo and redo, and comes back when the
    /// project returns to an earlier state; for caching derived data such as findings.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Item;
    use crate::model::{Id, Measure};

    fn title_edit(title: &str) -> Edit {
        Edit::Update(Item::Measure(Measure {
            id: Id::from_u128(1),
            title: title.into(),
            ..Measure::default()
        }))
    }

    fn setup() -> (Project, History) {
        let mut p = Project::new();
        Edit::Insert {
            index: 0,
            item: Item::Measure(Measure {
                id: Id::from_u128(1),
                ..Measure::default()
            }),
        }
        .apply(&mut p)
        .unwrap();
        // Normalise the defaulted price year so comparisons are stable.
        p.measures[0].price_year = 2025;
        (p, History::new())
    }

    fn with_year(e: Edit) -> Edit {
        match e {
            Edit::Update(Item::Measure(mut m)) => {
                m.price_year = 2025;
                Edit::Update(Item::Measure(m))
            }
            other => other,
        }
    }

    #[test]
    fn undo_redo_and_dirty_flag() {
        let (mut p, mut h) = setup();
        assert!(!h.is_dirty());
        h.apply(&mut p, with_year(title_edit("A")), None).unwrap();
        h.apply(&mut p, with_year(title_edit("B")), None).unwrap();
        assert!(h.is_dirty());
        assert_eq!(
            h.undo(&mut p).unwrap(),
            Some(EntityRef::Measure(Id::from_u128(1)))
        );
        assert_eq!(p.measures[0].title, "A");
        h.undo(&mut p).unwrap();
        assert_eq!(p.measures[0].title, "");
        assert!(!h.is_dirty(), "back at the saved state");
        assert_eq!(h.undo(&mut p).unwrap(), None);
        h.redo(&mut p).unwrap();
        h.redo(&mut p).unwrap();
        assert_eq!(p.measures[0].title, "B");
        h.mark_saved();
        assert!(!h.is_dirty());
        h.undo(&mut p).unwrap();
        assert!(h.is_dirty());
    }

    #[test]
    fn typing_merges_until_sealed() {
        let (mut p, mut h) = setup();
        for t in ["H", "He", "Hei"] {
            h.apply(&mut p, with_year(title_edit(t)), Some("measure.title"))
                .unwrap();
        }
        h.seal();
        h.apply(&mut p, with_year(title_edit("Hei!")), Some("measure.title"))
            .unwrap();
        h.undo(&mut p).unwrap();
        assert_eq!(p.measures[0].title, "Hei");
        h.undo(&mut p).unwrap();
        assert_eq!(p.measures[0].title, "");
        assert!(!h.is_dirty());
    }

    #[test]
    fn new_edit_clears_redo() {
        let (mut p, mut h) = setup();
        h.apply(&mut p, with_year(title_edit("A")), None).unwrap();
        h.undo(&mut p).unwrap();
        assert!(h.next_redo().is_some());
        h.apply(&mut p, with_year(title_edit("C")), None).unwrap();
        assert!(h.next_redo().is_none());
        assert_eq!(h.next_undo().map(|s| s.verb), Some(Verb::Change));
    }

    #[test]
    fn a_save_of_an_earlier_revision_leaves_later_edits_unsaved() {
        let (mut p, mut h) = setup();
        h.apply(&mut p, with_year(title_edit("Lagret")), None)
            .unwrap();
        let written = h.revision();
        h.apply(&mut p, with_year(title_edit("Etterpå")), None)
            .unwrap();
        h.mark_saved_at(written);
        assert!(h.is_dirty() && h.has_edits());
        h.undo(&mut p).unwrap();
        assert!(!h.is_dirty(), "back at what was written");
    }

    #[test]
    fn unsaved_history_is_dirty_until_saved() {
        let h = History::unsaved();
        assert!(h.is_dirty());
        assert!(!h.has_edits());
    }
}
