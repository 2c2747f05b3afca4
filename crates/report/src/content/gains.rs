//! The gains: per year (chart and table), indicators, owners.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc;
use gevinst_core::format;
use gevinst_core::i18n::{Key, Label, Language, ReportText as R, Value};
use gevinst_core::model::{GainKind, Money};
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn gains(&mut self, totals: &calc::GainTotals, sums: &[calc::YearSum]) {
        self.section(R::HGains);
        if self.p.gains.is_empty() {
            self.para(self.t(R::NoGains));
            return;
        }
        let intro = R::GainsIntro.fill(
            self.lang,
            &[
                ("price_year", (&self.price_year()).into()),
                (
                    "hours",
                    Value::Decimal(self.p.settings.hours_per_fte.get(), 1),
                ),
            ],
        );
        self.para(intro);
        if !totals.unconverted.is_empty() {
            let text =
                R::UnconvertedWarning.fill(self.lang, &[("n", totals.unconverted.len().into())]);
            self.para(text);
        }

        self.subsection(R::HGainsPerYear);
        // The chart: kroner per year, planned and realised.
        let planned: Vec<Option<Money>> = sums.iter().map(|y| Some(y.planned_nok)).collect();
        let realised: Vec<Option<Money>> = sums.iter().map(|y| y.realised_nok).collect();
        let max = planned
            .iter()
            .chain(realised.iter())
            .flatten()
            .map(|m| m.round_kroner().unsigned_abs())
            .max()
            .unwrap_or(0);
        let millions = max >= 2_000_000;
        let unit_key = if millions {
            R::ChartUnitMillions
        } else {
            R::ChartUnitKroner
        };
        self.figures = self.figures.saturating_add(1);
        let caption = format!(
            "{} {}",
            self.f(R::FigureCaption, &[("n", &self.figures.to_string())]),
            self.t(R::CapChart)
        );
        self.push(Block::Chart(Chart {
            caption,
            unit: self.f(unit_key, &[("price_year", &self.price_year())]),
            divisor: if millions { 1_000_000 } else { 1 },
            categories: sums.iter().map(|y| y.year.to_string()).collect(),
            series: vec![
                Series {
                    kind: SeriesKind::Planned,
                    name: self.t(R::Planned).to_owned(),
                    values: planned,
                },
                Series {
                    kind: SeriesKind::Realised,
                    name: self.t(R::Realised).to_owned(),
                    values: realised,
                },
            ],
            language: self.lang,
        }));

        let mut t = self
            .new_table(R::CapGainsPerYear, &[("price_year", &self.price_year())])
            .left(R::ColYear)
            .left(R::ColKind)
            .right(R::ColPlannedNok)
            .right(R::ColRealisedNok)
            .right(R::ColPlannedFte)
            .right(R::ColRealisedFte)
            .note(self.t(R::NoteNotMeasured));
        for sum in sums {
            let year = sum.year.to_string();
            let mut first_of_year = true;
            for r in totals.rows.iter().filter(|r| r.year == sum.year) {
                let has_nok = r.planned_nok != Money::ZERO || r.realised_nok.is_some();
                let has_fte = r.planned_hours != Decimal::ZERO || r.realised_hours.is_some();
                if !has_nok && !has_fte {
                    // Only indicator values (quality gains): shown in the indicator table.
                    continue;
                }
                t.row(vec![
                    Cell::text(if first_of_year { year.as_str() } else { "" }),
                    Cell::text(r.kind.label(self.lang)),
                    Cell::text(if has_nok {
                        self.plain(r.planned_nok)
                    } else {
                        self.missing()
                    }),
                    Cell::text(self.plain_opt(r.realised_nok)),
                    Cell::text(if has_fte {
                        self.fte(r.planned_fte)
                    } else {
                        self.missing()
                    }),
                    Cell::text(self.fte_opt(r.realised_fte)),
                ]);
                first_of_year = false;
            }
            t.sum_row(vec![
                Cell::text(""),
                Cell::text(self.f(R::SumYear, &[("year", &year)])),
                Cell::text(self.plain(sum.planned_nok)),
                Cell::text(self.plain_opt(sum.realised_nok)),
                Cell::text(self.fte(sum.planned_fte)),
                Cell::text(self.fte_opt(sum.realised_fte)),
            ]);
        }
        self.push_table(t);
        self.gains_vs_last_year(sums);

        self.indicators();
        self.owners();
    }

    pub(super) fn indicator_value(&self, v: Decimal, unit: &str) -> String {
        let n = format::decimal(v, 2, self.lang);
        let unit = user(unit);
        if unit.is_empty() {
            n
        } else if unit == "%" && self.lang == Language::En {
            format!("{n}%")
        } else {
            format!("{n}{}{unit}", format::NBSP)
        }
    }

    pub(super) fn indicators(&mut self) {
        self.subsection(R::HIndicators);
        let report_year = self.p.report.year;
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        for g in &self.p.gains {
            let latest = g
                .years
                .iter()
                .filter(|y| y.year <= report_year)
                .filter_map(|y| y.realised_indicator.map(|v| (y.year, v)))
                .max_by_key(|(y, _)| *y);
            let non_monetary = matches!(g.kind, GainKind::Quality | GainKind::OtherActors);
            if !non_monetary && latest.is_none() {
                continue;
            }
            let with_date = |v: Option<Decimal>, d: Option<chrono::NaiveDate>| match (v, d) {
                (Some(v), Some(d)) => {
                    format!("{}\n{}", self.indicator_value(v, &g.unit), self.date(d))
                }
                (Some(v), None) => self.indicator_value(v, &g.unit),
                (None, _) => self.missing(),
            };
            let achievement = match (g.target_value, latest) {
                (Some(target), Some((_, actual))) => calc::achievement_percent(
                    g.baseline_value.map(|v| v.get()),
                    target.get(),
                    actual.get(),
                    g.direction,
                ),
                _ => None,
            };
            let indicator = user(&g.indicator);
            rows.push(vec![
                Cell::text(self.gain_title(g)),
                Cell::text(if indicator.is_empty() {
                    self.missing()
                } else {
                    indicator
                }),
                Cell::text(with_date(
                    g.baseline_value.map(|v| v.get()),
                    g.baseline_date,
                )),
                Cell::text(with_date(g.target_value.map(|v| v.get()), g.target_date)),
                Cell::text(latest.map_or_else(
                    || self.missing(),
                    |(y, v)| format!("{} ({y})", self.indicator_value(v.get(), &g.unit)),
                )),
                Cell {
                    spans: vec![Span::plain(achievement.map_or_else(
                        || self.missing(),
                        |a| format::percent(a, 0, self.lang),
                    ))],
                    mark: achievement.map(|a| {
                        if a >= Decimal::ONE_HUNDRED {
                            Mark::Good
                        } else if a >= Decimal::from(50) {
                            Mark::Partial
                        } else {
                            Mark::Bad
                        }
                    }),
                },
            ]);
        }
        if rows.is_empty() {
            self.para(self.t(R::NoIndicators));
            return;
        }
        self.para(self.t(R::IndicatorsIntro));
        let mut t = self
            .new_table(R::CapIndicators, &[])
            .left(R::ColGain)
            .left(R::ColIndicator)
            .right(R::ColBaseline)
            .right(R::ColTarget)
            .right(R::ColLatest)
            .right(R::ColAchievement)
            .note(self.t(R::NoteAchievement));
        t.rows(rows);
        self.push_table(t);
    }

    pub(super) fn owners(&mut self) {
        self.subsection(R::HOwners);
        self.para(self.t(R::OwnersIntro));
        let mut t = self
            .new_table(R::CapOwners, &[])
            .left(R::ColGain)
            .left(R::ColMeasure)
            .left(R::ColKind)
            .left(R::ColOwner);
        t.rows(self.p.gains.iter().map(|g| {
            let measure = g
                .measure_id
                .and_then(|id| self.ix.measures.get(&id).copied())
                .map_or_else(|| self.missing(), |m| self.measure_title(m));
            let owner = user(&g.owner);
            vec![
                Cell::text(self.gain_name(Some(g.id))),
                Cell::text(measure),
                Cell::text(g.kind.label(self.lang)),
                if owner.is_empty() {
                    Cell::marked(vec![Span::italic(self.t(R::NoOwner))], Mark::Bad)
                } else {
                    Cell::text(owner)
                },
            ]
        }));
        self.push_table(t);
    }
}
