//! The title of the section and its key figures.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc::{self, CalcError};
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

    pub(super) fn key_figures(&mut self, areas: &calc::AreaTable) -> Result<(), CalcError> {
        let year = self.p.report.year;
        let ys = year.to_string();
        let measures = calc::measure_counts(self.p);
        let services = calc::service_counts(&self.p.services);
        // Only the agency's own gains: what it can extract and reallocate.
        let realised = calc::realised_split(self.p, year)?;
        let mut figures = vec![
            KeyFigure {
                value: self.count(measures.implemented),
                label: self.with_last_year(
                    R::KfImplemented.fill(self.lang, &[("n", measures.implemented.into())]),
                    |b, s| b.last_count(s.measures.implemented),
                ),
            },
            KeyFigure {
                value: self.count(measures.ongoing()),
                label: self.with_last_year(
                    R::KfPlanned.fill(self.lang, &[("n", measures.ongoing().into())]),
                    |b, s| b.last_count(s.measures.planned.saturating_add(s.measures.in_progress)),
                ),
            },
            KeyFigure {
                value: realised
                    .agency
                    .map_or_else(|| self.missing(), |m| self.money(m)),
                label: self.with_last_year(self.f(R::KfRealised, &[("year", &ys)]), |b, s| {
                    b.last_money(s, s.realised_nok)
                }),
            },
            KeyFigure {
                value: self.money(areas.year.amount_nok),
                label: self.with_last_year(self.f(R::KfReallocated, &[("year", &ys)]), |b, s| {
                    b.last_money(s, Some(s.reallocated_nok))
                }),
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
                label: self.with_last_year(
                    R::KfDigital.fill(
                        self.lang,
                        &[
                            ("n", services.digitally_available.into()),
                            ("total", services.total.into()),
                        ],
                    ),
                    |b, s| {
                        b.f(
                            R::OfTotal,
                            &[
                                ("n", &b.last_count(s.digital_services)),
                                ("total", &b.last_count(s.services)),
                            ],
                        )
                    },
                ),
            });
        }
        self.push(Block::KeyFigures(figures));
        // Gains for other actors are shown apart, never added to the agency's.
        if realised.has_other_actors {
            let text = match realised.other_actors {
                Some(m) => self.f(
                    R::OthersRealised,
                    &[("year", &ys), ("amount", &self.money(m))],
                ),
                None => self.f(R::OthersNotRealised, &[("year", &ys)]),
            };
            self.rich(vec![Span::plain(text)], ParaKind::Note);
        }
        Ok(())
    }
}
