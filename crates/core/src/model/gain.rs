//! Gains (*gevinster*) with planned and realised values per year.

use crate::model::{Hours, IndicatorValue};
use crate::model::{Id, Money};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The kind of gain.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GainKind {
    /// Cash-releasing budget savings (*kontantgevinst*), in kroner.
    #[default]
    Cash,
    /// Time saved, in hours (convertible to FTE).
    Time,
    /// Better quality, described and measured by an indicator.
    Quality,
    /// Gains for other actors: citizens, businesses, municipalities.
    OtherActors,
}

impl GainKind {
    /// All kinds in order.
    pub const ALL: [GainKind; 4] = [
        GainKind::Cash,
        GainKind::Time,
        GainKind::Quality,
        GainKind::OtherActors,
    ];
}

/// Who benefits from a gain for other actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Beneficiary {
    /// The agency itself.
    #[default]
    Agency,
    /// Citizens.
    Citizens,
    /// Businesses.
    Businesses,
    /// Municipalities.
    Municipalities,
    /// Other public bodies.
    OtherPublic,
}

impl Beneficiary {
    /// All values in order.
    pub const ALL: [Beneficiary; 5] = [
        Beneficiary::Agency,
        Beneficiary::Citizens,
        Beneficiary::Businesses,
        Beneficiary::Municipalities,
        Beneficiary::OtherPublic,
    ];
}

/// Whether a higher or a lower indicator value is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (e.g. share handled digitally).
    #[default]
    HigherIsBetter,
    /// Lower is better (e.g. processing time in days).
    LowerIsBetter,
}

impl Direction {
    /// Both values.
    pub const ALL: [Direction; 2] = [Direction::HigherIsBetter, Direction::LowerIsBetter];
}

/// Planned and realised values of a gain in one year. Amounts are in the gain's price year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct GainYear {
    /// The calendar year.
    pub year: i32,
    /// Planned value in kroner.
    pub planned_nok: Option<Money>,
    /// Realised value in kroner.
    pub realised_nok: Option<Money>,
    /// Planned hours saved.
    pub planned_hours: Option<Hours>,
    /// Realised hours saved.
    pub realised_hours: Option<Hours>,
    /// Planned indicator value at the end of the year.
    pub planned_indicator: Option<IndicatorValue>,
    /// Realised (measured) indicator value at the end of the year.
    pub realised_indicator: Option<IndicatorValue>,
}

/// A gain from a measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Gain {
    /// Stable id.
    pub id: Id,
    /// The measure the gain comes from.
    pub measure_id: Option<Id>,
    /// Short name.
    pub name: String,
    /// The kind of gain.
    pub kind: GainKind,
    /// Who benefits.
    pub beneficiary: Beneficiary,
    /// What the gain is.
    pub description: String,
    /// The indicator it is measured by, e.g. "Saksbehandlingstid".
    pub indicator: String,
    /// The indicator's unit, e.g. "dager".
    pub unit: String,
    /// Baseline (*nullpunkt*) value.
    pub baseline_value: Option<IndicatorValue>,
    /// When the baseline was measured.
    pub baseline_date: Option<NaiveDate>,
    /// Target value.
    pub target_value: Option<IndicatorValue>,
    /// When the target should be reached.
    pub target_date: Option<NaiveDate>,
    /// Whether higher or lower indicator values are better.
    pub direction: Direction,
    /// The benefit owner (*gevinstansvarlig*), normally a line manager (circular 1.10).
    pub owner: String,
    /// The price year (*kroneår*) of the kroner amounts of this gain and its extractions.
    pub price_year: i32,
    /// Planned and realised values per year, in year order.
    pub years: Vec<GainYear>,
}

impl Default for Gain {
    fn default() -> Self {
        Gain {
            id: Id::new(),
            measure_id: None,
            name: String::new(),
            kind: GainKind::Cash,
            beneficiary: Beneficiary::Agency,
            description: String::new(),
            indicator: String::new(),
            unit: String::new(),
            baseline_value: None,
            baseline_date: None,
            target_value: None,
            target_date: None,
            direction: Direction::HigherIsBetter,
            owner: String::new(),
            price_year: crate::model::this_year(),
            years: Vec::new(),
        }
    }
}

impl Gain {
    /// The values for a year, if recorded.
    pub fn year(&self, year: i32) -> Option<&GainYear> {
        self.years.iter().find(|y| y.year == year)
    }
}
