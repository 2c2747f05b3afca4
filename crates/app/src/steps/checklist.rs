//! Step: the digitalisation circular's checklist. Each point shows its number, title and text
//! beside the answer and the justification; a deviation without a justification is
//! highlighted.

use crate::StepCtx;
use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{Notice, show_notices};
use egui::{Frame, RichText, Ui};
use gevinst_core::edit::Edit;
use gevinst_core::i18n::{EditorText as E, Key, Label, Term};
use gevinst_core::model::{ChecklistField, ChecklistItem, ChecklistStatus, EntityRef};
use gevinst_core::validate::Severity;

/// State of the checklist step.
#[derive(Debug, Default)]
pub struct ChecklistStep {}

/// True when the circular requires a justification the item lacks.
pub fn needs_justification(item: &ChecklistItem) -> bool {
    item.status.is_deviation() && item.justification.trim().is_empty()
}

impl ChecklistStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Checklist, E::HelpChecklist, lang);
        let answered = project
            .checklist
            .iter()
            .filter(|c| c.status != ChecklistStatus::NotAnswered)
            .count();
        ui.label(
            RichText::new(E::ChecklistProgress.fill(
                lang,
                &[
                    ("answered", answered.into()),
                    ("total", project.checklist.len().into()),
                ],
            ))
            .strong(),
        );
        ui.add_space(4.0);
        let jump = ctx.focus.and_then(|f| match f.entity {
            EntityRef::Checklist(point) => Some(point),
            _ => None,
        });
        form::scrolled(ui, "checklist", |ui| {
            let mut shown = std::collections::HashSet::new();
            for original in &project.checklist {
                // A point repeated in a hand-edited file is shown (and edited) once; its
                // finding says so on the first.
                if !shown.insert(original.point) {
                    continue;
                }
                let card = Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    self.point_ui(ui, ctx, original)
                });
                if jump == Some(original.point) {
                    card.response.scroll_to_me(Some(egui::Align::TOP));
                }
                ui.add_space(6.0);
            }
        });
        if jump.is_some() {
            ctx.focus_done();
        }
    }

    fn point_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>, original: &ChecklistItem) {
        let lang = ctx.lang;
        let point = original.point;
        let mut item = original.clone();
        let text_width = (ui.available_width() * 0.42).clamp(220.0, 460.0);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(text_width);
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        point.number(),
                        Term::ChecklistTitle(point).text(lang)
                    ))
                    .strong(),
                );
                ui.add(egui::Label::new(Term::ChecklistText(point).text(lang)).wrap());
            });
            ui.add_space(12.0);
            ui.vertical(|ui| {
                let point_field = Some(ChecklistField::Point.into());
                let repeated = ctx.findings(EntityRef::Checklist(point), point_field);
                show_notices(ui, &Notice::from_findings(repeated, lang));
                let mut form = Form::new(ctx, EntityRef::Checklist(point), None);
                egui::Grid::new(("checklist-form", point))
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        form.radio(
                            ui,
                            ChecklistField::Status,
                            &mut item.status,
                            &ChecklistStatus::ALL,
                        );
                        form.require(needs_justification(&item).then(|| Notice {
                            severity: Severity::Warning,
                            text: E::JustificationRequired.text(lang).to_owned(),
                        }));
                        let justification = ChecklistField::Justification.label(lang);
                        let name = format!("{justification} {}", point.number());
                        form.area(
                            ui,
                            ChecklistField::Justification,
                            &mut item.justification,
                            2,
                        )
                        .accessible_name(name);
                    });
                let differs = item != *original;
                form.commit(differs, || Edit::SetChecklistItem(item));
            });
        });
    }
}
