//! Step: priority areas. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the priority areas step.
#[derive(Debug, Default)]
pub struct PrioritiesStep {}

impl PrioritiesStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::PriorityAreas.title(ctx.lang));
    }
}
