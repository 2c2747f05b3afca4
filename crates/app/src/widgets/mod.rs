//! The input widgets the editing steps are built from: typed number, money, year and date
//! fields, enum and entity pickers, text areas, the list table, the help box and the centred
//! window of the compare, merge and import windows.
//!
//! Widgets know nothing of the app frame: they edit a value in place and report what happened.
//! Every input takes the id of a visible label (`labelled_by`) so that AccessKit, screen readers
//! and the tests find it by its label.

mod choice;
mod date;
mod help;
mod icons;
mod input;
mod list;
mod text;
mod window;

pub use choice::{choice_combo, enum_combo, enum_radio, id_picker, multi_select};
pub use date::date_field;
pub use help::help_box;
pub use icons::{calendar_button, severity_badge, sort_arrow};
pub use input::{
    CountInput, DecimalInput, InputKind, InputOutput, InputValue, MoneyInput, SmallCountInput,
    TypedField, YearInput,
};
pub use list::{ListAction, ListColumn, ListOutput, ListState, ListTable};
pub use text::{text_area, text_line};
pub use window::centred_window;

use egui::{Align, Color32, Id, Response, RichText, Stroke, Ui};
use gevinst_core::i18n::{Language, Message};
use gevinst_core::model::{EntityRef, Field};
use gevinst_core::validate::{Finding, Severity};

/// A message shown under an input: a finding about the field, or why typed text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// How serious.
    pub severity: Severity,
    /// The sentence, in the UI language.
    pub text: String,
}

impl Notice {
    /// The notices for a set of findings.
    pub fn from_findings<'a>(
        findings: impl IntoIterator<Item = &'a Finding>,
        lang: Language,
    ) -> Vec<Notice> {
        findings
            .into_iter()
            .map(|f| Notice {
                severity: f.severity,
                text: f.message(lang),
            })
            .collect()
    }
}

/// The stable id of the input for one field of one entity, so that a jump from the findings
/// panel can focus it and tests can address it. The inputs of a table field (a gain's years)
/// derive theirs from it with [`Id::with`].
pub fn field_id(entity: EntityRef, field: Field) -> Id {
    Id::unique(("gevinst-field", entity, field))
}

/// The colour for a severity in the current theme.
pub fn severity_color(ui: &Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::Error => ui.visuals().error_fg_color,
        Severity::Warning => ui.visuals().warn_fg_color,
        Severity::Hint => ui.visuals().weak_text_color(),
    }
}

/// Shows notices one under the other, each with its badge, wrapped to the available width.
pub fn show_notices(ui: &mut Ui, notices: &[Notice]) {
    for notice in notices {
        let color = severity_color(ui, notice.severity);
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            severity_badge(ui, notice.severity);
            ui.add(egui::Label::new(RichText::new(&notice.text).color(color)).wrap());
        });
    }
}

/// Runs `add` with the widget visuals changed so that inputs drawn inside are outlined in
/// the colour of `severity` (when given) and tinted: the "this field needs attention" look.
pub fn highlighted<R>(
    ui: &mut Ui,
    severity: Option<Severity>,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    match severity {
        None => add(ui),
        Some(severity) => {
            ui.scope(|ui| {
                let color = severity_color(ui, severity);
                let stroke = Stroke::new(1.5, color);
                let visuals = ui.visuals_mut();
                visuals.widgets.inactive.bg_stroke = stroke;
                visuals.widgets.hovered.bg_stroke = stroke;
                visuals.widgets.noninteractive.bg_stroke = stroke;
                let base = visuals.text_edit_bg_color();
                visuals.text_edit_bg_color = Some(base.lerp_to_gamma(color, 0.08));
                add(ui)
            })
            .inner
        }
    }
}

/// The most serious severity among notices.
pub fn worst(notices: &[Notice]) -> Option<Severity> {
    notices.iter().map(|n| n.severity).min()
}

/// The widest a form row's label gets before it wraps.
const LABEL_WIDTH: f32 = 190.0;

/// One row of a two-column form (an `egui::Grid`).
pub struct FormRow<'a> {
    /// The label in the left column.
    pub label: &'a str,
    /// Findings about the field, shown under the input, which is then highlighted.
    pub notices: &'a [Notice],
    /// Give the input keyboard focus and scroll it into view (after a jump to the field).
    pub focus: bool,
}

impl<'a> FormRow<'a> {
    /// A row with a label and nothing else.
    pub fn new(label: &'a str) -> Self {
        FormRow {
            label,
            notices: &[],
            focus: false,
        }
    }

    /// With notices under the input.
    pub fn notices(mut self, notices: &'a [Notice]) -> Self {
        self.notices = notices;
        self
    }

    /// With the input focused and scrolled to.
    pub fn focus(mut self, focus: bool) -> Self {
        self.focus = focus;
        self
    }

    /// Shows the row: the label, then the input built by `add` (which gets the label's id for
    /// `labelled_by`), highlighted when there are notices, with the notices under it.
    /// Returns the input's response.
    pub fn show(self, ui: &mut Ui, add: impl FnOnce(&mut Ui, Id) -> Response) -> Response {
        // Long labels wrap, so the inputs keep their room in a narrow detail pane.
        let label = ui
            .scope(|ui| {
                ui.set_max_width(LABEL_WIDTH);
                ui.add(egui::Label::new(self.label).selectable(false).wrap())
            })
            .inner;
        let response = ui
            .vertical(|ui| {
                let response = highlighted(ui, worst(self.notices), |ui| add(ui, label.id));
                show_notices(ui, self.notices);
                response
            })
            .inner;
        if self.focus {
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
        }
        ui.end_row();
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::{Id as ModelId, MeasureField};

    #[test]
    fn field_ids_differ_by_entity_and_field() {
        let a = EntityRef::Measure(ModelId::from_u128(1));
        let b = EntityRef::Measure(ModelId::from_u128(2));
        let title = MeasureField::Title.into();
        assert_ne!(field_id(a, title), field_id(b, title));
        assert_ne!(
            field_id(a, title),
            field_id(a, MeasureField::Description.into())
        );
        assert_eq!(field_id(a, title), field_id(a, title));
    }

    #[test]
    fn worst_severity_wins() {
        let n = |severity| Notice {
            severity,
            text: String::new(),
        };
        assert_eq!(worst(&[]), None);
        assert_eq!(
            worst(&[n(Severity::Hint), n(Severity::Error), n(Severity::Warning)]),
            Some(Severity::Error)
        );
    }
}
