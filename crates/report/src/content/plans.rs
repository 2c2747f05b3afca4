//! Plans for the services that remain to be digitalised.

use super::builder::{Builder, user};
use super::document::*;
use gevinst_core::i18n::ReportText as R;
use gevinst_core::model::Service;

impl Builder<'_> {
    pub(super) fn plan_sentence(&self, s: &Service) -> String {
        let what = user(&s.plan.what);
        if what.is_empty() {
            return self.t(R::NoPlanForService).to_owned();
        }
        let who = user(&s.plan.responsible);
        let mut out = self.f(R::PlanSentence, &[("what", &what)]);
        if !who.is_empty() {
            out.push(' ');
            out.push_str(&self.f(R::PlanResponsible, &[("who", &who)]));
        }
        if let Some(due) = s.plan.due {
            out.push(' ');
            out.push_str(&self.f(R::PlanDue, &[("date", &self.date(due))]));
        }
        out
    }

    pub(super) fn plans(&mut self) {
        self.subsection(R::HPlans);
        let rows: Vec<Vec<Cell>> = self
            .p
            .services
            .iter()
            .filter(|s| !s.plan.what.trim().is_empty())
            .map(|s| {
                vec![
                    Cell::text(self.service_name(s)),
                    Cell::text(user(&s.plan.what)),
                    Cell::text({
                        let r = user(&s.plan.responsible);
                        if r.is_empty() { self.missing() } else { r }
                    }),
                    Cell::text(s.plan.due.map_or_else(|| self.missing(), |d| self.date(d))),
                ]
            })
            .collect();
        if rows.is_empty() {
            self.para(self.t(R::NoPlans));
        } else {
            let mut t = self
                .new_table(R::CapPlans, &[])
                .left(R::ColService)
                .left(R::ColWhat)
                .left(R::ColResponsible)
                .right(R::ColDue);
            t.rows(rows);
            self.push_table(t);
        }
        let without: Vec<String> = self
            .p
            .services
            .iter()
            .filter(|s| s.plan.what.trim().is_empty() && s.remains_to_digitalise)
            .map(|s| self.quoted(&self.service_name(s)))
            .collect();
        if !without.is_empty() {
            let list = without.join(", ");
            let text = self.f(R::ServicesWithoutPlan, &[("services", &list)]);
            self.para(text);
        }
    }
}
