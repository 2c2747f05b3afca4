//! The left navigation: the guided steps in order, each with a badge of its open findings, and
//! the project's overall progress.

use crate::i18n::{Key, Language, UiText};
use crate::ui::command::UiCommand;
use crate::ui::steps::Step;

/// Show the navigation; returns the command to go to a clicked step.
pub fn ui(ui: &mut egui::Ui, lang: Language, current: Step) -> Option<UiCommand> {
    let mut cmd = None;
    ui.heading(UiText::NavHeading.text(lang));
    for step in Step::ALL {
        if ui
            .selectable_label(step == current, step.title(lang))
            .clicked()
        {
            cmd = Some(UiCommand::ShowStep(step));
        }
    }
    cmd
}
