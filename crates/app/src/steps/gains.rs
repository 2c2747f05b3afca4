//! Step: gains. A list and a form with every field, and a year-by-year grid of planned and
//! realised values (kroner, hours with FTE beside them, indicator) with the achievement.

use crate::steps::form::{self, Cell, Form};
use crate::steps::list::{ListDef, ListStep, Page, name_column};
use crate::steps::measures::measure_options;
use crate::widgets::{DecimalInput, InputKind, ListColumn, MoneyInput, YearInput, show_notices};
use crate::{Focus, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::calc::{hours_to_fte, year_achievement};
use gevinst_core::format;
use gevinst_core::i18n::{EditorText as E, Key, Label, Language, Value, fill};
use gevinst_core::model::{
    Beneficiary, Direction, EntityRef, Field, Gain, GainField, GainKind, GainYear, Id, Money,
    Project,
};

/// The gains step.
pub type GainsStep = ListStep<Gains>;

/// What the gains step has of its own.
#[derive(Debug, Default)]
pub struct Gains;

/// The sum of a gain's realised kroner (`None` when nothing is realised).
fn realised_total(g: &Gain) -> Option<Money> {
    let mut total: Option<Money> = None;
    for v in g.years.iter().filter_map(|y| y.realised_nok) {
        let sum = total.unwrap_or(Money::ZERO);
        total = Some(sum.checked_add(v).unwrap_or(sum));
    }
    total
}

/// Which groups of columns the year grid shows for a gain: those its kind uses, and any that
/// already hold values (so nothing recorded is hidden).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    nok: bool,
    hours: bool,
    indicator: bool,
}

impl Columns {
    fn of(g: &Gain) -> Self {
        let any = |f: fn(&GainYear) -> bool| g.years.iter().any(f);
        Columns {
            nok: matches!(
                g.kind,
                GainKind::Cash | GainKind::Time | GainKind::OtherActors
            ) || any(|y| y.planned_nok.is_some() || y.realised_nok.is_some()),
            hours: g.kind == GainKind::Time
                || any(|y| y.planned_hours.is_some() || y.realised_hours.is_some()),
            indicator: matches!(g.kind, GainKind::Quality | GainKind::OtherActors)
                || !g.indicator.trim().is_empty()
                || any(|y| y.planned_indicator.is_some() || y.realised_indicator.is_some()),
        }
    }
}

/// Names of gains for pickers, in list order.
pub fn gain_options(project: &Project, lang: Language) -> Vec<(Id, String)> {
    form::options(&project.gains, |g| &g.name, lang)
}

/// The title of a gain's measure (empty without one).
fn measure_title(g: &Gain, project: &Project) -> String {
    g.measure_id
        .and_then(|id| project.measure(id))
        .map(|m| m.title.clone())
        .unwrap_or_default()
}

impl ListDef for Gains {
    type Item = Gain;
    const PAGE: Page = Page::new(
        E::HelpGains,
        "gains-list",
        "gain",
        Field::Gain(GainField::Name),
    )
    .share(0.34);

    fn search_text(g: &Gain, project: &Project, _: Language) -> String {
        format!(
            "{} {} {} {}",
            g.name,
            g.owner,
            g.indicator,
            measure_title(g, project)
        )
    }

