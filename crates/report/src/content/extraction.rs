//! Gain extraction: the year's summary, per priority area, per form, and every extraction.

use super::builder::{Builder, labelled, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self, AmountFte, CalcError};
use gevinst_core::i18n::{Common, Label, ReportText as R};
use gevinst_core::model::ExtractionForm;

impl Builder<'_> {
    /// The section; `areas` are the reallocations per priority area (for the report year and
    /// all years).
    pub(super) fn extraction(&mut self, areas: &calc::AreaTable) -> Result<(), CalcError> {
        self.section(R::HExtraction);
        let rows = calc::extraction_rows(self.p);
        if rows.is_empty() {
            self.para(self.t(R::NoExtractions));
            return Ok(());
        }
        let ys = self.p.report.year.to_string();
        match calc::extraction_year(&rows, self.p.report.year)? {
            None => self.para(self.f(R::NoExtractionsInYear, &[("year", &ys)])),
            Some(y) => {
                let mut text = self.f(
                    R::ExtractionSummary,
                    &[("year", &ys), ("amount", &self.amount_fte(y.total))],
                );
                for (key, part) in [
                    (R::ExtractionRealloc, y.reallocation),
                    (R::ExtractionCut, y.budget_cut),
                    (R::ExtractionCapacity, y.capacity),
                ] {
                    if !part.is_zero() {
                        text.push(' ');
                        text.push_str(&self.f(key, &[("amount", &self.amount_fte(part))]));
                    }
                }
                self.para(text);
            }
        }
        self.para(self.f(R::ExtractionIntro, &[("price_year", &self.price_year())]));
        self.extraction_vs_last_year(&rows)?;
        self.by_area(areas);
        self.by_form()?;
        self.reconciliation()?;
        self.extraction_list(&rows);
        Ok(())
    }

    /// Per year: the agency's own realised gains, what was extracted from them, what was
    /// recorded as not extracted, and what is not yet accounted for.
    fn reconciliation(&mut self) -> Result<(), CalcError> {
        let years = calc::reconcile(self.p)?;
        if years.is_empty() {
            return Ok(());
        }
        self.subsection(R::HReconciliation);
        self.para(self.f(
            R::ReconciliationIntro,
            &[("price_year", &self.price_year())],
        ));
        let mut t = self
            .new_table(R::CapReconciliation, &[])
            .left(R::ColYear)
            .right(R::ColRealised)
            .right(R::ColExtracted)
            .right(R::ColNotExtracted)
            .right(R::ColUnaccounted);
        let value = |v: AmountFte| {
            if v.is_zero() {
                self.missing()
            } else {
                self.amount_fte(v)
            }
        };
        t.rows(years.iter().map(|y| {
            let open = AmountFte {
                amount_nok: y.unaccounted_nok,
                fte: y.unaccounted_fte,
            };
            let open_cell = if open.is_zero() {
                Cell::text(value(open))
            } else {
                Cell::marked(vec![Span::plain(value(open))], Mark::Bad)
            };
            vec![
                Cell::text(y.year.to_string()),
                Cell::text(value(y.realised)),
                Cell::text(value(y.extracted)),
                Cell::text(value(y.not_extracted)),
                open_cell,
            ]
        }));
        self.push_table(t);
        Ok(())
    }

    /// Reallocations per priority area, in the report year and in all years.
    fn by_area(&mut self, areas: &calc::AreaTable) {
        self.subsection(R::HByArea);
        if areas.rows.is_empty() {
            self.para(self.t(R::NoReallocations));
            return;
        }
        let ys = self.p.report.year.to_string();
        let mut t = self
            .new_table(R::CapByArea, &[])
            .left(R::ColArea)
            .column(self.f(R::ColNokYear, &[("year", &ys)]), Align::Right)
            .column(self.f(R::ColFteYear, &[("year", &ys)]), Align::Right)
            .right(R::ColNokTotal)
            .right(R::ColFteTotal);
        let cells = |label: String, year: AmountFte, all: AmountFte| {
            vec![
                Cell::text(label),
                Cell::text(self.plain_or_dash(year.amount_nok)),
                Cell::text(self.fte_or_dash(year.fte)),
                Cell::text(self.plain_or_dash(all.amount_nok)),
                Cell::text(self.fte_or_dash(all.fte)),
            ]
        };
        t.rows(
            areas
                .rows
                .iter()
                .map(|a| cells(self.area_name(a.area), a.year, a.all)),
        );
        t.sum_row(cells(self.t(R::Sum).to_owned(), areas.year, areas.all));
        self.push_table(t);
        let described: Vec<Vec<Span>> = self
            .p
            .priority_areas
            .iter()
            .filter(|pa| areas.rows.iter().any(|a| a.area == Some(pa.id)))
            .filter(|pa| !pa.description.trim().is_empty())
            .map(|pa| labelled(&user(&pa.name), user(&pa.description)))
            .collect();
        if !described.is_empty() {
            self.push(Block::Bullets(described));
        }
    }

    /// Extractions per form, with the sum of those that extract something.
    fn by_form(&mut self) -> Result<(), CalcError> {
        self.subsection(R::HByForm);
        let forms = calc::extraction_by_form(self.p, None)?;
        let sum = calc::extracted_sum(&forms)?;
        let mut t = self
            .new_table(R::CapByForm, &[])
            .left(R::ColForm)
            .right(R::ColCount)
            .right(R::ColAmount)
            .right(R::ColFte);
        let cells = |label: &str, count: usize, value: AmountFte| {
            vec![
                Cell::text(label),
                Cell::text(self.count(count)),
                Cell::text(self.plain_or_dash(value.amount_nok)),
                Cell::text(self.fte_or_dash(value.fte)),
            ]
        };
        let form_cells = |f: &calc::FormTotal| {
            let value = AmountFte {
                amount_nok: f.amount_nok,
                fte: f.fte,
            };
            cells(f.form.label(self.lang), f.count, value)
        };
        let (extracted, not): (Vec<&calc::FormTotal>, Vec<&calc::FormTotal>) = forms
            .iter()
            .partition(|f| f.form != ExtractionForm::NotExtracted);
        t.rows(extracted.into_iter().map(form_cells));
        t.sum_row(cells(self.t(R::SumExtracted), sum.count, sum.value));
        t.rows(not.into_iter().map(form_cells));
        self.push_table(t);
        Ok(())
    }

    /// Every extraction, and those not extracted with their reasons.
    fn extraction_list(&mut self, rows: &[calc::ExtractionRow]) {
        // Every extraction, year by year.
        self.subsection(R::HExtractionList);
        let mut sorted: Vec<&calc::ExtractionRow> = rows.iter().collect();
        sorted.sort_by_key(|r| r.year);
        let mut t = self
            .new_table(R::CapExtractions, &[])
            .left(R::ColYear)
            .left(R::ColGain)
            .left(R::ColForm)
            .left(R::ColDestination)
            .right(R::ColAmount)
            .right(R::ColFte);
        t.rows(sorted.iter().map(|r| {
            let e = self.ix.extractions.get(&r.id).copied();
            let mut dest = Vec::new();
            if r.form == ExtractionForm::Reallocation {
                dest.push(Span::bold(self.area_name(r.priority_area)));
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
            vec![
                Cell::text(r.year.to_string()),
                Cell::text(self.gain_name(r.gain_id)),
                Cell::text(r.form.label(self.lang)),
                Cell::rich(dest),
                Cell::text(self.plain_opt(r.amount_nok)),
                Cell::text(self.fte_opt(r.fte)),
            ]
        }));
        self.push_table(t);

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
    }
}
