//! The start page, shown when no project is open: New, Open, Open recent and the example.

use crate::command::UiCommand;
use egui::{RichText, Ui};
use gevinst_core::i18n::{Key, Language, UiText};
use std::path::PathBuf;

/// Show the start page; returns the command the user chose.
pub fn ui(ui: &mut Ui, lang: Language, recent: &[PathBuf]) -> Option<UiCommand> {
    let mut cmd = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(32.0);
        ui.vertical(|ui| {
            ui.set_max_width(640.0);
            ui.label(
                RichText::new(UiText::StartTitle.text(lang))
                    .heading()
                    .size(26.0),
            );
            ui.add_space(8.0);
            ui.label(UiText::StartIntro.text(lang));
            ui.add_space(20.0);
            for c in [UiCommand::New, UiCommand::Open, UiCommand::OpenExample] {
                let mut button = egui::Button::new(RichText::new(c.text(lang)).size(15.5))
                    .min_size(egui::vec2(300.0, 34.0));
                if let Some(s) = c.shortcut_text(ui.ctx()) {
                    button = button.shortcut_text(RichText::new(s).weak());
                }
                if ui.add(button).on_hover_text(c.tooltip(lang)).clicked() {
                    cmd = Some(c);
                }
                ui.add_space(2.0);
            }
            ui.add_space(24.0);
            ui.label(
                RichText::new(UiText::StartRecent.text(lang))
                    .strong()
                    .size(16.0),
            );
            ui.add_space(4.0);
            if recent.is_empty() {
                ui.label(RichText::new(UiText::NoRecentFiles.text(lang)).weak());
            }
            for path in recent {
                let c = UiCommand::OpenRecent(path.clone());
                ui.horizontal(|ui| {
                    if ui
                        .link(c.text(lang))
                        .on_hover_text(c.tooltip(lang))
                        .clicked()
                    {
                        cmd = Some(c.clone());
                    }
                    let folder = path
                        .parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default();
                    let note = if path.exists() {
                        folder
                    } else {
                        format!("{folder} ({})", UiText::StartRecentMissing.text(lang))
                    };
                    ui.label(RichText::new(note).weak().small());
                });
            }
            ui.add_space(24.0);
            ui.label(RichText::new(UiText::StartDropHint.text(lang)).weak());
        });
    });
    cmd
}
