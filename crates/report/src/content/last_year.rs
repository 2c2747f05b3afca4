//! Last year's figures ("I fjor") beside this year's, when the project was made from last
//! year's with `gevinst next-year` and keeps its key figures as a snapshot: after each key
//! figure's label, and as a table beside the gains per year and the extractions per year.

use super::builder::Builder;
use super::document::*;
use gevinst_core::calc::{self, CalcError};
use gevinst_core::i18n::{Key, YearText as Y, fill};
use gevinst_core::model::{Money, YearSnapshot};

impl Builder<'_> {
    fn y(&self, key: Y) -> &'static str {
        key.text(self.lang)
    }

    /// Last year's amount in the report's price year (as it was, when the index cannot convert).
    fn then(&self, snap: &YearSnapshot, m: Money) -> Money {
        calc::convert_price_year(
            m,
            snap.price_year,
            self.p.report.price_year,
            &self.p.settings.price_index,
        )
        .unwrap_or(m)
    }

    /// A key figure's label with last year's value after it, when there is a snapshot.
    pub(super) fn with_last_year(
        &self,
        label: String,
        value: impl FnOnce(&Self, &YearSnapshot) -> String,
    ) -> String {
        match &self.p.last_year {
            Some(snap) => {
                let v = value(self, snap);
                format!(
                    "{label} · {}",
                    fill(self.y(Y::LastYearValue), &[("value", &v)])
                )
            }
            None => label,
        }
    }

    /// Last year's count of measures as a number.
    pub(super) fn last_count(&self, n: u64) -> String {
        self.count(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Last year's amount with "kr", in the report's price year.
    pub(super) fn last_money(&self, snap: &YearSnapshot, m: Option<Money>) -> String {
        m.map_or_else(|| self.missing(), |m| self.money(self.then(snap, m)))
    }

    /// A comparison table: caption, year column and pairs of this year's and last year's values.
    fn comparison(&mut self, caption: Y, pairs: [Y; 2], rows: Vec<Vec<Cell>>, snap_year: i32) {
        self.tables = self.tables.saturating_add(1);
        let n = self.tables.to_string();
        let caption = format!(
            "{} {}",
            self.f(gevinst_core::i18n::ReportText::TableCaption, &[("n", &n)]),
            fill(self.y(caption), &[("price_year", &self.price_year())])
        );
        let mut columns = vec![Column {
            header: self.t(gevinst_core::i18n::ReportText::ColYear).to_owned(),
            align: Align::Left,
        }];
        for key in pairs {
            columns.push(Column {
                header: self.y(key).to_owned(),
                align: Align::Right,
            });
            columns.push(Column {
                header: self.y(Y::ColLastYear).to_owned(),
                align: Align::Right,
            });
        }
        self.push(Block::Table(Table {
            caption,
            columns,
            rows: rows
                .into_iter()
                .map(|cells| Row {
                    cells,
                    total: false,
                })
                .collect(),
            note: Some(fill(
                self.y(Y::NoteLastYear),
                &[("last_year", &snap_year.to_string())],
            )),
        }));
    }

    /// Planned and realised kroner per year, this year's beside last year's.
    pub(super) fn gains_vs_last_year(&mut self, sums: &[calc::YearSum]) {
        let Some(snap) = self.p.last_year.clone() else {
            return;
        };
        let mut years: Vec<i32> = sums
            .iter()
            .map(|s| s.year)
            .chain(snap.gains.iter().map(|g| g.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        let rows = years
            .iter()
            .map(|&y| {
                let now = sums.iter().find(|s| s.year == y);
                let then = snap.gains.iter().find(|g| g.year == y);
                vec![
                    Cell::text(y.to_string()),
                    Cell::text(now.map_or_else(|| self.missing(), |s| self.plain(s.planned_nok))),
                    Cell::text(then.map_or_else(
                        || self.missing(),
                        |g| self.plain(self.then(&snap, g.planned_nok)),
                    )),
                    Cell::text(self.plain_opt(now.and_then(|s| s.realised_nok))),
                    Cell::text(
                        self.plain_opt(
                            then.and_then(|g| g.realised_nok)
                                .map(|m| self.then(&snap, m)),
                        ),
                    ),
                ]
            })
            .collect();
        self.comparison(
            Y::CapGainsVsLastYear,
            [Y::ColPlanned, Y::ColRealised],
            rows,
            snap.year,
        );
    }

    /// Extracted and reallocated kroner per year, this year's beside last year's.
    pub(super) fn extraction_vs_last_year(
        &mut self,
        rows: &[calc::ExtractionRow],
    ) -> Result<(), CalcError> {
        let Some(snap) = self.p.last_year.clone() else {
            return Ok(());
        };
        let mut years: Vec<i32> = rows
            .iter()
            .map(|r| r.year)
            .chain(snap.extractions.iter().map(|e| e.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        let mut cells = Vec::with_capacity(years.len());
        for y in years {
            let now = calc::extraction_year(rows, y)?;
            let then = snap.extractions.iter().find(|e| e.year == y);
            if now.is_none() && then.is_none() {
                continue;
            }
            let then_money = |m: Money| self.plain_or_dash(self.then(&snap, m));
            cells.push(vec![
                Cell::text(y.to_string()),
                Cell::text(now.map_or_else(
                    || self.missing(),
                    |e| self.plain_or_dash(e.total.amount_nok),
                )),
                Cell::text(then.map_or_else(|| self.missing(), |e| then_money(e.total_nok))),
                Cell::text(now.map_or_else(
                    || self.missing(),
                    |e| self.plain_or_dash(e.reallocation.amount_nok),
                )),
                Cell::text(then.map_or_else(|| self.missing(), |e| then_money(e.reallocated_nok))),
            ]);
        }
        if !cells.is_empty() {
            self.comparison(
                Y::CapExtractionVsLastYear,
                [Y::ColExtracted, Y::ColReallocated],
                cells,
                snap.year,
            );
        }
        Ok(())
    }
}