    fn columns<'a>(project: &'a Project, lang: Language) -> Vec<ListColumn<'a, Gain>> {
        vec![
            name_column(E::Name, 190.0, lang),
            // The realised total second: a narrow list shows only its first columns.
            ListColumn::new(E::RealisedTotal.text(lang), 110.0, move |g: &Gain| {
                realised_total(g)
                    .map(|m| format::money(m, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Gain, b: &Gain| realised_total(a).cmp(&realised_total(b))),
            ListColumn::new(E::GainKind.text(lang), 110.0, move |g: &Gain| {
                g.kind.label(lang).into()
            })
            .sort_by(|a: &Gain, b: &Gain| a.kind.cmp(&b.kind)),
            ListColumn::new(E::Measure.text(lang), 150.0, move |g: &Gain| {
                measure_title(g, project).into()
            }),
        ]
    }

    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, g: &mut Gain, project: &Project) {
        let lang = form.lang();
        let measures = measure_options(project, lang);
        let first_extraction = project.extractions_of(g.id).next().map(|e| e.id);
        let years_notices = form.notices(GainField::Years);
        let indicator = DecimalInput::new(4).signed();
        form::grid("gain-form").show(ui, |ui| {
            form.picker(ui, GainField::MeasureId, &mut g.measure_id, &measures);
            form.text(ui, GainField::Name, &mut g.name);
            form.combo(ui, GainField::Kind, &mut g.kind, &GainKind::ALL);
            form.combo(
                ui,
                GainField::Beneficiary,
                &mut g.beneficiary,
                &Beneficiary::ALL,
            );
            form.area(ui, GainField::Description, &mut g.description, 3);
            form.text(ui, GainField::Indicator, &mut g.indicator);
            form.text(ui, GainField::Unit, &mut g.unit);
            form.decimal(
                ui,
                GainField::BaselineValue,
                indicator.clone(),
                &mut g.baseline_value,
            );
            form.date(ui, GainField::BaselineDate, &mut g.baseline_date);
            form.decimal(
                ui,
                GainField::TargetValue,
                indicator.clone(),
                &mut g.target_value,
            );
            form.date(ui, GainField::TargetDate, &mut g.target_date);
            form.combo(ui, GainField::Direction, &mut g.direction, &Direction::ALL);
            form.text(ui, GainField::Owner, &mut g.owner);
            form.year(ui, GainField::PriceYear, &mut g.price_year);
        });
        if let Some(extraction) = first_extraction
            && ui.button(E::ShowExtractions.text(lang)).clicked()
        {
            form.ctx().send(UiCommand::GoTo(Focus {
                entity: EntityRef::Extraction(extraction),
                field: None,
            }));
        }
        form::section(ui, GainField::Years.label(lang));
        show_notices(ui, &years_notices);
        years_grid(ui, form, g, project);
    }
}

