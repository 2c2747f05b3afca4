//! The services: overview, suitability and user orientation, and the digitalisation thresholds.

use super::builder::{Builder, lower_first, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc;
use gevinst_core::format;
use gevinst_core::i18n::{Key, Label, ReportText as R};
use gevinst_core::model::{CatalogueRegistration, ExemptionGround, Service, Suitability};

impl Builder<'_> {
    pub(super) fn services(&mut self) {
        self.section(R::HServices);
        let ss = &self.p.services;
        if ss.is_empty() {
            self.para(self.t(R::NoServices));
            return;
        }
        let n = calc::service_counts(ss);
        let mut summary = R::ServicesSummary.fill(
            self.lang,
            &[
                ("total", n.total.into()),
                ("available", n.digitally_available.into()),
                ("remaining", n.remaining.into()),
            ],
        );
        if let Some(share) = n.digital_share_percent {
            summary.push(' ');
            summary.push_str(&R::ServicesVolume.fill(
                self.lang,
                &[
                    ("volume", n.volume.into()),
                    ("share", (&format::percent(share, 0, self.lang)).into()),
                ],
            ));
        }
        self.para(summary);

        // Overview: volume and channel.
        self.subsection(R::HServiceOverview);
        let mut t = self
            .new_table(R::CapServices, &[])
            .left(R::ColService)
            .left(R::ColTargetGroup)
            .left(R::ColChannel)
            .right(R::ColVolume)
            .right(R::ColDigitalShare)
            .left(R::ColAvailable);
        t.rows(ss.iter().map(|s| {
            vec![
                Cell::text(self.service_name(s)),
                Cell::text(s.target_group.label(self.lang)),
                Cell::text(s.channel.label(self.lang)),
                Cell::text(
                    s.annual_volume
                        .map_or_else(|| self.missing(), |v| self.volume(v)),
                ),
                Cell::text(s.digital_share_percent.map_or_else(
                    || self.missing(),
                    |p| format::percent(p.get(), 1, self.lang),
                )),
                Cell::marked(
                    vec![Span::plain(self.yes_no(s.digitally_available))],
                    if s.digitally_available {
                        Mark::Good
                    } else {
                        Mark::Bad
                    },
                ),
            ]
        }));
        self.push_table(t);
        let digital: Vec<&Service> = ss.iter().filter(|s| s.digitally_available).collect();
        if digital
            .iter()
            .any(|s| s.catalogue != CatalogueRegistration::NotRecorded)
        {
            let registered = digital
                .iter()
                .filter(|s| s.catalogue == CatalogueRegistration::Registered)
                .count();
            let text = R::CatalogueSummary.fill(
                self.lang,
                &[
                    ("registered", registered.into()),
                    ("total", digital.len().into()),
                ],
            );
            self.para(text);
        }

        // Suitability and user orientation.
        self.subsection(R::HSuitability);
        self.para(self.t(R::SuitabilityIntro));
        let mut t = self
            .new_table(R::CapSuitability, &[])
            .left(R::ColService)
            .left(R::ColSelfService)
            .left(R::ColInstant)
            .left(R::ColAutomated)
            .left(R::ColUserOrientation);
        let lang = self.lang;
        let suit = |s: Suitability| {
            let mark = match s {
                Suitability::Suited => Mark::Good,
                Suitability::Partly => Mark::Partial,
                Suitability::NotSuited => Mark::Bad,
                Suitability::NotAssessed => Mark::Neutral,
            };
            Cell::marked(vec![Span::plain(s.label(lang))], mark)
        };
        t.rows(ss.iter().map(|s| {
            vec![
                Cell::text(self.service_name(s)),
                suit(s.self_service),
                suit(s.instant_decision),
                suit(s.automated_processing),
                Cell::text(s.user_orientation.label(self.lang)),
            ]
        }));
        self.push_table(t);
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
        let intro =
            R::ThresholdIntro.fill(self.lang, &[("high", high.into()), ("low", low.into())]);
        self.para(intro);
        let over: Vec<&Service> = self
            .p
            .services
            .iter()
            .filter(|s| s.annual_volume.is_some_and(|v| v >= low) && !s.digitally_available)
            .collect();
        let unknown: Vec<String> = self
            .p
            .services
            .iter()
            .filter(|s| s.annual_volume.is_none() && !s.digitally_available)
            .map(|s| self.quoted(&self.service_name(s)))
            .collect();
        if over.is_empty() {
            let any_over = self
                .p
                .services
                .iter()
                .any(|s| s.annual_volume.is_some_and(|v| v >= low));
            let mut text = if any_over {
                self.t(R::ThresholdAllDigital).to_owned()
            } else {
                R::ThresholdNoneOver.fill(self.lang, &[("low", low.into())])
            };
            self.volume_unknown(&mut text, unknown);
            self.para(text);
            return;
        }
        let mut items = Vec::new();
        for s in over {
            let volume = s.annual_volume.unwrap_or_default();
            let name = self.quoted(&self.service_name(s));
            let reason = user(&s.exemption_reason);
            if !reason.is_empty() {
                let mut spans = vec![
                    Span::bold(R::ThresholdExempt.fill(
                        self.lang,
                        &[("service", (&name).into()), ("volume", volume.into())],
                    )),
                    Span::plain(format!(" {reason}")),
                ];
                if s.exemption_ground != ExemptionGround::NotStated {
                    let ground = s.exemption_ground.label(self.lang);
                    spans.push(Span::plain(format!(
                        " {}",
                        self.f(R::ExemptGround, &[("ground", ground)])
                    )));
                }
                let place = user(&s.exemption_documented_in);
                if !place.is_empty() {
                    spans.push(Span::plain(format!(
                        " {}",
                        self.f(R::ExemptDocumented, &[("place", &place)])
                    )));
                }
                items.push(spans);
            } else {
                let mut spans = vec![Span::bold(R::ThresholdNotDigital.fill(
                    self.lang,
                    &[("service", (&name).into()), ("volume", volume.into())],
                ))];
                spans.push(Span::plain(format!(" {}", self.plan_sentence(s))));
                items.push(spans);
            }
        }
        self.push(Block::Bullets(items));
        let mut text = String::new();
        self.volume_unknown(&mut text, unknown);
        if !text.is_empty() {
            self.para(text);
        }
    }

    /// Adds to `text` the sentence naming the services that are not digital and have no volume,
    /// so that no claim about the thresholds covers them unseen.
    fn volume_unknown(&self, text: &mut String, services: Vec<String>) {
        if services.is_empty() {
            return;
        }
        let n = services.len();
        let list = self.and_list(services);
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(
            &R::ThresholdVolumeUnknown
                .fill(self.lang, &[("n", n.into()), ("services", (&list).into())]),
        );
    }
}
