//! The yearly cycle in the app: "Ny årsrapport basert på denne…" in the File menu writes next
//! year's project to a new file and opens it; a band above the step lists what was carried
//! over from last year, each with a button that confirms it for this year (one undoable edit),
//! and last year's key figures. The report preview shows "I fjor" beside the key figures.

use super::GevinstApp;
use crate::command::UiCommand;
use crate::dialogs::{DialogKind, with_extension};
use crate::theme;
use egui::{RichText, Ui};
use gevinst_core::edit;
use gevinst_core::i18n::{Key, Label, YearText as Y, fill};
use gevinst_core::model::{Carried, Project};
use std::path::Path;

/// The carried items still to confirm, with the text that names each.
fn open_items(p: &Project, lang: gevinst_core::i18n::Language) -> Vec<(Carried, String)> {
    let Some(c) = &p.carried_over else {
        return Vec::new();
    };
    let measures = c.measures.iter().filter_map(|&id| p.measure(id)).map(|m| {
        let text = fill(
            Y::CarriedMeasure.text(lang),
            &[("title", &m.title), ("status", m.status.label(lang))],
        );
        (Carried::Measure(m.id), text)
    });
    let points = c
        .checklist
        .iter()
        .filter_map(|&pt| p.checklist_item(pt))
        .map(|i| {
            let text = fill(
                Y::CarriedPoint.text(lang),
                &[
                    ("point", i.point.number()),
                    ("status", i.status.label(lang)),
                ],
            );
            (Carried::Checklist(i.point), text)
        });
    let own = c
        .own_points
        .iter()
        .filter_map(|&id| p.own_point(id))
        .map(|o| {
            let text = fill(
                Y::CarriedMeasure.text(lang),
                &[("title", &o.title), ("status", o.status.label(lang))],
            );
            (Carried::OwnPoint(o.id), text)
        });
    measures.chain(points).chain(own).collect()
}

impl GevinstApp {
    /// The File menu's "Ny årsrapport basert på denne…".
    pub(super) fn next_year_menu_item(&mut self, ui: &mut Ui, enabled: bool) {
        let lang = self.lang();
        if ui
            .add_enabled(enabled, egui::Button::new(Y::MenuNextYear.text(lang)))
            .clicked()
        {
            self.make_next_year();
        }
    }

    /// Ask for a new file, write next year's project there (atomically, like a save) and open
    /// it; the open project is left as it is.
    pub(super) fn make_next_year(&mut self) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let project = doc.project.clone();
        let folder = doc.folder().map(Path::to_path_buf);
        let current = doc.path.clone();
        let year = project.report.year.saturating_add(1).to_string();
        let name = doc
            .suggested_file_name()
            .replace(&project.report.year.to_string(), &year);
        let Some(path) = self.ask(DialogKind::SaveProject, folder.as_deref(), &name) else {
            return;
        };
        let path = with_extension(path, ".gevinst.json");
        if current.is_some_and(|c| super::files::same_file(&c, &path)) {
            let file = path.display().to_string();
            self.error(fill(Y::SameFile.text(lang), &[("file", &file)]));
            return;
        }
        let written = gevinst_core::year::next_year(&project)
            .map_err(|_| Y::Overflow.text(lang).to_owned())
            .and_then(|next| gevinst_core::io::save(&next, &path).map_err(|e| e.message(lang)));
        match written {
            Ok(()) => {
                let file = path.display().to_string();
                self.say(fill(
                    Y::Written.text(lang),
                    &[("year", &year), ("file", &file)],
                ));
                self.send(UiCommand::OpenFile(path));
            }
            Err(error) => self.error(fill(
                Y::Failed.text(lang),
                &[("year", &year), ("error", &error)],
            )),
        }
    }

    /// True when the open project has carried items to confirm.
    pub(super) fn has_carried(&self) -> bool {
        self.doc.as_ref().is_some_and(|d| {
            d.project
                .carried_over
                .as_ref()
                .is_some_and(|c| !c.is_confirmed())
        })
    }

    /// The band of what was carried over from last year, each item with its confirm button.
    pub(super) fn carried_panel(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let p = &doc.project;
        let Some(carried) = &p.carried_over else {
            return;
        };
        let year = p.report.year.to_string();
        let from = carried.from_year.to_string();
        let items = open_items(p, lang);
        let mut edits = Vec::new();
        egui::Frame::new()
            .fill(theme::colors::INFO_BG)
            .inner_margin(egui::Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(fill(Y::PanelTitle.text(lang), &[("from_year", &from)]))
                        .strong()
                        .color(theme::colors::INFO_FG),
                );
                ui.label(
                    RichText::new(fill(
                        Y::PanelIntro.text(lang),
                        &[("from_year", &from), ("year", &year)],
                    ))
                    .color(theme::colors::INFO_FG),
                );
                let confirm = fill(Y::ConfirmFor.text(lang), &[("year", &year)]);
                egui::ScrollArea::vertical()
                    .max_height(140.0)
                    .show(ui, |ui| {
                        for (item, text) in &items {
                            ui.horizontal(|ui| {
                                let button = ui.button(&confirm).on_hover_text(text.as_str());
                                if button.clicked() {
                                    edits.extend(edit::confirm(p, *item));
                                }
                                ui.label(text.as_str());
                            });
                        }
                    });
                let all = fill(Y::ConfirmAll.text(lang), &[("year", &year)]);
                if ui.button(all).clicked() {
                    edits.extend(edit::confirm_all(p));
                }
            });
        for e in edits {
            self.apply_edit(e, None);
        }
    }
}
