//! How far an indicator has come from its baseline towards its target.

use crate::model::{Direction, GainYear};
use rust_decimal::Decimal;

/// Whether `a` is at least as good as `b` in the given direction.
fn at_least_as_good(a: Decimal, b: Decimal, direction: Direction) -> bool {
    match direction {
        Direction::HigherIsBetter => a >= b,
        Direction::LowerIsBetter => a <= b,
    }
}

/// Achievement in percent of an indicator's `actual` value against its `target`.
///
/// - With a baseline that differs from the target: the share of the distance from baseline to
///   target that has been covered, `(actual − baseline) / (target − baseline) × 100`. This is
///   right whichever direction is better; it is negative when the indicator moved the wrong way
///   and above 100 when the target was exceeded. `None` if the target lies on the wrong side of
///   the baseline for the direction (the data contradicts itself).
/// - When baseline equals target (keep a level), or there is no baseline: 100 when the target is
///   met; otherwise the ratio of actual to target (higher is better) or target to actual
///   (lower is better), and 0 where that ratio is undefined (a target of 0).
pub fn achievement_percent(
    baseline: Option<Decimal>,
    target: Decimal,
    actual: Decimal,
    direction: Direction,
) -> Option<Decimal> {
    let hundred = Decimal::ONE_HUNDRED;
    if let Some(base) = baseline.filter(|b| *b != target) {
        if !at_least_as_good(target, base, direction) {
            return None;
        }
        let pct = actual
            .checked_sub(base)?
            .checked_div(target.checked_sub(base)?)?
            .checked_mul(hundred)?;
        return Some(pct);
    }
    if at_least_as_good(actual, target, direction) {
        return Some(hundred);
    }
    let ratio = match direction {
        Direction::HigherIsBetter => actual.checked_div(target),
        Direction::LowerIsBetter => target.checked_div(actual),
    };
    Some(
        ratio
            .and_then(|r| r.checked_mul(hundred))
            .map_or(Decimal::ZERO, |p| p.max(Decimal::ZERO)),
    )
}

