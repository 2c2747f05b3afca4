//! Typed single-line fields: money, decimal numbers, counts and years (and, through
//! [`super::date_field`], dates).
//!
//! While the field has focus the user edits plain text (`1 250 000,50`); every keystroke is
//! parsed with `gevinst_core::format`, and only a valid value reaches the model. Text that cannot be
//! read gives an inline message and the last valid value stays. Without focus the field shows
//! the value formatted for the UI language (`1 250 000,50`, `NOK 1,250,000.50`).

use super::{Notice, highlighted, show_notices};
use egui::text_selection::CCursorRange;
use egui::{Id, Response, TextEdit, Ui};
use gevinst_core::format::{self, InputError, NBSP};
use gevinst_core::i18n::{EditorText, Key, Language, Message, fill};
use gevinst_core::model::{
    Bounded, Fte, Hours, HoursPerFte, IndexValue, IndicatorValue, Money, Percent, Rate,
};
use gevinst_core::validate::Severity;
use rust_decimal::Decimal;
use std::marker::PhantomData;

/// How a typed field reads and writes its value.
pub trait InputKind {
    /// The value edited.
    type Value: Clone + PartialEq + Send + Sync + 'static;
    /// Reads text typed in the interface language `lang`.
    fn parse(&self, text: &str, lang: Language) -> Result<Self::Value, InputError>;
    /// The text put in the field when the user starts editing: easy to edit and always
    /// readable again by [`InputKind::parse`].
    fn edit_text(&self, value: &Self::Value, lang: Language) -> String;
    /// The text shown while the field does not have focus.
    fn show_text(&self, value: &Self::Value, lang: Language) -> String;
    /// A unit shown at the end of the field.
    fn suffix(&self, _lang: Language) -> Option<String> {
        None
    }
    /// The field's width in points.
    fn width(&self) -> f32 {
        140.0
    }
}

/// Number text for editing: Norwegian style with plain spaces, or English without grouping,
/// so that the parser never mistakes a thousands separator for a decimal one.
fn decimal_edit_text(d: Decimal, max_decimals: u32, lang: Language) -> String {
    match lang {
        Language::Nb | Language::Nn => format::decimal(d, max_decimals, lang).replace(NBSP, " "),
        Language::En => format::decimal(d, max_decimals, lang).replace(',', ""),
    }
}

/// Amounts in kroner with up to two decimals (øre).
#[derive(Debug, Clone, Copy, Default)]
pub struct MoneyInput {
    /// Accept negative amounts (e.g. a realised gain that turned into a loss).
    pub allow_negative: bool,
}

impl InputKind for MoneyInput {
    type Value = Money;

    fn parse(&self, text: &str, lang: Language) -> Result<Money, InputError> {
        let m = format::parse_money(text, lang)?;
        if m.is_negative() && !self.allow_negative {
            return Err(InputError::Negative);
        }
        Ok(m)
    }

    fn edit_text(&self, value: &Money, lang: Language) -> String {
        decimal_edit_text(value.to_decimal(), 2, lang)
    }

    fn show_text(&self, value: &Money, lang: Language) -> String {
        if value.ore() % 100 == 0 {
            format::integer(value.kroner(), lang)
        } else {
            format::decimal_fixed(value.to_decimal(), 2, lang)
        }
    }

    fn suffix(&self, lang: Language) -> Option<String> {
        Some(format::currency(lang).to_owned())
    }

    fn width(&self) -> f32 {
        170.0
    }
}

/// Decimal numbers: hours, FTE, percentages, indicator values. `Q` is the bounded quantity
/// (`Hours`, `Percent`, …): a number outside its bounds is refused with the bounds in the
/// message, as the file's reader refuses it.
#[derive(Debug, Clone)]
pub struct DecimalInput<Q> {
    /// Most decimals accepted.
    pub max_decimals: u32,
    /// Accept negative numbers (within the quantity's bounds).
    pub allow_negative: bool,
    /// A unit shown after the number (`%`, `timer`).
    pub unit: Option<String>,
    quantity: PhantomData<fn() -> Q>,
}

impl<Q: Bounded> DecimalInput<Q> {
    /// Non-negative numbers with up to `max_decimals` decimals and no unit.
    pub fn new(max_decimals: u32) -> Self {
        DecimalInput {
            max_decimals,
            allow_negative: false,
            unit: None,
            quantity: PhantomData,
        }
    }

    /// With a unit after the number.
    pub fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }

    /// Accepting negative numbers.
    pub fn signed(mut self) -> Self {
        self.allow_negative = true;
        self
    }
}

impl<Q: Bounded> InputKind for DecimalInput<Q> {
    type Value = Q;

