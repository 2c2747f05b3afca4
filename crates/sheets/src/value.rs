//! Cell values: what the export writes and what the import reads, and the exact conversions
//! between a spreadsheet's numbers (`f64`) and Gevinst's amounts (whole øre) and decimals.

use chrono::NaiveDate;
use gevinst_core::format;
use gevinst_core::i18n::{Label, Language, SheetText};
use gevinst_core::model::{Id, Money};
use rust_decimal::Decimal;
use std::str::FromStr;

/// A value to write into a cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// An amount, in kroner with the kroner format.
    Money(Money),
    /// A date, with the date format.
    Date(NaiveDate),
    /// A whole number (a year, a volume).
    Int(i64),
    /// A decimal number (hours, FTEs, indicator values).
    Decimal(Decimal),
    /// A percentage (the number is in percent: 12.5 is written as 0.125 with a % format).
    Percent(Decimal),
}

impl Out {
    /// An optional amount.
    pub fn money(m: Option<Money>) -> Out {
        m.map_or(Out::Empty, Out::Money)
    }

    /// An optional date.
    pub fn date(d: Option<NaiveDate>) -> Out {
        d.map_or(Out::Empty, Out::Date)
    }

    /// An optional decimal.
    pub fn decimal(d: Option<Decimal>) -> Out {
        d.map_or(Out::Empty, Out::Decimal)
    }

    /// An optional id.
    pub fn id(id: Option<Id>) -> Out {
        id.map_or(Out::Empty, |i| Out::Text(i.to_string()))
    }

    /// Yes or no in a language.
    pub fn yes_no(b: bool, lang: Language) -> Out {
        use gevinst_core::i18n::Key;
        Out::Text(
            if b { SheetText::Yes } else { SheetText::No }
                .text(lang)
                .to_owned(),
        )
    }

    /// The cell as the app's preview shows it.
    pub fn display(&self, lang: Language) -> String {
        match self {
            Out::Empty => String::new(),
            Out::Text(t) => t.clone(),
            Out::Money(m) => format::money_exact(*m, lang),
            Out::Date(d) => format::date(*d, lang),
            Out::Int(n) => n.to_string(),
            Out::Decimal(d) => format::decimal(*d, 6, lang),
            Out::Percent(p) => format::percent(*p, 6, lang),
        }
    }
}

/// A cell as the import reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// An empty cell.
    Empty,
    /// Text (every CSV cell is text).
    Text(String),
    /// A number.
    Number(f64),
    /// A true/false cell.
    Bool(bool),
    /// A date cell.
    Date(NaiveDate),
    /// An error value (`#DIV/0!`, …), as text.
    Error(String),
}

impl Raw {
    /// The cell as a user would see it, for messages and the preview.
    pub fn shown(&self) -> String {
        match self {
            Raw::Empty => String::new(),
            Raw::Text(t) | Raw::Error(t) => t.clone(),
            Raw::Number(f) => f.to_string(),
            Raw::Bool(b) => b.to_string(),
            Raw::Date(d) => format::date_input(*d),
        }
    }

    /// True when the cell holds nothing (or only spaces).
    pub fn is_empty(&self) -> bool {
        match self {
            Raw::Empty => true,
            Raw::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// Why a cell could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not an amount.
    NotAmount,
    /// Not a number.
    NotNumber,
    /// Not a date.
    NotDate,
    /// Not a year.
    NotYear,
    /// Not a percentage.
    NotPercent,
    /// Neither yes nor no.
    NotYesNo,
    /// None of the choices.
    NotChoice,
    /// Not an id.
    NotId,
    /// Out of the quantity's range.
    OutOfRange,
    /// No such measure.
    NoMeasure,
    /// No such gain.
    NoGain,
    /// No such priority area.
    NoArea,
    /// A formula.
    Formula,
    /// A required cell is empty.
    Missing,
}

impl Problem {
    /// The key of the problem's sentence.
    pub fn key(self) -> SheetText {
        match self {
            Problem::NotAmount => SheetText::ProbNotAmount,
            Problem::NotNumber => SheetText::ProbNotNumber,
            Problem::NotDate => SheetText::ProbNotDate,
            Problem::NotYear => SheetText::ProbNotYear,
            Problem::NotPercent => SheetText::ProbNotPercent,
            Problem::NotYesNo => SheetText::ProbNotYesNo,
            Problem::NotChoice => SheetText::ProbNotChoice,
            Problem::NotId => SheetText::ProbNotId,
            Problem::OutOfRange => SheetText::ProbOutOfRange,
            Problem::NoMeasure => SheetText::ProbNoMeasure,
            Problem::NoGain => SheetText::ProbNoGain,
            Problem::NoArea => SheetText::ProbNoArea,
            Problem::Formula => SheetText::ProbFormula,
            Problem::Missing => SheetText::ProbMissing,
        }
    }
}

/// A spreadsheet number as an exact decimal: the shortest text that reads back as the same
/// `f64` (what the spreadsheet shows), so 0.1 is 0.1 and not 0.1000000000000000055…
/// `None` for NaN, infinities and numbers beyond a `Decimal`.
pub fn decimal_from_f64(f: f64) -> Option<Decimal> {
    if !f.is_finite() {
        return None;
    }
    // `Display` for f64 never uses an exponent.
    Decimal::from_str(&f.to_string()).ok()
}

/// A decimal as the nearest spreadsheet number.
pub fn f64_from_decimal(d: Decimal) -> f64 {
    d.to_string().parse().unwrap_or(0.0)
}

/// An amount as a spreadsheet number of kroner.
pub fn f64_from_money(m: Money) -> f64 {
    f64_from_decimal(m.to_decimal())
}

/// A spreadsheet number of kroner as an amount, rounded to whole øre. `None` for a value
/// that is not finite or out of range.
pub fn money_from_f64(f: f64) -> Option<Money> {
    Money::from_decimal(decimal_from_f64(f)?.round_dp(2))
}

/// Read an amount: a number cell, or text as Norwegian spreadsheets hold it.
pub fn money(raw: &Raw) -> Result<Option<Money>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Number(f) => money_from_f64(*f).map(Some).ok_or(Problem::NotAmount),
        Raw::Text(t) => format::parse_money(t, Language::Nb)
            .map(Some)
            .map_err(|_| Problem::NotAmount),
        _ => Err(Problem::NotAmount),
    }
}

