//! Step: the digitalisation circular's checklist. Each point shows its number, title and text,
//! whether the circular makes it an obligation or a recommendation, and what it asks to be
//! justified, beside the answer and the justification; a deviation without a justification the
//! source asks for is highlighted. Below them the ministry's own requirements, added and
//! removed through the core's list edits (so undo works).

use crate::StepCtx;
use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{Notice, show_notices};
use egui::{Frame, RichText, Ui};
use gevinst_core::edit::{self, Edit};
use gevinst_core::i18n::{EditorText as E, Key, Label, Term};
use gevinst_core::model::{
    ChecklistField, ChecklistItem, ChecklistPoint, ChecklistStatus, EntityRef, ItemKind,
    Obligation, OwnPoint, OwnPointField,
};
use gevinst_core::validate::Severity;

/// State of the checklist step.
#[derive(Debug, Default)]
pub struct ChecklistStep {}

/// True when the circular requires a justification the item lacks.
pub fn needs_justification(item: &ChecklistItem) -> bool {
    item.point.justification_demand().is_some()
        && item.status.is_deviation()
        && item.justification.trim().is_empty()
}

/// True when the ministry requires a justification its own requirement lacks.
pub fn own_needs_justification(point: &OwnPoint) -> bool {
    point.justification_required
        && point.status.is_deviation()
        && point.justification.trim().is_empty()
}

impl ChecklistStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Checklist, E::HelpChecklist, lang);
        // Every point of the circular counts once, also one an older file lacks.
        let answered = ChecklistPoint::ALL
            .iter()
            .filter(|&&p| {
                project
                    .checklist_item(p)
                    .is_some_and(|c| c.status != ChecklistStatus::NotAnswered)
            })
            .count();
        ui.label(
            RichText::new(E::ChecklistProgress.fill(
                lang,
                &[
                    ("answered", answered.into()),
                    ("total", ChecklistPoint::ALL.len().into()),
                ],
            ))
            .strong(),
        );
        ui.add_space(4.0);
        let jump = ctx
            .focus
            .map(|f| f.entity)
            .filter(|e| matches!(e, EntityRef::Checklist(_) | EntityRef::OwnPoint(_)));
        form::scrolled(ui, "checklist", |ui| {
            // Every point of the circular once, in its order: a point repeated in a
            // hand-edited file is shown (and edited) once, its finding on the first; a point
            // an older file lacks is shown unanswered.
            for point in ChecklistPoint::ALL {
                let original = project
                    .checklist_item(point)
                    .cloned()
                    .unwrap_or(ChecklistItem {
                        point,
                        status: ChecklistStatus::NotAnswered,
                        justification: String::new(),
                    });
                let card = Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    self.point_ui(ui, ctx, &original)
                });
                if jump == Some(EntityRef::Checklist(point)) {
                    card.response.scroll_to_me(Some(egui::Align::TOP));
                }
                ui.add_space(6.0);
            }
            form::section(ui, E::OwnPointsHeading.text(lang));
            ui.add(egui::Label::new(E::OwnPointsIntro.text(lang)).wrap());
            ui.add_space(4.0);
            for original in &project.own_points {
                let card = Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    own_point_ui(ui, ctx, original)
                });
                if jump == Some(EntityRef::OwnPoint(original.id)) {
                    card.response.scroll_to_me(Some(egui::Align::TOP));
                }
                ui.add_space(6.0);
            }
            let add = ui.add_enabled(!ctx.read_only, egui::Button::new(E::AddOwnPoint.text(lang)));
            if add.clicked() {
                let item = edit::new_item(project, ItemKind::OwnPoint);
                ctx.edit(edit::insert_after(project, item, None), None);
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
                ui.label(RichText::new(point.obligation().label(lang)).italics());
                if let Some(demand) = point.justification_demand() {
                    ui.add(
                        egui::Label::new(
                            RichText::new(
                                E::DemandNote.fill(lang, &[("demand", demand.label(lang).into())]),
                            )
                            .italics(),
                        )
                        .wrap(),
                    );
                }
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

/// One requirement of the ministry's own: its text, source, kind, answer and justification,
/// and a button that removes it.
fn own_point_ui(ui: &mut Ui, ctx: &mut StepCtx<'_>, original: &OwnPoint) {
    let lang = ctx.lang;
    let mut item = original.clone();
    let entity = EntityRef::OwnPoint(original.id);
    let mut form = Form::new(ctx, entity, None);
    egui::Grid::new(("own-point-form", original.id))
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            form.area(ui, OwnPointField::Title, &mut item.title, 2);
            form.text(ui, OwnPointField::Source, &mut item.source);
            form.combo(
                ui,
                OwnPointField::Obligation,
                &mut item.obligation,
                &Obligation::ALL,
            );
            form.check(
                ui,
                OwnPointField::JustificationRequired,
                &mut item.justification_required,
            );
            form.radio(
                ui,
                OwnPointField::Status,
                &mut item.status,
                &ChecklistStatus::ALL,
            );
            form.require(own_needs_justification(&item).then(|| Notice {
                severity: Severity::Warning,
                text: E::JustificationRequired.text(lang).to_owned(),
            }));
            form.area(ui, OwnPointField::Justification, &mut item.justification, 2);
        });
    let enabled = form.enabled();
    let differs = item != *original;
    form.commit(differs, || Edit::Update(edit::Item::OwnPoint(item)));
    let remove = ui.add_enabled(enabled, egui::Button::new(E::RemoveOwnPoint.text(lang)));
    if remove.clicked()
        && let Some(delete) = edit::delete(ctx.project, ItemKind::OwnPoint, original.id)
    {
        ctx.edit(delete, None);
    }
}
