//! Short texts shared by every part of the program: units and input errors.

use super::key_table;

/// A short text used across the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum Common {
    /// Unit: hours.
    Hours,
    /// Unit: full-time equivalents.
    Fte,
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
}

key_table!(Common, common::text);
