//! The measures: a summary, the table of all measures, and each measure with its facts,
//! services, gains and (for digitalisation) the special assessment.

use super::builder::{Builder, labelled, lower_first, paragraphs, user};
use super::document::*;
use crate::text::Span;
use gevinst_core::calc;
use gevinst_core::i18n::{Key, Label, ReportText as R};
use gevinst_core::model::{Measure, MeasureStatus};

impl Builder<'_> {
    pub(super) fn measures(&mut self) {
        self.section(R::HMeasures);
        let ms = &self.p.measures;
        if ms.is_empty() {
            let text = self.f(R::NoMeasures, &[("year", &self.p.report.year.to_string())]);
            self.para(text);
            return;
        }
        let n = calc::measure_counts(self.p);
        let summary = R::MeasuresSummary.fill(
            self.lang,
            &[
                ("total", n.total.into()),
                ("implemented", n.implemented.into()),
                ("in_progress", n.in_progress.into()),
                ("planned", n.planned.into()),
                ("stopped", n.stopped.into()),
            ],
        );
        self.para(summary);
        let digital = self.digitalisation_sentence(n.digitalisation);
        self.para(digital);
        if n.in_progress > 0 {
            self.para(self.t(R::MeasuresGrouping));
        }
        if n.stopped > 0 {
            self.para(self.t(R::MeasuresGroupingStopped));
        }

        // The summary table, grouped like the text.
        let groups: [(R, &[MeasureStatus]); 3] = [
            (R::HImplemented, &[MeasureStatus::Implemented]),
            (
                R::HPlanned,
                &[MeasureStatus::InProgress, MeasureStatus::Planned],
            ),
            (R::HStopped, &[MeasureStatus::Stopped]),
        ];
        let mut t = self
            .new_table(R::CapMeasures, &[])
            .left(R::ColMeasure)
            .left(R::ColStatus)
            .left(R::ColPeriod)
            .left(R::ColDigitalisation)
            .right(R::ColInvestment)
            .note(self.t(R::NoteInvestment));
        t.rows(
            groups
                .iter()
                .flat_map(|(_, statuses)| ms.iter().filter(move |m| statuses.contains(&m.status)))
                .map(|m| {
                    vec![
                        Cell::text(self.measure_title(m)),
                        Cell::text(m.status.label(self.lang)),
                        Cell::text(self.period(m)),
                        Cell::text(self.yes_no(m.digitalisation)),
                        Cell::text(self.plain_opt(m.investment)),
                    ]
                }),
        );
        self.push_table(t);

        for (key, statuses) in groups {
            let members: Vec<&Measure> =
                ms.iter().filter(|m| statuses.contains(&m.status)).collect();
            if members.is_empty() && key == R::HStopped {
                continue;
            }
            self.subsection(key);
            if members.is_empty() {
                let none = if key == R::HImplemented {
                    R::NoImplemented
                } else {
                    R::NoPlanned
                };
                self.para(self.t(none));
            }
            // A measure's blocks depend only on the measure: made on all cores, kept in order.
            let this = &*self;
            let blocks = crate::parallel::map_or_here(&members, |m| {
                let mut b = this.fork();
                b.measure(m);
                b.blocks
            });
            self.blocks.extend(blocks.into_iter().flatten());
        }
    }

    /// How many measures digitalise, and whether their special assessments are written: all,
    /// some (naming the measures without one) or none.
    fn digitalisation_sentence(&self, digital: usize) -> String {
        let missing: Vec<String> = calc::unassessed_digitalisation(self.p)
            .into_iter()
            .map(|m| self.quoted(&self.measure_title(m)))
            .collect();
        let assessed = digital.saturating_sub(missing.len());
        if digital == 0 {
            self.t(R::DigitalNone).to_owned()
        } else if missing.is_empty() {
            R::DigitalAllAssessed.fill(self.lang, &[("digital", digital.into())])
        } else if assessed == 0 {
            R::DigitalNoneAssessed.fill(self.lang, &[("digital", digital.into())])
        } else {
            let n = missing.len();
            let measures = self.and_list(missing);
            R::DigitalSomeAssessed.fill(
                self.lang,
                &[
                    ("digital", digital.into()),
                    ("missing", n.into()),
                    ("assessed", assessed.into()),
                    ("measures", (&measures).into()),
                ],
            )
        }
    }

    pub(super) fn measure(&mut self, m: &Measure) {
        self.push(Block::Heading(Heading {
            level: 4,
            number: None,
            text: self.measure_title(m),
        }));
        let mut facts = vec![m.status.label(self.lang).to_owned(), self.period(m)];
        let unit = user(&m.responsible_unit);
        let person = user(&m.responsible_person);
        match (unit.is_empty(), person.is_empty()) {
            (false, false) => facts.push(format!("{unit} ({person})")),
            (false, true) => facts.push(unit),
            (true, false) => facts.push(person),
            (true, true) => {}
        }
        if m.digitalisation {
            facts.push(self.t(R::DigitalisationTag).to_owned());
        }
        let mut spans = vec![Span::plain(facts.join(" · "))];
        let mut costs = Vec::new();
        if let Some(inv) = m.investment {
            costs.push(format!(
                "{}: {}",
                self.t(R::LabelInvestment),
                self.money(inv)
            ));
        }
        if let Some(op) = m.annual_operating_cost {
            costs.push(format!("{}: {}", self.t(R::LabelOperating), self.money(op)));
        }
        if !costs.is_empty() {
            let py = m.price_year.to_string();
            spans.push(Span::plain(format!(
                "\n{} ({})",
                costs.join(" · "),
                self.f(R::PriceYearShort, &[("year", &py)])
            )));
        }
        self.rich(spans, ParaKind::Meta);

        for p in paragraphs(&m.description) {
            self.para(p);
        }
        let services: Vec<String> = m
            .service_ids
            .iter()
            .filter_map(|id| self.ix.services.get(id).copied())
            .map(|s| self.service_name(s))
            .collect();
        if !services.is_empty() {
            self.rich(
                labelled(self.t(R::LabelServices), services.join(", ")),
                ParaKind::Body,
            );
        }
        let gains: Vec<String> = self
            .ix
            .gains_of
            .get(&m.id)
            .into_iter()
            .flatten()
            .map(|g| {
                let name = self.gain_title(g);
                format!("{name} ({})", lower_first(g.kind.label(self.lang)))
            })
            .collect();
        if !gains.is_empty() {
            self.rich(
                labelled(self.t(R::LabelGains), gains.join(", ")),
                ParaKind::Body,
            );
        }
        if m.digitalisation {
            let assessment = paragraphs(&m.special_assessment);
            if assessment.is_empty() {
                self.push(Block::Callout(Callout {
                    title: self.t(R::SpecialAssessment).to_owned(),
                    body: vec![vec![Span::italic(self.t(R::MissingAssessment))]],
                    warning: true,
                }));
            } else {
                self.push(Block::Callout(Callout {
                    title: self.t(R::SpecialAssessment).to_owned(),
                    body: assessment
                        .into_iter()
                        .map(|p| vec![Span::plain(p)])
                        .collect(),
                    warning: false,
                }));
            }
        }
    }
}
