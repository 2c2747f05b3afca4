//! [`StepCtx`]: what a step's `ui` gets each frame — a read-only view of the project, the
//! findings, the language — and where it leaves its edits and commands. The shell applies them
//! after the frame through [`gevinst_core::edit::History`], so every change is undoable.

use crate::command::UiCommand;
use chrono::NaiveDate;
use gevinst_core::edit::Edit;
use gevinst_core::i18n::Language;
use gevinst_core::model::{EntityRef, Field, Project};
use gevinst_core::validate::{Finding, Validation};

/// A place to jump to: an entity and, optionally, one of its fields
/// (`MeasureField::SpecialAssessment`, `GainField::Owner`, `AgencyField::OrgNumber`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Focus {
    /// The entity to select.
    pub entity: EntityRef,
    /// The field to scroll to, focus and highlight.
    pub field: Option<Field>,
}

/// Something a step asked for during a frame, in the order asked.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// Apply an edit; edits with the same merge key in a row are one undo step.
    Edit(Box<Edit>, Option<String>),
    /// End a typing run (the field lost focus).
    Seal,
}

/// What a step left behind after its frame; the shell applies it.
#[derive(Debug, Default)]
pub struct StepOutput {
    /// Edits and seals, in order.
    pub pending: Vec<Pending>,
    /// Commands sent, in order.
    pub commands: Vec<UiCommand>,
    /// The step has handled [`StepCtx::focus`].
    pub focus_done: bool,
}

/// What a step's `ui` gets each frame.
pub struct StepCtx<'a> {
    /// Read-only view of the project; every change goes through [`StepCtx::edit`].
    pub project: &'a Project,
    /// The interface language.
    pub lang: Language,
    /// The current findings (re-computed only when the project changes).
    pub findings: &'a Validation,
    /// The project came from a newer version of Gevinst: show everything, allow no edit.
    pub read_only: bool,
    /// Today's date (fixed in tests).
    pub today: NaiveDate,
    /// Set after a click in the findings panel or an undo: select the entity, scroll to and
    /// focus the field, highlight it; then call [`StepCtx::focus_done`].
    pub focus: Option<Focus>,
    /// Ctrl+F was pressed: focus this step's list search box.
    pub search_requested: bool,
    /// Changes whenever the project changes (an edit, undo, redo, another project); for
    /// caching data derived from the project, such as a sorted list.
    pub revision: u64,
    out: StepOutput,
}

impl<'a> StepCtx<'a> {
    /// A context for one frame. The shell makes one per frame; tests of a single step can
    /// make their own and read what the step did with [`StepCtx::finish`].
    pub fn new(
        project: &'a Project,
        findings: &'a Validation,
        lang: Language,
        today: NaiveDate,
    ) -> Self {
        StepCtx {
            project,
            lang,
            findings,
            read_only: false,
            today,
            focus: None,
            search_requested: false,
            revision: 0,
            out: StepOutput::default(),
        }
    }

    /// Ask for an edit; it is applied after the frame. With a `merge_key` (such as
    /// `"measure/<id>/title"`), edits with the same key in a row merge into one undo step.
    /// In a read-only project the edit is dropped.
    pub fn edit(&mut self, edit: Edit, merge_key: Option<String>) {
        if !self.read_only {
            self.out
                .pending
                .push(Pending::Edit(Box::new(edit), merge_key));
        }
    }

    /// End a typing run, e.g. when a text field loses focus; the next edit starts a new undo step.
    pub fn seal(&mut self) {
        self.out.pending.push(Pending::Seal);
    }

    /// Send a command to the shell (handled after the frame), e.g. `UiCommand::GoTo(focus)`.
    pub fn send(&mut self, cmd: UiCommand) {
        self.out.commands.push(cmd);
    }

    /// The findings about an entity: with `Some(field)` only those about that field, with
    /// `None` all of them.
    pub fn findings(&self, entity: EntityRef, field: Option<Field>) -> Vec<&'a Finding> {
        let findings: &'a Validation = self.findings;
        match field {
            Some(field) => findings.about_field(entity, field).collect(),
            None => findings.about(entity).collect(),
        }
    }

    /// The step has selected the entity and focused the field named in [`StepCtx::focus`].
    pub fn focus_done(&mut self) {
        self.out.focus_done = true;
        self.focus = None;
    }

    /// Finish the frame: what the step asked for.
    pub fn finish(self) -> StepOutput {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::edit::Item;
    use gevinst_core::model::{Id, Measure, MeasureField};
    use gevinst_core::validate::{Rule, Severity};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    #[test]
    fn edits_and_seals_keep_their_order_and_read_only_drops_edits() {
        let p = Project::new();
        let v = Validation::default();
        let mut ctx = StepCtx::new(&p, &v, Language::Nb, today());
        let m = Measure::default();
        ctx.edit(Edit::Update(Item::Measure(m.clone())), Some("k".into()));
        ctx.seal();
        ctx.send(UiCommand::Undo);
        let out = ctx.finish();
        assert_eq!(out.pending.len(), 2);
        assert!(matches!(out.pending[1], Pending::Seal));
        assert_eq!(out.commands, vec![UiCommand::Undo]);

        let mut ctx = StepCtx::new(&p, &v, Language::Nb, today());
        ctx.read_only = true;
        ctx.edit(Edit::Update(Item::Measure(m)), None);
        assert!(ctx.finish().pending.is_empty());
    }

    #[test]
    fn findings_filter_by_entity_and_field() {
        let p = Project::new();
        let id = Id::from_u128(7);
        let finding = |field| Finding {
            severity: Severity::Error,
            entity: EntityRef::Measure(id),
            field,
            rule: Rule::DigitalisationWithoutAssessment,
            args: vec![],
        };
        let v = Validation {
            findings: vec![
                finding(Some(MeasureField::SpecialAssessment.into())),
                finding(None),
            ],
            checks: 2,
        };
        let ctx = StepCtx::new(&p, &v, Language::Nb, today());
        assert_eq!(ctx.findings(EntityRef::Measure(id), None).len(), 2);
        assert_eq!(
            ctx.findings(
                EntityRef::Measure(id),
                Some(MeasureField::SpecialAssessment.into())
            )
            .len(),
            1
        );
        assert!(ctx.findings(EntityRef::Agency, None).is_empty());
    }
}
