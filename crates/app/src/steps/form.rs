//! What the editing steps share: the step header with its help box, the list-and-detail
//! layout, and [`Form`], which draws the labelled inputs of one entity, shows the findings on
//! each field, focuses the field a jump asked for, and turns the changes into one edit.

use crate::StepCtx;
use crate::steps::Step;
use crate::widgets::{
    self, CountInput, DecimalInput, FormRow, InputKind, InputOutput, InputValue, MoneyInput,
    Notice, SmallCountInput, TypedField, YearInput, field_id,
};
use chrono::NaiveDate;
use egui::{Align, Id, Layout, Rect, Response, RichText, Sense, Ui, UiBuilder, pos2, vec2};
use gevinst_core::edit::{Edit, ListItem};
use gevinst_core::i18n::{Common, EditorText, Key, Label, Language};
use gevinst_core::model::{Bounded, EntityRef, Field, Id as ModelId, Money};

/// The heading of a step and its help box.
pub fn header(ui: &mut Ui, step: Step, help: EditorText, lang: Language) {
    ui.heading(step.title(lang));
    ui.add_space(4.0);
    widgets::help_box(
        ui,
        Id::unique(("help", step)),
        EditorText::HelpHeading.text(lang),
        help.text(lang),
    );
    ui.add_space(6.0);
}

/// A section heading inside a form.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(title).strong().size(16.0));
    ui.separator();
}

/// Splits the rest of the step into a list area on the left (`share` of the width) and a
/// detail area on the right (which the caller puts in a scroll area). Both get the full
/// remaining height.
pub fn split(ui: &mut Ui, share: f32) -> (Ui, Ui) {
    let rect = ui.available_rect_before_wrap();
    let gap = 16.0;
    let left_width = (rect.width() * share)
        .max(360.0)
        .min((rect.width() - 380.0 - gap).max(240.0));
    let left = Rect::from_min_size(rect.min, vec2(left_width, rect.height()));
    let right = Rect::from_min_max(pos2(left.right() + gap, rect.top()), rect.max);
    ui.allocate_rect(rect, Sense::hover());
    let x = left.right() + gap / 2.0;
    ui.painter().vline(
        x,
        rect.y_range(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    let layout = Layout::top_down(Align::Min);
    let mut list = ui.new_child(UiBuilder::new().max_rect(left).layout(layout));
    list.shrink_clip_rect(left);
    let mut detail = ui.new_child(UiBuilder::new().max_rect(right).layout(layout));
    detail.shrink_clip_rect(right);
    (list, detail)
}

/// Shows `add` in a vertical scroll area filling `ui`.
pub fn scrolled<R>(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::ScrollArea::vertical()
        .id_salt((id, "scroll"))
        .auto_shrink([false, false])
        .show(ui, add)
        .inner
}

/// The height the list may use in the list area of [`split`]: what is left below the
/// toolbar.
pub fn list_height(ui: &Ui) -> f32 {
    (ui.available_height() - 100.0).max(160.0)
}

/// A shown name, or "(uten navn)" in grey when the name is blank.
pub fn name_or_unnamed(name: &str, lang: Language) -> RichText {
    if name.trim().is_empty() {
        RichText::new(EditorText::Unnamed.text(lang))
            .italics()
            .weak()
    } else {
        RichText::new(name)
    }
}

/// "Ja" or "Nei", for a yes/no column.
pub fn yes_no(yes: bool, lang: Language) -> &'static str {
    if yes {
        Common::Yes.text(lang)
    } else {
        Common::No.text(lang)
    }
}

/// The two-column grid a form's rows go in.
pub fn grid(id: &str) -> egui::Grid {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([12.0, 8.0])
        .min_col_width(160.0)
}

/// Choices for a picker: each item's id and name (its `name`, or "(uten navn)" when blank),
/// in list order.
pub fn options<T: ListItem>(
    items: &[T],
    name: impl Fn(&T) -> &str,
    lang: Language,
) -> Vec<(ModelId, String)> {
    items
        .iter()
        .map(|x| {
            let n = name(x);
            let n = if n.trim().is_empty() {
                EditorText::Unnamed.text(lang).to_owned()
            } else {
                n.to_owned()
            };
            (x.id(), n)
        })
        .collect()
}

/// Where an input of a table field sits ([`Form::cell`]).
#[derive(Debug, Clone, Copy)]
pub struct Cell<'c> {
    /// The row, from 0.
    pub row: usize,
    /// The column's name, part of the input's id.
    pub column: &'c str,
    /// The id of the column's heading, which labels the input.
    pub heading: Id,
    /// The input's width, where it is not the input's own.
    pub width: Option<f32>,
}

