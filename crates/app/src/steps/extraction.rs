//! Step: extraction of gains (*gevinstuttak*) per gain and year: the form, the amount, the FTEs
//! and the priority area the resources went to. The list can be filtered by year and gain;
//! beside the form stands the gain's realised value that year.

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::steps::gains::gain_options;
use crate::widgets::{DecimalInput, ListAction, ListColumn, ListState, ListTable, Notice};
use crate::{StepCtx, UiCommand};
use egui::{ComboBox, RichText, Ui};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::format;
use gevinst_core::i18n::{EditorText as E, Key, Label, fill};
use gevinst_core::model::{EntityRef, Extraction, ExtractionForm, Id, ItemKind, Money, Project};
use gevinst_core::validate::Severity;

/// State of the extraction step: the list, and its filters.
#[derive(Debug, Default)]
pub struct ExtractionStep {
    list: ListState,
    focus_field: Option<&'static str>,
    /// Show only this year.
    pub year_filter: Option<i32>,
    /// Show only this gain's extractions.
    pub gain_filter: Option<Id>,
}

/// What has been extracted of a gain in a year, in kroner (all extractions together).
fn extracted(project: &Project, gain: Id, year: i32) -> Money {
    let amounts = project
        .extractions_of(gain)
        .filter(|e| e.year == year)
        .filter_map(|e| e.amount_nok);
    Money::checked_sum(amounts).unwrap_or(Money::ZERO)
}

impl ExtractionStep {
    /// The selected extraction.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Extraction, E::HelpExtraction, lang);
        let jump = form::focused_id(ctx, |e| match e {
            EntityRef::Extraction(id) => Some(id),
            _ => None,
        });
        if let Some(id) = jump {
            // Make sure the filters show the extraction jumped to.
            if let Some(e) = project.extraction(id) {
                if self.year_filter.is_some_and(|y| y != e.year) {
                    self.year_filter = None;
                }
                if self.gain_filter.is_some() && self.gain_filter != e.gain_id {
                    self.gain_filter = None;
                }
            }
            self.list.select(Some(id));
        }
        self.filters_ui(ui, ctx);
        let shown: Vec<&Extraction> = project
            .extractions
            .iter()
            .filter(|e| self.year_filter.is_none_or(|y| e.year == y))
            .filter(|e| self.gain_filter.is_none() || e.gain_id == self.gain_filter)
            .collect();
        if self
            .list
            .selected
            .is_none_or(|s| !shown.iter().any(|e| e.id == s))
            && let Some(first) = shown.first()
        {
            self.list.select(Some(first.id));
        }
        let (mut left, mut right) = form::split(ui, 0.52);
        let action = self.list_ui(&mut left, ctx, &shown);
        let focused = form::scrolled(&mut right, "extraction", |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        form::finish_jump(ctx, jump.is_some(), focused, &mut self.focus_field);
    }

