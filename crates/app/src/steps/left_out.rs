//! On a measures step of a project carried over from last year: the check box "Ta med i
//! årsrapporten" on a stopped measure. Stopped measures of earlier years stay out of the report
//! unless chosen (`gevinst_core::year::in_report`); ticking it is one undoable edit
//! ([`gevinst_core::edit::include_in_report`]).

use crate::steps::form::Form;
use crate::widgets::FormRow;
use egui::Ui;
use gevinst_core::edit;
use gevinst_core::i18n::{Key, YearText as Y};
use gevinst_core::model::{Measure, MeasureStatus, Project};

/// The row with the check box, for a stopped measure (or one left out of the report) of a
/// carried-over project; nothing for any other measure.
pub fn include_row(ui: &mut Ui, form: &mut Form<'_, '_>, m: &Measure, project: &Project) {
    let left_out = gevinst_core::year::left_out(project, m.id);
    if project.carried_over.is_none() || (m.status != MeasureStatus::Stopped && !left_out) {
        return;
    }
    let lang = form.lang();
    let enabled = form.enabled();
    let mut include = !left_out;
    let response = FormRow::new(Y::IncludeRow.text(lang)).show(ui, |ui, _| {
        let check = egui::Checkbox::new(&mut include, Y::IncludeInReport.text(lang));
        ui.add_enabled(enabled, check)
            .on_hover_text(Y::IncludeHelp.text(lang))
    });
    if response.changed()
        && let Some(e) = edit::include_in_report(project, m.id, include)
    {
        form.ctx().edit(e, None);
    }
}
