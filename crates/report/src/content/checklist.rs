//! The checklist of the digitalisation circular, each point marked as an obligation or a
//! recommendation, and the ministry's own requirements.

use super::builder::{Builder, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc;
use gevinst_core::i18n::{Key, Label, ReportText as R};
use gevinst_core::model::{ChecklistPoint, ChecklistStatus, Obligation};

impl Builder<'_> {
    pub(super) fn checklist(&mut self) {
        self.section(R::HChecklist);
        // The circular by its edition, before any sentence that cites it.
        self.para(self.t(R::ChecklistSource));
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
            .left(R::ColObligation)
            .left(R::ColChecklistStatus)
            .left(R::ColJustification);
        t.rows(items.iter().map(|(p, status, just)| {
            let mark = status_mark(*status);
            let mut requirement = vec![Span::bold(p.label(self.lang).to_owned())];
            if *p == ChecklistPoint::P2_3 {
                requirement.push(Span::plain(format!(
                    "\n{}",
                    self.f(R::KsThreshold, &[("amount", &ks)])
                )));
            }
            if let Some(demand) = p.justification_demand() {
                requirement.push(Span::italic(format!(
                    "\n{}",
                    self.f(R::DemandNote, &[("demand", demand.label(self.lang))])
                )));
            }
            let justification =
                self.justification_cell(just, *status, p.justification_demand().is_some());
            vec![
                Cell::text(p.number()),
                Cell::rich(requirement),
                Cell::text(p.obligation().label(self.lang)),
                Cell::marked(vec![Span::plain(status.label(self.lang))], mark),
                justification,
            ]
        }));
        self.push_table(t);
        self.own_points();
    }

    /// The ministry's own requirements, as rows like the circular's points.
    fn own_points(&mut self) {
        if self.p.own_points.is_empty() {
            return;
        }
        self.subsection(R::HOwnPoints);
        self.para(self.t(R::OwnPointsIntro));
        let mut t = self
            .new_table(R::CapOwnPoints, &[])
            .left(R::ColRequirement)
            .left(R::ColObligation)
            .left(R::ColChecklistStatus)
            .left(R::ColJustification);
        let rows: Vec<(String, String, Obligation, bool, ChecklistStatus, String)> = self
            .p
            .own_points
            .iter()
            .map(|o| {
                (
                    user(&o.title),
                    user(&o.source),
                    o.obligation,
                    o.justification_required,
                    o.status,
                    user(&o.justification),
                )
            })
            .collect();
        t.rows(
            rows.iter()
                .map(|(title, source, obligation, required, status, just)| {
                    let mut requirement = vec![Span::bold(title.clone())];
                    if !source.is_empty() {
                        requirement.push(Span::plain(format!(
                            "\n{}",
                            self.f(R::OwnPointSource, &[("source", source)])
                        )));
                    }
                    let justification = self.justification_cell(just, *status, *required);
                    vec![
                        Cell::rich(requirement),
                        Cell::text(obligation.label(self.lang)),
                        Cell::marked(
                            vec![Span::plain(status.label(self.lang))],
                            status_mark(*status),
                        ),
                        justification,
                    ]
                }),
        );
        self.push_table(t);
    }
}

/// How an answer is marked in a table.
fn status_mark(status: ChecklistStatus) -> Mark {
    match status {
        ChecklistStatus::Fulfilled => Mark::Good,
        ChecklistStatus::Partly => Mark::Partial,
        ChecklistStatus::NotFulfilled => Mark::Bad,
        ChecklistStatus::NotRelevant | ChecklistStatus::NotAnswered => Mark::Neutral,
    }
}

impl Builder<'_> {
    /// A checklist row's justification: its text, or, for a deviation where one is asked for, a
    /// flag that it is missing.
    fn justification_cell(&self, just: &str, status: ChecklistStatus, required: bool) -> Cell {
        if !just.is_empty() {
            Cell::text(just.to_owned())
        } else if status.is_deviation() && required {
            Cell::marked(
                vec![Span::italic(self.t(R::MissingJustification))],
                Mark::Bad,
            )
        } else {
            Cell::text(self.missing())
        }
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
