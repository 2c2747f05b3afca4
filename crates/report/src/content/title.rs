//! The title of the section and its key figures.

use super::builder::{Builder, user};
use super::document::*;
use gevinst_core::calc;
use gevinst_core::i18n::{Key, Label, ReportText as R};

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

    pub(super) fn key_figures(&mut self, years: &[calc::YearSum], areas: &calc::AreaTable) {
        let year = self.p.report.year;
        let ys = year.to_string();
        let measures = calc::measure_counts(self.p);
        let services = calc::service_counts(&self.p.services);
        let realised = years
            .iter()
            .find(|y| y.year == year)
            .and_then(|y| y.realised_nok);
        let mut figures = vec![
            KeyFigure {
                value: self.count(measures.implemented),
                label: R::KfImplemented.fill(self.lang, &[("n", measures.implemented.into())]),
            },
            KeyFigure {
                value: self.count(measures.ongoing()),
                label: R::KfPlanned.fill(self.lang, &[("n", measures.ongoing().into())]),
            },
            KeyFigure {
                value: realised.map_or_else(|| self.missing(), |m| self.money(m)),
                label: self.f(R::KfRealised, &[("year", &ys)]),
            },
            KeyFigure {
                value: self.money(areas.year.amount_nok),
                label: self.f(R::KfReallocated, &[("year", &ys)]),
            },
        ];
        if !self.p.services.is_empty() {
            figures.push(KeyFigure {
                value: self.f(
                    R::OfTotal,
                    &[
                        ("n", &self.count(services.digitally_available)),
                        ("total", &self.count(services.total)),
                    ],
                ),
                label: R::KfDigital.fill(
                    self.lang,
                    &[
                        ("n", services.digitally_available.into()),
                        ("total", services.total.into()),
                    ],
                ),
            });
        }
        self.push(Block::KeyFigures(figures));
    }
}
