//! Date fields: typed as `dd.mm.åååå`, or picked from a small calendar in the UI language.

use super::input::{InputKind, InputOutput, TypedField};
use super::{calendar_button, show_notices};
use chrono::{Datelike, Months, NaiveDate};
use egui::{Button, Id, PopupCloseBehavior, RichText, Ui};
use gevinst_core::format::{self, InputError};
use gevinst_core::i18n::{EditorText, Key, Language};

/// Dates, typed as `30.06.2026` (also `30.6.2026`, `2026-06-30`).
#[derive(Debug, Clone, Copy, Default)]
pub struct DateInput;

impl InputKind for DateInput {
    type Value = NaiveDate;

    fn parse(&self, text: &str, _lang: Language) -> Result<NaiveDate, InputError> {
        format::parse_date(text)
    }

    fn edit_text(&self, value: &NaiveDate, _lang: Language) -> String {
        format::date_input(*value)
    }

    fn show_text(&self, value: &NaiveDate, lang: Language) -> String {
        format::date(*value, lang)
    }

    fn width(&self) -> f32 {
        110.0
    }
}

/// The month the calendar shows, remembered while it is open.
#[derive(Debug, Clone, Copy)]
struct ShownMonth(NaiveDate);

/// A date field with a calendar button beside it. `today` marks the current day and is where
/// an empty field's calendar opens. Returns what the text field did; `changed` is also true
/// when a day was picked in the calendar.
pub fn date_field(
    ui: &mut Ui,
    id: Id,
    value: &mut Option<NaiveDate>,
    lang: Language,
    label: Id,
    enabled: bool,
    today: NaiveDate,
) -> InputOutput {
    let mut out = ui
        .horizontal(|ui| {
            let mut out = TypedField::new(DateInput, id, lang)
                .labelled_by(label)
                .hint(EditorText::DateHint.text(lang))
                .enabled(enabled)
                .show_input(ui, value);
            let button = calendar_button(ui, enabled, EditorText::PickDate.text(lang));
            let month_id = id.with("calendar-month");
            if button.clicked() {
                let start = value.unwrap_or(today);
                ui.data_mut(|d| d.insert_temp(month_id, ShownMonth(first_of_month(start))));
            }
            let picked = egui::Popup::from_toggle_button_response(&button)
                .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
                .show(|ui| {
                    let shown = ui
                        .data(|d| d.get_temp::<ShownMonth>(month_id))
                        .map_or_else(|| first_of_month(value.unwrap_or(today)), |m| m.0);
                    let (picked, shown) = calendar(ui, *value, shown, today, lang);
                    ui.data_mut(|d| d.insert_temp(month_id, ShownMonth(shown)));
                    if picked.is_some() {
                        ui.close();
                    }
                    picked
                })
                .and_then(|r| r.inner);
            if let Some(choice) = picked
                && choice != *value
            {
                *value = choice;
                out.changed = true;
            }
            out
        })
        .inner;
    show_notices(ui, out.notice.as_slice());
    if out.changed {
        out.response.mark_changed();
    }
    out
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// The calendar grid. Returns the choice (`Some(None)` for "clear") and the month to show next.
fn calendar(
    ui: &mut Ui,
    selected: Option<NaiveDate>,
    shown: NaiveDate,
    today: NaiveDate,
    lang: Language,
) -> (Option<Option<NaiveDate>>, NaiveDate) {
    let mut shown = shown;
    let mut picked = None;
    let months: Vec<&str> = EditorText::MonthNames.text(lang).split(' ').collect();
    ui.horizontal(|ui| {
        if ui
            .button("‹")
            .on_hover_text(EditorText::PreviousMonth.text(lang))
            .accessible_name(EditorText::PreviousMonth.text(lang))
            .clicked()
        {
            shown = shown.checked_sub_months(Months::new(1)).unwrap_or(shown);
        }
        let name = months.get(shown.month0() as usize).copied().unwrap_or("");
        ui.label(RichText::new(format!("{name} {}", shown.year())).strong());
        if ui
            .button("›")
            .on_hover_text(EditorText::NextMonth.text(lang))
            .accessible_name(EditorText::NextMonth.text(lang))
            .clicked()
        {
            shown = shown.checked_add_months(Months::new(1)).unwrap_or(shown);
        }
    });
    egui::Grid::new("calendar-days")
        .spacing([2.0, 2.0])
        .show(ui, |ui| {
            for day in EditorText::WeekdaysShort.text(lang).split(' ') {
                ui.label(RichText::new(day).weak());
            }
            ui.end_row();
            let lead = shown.weekday().num_days_from_monday();
            for _ in 0..lead {
                ui.label("");
            }
            let mut column = lead;
            let mut day = shown;
            while day.month() == shown.month() {
                let mut text = RichText::new(format!("{:>2}", day.day())).monospace();
                if day == today {
                    text = text.underline();
                }
                let label = format::date(day, lang);
                if ui
                    .add(Button::selectable(Some(day) == selected, text))
                    .accessible_name(label)
                    .clicked()
                {
                    picked = Some(Some(day));
                }
                column += 1;
                if column == 7 {
                    column = 0;
                    ui.end_row();
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
        });
    ui.horizontal(|ui| {
        if ui.button(EditorText::Today.text(lang)).clicked() {
            picked = Some(Some(today));
        }
        if ui.button(EditorText::ClearDate.text(lang)).clicked() {
            picked = Some(None);
        }
    });
    (picked, shown)
}
