//! Short texts shared by every part of the program: units and input errors.

use super::{Word, Wording, key_table};

/// A short text used across the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Common {
    /// Unit: hours.
    Hours,
    /// Yes.
    Yes,
    /// No.
    No,
    /// Shown where a value is missing.
    Missing,
    /// Input error: the field is empty.
    InputEmpty,
    /// Input error: not a number; `{text}` is what was typed.
    InputNotNumber,
    /// Input error: too many decimals; `{max}` is how many are allowed.
    InputTooManyDecimals,
    /// Input error: too large.
    InputTooLarge,
    /// Input error: must not be negative.
    InputNegative,
    /// Input error: not a date; `{text}` is what was typed.
    InputNotDate,
    /// Input error: a whole number was expected.
    InputNotWholeNumber,
    /// Input error: outside the bounds of the quantity. `{quantity}` (capitalised), `{min}`, `{max}`.
    InputOutOfBounds,
    /// A quantity with bounds, as the subject of a sentence: hours.
    QuantityHours,
    /// A quantity with bounds: hours per FTE.
    QuantityHoursPerFte,
    /// A quantity with bounds: percentages.
    QuantityPercent,
    /// A quantity with bounds: rates in percent.
    QuantityRate,
    /// A quantity with bounds: price-index values.
    QuantityIndex,
    /// A quantity with bounds: indicator values.
    QuantityIndicator,

    /// A word of the vocabulary; the constants below are such words.
    #[strum(disabled)]
    Word(Wording),
}

#[allow(non_upper_case_globals)]
impl Common {
    /// Unit: full-time equivalents.
    pub const Fte: Self = Self::Word(Wording::Plain(Word::Ftes));
}

key_table!(Common, common::text, with words);