    fn parse(&self, text: &str, lang: Language) -> Result<Q, InputError> {
        let d = format::parse_decimal(text, self.max_decimals, lang)?;
        if d.is_sign_negative() && !d.is_zero() && !self.allow_negative {
            return Err(InputError::Negative);
        }
        Q::new(d).ok_or(InputError::OutOfBounds(Q::QUANTITY))
    }

    fn edit_text(&self, value: &Q, lang: Language) -> String {
        let d = value.get();
        decimal_edit_text(d, self.max_decimals.max(d.scale()), lang)
    }

    fn show_text(&self, value: &Q, lang: Language) -> String {
        let d = value.get();
        format::decimal(d, self.max_decimals.max(d.scale()), lang)
    }

    fn suffix(&self, _lang: Language) -> Option<String> {
        self.unit.clone()
    }

    fn width(&self) -> f32 {
        130.0
    }
}

/// Whole non-negative numbers: yearly volumes.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountInput;

impl InputKind for CountInput {
    type Value = u64;

    fn parse(&self, text: &str, lang: Language) -> Result<u64, InputError> {
        format::parse_count(text, lang)
    }

    fn edit_text(&self, value: &u64, lang: Language) -> String {
        decimal_edit_text(Decimal::from(*value), 0, lang)
    }

    fn show_text(&self, value: &u64, lang: Language) -> String {
        format::decimal(Decimal::from(*value), 0, lang)
    }
}

/// Calendar years (1900–2200), shown without a thousands separator.
#[derive(Debug, Clone, Copy, Default)]
pub struct YearInput;

impl InputKind for YearInput {
    type Value = i32;

    fn parse(&self, text: &str, _lang: Language) -> Result<i32, InputError> {
        format::parse_year(text)
    }

    fn edit_text(&self, value: &i32, _lang: Language) -> String {
        value.to_string()
    }

    fn show_text(&self, value: &i32, _lang: Language) -> String {
        value.to_string()
    }

    fn width(&self) -> f32 {
        60.0
    }
}

/// Whole non-negative numbers that fit a `u32` (years of an analysis period, band limits).
#[derive(Debug, Clone, Copy, Default)]
pub struct SmallCountInput;

impl InputKind for SmallCountInput {
    type Value = u32;

    fn parse(&self, text: &str, lang: Language) -> Result<u32, InputError> {
        let n = format::parse_count(text, lang)?;
        u32::try_from(n).map_err(|_| InputError::TooLarge)
    }

    fn edit_text(&self, value: &u32, _lang: Language) -> String {
        value.to_string()
    }

    fn show_text(&self, value: &u32, _lang: Language) -> String {
        value.to_string()
    }

    fn width(&self) -> f32 {
        60.0
    }
}

/// What a field remembers between frames.
#[derive(Clone)]
struct FieldState<V> {
    /// The user is typing; `text` is what they typed.
    editing: bool,
    text: String,
    /// Why the typed text was refused.
    error: Option<InputError>,
    /// The value as the field last saw it; a different value means it was changed elsewhere
    /// (undo), and the field starts afresh.
    seen: Option<V>,
}

impl<V> FieldState<V> {
    fn fresh(seen: Option<V>) -> Self {
        FieldState {
            editing: false,
            text: String::new(),
            error: None,
            seen,
        }
    }
}

/// A value a typed field edits: an `Option`, which empty text clears, or a plain value, which
/// is required: empty text is refused like other bad input.
pub trait InputValue<V> {
    /// Runs `edit` over the value as an `Option`, telling it whether the value may be empty.
    fn edit<R>(&mut self, edit: impl FnOnce(&mut Option<V>, bool) -> R) -> R;
}

impl<V> InputValue<V> for Option<V> {
    fn edit<R>(&mut self, edit: impl FnOnce(&mut Option<V>, bool) -> R) -> R {
        edit(self, true)
    }
}

/// Required values: the field edits a copy and writes back what it read.
macro_rules! required_values {
    ($($ty:ty),*) => {
        $(impl InputValue<$ty> for $ty {
            fn edit<R>(&mut self, edit: impl FnOnce(&mut Option<$ty>, bool) -> R) -> R {
                let mut value = Some(*self);
                let out = edit(&mut value, false);
                if let Some(v) = value {
                    *self = v;
                }
                out
            }
        })*
    };
}

required_values!(
    Money,
    Hours,
    HoursPerFte,
    Fte,
    Percent,
    Rate,
    IndexValue,
    IndicatorValue,
    u32,
    u64,
    i32
);

/// What showing a typed field did.
pub struct InputOutput {
    /// The text field's response (focus, lost focus, rect).
    pub response: Response,
    /// True when the value changed this frame.
    pub changed: bool,
    /// Why typed text was refused, if it was.
    pub notice: Option<Notice>,
}

/// A typed single-line field. Build it, then [`TypedField::show`] it over an optional value
/// (empty text gives `None`) or a required one (see [`InputValue`]).
pub struct TypedField<K: InputKind> {
    kind: K,
    id: Id,
    lang: Language,
    labelled_by: Option<Id>,
    hint: Option<String>,
    enabled: bool,
    width: Option<f32>,
}

