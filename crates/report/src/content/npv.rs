//! Net present value per measure, all in the comparison year, with the method note.

use super::builder::Builder;
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self, CalcError};
use gevinst_core::format;
use gevinst_core::i18n::{Key, ReportText as R, Value};
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn npv(&mut self) {
        self.section(R::HNpv);
        // Each measure's analysis is independent: computed on all cores.
        let p = self.p;
        let results = crate::parallel::map_or_here(&p.measures, |m| calc::measure_npv(p, m.id));
        // One measure with absurd amounts must not stop the report: its value is left out.
        let sum = calc::npv_total(&results);
        let rows: Vec<Vec<Cell>> = p
            .measures
            .iter()
            .zip(&results)
            .filter_map(|(m, result)| {
                let (start, npv) = match result {
                    Ok(Some(res)) => (res.start_year.to_string(), Cell::text(self.plain(res.npv))),
                    Ok(None) => return None,
                    Err(CalcError::Overflow) => (
                        self.missing(),
                        Cell::marked(vec![Span::plain(self.missing())], Mark::Bad),
                    ),
                };
                Some(vec![
                    Cell::text(self.measure_title(m)),
                    Cell::text(start),
                    Cell::text(self.plain_opt(m.investment)),
                    Cell::text(self.plain_opt(m.annual_operating_cost)),
                    npv,
                ])
            })
            .collect();
        if rows.is_empty() {
            self.para(self.t(R::NoNpv));
        } else {
            self.para(self.t(R::NpvIntro));
            let comparison = calc::comparison_year(p).to_string();
            let mut note = self.f(R::NoteNpv, &[("year", &comparison)]);
            if sum.failed > 0 {
                note.push(' ');
                note.push_str(&R::NpvOverflow.fill(self.lang, &[("n", sum.failed.into())]));
            }
            let mut t = self
                .new_table(
                    R::CapNpv,
                    &[("price_year", &self.price_year()), ("year", &comparison)],
                )
                .left(R::ColMeasure)
                .right(R::ColStartYear)
                .right(R::ColInvestment)
                .right(R::ColOperating)
                .right(R::ColNpv)
                .note(note);
            t.rows(rows);
            t.sum_row(vec![
                Cell::text(self.t(R::Sum)),
                Cell::text(""),
                Cell::text(""),
                Cell::text(""),
                Cell::text(self.plain_opt(sum.total)),
            ]);
            self.push_table(t);
        }
        self.subsection(R::HMethod);
        let text = self.method_text();
        self.para(text);
    }

    pub(super) fn method_text(&self) -> String {
        let s = &self.p.settings;
        let pct = |d: Decimal| format::percent(d, 2, self.lang);
        let mut bands = Vec::new();
        let mut from = 0u32;
        for (i, b) in s.discount_rates.iter().enumerate() {
            let rate = pct(b.rate_percent.get());
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
        let first_rate = s
            .discount_rates
            .first()
            .map_or_else(|| pct(Decimal::ZERO), |b| pct(b.rate_percent.get()));
        let comparison = calc::comparison_year(self.p).to_string();
        R::MethodText.fill(
            self.lang,
            &[
                ("price_year", (&self.price_year()).into()),
                ("comparison_year", (&comparison).into()),
                ("first_rate", (&first_rate).into()),
                ("years", s.analysis_period_years.into()),
                ("rates", (&rates).into()),
                ("tax", (&pct(s.tax_financing_cost_percent.get())).into()),
                ("growth", (&pct(s.real_price_growth_percent.get())).into()),
                ("cost_per_fte", (&self.money(s.cost_per_fte)).into()),
                ("hours", Value::Decimal(s.hours_per_fte.get(), 1)),
            ],
        )
    }
}
