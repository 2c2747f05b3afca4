//! Reuse of information, regulations to review, service chains.

use super::builder::{Builder, labelled, user};
use crate::text::Span;
use gevinst_core::i18n::{Label, ReportText as R};
use gevinst_core::model::{Service, ServiceChain};

impl Builder<'_> {
    pub(super) fn reuse_regulations_chains(&mut self) {
        let ss = &self.p.services;
        self.subsection(R::HReuse);
        let reuse: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.reusable_information.is_empty())
            .map(|s| {
                let sources: Vec<String> = s
                    .reusable_information
                    .iter()
                    .map(|i| {
                        if *i == gevinst_core::model::InfoSource::Other
                            && !s.reusable_other.trim().is_empty()
                        {
                            user(&s.reusable_other)
                        } else {
                            i.label(self.lang).to_owned()
                        }
                    })
                    .collect();
                labelled(&self.service_name(s), sources.join(", "))
            })
            .collect();
        self.bullets_or(reuse, Some(R::ReuseIntro), R::NoReuse);
        self.services_assessed_as(|s| s.reusable_none, R::ReuseNone);

        self.subsection(R::HRegulations);
        let regs: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.regulations_to_review.trim().is_empty())
            .map(|s| labelled(&self.service_name(s), user(&s.regulations_to_review)))
            .collect();
        self.bullets_or(regs, Some(R::RegulationsIntro), R::NoRegulations);
        self.services_assessed_as(|s| s.regulations_none, R::RegulationsNoneList);

        self.subsection(R::HChains);
        let chains: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| s.service_chain == ServiceChain::Yes)
            .map(|s| {
                let partners = user(&s.service_chain_partners);
                let name = self.service_name(s);
                if partners.is_empty() {
                    vec![Span::plain(
                        self.f(R::ChainNoPartners, &[("service", &name)]),
                    )]
                } else {
                    labelled(&name, self.f(R::ChainWith, &[("partners", &partners)]))
                }
            })
            .collect();
        self.bullets_or(chains, None, R::NoChains);
        self.services_assessed_as(|s| s.service_chain == ServiceChain::No, R::ChainsNo);
        self.services_assessed_as(
            |s| s.service_chain == ServiceChain::NotAssessed,
            R::ChainsNotAssessed,
        );
    }

    /// A sentence naming the services an assessment found nothing for (or has not made), when
    /// there are any: "assessed, none" is an answer the report shows.
    fn services_assessed_as(&mut self, pick: impl Fn(&Service) -> bool, key: R) {
        let names: Vec<String> = self
            .p
            .services
            .iter()
            .filter(|s| pick(s))
            .map(|s| self.service_name(s))
            .collect();
        if !names.is_empty() {
            let text = self.f(key, &[("services", &names.join(", "))]);
            self.para(text);
        }
    }
}