impl<K: InputKind> TypedField<K> {
    /// A field of `kind` with a stable `id` (see [`super::field_id`]), texts in `lang`.
    pub fn new(kind: K, id: Id, lang: Language) -> Self {
        TypedField {
            kind,
            id,
            lang,
            labelled_by: None,
            hint: None,
            enabled: true,
            width: None,
        }
    }

    /// Names the field after a visible label.
    pub fn labelled_by(mut self, label: Id) -> Self {
        self.labelled_by = Some(label);
        self
    }

    /// Grey text shown while the field is empty.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Allow editing (default) or show the value read-only.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = enabled;
        self
    }

    /// Overrides the kind's width.
    pub fn width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// Shows the field over its value (see [`InputValue`]), with its input message under it.
    pub fn show(self, ui: &mut Ui, value: &mut impl InputValue<K::Value>) -> InputOutput {
        let out = self.show_input(ui, value);
        show_notices(ui, out.notice.as_slice());
        out
    }

    /// Shows only the text field; the caller shows `notice` where it fits.
    pub fn show_input(self, ui: &mut Ui, value: &mut impl InputValue<K::Value>) -> InputOutput {
        value.edit(|value, optional| self.show_option(ui, value, optional))
    }

    /// The text field over a value that may be empty (`None`) when `optional`.
    fn show_option(self, ui: &mut Ui, value: &mut Option<K::Value>, optional: bool) -> InputOutput {
        let TypedField {
            kind,
            id,
            lang,
            labelled_by,
            hint,
            enabled,
            width,
        } = self;
        let focused = ui.memory(|m| m.has_focus(id));
        let mut st = ui
            .data(|d| d.get_temp::<FieldState<K::Value>>(id))
            .unwrap_or_else(|| FieldState::fresh(value.clone()));
        if st.seen != *value {
            // Changed elsewhere (undo, another field): start again from the new value.
            st = FieldState::fresh(value.clone());
        }
        if focused && !st.editing {
            st.editing = true;
            st.error = None;
            st.text = value
                .as_ref()
                .map_or_else(String::new, |v| kind.edit_text(v, lang));
            if let Some(mut te) = TextEdit::load_state(ui.ctx(), id) {
                te.cursor
                    .set_char_range(Some(CCursorRange::select_all_str(&st.text)));
                TextEdit::store_state(ui.ctx(), id, te);
            }
        }
        let mut text = if st.editing {
            st.text.clone()
        } else {
            value
                .as_ref()
                .map_or_else(String::new, |v| kind.show_text(v, lang))
        };
        let width = width.unwrap_or_else(|| kind.width());
        let mut edit = TextEdit::singleline(&mut text)
            .id(id)
            .desired_width(width)
            .min_size(egui::vec2(width, 0.0))
            .align(egui::Align2::RIGHT_CENTER);
        if let Some(hint) = hint {
            edit = edit.hint_text(hint);
        }
        if let Some(suffix) = kind.suffix(lang) {
            edit = edit.suffix(suffix);
        }
        let severity = st.error.as_ref().map(|_| Severity::Error);
        let mut response = highlighted(ui, severity, |ui| ui.add_enabled(enabled, edit));
        if let Some(label) = labelled_by {
            response = response.labelled_by(label);
        }
        let mut changed = false;
        if response.changed() && enabled {
            st.editing = true;
            st.text = text;
            match kind.parse(&st.text, lang) {
                Ok(v) => {
                    st.error = None;
                    if value.as_ref() != Some(&v) {
                        *value = Some(v);
                        changed = true;
                    }
                }
                Err(InputError::Empty) if optional => {
                    st.error = None;
                    if value.is_some() {
                        *value = None;
                        changed = true;
                    }
                }
                Err(e) => st.error = Some(e),
            }
        }
        if st.editing && !response.has_focus() {
            st.editing = false;
            st.text.clear();
        }
        let notice = st.error.as_ref().map(|e| {
            let mut text = e.message(lang);
            if !st.editing {
                let kept = value.as_ref().map_or_else(
                    || EditorText::KeptEmpty.text(lang).to_owned(),
                    |v| {
                        let shown = kind.show_text(v, lang);
                        match kind.suffix(lang) {
                            Some(unit) => format!("{shown}{NBSP}{unit}"),
                            None => shown,
                        }
                    },
                );
                text.push(' ');
                text.push_str(&fill(
                    EditorText::KeptLastValue.text(lang),
                    &[("value", &kept)],
                ));
            }
            Notice {
                severity: Severity::Error,
                text,
            }
        });
        st.seen = value.clone();
        ui.data_mut(|d| d.insert_temp(id, st));
        InputOutput {
            response,
            changed,
            notice,
        }
    }
}