/// The year-by-year grid of a gain, editing `g.years` in place.
fn years_grid(ui: &mut Ui, form: &mut Form<'_, '_>, g: &mut Gain, project: &Project) {
    let lang = form.lang();
    let enabled = form.enabled();
    let cols = Columns::of(g);
    let hours_per_fte = project.settings.hours_per_fte;
    let (target, baseline, direction) = (
        g.target_value.map(|v| v.get()),
        g.baseline_value.map(|v| v.get()),
        g.direction,
    );
    let mut remove = None;
    // A jump to the years: the first value of the first year, or "Add year" when there are none.
    let mut pending_focus = JumpFocus {
        pending: form.wants_focus(GainField::Years),
        rect: None,
    };
    let values_shown = cols.nok || cols.hours || cols.indicator;
    if g.years.is_empty() {
        ui.label(RichText::new(E::NoYearsYet.text(lang)).weak());
    }
    egui::ScrollArea::horizontal()
        .id_salt("gain-years-scroll")
        .show(ui, |ui| {
            egui::Grid::new("gain-years")
                .striped(true)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    let mut headings = vec![(
                        E::Year,
                        ui.label(RichText::new(E::Year.text(lang)).strong()).id,
                    )];
                    let mut head = |ui: &mut Ui, key: E| {
                        let id = ui.label(RichText::new(key.text(lang)).strong()).id;
                        headings.push((key, id));
                    };
                    if cols.nok {
                        head(ui, E::PlannedNok);
                        head(ui, E::RealisedNok);
                    }
                    if cols.hours {
                        head(ui, E::PlannedHours);
                        head(ui, E::RealisedHours);
                    }
                    if cols.indicator {
                        head(ui, E::PlannedIndicator);
                        head(ui, E::RealisedIndicator);
                    }
                    ui.label(RichText::new(E::Achievement.text(lang)).strong());
                    ui.label("");
                    ui.end_row();
                    let heading = |key: E| {
                        headings
                            .iter()
                            .find(|(k, _)| *k == key)
                            .map(|(_, id)| *id)
                            .unwrap_or(egui::Id::NULL)
                    };
                    for (i, y) in g.years.iter_mut().enumerate() {
                        let year_text = y.year.to_string();
                        let year = Cell {
                            row: i,
                            column: "year",
                            heading: heading(E::Year),
                            width: None,
                        };
                        let out = form.cell(ui, YearInput, GainField::Years, year, &mut y.year);
                        if !values_shown {
                            pending_focus.take(form, &out.response);
                        }
                        let mut cells = Cells {
                            form: &mut *form,
                            focus: &mut pending_focus,
                        };
                        if cols.nok {
                            let kind = MoneyInput {
                                allow_negative: true,
                            };
                            for (key, name, value) in [
                                (E::PlannedNok, "planned_nok", &mut y.planned_nok),
                                (E::RealisedNok, "realised_nok", &mut y.realised_nok),
                            ] {
                                cells.show(ui, kind, (i, name), heading(key), 115.0, value);
                            }
                        }
                        if cols.hours {
                            for (key, name, value) in [
                                (E::PlannedHours, "planned_hours", &mut y.planned_hours),
                                (E::RealisedHours, "realised_hours", &mut y.realised_hours),
                            ] {
                                ui.vertical(|ui| {
                                    let kind = DecimalInput::new(2);
                                    cells.show(ui, kind, (i, name), heading(key), 90.0, value);
                                    if let Some(fte) = value
                                        .and_then(|h| hours_to_fte(h.get(), hours_per_fte.get()))
                                    {
                                        ui.label(
                                            RichText::new(
                                                E::FteOfHours
                                                    .fill(lang, &[("fte", Value::Decimal(fte, 2))]),
                                            )
                                            .weak()
                                            .small(),
                                        );
                                    }
                                });
                            }
                        }
                        if cols.indicator {
                            for (key, name, value) in [
                                (
                                    E::PlannedIndicator,
                                    "planned_indicator",
                                    &mut y.planned_indicator,
                                ),
                                (
                                    E::RealisedIndicator,
                                    "realised_indicator",
                                    &mut y.realised_indicator,
                                ),
                            ] {
                                let kind = DecimalInput::new(4).signed();
                                cells.show(ui, kind, (i, name), heading(key), 90.0, value);
                            }
                        }
                        let achievement = year_achievement(target, baseline, direction, y);
                        ui.label(
                            achievement
                                .map(|p| format::percent(p, 0, lang))
                                .unwrap_or_default(),
                        );
                        let name = fill(E::RemoveYear.text(lang), &[("year", &year_text)]);
                        if ui
                            .add_enabled(enabled, egui::Button::new("×"))
                            .on_hover_text(&name)
                            .accessible_name(&name)
                            .clicked()
                        {
                            remove = Some(i);
                        }
                        ui.end_row();
                    }
                });
        });
    // The horizontal scroll area took the vertical part of the scroll too: scroll the step.
    if let Some(rect) = pending_focus.rect {
        ui.scroll_to_rect(rect, Some(egui::Align::Center));
    }
    if let Some(i) = remove {
        g.years.remove(i);
        form.mark_changed(GainField::Years, false);
    }
    let add = ui.add_enabled(enabled, egui::Button::new(E::AddYear.text(lang)));
    pending_focus.take(form, &add);
    if add.clicked() {
        let year = g
            .years
            .iter()
            .map(|y| y.year)
            .max()
            .map_or(project.report.year, |y| y.saturating_add(1));
        g.years.push(GainYear {
            year,
            ..GainYear::default()
        });
        form.mark_changed(GainField::Years, false);
    }
}

/// A jump to a gain's years, until an input of the grid has taken the focus.
struct JumpFocus {
    pending: bool,
    /// Where the input that took the focus is.
    rect: Option<egui::Rect>,
}

impl JumpFocus {
    /// Gives `response` the focus, if it is still to be given.
    fn take(&mut self, form: &mut Form<'_, '_>, response: &egui::Response) {
        if self.pending {
            self.pending = false;
            self.rect = Some(response.rect);
            response.request_focus();
            response.scroll_to_me(Some(egui::Align::Center));
            form.mark_focused();
        }
    }
}

/// The value cells of a gain's year grid: each input tells the form what it did and takes
/// the focus a jump to the years is waiting for.
struct Cells<'c, 'a, 'p> {
    form: &'c mut Form<'a, 'p>,
    focus: &'c mut JumpFocus,
}

impl Cells<'_, '_, '_> {
    /// One value in `cell` (the year's row, the value's name) under the column heading
    /// `heading`.
    fn show<K: InputKind>(
        &mut self,
        ui: &mut Ui,
        kind: K,
        (row, name): (usize, &str),
        heading: egui::Id,
        width: f32,
        value: &mut Option<K::Value>,
    ) {
        let cell = Cell {
            row,
            column: name,
            heading,
            width: Some(width),
        };
        let out = self.form.cell(ui, kind, GainField::Years, cell, value);
        self.focus.take(self.form, &out.response);
    }
}
