//! The checklist of the digitalisation circular.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc;
use gevinst_core::i18n::{Key, Label, ReportText as R};
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
        let n = calc::checklist_counts(self.p);
        let mut summary = R::ChecklistSummary.fill(
            self.lang,
            &[
                ("total", n.total.into()),
                ("fulfilled", n.fulfilled.into()),
                ("partly", n.partly.into()),
                ("not", n.not_fulfilled.into()),
                ("not_relevant", n.not_relevant.into()),
            ],
        );
        let justification = self.justification_sentence();
        if !justification.is_empty() {
            summary.push(' ');
            summary.push_str(&justification);
        }
        if n.not_answered > 0 {
            summary.push(' ');
            summary
                .push_str(&R::ChecklistUnanswered.fill(self.lang, &[("n", n.not_answered.into())]));
        }
        self.para(summary);
        let ks = self.money(self.p.settings.ks_threshold);
        let mut t = self
            .new_table(R::CapChecklist, &[])
            .left(R::ColPoint)
            .left(R::ColRequirement)
            .left(R::ColChecklistStatus)
            .left(R::ColJustification);
        t.rows(items.iter().map(|(p, status, just)| {
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
                    Cell::marked(
                        vec![Span::italic(self.t(R::MissingJustification))],
                        Mark::Bad,
                    )
                } else {
                    Cell::text(self.missing())
                }
            } else {
                Cell::text(just.clone())
            };
            vec![
                Cell::text(p.number()),
                Cell::rich(requirement),
                Cell::marked(vec![Span::plain(status.label(self.lang))], mark),
                justification,
            ]
        }));
        self.push_table(t);
    }

    /// Whether the deviations are justified: all, some (naming the points without) or none;
    /// empty when there is no deviation.
    fn justification_sentence(&self) -> String {
        let deviations = calc::deviations(self.p);
        let points: Vec<String> = calc::unjustified_deviations(self.p)
            .into_iter()
            .map(|p| p.number().to_owned())
            .collect();
        let n = points.len();
        let key = if deviations == 0 {
            return String::new();
        } else if n == 0 {
            R::ChecklistJustified
        } else if n < deviations {
            R::ChecklistSomeJustified
        } else {
            R::ChecklistNoneJustified
        };
        let points = self.and_list(points);
        key.fill(self.lang, &[("n", n.into()), ("points", (&points).into())])
    }
}