/// Read a decimal number.
pub fn decimal(raw: &Raw) -> Result<Option<Decimal>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Number(f) => decimal_from_f64(*f).map(Some).ok_or(Problem::NotNumber),
        Raw::Text(t) => format::parse_decimal(t, 10, Language::Nb)
            .map(Some)
            .map_err(|_| Problem::NotNumber),
        _ => Err(Problem::NotNumber),
    }
}

/// Read a bounded decimal quantity.
pub fn bounded<Q: gevinst_core::model::Bounded>(raw: &Raw) -> Result<Option<Q>, Problem> {
    match decimal(raw)? {
        None => Ok(None),
        Some(d) => Q::new(d).map(Some).ok_or(Problem::OutOfRange),
    }
}

/// Read a percentage: a number cell is a fraction (0.125 is 12.5 %, as a spreadsheet stores a
/// percentage); text is in percent, with or without the sign (`12,5 %`).
pub fn percent(raw: &Raw) -> Result<Option<Decimal>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Number(f) => decimal_from_f64(*f)
            .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
            .map(|d| Some(d.normalize()))
            .ok_or(Problem::NotPercent),
        Raw::Text(t) => format::parse_decimal(t.trim(), 10, Language::Nb)
            .map(Some)
            .map_err(|_| Problem::NotPercent),
        _ => Err(Problem::NotPercent),
    }
}

/// Read a whole number (a volume).
pub fn count(raw: &Raw) -> Result<Option<u64>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Number(f) => match decimal_from_f64(*f) {
            Some(d) if d.fract().is_zero() && d >= Decimal::ZERO => d
                .to_string()
                .parse()
                .map(Some)
                .map_err(|_| Problem::NotNumber),
            _ => Err(Problem::NotNumber),
        },
        Raw::Text(t) => format::parse_count(t, Language::Nb)
            .map(Some)
            .map_err(|_| Problem::NotNumber),
        _ => Err(Problem::NotNumber),
    }
}

/// Read a year (1900–2200).
pub fn year(raw: &Raw) -> Result<Option<i32>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Number(f) => match decimal_from_f64(*f) {
            Some(d) if d.fract().is_zero() => format::parse_year(&d.to_string())
                .map(Some)
                .map_err(|_| Problem::NotYear),
            _ => Err(Problem::NotYear),
        },
        Raw::Text(t) => format::parse_year(t)
            .map(Some)
            .map_err(|_| Problem::NotYear),
        _ => Err(Problem::NotYear),
    }
}

/// Read a date: a date cell, a spreadsheet serial number or text (`30.06.2026`, `2026-06-30`).
pub fn date(raw: &Raw) -> Result<Option<NaiveDate>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Date(d) => Ok(Some(*d)),
        Raw::Number(f) => date_from_serial(*f).map(Some).ok_or(Problem::NotDate),
        Raw::Text(t) => format::parse_date(t)
            .map(Some)
            .map_err(|_| Problem::NotDate),
        _ => Err(Problem::NotDate),
    }
}

/// A spreadsheet serial date (days since 30 December 1899) as a date.
pub fn date_from_serial(f: f64) -> Option<NaiveDate> {
    let days = decimal_from_f64(f)?.floor();
    let days: i64 = days.to_string().parse().ok()?;
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(chrono::TimeDelta::try_days(days)?)
}

