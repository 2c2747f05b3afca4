//! What the editing steps share: the step header with its help box, the list-and-detail
//! layout, and [`Form`], which draws the labelled inputs of one entity, shows the findings on
//! each field, focuses the field a jump asked for, and turns the changes into one edit.

use crate::StepCtx;
use crate::steps::Step;
use crate::widgets::{
    self, CountInput, DecimalInput, FormRow, InputKind, MoneyInput, Notice, SmallCountInput,
    TypedField, YearInput, field_id,
};
use chrono::NaiveDate;
use egui::{Align, Id, Layout, Rect, Response, RichText, Sense, Ui, UiBuilder, pos2, vec2};
use gevinst_core::edit::{Edit, ListItem};
use gevinst_core::i18n::{Common, EditorText, Key, Label, Language};
use gevinst_core::model::{EntityRef, Field, Id as ModelId, Money};
use rust_decimal::Decimal;

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

/// Which field changed, and whether it was typed (typing in one field is one undo step).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    field: Field,
    typed: bool,
}

/// The labelled inputs of one entity, drawn as rows of an `egui::Grid`. Each input edits a
/// field of a copy of the entity; [`Form::commit`] sends the copy as one edit when it differs.
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

    /// Today's date.
    pub fn today(&self) -> NaiveDate {
        self.ctx.today
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

    /// True when a jump (or the step) asks for `field` of this form's entity to get focus.
    /// A jump to the entity as a whole (its id: a duplicate id; a checklist point listed
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

    /// The stable id of a field's input.
    pub fn id(&self, field: impl Into<Field>) -> Id {
        field_id(self.entity, field.into())
    }

    /// One row: label, input, notices. `add` gets the input id, the label id and whether
    /// input is enabled, and returns the response and whether the value changed.
    fn row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        label: &str,
        typed: bool,
        add: impl FnOnce(&mut Ui, Id, Id, bool) -> (Response, bool),
    ) -> Response {
        let mut notices =
            Notice::from_findings(self.ctx.findings(self.entity, Some(field)), self.lang());
        let extra = std::mem::take(&mut self.extra);
        if notices.is_empty() {
            notices = extra;
        }
        let focus = self.wants_focus(field);
        self.rows += 1;
        let id = self.id(field);
        let enabled = self.enabled();
        let mut changed = false;
        let response =
            FormRow::new(label)
                .notices(&notices)
                .focus(focus)
                .show(ui, |ui, label_id| {
                    let (response, c) = add(ui, id, label_id, enabled);
                    changed = c;
                    response
                });
        if focus {
            self.focused = true;
        }
        if changed {
            self.change = Some(Change { field, typed });
        }
        if typed && response.lost_focus() {
            self.seal = true;
        }
        response
    }

    /// A row whose input reports its own change (a choice): `add` draws it, given the input
    /// id and the label id; it is disabled when the form is.
    fn choice_row(
        &mut self,
        ui: &mut Ui,
        field: Field,
        label: &str,
        add: impl FnOnce(&mut Ui, Id, Id) -> Response,
    ) {
        self.row(ui, field, label, false, |ui, id, label, enabled| {
            let r = ui.add_enabled_ui(enabled, |ui| add(ui, id, label)).inner;
            let changed = r.changed();
            (r, changed)
        });
    }

    /// A single-line text.
    pub fn text(&mut self, ui: &mut Ui, field: impl Into<Field>, label: &str, value: &mut String) {
        self.row(ui, field.into(), label, true, |ui, id, label, enabled| {
            let r = widgets::text_line(ui, id, value, label, enabled, 520.0);
            let changed = r.changed();
            (r, changed)
        });
    }

    /// A single-line text with a grey hint while empty.
    pub fn text_hint(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        hint: &str,
        value: &mut String,
    ) {
        self.row(ui, field.into(), label, true, |ui, id, label, enabled| {
            let width = ui.available_width().min(520.0);
            let r = ui
                .add_enabled(
                    enabled,
                    egui::TextEdit::singleline(value)
                        .id(id)
                        .hint_text(hint.to_owned())
                        .desired_width(width),
                )
                .labelled_by(label);
            let changed = r.changed();
            (r, changed)
        });
    }

    /// Record a change made outside the form's rows (a grid, a button), under `field`.
    pub fn mark_changed(&mut self, field: impl Into<Field>, typed: bool) {
        self.change = Some(Change {
            field: field.into(),
            typed,
        });
    }

    /// End the typing run after this frame (an input outside the rows lost focus).
    pub fn mark_seal(&mut self) {
        self.seal = true;
    }

    /// A multi-line text, `rows` lines high, with a grey hint while empty. Returns its
    /// response.
    pub fn area(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut String,
        rows: usize,
        hint: Option<&str>,
    ) -> Response {
        self.row(ui, field.into(), label, true, |ui, id, label, enabled| {
            let r = widgets::text_area(ui, id, value, label, enabled, rows, hint);
            let changed = r.changed();
            (r, changed)
        })
    }

    /// A typed field over an optional value (empty text gives `None` when `optional`), with
    /// `unit` after it when given and its input message under it.
    #[allow(clippy::too_many_arguments)] // the one place all typed rows go through
    fn typed<K: InputKind>(
        &mut self,
        ui: &mut Ui,
        field: Field,
        label: &str,
        kind: K,
        unit: Option<&str>,
        value: &mut Option<K::Value>,
        optional: bool,
    ) {
        let lang = self.lang();
        self.row(ui, field, label, true, |ui, id, label, enabled| {
            let input = TypedField::new(kind, id, lang)
                .labelled_by(label)
                .enabled(enabled);
            let out = match unit {
                Some(unit) => {
                    ui.horizontal(|ui| {
                        let out = input.show_input(ui, value, optional);
                        ui.label(unit);
                        out
                    })
                    .inner
                }
                None => input.show_input(ui, value, optional),
            };
            widgets::show_notices(ui, out.notice.as_slice());
            (out.response, out.changed)
        });
    }

    /// A typed field over a required value: empty text is refused like other bad input.
    fn typed_required<K: InputKind>(
        &mut self,
        ui: &mut Ui,
        field: Field,
        label: &str,
        kind: K,
        unit: Option<&str>,
        value: &mut K::Value,
    ) {
        let mut typed = Some(value.clone());
        self.typed(ui, field, label, kind, unit, &mut typed, false);
        if let Some(v) = typed {
            *value = v;
        }
    }

    /// An optional amount.
    pub fn money(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Option<Money>,
    ) {
        self.typed(
            ui,
            field.into(),
            label,
            MoneyInput::default(),
            None,
            value,
            true,
        );
    }

    /// A required amount.
    pub fn money_required(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Money,
    ) {
        self.typed_required(ui, field.into(), label, MoneyInput::default(), None, value);
    }

    /// An optional decimal number.
    pub fn decimal(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        kind: DecimalInput,
        value: &mut Option<Decimal>,
    ) {
        self.typed(ui, field.into(), label, kind, None, value, true);
    }

    /// A required decimal number.
    pub fn decimal_required(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        kind: DecimalInput,
        value: &mut Decimal,
    ) {
        self.typed_required(ui, field.into(), label, kind, None, value);
    }

    /// An optional count (a yearly volume), with a unit after it.
    pub fn count(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        unit: &str,
        value: &mut Option<u64>,
    ) {
        self.typed(ui, field.into(), label, CountInput, Some(unit), value, true);
    }

    /// A required small count (years of a period), with a unit after it.
    pub fn small_count(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        unit: &str,
        value: &mut u32,
    ) {
        self.typed_required(ui, field.into(), label, SmallCountInput, Some(unit), value);
    }

    /// A required count (a threshold), with a unit after it.
    pub fn count_required(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        unit: &str,
        value: &mut u64,
    ) {
        self.typed_required(ui, field.into(), label, CountInput, Some(unit), value);
    }

    /// A year.
    pub fn year(&mut self, ui: &mut Ui, field: impl Into<Field>, label: &str, value: &mut i32) {
        self.typed_required(ui, field.into(), label, YearInput, None, value);
    }

    /// An optional date, typed or picked.
    pub fn date(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Option<NaiveDate>,
    ) {
        let (lang, today) = (self.lang(), self.today());
        self.row(ui, field.into(), label, true, |ui, id, label, enabled| {
            let out = widgets::date_field(ui, id, value, lang, label, enabled, today);
            (out.response, out.changed)
        });
    }

    /// A drop-down over an enum.
    pub fn combo<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut T,
        all: &[T],
    ) {
        let lang = self.lang();
        self.choice_row(ui, field.into(), label, |ui, id, label| {
            widgets::enum_combo(ui, id, value, all, lang, label)
        });
    }

    /// A drop-down over `all`, each value named by `text`.
    pub fn combo_by<T: PartialEq + Copy>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut T,
        all: &[T],
        text: impl Fn(T) -> String,
    ) {
        self.choice_row(ui, field.into(), label, |ui, id, label| {
            widgets::choice_combo(ui, id, value, all, text, label)
        });
    }

    /// A check box with its own text, under a label.
    pub fn check(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        text: &str,
        value: &mut bool,
    ) {
        self.row(
            ui,
            field.into(),
            label,
            false,
            |ui, _id, _label, enabled| {
                let r = ui.add_enabled(enabled, egui::Checkbox::new(value, text));
                let changed = r.changed();
                (r, changed)
            },
        );
    }

    /// A drop-down choosing one entity (or none).
    pub fn picker(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Option<ModelId>,
        options: &[(ModelId, String)],
    ) {
        let lang = self.lang();
        self.choice_row(ui, field.into(), label, |ui, id, label| {
            widgets::id_picker(ui, id, value, options, lang, label)
        });
    }

    /// Check boxes choosing any number of entities.
    pub fn multi(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Vec<ModelId>,
        options: &[(ModelId, String)],
    ) {
        let lang = self.lang();
        self.choice_row(ui, field.into(), label, |ui, id, _label| {
            widgets::multi_select(ui, id, value, options, lang)
        });
    }

    /// Check boxes choosing any number of values of an enum; the values are kept in the
    /// enum's order.
    pub fn flags<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut Vec<T>,
        all: &[T],
    ) {
        let lang = self.lang();
        self.row(
            ui,
            field.into(),
            label,
            false,
            |ui, _id, _label, enabled| {
                let inner = ui.add_enabled_ui(enabled, |ui| {
                    ui.vertical(|ui| {
                        let mut changed = false;
                        let mut first: Option<Response> = None;
                        let mut chosen: Vec<T> = Vec::with_capacity(all.len());
                        for &v in all {
                            let mut on = value.contains(&v);
                            let r = ui.checkbox(&mut on, v.label(lang));
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
            },
        );
    }

    /// Radio buttons over an enum.
    pub fn radio<T: Label + PartialEq>(
        &mut self,
        ui: &mut Ui,
        field: impl Into<Field>,
        label: &str,
        value: &mut T,
        all: &[T],
    ) {
        let lang = self.lang();
        self.choice_row(ui, field.into(), label, |ui, _id, _label| {
            widgets::enum_radio(ui, value, all, lang)
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
