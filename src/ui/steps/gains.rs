//! Step: gains. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the gains step.
#[derive(Debug, Default)]
pub struct GainsStep {}

impl GainsStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Gains.title(ctx.lang));
    }
}
