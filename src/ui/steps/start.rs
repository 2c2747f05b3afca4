//! The start page, shown when no project is open: New, Open, Open recent and the example.

use crate::i18n::{Key, Language, UiText};
use crate::ui::command::UiCommand;
use std::path::PathBuf;

/// Show the start page; returns the command the user chose.
pub fn ui(ui: &mut egui::Ui, lang: Language, recent: &[PathBuf]) -> Option<UiCommand> {
    let mut cmd = None;
    ui.heading(UiText::StartTitle.text(lang));
    ui.label(UiText::StartIntro.text(lang));
    for c in [UiCommand::New, UiCommand::Open, UiCommand::OpenExample] {
        if ui
            .button(c.text(lang))
            .on_hover_text(c.tooltip(lang))
            .clicked()
        {
            cmd = Some(c);
        }
    }
    ui.heading(UiText::StartRecent.text(lang));
    for path in recent {
        let c = UiCommand::OpenRecent(path.clone());
        if ui
            .link(c.text(lang))
            .on_hover_text(c.tooltip(lang))
            .clicked()
        {
            cmd = Some(c);
        }
    }
    cmd
}
