//! The checklist of the digitalisation circular.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::i18n::{Label, ReportText as R};
use gevinst_core::model::{ChecklistPoint, ChecklistStatus};

impl Builder<'_> {
    pub(super) fn checklist(&mut self) {
        self.section(R::HChecklist);
        let items: Vec<(ChecklistPoint, ChecklistStatus, String)> = ChecklistPoint::ALL
            .iter()
            .map(|&p| match self.p.checklist_item(p) {
                Some(i) => (p, i.status, user(&i.justification)),
                None => (p, ChecklistStatus::NotAnswered, String::new()),
            })
            .collect();
        let n = |s: ChecklistStatus| items.iter().filter(|i| i.1 == s).count();
        let mut summary = self.f(
            R::ChecklistSummary,
            &[
                ("total", &self.count(items.len())),
                ("fulfilled", &self.count(n(ChecklistStatus::Fulfilled))),
                ("partly", &self.count(n(ChecklistStatus::Partly))),
                ("not", &self.count(n(ChecklistStatus::NotFulfilled))),
                ("not_relevant", &self.count(n(ChecklistStatus::NotRelevant))),
            ],
        );
        let unanswered = n(ChecklistStatus::NotAnswered);
        if unanswered > 0 {
            summary.push(' ');
            summary.push_str(&self.f(R::ChecklistUnanswered, &[("n", &self.count(unanswered))]));
        }
        self.para(summary);
        let ks = self.money(self.p.settings.ks_threshold);
        let rows = items
            .iter()
            .map(|(p, status, just)| {
                let mark = match status {
                    ChecklistStatus::Fulfilled => Mark::Good,
                    ChecklistStatus::Partly => Mark::Partial,
                    ChecklistStatus::NotFulfilled => Mark::Bad,
                    ChecklistStatus::NotRelevant | ChecklistStatus::NotAnswered => Mark::Neutral,
                };
                let mut requirement = vec![Span::bold(p.label(self.lang).to_owned())];
                if *p == ChecklistPoint::P2_3 {
                    requirement.push(Span::plain(format!(
                        "\n{}",
                        self.f(R::KsThreshold, &[("amount", &ks)])
                    )));
                }
                let justification = if just.is_empty() {
                    if status.is_deviation() {
                        Cell {
                            spans: vec![Span::italic(self.t(R::MissingJustification))],
                            mark: Some(Mark::Bad),
                        }
                    } else {
                        Cell::text(self.missing())
                    }
                } else {
                    Cell::text(just.clone())
                };
                Row {
                    cells: vec![
                        Cell::text(p.number()),
                        Cell::rich(requirement),
                        Cell {
                            spans: vec![Span::plain(status.label(self.lang))],
                            mark: Some(mark),
                        },
                        justification,
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapChecklist, &[]);
        let columns = vec![
            self.col(R::ColPoint, Align::Left),
            self.col(R::ColRequirement, Align::Left),
            self.col(R::ColChecklistStatus, Align::Left),
            self.col(R::ColJustification, Align::Left),
        ];
        self.table(caption, columns, rows, None);
    }
}
