//! Step: the report — a preview of the pages and Export PDF.

use crate::ui::StepCtx;
use crate::ui::command::UiCommand;
use crate::ui::steps::Step;

/// State of the report step.
#[derive(Debug, Default)]
pub struct ReportStep {}

impl ReportStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
        ui.heading(Step::Report.title(ctx.lang));
        if ui.button(UiCommand::ExportPdf.text(ctx.lang)).clicked() {
            ctx.send(UiCommand::ExportPdf);
        }
    }
}
