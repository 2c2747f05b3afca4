//! Bounded decimal quantities: every decimal number a project file can hold (hours, FTE,
//! percentages, rates, price-index values, indicator values) is one of these newtypes, checked
//! against its bounds when it is read, typed or made — as [`super::Money`] is.
//!
//! The bounds are wide enough for any real agency and narrow enough that the calculations on
//! them cannot overflow `rust_decimal` (see `docs/reliability.md`). Domain rules (a digital share
//! above 100 %, negative FTE) stay findings: the bounds only keep the arithmetic total.

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::fmt;

/// Which quantity a bounded decimal is: its bounds and its name in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quantity {
    /// Hours saved: 0 to 10 000 000.
    Hours,
    /// Working hours in one FTE: 0 to 8 784 (the hours of a leap year).
    HoursPerFte,
    /// Full-time equivalents: −100 000 to 100 000.
    Fte,
    /// A percentage such as a digital share or the tax-financing cost: −100 to 1 000.
    Percent,
    /// A yearly rate in percent (discount rate, real price growth): −99.99 to 100.
    Rate,
    /// A price-index value: 0.0001 to 1 000 000 000.
    Index,
    /// An indicator value (baseline, target, planned, realised): −10¹⁵ to 10¹⁵.
    Indicator,
}

impl Quantity {
    /// Every quantity, for tests and documentation.
    pub const ALL: [Quantity; 7] = [
        Quantity::Hours,
        Quantity::HoursPerFte,
        Quantity::Fte,
        Quantity::Percent,
        Quantity::Rate,
        Quantity::Index,
        Quantity::Indicator,
    ];

    /// The smallest value allowed.
    pub const fn min(self) -> Decimal {
        match self {
            Quantity::Hours | Quantity::HoursPerFte => Decimal::ZERO,
            Quantity::Fte => Decimal::from_parts(100_000, 0, 0, true, 0),
            Quantity::Percent => Decimal::from_parts(100, 0, 0, true, 0),
            Quantity::Rate => Decimal::from_parts(100, 0, 0, true, 0),
            Quantity::Index => Decimal::from_parts(1, 0, 0, false, 4),
            // 10^15 = 0x38D7E_A4C68000
            Quantity::Indicator => Decimal::from_parts(0xA4C6_8000, 0x3_8D7E, 0, true, 0),
        }
    }

    /// The largest value allowed.
    pub const fn max(self) -> Decimal {
        match self {
            Quantity::Hours => Decimal::from_parts(10_000_000, 0, 0, false, 0),
            Quantity::HoursPerFte => Decimal::from_parts(8_784, 0, 0, false, 0),
            Quantity::Fte => Decimal::from_parts(100_000, 0, 0, false, 0),
            Quantity::Percent => Decimal::from_parts(1_000, 0, 0, false, 0),
            Quantity::Rate => Decimal::ONE_HUNDRED,
            Quantity::Index => Decimal::from_parts(1_000_000_000, 0, 0, false, 0),
            Quantity::Indicator => Decimal::from_parts(0xA4C6_8000, 0x3_8D7E, 0, false, 0),
        }
    }

    /// Whether a value lies within the bounds (both included).
    pub fn contains(self, d: Decimal) -> bool {
        self.min() <= d && d <= self.max()
    }

    /// The value moved into the bounds.
    pub fn clamp(self, d: Decimal) -> Decimal {
        d.clamp(self.min(), self.max())
    }

    /// A stable English name, used in the deserializer's error text (`io::diagnose` reads it
    /// back into a [`Quantity`]).
    pub const fn key(self) -> &'static str {
        match self {
            Quantity::Hours => "hours",
            Quantity::HoursPerFte => "hours_per_fte",
            Quantity::Fte => "fte",
            Quantity::Percent => "percent",
            Quantity::Rate => "rate",
            Quantity::Index => "index",
            Quantity::Indicator => "indicator",
        }
    }

    /// The quantity named by [`Quantity::key`].
    pub fn from_key(key: &str) -> Option<Quantity> {
        Quantity::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The deserializer's error text for a value out of bounds.
    pub fn error_text(self) -> String {
        format!("{OUT_OF_BOUNDS}{}", self.key())
    }
}

/// The start of the deserializer's error text for a value out of bounds.
pub const OUT_OF_BOUNDS: &str = "quantity out of bounds: ";

