//! Numbers, amounts, percentages and dates as Norwegian readers expect them, and lenient
//! parsing of what users type.
//!
//! Bokmål and nynorsk: `1 250 000 kr`, `−42 000 kr`, `12,5 %`, `30.06.2026`, with a no-break
//! space (U+00A0) as the thousands separator and before the unit, so a number never breaks
//! across lines. English: `NOK 1,250,000`, `−NOK 42,000`, `12.5%`, `30 Jun 2026`.

use crate::model::{Language, Money};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

/// The no-break space used between digit groups and before units.
pub const NBSP: char = '\u{a0}';
/// The typographic minus sign used for negative numbers.
pub const MINUS: char = '\u{2212}';

fn group_sep(lang: Language) -> char {
    match lang {
        Language::Nb | Language::Nn => NBSP,
        Language::En => ',',
    }
}

fn decimal_sep(lang: Language) -> char {
    match lang {
        Language::Nb | Language::Nn => ',',
        Language::En => '.',
    }
}

/// Digits of a non-negative integer with thousands separators.
fn group_digits(digits: &str, sep: char) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len.saturating_add(len / 3));
    for (i, c) in digits.chars().enumerate() {
        // i < len: the subtraction cannot underflow.
        if i > 0 && len.saturating_sub(i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// An integer with thousands separators: `1 250 000`, `−42 000`; English `1,250,000`.
pub fn integer(n: i64, lang: Language) -> String {
    let body = group_digits(&n.unsigned_abs().to_string(), group_sep(lang));
    if n < 0 {
        format!("{MINUS}{body}")
    } else {
        body
    }
}

/// A decimal number rounded to at most `max_decimals` decimals, trailing zeros dropped:
/// `12,5`, `1 695`, `0,25`.
pub fn decimal(d: Decimal, max_decimals: u32, lang: Language) -> String {
    let r = d
        .round_dp_with_strategy(max_decimals, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    let neg = r.is_sign_negative() && !r.is_zero();
    let text = r.abs().to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_owned(), f.to_owned()),
        None => (text, String::new()),
    };
    let mut out = String::new();
    if neg {
        out.push(MINUS);
    }
    out.push_str(&group_digits(&int, group_sep(lang)));
    if !frac.is_empty() {
        out.push(decimal_sep(lang));
        out.push_str(&frac);
    }
    out
}

/// A decimal number with exactly `decimals` decimals: `1,50`.
pub fn decimal_fixed(d: Decimal, decimals: u32, lang: Language) -> String {
    let r = d.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let mut text = decimal(r, decimals, lang);
    if decimals > 0 {
        let sep = decimal_sep(lang);
        let have = text.split_once(sep).map_or(0, |(_, f)| f.chars().count());
        if have == 0 {
            text.push(sep);
        }
        for _ in have..decimals as usize {
            text.push('0');
        }
    }
    text
}

/// An amount in whole kroner (rounded): `1 250 000 kr`, `−42 000 kr`; English `NOK 1,250,000`.
pub fn money(m: Money, lang: Language) -> String {
    with_currency(integer(m.round_kroner(), lang), lang)
}

/// An amount with øre when it has any: `1 250 000,50 kr`, otherwise like [`money`].
pub fn money_exact(m: Money, lang: Language) -> String {
    if m.ore() % 100 == 0 {
        money(m, lang)
    } else {
        with_currency(decimal_fixed(m.to_decimal(), 2, lang), lang)
    }
}

/// An amount without the currency, for table cells under a "kr" heading: `1 250 000`.
pub fn money_plain(m: Money, lang: Language) -> String {
    integer(m.round_kroner(), lang)
}

/// A number as typed into an input field: full precision, no currency, normal spaces
/// between groups (so that editing it is easy): `1 250 000,5`.
pub fn money_input(m: Money, lang: Language) -> String {
    decimal(m.to_decimal(), 2, lang).replace(NBSP, " ")
}

/// The currency written with an amount: `kr` in Norwegian, `NOK` in English.
pub fn currency(lang: Language) -> &'static str {
    match lang {
        Language::Nb | Language::Nn => "kr",
        Language::En => "NOK",
    }
}

fn with_currency(number: String, lang: Language) -> String {
    let unit = currency(lang);
    match lang {
        Language::Nb | Language::Nn => format!("{number}{NBSP}{unit}"),
        Language::En => match number.strip_prefix(MINUS) {
            Some(rest) => format!("{MINUS}{unit}{NBSP}{rest}"),
            None => format!("{unit}{NBSP}{number}"),
        },
    }
}

