//! Effectivisation measures (*effektiviseringstiltak*).

use crate::model::{Id, Money};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where a measure stands.
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
pub enum MeasureStatus {
    /// Planned, not started (*planlagt*).
    #[default]
    Planned,
    /// Under way (*pågår*).
    InProgress,
    /// Implemented (*iverksatt*).
    Implemented,
    /// Stopped or abandoned (*stanset*).
    Stopped,
}

impl MeasureStatus {
    /// All statuses in order.
    pub const ALL: [MeasureStatus; 4] = [
        MeasureStatus::Planned,
        MeasureStatus::InProgress,
        MeasureStatus::Implemented,
        MeasureStatus::Stopped,
    ];

    /// True for statuses the annual report counts as *implemented* rather than *planned*.
    pub fn is_implemented(self) -> bool {
        matches!(self, MeasureStatus::Implemented)
    }
}

/// An effectivisation measure, implemented or planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Measure {
    /// Stable id.
    pub id: Id,
    /// Short title, e.g. "Digital søknad om tilskudd".
    pub title: String,
    /// What the measure does.
    pub description: String,
    /// Where it stands.
    pub status: MeasureStatus,
    /// When work started or will start.
    pub start_date: Option<NaiveDate>,
    /// When it was or will be completed.
    pub end_date: Option<NaiveDate>,
    /// The responsible unit (*ansvarlig enhet*).
    pub responsible_unit: String,
    /// The responsible person.
    pub responsible_person: String,
    /// Does the measure digitalise work processes or services? Then it must be specially assessed.
    pub digitalisation: bool,
    /// The special assessment (*særlig vurdering*) that seed 003 demands for digitalisation measures.
    pub special_assessment: String,
    /// The services this measure touches.
    pub service_ids: Vec<Id>,
    /// One-off investment cost.
    pub investment: Option<Money>,
    /// Yearly operating cost once in operation.
    pub annual_operating_cost: Option<Money>,
    /// The price year (*kroneår*) of `investment` and `annual_operating_cost`.
    pub price_year: i32,
}

impl Default for Measure {
    fn default() -> Self {
        Measure {
            id: Id::new(),
            title: String::new(),
            description: String::new(),
            status: MeasureStatus::Planned,
            start_date: None,
            end_date: None,
            responsible_unit: String::new(),
            responsible_person: String::new(),
            digitalisation: false,
            special_assessment: String::new(),
            service_ids: Vec::new(),
            investment: None,
            annual_operating_cost: None,
            price_year: crate::model::this_year(),
        }
    }
}