/// Which field changed, and whether it was typed (typing in one field is one undo step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    field: Field,
    typed: bool,
}

/// What a row gives the input it draws, all of it from the row's field.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The input's stable id ([`field_id`]).
    id: Id,
    /// The id of the row's label, for `labelled_by`.
    label: Id,
    /// The field's label.
    name: &'static str,
    /// The field's help: the grey hint of an empty text, the text of a check box.
    help: Option<&'static str>,
    /// False when the project may not change.
    enabled: bool,
    /// The UI language.
    lang: Language,
}

/// The labelled inputs of one entity, drawn as rows of an `egui::Grid`. Each row edits one
/// [`Field`] of a copy of the entity and takes from it its label, its help, its input id,
/// whether a jump focuses it and the findings shown under it; [`Form::commit`] sends the copy
/// as one edit when it differs.
pub struct Form<'a, 'p> {
    ctx: &'a mut StepCtx<'p>,
    entity: EntityRef,
    focus_field: Option<Field>,
    change: Option<Change>,
    seal: bool,
    focused: bool,
    rows: usize,
    extra: Vec<Notice>,
}

impl<'a, 'p> Form<'a, 'p> {
    /// A form over `entity`. `focus_field` is a field the step itself wants focused (after
    /// Add); a jump's field comes from `ctx.focus`.
    pub fn new(ctx: &'a mut StepCtx<'p>, entity: EntityRef, focus_field: Option<Field>) -> Self {
        Form {
            ctx,
            entity,
            focus_field,
            change: None,
            seal: false,
            focused: false,
            rows: 0,
            extra: Vec::new(),
        }
    }

    /// The UI language.
    pub fn lang(&self) -> Language {
        self.ctx.lang
    }

    /// True when inputs may change the project.
    pub fn enabled(&self) -> bool {
        !self.ctx.read_only
    }

    /// True once a field asked for by a jump or by the step got keyboard focus.
    pub fn focused(&self) -> bool {
        self.focused
    }