    fn filters_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        let mut years: Vec<i32> = project.extractions.iter().map(|e| e.year).collect();
        years.sort_unstable();
        years.dedup();
        let gains = gain_options(project, lang);
        ui.horizontal(|ui| {
            let label = ui.label(E::FilterYear.text(lang));
            let year_text = self
                .year_filter
                .map_or_else(|| E::AllYears.text(lang).to_owned(), |y| y.to_string());
            ComboBox::from_id_salt("extraction-year-filter")
                .selected_text(year_text)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.year_filter, None, E::AllYears.text(lang));
                    for y in &years {
                        ui.selectable_value(&mut self.year_filter, Some(*y), y.to_string());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.add_space(12.0);
            let label = ui.label(E::FilterGain.text(lang));
            let gain_text = self
                .gain_filter
                .and_then(|g| gains.iter().find(|(id, _)| *id == g))
                .map_or_else(|| E::AllGains.text(lang).to_owned(), |(_, n)| n.clone());
            ComboBox::from_id_salt("extraction-gain-filter")
                .selected_text(gain_text)
                .width(260.0)
                .truncate()
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.gain_filter, None, E::AllGains.text(lang));
                    for (id, name) in &gains {
                        ui.selectable_value(&mut self.gain_filter, Some(*id), name);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.add_space(4.0);
    }

    fn list_ui(
        &mut self,
        ui: &mut Ui,
        ctx: &StepCtx<'_>,
        shown: &[&Extraction],
    ) -> Option<ListAction> {
        let lang = ctx.lang;
        let project = ctx.project;
        let findings = ctx.findings;
        let gain_name = |e: &Extraction| -> String {
            e.gain_id
                .and_then(|id| project.gain(id))
                .map(|g| g.name.clone())
                .unwrap_or_default()
        };
        let area_name = |e: &Extraction| -> String {
            e.priority_area_id
                .and_then(|id| project.priority_area(id))
                .map(|a| a.name.clone())
                .unwrap_or_default()
        };
        let id_of = |e: &&Extraction| e.id;
        let name_of =
            |e: &&Extraction| format!("{} {} – {}", e.year, gain_name(e), e.form.label(lang));
        let search = |e: &&Extraction| {
            format!(
                "{} {} {} {}",
                e.year,
                gain_name(e),
                area_name(e),
                e.description
            )
        };
        let marker = |e: &&Extraction| -> Option<Severity> {
            findings
                .about(EntityRef::Extraction(e.id))
                .map(|f| f.severity)
                .min()
        };
        let height = form::list_height(ui);
        ListTable::new(
            egui::Id::unique("extractions-list"),
            E::ListExtractions.text(lang),
            lang,
            shown,
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .column(
            ListColumn::new(E::Year.text(lang), 50.0, |e: &&Extraction| {
                e.year.to_string().into()
            })
            .sort_by(|a: &&Extraction, b: &&Extraction| a.year.cmp(&b.year)),
        )
        .column(ListColumn::new(
            E::Gain.text(lang),
            140.0,
            |e: &&Extraction| gain_name(e).into(),
        ))
        // The amount before the form: a narrow list shows only its first columns.
        .column(
            ListColumn::new(E::Amount.text(lang), 120.0, |e: &&Extraction| {
                e.amount_nok
                    .map(|m| format::money(m, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &&Extraction, b: &&Extraction| a.amount_nok.cmp(&b.amount_nok)),
        )
        .column(
            ListColumn::new(E::ExtractionForm.text(lang), 110.0, |e: &&Extraction| {
                e.form.label(lang).into()
            })
            .sort_by(|a: &&Extraction, b: &&Extraction| a.form.cmp(&b.form)),
        )
        .column(
            ListColumn::new(E::FteLabel.text(lang), 50.0, |e: &&Extraction| {
                e.fte
                    .map(|f| format::decimal(f, 2, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &&Extraction, b: &&Extraction| a.fte.cmp(&b.fte)),
        )
        .column(ListColumn::new(
            E::PriorityArea.text(lang),
            140.0,
            |e: &&Extraction| area_name(e).into(),
        ))
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
                let selected = self.list.selected.and_then(|id| project.extraction(id));
                let e = Extraction {
                    gain_id: self
                        .gain_filter
                        .or_else(|| selected.and_then(|s| s.gain_id)),
                    year: self
                        .year_filter
                        .or_else(|| selected.map(|s| s.year))
                        .unwrap_or(project.report.year),
                    ..Extraction::default()
                };
                form::insert_and_select(
                    ctx,
                    self.list.selected,
                    Item::Extraction(e),
                    "gain_id",
                    &mut self.list,
                    &mut self.focus_field,
                );
            }
            ListAction::Duplicate(id) => {
                if let Some(original) = project.extraction(id) {
                    let mut copy = original.clone();
                    copy.id = Id::new();
                    form::insert_and_select(
                        ctx,
                        Some(id),
                        Item::Extraction(copy),
                        "year",
                        &mut self.list,
                        &mut self.focus_field,
                    );
                }
            }
            ListAction::Delete(id) => ctx.edit(
                Edit::Remove {
                    kind: ItemKind::Extraction,
                    id,
                },
                None,
            ),
            ListAction::Undo => ctx.send(UiCommand::Undo),
        }
    }

    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let lang = ctx.lang;
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| project.extraction(id)) else {
            ui.label(RichText::new(E::NothingSelected.text(lang)).weak());
            return false;
        };
        let mut e = original.clone();
        let gains = gain_options(project, lang);
        let areas: Vec<(Id, String)> = project
            .priority_areas
            .iter()
            .map(|a| {
                let name = if a.name.trim().is_empty() {
                    E::Unnamed.text(lang).to_owned()
                } else {
                    a.name.clone()
                };
                (a.id, name)
            })
            .collect();
        let mut form = Form::new(ctx, EntityRef::Extraction(e.id), self.focus_field);
        egui::Grid::new("extraction-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .min_col_width(160.0)
            .show(ui, |ui| {
                form.picker(ui, "gain_id", E::Gain.text(lang), &mut e.gain_id, &gains);
                form.year(ui, "year", E::Year.text(lang), &mut e.year);
                form.combo(
                    ui,
                    "form",
                    E::ExtractionForm.text(lang),
                    &mut e.form,
                    &ExtractionForm::ALL,
                );
                form.money(ui, "amount_nok", E::Amount.text(lang), &mut e.amount_nok);
                form.decimal(
                    ui,
                    "fte",
                    E::FteLabel.text(lang),
                    DecimalInput::new(2),
                    &mut e.fte,
                );
                if e.form == ExtractionForm::Reallocation || e.priority_area_id.is_some() {
                    form.picker(
                        ui,
                        "priority_area_id",
                        E::PriorityArea.text(lang),
                        &mut e.priority_area_id,
                        &areas,
                    );
                }
                form.area(
                    ui,
                    "description",
                    E::ExtractionDescription.text(lang),
                    &mut e.description,
                    3,
                    Some(E::ExtractionDescriptionHint.text(lang)),
                );
            });
        if let Some(gain) = e.gain_id.and_then(|id| project.gain(id)) {
            ui.add_space(8.0);
            let year = e.year.to_string();
            let realised = gain.year(e.year).and_then(|y| y.realised_nok);
            let line = match realised {
                Some(m) => fill(
                    E::RealisedThatYear.text(lang),
                    &[("year", &year), ("amount", &format::money(m, lang))],
                ),
                None => fill(E::NoRealisedThatYear.text(lang), &[("year", &year)]),
            };
            let extracted = extracted(project, gain.id, e.year);
            let over = realised.is_some_and(|r| extracted > r);
            let notices = [
                Notice {
                    severity: Severity::Hint,
                    text: line,
                },
                Notice {
                    severity: if over {
                        Severity::Warning
                    } else {
                        Severity::Hint
                    },
                    text: fill(
                        E::ExtractedThatYear.text(lang),
                        &[("amount", &format::money(extracted, lang))],
                    ),
                },
            ];
            crate::widgets::show_notices(ui, &notices);
        }
        let focused = form.focused();
        let differs = e != *original;
        form.commit(differs, || Edit::Update(Item::Extraction(e)));
        focused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracted_sums_a_gain_in_a_year() {
        let mut p = Project::new();
        let gain = Id::from_u128(1);
        for (year, kr) in [(2025, 100), (2025, 50), (2026, 7)] {
            p.extractions.push(Extraction {
                gain_id: Some(gain),
                year,
                amount_nok: Money::from_kroner(kr),
                ..Extraction::default()
            });
        }
        assert_eq!(extracted(&p, gain, 2025), Money::from_ore(15_000));
        assert_eq!(extracted(&p, gain, 2024), Money::ZERO);
    }
}
