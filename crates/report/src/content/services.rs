//! The services: overview, suitability and user orientation, and the digitalisation thresholds.

use super::builder::{Builder, lower_first, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::format;
use gevinst_core::i18n::{Common, Label, ReportText as R};
use gevinst_core::model::Service;
use rust_decimal::Decimal;

impl Builder<'_> {
    pub(super) fn services(&mut self) {
        self.section(R::HServices);
        let ss = &self.p.services;
        if ss.is_empty() {
            self.para(self.t(R::NoServices));
            return;
        }
        let available = ss.iter().filter(|s| s.digitally_available).count();
        let remaining = ss.iter().filter(|s| s.remains_to_digitalise).count();
        let volume: u64 = ss
            .iter()
            .filter_map(|s| s.annual_volume)
            .fold(0u64, u64::saturating_add);
        // Digital share weighted by volume, over services with both figures.
        let mut weighted = Decimal::ZERO;
        let mut weight = Decimal::ZERO;
        for s in ss {
            if let (Some(v), Some(share)) = (s.annual_volume, s.digital_share_percent) {
                let v = Decimal::from(v);
                if let Some(w) = v.checked_mul(share) {
                    weighted = weighted.checked_add(w).unwrap_or(weighted);
                    weight = weight.checked_add(v).unwrap_or(weight);
                }
            }
        }
        let mut summary = self.f(
            R::ServicesSummary,
            &[
                ("total", &self.count(ss.len())),
                ("available", &self.count(available)),
                ("remaining", &self.count(remaining)),
            ],
        );
        if weight > Decimal::ZERO {
            let share = weighted.checked_div(weight).unwrap_or_default();
            summary.push(' ');
            summary.push_str(&self.f(
                R::ServicesVolume,
                &[
                    (
                        "volume",
                        &format::integer(volume.min(i64::MAX as u64) as i64, self.lang),
                    ),
                    ("share", &format::percent(share, 0, self.lang)),
                ],
            ));
        }
        self.para(summary);

        // Overview: volume and channel.
        self.subsection(R::HServiceOverview);
        let rows = ss
            .iter()
            .map(|s| Row {
                cells: vec![
                    Cell::text(self.service_name(s)),
                    Cell::text(s.target_group.label(self.lang)),
                    Cell::text(s.channel.label(self.lang)),
                    Cell::text(s.annual_volume.map_or_else(
                        || self.missing(),
                        |v| format::integer(v.min(i64::MAX as u64) as i64, self.lang),
                    )),
                    Cell::text(
                        s.digital_share_percent
                            .map_or_else(|| self.missing(), |p| format::percent(p, 1, self.lang)),
                    ),
                    Cell {
                        spans: vec![Span::plain(if s.digitally_available {
                            self.c(Common::Yes)
                        } else {
                            self.c(Common::No)
                        })],
                        mark: Some(if s.digitally_available {
                            Mark::Good
                        } else {
                            Mark::Bad
                        }),
                    },
                ],
                total: false,
            })
            .collect();
        let caption = self.table_caption(R::CapServices, &[]);
        let columns = vec![
            self.col(R::ColService, Align::Left),
            self.col(R::ColTargetGroup, Align::Left),
            self.col(R::ColChannel, Align::Left),
            self.col(R::ColVolume, Align::Right),
            self.col(R::ColDigitalShare, Align::Right),
            self.col(R::ColAvailable, Align::Left),
        ];
        self.table(caption, columns, rows, None);

        // Suitability and user orientation.
        self.subsection(R::HSuitability);
        self.para(self.t(R::SuitabilityIntro));
        let suit = |s: gevinst_core::model::Suitability| Cell {
            spans: vec![Span::plain(s.label(self.lang))],
            mark: Some(match s {
                gevinst_core::model::Suitability::Suited => Mark::Good,
                gevinst_core::model::Suitability::Partly => Mark::Partial,
                gevinst_core::model::Suitability::NotSuited => Mark::Bad,
                gevinst_core::model::Suitability::NotAssessed => Mark::Neutral,
            }),
        };
        let rows = ss
            .iter()
            .map(|s| Row {
                cells: vec![
                    Cell::text(self.service_name(s)),
                    suit(s.self_service),
                    suit(s.instant_decision),
                    suit(s.automated_processing),
                    Cell::text(s.user_orientation.label(self.lang)),
                ],
                total: false,
            })
            .collect();
        let caption = self.table_caption(R::CapSuitability, &[]);
        let columns = vec![
            self.col(R::ColService, Align::Left),
            self.col(R::ColSelfService, Align::Left),
            self.col(R::ColInstant, Align::Left),
            self.col(R::ColAutomated, Align::Left),
            self.col(R::ColUserOrientation, Align::Left),
        ];
        self.table(caption, columns, rows, None);
        let reasons: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.user_orientation_reason.trim().is_empty())
            .map(|s| {
                vec![
                    Span::bold(format!(
                        "{} – {}: ",
                        self.service_name(s),
                        lower_first(s.user_orientation.label(self.lang))
                    )),
                    Span::plain(user(&s.user_orientation_reason)),
                ]
            })
            .collect();
        if !reasons.is_empty() {
            self.push(Block::Bullets(reasons));
        }

        self.thresholds();
        self.reuse_regulations_chains();
        self.plans();
    }

    pub(super) fn thresholds(&mut self) {
        self.subsection(R::HThresholds);
        let st = &self.p.settings;
        let high = st.digital_threshold_high;
        let low = st.digital_threshold_low;
        let intro = self.f(
            R::ThresholdIntro,
            &[
                (
                    "high",
                    &format::integer(high.min(i64::MAX as u64) as i64, self.lang),
                ),
                (
                    "low",
                    &format::integer(low.min(i64::MAX as u64) as i64, self.lang),
                ),
            ],
        );
        self.para(intro);
        let over: Vec<&Service> = self
            .p
            .services
            .iter()
            .filter(|s| s.annual_volume.is_some_and(|v| v >= low) && !s.digitally_available)
            .collect();
        if over.is_empty() {
            self.para(self.t(R::ThresholdAllDigital));
            return;
        }
        let mut items = Vec::new();
        for s in over {
            let volume = format::integer(
                s.annual_volume.unwrap_or_default().min(i64::MAX as u64) as i64,
                self.lang,
            );
            let name = self.quoted(&self.service_name(s));
            let reason = user(&s.exemption_reason);
            if !reason.is_empty() {
                items.push(vec![
                    Span::bold(self.f(
                        R::ThresholdExempt,
                        &[("service", &name), ("volume", &volume)],
                    )),
                    Span::plain(format!(" {reason}")),
                ]);
            } else {
                let mut spans = vec![Span::bold(self.f(
                    R::ThresholdNotDigital,
                    &[("service", &name), ("volume", &volume)],
                ))];
                spans.push(Span::plain(format!(" {}", self.plan_sentence(s))));
                items.push(spans);
            }
        }
        self.push(Block::Bullets(items));
    }
}
