//! What frames the steps: the window title, the menu bar, the banners about the file's
//! version, the status bar, and the notice shown while a file is dragged over the window.

use super::GevinstApp;
use crate::command::UiCommand;
use crate::steps::Step;
use crate::{findings, nav, theme};
use egui::{RichText, Ui, ViewportCommand};
use gevinst_core::i18n::{Key, Language, UiText, fill};

impl GevinstApp {
    /// Tell the window its title (from the open project) when it changed.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let title = match &self.doc {
            Some(doc) => doc.window_title(lang),
            None => UiText::TitleNoProject.text(lang).to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// A menu entry for a command, with its own text.
    pub(super) fn menu_item(&mut self, ui: &mut Ui, cmd: UiCommand, enabled: bool) {
        let text = cmd.text(self.lang());
        self.menu_item_text(ui, cmd, text, enabled);
    }

    /// A menu entry for a command with the given text, its shortcut and its tooltip.
    pub(super) fn menu_item_text(
        &mut self,
        ui: &mut Ui,
        cmd: UiCommand,
        text: String,
        enabled: bool,
    ) {
        let lang = self.lang();
        let mut button = egui::Button::new(text);
        if let Some(s) = cmd.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(s);
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(cmd.tooltip(lang))
            .clicked()
        {
            self.queue.push_back(cmd);
        }
    }

