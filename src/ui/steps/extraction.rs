//! Step: extraction. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the extraction step.
#[derive(Debug, Default)]
pub struct ExtractionStep {}

impl ExtractionStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Extraction.title(ctx.lang));
    }
}
