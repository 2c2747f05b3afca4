//! Free text: single lines (names, titles) and multi-line areas (descriptions, assessments).

use egui::{Id, Response, TextEdit, Ui};

/// A single-line text field filling the available width (up to 520 points). An optional
/// `hint` shows while it is empty.
pub fn text_line(
    ui: &mut Ui,
    id: Id,
    text: &mut String,
    label: Id,
    enabled: bool,
    hint: Option<&str>,
) -> Response {
    let width = ui.available_width().min(520.0);
    let mut edit = TextEdit::singleline(text).id(id).desired_width(width);
    if let Some(hint) = hint {
        edit = edit.hint_text(hint.to_owned());
    }
    ui.add_enabled(enabled, edit).labelled_by(label)
}

/// A multi-line text area filling the available width, `rows` lines high, that grows with
/// its text. An optional `hint` shows while it is empty.
pub fn text_area(
    ui: &mut Ui,
    id: Id,
    text: &mut String,
    label: Id,
    enabled: bool,
    rows: usize,
    hint: Option<&str>,
) -> Response {
    let mut edit = TextEdit::multiline(text)
        .id(id)
        .desired_rows(rows)
        .desired_width(ui.available_width().min(720.0));
    if let Some(hint) = hint {
        edit = edit.hint_text(hint.to_owned());
    }
    ui.add_enabled(enabled, edit).labelled_by(label)
}
