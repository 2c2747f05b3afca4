//! Step: effectivisation measures, implemented and planned. A list with search and sort, and
//! a form with every field; a measure that digitalises gets its special assessment.

use crate::StepCtx;
use crate::steps::form::{self, Form};
use crate::steps::list::{ListDef, ListStep, Page, name_column};
use crate::widgets::{ListColumn, Notice};
use egui::{RichText, Ui};
use gevinst_core::format;
use gevinst_core::i18n::{EditorText as E, Key, Label, Language, fill};
use gevinst_core::model::{
    EntityRef, Field, Id, Measure, MeasureField, MeasureStatus, Project, ReportField,
};
use gevinst_core::validate::Severity;

/// The measures step.
pub type MeasuresStep = ListStep<Measures>;

/// What the measures step has of its own.
#[derive(Debug, Default)]
pub struct Measures;

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

impl ListDef for Measures {
    type Item = Measure;
    const PAGE: Page = Page::new(
        E::HelpMeasures,
        "measures-list",
        "measure",
        Field::Measure(MeasureField::Title),
    );

    fn search_text(m: &Measure, _: &Project, _: Language) -> String {
        format!(
            "{} {} {} {}",
            m.title, m.description, m.responsible_unit, m.responsible_person
        )
    }

    fn columns<'a>(_: &'a Project, lang: Language) -> Vec<ListColumn<'a, Measure>> {
        vec![
            name_column(E::Title, 220.0, lang),
            ListColumn::new(E::Status.text(lang), 80.0, move |m: &Measure| {
                m.status.label(lang).into()
            })
            .sort_by(|a: &Measure, b: &Measure| a.status.cmp(&b.status)),
            ListColumn::new(E::Digitalisation.text(lang), 60.0, move |m: &Measure| {
                form::yes_no(m.digitalisation, lang).into()
            }),
            ListColumn::new(E::Period.text(lang), 85.0, |m: &Measure| period(m).into()).sort_by(
                |a: &Measure, b: &Measure| {
                    (a.start_date, a.end_date).cmp(&(b.start_date, b.end_date))
                },
            ),
            ListColumn::new(E::Investment.text(lang), 110.0, move |m: &Measure| {
                m.investment
                    .map(|v| format::money(v, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Measure, b: &Measure| a.investment.cmp(&b.investment)),
        ]
    }

    /// A finding about the list as a whole (no measures, none active): the status of the
    /// selected measure, or Add when there are none.
    fn whole_list_jump(ctx: &StepCtx<'_>) -> Option<Field> {
        let measures = Some(Field::Report(ReportField::Measures));
        ctx.focus
            .is_some_and(|f| f.entity == EntityRef::Report && f.field == measures)
            .then_some(MeasureField::Status.into())
    }

    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, m: &mut Measure, project: &Project) {
        let lang = form.lang();
        let services = form::options(&project.services, |s| &s.name, lang);
        let gains = project.gains_of(m.id).count();
        form::grid("measure-form").show(ui, |ui| {
            form.text(ui, MeasureField::Title, &mut m.title);
            form.area(ui, MeasureField::Description, &mut m.description, 3);
            form.combo(ui, MeasureField::Status, &mut m.status, &MeasureStatus::ALL);
            super::left_out::include_row(ui, form, m, project);
            form.date(ui, MeasureField::StartDate, &mut m.start_date);
            form.date(ui, MeasureField::EndDate, &mut m.end_date);
            form.text(ui, MeasureField::ResponsibleUnit, &mut m.responsible_unit);
            form.text(
                ui,
                MeasureField::ResponsiblePerson,
                &mut m.responsible_person,
            );
            form.check(ui, MeasureField::Digitalisation, &mut m.digitalisation);
            if m.digitalisation || !m.special_assessment.trim().is_empty() {
                form.require(
                    (m.digitalisation && m.special_assessment.trim().is_empty()).then(|| Notice {
                        severity: Severity::Warning,
                        text: E::SpecialAssessmentRequired.text(lang).to_owned(),
                    }),
                );
                form.area(
                    ui,
                    MeasureField::SpecialAssessment,
                    &mut m.special_assessment,
                    5,
                );
            }
            if services.is_empty() {
                form.info(
                    ui,
                    MeasureField::ServiceIds.label(lang),
                    RichText::new(E::NoServicesYet.text(lang)).weak(),
                );
            } else {
                form.multi(ui, MeasureField::ServiceIds, &mut m.service_ids, &services);
            }
            form.money(ui, MeasureField::Investment, &mut m.investment);
            form.money(
                ui,
                MeasureField::AnnualOperatingCost,
                &mut m.annual_operating_cost,
            );
            form.year(ui, MeasureField::PriceYear, &mut m.price_year);
            form.info(
                ui,
                E::ListGains.text(lang),
                fill(E::MeasureGains.text(lang), &[("count", &gains.to_string())]),
            );
        });
    }
}

/// Names of measures for pickers, in list order.
pub fn measure_options(project: &Project, lang: Language) -> Vec<(Id, String)> {
    form::options(&project.measures, |m| &m.title, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

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