    /// The menu bar: File, Edit, View, Help.
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let has_doc = self.doc.is_some();
        let writable = self.doc.as_ref().is_some_and(|d| !d.read_only());
        let can_undo = self
            .doc
            .as_ref()
            .is_some_and(|d| d.history.next_undo().is_some());
        let can_redo = self
            .doc
            .as_ref()
            .is_some_and(|d| d.history.next_redo().is_some());
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(UiText::MenuFile.text(lang), |ui| {
                self.menu_item(ui, UiCommand::New, true);
                self.menu_item(ui, UiCommand::Open, true);
                ui.menu_button(UiText::MenuRecent.text(lang), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(RichText::new(UiText::NoRecentFiles.text(lang)).weak());
                    }
                    for path in self.settings.recent.clone() {
                        self.menu_item(ui, UiCommand::OpenRecent(path), true);
                    }
                });
                self.menu_item(ui, UiCommand::OpenExample, true);
                ui.separator();
                self.menu_item(ui, UiCommand::Save, writable);
                self.menu_item(ui, UiCommand::SaveAs, has_doc);
                self.next_year_menu_item(ui, has_doc);
                self.together_menu_items(ui, has_doc, writable);
                ui.separator();
                self.menu_item(ui, UiCommand::ExportPdf, has_doc && self.export.is_none());
                self.menu_item(ui, UiCommand::ExportDocx, has_doc && self.export.is_none());
                self.sheets_menu_items(ui, has_doc);
                ui.separator();
                self.menu_item(ui, UiCommand::Close, has_doc);
                self.menu_item(ui, UiCommand::Quit, true);
            });
            ui.menu_button(UiText::MenuEdit.text(lang), |ui| {
                let undo = self.undo_text();
                self.menu_item_text(ui, UiCommand::Undo, undo, can_undo);
                let redo = self.redo_text();
                self.menu_item_text(ui, UiCommand::Redo, redo, can_redo);
                ui.separator();
                self.menu_item(ui, UiCommand::Find, has_doc);
            });
            ui.menu_button(UiText::MenuView.text(lang), |ui| {
                let mut show = self.settings.show_findings;
                if ui
                    .checkbox(&mut show, UiCommand::ToggleFindings.text(lang))
                    .on_hover_text(UiCommand::ToggleFindings.tooltip(lang))
                    .clicked()
                {
                    self.queue.push_back(UiCommand::ToggleFindings);
                }
                ui.separator();
                ui.menu_button(UiText::MenuGoTo.text(lang), |ui| {
                    for step in Step::ALL {
                        self.menu_item(ui, UiCommand::ShowStep(step), has_doc);
                    }
                });
                self.menu_item(ui, UiCommand::PrevStep, has_doc);
                self.menu_item(ui, UiCommand::NextStep, has_doc);
                ui.separator();
                ui.menu_button(UiText::MenuLanguage.text(lang), |ui| {
                    for l in Language::ALL {
                        let mut button = egui::Button::selectable(l == lang, l.native_name());
                        button = button.min_size(egui::vec2(140.0, 0.0));
                        let cmd = UiCommand::SetLanguage(l);
                        if ui.add(button).on_hover_text(cmd.tooltip(lang)).clicked() {
                            self.queue.push_back(cmd);
                        }
                    }
                });
            });
            ui.menu_button(UiText::MenuHelp.text(lang), |ui| {
                self.menu_item(ui, UiCommand::About, true);
            });
        });
    }

    /// A full-width coloured band with a text.
    pub(super) fn banner(ui: &mut Ui, text: &str, bg: egui::Color32, fg: egui::Color32) {
        egui::Frame::new()
            .fill(bg)
            .inner_margin(egui::Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(text).color(fg));
            });
    }

    /// The band about a file open elsewhere or from a newer version (read-only), or an older one
    /// (migrated).
    pub(super) fn banners(&self, ui: &mut Ui) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if let Some(holder) = &doc.locked_by {
            let text = fill(
                UiText::LockedBanner.text(lang),
                &[
                    ("user", &crate::prompts::holder_name(holder, lang)),
                    ("machine", &holder.machine),
                    ("time", &crate::prompts::local_time(holder.since, lang)),
                ],
            );
            Self::banner(ui, &text, theme::colors::WARN_BG, theme::colors::WARN_FG);
        } else if let Some(newer) = &doc.newer {
            let mut text = fill(
                UiText::ReadOnlyBanner.text(lang),
                &[
                    ("found", &newer.found.to_string()),
                    (
                        "supported",
                        &gevinst_core::model::SCHEMA_VERSION.to_string(),
                    ),
                ],
            );
            if !newer.dropped.is_empty() {
                text.push('\n');
                text.push_str(&fill(
                    UiText::ReadOnlyDropped.text(lang),
                    &[("fields", &newer.dropped.join(", "))],
                ));
            }
            Self::banner(ui, &text, theme::colors::WARN_BG, theme::colors::WARN_FG);
        } else if let Some(from) = doc.migrated_from {
            let text = fill(
                UiText::MigratedBanner.text(lang),
                &[("from", &from.to_string())],
            );
            Self::banner(ui, &text, theme::colors::INFO_BG, theme::colors::INFO_FG);
        }
    }

    /// The status bar: the export's progress, the file being opened or saved, or the last message (for ten seconds), and the file's
    /// path.
    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let now = ui.input(|i| i.time);
        if let Some((_, since)) = &mut self.status
            && since.is_nan()
        {
            *since = now;
        }
        if self
            .status
            .as_ref()
            .is_some_and(|(_, since)| now - since > 10.0)
        {
            self.status = None;
        }
        ui.horizontal(|ui| {
            if let Some(job) = &self.export {
                let percent = gevinst_core::format::percent(
                    rust_decimal::Decimal::from((job.progress() * 100.0).round() as i64),
                    0,
                    lang,
                );
                ui.add(egui::Spinner::new());
                let exporting = if super::word::is_docx(job.path()) {
                    gevinst_core::i18n::DocxText::StatusExporting.text(lang)
                } else {
                    UiText::StatusExporting.text(lang)
                };
                ui.label(fill(exporting, &[("percent", &percent)]));
                ui.add(egui::ProgressBar::new(job.progress()).desired_width(160.0));
                ui.label(RichText::new(job.stage()).weak());
            } else if let Some(busy) = self.busy() {
                let (key, path) = match busy {
                    super::Busy::Opening(p) => (UiText::StatusOpening, p),
                    super::Busy::Saving(p) => (UiText::StatusSaving, p),
                };
                ui.add(egui::Spinner::new());
                ui.label(fill(
                    key.text(lang),
                    &[("path", &path.display().to_string())],
                ));
            } else if let Some((message, _)) = &self.status {
                ui.label(message);
            }
            if let Some(path) = self.doc.as_ref().and_then(|d| d.path.as_ref()) {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(path.display().to_string()).weak().small());
                });
            }
        });
        if self.status.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    /// The panels around the step: menu bar, banners, status bar, navigation and findings.
    pub(super) fn panels(&mut self, ui: &mut Ui) {
        egui::Panel::top("gevinst-menu").show(ui, |ui| self.menu_bar(ui));
        if self
            .doc
            .as_ref()
            .is_some_and(|d| d.read_only() || d.migrated_from.is_some())
        {
            egui::Panel::top("gevinst-banner")
                .frame(egui::Frame::NONE)
                .show(ui, |ui| self.banners(ui));
        }
        if self.has_carried() {
            egui::Panel::top("gevinst-carried")
                .frame(egui::Frame::NONE)
                .show(ui, |ui| self.carried_panel(ui));
        }
        egui::Panel::bottom("gevinst-status")
            .exact_size(28.0)
            .show(ui, |ui| self.status_bar(ui));
        let lang = self.lang();
        if let Some(doc) = &self.doc {
            egui::Panel::left("gevinst-nav")
                .resizable(false)
                .exact_size(256.0)
                .show(ui, |ui| {
                    if let Some(cmd) = nav::ui(ui, lang, self.step, &self.findings) {
                        self.queue.push_back(cmd);
                    }
                });
            if self.settings.show_findings {
                egui::Panel::right("gevinst-findings")
                    .resizable(true)
                    .default_size(280.0)
                    .size_range(220.0..=560.0)
                    .show(ui, |ui| {
                        if let Some(cmd) = findings::ui(ui, &doc.project, &self.findings, lang) {
                            self.queue.push_back(cmd);
                        }
                    });
            }
        }
    }

    /// Over everything while a file is dragged over the window: what dropping it does.
    pub(super) fn drop_notice(&self, ctx: &egui::Context) {
        let lang = self.lang();
        // A file dragged over the window: say what dropping it does.
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            let screen = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("gevinst-drop"),
            ));
            painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(140));
            painter.text(
                screen.center(),
                egui::Align2::CENTER_CENTER,
                UiText::DropToOpen.text(lang),
                theme::bold(24.0),
                egui::Color32::WHITE,
            );
        }
    }
}
