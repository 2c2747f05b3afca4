//! Step: effectivisation measures, implemented and planned. A list with search and sort, and
//! a form with every field; a measure that digitalises gets its special assessment.

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{ListAction, ListColumn, ListState, ListTable, Notice};
use crate::{StepCtx, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::format;
use gevinst_core::i18n::{Common, EditorText as E, Key, Label, Language, fill};
use gevinst_core::model::{EntityRef, Id, ItemKind, Measure, MeasureStatus, Project};
use gevinst_core::validate::Severity;

/// State of the measures step.
#[derive(Debug, Default)]
pub struct MeasuresStep {
    list: ListState,
    focus_field: Option<&'static str>,
}

/// The years a measure runs, e.g. `2025–2026`.
fn period(m: &Measure) -> String {
    use chrono::Datelike;
    match (m.start_date, m.end_date) {
        (Some(s), Some(e)) if s.year() == e.year() => s.year().to_string(),
        (Some(s), Some(e)) => format!("{}–{}", s.year(), e.year()),
        (Some(s), None) => format!("{}–", s.year()),
        (None, Some(e)) => format!("–{}", e.year()),
        (None, None) => String::new(),
    }
}

/// The edit that deletes a measure and clears the references of its gains to it.
pub fn delete_measure(project: &Project, id: Id) -> Edit {
    let mut edits = vec![Edit::Remove {
        kind: ItemKind::Measure,
        id,
    }];
    for g in project.gains_of(id) {
        let mut g = g.clone();
        g.measure_id = None;
        edits.push(Edit::Update(Item::Gain(g)));
    }
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

impl MeasuresStep {
    /// The selected measure.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Measures, E::HelpMeasures, lang);
        let jump = form::select_jumped(
            ctx,
            &mut self.list,
            |e| match e {
                EntityRef::Measure(id) => Some(id),
                _ => None,
            },
            project.measures.first().map(|x| x.id),
        );
        // A finding about the list as a whole (no measures, none active): with no measures,
        // focus Add; else the status of the selected measure.
        let list_jump = ctx
            .focus
            .is_some_and(|f| f.entity == EntityRef::Report && f.field == Some("measures"));
        if list_jump && self.list.selected.is_some() {
            self.focus_field = Some("status");
        }
        let (mut left, mut right) = form::split(ui, 0.44);
        let action = self.list_ui(&mut left, ctx, list_jump && self.list.selected.is_none());
        let focused = form::scrolled(&mut right, "measure", |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        form::finish_jump(
            ctx,
            jump.is_some() || list_jump,
            focused,
            &mut self.focus_field,
        );
    }

    fn list_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>, focus_add: bool) -> Option<ListAction> {
        let lang = ctx.lang;
        let findings = ctx.findings;
        let id_of = |m: &Measure| m.id;
        let name_of = |m: &Measure| m.title.clone();
        let search = |m: &Measure| {
            format!(
                "{} {} {} {}",
                m.title, m.description, m.responsible_unit, m.responsible_person
            )
        };
        let marker = |m: &Measure| -> Option<Severity> {
            findings
                .about(EntityRef::Measure(m.id))
                .map(|f| f.severity)
                .min()
        };
        let yes_no = |b: bool| {
            if b {
                Common::Yes.text(lang)
            } else {
                Common::No.text(lang)
            }
        };
        let height = form::list_height(ui);
        ListTable::new(
            egui::Id::unique("measures-list"),
            E::ListMeasures.text(lang),
            lang,
            &ctx.project.measures,
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .column(ListColumn::new(
            E::Title.text(lang),
            220.0,
            |m: &Measure| form::name_or_unnamed(&m.title, lang),
        ))
        .column(
            ListColumn::new(E::Status.text(lang), 80.0, |m: &Measure| {
                m.status.label(lang).into()
            })
            .sort_by(|a: &Measure, b: &Measure| a.status.cmp(&b.status)),
        )
        .column(ListColumn::new(
            E::Digitalisation.text(lang),
            60.0,
            |m: &Measure| yes_no(m.digitalisation).into(),
        ))
        .column(
            ListColumn::new(E::Period.text(lang), 85.0, |m: &Measure| period(m).into()).sort_by(
                |a: &Measure, b: &Measure| {
                    (a.start_date, a.end_date).cmp(&(b.start_date, b.end_date))
                },
            ),
        )
        .column(
            ListColumn::new(E::Investment.text(lang), 110.0, |m: &Measure| {
                m.investment
                    .map(|v| format::money(v, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Measure, b: &Measure| a.investment.cmp(&b.investment)),
        )
        .read_only(ctx.read_only)
        .focus_search(ctx.search_requested)
        .focus_add(focus_add)
        .max_height(height)
        .show(ui, &mut self.list)
        .action
    }

    fn act(&mut self, action: ListAction, ctx: &mut StepCtx<'_>) {
        let project = ctx.project;
        match action {
            ListAction::Add => {
                let m = Measure {
                    price_year: project.report.price_year,
                    ..Measure::default()
                };
                form::insert_and_select(
                    ctx,
                    self.list.selected,
                    Item::Measure(m),
                    "title",
                    &mut self.list,
                    &mut self.focus_field,
                );
            }
            ListAction::Duplicate(id) => {
                if let Some(original) = project.measure(id) {
                    let mut copy = original.clone();
                    copy.id = Id::new();
                    copy.title = format!("{} {}", original.title, E::CopySuffix.text(ctx.lang));
                    form::insert_and_select(
                        ctx,
                        Some(id),
                        Item::Measure(copy),
                        "title",
                        &mut self.list,
                        &mut self.focus_field,
                    );
                }
            }
            ListAction::Delete(id) => ctx.edit(delete_measure(project, id), None),
            ListAction::Undo => ctx.send(UiCommand::Undo),
        }
    }

    /// The form of the selected measure. Returns true when a field asked for got focus.
    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let lang = ctx.lang;
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| project.measure(id)) else {
            ui.label(RichText::new(E::NothingSelected.text(lang)).weak());
            return false;
        };
        let mut m = original.clone();
        let services: Vec<(Id, String)> = project
            .services
            .iter()
            .map(|s| {
                let name = if s.name.trim().is_empty() {
                    E::Unnamed.text(lang).to_owned()
                } else {
                    s.name.clone()
                };
                (s.id, name)
            })
            .collect();
        let gains = project.gains_of(m.id).count();
        let mut form = Form::new(ctx, EntityRef::Measure(m.id), self.focus_field);
        egui::Grid::new("measure-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .min_col_width(160.0)
            .show(ui, |ui| {
                form.text(ui, "title", E::Title.text(lang), &mut m.title);
                form.area(
                    ui,
                    "description",
                    E::Description.text(lang),
                    &mut m.description,
                    3,
                    None,
                );
                form.combo(
                    ui,
                    "status",
                    E::Status.text(lang),
                    &mut m.status,
                    &MeasureStatus::ALL,
                );
                form.date(ui, "start_date", E::StartDate.text(lang), &mut m.start_date);
                form.date(ui, "end_date", E::EndDate.text(lang), &mut m.end_date);
                form.text(
                    ui,
                    "responsible_unit",
                    E::ResponsibleUnit.text(lang),
                    &mut m.responsible_unit,
                );
                form.text(
                    ui,
                    "responsible_person",
                    E::ResponsiblePerson.text(lang),
                    &mut m.responsible_person,
                );
                form.check(
                    ui,
                    "digitalisation",
                    E::Digitalisation.text(lang),
                    E::DigitalisationCheck.text(lang),
                    &mut m.digitalisation,
                );
                if m.digitalisation || !m.special_assessment.trim().is_empty() {
                    form.require(
                        (m.digitalisation && m.special_assessment.trim().is_empty()).then(|| {
                            Notice {
                                severity: Severity::Warning,
                                text: E::SpecialAssessmentRequired.text(lang).to_owned(),
                            }
                        }),
                    );
                    form.area(
                        ui,
                        "special_assessment",
                        E::SpecialAssessment.text(lang),
                        &mut m.special_assessment,
                        5,
                        Some(E::SpecialAssessmentHint.text(lang)),
                    );
                }
                if services.is_empty() {
                    form.info(
                        ui,
                        E::MeasureServices.text(lang),
                        RichText::new(E::NoServicesYet.text(lang)).weak(),
                    );
                } else {
                    form.multi(
                        ui,
                        "service_ids",
                        E::MeasureServices.text(lang),
                        &mut m.service_ids,
                        &services,
                    );
                }
                form.money(
                    ui,
                    "investment",
                    E::Investment.text(lang),
                    &mut m.investment,
                );
                form.money(
                    ui,
                    "annual_operating_cost",
                    E::OperatingCost.text(lang),
                    &mut m.annual_operating_cost,
                );
                form.year(ui, "price_year", E::PriceYear.text(lang), &mut m.price_year);
                form.info(
                    ui,
                    E::ListGains.text(lang),
                    fill(E::MeasureGains.text(lang), &[("count", &gains.to_string())]),
                );
            });
        let focused = form.focused();
        let differs = m != *original;
        form.commit(differs, || Edit::Update(Item::Measure(m)));
        focused
    }
}

/// Names of measures for pickers, in list order.
pub fn measure_options(project: &Project, lang: Language) -> Vec<(Id, String)> {
    project
        .measures
        .iter()
        .map(|m| {
            let name = if m.title.trim().is_empty() {
                E::Unnamed.text(lang).to_owned()
            } else {
                m.title.clone()
            };
            (m.id, name)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::Gain;

    #[test]
    fn deleting_a_measure_clears_its_gains_references_and_undoes_cleanly() {
        let mut p = Project::new();
        let m = Measure::default();
        let id = m.id;
        p.measures.push(m);
        p.gains.push(Gain {
            measure_id: Some(id),
            ..Gain::default()
        });
        let before = p.clone();
        let inverse = delete_measure(&p, id).apply(&mut p).unwrap();
        assert!(p.measures.is_empty());
        assert_eq!(p.gains[0].measure_id, None);
        inverse.apply(&mut p).unwrap();
        assert_eq!(p, before);
    }

    #[test]
    fn period_shows_years() {
        use chrono::NaiveDate;
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1);
        let m = |s, e| Measure {
            start_date: s,
            end_date: e,
            ..Measure::default()
        };
        assert_eq!(period(&m(d(2025), d(2026))), "2025–2026");
        assert_eq!(period(&m(d(2025), d(2025))), "2025");
        assert_eq!(period(&m(d(2025), None)), "2025–");
        assert_eq!(period(&m(None, None)), "");
    }
}
