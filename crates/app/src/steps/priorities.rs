//! Step: priority areas that extracted gains are reallocated to.

use crate::steps::form::{self, Form};
use crate::steps::list::{ListDef, ListStep, Page, name_column};
use crate::widgets::ListColumn;
use egui::Ui;
use gevinst_core::i18n::{EditorText as E, Key, Language};
use gevinst_core::model::{Field, Id, PriorityArea, PriorityAreaField, Project};

/// The priority-areas step.
pub type PrioritiesStep = ListStep<Priorities>;

/// What the priority-areas step has of its own.
#[derive(Debug, Default)]
pub struct Priorities;

/// How many extractions go to an area.
fn uses(project: &Project, id: Id) -> usize {
    project
        .extractions
        .iter()
        .filter(|e| e.priority_area_id == Some(id))
        .count()
}

impl ListDef for Priorities {
    type Item = PriorityArea;
    const PAGE: Page = Page::new(
        E::HelpPriorities,
        "priorities-list",
        "priority",
        Field::PriorityArea(PriorityAreaField::Name),
    );

    fn search_text(a: &PriorityArea, _: &Project, _: Language) -> String {
        format!("{} {}", a.name, a.description)
    }

    fn columns<'a>(project: &'a Project, lang: Language) -> Vec<ListColumn<'a, PriorityArea>> {
        vec![
            name_column(E::Name, 240.0, lang),
            ListColumn::new(
                E::ListExtractions.text(lang),
                80.0,
                move |a: &PriorityArea| uses(project, a.id).to_string().into(),
            )
            .sort_by(move |a: &PriorityArea, b: &PriorityArea| {
                uses(project, a.id).cmp(&uses(project, b.id))
            }),
        ]
    }

    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, a: &mut PriorityArea, project: &Project) {
        let lang = form.lang();
        let used = uses(project, a.id);
        form::grid("priority-form").show(ui, |ui| {
            form.text(ui, PriorityAreaField::Name, &mut a.name);
            form.area(ui, PriorityAreaField::Description, &mut a.description, 4);
            form.info(
                ui,
                E::ListExtractions.text(lang),
                E::AreaUsedBy.fill(lang, &[("count", used.into())]),
            );
        });
    }
}
