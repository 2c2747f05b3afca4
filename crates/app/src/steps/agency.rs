//! Step: the agency, the annual report, the calculation settings, and read-only facts about
//! the project file.

use crate::StepCtx;
use crate::steps::Step;
use crate::steps::form::{self, Cell, Form};
use crate::widgets::{DecimalInput, Notice, SmallCountInput, YearInput};
use chrono::{DateTime, Local, Utc};
use egui::{RichText, Ui};
use gevinst_core::edit::Edit;
use gevinst_core::i18n::{EditorText as E, Key, Label, Language};
use gevinst_core::model::{
    AgencyField, DiscountBand, EntityRef, IndexValue, PriceIndexEntry, Rate, ReportField,
    ReportPart, Settings, SettingsField, org_number_is_valid,
};
use gevinst_core::validate::Severity;
use rust_decimal::Decimal;

/// State of the agency and report step.
#[derive(Debug, Default)]
pub struct AgencyStep {}

/// The organisation-number message: valid, or why not (nothing while the field is empty).
pub fn org_number_notice(text: &str, lang: Language) -> Option<Notice> {
    if text.trim().is_empty() {
        None
    } else if org_number_is_valid(text) {
        Some(Notice {
            severity: Severity::Hint,
            text: E::OrgNumberValid.text(lang).to_owned(),
        })
    } else {
        Some(Notice {
            severity: Severity::Warning,
            text: E::OrgNumberInvalid.text(lang).to_owned(),
        })
    }
}

/// A point in time as the UI shows it, in local time: `30.06.2026 14:05`.
fn timestamp(t: DateTime<Utc>, lang: Language) -> String {
    let local = t.with_timezone(&Local);
    match lang {
        Language::Nb | Language::Nn => local.format("%d.%m.%Y %H:%M").to_string(),
        Language::En => local.format("%-d %b %Y %H:%M").to_string(),
    }
}

impl AgencyStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        form::header(ui, Step::Agency, E::HelpAgency, lang);
        let jump = ctx
            .focus
            .is_some_and(|f| Step::of(f.entity, f.field) == Step::Agency);
        form::scrolled(ui, "agency", |ui| {
            agency_ui(ui, ctx);
            report_ui(ui, ctx);
            settings_ui(ui, ctx);
            file_info_ui(ui, ctx);
        });
        if jump {
            ctx.focus_done();
        }
    }
}

fn grid(id: &str) -> egui::Grid {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 8.0])
        .min_col_width(260.0)
}

fn agency_ui(ui: &mut Ui, ctx: &mut StepCtx<'_>) {
    let lang = ctx.lang;
    let project = ctx.project;
    let original = &project.agency;
    let mut a = original.clone();
    form::section(ui, E::SectionAgency.text(lang));
    let mut form = Form::new(ctx, EntityRef::Agency, None);
    grid("agency-form").show(ui, |ui| {
        form.text(ui, AgencyField::Name, &mut a.name);
        form.require(org_number_notice(&a.org_number, lang));
        form.text(ui, AgencyField::OrgNumber, &mut a.org_number);
        form.text(ui, AgencyField::ParentMinistry, &mut a.parent_ministry);
    });
    let differs = a != *original;
    form.commit(differs, || Edit::SetAgency(a));
}

fn report_ui(ui: &mut Ui, ctx: &mut StepCtx<'_>) {
    let lang = ctx.lang;
    let project = ctx.project;
    let original = &project.report;
    let mut r = original.clone();
    form::section(ui, E::SectionReport.text(lang));
    let mut form = Form::new(ctx, EntityRef::Report, None);
    grid("report-form").show(ui, |ui| {
        form.year(ui, ReportField::Year, &mut r.year);
        form.combo_by(ui, ReportField::Part, &mut r.part, &ReportPart::ALL, |p| {
            format!("{} {}", p.numeral(), p.label(lang))
        });
        form.combo(ui, ReportField::Language, &mut r.language, &Language::ALL);
        form.year(ui, ReportField::PriceYear, &mut r.price_year);
    });
    let differs = r != *original;
    form.commit(differs, || Edit::SetReport(r));
}

