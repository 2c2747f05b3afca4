//! The yearly cycle: what a project made from last year's (`gevinst next-year`) carries over
//! to confirm, and last year's key figures kept as a snapshot.

use crate::model::{ChecklistPoint, Id, Money};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What was carried over from last year's report and must be confirmed for this year, and the
/// stopped measures of earlier years that the report leaves out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CarriedOver {
    /// The report year the project was carried over from.
    pub from_year: i32,
    /// Measures that were planned or in progress, whose status is not yet confirmed.
    pub measures: Vec<Id>,
    /// Checklist points whose answer and text are last year's, not yet confirmed.
    pub checklist: Vec<ChecklistPoint>,
    /// Requirements of the ministry's own whose answer and text are last year's.
    pub own_points: Vec<Id>,
    /// Measures stopped in an earlier year: left out of the report unless taken off this list.
    pub left_out: Vec<Id>,
}

impl CarriedOver {
    /// Nothing left to confirm.
    pub fn is_confirmed(&self) -> bool {
        self.measures.is_empty() && self.checklist.is_empty() && self.own_points.is_empty()
    }
}

/// One carried item to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Carried {
    /// A measure's status.
    Measure(Id),
    /// A checklist point's answer and text.
    Checklist(ChecklistPoint),
    /// A requirement of the ministry's own: its answer and text.
    OwnPoint(Id),
}

/// How many measures had each status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct StatusCounts {
    /// Planned.
    pub planned: u64,
    /// In progress.
    pub in_progress: u64,
    /// Implemented.
    pub implemented: u64,
    /// Stopped.
    pub stopped: u64,
}

/// The gains of one year, all kinds together, as last year's report showed them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SnapshotGainYear {
    /// The year.
    pub year: i32,
    /// Planned kroner.
    pub planned_nok: Money,
    /// Realised kroner; `None` when nothing was realised in kroner.
    pub realised_nok: Option<Money>,
    /// Planned full-time equivalents.
    pub planned_fte: Decimal,
    /// Realised full-time equivalents; `None` when no realised hours were recorded.
    pub realised_fte: Option<Decimal>,
}

/// What was extracted in one year, as last year's report showed it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SnapshotExtractionYear {
    /// The year.
    pub year: i32,
    /// Extracted in all forms but "not extracted", kroner.
    pub total_nok: Money,
    /// Extracted, full-time equivalents.
    pub total_fte: Decimal,
    /// Reallocated, kroner.
    pub reallocated_nok: Money,
    /// Cut from the budget, kroner.
    pub budget_cut_nok: Money,
}

/// What was reallocated to one priority area in last year's report year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct SnapshotArea {
    /// The priority area; `None` for reallocations that named none.
    pub priority_area_id: Option<Id>,
    /// Kroner in that year.
    pub amount_nok: Money,
    /// Full-time equivalents in that year.
    pub fte: Decimal,
}

/// Last year's key figures, kept when the project was carried over to a new year: the figures,
/// not a copy of the file. Every amount is in `price_year` kroner.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct YearSnapshot {
    /// The report year the figures are from.
    pub year: i32,
    /// The price year (*kroneår*) of every amount.
    pub price_year: i32,
    /// The measures counted by status.
    pub measures: StatusCounts,
    /// The agency's own gains realised in the report year; `None` when none were recorded.
    pub realised_nok: Option<Money>,
    /// Reallocated to priority areas in the report year.
    pub reallocated_nok: Money,
    /// Services digitally available.
    pub digital_services: u64,
    /// All services.
    pub services: u64,
    /// The sum of the measures' net present values; `None` when it could not be computed.
    pub npv_total: Option<Money>,
    /// The comparison year of `npv_total`.
    pub npv_year: i32,
    /// The gains per year, all kinds together.
    pub gains: Vec<SnapshotGainYear>,
    /// The extractions per year.
    pub extractions: Vec<SnapshotExtractionYear>,
    /// Reallocations per priority area in the report year.
    pub areas: Vec<SnapshotArea>,
}
