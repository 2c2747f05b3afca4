//! Net present value per measure, with the method note.

use super::builder::Builder;
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self, CalcError};
use gevinst_core::format;
use gevinst_core::i18n::ReportText as R;
use gevinst_core::model::Money;
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn npv(&mut self) -> Result<(), CalcError> {
        self.section(R::HNpv);
        let mut rows = Vec::new();
        let mut total = Some(Money::ZERO);
        let mut failed = 0usize;
        // Each measure's analysis is independent: computed on all cores.
        let p = self.p;
        let results = crate::parallel::map_or_here(&p.measures, |m| calc::measure_npv(p, m.id));
        for (m, result) in p.measures.iter().zip(results) {
            // One measure with absurd amounts must not stop the report: its value is left out.
            let (start, npv) = match result {
                Ok(Some(res)) => (res.start_year.to_string(), Some(res.npv)),
                Ok(None) => continue,
                Err(CalcError::Overflow) => {
                    failed += 1;
                    (self.missing(), None)
                }
            };
            total = match (total, npv) {
                (Some(t), Some(v)) => t.checked_add(v),
                (t, None) => t,
                (None, _) => None,
            };
            rows.push(Row {
                cells: vec![
                    Cell::text(self.measure_title(m)),
                    Cell::text(start),
                    Cell::text(
                        m.investment
                            .map_or_else(|| self.missing(), |v| self.plain(v)),
                    ),
                    Cell::text(
                        m.annual_operating_cost
                            .map_or_else(|| self.missing(), |v| self.plain(v)),
                    ),
                    match npv {
                        Some(v) => Cell::text(self.plain(v)),
                        None => Cell {
                            spans: vec![Span::plain(self.missing())],
                            mark: Some(Mark::Bad),
                        },
                    },
                ],
                total: false,
            });
        }
        if rows.is_empty() {
            self.para(self.t(R::NoNpv));
        } else {
            self.para(self.t(R::NpvIntro));
            rows.push(Row {
                cells: vec![
                    Cell::text(self.t(R::Sum)),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(total.map_or_else(|| self.missing(), |t| self.plain(t))),
                ],
                total: true,
            });
            let caption = self.table_caption(R::CapNpv, &[("price_year", &self.price_year())]);
            let columns = vec![
                self.col(R::ColMeasure, Align::Left),
                self.col(R::ColStartYear, Align::Right),
                self.col(R::ColInvestment, Align::Right),
                self.col(R::ColOperating, Align::Right),
                self.col(R::ColNpv, Align::Right),
            ];
            let mut note = self.t(R::NoteNpv).to_owned();
            if failed > 0 {
                note.push(' ');
                note.push_str(&self.f(R::NpvOverflow, &[("n", &self.count(failed))]));
            }
            self.table(caption, columns, rows, Some(note));
        }
        self.subsection(R::HMethod);
        let text = self.method_text();
        self.para(text);
        Ok(())
    }

    pub(super) fn method_text(&self) -> String {
        let s = &self.p.settings;
        let pct = |d: Decimal| format::percent(d, 2, self.lang);
        let mut bands = Vec::new();
        let mut from = 0u32;
        for (i, b) in s.discount_rates.iter().enumerate() {
            let rate = pct(b.rate_percent);
            bands.push(match b.until_year {
                Some(until) => self.f(
                    R::RateBand,
                    &[
                        ("rate", &rate),
                        ("from", &from.to_string()),
                        ("to", &until.to_string()),
                    ],
                ),
                None if i == 0 => rate,
                None => self.f(R::RateBandLast, &[("rate", &rate)]),
            });
            if let Some(until) = b.until_year {
                from = until.saturating_add(1);
            }
        }
        let rates = match bands.len() {
            0 => self.missing(),
            1 => bands.remove(0),
            _ => {
                let last = bands.pop().unwrap_or_default();
                format!("{} {} {last}", bands.join(", "), self.t(R::And))
            }
        };
        self.f(
            R::MethodText,
            &[
                ("price_year", &self.price_year()),
                ("years", &s.analysis_period_years.to_string()),
                ("rates", &rates),
                ("tax", &pct(s.tax_financing_cost_percent)),
                ("growth", &pct(s.real_price_growth_percent)),
                ("cost_per_fte", &self.money(s.cost_per_fte)),
                ("hours", &format::decimal(s.hours_per_fte, 1, self.lang)),
            ],
        )
    }
}
