//! Step: services (Digitalt førstevalg). (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the services (Digitalt førstevalg) step.
#[derive(Debug, Default)]
pub struct ServicesStep {}

impl ServicesStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Services.title(ctx.lang));
    }
}
