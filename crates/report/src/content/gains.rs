//! The gains: per year (chart and table), indicators, owners.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self};
use gevinst_core::format;
use gevinst_core::i18n::{Label, Language, ReportText as R};
use gevinst_core::model::{GainKind, Money};
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn gains(&mut self, totals: &calc::GainTotals) {
        self.section(R::HGains);
        if self.p.gains.is_empty() {
            self.para(self.t(R::NoGains));
            return;
        }
        let hours = format::decimal(self.p.settings.hours_per_fte, 1, self.lang);
        let intro = self.f(
            R::GainsIntro,
            &[("price_year", &self.price_year()), ("hours", &hours)],
        );
        self.para(intro);
        if !totals.unconverted.is_empty() {
            let text = self.f(
                R::UnconvertedWarning,
                &[("n", &self.count(totals.unconverted.len()))],
            );
            self.para(text);
        }

        self.subsection(R::HGainsPerYear);
        let years = totals.years();
        // The chart: kroner per year, planned and realised.
        let planned: Vec<Option<Money>> =
            years.iter().map(|y| Some(totals.year_nok(*y).0)).collect();
        let realised: Vec<Option<Money>> = years.iter().map(|y| totals.year_nok(*y).1).collect();
        let max = planned
            .iter()
            .chain(realised.iter())
            .flatten()
            .map(|m| m.round_kroner().abs())
            .max()
            .unwrap_or(0);
        let millions = max >= 2_000_000;
        let unit_key = if millions {
            R::ChartUnitMillions
        } else {
            R::ChartUnitKroner
        };
        self.figures += 1;
        let caption = format!(
            "{} {}",
            self.f(R::FigureCaption, &[("n", &self.figures.to_string())]),
            self.t(R::CapChart)
        );
        self.push(Block::Chart(Chart {
            caption,
            unit: self.f(unit_key, &[("price_year", &self.price_year())]),
            divisor: if millions { 1_000_000 } else { 1 },
            categories: years.iter().map(|y| y.to_string()).collect(),
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

        let mut rows = Vec::new();
        for y in &years {
            let mut sum_planned = Money::ZERO;
            let mut sum_realised: Option<Money> = None;
            let mut fte_planned = Decimal::ZERO;
            let mut fte_realised: Option<Decimal> = None;
            let mut first_of_year = true;
            for r in totals.rows.iter().filter(|r| r.year == *y) {
                sum_planned = sum_planned
                    .checked_add(r.planned_nok)
                    .unwrap_or(sum_planned);
                if let Some(x) = r.realised_nok {
                    let s = sum_realised.unwrap_or(Money::ZERO);
                    sum_realised = Some(s.checked_add(x).unwrap_or(s));
                }
                fte_planned += r.planned_fte;
                if let Some(f) = r.realised_fte {
                    fte_realised = Some(fte_realised.unwrap_or_default() + f);
                }
                let has_nok = r.planned_nok != Money::ZERO || r.realised_nok.is_some();
                let has_fte = r.planned_hours != Decimal::ZERO || r.realised_hours.is_some();
                if !has_nok && !has_fte {
                    // Only indicator values (quality gains): shown in the indicator table.
                    continue;
                }
                let year_cell = if first_of_year {
                    y.to_string()
                } else {
                    String::new()
                };
                first_of_year = false;
                rows.push(Row {
                    cells: vec![
                        Cell::text(year_cell),
                        Cell::text(r.kind.label(self.lang)),
                        Cell::text(if has_nok {
                            self.plain(r.planned_nok)
                        } else {
                            self.missing()
                        }),
                        Cell::text(
                            r.realised_nok
                                .map_or_else(|| self.missing(), |m| self.plain(m)),
                        ),
                        Cell::text(if has_fte {
                            self.fte(r.planned_fte)
                        } else {
                            self.missing()
                        }),
                        Cell::text(
                            r.realised_fte
                                .map_or_else(|| self.missing(), |f| self.fte(f)),
                        ),
                    ],
                    total: false,
                });
            }
            rows.push(Row {
                cells: vec![
                    Cell::text(""),
                    Cell::text(self.f(R::SumYear, &[("year", &y.to_string())])),
                    Cell::text(self.plain(sum_planned)),
                    Cell::text(sum_realised.map_or_else(|| self.missing(), |m| self.plain(m))),
                    Cell::text(self.fte(fte_planned)),
                    Cell::text(fte_realised.map_or_else(|| self.missing(), |f| self.fte(f))),
                ],
                total: true,
            });
        }
        let caption = self.table_caption(R::CapGainsPerYear, &[("price_year", &self.price_year())]);
        let columns = vec![
            self.col(R::ColYear, Align::Left),
            self.col(R::ColKind, Align::Left),
            self.col(R::ColPlannedNok, Align::Right),
            self.col(R::ColRealisedNok, Align::Right),
            self.col(R::ColPlannedFte, Align::Right),
            self.col(R::ColRealisedFte, Align::Right),
        ];
        self.table(
            caption,
            columns,
            rows,
            Some(self.t(R::NoteNotMeasured).to_owned()),
        );

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
        let mut rows = Vec::new();
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
                (Some(target), Some((_, actual))) => {
                    calc::achievement_percent(g.baseline_value, target, actual, g.direction)
                }
                _ => None,
            };
            let indicator = user(&g.indicator);
            rows.push(Row {
                cells: vec![
                    Cell::text(if g.name.trim().is_empty() {
                        self.t(R::UntitledGain).to_owned()
                    } else {
                        user(&g.name)
                    }),
                    Cell::text(if indicator.is_empty() {
                        self.missing()
                    } else {
                        indicator
                    }),
                    Cell::text(with_date(g.baseline_value, g.baseline_date)),
                    Cell::text(with_date(g.target_value, g.target_date)),
                    Cell::text(latest.map_or_else(
                        || self.missing(),
                        |(y, v)| format!("{} ({y})", self.indicator_value(v, &g.unit)),
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
                ],
                total: false,
            });
        }
        if rows.is_empty() {
            self.para(self.t(R::NoIndicators));
            return;
        }
        self.para(self.t(R::IndicatorsIntro));
        let caption = self.table_caption(R::CapIndicators, &[]);
        let columns = vec![
            self.col(R::ColGain, Align::Left),
            self.col(R::ColIndicator, Align::Left),
            self.col(R::ColBaseline, Align::Right),
            self.col(R::ColTarget, Align::Right),
            self.col(R::ColLatest, Align::Right),
            self.col(R::ColAchievement, Align::Right),
        ];
        self.table(
            caption,
            columns,
            rows,
            Some(self.t(R::NoteAchievement).to_owned()),
        );
    }

    pub(super) fn owners(&mut self) {
        self.subsection(R::HOwners);
        self.para(self.t(R::OwnersIntro));
        let rows = self
            .p
            .gains
            .iter()
            .map(|g| {
                let measure = g
                    .measure_id
                    .and_then(|id| self.ix.measures.get(&id).copied())
                    .map_or_else(|| self.missing(), |m| self.measure_title(m));
                let owner = user(&g.owner);
                Row {
                    cells: vec![
                        Cell::text(self.gain_name(Some(g.id))),
                        Cell::text(measure),
                        Cell::text(g.kind.label(self.lang)),
                        if owner.is_empty() {
                            Cell {
                                spans: vec![Span::italic(self.t(R::NoOwner))],
                                mark: Some(Mark::Bad),
                            }
                        } else {
                            Cell::text(owner)
                        },
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapOwners, &[]);
        let columns = vec![
            self.col(R::ColGain, Align::Left),
            self.col(R::ColMeasure, Align::Left),
            self.col(R::ColKind, Align::Left),
            self.col(R::ColOwner, Align::Left),
        ];
        self.table(caption, columns, rows, None);
    }
}
