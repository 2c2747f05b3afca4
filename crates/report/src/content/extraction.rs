//! Gain extraction: the year's summary, per priority area, per form, and every extraction.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self, CalcError};
use gevinst_core::i18n::{Common, Label, ReportText as R};
use gevinst_core::model::{ExtractionForm, Money};
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn extraction(&mut self) -> Result<(), CalcError> {
        self.section(R::HExtraction);
        let rows = calc::extraction_rows(self.p);
        if rows.is_empty() {
            self.para(self.t(R::NoExtractions));
            return Ok(());
        }
        let year = self.p.report.year;
        let ys = year.to_string();
        let in_year: Vec<&calc::ExtractionRow> = rows
            .iter()
            .filter(|r| r.year == year && r.form != ExtractionForm::NotExtracted)
            .collect();
        let sum = |it: &mut dyn Iterator<Item = &&calc::ExtractionRow>| -> Result<(Money, Decimal), CalcError> {
            let mut m = Money::ZERO;
            let mut f = Decimal::ZERO;
            for r in it {
                if let Some(a) = r.amount_nok {
                    m = m.checked_add(a).ok_or(CalcError::Overflow)?;
                }
                if let Some(x) = r.fte {
                    f = f.checked_add(x).ok_or(CalcError::Overflow)?;
                }
            }
            Ok((m, f))
        };
        if in_year.is_empty() {
            self.para(self.f(R::NoExtractionsInYear, &[("year", &ys)]));
        } else {
            let of = |forms: &[ExtractionForm]| {
                sum(&mut in_year.iter().filter(|r| forms.contains(&r.form)))
            };
            let total = sum(&mut in_year.iter())?;
            let realloc = of(&[ExtractionForm::Reallocation])?;
            let cut = of(&[ExtractionForm::BudgetCut])?;
            let capacity = of(&[
                ExtractionForm::IncreasedVolume,
                ExtractionForm::ImprovedQuality,
            ])?;
            let mut text = self.f(
                R::ExtractionSummary,
                &[("year", &ys), ("amount", &self.amount_fte(total))],
            );
            for (key, part) in [
                (R::ExtractionRealloc, realloc),
                (R::ExtractionCut, cut),
                (R::ExtractionCapacity, capacity),
            ] {
                if part.0 != Money::ZERO || part.1 != Decimal::ZERO {
                    text.push(' ');
                    text.push_str(&self.f(key, &[("amount", &self.amount_fte(part))]));
                }
            }
            self.para(text);
        }
        self.para(self.f(R::ExtractionIntro, &[("price_year", &self.price_year())]));

        // Per priority area.
        self.subsection(R::HByArea);
        let all = calc::extraction_by_area(self.p, None)?;
        let this = calc::extraction_by_area(self.p, Some(year))?;
        if all.is_empty() {
            self.para(self.t(R::NoReallocations));
        } else {
            let mut table_rows = Vec::new();
            let mut totals = (Money::ZERO, Decimal::ZERO, Money::ZERO, Decimal::ZERO);
            for a in &all {
                let name = match a.area.and_then(|id| self.ix.areas.get(&id).copied()) {
                    Some(pa) if !pa.name.trim().is_empty() => user(&pa.name),
                    _ => self.t(R::NoArea).to_owned(),
                };
                let cur = this.iter().find(|t| t.area == a.area);
                let (cm, cf) = cur.map_or((Money::ZERO, Decimal::ZERO), |c| (c.amount_nok, c.fte));
                totals.0 = totals.0.checked_add(cm).ok_or(CalcError::Overflow)?;
                totals.1 += cf;
                totals.2 = totals
                    .2
                    .checked_add(a.amount_nok)
                    .ok_or(CalcError::Overflow)?;
                totals.3 += a.fte;
                table_rows.push(Row {
                    cells: vec![
                        Cell::text(name),
                        Cell::text(self.plain_or_dash(cm)),
                        Cell::text(self.fte_or_dash(cf)),
                        Cell::text(self.plain_or_dash(a.amount_nok)),
                        Cell::text(self.fte_or_dash(a.fte)),
                    ],
                    total: false,
                });
            }
            table_rows.push(Row {
                cells: vec![
                    Cell::text(self.t(R::Sum)),
                    Cell::text(self.plain_or_dash(totals.0)),
                    Cell::text(self.fte_or_dash(totals.1)),
                    Cell::text(self.plain_or_dash(totals.2)),
                    Cell::text(self.fte_or_dash(totals.3)),
                ],
                total: true,
            });
            let caption = self.table_caption(R::CapByArea, &[]);
            let columns = vec![
                self.col(R::ColArea, Align::Left),
                self.col_text(self.f(R::ColNokYear, &[("year", &ys)]), Align::Right),
                self.col_text(self.f(R::ColFteYear, &[("year", &ys)]), Align::Right),
                self.col(R::ColNokTotal, Align::Right),
                self.col(R::ColFteTotal, Align::Right),
            ];
            self.table(caption, columns, table_rows, None);
            let described: Vec<Vec<Span>> = self
                .p
                .priority_areas
                .iter()
                .filter(|pa| all.iter().any(|a| a.area == Some(pa.id)))
                .filter(|pa| !pa.description.trim().is_empty())
                .map(|pa| {
                    vec![
                        Span::bold(format!("{}: ", user(&pa.name))),
                        Span::plain(user(&pa.description)),
                    ]
                })
                .collect();
            if !described.is_empty() {
                self.push(Block::Bullets(described));
            }
        }

        // Per form.
        self.subsection(R::HByForm);
        let forms = calc::extraction_by_form(self.p, None)?;
        let form_row = |f: &calc::FormTotal, total: bool| Row {
            cells: vec![
                Cell::text(f.form.label(self.lang)),
                Cell::text(self.count(f.count)),
                Cell::text(self.plain_or_dash(f.amount_nok)),
                Cell::text(self.fte_or_dash(f.fte)),
            ],
            total,
        };
        let (extracted, not): (Vec<&calc::FormTotal>, Vec<&calc::FormTotal>) = forms
            .iter()
            .partition(|f| f.form != ExtractionForm::NotExtracted);
        let mut form_rows: Vec<Row> = extracted.iter().map(|f| form_row(f, false)).collect();
        let sum = calc::FormTotal {
            form: ExtractionForm::Reallocation,
            count: extracted.iter().map(|f| f.count).sum(),
            amount_nok: Money::checked_sum(extracted.iter().map(|f| f.amount_nok))
                .ok_or(CalcError::Overflow)?,
            fte: extracted.iter().map(|f| f.fte).sum(),
        };
        let mut sum_row = form_row(&sum, true);
        sum_row.cells[0] = Cell::text(self.t(R::SumExtracted));
        form_rows.push(sum_row);
        form_rows.extend(not.iter().map(|f| form_row(f, false)));
        let caption = self.table_caption(R::CapByForm, &[]);
        let columns = vec![
            self.col(R::ColForm, Align::Left),
            self.col(R::ColCount, Align::Right),
            self.col(R::ColAmount, Align::Right),
            self.col(R::ColFte, Align::Right),
        ];
        self.table(caption, columns, form_rows, None);

        // Every extraction, year by year.
        self.subsection(R::HExtractionList);
        let mut sorted: Vec<&calc::ExtractionRow> = rows.iter().collect();
        sorted.sort_by_key(|r| r.year);
        let list_rows = sorted
            .iter()
            .map(|r| {
                let e = self.ix.extractions.get(&r.id).copied();
                let mut dest = Vec::new();
                if r.form == ExtractionForm::Reallocation {
                    let area = match r
                        .priority_area
                        .and_then(|id| self.ix.areas.get(&id).copied())
                    {
                        Some(pa) if !pa.name.trim().is_empty() => user(&pa.name),
                        _ => self.t(R::NoArea).to_owned(),
                    };
                    dest.push(Span::bold(area));
                }
                let desc = e.map(|e| user(&e.description)).unwrap_or_default();
                if !desc.is_empty() {
                    if !dest.is_empty() {
                        dest.push(Span::plain("\n"));
                    }
                    dest.push(Span::plain(desc));
                } else if r.form == ExtractionForm::NotExtracted {
                    dest.push(Span::italic(self.t(R::MissingReason)));
                }
                if dest.is_empty() {
                    dest.push(Span::plain(self.missing()));
                }
                Row {
                    cells: vec![
                        Cell::text(r.year.to_string()),
                        Cell::text(self.gain_name(r.gain_id)),
                        Cell::text(r.form.label(self.lang)),
                        Cell::rich(dest),
                        Cell::text(
                            r.amount_nok
                                .map_or_else(|| self.missing(), |m| self.plain(m)),
                        ),
                        Cell::text(r.fte.map_or_else(|| self.missing(), |f| self.fte(f))),
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapExtractions, &[]);
        let columns = vec![
            self.col(R::ColYear, Align::Left),
            self.col(R::ColGain, Align::Left),
            self.col(R::ColForm, Align::Left),
            self.col(R::ColDestination, Align::Left),
            self.col(R::ColAmount, Align::Right),
            self.col(R::ColFte, Align::Right),
        ];
        self.table(caption, columns, list_rows, None);

        // Not extracted, with the reason.
        let not: Vec<&&calc::ExtractionRow> = sorted
            .iter()
            .filter(|r| r.form == ExtractionForm::NotExtracted)
            .collect();
        if !not.is_empty() {
            self.subsection(R::HNotExtracted);
            let items = not
                .iter()
                .map(|r| {
                    let what = match (r.amount_nok, r.fte) {
                        (Some(m), Some(f)) => format!(
                            "{} / {} {}",
                            self.money(m),
                            self.fte(f),
                            self.c(Common::Fte)
                        ),
                        (Some(m), None) => self.money(m),
                        (None, Some(f)) => format!("{} {}", self.fte(f), self.c(Common::Fte)),
                        (None, None) => self.t(R::AnAmount).to_owned(),
                    };
                    let head = self.f(
                        R::NotExtractedItem,
                        &[
                            ("year", &r.year.to_string()),
                            ("what", &what),
                            ("gain", &self.quoted(&self.gain_name(r.gain_id))),
                        ],
                    );
                    let reason = self
                        .ix
                        .extractions
                        .get(&r.id)
                        .map(|e| user(&e.description))
                        .unwrap_or_default();
                    if reason.is_empty() {
                        vec![
                            Span::bold(head),
                            Span::plain(" "),
                            Span::italic(self.t(R::MissingReason)),
                        ]
                    } else {
                        vec![Span::bold(head), Span::plain(format!(" {reason}"))]
                    }
                })
                .collect();
            self.push(Block::Bullets(items));
        }
        Ok(())
    }
}