/// A percentage given in percent units (`12.5` → `12,5 %`; English `12.5%`), at most
/// `max_decimals` decimals.
pub fn percent(p: Decimal, max_decimals: u32, lang: Language) -> String {
    let n = decimal(p, max_decimals, lang);
    match lang {
        Language::Nb | Language::Nn => format!("{n}{NBSP}%"),
        Language::En => format!("{n}%"),
    }
}

/// A date: `30.06.2026`; English `30 Jun 2026`.
pub fn date(d: NaiveDate, lang: Language) -> String {
    match lang {
        Language::Nb | Language::Nn => d.format("%d.%m.%Y").to_string(),
        Language::En => d.format("%-d %b %Y").to_string(),
    }
}

/// A date in the form users type it in every language: `30.06.2026`.
pub fn date_input(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Why typed text could not be read as a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Nothing was typed where a value is required.
    Empty,
    /// Not a number.
    NotNumber(String),
    /// More decimals than allowed.
    TooManyDecimals(u32),
    /// Too large.
    TooLarge,
    /// Negative where only positive values make sense.
    Negative,
    /// Not a date.
    NotDate(String),
    /// Not a whole number.
    NotWholeNumber,
    /// Outside the bounds of the quantity.
    OutOfBounds(crate::model::Quantity),
}

/// Normalise typed number text: drop spaces of every kind, a currency, a trailing `,-`,
/// and turn the minus sign into `-`. Returns the sign and the remaining body.
fn clean_number(text: &str, lang: Language) -> (bool, String) {
    // In English a comma only groups thousands (`1,250,000.50`); in Norwegian it is the
    // decimal separator (`1 250 000,50`), so it is kept for `split_number` to decide.
    let english = lang == Language::En;
    let mut s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'' && !(english && *c == ','))
        .collect();
    for unit in ["kr.", "kr", "NOK", "nok", "Kr"] {
        if let Some(rest) = s.strip_suffix(unit) {
            s = rest.to_owned();
        }
        if let Some(rest) = s.strip_prefix(unit) {
            s = rest.to_owned();
        }
    }
    if let Some(rest) = s.strip_suffix(",-") {
        s = rest.to_owned();
    }
    let s = s.replace([MINUS, '–'], "-");
    match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_owned()),
        None => (false, s),
    }
}

/// Split a cleaned number body into integer and fraction digits, deciding which of `,` and
/// `.` is the decimal separator: when both occur the last one is; a single `,` or `.` is a
/// decimal separator; several of the same are thousands separators.
fn split_number(body: &str, original: &str) -> Result<(String, String), InputError> {
    let not_number = || InputError::NotNumber(original.trim().to_owned());
    if body.is_empty() {
        return Err(InputError::Empty);
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(not_number());
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let decimal_sep = match (commas, dots) {
        (0, 0) => None,
        (_, 0) if commas > 1 => None,
        (0, _) if dots > 1 => None,
        (1, 0) => Some(','),
        (0, 1) => Some('.'),
        _ => {
            let last = body.rfind([',', '.']).map(|i| body.as_bytes()[i] as char);
            let sep = last.ok_or_else(not_number)?;
            if body.matches(sep).count() > 1 {
                return Err(not_number());
            }
            Some(sep)
        }
    };
    let (int, frac) = match decimal_sep {
        Some(sep) => {
            let (i, f) = body.rsplit_once(sep).ok_or_else(not_number)?;
            (i.to_owned(), f.to_owned())
        }
        None => (body.to_owned(), String::new()),
    };
    let int: String = int.chars().filter(|c| c.is_ascii_digit()).collect();
    if frac.contains([',', '.']) || (int.is_empty() && frac.is_empty()) {
        return Err(not_number());
    }
    Ok((if int.is_empty() { "0".into() } else { int }, frac))
}

/// Read an amount as users type it: `1 250 000`, `1250000`, `1 250 000,50`, `1.250.000,50`,
/// `kr 1 250 000`, `1 250,-`, `−42 000`. In English (`lang`) a comma groups thousands:
/// `NOK 1,250,000.50`.
pub fn parse_money(text: &str, lang: Language) -> Result<Money, InputError> {
    let (neg, body) = clean_number(text, lang);
    let (int, frac) = split_number(&body, text)?;
    if frac.len() > 2 {
        return Err(InputError::TooManyDecimals(2));
    }
    let kroner: i64 = int.parse().map_err(|_| InputError::TooLarge)?;
    Money::from_parts(neg, kroner, &frac).ok_or(InputError::TooLarge)
}

/// Read a decimal number as users type it (`12,5`, `1 695`, `0.25`), at most `max_decimals`
/// decimals and at most 10^15 in size. In English (`lang`) a comma groups thousands: `1,695.5`.
pub fn parse_decimal(text: &str, max_decimals: u32, lang: Language) -> Result<Decimal, InputError> {
    let (neg, body) = clean_number(text.trim_end_matches('%'), lang);
    let (int, frac) = split_number(&body, text)?;
    if frac.len() > max_decimals as usize {
        return Err(InputError::TooManyDecimals(max_decimals));
    }
    if int.trim_start_matches('0').len() > 15 {
        return Err(InputError::TooLarge);
    }
    let joined = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    let mut d: Decimal = joined.parse().map_err(|_| InputError::TooLarge)?;
    d.set_sign_negative(neg && !d.is_zero());
    Ok(d)
}

/// Read a bounded quantity as users type it (see [`parse_decimal`]), refusing a value outside
/// its bounds with [`InputError::OutOfBounds`].
pub fn parse_bounded<Q: crate::model::Bounded>(
    text: &str,
    max_decimals: u32,
    lang: Language,
) -> Result<Q, InputError> {
    let d = parse_decimal(text, max_decimals, lang)?;
    Q::new(d).ok_or(InputError::OutOfBounds(Q::QUANTITY))
}

/// Read a whole non-negative number (a volume): `12 000`, `12000`; in English (`lang`) also
/// `12,000`.
pub fn parse_count(text: &str, lang: Language) -> Result<u64, InputError> {
    let (neg, body) = clean_number(text, lang);
    let (int, frac) = split_number(&body, text)?;
    if !frac.is_empty() {
        return Err(InputError::NotWholeNumber);
    }
    if neg {
        return Err(InputError::Negative);
    }
    if int.trim_start_matches('0').len() > 15 {
        return Err(InputError::TooLarge);
    }
    int.parse().map_err(|_| InputError::TooLarge)
}

/// Read a year (1900–2200).
pub fn parse_year(text: &str) -> Result<i32, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    match t.parse::<i32>() {
        Ok(y) if (1900..=2200).contains(&y) => Ok(y),
        Ok(_) => Err(InputError::TooLarge),
        Err(_) => Err(InputError::NotNumber(t.to_owned())),
    }
}

