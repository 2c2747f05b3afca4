//! Step: extraction of gains (*gevinstuttak*) per gain and year: the form, the amount, the FTEs
//! and the priority area the resources went to. The list can be filtered by year and gain;
//! beside the form stands the gain's realised value that year.

use crate::StepCtx;
use crate::steps::form::{self, Form};
use crate::steps::gains::gain_options;
use crate::steps::list::{ListDef, ListStep, Page};
use crate::widgets::{DecimalInput, ListColumn, Notice};
use egui::{ComboBox, Ui};
use gevinst_core::edit::Item;
use gevinst_core::format;
use gevinst_core::i18n::{EditorText as E, Key, Label, Language, fill};
use gevinst_core::model::{Extraction, ExtractionField, ExtractionForm, Field, Id, Money, Project};
use gevinst_core::validate::Severity;

/// The extraction step.
pub type ExtractionStep = ListStep<Extractions>;

/// What the extraction step has of its own: the list's filters.
#[derive(Debug, Default)]
pub struct Extractions {
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

/// The name of an extraction's gain (empty without one).
fn gain_name(e: &Extraction, project: &Project) -> String {
    e.gain_id
        .and_then(|id| project.gain(id))
        .map(|g| g.name.clone())
        .unwrap_or_default()
}

/// The name of an extraction's priority area (empty without one).
fn area_name(e: &Extraction, project: &Project) -> String {
    e.priority_area_id
        .and_then(|id| project.priority_area(id))
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

impl ListDef for Extractions {
    type Item = Extraction;
    const PAGE: Page = Page::new(
        E::HelpExtraction,
        "extractions-list",
        "extraction",
        Field::Extraction(ExtractionField::GainId),
    )
    .share(0.52)
    .focus(
        Field::Extraction(ExtractionField::GainId),
        Field::Extraction(ExtractionField::Year),
    );

    fn name(e: &Extraction, project: &Project, lang: Language) -> String {
        format!(
            "{} {} – {}",
            e.year,
            gain_name(e, project),
            e.form.label(lang)
        )
    }

    fn search_text(e: &Extraction, project: &Project, _: Language) -> String {
        format!(
            "{} {} {} {}",
            e.year,
            gain_name(e, project),
            area_name(e, project),
            e.description
        )
    }

    fn columns<'a>(project: &'a Project, lang: Language) -> Vec<ListColumn<'a, Extraction>> {
        vec![
            ListColumn::new(E::Year.text(lang), 50.0, |e: &Extraction| {
                e.year.to_string().into()
            })
            .sort_by(|a: &Extraction, b: &Extraction| a.year.cmp(&b.year)),
            ListColumn::new(E::Gain.text(lang), 140.0, move |e: &Extraction| {
                gain_name(e, project).into()
            }),
            // The amount before the form: a narrow list shows only its first columns.
            ListColumn::new(E::Amount.text(lang), 120.0, move |e: &Extraction| {
                e.amount_nok
                    .map(|m| format::money(m, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Extraction, b: &Extraction| a.amount_nok.cmp(&b.amount_nok)),
            ListColumn::new(
                E::ExtractionForm.text(lang),
                110.0,
                move |e: &Extraction| e.form.label(lang).into(),
            )
            .sort_by(|a: &Extraction, b: &Extraction| a.form.cmp(&b.form)),
            ListColumn::new(E::FteLabel.text(lang), 50.0, move |e: &Extraction| {
                e.fte
                    .map(|f| format::decimal(f.get(), 2, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Extraction, b: &Extraction| a.fte.cmp(&b.fte)),
            ListColumn::new(E::PriorityArea.text(lang), 140.0, move |e: &Extraction| {
                area_name(e, project).into()
            }),
        ]
    }

    fn shows(&self, e: &Extraction) -> bool {
        self.year_filter.is_none_or(|y| e.year == y)
            && (self.gain_filter.is_none() || e.gain_id == self.gain_filter)
    }

    /// A new extraction is of the gain and year the filters show, or else those of the
    /// selected extraction.
    fn new_item(&self, project: &Project, selected: Option<&Extraction>) -> Item {
        Item::Extraction(Extraction {
            gain_id: self
                .gain_filter
                .or_else(|| selected.and_then(|s| s.gain_id)),
            year: self
                .year_filter
                .or_else(|| selected.map(|s| s.year))
                .unwrap_or(project.report.year),
            ..Extraction::default()
        })
    }

    /// Make sure the filters show the extraction jumped to.
    fn on_jump(&mut self, e: &Extraction) {
        if self.year_filter.is_some_and(|y| y != e.year) {
            self.year_filter = None;
        }
        if self.gain_filter.is_some() && self.gain_filter != e.gain_id {
            self.gain_filter = None;
        }
    }

    /// The filters by year and by gain.
    fn toolbar(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>) {
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

    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, e: &mut Extraction, project: &Project) {
        let lang = form.lang();
        let gains = gain_options(project, lang);
        let areas = form::options(&project.priority_areas, |a| &a.name, lang);
        form::grid("extraction-form").show(ui, |ui| {
            form.picker(ui, ExtractionField::GainId, &mut e.gain_id, &gains);
            form.year(ui, ExtractionField::Year, &mut e.year);
            form.combo(ui, ExtractionField::Form, &mut e.form, &ExtractionForm::ALL);
            form.money(ui, ExtractionField::AmountNok, &mut e.amount_nok);
            form.decimal(ui, ExtractionField::Fte, DecimalInput::new(2), &mut e.fte);
            if e.form == ExtractionForm::Reallocation || e.priority_area_id.is_some() {
                form.picker(
                    ui,
                    ExtractionField::PriorityAreaId,
                    &mut e.priority_area_id,
                    &areas,
                );
            }
            form.area(ui, ExtractionField::Description, &mut e.description, 3);
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
