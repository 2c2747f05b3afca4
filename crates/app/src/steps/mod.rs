//! The guided steps, in the order the user works through them. Each step is a small type
//! with a `ui(&mut self, ui, ctx)` method; [`Steps`] holds the state of all of them.

pub mod agency;
pub mod checklist;
pub mod extraction;
pub mod form;
pub mod gains;
pub mod left_out;
pub mod list;
pub mod measures;
pub mod priorities;
pub mod report;
pub mod services;
pub mod start;
pub mod texts;

use gevinst_core::i18n::{Key, Language, UiText};
use gevinst_core::model::{EntityRef, Field, ItemKind, ReportField};

/// A step of the guided workflow, in order. (The start page is not a step: the shell shows it
/// when no project is open.)
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Step {
    /// The agency, the report (year, part, language) and the settings.
    #[default]
    Agency,
    /// Priority areas that gains are reallocated to.
    PriorityAreas,
    /// Effectivisation measures.
    Measures,
    /// Services and their *Digitalt førstevalg* assessment.
    Services,
    /// Gains with planned and realised values per year.
    Gains,
    /// Extraction of gains per year.
    Extraction,
    /// The circular's checklist.
    Checklist,
    /// The section's own texts (introduction, closing).
    Texts,
    /// Preview and export of the report.
    Report,
}

impl Step {
    /// Every step, in the order of the guide.
    pub const ALL: [Step; 9] = [
        Step::Agency,
        Step::PriorityAreas,
        Step::Measures,
        Step::Services,
        Step::Gains,
        Step::Extraction,
        Step::Checklist,
        Step::Texts,
        Step::Report,
    ];

    /// The step's name in the navigation and its heading.
    pub fn title(self, lang: Language) -> &'static str {
        let key = match self {
            Step::Agency => UiText::StepAgency,
            Step::PriorityAreas => UiText::StepPriorities,
            Step::Measures => UiText::StepMeasures,
            Step::Services => UiText::StepServices,
            Step::Gains => UiText::StepGains,
            Step::Extraction => UiText::StepExtraction,
            Step::Checklist => UiText::StepChecklist,
            Step::Texts => UiText::StepTexts,
            Step::Report => UiText::StepReport,
        };
        key.text(lang)
    }

    /// A short English name for scripts and file names: `agency`, `measures`, …
    pub fn slug(self) -> &'static str {
        match self {
            Step::Agency => "agency",
            Step::PriorityAreas => "priorities",
            Step::Measures => "measures",
            Step::Services => "services",
            Step::Gains => "gains",
            Step::Extraction => "extraction",
            Step::Checklist => "checklist",
            Step::Texts => "texts",
            Step::Report => "report",
        }
    }

    /// The step with this [`Step::slug`].
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Position in the guide, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one (the last stays).
    pub fn next(self) -> Step {
        Step::ALL[(self.index() + 1).min(Step::ALL.len() - 1)]
    }

    /// The step before this one (the first stays).
    pub fn prev(self) -> Step {
        Step::ALL[self.index().saturating_sub(1)]
    }

    /// The step where an entity (and one of its fields) is edited.
    pub fn of(entity: EntityRef, field: Option<Field>) -> Step {
        match entity {
            EntityRef::Agency | EntityRef::Settings => Step::Agency,
            EntityRef::Report => match field {
                Some(Field::Report(ReportField::Introduction | ReportField::Closing)) => {
                    Step::Texts
                }
                Some(Field::Report(ReportField::Measures)) => Step::Measures,
                _ => Step::Agency,
            },
            EntityRef::PriorityArea(_) => Step::of_list(ItemKind::PriorityArea),
            EntityRef::Measure(_) => Step::of_list(ItemKind::Measure),
            EntityRef::Service(_) => Step::of_list(ItemKind::Service),
            EntityRef::Gain(_) => Step::of_list(ItemKind::Gain),
            EntityRef::Extraction(_) => Step::of_list(ItemKind::Extraction),
            EntityRef::Checklist(_) => Step::Checklist,
            EntityRef::OwnPoint(_) => Step::of_list(ItemKind::OwnPoint),
        }
    }

    /// The step that shows a list of the project.
    pub fn of_list(kind: ItemKind) -> Step {
        match kind {
            ItemKind::PriorityArea => Step::PriorityAreas,
            ItemKind::Measure => Step::Measures,
            ItemKind::Service => Step::Services,
            ItemKind::Gain => Step::Gains,
            ItemKind::Extraction => Step::Extraction,
            ItemKind::OwnPoint => Step::Checklist,
        }
    }
}