/// Read a date as users type it: `30.06.2026`, `30.6.2026`, `30/06/2026`, `2026-06-30`.
pub fn parse_date(text: &str) -> Result<NaiveDate, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let bad = || InputError::NotDate(t.to_owned());
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d);
    }
    let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return Err(bad());
    }
    let day: u32 = parts[0].parse().map_err(|_| bad())?;
    let month: u32 = parts[1].parse().map_err(|_| bad())?;
    let year: i32 = parts[2].parse().map_err(|_| bad())?;
    if parts[2].len() != 4 || !(1900..=2200).contains(&year) {
        return Err(bad());
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(s: &str) -> String {
        s.replace(NBSP, " ")
    }

    #[test]
    fn norwegian_amounts() {
        let nb = Language::Nb;
        assert_eq!(sp(&money(Money::from_ore(125_000_000), nb)), "1 250 000 kr");
        assert_eq!(sp(&money(Money::from_ore(-4_200_000), nb)), "−42 000 kr");
        assert_eq!(sp(&money(Money::from_ore(99_900), nb)), "999 kr");
        assert_eq!(sp(&money(Money::ZERO, nb)), "0 kr");
        assert_eq!(sp(&money(Money::from_ore(125_000_050), nb)), "1 250 001 kr");
        assert_eq!(
            sp(&money_exact(Money::from_ore(125_000_050), nb)),
            "1 250 000,50 kr"
        );
        assert_eq!(
            money(Money::from_ore(125_000_000), nb),
            "1\u{a0}250\u{a0}000\u{a0}kr"
        );
    }

    #[test]
    fn english_amounts() {
        let en = Language::En;
        assert_eq!(
            sp(&money(Money::from_ore(125_000_000), en)),
            "NOK 1,250,000"
        );
        assert_eq!(sp(&money(Money::from_ore(-4_200_000), en)), "−NOK 42,000");
    }

    #[test]
    fn numbers_and_percentages() {
        let nb = Language::Nb;
        assert_eq!(sp(&percent(Decimal::new(125, 1), 1, nb)), "12,5 %");
        assert_eq!(percent(Decimal::new(125, 1), 1, Language::En), "12.5%");
        assert_eq!(sp(&decimal(Decimal::from(1695), 2, nb)), "1 695");
        assert_eq!(decimal(Decimal::new(-25, 2), 2, nb), "−0,25");
        assert_eq!(decimal(Decimal::new(1005, 3), 2, nb), "1,01");
        assert_eq!(decimal_fixed(Decimal::new(15, 1), 2, nb), "1,50");
        assert_eq!(decimal_fixed(Decimal::from(2), 1, nb), "2,0");
        assert_eq!(sp(&integer(1_000, nb)), "1 000");
        assert_eq!(integer(999, nb), "999");
        assert_eq!(
            integer(i64::MIN, Language::En),
            "−9,223,372,036,854,775,808"
        );
    }

    #[test]
    fn dates() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        assert_eq!(date(d, Language::Nb), "30.06.2026");
        assert_eq!(date(d, Language::En), "30 Jun 2026");
        for t in [
            "30.06.2026",
            "30.6.2026",
            "30/06/2026",
            "2026-06-30",
            " 30.06.2026 ",
        ] {
            assert_eq!(parse_date(t), Ok(d), "{t}");
        }
        for t in [
            "31.02.2026",
            "30.06.26",
            "i går",
            "30.06",
            "1.1.99999",
            "00.00.0000",
        ] {
            assert!(parse_date(t).is_err(), "{t}");
        }
    }

    #[test]
    fn typed_amounts() {
        let m = |s| parse_money(s, Language::Nb).map(|m| m.ore());
        assert_eq!(m("1 250 000"), Ok(125_000_000));
        assert_eq!(m("1250000"), Ok(125_000_000));
        assert_eq!(m("1 250 000,50"), Ok(125_000_050));
        assert_eq!(m("1\u{a0}250\u{a0}000,5"), Ok(125_000_050));
        assert_eq!(m("1.250.000,50"), Ok(125_000_050));
        assert_eq!(m("1,250,000.50"), Ok(125_000_050));
        assert_eq!(m("kr 1 250 000"), Ok(125_000_000));
        assert_eq!(m("1 250 000 kr"), Ok(125_000_000));
        assert_eq!(m("1 250,-"), Ok(125_000));
        assert_eq!(m("−42 000"), Ok(-4_200_000));
        assert_eq!(m("-42000"), Ok(-4_200_000));
        assert_eq!(m("0,5"), Ok(50));
        assert_eq!(m(""), Err(InputError::Empty));
        assert_eq!(m("12a"), Err(InputError::NotNumber("12a".into())));
        assert_eq!(m("tusen"), Err(InputError::NotNumber("tusen".into())));
        assert_eq!(m("1,555"), Err(InputError::TooManyDecimals(2)));
        assert_eq!(m("99999999999999999999"), Err(InputError::TooLarge));
        assert_eq!(m("10000000000001"), Err(InputError::TooLarge));
        assert!(m("1,2.3,4").is_err());
    }

    #[test]
    fn typed_numbers() {
        assert_eq!(
            parse_decimal("12,5", 2, Language::Nb),
            Ok(Decimal::new(125, 1))
        );
        assert_eq!(
            parse_decimal("1 695", 2, Language::Nb),
            Ok(Decimal::from(1695))
        );
        assert_eq!(
            parse_decimal("12,5 %", 2, Language::Nb),
            Ok(Decimal::new(125, 1))
        );
        assert_eq!(
            parse_decimal("0,125", 2, Language::Nb),
            Err(InputError::TooManyDecimals(2))
        );
        assert_eq!(
            parse_decimal("1e9", 2, Language::Nb),
            Err(InputError::NotNumber("1e9".into()))
        );
        assert_eq!(
            parse_decimal("9999999999999999", 2, Language::Nb),
            Err(InputError::TooLarge)
        );
        assert_eq!(parse_count("12 000", Language::Nb), Ok(12_000));
        assert_eq!(
            parse_count("12,5", Language::Nb),
            Err(InputError::NotWholeNumber)
        );
        assert_eq!(parse_count("-3", Language::Nb), Err(InputError::Negative));
        assert_eq!(parse_year("2026"), Ok(2026));
        assert!(parse_year("20266").is_err());
    }

    #[test]
    fn input_form_round_trips() {
        for ore in [0, 125_000_050, -4_200_000, 1, 99] {
            let m = Money::from_ore(ore);
            for lang in Language::ALL {
                assert_eq!(parse_money(&money_input(m, lang), lang), Ok(m), "{lang:?}");
            }
        }
    }

    #[test]
    fn english_commas_group_thousands() {
        let en = Language::En;
        assert_eq!(parse_money("182,000", en), Ok(Money::from_ore(18_200_000)));
        assert_eq!(
            parse_money("NOK 1,250,000.50", en),
            Ok(Money::from_ore(125_000_050))
        );
        assert_eq!(parse_decimal("1,695", 2, en), Ok(Decimal::from(1695)));
        assert_eq!(parse_count("12,000", en), Ok(12_000));
        // In Norwegian the comma stays the decimal separator.
        assert_eq!(
            parse_money("182,50", Language::Nb),
            Ok(Money::from_ore(18_250))
        );
    }
}
