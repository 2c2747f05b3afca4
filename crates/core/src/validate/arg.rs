//! [`Arg`]: a typed value for a placeholder of a finding's message.

use crate::model::{ChecklistPoint, Money};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// A value for one placeholder of a finding's message. The rules give the value its type;
/// `i18n` shows it the way each language writes that type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Arg {
    /// A user's name for something (a measure's title, a gain's name), shortened when long;
    /// empty reads as "(unnamed)".
    Name(String),
    /// Text shown as it is (an organisation number as typed, a quoted reason).
    Text(String),
    /// An amount in kroner, with øre when it has any.
    Money(Money),
    /// A sum of amounts in øre, which may be larger than one [`Money`] holds; shown like
    /// [`Arg::Money`], capped at what it can show.
    Sum(i128),
    /// A date.
    Date(NaiveDate),
    /// A whole number of things (submissions a year, missing services), with digit groups.
    Count(u64),
    /// A decimal number (FTE), with at most two decimals.
    Decimal(Decimal),
    /// A percentage in percent units, with at most two decimals.
    Percent(Decimal),
    /// A calendar year, as digits without groups.
    Year(i32),
    /// A checklist point: its number, and its title as `{point_title}`.
    Point(ChecklistPoint),
}
