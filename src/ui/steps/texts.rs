//! Step: texts. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the texts step.
#[derive(Debug, Default)]
pub struct TextsStep {}

impl TextsStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Texts.title(ctx.lang));
    }
}