/// The achievement of one year of a gain, in percent: the indicator against the gain's
/// `target` (from its `baseline`, in its `direction`) when the target and the year's realised
/// indicator are known; otherwise realised against planned kroner; otherwise realised against
/// planned hours. `None` when none of these can be worked out (nothing realised, or a plan of 0).
pub fn year_achievement(
    target: Option<Decimal>,
    baseline: Option<Decimal>,
    direction: Direction,
    year: &GainYear,
) -> Option<Decimal> {
    if let (Some(target), Some(actual)) = (target, year.realised_indicator) {
        return achievement_percent(baseline, target, actual.get(), direction);
    }
    let ratio = |planned: Decimal, realised: Decimal| {
        (!planned.is_zero())
            .then(|| achievement_percent(None, planned, realised, Direction::HigherIsBetter))
            .flatten()
    };
    if let (Some(p), Some(r)) = (year.planned_nok, year.realised_nok) {
        return ratio(p.to_decimal(), r.to_decimal());
    }
    if let (Some(p), Some(r)) = (year.planned_hours, year.realised_hours) {
        return ratio(p.get(), r.get());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Money;
    use crate::model::{Hours, IndicatorValue};
    use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};

    fn d(n: i64) -> Decimal {
        Decimal::from(n)
    }

    #[test]
    fn higher_is_better() {
        // Digital share from 40 % to target 90 %, now 65 %: half way.
        assert_eq!(
            achievement_percent(Some(d(40)), d(90), d(65), Up),
            Some(d(50))
        );
        assert_eq!(
            achievement_percent(Some(d(40)), d(90), d(100), Up),
            Some(d(120))
        );
        assert_eq!(
            achievement_percent(Some(d(40)), d(90), d(30), Up),
            Some(d(-20))
        );
    }

    #[test]
    fn lower_is_better() {
        // Processing time from 30 days to target 10, now 15: 75 % of the way.
        assert_eq!(
            achievement_percent(Some(d(30)), d(10), d(15), Down),
            Some(d(75))
        );
        assert_eq!(
            achievement_percent(Some(d(30)), d(10), d(30), Down),
            Some(d(0))
        );
        // A target above the baseline contradicts "lower is better".
        assert_eq!(achievement_percent(Some(d(10)), d(30), d(15), Down), None);
    }

    #[test]
    fn target_zero() {
        // Errors from 200 a year to 0, now 50.
        assert_eq!(
            achievement_percent(Some(d(200)), d(0), d(50), Down),
            Some(d(75))
        );
        assert_eq!(achievement_percent(None, d(0), d(0), Down), Some(d(100)));
        assert_eq!(achievement_percent(None, d(0), d(5), Down), Some(d(0)));
        assert_eq!(achievement_percent(None, d(0), d(5), Up), Some(d(100)));
    }

    #[test]
    fn baseline_equals_target() {
        // Keep a satisfaction score of 80.
        assert_eq!(
            achievement_percent(Some(d(80)), d(80), d(85), Up),
            Some(d(100))
        );
        assert_eq!(
            achievement_percent(Some(d(80)), d(80), d(60), Up),
            Some(d(75))
        );
        assert_eq!(
            achievement_percent(Some(d(10)), d(10), d(20), Down),
            Some(d(50))
        );
    }

    #[test]
    fn no_baseline() {
        assert_eq!(achievement_percent(None, d(200), d(50), Up), Some(d(25)));
        assert_eq!(achievement_percent(None, d(10), d(40), Down), Some(d(25)));
    }

    fn year(f: impl FnOnce(&mut GainYear)) -> GainYear {
        let mut y = GainYear {
            year: 2025,
            ..GainYear::default()
        };
        f(&mut y);
        y
    }

    #[test]
    fn a_year_uses_the_indicator_first() {
        // Target 90 from 40, realised 65: half way, whatever the kroner say.
        let y = year(|y| {
            y.realised_indicator = Some(IndicatorValue::clamped(d(65)));
            y.planned_nok = Money::from_kroner(100);
            y.realised_nok = Money::from_kroner(10);
        });
        assert_eq!(
            year_achievement(Some(d(90)), Some(d(40)), Up, &y),
            Some(d(50))
        );
        // A target on the wrong side of the baseline gives nothing, not the kroner.
        assert_eq!(year_achievement(Some(d(90)), Some(d(100)), Up, &y), None);
    }

    #[test]
    fn a_year_without_an_indicator_uses_kroner_then_hours() {
        let kroner = year(|y| {
            y.planned_nok = Money::from_kroner(200);
            y.realised_nok = Money::from_kroner(150);
            y.planned_hours = Some(Hours::clamped(d(10)));
            y.realised_hours = Some(Hours::clamped(d(10)));
        });
        assert_eq!(
            year_achievement(Some(d(90)), None, Up, &kroner),
            Some(d(75))
        );
        // Realised over plan counts as met (100), as for any "higher is better".
        let over = year(|y| {
            y.planned_nok = Money::from_kroner(100);
            y.realised_nok = Money::from_kroner(150);
        });
        assert_eq!(year_achievement(None, None, Down, &over), Some(d(100)));
        let hours = year(|y| {
            y.planned_hours = Some(Hours::clamped(d(40)));
            y.realised_hours = Some(Hours::clamped(d(10)));
        });
        assert_eq!(year_achievement(None, None, Up, &hours), Some(d(25)));
    }

    #[test]
    fn a_year_with_nothing_to_compare_has_no_achievement() {
        assert_eq!(year_achievement(None, None, Up, &year(|_| {})), None);
        // A realised indicator without a target, and a plan of 0, give nothing.
        let y = year(|y| {
            y.realised_indicator = Some(IndicatorValue::clamped(d(5)));
            y.planned_nok = Some(Money::ZERO);
            y.realised_nok = Money::from_kroner(10);
        });
        assert_eq!(year_achievement(None, None, Up, &y), None);
        // Planned kroner without realised kroner leave it to the hours.
        let y = year(|y| {
            y.planned_nok = Money::from_kroner(10);
            y.planned_hours = Some(Hours::clamped(d(10)));
            y.realised_hours = Some(Hours::clamped(d(5)));
        });
        assert_eq!(year_achievement(None, None, Up, &y), Some(d(50)));
    }
}