fn settings_ui(ui: &mut Ui, ctx: &mut StepCtx<'_>) {
    let lang = ctx.lang;
    let project = ctx.project;
    let original = &project.settings;
    let mut s = original.clone();
    form::section(ui, E::SectionSettings.text(lang));
    let mut form = Form::new(ctx, EntityRef::Settings, None);
    grid("settings-form").show(ui, |ui| {
        form.decimal(
            ui,
            SettingsField::HoursPerFte,
            DecimalInput::new(1),
            &mut s.hours_per_fte,
        );
        form.money(ui, SettingsField::CostPerFte, &mut s.cost_per_fte);
        discount_rows(ui, &mut form, &mut s);
        form.decimal(
            ui,
            SettingsField::TaxFinancingCostPercent,
            DecimalInput::new(2).unit("%"),
            &mut s.tax_financing_cost_percent,
        );
        form.decimal(
            ui,
            SettingsField::RealPriceGrowthPercent,
            DecimalInput::new(2).unit("%").signed(),
            &mut s.real_price_growth_percent,
        );
        form.small_count(
            ui,
            SettingsField::AnalysisPeriodYears,
            E::YearsUnit.text(lang),
            &mut s.analysis_period_years,
        );
        form.year(ui, SettingsField::ComparisonYear, &mut s.comparison_year);
        form.money(ui, SettingsField::KsThreshold, &mut s.ks_threshold);
        form.count(
            ui,
            SettingsField::DigitalThresholdHigh,
            E::PerYearUnit.text(lang),
            &mut s.digital_threshold_high,
        );
        form.count(
            ui,
            SettingsField::DigitalThresholdLow,
            E::PerYearUnit.text(lang),
            &mut s.digital_threshold_low,
        );
        index_rows(ui, &mut form, &mut s);
    });
    let differs = s != *original;
    form.commit(differs, || Edit::SetSettings(s));
}

