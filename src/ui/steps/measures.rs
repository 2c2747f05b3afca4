//! Step: measures. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the measures step.
#[derive(Debug, Default)]
pub struct MeasuresStep {}

impl MeasuresStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Measures.title(ctx.lang));
    }
}