/// The state of every step (selection, search text, sort order, zoom, …), kept while the user
/// moves between steps.
#[derive(Default)]
pub struct Steps {
    /// Agency and report.
    pub agency: agency::AgencyStep,
    /// Priority areas.
    pub priorities: priorities::PrioritiesStep,
    /// Measures.
    pub measures: measures::MeasuresStep,
    /// Services.
    pub services: services::ServicesStep,
    /// Gains.
    pub gains: gains::GainsStep,
    /// Extraction.
    pub extraction: extraction::ExtractionStep,
    /// Checklist.
    pub checklist: checklist::ChecklistStep,
    /// Texts.
    pub texts: texts::TextsStep,
    /// Report preview and export.
    pub report: report::ReportStep,
}

impl Steps {
    /// The entity selected in a step's list (`None` for steps without a list).
    pub fn selected(&self, step: Step) -> Option<EntityRef> {
        match step {
            Step::PriorityAreas => self.priorities.selected().map(EntityRef::PriorityArea),
            Step::Measures => self.measures.selected().map(EntityRef::Measure),
            Step::Services => self.services.selected().map(EntityRef::Service),
            Step::Gains => self.gains.selected().map(EntityRef::Gain),
            Step::Extraction => self.extraction.selected().map(EntityRef::Extraction),
            Step::Agency | Step::Checklist | Step::Texts | Step::Report => None,
        }
    }

    /// Show one step.
    pub fn ui(&mut self, step: Step, ui: &mut egui::Ui, ctx: &mut crate::StepCtx<'_>) {
        match step {
            Step::Agency => self.agency.ui(ui, ctx),
            Step::PriorityAreas => self.priorities.ui(ui, ctx),
            Step::Measures => self.measures.ui(ui, ctx),
            Step::Services => self.services.ui(ui, ctx),
            Step::Gains => self.gains.ui(ui, ctx),
            Step::Extraction => self.extraction.ui(ui, ctx),
            Step::Checklist => self.checklist.ui(ui, ctx),
            Step::Texts => self.texts.ui(ui, ctx),
            Step::Report => self.report.ui(ui, ctx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::{ChecklistField, ChecklistPoint, Id};

    #[test]
    fn steps_are_in_order_and_wrap_at_the_ends() {
        assert_eq!(Step::Agency.prev(), Step::Agency);
        assert_eq!(Step::Report.next(), Step::Report);
        for pair in Step::ALL.windows(2) {
            assert_eq!(pair[0].next(), pair[1]);
            assert_eq!(pair[1].prev(), pair[0]);
        }
    }

    #[test]
    fn slugs_round_trip() {
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("nope"), None);
    }

    #[test]
    fn entities_map_to_their_step() {
        assert_eq!(
            Step::of(EntityRef::Measure(Id::from_u128(1)), None),
            Step::Measures
        );
        let report = |field: ReportField| Step::of(EntityRef::Report, Some(field.into()));
        assert_eq!(report(ReportField::Introduction), Step::Texts);
        assert_eq!(report(ReportField::Closing), Step::Texts);
        assert_eq!(report(ReportField::Year), Step::Agency);
        assert_eq!(report(ReportField::Measures), Step::Measures);
        assert_eq!(Step::of(EntityRef::Report, None), Step::Agency);
        assert_eq!(
            Step::of(
                EntityRef::Checklist(ChecklistPoint::P1_10),
                Some(ChecklistField::Justification.into())
            ),
            Step::Checklist
        );
    }
}
