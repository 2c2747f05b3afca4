//! Step: agency and report. (The ui-editors helper fills in the editor.)

use crate::ui::StepCtx;
use crate::ui::steps::Step;

/// State of the agency and report step.
#[derive(Debug, Default)]
pub struct AgencyStep {}

impl AgencyStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Agency.title(ctx.lang));
    }
}
