//! Reuse of information, regulations to review, service chains.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::i18n::{Label, ReportText as R};

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
                vec![
                    Span::bold(format!("{}: ", self.service_name(s))),
                    Span::plain(sources.join(", ")),
                ]
            })
            .collect();
        if reuse.is_empty() {
            self.para(self.t(R::NoReuse));
        } else {
            self.para(self.t(R::ReuseIntro));
            self.push(Block::Bullets(reuse));
        }

        self.subsection(R::HRegulations);
        let regs: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.regulations_to_review.trim().is_empty())
            .map(|s| {
                vec![
                    Span::bold(format!("{}: ", self.service_name(s))),
                    Span::plain(user(&s.regulations_to_review)),
                ]
            })
            .collect();
        if regs.is_empty() {
            self.para(self.t(R::NoRegulations));
        } else {
            self.para(self.t(R::RegulationsIntro));
            self.push(Block::Bullets(regs));
        }

        self.subsection(R::HChains);
        let chains: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| s.service_chain)
            .map(|s| {
                let partners = user(&s.service_chain_partners);
                let name = self.service_name(s);
                if partners.is_empty() {
                    vec![Span::plain(
                        self.f(R::ChainNoPartners, &[("service", &name)]),
                    )]
                } else {
                    vec![
                        Span::bold(format!("{name}: ")),
                        Span::plain(self.f(R::ChainWith, &[("partners", &partners)])),
                    ]
                }
            })
            .collect();
        if chains.is_empty() {
            self.para(self.t(R::NoChains));
        } else {
            self.push(Block::Bullets(chains));
        }
    }
}
