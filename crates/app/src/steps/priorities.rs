//! Step: priority areas that extracted gains are reallocated to.

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{ListAction, ListColumn, ListState, ListTable};
use crate::{StepCtx, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::i18n::{EditorText as E, Key};
use gevinst_core::model::{EntityRef, Id, ItemKind, PriorityArea, Project};
use gevinst_core::validate::Severity;

/// State of the priority-areas step.
#[derive(Debug, Default)]
pub struct PrioritiesStep {
    list: ListState,
    focus_field: Option<&'static str>,
}

/// How many extractions go to an area.
fn uses(project: &Project, id: Id) -> usize {
    project
        .extractions
        .iter()
        .filter(|e| e.priority_area_id == Some(id))
        .count()
}

/// The edit that deletes a priority area and clears the extractions' references to it.
pub fn delete_area(project: &Project, id: Id) -> Edit {
    let mut edits = vec![Edit::Remove {
        kind: ItemKind::PriorityArea,
        id,
    }];
    for e in project
        .extractions
        .iter()
        .filter(|e| e.priority_area_id == Some(id))
    {
        let mut e = e.clone();
        e.priority_area_id = None;
        edits.push(Edit::Update(Item::Extraction(e)));
    }
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

impl PrioritiesStep {
    /// The selected priority area.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::PriorityAreas, E::HelpPriorities, lang);
        let jump = form::select_jumped(
            ctx,
            &mut self.list,
            |e| match e {
                EntityRef::PriorityArea(id) => Some(id),
                _ => None,
            },
            project.priority_areas.first().map(|x| x.id),
        );
        let (mut left, mut right) = form::split(ui, 0.44);
        let action = self.list_ui(&mut left, ctx);
        let focused = form::scrolled(&mut right, "priority", |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        form::finish_jump(ctx, jump.is_some(), focused, &mut self.focus_field);
    }

    fn list_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>) -> Option<ListAction> {
        let lang = ctx.lang;
        let project = ctx.project;
        let findings = ctx.findings;
        let id_of = |a: &PriorityArea| a.id;
        let name_of = |a: &PriorityArea| a.name.clone();
        let search = |a: &PriorityArea| format!("{} {}", a.name, a.description);
        let marker = |a: &PriorityArea| -> Option<Severity> {
            findings
                .about(EntityRef::PriorityArea(a.id))
                .map(|f| f.severity)
                .min()
        };
        let height = form::list_height(ui);
        ListTable::new(
            egui::Id::unique("priorities-list"),
            E::ListPriorityAreas.text(lang),
            lang,
            &project.priority_areas,
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .column(ListColumn::new(
            E::Name.text(lang),
            240.0,
            |a: &PriorityArea| form::name_or_unnamed(&a.name, lang),
        ))
        .column(
            ListColumn::new(E::ListExtractions.text(lang), 80.0, |a: &PriorityArea| {
                uses(project, a.id).to_string().into()
            })
            .sort_by(|a: &PriorityArea, b: &PriorityArea| {
                uses(project, a.id).cmp(&uses(project, b.id))
            }),
        )
        .read_only(ctx.read_only)
        .focus_search(ctx.search_requested)
        .max_height(height)
        .show(ui, &mut self.list)
        .action
    }

    fn act(&mut self, action: ListAction, ctx: &mut StepCtx<'_>) {
        let project = ctx.project;
        match action {
            ListAction::Add => {
                let a = PriorityArea::default();
                form::insert_and_select(
                    ctx,
                    self.list.selected,
                    Item::PriorityArea(a),
                    "name",
                    &mut self.list,
                    &mut self.focus_field,
                );
            }
            ListAction::Duplicate(id) => {
                if let Some(original) = project.priority_area(id) {
                    let mut copy = original.clone();
                    copy.id = Id::new();
                    copy.name = format!("{} {}", original.name, E::CopySuffix.text(ctx.lang));
                    form::insert_and_select(
                        ctx,
                        Some(id),
                        Item::PriorityArea(copy),
                        "name",
                        &mut self.list,
                        &mut self.focus_field,
                    );
                }
            }
            ListAction::Delete(id) => ctx.edit(delete_area(project, id), None),
            ListAction::Undo => ctx.send(UiCommand::Undo),
        }
    }

    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let lang = ctx.lang;
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| project.priority_area(id)) else {
            ui.label(RichText::new(E::NothingSelected.text(lang)).weak());
            return false;
        };
        let mut a = original.clone();
        let used = uses(project, a.id);
        let mut form = Form::new(ctx, EntityRef::PriorityArea(a.id), self.focus_field);
        egui::Grid::new("priority-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .min_col_width(160.0)
            .show(ui, |ui| {
                form.text(ui, "name", E::Name.text(lang), &mut a.name);
                form.area(
                    ui,
                    "description",
                    E::Description.text(lang),
                    &mut a.description,
                    4,
                    None,
                );
                form.info(
                    ui,
                    E::ListExtractions.text(lang),
                    E::AreaUsedBy.fill(lang, &[("count", used.into())]),
                );
            });
        let focused = form.focused();
        let differs = a != *original;
        form.commit(differs, || Edit::Update(Item::PriorityArea(a)));
        focused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::Extraction;

    #[test]
    fn deleting_an_area_clears_references_and_undoes_cleanly() {
        let mut p = Project::new();
        let a = PriorityArea::default();
        let id = a.id;
        p.priority_areas.push(a);
        p.extractions.push(Extraction {
            priority_area_id: Some(id),
            ..Extraction::default()
        });
        let before = p.clone();
        let inverse = delete_area(&p, id).apply(&mut p).unwrap();
        assert!(p.priority_areas.is_empty());
        assert_eq!(p.extractions[0].priority_area_id, None);
        inverse.apply(&mut p).unwrap();
        assert_eq!(p, before);
    }
}