/// Read yes or no, in any language, or a true/false cell.
pub fn yes_no(raw: &Raw) -> Result<Option<bool>, Problem> {
    use gevinst_core::i18n::Key;
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Bool(b) => Ok(Some(*b)),
        Raw::Number(f) if *f == 1.0 => Ok(Some(true)),
        Raw::Number(f) if *f == 0.0 => Ok(Some(false)),
        Raw::Text(t) => {
            let n = crate::columns::normalise(t);
            let is = |key: SheetText| {
                Language::ALL
                    .iter()
                    .any(|l| crate::columns::normalise(key.text(*l)) == n)
            };
            if is(SheetText::Yes) || ["true", "sann", "x", "1"].contains(&n.as_str()) {
                Ok(Some(true))
            } else if is(SheetText::No) || ["false", "usann", "0"].contains(&n.as_str()) {
                Ok(Some(false))
            } else {
                Err(Problem::NotYesNo)
            }
        }
        _ => Err(Problem::NotYesNo),
    }
}

/// Read one of an enum's values by its label in any language.
pub fn choice<T: Label>(raw: &Raw, all: &[T]) -> Result<Option<T>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Text(t) => {
            let n = crate::columns::normalise(t);
            all.iter()
                .copied()
                .find(|v| {
                    Language::ALL
                        .iter()
                        .any(|l| crate::columns::normalise(v.label(*l)) == n)
                })
                .map(Some)
                .ok_or(Problem::NotChoice)
        }
        _ => Err(Problem::NotChoice),
    }
}

/// The choices of an enum in a language, for the message.
pub fn choices<T: Label>(all: &[T], lang: Language) -> String {
    all.iter()
        .map(|v| format!("«{}»", v.label(lang)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Read an id.
pub fn id(raw: &Raw) -> Result<Option<Id>, Problem> {
    match raw {
        r if r.is_empty() => Ok(None),
        Raw::Text(t) => t
            .trim()
            .parse::<uuid::Uuid>()
            .map(|u| Some(Id(u)))
            .map_err(|_| Problem::NotId),
        _ => Err(Problem::NotId),
    }
}

/// Read a list of ids separated by commas, semicolons or spaces.
pub fn ids(raw: &Raw) -> Result<Vec<Id>, Problem> {
    match raw {
        r if r.is_empty() => Ok(Vec::new()),
        Raw::Text(t) => t
            .split([',', ';', ' ', '\n'])
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                s.trim()
                    .parse::<uuid::Uuid>()
                    .map(Id)
                    .map_err(|_| Problem::NotId)
            })
            .collect(),
        _ => Err(Problem::NotId),
    }
}

/// Read text: a number or a date as it is shown.
pub fn text(raw: &Raw) -> String {
    match raw {
        Raw::Text(t) => t.trim().to_owned(),
        Raw::Empty => String::new(),
        other => other.shown(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_amounts_read_exactly() {
        let kr = |t: &str| money(&Raw::Text(t.into()));
        let ore = |n: i64| Ok(Some(Money::from_ore(n)));
        assert_eq!(kr("1 250 000"), ore(125_000_000));
        assert_eq!(kr("1\u{a0}250\u{a0}000,50"), ore(125_000_050));
        assert_eq!(kr("1\u{202f}250\u{202f}000"), ore(125_000_000));
        assert_eq!(kr("kr 1 250 000"), ore(125_000_000));
        assert_eq!(kr("1250000"), ore(125_000_000));
        assert_eq!(kr("tolv"), Err(Problem::NotAmount));
        assert_eq!(money(&Raw::Number(1_250_000.5)), ore(125_000_050));
        assert_eq!(money(&Raw::Number(0.1 + 0.2)), ore(30));
        assert_eq!(money(&Raw::Number(f64::NAN)), Err(Problem::NotAmount));
        assert_eq!(money(&Raw::Number(f64::INFINITY)), Err(Problem::NotAmount));
        assert_eq!(money(&Raw::Number(1e300)), Err(Problem::NotAmount));
    }

    #[test]
    fn percentages_dates_and_years() {
        let p = |r: Raw| percent(&r);
        assert_eq!(
            p(Raw::Text("12,5 %".into())),
            Ok(Some(Decimal::new(125, 1)))
        );
        assert_eq!(p(Raw::Number(0.125)), Ok(Some(Decimal::new(125, 1))));
        let d = NaiveDate::from_ymd_opt(2026, 6, 30);
        assert_eq!(date(&Raw::Text("30.06.2026".into())), Ok(d));
        assert_eq!(date(&Raw::Number(46_203.0)), Ok(d));
        assert_eq!(year(&Raw::Number(2026.0)), Ok(Some(2026)));
        assert_eq!(year(&Raw::Number(2026.5)), Err(Problem::NotYear));
    }
}