/// The discount-rate schedule as rows: until year, rate, remove; with add and reset.
fn discount_rows(ui: &mut Ui, form: &mut Form<'_, '_>, s: &mut Settings) {
    let lang = form.lang();
    let enabled = form.enabled();
    let field = SettingsField::DiscountRates;
    ui.label(field.label(lang));
    ui.vertical(|ui| {
        crate::widgets::show_notices(ui, &form.notices(field));
        let mut remove = None;
        egui::Grid::new("discount-bands")
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let until_label = ui.label(RichText::new(E::UntilYear.text(lang)).weak()).id;
                let rate_label = ui.label(RichText::new(E::Rate.text(lang)).weak()).id;
                ui.end_row();
                let last = s.discount_rates.len().saturating_sub(1);
                for (i, band) in s.discount_rates.iter_mut().enumerate() {
                    if band.until_year.is_none() && i == last {
                        ui.label(E::AllLaterYears.text(lang));
                    } else {
                        form.cell(
                            ui,
                            SmallCountInput,
                            field,
                            cell(i, "until_year", until_label),
                            &mut band.until_year,
                        );
                    }
                    form.cell(
                        ui,
                        DecimalInput::new(2).unit("%"),
                        field,
                        cell(i, "rate", rate_label),
                        &mut band.rate_percent,
                    );
                    let name = format!("{} {}", E::RemoveRow.text(lang), i + 1);
                    if ui
                        .add_enabled(
                            enabled && last > 0,
                            egui::Button::new(E::RemoveRow.text(lang)),
                        )
                        .accessible_name(name)
                        .clicked()
                    {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
        if let Some(i) = remove {
            s.discount_rates.remove(i);
            if let Some(last) = s.discount_rates.last_mut() {
                last.until_year = None;
            }
            form.mark_changed(field, false);
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(enabled, egui::Button::new(E::AddBand.text(lang)))
                .clicked()
            {
                let before_last = s.discount_rates.len().saturating_sub(1);
                let from = s
                    .discount_rates
                    .iter()
                    .filter_map(|b| b.until_year)
                    .max()
                    .unwrap_or(0);
                let rate = s
                    .discount_rates
                    .last()
                    .map_or(Decimal::from(4), |b| b.rate_percent.get());
                s.discount_rates.insert(
                    before_last,
                    DiscountBand {
                        until_year: Some(from + 10),
                        rate_percent: Rate::clamped(rate),
                    },
                );
                form.mark_changed(field, false);
            }
            if ui
                .add_enabled(
                    enabled && s.discount_rates != Settings::r109_schedule(),
                    egui::Button::new(E::ResetR109.text(lang)),
                )
                .clicked()
            {
                s.discount_rates = Settings::r109_schedule();
                form.mark_changed(field, false);
            }
        });
    });
    ui.end_row();
}

/// The price index as rows: year, index, remove; with add.
fn index_rows(ui: &mut Ui, form: &mut Form<'_, '_>, s: &mut Settings) {
    let lang = form.lang();
    let enabled = form.enabled();
    let field = SettingsField::PriceIndex;
    ui.label(field.label(lang));
    ui.vertical(|ui| {
        crate::widgets::show_notices(ui, &form.notices(field));
        if s.price_index.is_empty() {
            ui.label(RichText::new(E::PriceIndexEmpty.text(lang)).weak());
        }
        let mut remove = None;
        if !s.price_index.is_empty() {
            egui::Grid::new("price-index")
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    let year_label = ui.label(RichText::new(E::Year.text(lang)).weak()).id;
                    let index_label = ui.label(RichText::new(E::IndexValue.text(lang)).weak()).id;
                    ui.end_row();
                    for (i, entry) in s.price_index.iter_mut().enumerate() {
                        let year = cell(i, "year", year_label);
                        form.cell(ui, YearInput, field, year, &mut entry.year);
                        let index = cell(i, "index", index_label);
                        form.cell(ui, DecimalInput::new(3), field, index, &mut entry.index);
                        let name = format!("{} {}", E::RemoveRow.text(lang), entry.year);
                        if ui
                            .add_enabled(enabled, egui::Button::new(E::RemoveRow.text(lang)))
                            .accessible_name(name)
                            .clicked()
                        {
                            remove = Some(i);
                        }
                        ui.end_row();
                    }
                });
        }
        if let Some(i) = remove {
            s.price_index.remove(i);
            form.mark_changed(field, false);
        }
        if ui
            .add_enabled(enabled, egui::Button::new(E::AddIndexYear.text(lang)))
            .clicked()
        {
            let year = s
                .price_index
                .iter()
                .map(|e| e.year + 1)
                .max()
                .unwrap_or(form.ctx().project.report.price_year);
            let index = s
                .price_index
                .last()
                .map_or(Decimal::ONE_HUNDRED, |e| e.index.get());
            s.price_index.push(PriceIndexEntry {
                year,
                index: IndexValue::clamped(index),
            });
            form.mark_changed(field, false);
        }
    });
    ui.end_row();
}

fn file_info_ui(ui: &mut Ui, ctx: &mut StepCtx<'_>) {
    let lang = ctx.lang;
    let project = ctx.project;
    form::section(ui, E::SectionFileInfo.text(lang));
    grid("file-info").show(ui, |ui| {
        ui.label(E::Created.text(lang));
        ui.label(timestamp(project.created, lang));
        ui.end_row();
        ui.label(E::Modified.text(lang));
        ui.label(timestamp(project.modified, lang));
        ui.end_row();
        ui.label(E::LastEditedBy.text(lang));
        ui.label(if project.last_edited_by.trim().is_empty() {
            gevinst_core::i18n::Common::Missing.text(lang)
        } else {
            &project.last_edited_by
        });
        ui.end_row();
    });
}

/// A cell of a table at its own width, labelled by its column's heading.
fn cell(row: usize, column: &str, heading: egui::Id) -> Cell<'_> {
    Cell {
        row,
        column,
        heading,
        width: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_number_notice_says_valid_or_why_not() {
        assert_eq!(org_number_notice("", Language::Nb), None);
        assert_eq!(
            org_number_notice("974 760 673", Language::Nb).map(|n| n.severity),
            Some(Severity::Hint)
        );
        assert_eq!(
            org_number_notice("974 760 674", Language::Nb).map(|n| n.severity),
            Some(Severity::Warning)
        );
    }
}
