//! Converting amounts between price years (*kroneår*) with a price index.

use crate::model::{Money, PriceIndexEntry};

/// An amount in `from` kroner expressed in `to` kroner: `amount × index(to) / index(from)`,
/// rounded to the øre. `None` if either year is missing from the index or the result overflows.
/// The same year needs no index.
pub fn convert_price_year(
    amount: Money,
    from: i32,
    to: i32,
    index: &[PriceIndexEntry],
) -> Option<Money> {
    if from == to {
        return Some(amount);
    }
    let find = |y: i32| index.iter().find(|e| e.year == y).map(|e| e.index.get());
    let (f, t) = (find(from)?, find(to)?);
    if f <= rust_decimal::Decimal::ZERO {
        return None;
    }
    let value = amount.to_decimal().checked_mul(t)?.checked_div(f)?;
    Money::from_decimal(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IndexValue;
    use rust_decimal::Decimal;

    #[test]
    fn converts_with_the_index() {
        let index = vec![
            PriceIndexEntry {
                year: 2024,
                index: IndexValue::clamped(Decimal::new(1000, 1)),
            },
            PriceIndexEntry {
                year: 2025,
                index: IndexValue::clamped(Decimal::new(1031, 1)),
            },
        ];
        let m = Money::from_ore(100_000_000); // 1 000 000 kr
        assert_eq!(
            convert_price_year(m, 2024, 2025, &index),
            Some(Money::from_ore(103_100_000))
        );
        assert_eq!(convert_price_year(m, 2024, 2024, &[]), Some(m));
        assert_eq!(convert_price_year(m, 2023, 2025, &index), None);
        // Rounding to the øre: 1 kr in 2025 kroner is 0.9699... 2024 kroner.
        assert_eq!(
            convert_price_year(Money::from_ore(100), 2025, 2024, &index),
            Some(Money::from_ore(97))
        );
    }
}