    /// The step context (for sending commands from inside a form).
    pub fn ctx(&mut self) -> &mut StepCtx<'p> {
        self.ctx
    }

    /// Show `notice` under the next field too (a requirement the step checks itself), unless
    /// the findings already say something about that field.
    pub fn require(&mut self, notice: Option<Notice>) {
        self.extra.extend(notice);
    }

    /// The findings about `field` of this form's entity, as notices.
    pub fn notices(&self, field: impl Into<Field>) -> Vec<Notice> {
        let findings = self.ctx.findings(self.entity, Some(field.into()));
        Notice::from_findings(findings, self.lang())
    }

    /// True when a jump (or the step) asks for `field` of this form's entity to get focus.
    /// A jump to the entity as a whole (its key: a duplicate id, a checklist point listed
    /// twice) asks for the first row.
    pub fn wants_focus(&self, field: impl Into<Field>) -> bool {
        let field = field.into();
        if self.focus_field == Some(field) {
            return true;
        }
        let Some(jump) = self.ctx.focus.filter(|f| f.entity == self.entity) else {
            return false;
        };
        match jump.field {
            Some(f) if f.is_key() => self.rows == 0,
            Some(f) => f == field,
            None => false,
        }
    }

    /// Record that an input outside the form's rows took the focus a jump asked for.
    pub fn mark_focused(&mut self) {
        self.focused = true;
    }

    /// The stable id of one cell of a table field (a gain's years, the discount rates): its
    /// row and column under the field's id.
    fn cell_id(&self, field: impl Into<Field>, row: usize, column: &str) -> Id {
        field_id(self.entity, field.into()).with((row, column))
    }

    /// One input in a cell of a table field (a gain's years, the discount rates, the price
    /// index): its id from the field and the cell, labelled by its column's heading, enabled
    /// with the form, and what it did noted for `field`.
    pub fn cell<K: InputKind>(
        &mut self,
        ui: &mut Ui,
        kind: K,
        field: impl Into<Field>,
        cell: Cell<'_>,
        value: &mut impl InputValue<K::Value>,
    ) -> InputOutput {
        let field = field.into();
        let mut input = TypedField::new(
            kind,
            self.cell_id(field, cell.row, cell.column),
            self.lang(),
        )
        .labelled_by(cell.heading)
        .enabled(self.enabled());
        if let Some(width) = cell.width {
            input = input.width(width);
        }
        let out = input.show(ui, value);
        self.note(field, &out);
        out
    }

    /// Record what an input outside the form's rows (a table's cell) did to `field`: a
    /// change typed in it, and the end of the typing run when it lost focus.
    fn note(&mut self, field: impl Into<Field>, out: &InputOutput) {
        if out.changed {
            self.mark_changed(field, true);
        }
        if out.response.lost_focus() {
            self.seal = true;
        }
    }

    /// Record a change made outside the form's rows (a table, a button) to `field`.
    pub fn mark_changed(&mut self, field: impl Into<Field>, typed: bool) {
        self.change = Some(Change {
            field: field.into(),
            typed,
        });
    }

    /// One row: the field's label, its input, the notices about it. `add` draws the input
    /// into its [`Slot`] and returns its response and whether the value changed.
    fn row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        typed: bool,
        add: impl FnOnce(&mut Ui, Slot) -> (Response, bool),
    ) -> Response {
        let lang = self.lang();
        let mut notices = self.notices(field);
        let extra = std::mem::take(&mut self.extra);
        if notices.is_empty() {
            notices = extra;
        }
        let focus = self.wants_focus(field);
        self.rows += 1;
        let (id, enabled) = (field_id(self.entity, field), self.enabled());
        let name = field.label(lang);
        let help = field.help(lang);
        let mut changed = false;
        let response = FormRow::new(name)
            .notices(&notices)
            .focus(focus)
            .show(ui, |ui, label| {
                let slot = Slot {
                    id,
                    label,
                    name,
                    help,
                    enabled,
                    lang,
                };
                let (response, c) = add(ui, slot);
                changed = c;
                response
            });
        if focus {
            self.focused = true;
        }
        if changed {
            self.mark_changed(field, typed);
        }
        if typed && response.lost_focus() {
            self.seal = true;
        }
        response
    }

    /// A row whose input is one widget that reports its own change.
    fn widget_row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        typed: bool,
        add: impl FnOnce(&mut Ui, Slot) -> Response,
    ) -> Response {
        self.row(ui, field, typed, |ui, slot| {
            let r = add(ui, slot);
            let changed = r.changed();
            (r, changed)
        })
    }

    /// A row whose input is a choice, disabled when the form is.
    fn choice_row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        add: impl FnOnce(&mut Ui, Slot) -> Response,
    ) {
        self.widget_row(ui, field, false, |ui, slot| {
            ui.add_enabled_ui(slot.enabled, |ui| add(ui, slot)).inner
        });
    }

    /// A single-line text, with the field's help as a grey hint while empty.
    pub fn text(&mut self, ui: &mut Ui, field: impl Into<Field>, value: &mut String) {
        self.widget_row(ui, field.into(), true, |ui, slot| {
            widgets::text_line(ui, slot.id, value, slot.label, slot.enabled, slot.help)
        });
    }

    /// A multi-line text, `rows` lines high, with the field's help as a grey hint while
    /// empty. Returns its response.
    pub fn area(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut String,
        rows: usize,
    ) -> Response {
        self.area_row(ui, field.into(), value, rows, true)
    }

    /// A long text on its own: the field's label as a section heading, its help as a guide
    /// under it, then the labelled area, `rows` lines high. Returns the area's response.
    pub fn long_text(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut String,
        rows: usize,
    ) -> Response {
        let field = field.into();
        let lang = self.lang();
        section(ui, field.label(lang));
        if let Some(guide) = field.help(lang) {
            ui.add(egui::Label::new(RichText::new(guide).weak()).wrap());
        }
        ui.add_space(4.0);
        egui::Grid::new(("long-text", field))
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| self.area_row(ui, field, value, rows, false))
            .inner
    }

    /// A multi-line text row, with the field's help as its hint when `hint`.
    fn area_row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        value: &mut String,
        rows: usize,
        hint: bool,
    ) -> Response {
        self.widget_row(ui, field, true, |ui, slot| {
            let hint = slot.help.filter(|_| hint);
            widgets::text_area(ui, slot.id, value, slot.label, slot.enabled, rows, hint)
        })
    }

    /// A typed field over an optional or a required value (see [`InputValue`]), with `unit`
    /// after it when given and its input message under it.
    fn typed<K: InputKind>(
        &mut self,
        ui: &mut Ui,
        field: Field,
        kind: K,
        unit: Option<&str>,
        value: &mut impl InputValue<K::Value>,
    ) {
        self.row(ui, field, true, |ui, slot| {
            let mut input = TypedField::new(kind, slot.id, slot.lang)
                .labelled_by(slot.label)
                .enabled(slot.enabled);
            if let Some(help) = slot.help {
                input = input.hint(help);
            }
            let out = match unit {
                Some(unit) => {
                    ui.horizontal(|ui| {
                        let out = input.show_input(ui, value);
                        ui.label(unit);
                        out
                    })
                    .inner
                }
                None => input.show_input(ui, value),
            };
            widgets::show_notices(ui, out.notice.as_slice());
            (out.response, out.changed)
        });
    }

    /// An amount (optional or required).
    pub fn money(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut impl InputValue<Money>,
    ) {
        self.typed(ui, field.into(), MoneyInput::default(), None, value);
    }

    /// A decimal number (optional or required).
    pub fn decimal<Q: Bounded>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        kind: DecimalInput<Q>,
        value: &mut impl InputValue<Q>,
    ) {
        self.typed(ui, field.into(), kind, None, value);
    }

    /// A count (a yearly volume, a threshold; optional or required), with a unit after it.
    pub fn count(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        unit: &str,
        value: &mut impl InputValue<u64>,
    ) {
        self.typed(ui, field.into(), CountInput, Some(unit), value);
    }

    /// A required small count (years of a period), with a unit after it.
    pub fn small_count(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        unit: &str,
        value: &mut u32,
    ) {
        self.typed(ui, field.into(), SmallCountInput, Some(unit), value);
    }

    /// A year (optional or required).
    pub fn year(&mut self, ui: &mut Ui, field: impl Into<Field>, value: &mut impl InputValue<i32>) {
        self.typed(ui, field.into(), YearInput, None, value);
    }

    /// An optional date, typed or picked.
    pub fn date(&mut self, ui: &mut Ui, field: impl Into<Field>, value: &mut Option<NaiveDate>) {
        let today = self.ctx.today;
        self.row(ui, field.into(), true, |ui, slot| {
            let out = widgets::date_field(
                ui,
                slot.id,
                value,
                slot.lang,
                slot.label,
                slot.enabled,
                today,
            );
            (out.response, out.changed)
        });
    }

    /// A drop-down over an enum.
    pub fn combo<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut T,
        all: &[T],
    ) {
        self.choice_row(ui, field.into(), |ui, slot| {
            widgets::enum_combo(ui, slot.id, value, all, slot.lang, slot.label)
        });
    }

    /// A drop-down over `all`, each value named by `text`.
    pub fn combo_by<T: PartialEq + Copy>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut T,
        all: &[T],
        text: impl Fn(T) -> String,
    ) {
        self.choice_row(ui, field.into(), |ui, slot| {
            widgets::choice_combo(ui, slot.id, value, all, text, slot.label)
        });
    }

    /// A check box under the field's label; the field's help is the check box's text.
    pub fn check(&mut self, ui: &mut Ui, field: impl Into<Field>, value: &mut bool) {
        self.widget_row(ui, field.into(), false, |ui, slot| {
            let text = slot.help.unwrap_or(slot.name);
            ui.add_enabled(slot.enabled, egui::Checkbox::new(value, text))
        });
    }

    /// A drop-down choosing one entity (or none).
    pub fn picker(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut Option<ModelId>,
        options: &[(ModelId, String)],
    ) {
        self.choice_row(ui, field.into(), |ui, slot| {
            widgets::id_picker(ui, slot.id, value, options, slot.lang, slot.label)
        });
    }

    /// Check boxes choosing any number of entities.
    pub fn multi(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut Vec<ModelId>,
        options: &[(ModelId, String)],
    ) {
        self.choice_row(ui, field.into(), |ui, slot| {
            widgets::multi_select(ui, slot.id, value, options, slot.lang)
        });
    }

    /// Check boxes choosing any number of values of an enum; the values are kept in the
    /// enum's order.
    pub fn flags<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut Vec<T>,
        all: &[T],
    ) {
        self.row(ui, field.into(), false, |ui, slot| {
            let inner = ui.add_enabled_ui(slot.enabled, |ui| {
                ui.vertical(|ui| {
                    let mut changed = false;
                    let mut first: Option<Response> = None;
                    let mut chosen: Vec<T> = Vec::with_capacity(all.len());
                    for &v in all {
                        let mut on = value.contains(&v);
                        let r = ui.checkbox(&mut on, v.label(slot.lang));
                        changed |= r.changed();
                        first.get_or_insert(r);
                        if on {
                            chosen.push(v);
                        }
                    }
                    if changed {
                        *value = chosen;
                    }
                    (changed, first)
                })
                .inner
            });
            let (changed, first) = inner.inner;
            // The first check box stands for the group (a jump focuses it).
            (first.unwrap_or(inner.response), changed)
        });
    }

    /// Radio buttons over an enum.
    pub fn radio<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        value: &mut T,
        all: &[T],
    ) {
        self.choice_row(ui, field.into(), |ui, slot| {
            widgets::enum_radio(ui, value, all, slot.lang)
        });
    }

    /// A read-only row: a label and a value.
    pub fn info(&mut self, ui: &mut Ui, label: &str, value: impl Into<egui::WidgetText>) {
        ui.label(label);
        ui.label(value);
        ui.end_row();
    }

    /// Send `edit()` when `differs` (the copy was changed), merging typing in one field into
    /// one undo step; end the typing run when a field lost focus. Returns true when an edit
    /// was sent.
    pub fn commit(self, differs: bool, edit: impl FnOnce() -> Edit) -> bool {
        let key_base = format!("{:?}", self.entity);
        let sent = match self.change {
            Some(change) if differs => {
                let key = change
                    .typed
                    .then(|| format!("{key_base}/{}", change.field.name()));
                self.ctx.edit(edit(), key);
                true
            }
            _ => false,
        };
        if self.seal || (sent && self.change.is_some_and(|c| !c.typed)) {
            self.ctx.seal();
        }
        sent
    }
}
