//! The import window's drawing: the wrong cells, then per sheet its mapping and its preview,
//! and the buttons.

use super::{Action, PREVIEW_ROWS, SheetsImport};
use crate::theme;
use crate::widgets::centred_window;
use egui::{Color32, ComboBox, RichText, Ui};
use gevinst_core::i18n::{Key, Language, SheetAppText as T, fill};
use gevinst_core::model::Project;
use gevinst_sheets::{Col, ListSheet};

/// The colour of a cell that cannot be read.
const WRONG: Color32 = Color32::from_rgb(0xb3, 0x26, 0x1e);

impl SheetsImport {
    /// Draw the window; returns what the user chose this frame.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        lang: Language,
    ) -> Option<Action> {
        let file = self
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let title = fill(T::WindowTitle.text(lang), &[("file", &file)]);
        let action = centred_window(
            ctx,
            (egui::Id::unique("gevinst-sheets-import"), title),
            egui::vec2(960.0, 640.0),
            None,
            |ui| {
                self.status_ui(ui, lang);
                ui.separator();
                egui::ScrollArea::vertical()
                    .max_height((ui.available_height() - 40.0).max(200.0))
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        for t in 0..self.workbook.tables.len() {
                            self.table_ui(ui, project, t, lang);
                        }
                    });
                ui.separator();
                self.buttons(ui, lang)
            },
        );
        self.scroll = false;
        action
    }

    /// The wrong cells (each line selects its row in the preview), or what will be imported.
    fn status_ui(&mut self, ui: &mut Ui, lang: Language) {
        let errors: Vec<(usize, usize, String)> = self
            .errors()
            .iter()
            .map(|e| (e.table, e.data_row, e.message(lang)))
            .collect();
        if !errors.is_empty() {
            let heading = T::Errors.fill(lang, &[("count", errors.len().into())]);
            ui.label(RichText::new(heading).strong().color(WRONG));
            ui.label(T::ErrorsHelp.text(lang));
            egui::ScrollArea::vertical()
                .id_salt("sheets-import-errors")
                .max_height(140.0)
                .show(ui, |ui| {
                    for (t, row, message) in errors {
                        let on = self.selected == Some((t, row));
                        if ui.selectable_label(on, message).clicked() {
                            self.select(t, row);
                        }
                    }
                });
        } else if !self.can_import() {
            ui.label(T::NothingToImport.text(lang));
        } else if let Some(o) = self.outcome() {
            let text = fill(
                T::Ready.text(lang),
                &[
                    ("new", &o.new.to_string()),
                    ("updated", &o.updated.to_string()),
                ],
            );
            ui.label(text);
        }
    }

    /// One table: which list it is read as, its columns' fields, unknown columns, preview.
    fn table_ui(&mut self, ui: &mut Ui, project: &Project, t: usize, lang: Language) {
        // Only what is shown is taken out of the table (a register may have thousands of rows).
        let (Some(table), Some(map)) = (self.workbook.tables.get(t), self.maps.get(t)) else {
            return;
        };
        let name = table.name.clone();
        let unknown: Vec<String> = map
            .unknown(table)
            .iter()
            .map(|h| format!("«{h}»"))
            .collect();
        let map_sheet = map.sheet;
        ui.add_space(8.0);
        ui.label(
            RichText::new(fill(T::SheetHeading.text(lang), &[("sheet", &name)]))
                .font(theme::bold(16.0)),
        );
        let sheet_name = |s: Option<ListSheet>| {
            s.map_or_else(
                || T::NotRead.text(lang).to_owned(),
                |s| s.name(lang).to_owned(),
            )
        };
        let mut sheet = map_sheet;
        ui.horizontal(|ui| {
            let label = ui.label(T::ReadAs.text(lang));
            ComboBox::from_id_salt(("sheets-import-sheet", t))
                .selected_text(sheet_name(sheet))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut sheet, None, sheet_name(None));
                    for s in ListSheet::IMPORTED {
                        ui.selectable_value(&mut sheet, Some(s), sheet_name(Some(s)));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if sheet != map_sheet {
            self.set_sheet(project, t, sheet);
            return;
        }
        let Some(list) = sheet else {
            return;
        };
        self.mapping_ui(ui, project, t, list, lang);
        if !unknown.is_empty() {
            ui.label(
                RichText::new(fill(
                    T::Unknown.text(lang),
                    &[("columns", &unknown.join(", "))],
                ))
                .weak(),
            );
        }
        self.preview_ui(ui, t, lang);
    }

    /// The sheet's columns beside Gevinst's fields, a choice per column.
    fn mapping_ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        t: usize,
        list: ListSheet,
        lang: Language,
    ) {
        let Some(table) = self.workbook.tables.get(t) else {
            return;
        };
        let headers = table.headers.clone();
        let fields = gevinst_sheets::fields(list);
        let field_name = |f: Option<Col>| {
            f.map_or_else(
                || T::Ignore.text(lang).to_owned(),
                |c| c.header(lang).to_owned(),
            )
        };
        let mut changed = None;
        egui::Grid::new(("sheets-import-mapping", t))
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                ui.label(RichText::new(T::ColumnInSheet.text(lang)).strong());
                ui.label(RichText::new(T::FieldInGevinst.text(lang)).strong());
                ui.end_row();
                for (c, header) in headers.iter().enumerate() {
                    let current = self
                        .maps
                        .get(t)
                        .and_then(|m| m.columns.get(c))
                        .copied()
                        .flatten();
                    let mut chosen = current;
                    let label = ui.label(header.as_str());
                    ComboBox::from_id_salt(("sheets-import-column", t, c))
                        .selected_text(field_name(chosen))
                        .width(260.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut chosen, None, field_name(None));
                            for f in &fields {
                                ui.selectable_value(&mut chosen, Some(*f), field_name(Some(*f)));
                            }
                        })
                        .response
                        .labelled_by(label.id)
                        .on_hover_text(fill(T::MapColumn.text(lang), &[("column", header)]));
                    ui.end_row();
                    if chosen != current {
                        changed = Some((c, chosen));
                    }
                }
            });
        if let Some((c, field)) = changed {
            self.set_column(project, t, c, field);
        }
    }

    /// The first rows (and a selected wrong cell's row) as they will be read.
    fn preview_ui(&mut self, ui: &mut Ui, t: usize, lang: Language) {
        let (Some(table), Some(map)) = (self.workbook.tables.get(t), self.maps.get(t)) else {
            return;
        };
        let mut rows: Vec<usize> = (0..PREVIEW_ROWS.min(table.rows.len())).collect();
        if let Some((st, r)) = self.selected
            && st == t
            && !rows.contains(&r)
        {
            rows.push(r);
        }
        let preview = gevinst_sheets::preview(table, map, rows, lang);
        let Some(first) = preview.first() else {
            return;
        };
        let wrong: Vec<(usize, String)> = self
            .errors()
            .iter()
            .filter(|e| e.table == t)
            .map(|e| (e.data_row, e.column.clone()))
            .collect();
        ui.add_space(4.0);
        ui.label(RichText::new(T::Preview.text(lang)).strong());
        let fields: Vec<Col> = first.cells.iter().map(|c| c.field).collect();
        let selected = self.selected;
        let scroll = self.scroll;
        egui::ScrollArea::horizontal()
            .id_salt(("sheets-import-preview", t))
            .show(ui, |ui| {
                egui::Grid::new(("sheets-import-preview-grid", t))
                    .striped(true)
                    .show(ui, |ui| {
                        ui.label(RichText::new(T::Row.text(lang)).strong());
                        for f in &fields {
                            ui.label(RichText::new(f.header(lang)).strong());
                        }
                        ui.end_row();
                        for row in &preview {
                            let on = selected == Some((t, row.data_row));
                            let mark = |text: RichText| {
                                if on {
                                    text.background_color(theme::colors::WARN_BG)
                                } else {
                                    text
                                }
                            };
                            let number = ui.label(mark(RichText::new(row.row.to_string())));
                            if on && scroll {
                                number.scroll_to_me(Some(egui::Align::Center));
                            }
                            for cell in &row.cells {
                                let header =
                                    table.headers.get(cell.column).cloned().unwrap_or_default();
                                let bad = wrong
                                    .iter()
                                    .any(|(r, h)| *r == row.data_row && *h == header);
                                let text = match &cell.value {
                                    Ok(v) if !bad => RichText::new(v),
                                    _ => {
                                        let raw = table
                                            .rows
                                            .get(row.data_row)
                                            .and_then(|r| r.get(cell.column))
                                            .map(gevinst_sheets::value::Raw::shown)
                                            .unwrap_or_default();
                                        RichText::new(raw).color(WRONG).strong()
                                    }
                                };
                                ui.label(mark(text));
                            }
                            ui.end_row();
                        }
                    });
            });
    }

    /// Importer (enabled only when every cell can be read), Les filen på nytt, Avbryt.
    fn buttons(&self, ui: &mut Ui, lang: Language) -> Option<Action> {
        let mut action = None;
        ui.horizontal(|ui| {
            let ok = self.can_import();
            let tip = if ok {
                T::ImportTip
            } else {
                T::ImportDisabledTip
            };
            let import = ui
                .add_enabled(ok, egui::Button::new(T::Import.text(lang)))
                .on_hover_text(tip.text(lang))
                .on_disabled_hover_text(tip.text(lang));
            if import.clicked() {
                action = Some(Action::Import);
            }
            if ui.button(T::Reload.text(lang)).clicked() {
                action = Some(Action::Reload);
            }
            if ui.button(T::Cancel.text(lang)).clicked() {
                action = Some(Action::Cancel);
            }
        });
        action
    }
}
