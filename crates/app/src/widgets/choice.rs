//! Choosing values: enums by their translated names, entities by their names, and several
//! entities at once.

use egui::{ComboBox, Id, Response, ScrollArea, TextEdit, Ui};
use gevinst_core::i18n::{EditorText, Key, Label, Language};
use gevinst_core::model::Id as ModelId;

/// A drop-down over the values of an enum, named with [`Label`]. The response is marked
/// changed when the user picked another value.
pub fn enum_combo<T: Label + PartialEq>(
    ui: &mut Ui,
    id: Id,
    value: &mut T,
    all: &[T],
    lang: Language,
    label: Id,
) -> Response {
    choice_combo(ui, id, value, all, |v| v.label(lang).to_owned(), label)
}

/// A drop-down over `all`, each named by `text`. The response is marked changed when the
/// user picked another value.
pub fn choice_combo<T: PartialEq + Copy>(
    ui: &mut Ui,
    id: Id,
    value: &mut T,
    all: &[T],
    text: impl Fn(T) -> String,
    label: Id,
) -> Response {
    let mut changed = false;
    let mut response = ComboBox::from_id_salt(id)
        .selected_text(text(*value))
        .width(ui.available_width().clamp(120.0, 280.0))
        .show_ui(ui, |ui| {
            for &v in all {
                if ui.selectable_value(value, v, text(v)).clicked() {
                    changed = true;
                }
            }
        })
        .response
        .labelled_by(label);
    if changed {
        response.mark_changed();
    }
    response
}

/// Radio buttons side by side over the values of an enum (for short, frequently changed
/// choices such as a checklist answer). Returns the response of the chosen button (the one
/// a jump focuses), marked changed when the user picked another value.
pub fn enum_radio<T: Label + PartialEq>(
    ui: &mut Ui,
    value: &mut T,
    all: &[T],
    lang: Language,
) -> Response {
    let inner = ui.horizontal_wrapped(|ui| {
        let mut changed = false;
        let mut chosen: Option<Response> = None;
        for &v in all {
            let was = *value == v;
            let r = ui.radio_value(value, v, v.label(lang));
            if r.changed() {
                changed = true;
            }
            if was || chosen.is_none() {
                chosen = Some(r);
            }
        }
        (changed, chosen)
    });
    let (changed, chosen) = inner.inner;
    let mut response = chosen.unwrap_or(inner.response);
    if changed {
        response.mark_changed();
    }
    response
}

/// A drop-down choosing one entity (or none) from `options` (id and name, in display order).
/// With more than a screenful of options the list gets a filter box.
pub fn id_picker(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<ModelId>,
    options: &[(ModelId, String)],
    lang: Language,
    label: Id,
) -> Response {
    let none = EditorText::NoneChosen.text(lang);
    let current = value
        .and_then(|v| options.iter().find(|(id, _)| *id == v))
        .map_or(none, |(_, name)| name.as_str());
    let filter_id = id.with("filter");
    let mut changed = false;
    let mut response = ComboBox::from_id_salt(id)
        .selected_text(current)
        .width(ui.available_width().clamp(120.0, 320.0))
        .truncate()
        .show_ui(ui, |ui| {
            let mut filter: String = ui.data(|d| d.get_temp(filter_id)).unwrap_or_default();
            if options.len() > 15 {
                ui.add(
                    TextEdit::singleline(&mut filter)
                        .hint_text(EditorText::Search.text(lang))
                        .desired_width(f32::INFINITY),
                )
                .accessible_name(EditorText::Search.text(lang));
            }
            let needle = filter.to_lowercase();
            if ui.selectable_label(value.is_none(), none).clicked() {
                changed = value.is_some();
                *value = None;
            }
            let shown: Vec<&(ModelId, String)> = options
                .iter()
                .filter(|(_, name)| needle.is_empty() || name.to_lowercase().contains(&needle))
                .collect();
            let row_height = ui.spacing().interact_size.y;
            ScrollArea::vertical().max_height(300.0).show_rows(
                ui,
                row_height,
                shown.len(),
                |ui, range| {
                    for (oid, name) in &shown[range] {
                        if ui.selectable_label(*value == Some(*oid), name).clicked() {
                            changed = *value != Some(*oid);
                            *value = Some(*oid);
                        }
                    }
                },
            );
            ui.data_mut(|d| d.insert_temp(filter_id, filter));
        })
        .response
        .labelled_by(label);
    if changed {
        response.mark_changed();
    }
    response
}

/// A list of check boxes choosing any number of entities from `options`. Returns the
/// response of the first check box (of the list when there are none), marked changed when
/// the user ticked or unticked one.
pub fn multi_select(
    ui: &mut Ui,
    id: Id,
    chosen: &mut Vec<ModelId>,
    options: &[(ModelId, String)],
    lang: Language,
) -> Response {
    let frame = egui::Frame::group(ui.style());
    let inner = frame.show(ui, |ui| {
        let mut changed = false;
        let mut first: Option<Response> = None;
        if options.is_empty() {
            ui.label(EditorText::NoneChosen.text(lang));
        }
        ScrollArea::vertical()
            .id_salt(id)
            .max_height(160.0)
            .show(ui, |ui| {
                for (oid, name) in options {
                    let mut on = chosen.contains(oid);
                    let r = ui.checkbox(&mut on, name);
                    if r.changed() {
                        changed = true;
                        if on {
                            chosen.push(*oid);
                        } else {
                            chosen.retain(|c| c != oid);
                        }
                    }
                    first.get_or_insert(r);
                }
            });
        (changed, first)
    });
    let (changed, first) = inner.inner;
    // The first check box stands for the list (a jump focuses it).
    let mut response = first.unwrap_or(inner.response);
    if changed {
        response.mark_changed();
    }
    response
}