/// A decimal quantity with bounds; implemented by every bounded newtype.
pub trait Bounded: Copy + PartialEq + PartialOrd + fmt::Debug + Send + Sync + 'static {
    /// Which quantity it is.
    const QUANTITY: Quantity;
    /// The value, if within the bounds.
    fn new(d: Decimal) -> Option<Self>;
    /// The value moved into the bounds.
    fn clamped(d: Decimal) -> Self;
    /// The number.
    fn get(self) -> Decimal;
}

macro_rules! bounded {
    ($(#[$doc:meta])* $name:ident, $q:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Decimal);

        impl $name {
            /// The value, if within the bounds.
            pub fn new(d: Decimal) -> Option<Self> {
                Quantity::$q.contains(d).then_some($name(d))
            }

            /// The value moved into the bounds.
            pub fn clamped(d: Decimal) -> Self {
                $name(Quantity::$q.clamp(d))
            }

            /// The number.
            pub const fn get(self) -> Decimal {
                self.0
            }
        }

        impl Bounded for $name {
            const QUANTITY: Quantity = Quantity::$q;
            fn new(d: Decimal) -> Option<Self> {
                $name::new(d)
            }
            fn clamped(d: Decimal) -> Self {
                $name::clamped(d)
            }
            fn get(self) -> Decimal {
                self.0
            }
        }

        impl Default for $name {
            /// Zero, or the bound nearest to it.
            fn default() -> Self {
                $name::clamped(Decimal::ZERO)
            }
        }

        impl From<$name> for Decimal {
            fn from(v: $name) -> Decimal {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Serialize::serialize(&self.0, s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let v = <Decimal as Deserialize>::deserialize(d)?;
                $name::new(v).ok_or_else(|| {
                    <D::Error as de::Error>::custom(Quantity::$q.error_text())
                })
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                <Decimal as JsonSchema>::schema_name()
            }
            fn schema_id() -> std::borrow::Cow<'static, str> {
                <Decimal as JsonSchema>::schema_id()
            }
            fn inline_schema() -> bool {
                <Decimal as JsonSchema>::inline_schema()
            }
            fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
                <Decimal as JsonSchema>::json_schema(g)
            }
        }
    };
}

bounded!(
    /// Hours saved (planned or realised), 0 to 10 000 000.
    Hours,
    Hours
);
bounded!(
    /// Working hours in one FTE, 0 to 8 784.
    HoursPerFte,
    HoursPerFte
);
bounded!(
    /// Full-time equivalents (*årsverk*), −100 000 to 100 000.
    Fte,
    Fte
);
bounded!(
    /// A percentage, −100 to 1 000.
    Percent,
    Percent
);
bounded!(
    /// A yearly rate in percent, −99.99 to 100.
    Rate,
    Rate
);
bounded!(
    /// A price-index value, 0.0001 to 1 000 000 000.
    IndexValue,
    Index
);
bounded!(
    /// An indicator value, −10¹⁵ to 10¹⁵.
    IndicatorValue,
    Indicator
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_ordered_and_named() {
        for q in Quantity::ALL {
            assert!(q.min() < q.max(), "{q:?}");
            assert_eq!(Quantity::from_key(q.key()), Some(q));
        }
        assert_eq!(
            Quantity::Indicator.max(),
            Decimal::from(1_000_000_000_000_000_i64)
        );
        assert_eq!(
            Quantity::Indicator.min(),
            -Decimal::from(1_000_000_000_000_000_i64)
        );
        assert_eq!(Quantity::Rate.min().to_string(), "-100");
        assert_eq!(Quantity::Index.min().to_string(), "0.0001");
    }

    #[test]
    fn read_checks_the_bounds() {
        let h: Hours = serde_json::from_str("\"1200.5\"").unwrap();
        assert_eq!(h.get(), Decimal::new(12005, 1));
        assert_eq!(serde_json::to_string(&h).unwrap(), "\"1200.5\"");
        let err = serde_json::from_str::<Hours>("\"10000001\"").unwrap_err();
        assert!(
            err.to_string().starts_with("quantity out of bounds: hours"),
            "{err}"
        );
        assert!(serde_json::from_str::<IndexValue>("\"0\"").is_err());
        assert!(serde_json::from_str::<IndexValue>("\"0.0000000001\"").is_err());
        assert!(serde_json::from_str::<Rate>("\"-100.01\"").is_err());
        assert!(serde_json::from_str::<Fte>("\"-3\"").is_ok());
        assert_eq!(Percent::clamped(Decimal::MAX).get(), Decimal::from(1000));
        assert_eq!(Hours::new(Decimal::NEGATIVE_ONE), None);
    }
}
