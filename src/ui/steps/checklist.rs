//! Step: checklist. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the checklist step.
#[derive(Debug, Default)]
pub struct ChecklistStep {}

impl ChecklistStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Checklist.title(ctx.lang));
    }
}
