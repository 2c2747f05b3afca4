//! Step: gains. A list and a form with every field, and a year-by-year grid of planned and
//! realised values (kroner, hours with FTE beside them, indicator) with the achievement.

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::steps::measures::measure_options;
use crate::widgets::{
    DecimalInput, InputOutput, ListAction, ListColumn, ListState, ListTable, MoneyInput, Notice,
    TypedField, YearInput, field_id, show_notices,
};
use crate::{Focus, StepCtx, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::calc::{achievement_percent, hours_to_fte};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::format;
use gevinst_core::i18n::{Arg, EditorText as E, Key, Label, Language, fill};
use gevinst_core::model::{
    Beneficiary, Direction, EntityRef, Gain, GainKind, GainYear, Id, ItemKind, Money, Project,
};
use gevinst_core::validate::Severity;
use rust_decimal::Decimal;

/// State of the gains step.
#[derive(Debug, Default)]
pub struct GainsStep {
    list: ListState,
    focus_field: Option<&'static str>,
}

/// The sum of a gain's realised kroner (`None` when nothing is realised).
fn realised_total(g: &Gain) -> Option<Money> {
    let mut total: Option<Money> = None;
    for v in g.years.iter().filter_map(|y| y.realised_nok) {
        let sum = total.unwrap_or(Money::ZERO);
        total = Some(sum.checked_add(v).unwrap_or(sum));
    }
    total
}

/// The achievement of a year: the indicator against the gain's target (from its baseline, in
/// its direction) when both are known, otherwise realised against planned kroner, otherwise
/// realised against planned hours.
pub fn year_achievement(
    target: Option<Decimal>,
    baseline: Option<Decimal>,
    direction: Direction,
    y: &GainYear,
) -> Option<Decimal> {
    if let (Some(target), Some(actual)) = (target, y.realised_indicator) {
        return achievement_percent(baseline, target, actual, direction);
    }
    let ratio = |planned: Decimal, realised: Decimal| {
        (!planned.is_zero())
            .then(|| achievement_percent(None, planned, realised, Direction::HigherIsBetter))
            .flatten()
    };
    if let (Some(p), Some(r)) = (y.planned_nok, y.realised_nok) {
        return ratio(p.to_decimal(), r.to_decimal());
    }
    if let (Some(p), Some(r)) = (y.planned_hours, y.realised_hours) {
        return ratio(p, r);
    }
    None
}

/// The edit that deletes a gain and clears its extractions' references to it.
pub fn delete_gain(project: &Project, id: Id) -> Edit {
    let mut edits = vec![Edit::Remove {
        kind: ItemKind::Gain,
        id,
    }];
    for e in project.extractions_of(id) {
        let mut e = e.clone();
        e.gain_id = None;
        edits.push(Edit::Update(Item::Extraction(e)));
    }
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
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
    project
        .gains
        .iter()
        .map(|g| {
            let name = if g.name.trim().is_empty() {
                E::Unnamed.text(lang).to_owned()
            } else {
                g.name.clone()
            };
            (g.id, name)
        })
        .collect()
}

impl GainsStep {
    /// The selected gain.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Gains, E::HelpGains, lang);
        let jump = form::select_jumped(
            ctx,
            &mut self.list,
            |e| match e {
                EntityRef::Gain(id) => Some(id),
                _ => None,
            },
            project.gains.first().map(|x| x.id),
        );
        let (mut left, mut right) = form::split(ui, 0.34);
        let action = self.list_ui(&mut left, ctx);
        let focused = form::scrolled(&mut right, "gain", |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        form::finish_jump(ctx, jump.is_some(), focused, &mut self.focus_field);
    }

    fn list_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>) -> Option<ListAction> {
        let lang = ctx.lang;
        let project = ctx.project;
        let findings = ctx.findings;
        let measure_title = |g: &Gain| -> String {
            g.measure_id
                .and_then(|id| project.measure(id))
                .map(|m| m.title.clone())
                .unwrap_or_default()
        };
        let id_of = |g: &Gain| g.id;
        let name_of = |g: &Gain| g.name.clone();
        let search = |g: &Gain| {
            format!(
                "{} {} {} {}",
                g.name,
                g.owner,
                g.indicator,
                measure_title(g)
            )
        };
        let marker = |g: &Gain| -> Option<Severity> {
            findings
                .about(EntityRef::Gain(g.id))
                .map(|f| f.severity)
                .min()
        };
        let height = form::list_height(ui);
        ListTable::new(
            egui::Id::unique("gains-list"),
            E::ListGains.text(lang),
            lang,
            &project.gains,
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .column(ListColumn::new(E::Name.text(lang), 190.0, |g: &Gain| {
            form::name_or_unnamed(&g.name, lang)
        }))
        // The realised total second: a narrow list shows only its first columns.
        .column(
            ListColumn::new(E::RealisedTotal.text(lang), 110.0, |g: &Gain| {
                realised_total(g)
                    .map(|m| format::money(m, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Gain, b: &Gain| realised_total(a).cmp(&realised_total(b))),
        )
        .column(
            ListColumn::new(E::GainKind.text(lang), 110.0, |g: &Gain| {
                g.kind.label(lang).into()
            })
            .sort_by(|a: &Gain, b: &Gain| a.kind.cmp(&b.kind)),
        )
        .column(ListColumn::new(
            E::Measure.text(lang),
            150.0,
            move |g: &Gain| measure_title(g).into(),
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
                let g = Gain {
                    price_year: project.report.price_year,
                    ..Gain::default()
                };
                form::insert_and_select(
                    ctx,
                    self.list.selected,
                    Item::Gain(g),
                    "name",
                    &mut self.list,
                    &mut self.focus_field,
                );
            }
            ListAction::Duplicate(id) => {
                if let Some(original) = project.gain(id) {
                    let mut copy = original.clone();
                    copy.id = Id::new();
                    copy.name = format!("{} {}", original.name, E::CopySuffix.text(ctx.lang));
                    form::insert_and_select(
                        ctx,
                        Some(id),
                        Item::Gain(copy),
                        "name",
                        &mut self.list,
                        &mut self.focus_field,
                    );
                }
            }
            ListAction::Delete(id) => ctx.edit(delete_gain(project, id), None),
            ListAction::Undo => ctx.send(UiCommand::Undo),
        }
    }

    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let lang = ctx.lang;
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| project.gain(id)) else {
            ui.label(RichText::new(E::NothingSelected.text(lang)).weak());
            return false;
        };
        let mut g = original.clone();
        let measures = measure_options(project, lang);
        let first_extraction = project.extractions_of(g.id).next().map(|e| e.id);
        let years_notices =
            Notice::from_findings(ctx.findings(EntityRef::Gain(g.id), Some("years")), lang);
        let mut form = Form::new(ctx, EntityRef::Gain(g.id), self.focus_field);
        let indicator = DecimalInput::new(4).signed();
        egui::Grid::new("gain-form")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .min_col_width(160.0)
            .show(ui, |ui| {
                form.picker(
                    ui,
                    "measure_id",
                    E::Measure.text(lang),
                    &mut g.measure_id,
                    &measures,
                );
                form.text(ui, "name", E::Name.text(lang), &mut g.name);
                form.combo(
                    ui,
                    "kind",
                    E::GainKind.text(lang),
                    &mut g.kind,
                    &GainKind::ALL,
                );
                form.combo(
                    ui,
                    "beneficiary",
                    E::Beneficiary.text(lang),
                    &mut g.beneficiary,
                    &Beneficiary::ALL,
                );
                form.area(
                    ui,
                    "description",
                    E::Description.text(lang),
                    &mut g.description,
                    3,
                    None,
                );
                form.text(ui, "indicator", E::Indicator.text(lang), &mut g.indicator);
                form.text(ui, "unit", E::Unit.text(lang), &mut g.unit);
                form.decimal(
                    ui,
                    "baseline_value",
                    E::Baseline.text(lang),
                    indicator.clone(),
                    &mut g.baseline_value,
                );
                form.date(
                    ui,
                    "baseline_date",
                    E::BaselineDate.text(lang),
                    &mut g.baseline_date,
                );
                form.decimal(
                    ui,
                    "target_value",
                    E::Target.text(lang),
                    indicator.clone(),
                    &mut g.target_value,
                );
                form.date(
                    ui,
                    "target_date",
                    E::TargetDate.text(lang),
                    &mut g.target_date,
                );
                form.combo(
                    ui,
                    "direction",
                    E::Direction.text(lang),
                    &mut g.direction,
                    &Direction::ALL,
                );
                form.text_hint(
                    ui,
                    "owner",
                    E::Owner.text(lang),
                    E::OwnerHint.text(lang),
                    &mut g.owner,
                );
                form.year(ui, "price_year", E::PriceYear.text(lang), &mut g.price_year);
            });
        if let Some(extraction) = first_extraction
            && ui.button(E::ShowExtractions.text(lang)).clicked()
        {
            form.ctx().send(UiCommand::GoTo(Focus {
                entity: EntityRef::Extraction(extraction),
                field: None,
            }));
        }
        form::section(ui, E::SectionYears.text(lang));
        show_notices(ui, &years_notices);
        years_grid(ui, &mut form, &mut g, project);
        let focused = form.focused();
        let differs = g != *original;
        form.commit(differs, || Edit::Update(Item::Gain(g)));
        focused
    }
}

/// The year-by-year grid of a gain, editing `g.years` in place.
fn years_grid(ui: &mut Ui, form: &mut Form<'_, '_>, g: &mut Gain, project: &Project) {
    let lang = form.lang();
    let enabled = form.enabled();
    let entity = EntityRef::Gain(g.id);
    let cols = Columns::of(g);
    let hours_per_fte = project.settings.hours_per_fte;
    let (target, baseline, direction) = (g.target_value, g.baseline_value, g.direction);
    let mut remove = None;
    // A jump to the years: the first value of the first year, or "Add year" when there are none.
    let mut pending_focus = JumpFocus {
        pending: form.wants_focus("years"),
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
                        let cell_id = |name: &str| field_id(entity, &format!("years/{i}/{name}"));
                        let year_text = y.year.to_string();
                        let out = TypedField::new(YearInput, cell_id("year"), lang)
                            .labelled_by(heading(E::Year))
                            .enabled(enabled)
                            .show_required(ui, &mut y.year);
                        note(form, &out);
                        if !values_shown {
                            pending_focus.take(form, &out.response);
                        }
                        if cols.nok {
                            for (key, value) in [
                                (E::PlannedNok, &mut y.planned_nok),
                                (E::RealisedNok, &mut y.realised_nok),
                            ] {
                                let name = if key == E::PlannedNok {
                                    "planned_nok"
                                } else {
                                    "realised_nok"
                                };
                                let out = TypedField::new(
                                    MoneyInput {
                                        allow_negative: true,
                                    },
                                    cell_id(name),
                                    lang,
                                )
                                .labelled_by(heading(key))
                                .enabled(enabled)
                                .width(115.0)
                                .show(ui, value);
                                note(form, &out);
                                pending_focus.take(form, &out.response);
                            }
                        }
                        if cols.hours {
                            for (key, value) in [
                                (E::PlannedHours, &mut y.planned_hours),
                                (E::RealisedHours, &mut y.realised_hours),
                            ] {
                                let name = if key == E::PlannedHours {
                                    "planned_hours"
                                } else {
                                    "realised_hours"
                                };
                                ui.vertical(|ui| {
                                    let out = TypedField::new(
                                        DecimalInput::new(2).signed(),
                                        cell_id(name),
                                        lang,
                                    )
                                    .labelled_by(heading(key))
                                    .enabled(enabled)
                                    .width(90.0)
                                    .show(ui, value);
                                    note(form, &out);
                                    pending_focus.take(form, &out.response);
                                    if let Some(fte) =
                                        value.and_then(|h| hours_to_fte(h, hours_per_fte))
                                    {
                                        ui.label(
                                            RichText::new(
                                                E::FteOfHours
                                                    .fill(lang, &[("fte", Arg::Decimal(fte, 2))]),
                                            )
                                            .weak()
                                            .small(),
                                        );
                                    }
                                });
                            }
                        }
                        if cols.indicator {
                            for (key, value) in [
                                (E::PlannedIndicator, &mut y.planned_indicator),
                                (E::RealisedIndicator, &mut y.realised_indicator),
                            ] {
                                let name = if key == E::PlannedIndicator {
                                    "planned_indicator"
                                } else {
                                    "realised_indicator"
                                };
                                let out = TypedField::new(
                                    DecimalInput::new(4).signed(),
                                    cell_id(name),
                                    lang,
                                )
                                .labelled_by(heading(key))
                                .enabled(enabled)
                                .width(90.0)
                                .show(ui, value);
                                note(form, &out);
                                pending_focus.take(form, &out.response);
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
        form.mark_changed("years", false);
    }
    let add = ui.add_enabled(enabled, egui::Button::new(E::AddYear.text(lang)));
    pending_focus.take(form, &add);
    if add.clicked() {
        let year = g
            .years
            .iter()
            .map(|y| y.year)
            .max()
            .map_or(project.report.year, |y| y + 1);
        g.years.push(GainYear {
            year,
            ..GainYear::default()
        });
        form.mark_changed("years", false);
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

/// Records what a grid cell did in the form.
fn note(form: &mut Form<'_, '_>, out: &InputOutput) {
    if out.changed {
        form.mark_changed("years", true);
    }
    if out.response.lost_focus() {
        form.mark_seal();
    }
}
