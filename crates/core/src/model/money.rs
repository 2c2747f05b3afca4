//! Exact money: whole øre in an `i64`, with checked arithmetic.
//!
//! In the project file an amount is a decimal string in kroner with at most two decimals
//! (`"1250000.50"`); a JSON integer (`1250000`) is accepted as whole kroner for hand-edited files.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;
use std::str::FromStr;

/// An amount of Norwegian kroner, stored exactly as whole øre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i64);

/// Why a text or a calculation could not give an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// The text is not a number.
    #[error("not an amount: «{0}»")]
    Invalid(String),
    /// More than two decimals (øre) were given.
    #[error("more than two decimals: «{0}»")]
    TooManyDecimals(String),
    /// The amount does not fit.
    #[error("amount too large")]
    Overflow,
}

/// The largest amount Gevinst accepts: 10 000 000 000 000 kr (ten trillion), far above any
/// agency budget yet far below `i64::MAX` øre, so that sums of many amounts cannot overflow
/// unnoticed.
pub const MAX_KRONER: i64 = 10_000_000_000_000;

impl Money {
    /// Zero kroner.
    pub const ZERO: Money = Money(0);

    /// An amount of whole øre.
    pub const fn from_ore(ore: i64) -> Money {
        Money(ore)
    }

    /// An amount of whole kroner; `None` if out of range.
    pub fn from_kroner(kroner: i64) -> Option<Money> {
        if kroner.checked_abs()? > MAX_KRONER {
            return None;
        }
        kroner.checked_mul(100).map(Money)
    }

    /// An amount from its parts as written: a sign, whole kroner, and the øre digits after
    /// the decimal separator (none, one or two ASCII digits: `"5"` is 50 øre). `None` when the
    /// kroner are beyond [`MAX_KRONER`] or the øre digits are not zero to two digits.
    pub fn from_parts(negative: bool, kroner: i64, ore_digits: &str) -> Option<Money> {
        if !(0..=MAX_KRONER).contains(&kroner)
            || ore_digits.len() > 2
            || !ore_digits.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let ore_part: i64 = match ore_digits.len() {
            0 => 0,
            1 => ore_digits.parse::<i64>().ok()?.checked_mul(10)?,
            _ => ore_digits.parse().ok()?,
        };
        let ore = kroner.checked_mul(100)?.checked_add(ore_part)?;
        Some(Money(if negative { ore.checked_neg()? } else { ore }))
    }

    /// The amount in øre.
    pub const fn ore(self) -> i64 {
        self.0
    }

    /// The whole-kroner part (truncated towards zero).
    pub const fn kroner(self) -> i64 {
        self.0 / 100
    }

    /// Rounded to whole kroner, half away from zero.
    pub fn round_kroner(self) -> i64 {
        // A quotient by 100 is far from i64's ends: the ±1 never saturates.
        let q = self.0 / 100;
        let r = self.0 % 100;
        if r >= 50 {
            q.saturating_add(1)
        } else if r <= -50 {
            q.saturating_sub(1)
        } else {
            q
        }
    }

    /// Checked addition.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// Checked subtraction.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// Checked multiplication by a whole number.
    pub fn checked_mul(self, n: i64) -> Option<Money> {
        self.0.checked_mul(n).map(Money)
    }

    /// Checked sum of many amounts.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(items: I) -> Option<Money> {
        items
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }

    /// Negation.
    pub fn checked_neg(self) -> Option<Money> {
        self.0.checked_neg().map(Money)
    }

    /// True when the amount is below zero.
    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// The amount as an exact decimal number of kroner.
    pub fn to_decimal(self) -> rust_decimal::Decimal {
        rust_decimal::Decimal::new(self.0, 2)
    }

    /// From a decimal number of kroner, rounded to whole øre (half away from zero);
    /// `None` if out of range.
    pub fn from_decimal(d: rust_decimal::Decimal) -> Option<Money> {
        use rust_decimal::prelude::ToPrimitive;
        let ore = d
            .checked_mul(rust_decimal::Decimal::ONE_HUNDRED)?
            .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .to_i64()?;
        if ore.unsigned_abs() > MAX_KRONER.unsigned_abs().saturating_mul(100) {
            return None;
        }
        Some(Money(ore))
    }

    /// Parse the canonical file form: optional `-`, digits, optionally `.` and one or two digits.
    pub fn parse_canonical(s: &str) -> Result<Money, MoneyError> {
        let invalid = || MoneyError::Invalid(s.to_owned());
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid());
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (body.contains('.') && frac.is_empty()) {
            return Err(invalid());
        }
        if frac.len() > 2 {
            return Err(MoneyError::TooManyDecimals(s.to_owned()));
        }
        let kroner: i64 = int.parse().map_err(|_| MoneyError::Overflow)?;
        Money::from_parts(neg, kroner, frac).ok_or(MoneyError::Overflow)
    }
}

