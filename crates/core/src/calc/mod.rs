//! Calculations: FTE, totals per year and kind, extraction totals, achievement, price-year
//! conversion and net present value. Pure functions over the model; exact decimal arithmetic,
//! with overflow reported as [`CalcError::Overflow`] rather than wrapped or panicked.
//!
//! The method is described for users in `docs/calculations.md`.

mod achievement;
mod claims;
mod cost;
mod npv;
mod price;
mod reconcile;
mod sums;
mod totals;

pub use achievement::{achievement_percent, year_achievement};
pub use claims::{
    GainOwner, RealisedSplit, deviations, gain_owner, realised_split, realised_value,
    unassessed_digitalisation, unjustified_deviations,
};
pub use cost::total_estimated_cost;
pub use npv::{
    NpvResult, NpvYear, comparison_factor, comparison_year, discount_factor, discount_factors,
    hours_value, measure_npv, npv_of_flows,
};
pub use price::convert_price_year;
pub use reconcile::{ReconciledYear, is_agency_own, is_for_other_actors, reconcile};
pub use sums::{
    AmountFte, AreaTable, AreaYearTotal, ChecklistCounts, ExtractedSum, ExtractionYear,
    MeasureCounts, NpvTotal, ServiceCounts, YearSum, checklist_counts, extracted_sum,
    extraction_by_area_and_year, extraction_year, gain_year_sums, measure_counts, npv_total,
    service_counts,
};
pub use totals::{
    AreaTotal, ExtractionRow, FormTotal, GainTotals, KindYearTotal, extraction_by_area,
    extraction_by_form, extraction_rows, gain_totals, measures_by_status,
};

use rust_decimal::Decimal;

/// Why a calculation could not be completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CalcError {
    /// A sum or product went beyond what an amount can hold.
    #[error("amount too large to calculate")]
    Overflow,
}

/// A percentage as a fraction: 4 → 0.04. (Dividing by a hundred cannot overflow; a result
/// too small for a `Decimal` rounds to zero.)
pub fn fraction(percent: Decimal) -> Decimal {
    percent
        .checked_div(Decimal::ONE_HUNDRED)
        .unwrap_or(Decimal::ZERO)
}

/// Hours converted to full-time equivalents (*årsverk*); `None` if `hours_per_fte` is not positive.
pub fn hours_to_fte(hours: Decimal, hours_per_fte: Decimal) -> Option<Decimal> {
    if hours_per_fte <= Decimal::ZERO {
        return None;
    }
    hours.checked_div(hours_per_fte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_to_fte_known_answers() {
        assert_eq!(
            hours_to_fte(Decimal::from(3390), Decimal::from(1695)),
            Some(Decimal::from(2))
        );
        assert_eq!(
            hours_to_fte(Decimal::from(847), Decimal::from(1694)),
            Some(Decimal::new(5, 1))
        );
        assert_eq!(hours_to_fte(Decimal::from(10), Decimal::ZERO), None);
        assert_eq!(hours_to_fte(Decimal::from(10), Decimal::from(-1)), None);
    }
}
