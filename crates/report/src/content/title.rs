//! The title of the section and its key figures.

use super::builder::{Builder, user};
use super::document::*;
use gevinst_core::calc::{self, CalcError};
use gevinst_core::i18n::{Label, ReportText as R};
use gevinst_core::model::{MeasureStatus, Money};

impl Builder<'_> {
    pub(super) fn title(&mut self) {
        let r = &self.p.report;
        let kicker = self.f(
            R::Kicker,
            &[
                ("year", &r.year.to_string()),
                ("numeral", r.part.numeral()),
                ("part", r.part.label(self.lang)),
            ],
        );
        let agency = self.agency();
        let ministry = user(&self.p.agency.parent_ministry);
        let subtitle = if ministry.is_empty() {
            agency
        } else {
            format!("{agency} · {ministry}")
        };
        self.push(Block::Title {
            kicker,
            title: self.t(R::SectionTitle).to_owned(),
            subtitle,
        });
    }

    pub(super) fn agency(&self) -> String {
        let name = user(&self.p.agency.name);
        if name.is_empty() {
            self.t(R::UnnamedAgency).to_owned()
        } else {
            name
        }
    }

    pub(super) fn key_figures(&mut self, totals: &calc::GainTotals) -> Result<(), CalcError> {
        let year = self.p.report.year;
        let ys = year.to_string();
        let implemented = self
            .p
            .measures
            .iter()
            .filter(|m| m.status == MeasureStatus::Implemented)
            .count();
        let ongoing = self
            .p
            .measures
            .iter()
            .filter(|m| matches!(m.status, MeasureStatus::Planned | MeasureStatus::InProgress))
            .count();
        let realised = totals.year_nok(year).1;
        let reallocated = Money::checked_sum(
            calc::extraction_by_area(self.p, Some(year))?
                .iter()
                .map(|a| a.amount_nok),
        )
        .ok_or(CalcError::Overflow)?;
        let digital = self
            .p
            .services
            .iter()
            .filter(|s| s.digitally_available)
            .count();
        let mut figures = vec![
            KeyFigure {
                value: self.count(implemented),
                label: self.t(R::KfImplemented).to_owned(),
            },
            KeyFigure {
                value: self.count(ongoing),
                label: self.t(R::KfPlanned).to_owned(),
            },
            KeyFigure {
                value: realised.map_or_else(|| self.missing(), |m| self.money(m)),
                label: self.f(R::KfRealised, &[("year", &ys)]),
            },
            KeyFigure {
                value: self.money(reallocated),
                label: self.f(R::KfReallocated, &[("year", &ys)]),
            },
        ];
        if !self.p.services.is_empty() {
            figures.push(KeyFigure {
                value: self.f(
                    R::OfTotal,
                    &[
                        ("n", &self.count(digital)),
                        ("total", &self.count(self.p.services.len())),
                    ],
                ),
                label: self.t(R::KfDigital).to_owned(),
            });
        }
        self.push(Block::KeyFigures(figures));
        Ok(())
    }
}