impl fmt::Display for Money {
    /// The canonical file form, e.g. `1250000.50` or `-42000.00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Money::parse_canonical(s)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an amount in kroner as a string like \"1250000.50\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Money, E> {
                Money::parse_canonical(v).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Money, E> {
                Money::from_kroner(v).ok_or_else(|| E::custom(MoneyError::Overflow))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Money, E> {
                i64::try_from(v)
                    .ok()
                    .and_then(Money::from_kroner)
                    .ok_or_else(|| E::custom(MoneyError::Overflow))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An amount in Norwegian kroner, exact to the øre: a decimal string with at most two decimals (\"1250000.50\"). An integer is read as whole kroner.",
            "oneOf": [
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,2})?$" },
                { "type": "integer" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_round_trip() {
        for s in [
            "0.00",
            "1250000.50",
            "-42000.00",
            "0.05",
            "10000000000000.00",
        ] {
            let m: Money = s.parse().unwrap();
            assert_eq!(m.to_string(), s);
        }
        assert_eq!(Money::parse_canonical("12.5").unwrap().ore(), 1250);
        assert_eq!(Money::parse_canonical("12").unwrap().ore(), 1200);
    }

    #[test]
    fn rejects_bad_text() {
        for s in [
            "", "-", "1.", ".5", "1,5", "1e3", "abc", " 1", "1.2.3", "--1",
        ] {
            assert!(Money::parse_canonical(s).is_err(), "{s}");
        }
        assert_eq!(
            Money::parse_canonical("1.555"),
            Err(MoneyError::TooManyDecimals("1.555".into()))
        );
        assert_eq!(
            Money::parse_canonical("10000000000001"),
            Err(MoneyError::Overflow)
        );
        assert_eq!(
            Money::parse_canonical("99999999999999999999999"),
            Err(MoneyError::Overflow)
        );
    }

    #[test]
    fn json_accepts_string_and_integer() {
        let m: Money = serde_json::from_str("\"1250000.50\"").unwrap();
        assert_eq!(m.ore(), 125_000_050);
        let m: Money = serde_json::from_str("1250000").unwrap();
        assert_eq!(m.ore(), 125_000_000);
        assert!(serde_json::from_str::<Money>("1.5").is_err());
        assert!(serde_json::from_str::<Money>("99999999999999999").is_err());
        assert_eq!(serde_json::to_string(&m).unwrap(), "\"1250000.00\"");
    }

    #[test]
    fn rounding_and_checked_arithmetic() {
        assert_eq!(Money::from_ore(149).round_kroner(), 1);
        assert_eq!(Money::from_ore(150).round_kroner(), 2);
        assert_eq!(Money::from_ore(-150).round_kroner(), -2);
        assert_eq!(
            Money::from_ore(i64::MAX).checked_add(Money::from_ore(1)),
            None
        );
        let d = rust_decimal::Decimal::new(12345, 3); // 12.345
        assert_eq!(Money::from_decimal(d).unwrap().ore(), 1235);
        assert_eq!(Money::from_ore(1235).to_decimal().to_string(), "12.35");
    }

    #[test]
    fn extremes_give_none_instead_of_a_panic() {
        use rust_decimal::Decimal;
        assert_eq!(Money::from_kroner(i64::MIN), None);
        assert_eq!(Money::from_kroner(i64::MAX), None);
        assert_eq!(Money::from_decimal(Decimal::MAX), None);
        assert_eq!(Money::from_decimal(Decimal::MIN), None);
        assert_eq!(Money::from_ore(i64::MAX).round_kroner(), i64::MAX / 100);
        assert_eq!(Money::from_ore(i64::MIN).round_kroner(), i64::MIN / 100);
        assert_eq!(
            Money::from_ore(i64::MAX - 57).round_kroner(),
            i64::MAX / 100
        );
    }

    #[test]
    fn parts_make_an_amount() {
        assert_eq!(
            Money::from_parts(false, 12, "5"),
            Some(Money::from_ore(1250))
        );
        assert_eq!(
            Money::from_parts(true, 12, "05"),
            Some(Money::from_ore(-1205))
        );
        assert_eq!(Money::from_parts(false, 0, ""), Some(Money::ZERO));
        assert_eq!(Money::from_parts(false, MAX_KRONER + 1, ""), None);
        assert_eq!(Money::from_parts(false, -1, ""), None);
        assert_eq!(Money::from_parts(false, 1, "123"), None);
        assert_eq!(Money::from_parts(false, 1, "x"), None);
    }
}
