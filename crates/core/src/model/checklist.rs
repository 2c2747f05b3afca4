//! The checklist of the digitalisation circular (*Digitaliseringsrundskrivet*, seed 000).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A point of the circular. Serialised as its number, e.g. `"1.10"`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum ChecklistPoint {
    /// 1.1 Digital services: forms and submission; the national service guide.
    #[serde(rename = "1.1")]
    P1_1,
    /// 1.2 National common components.
    #[serde(rename = "1.2")]
    P1_2,
    /// 1.3 Universal design, architecture principles, IT standards.
    #[serde(rename = "1.3")]
    P1_3,
    /// 1.4 Public information in machine-readable formats.
    #[serde(rename = "1.4")]
    P1_4,
    /// 1.5 User guidance for digital services.
    #[serde(rename = "1.5")]
    P1_5,
    /// 1.6 Electronic invoicing.
    #[serde(rename = "1.6")]
    P1_6,
    /// 1.7 Information security management.
    #[serde(rename = "1.7")]
    P1_7,
    /// 1.8 Coordination with the municipal sector.
    #[serde(rename = "1.8")]
    P1_8,
    /// 1.9 Planning and governance: project model, impact and socio-economic analysis.
    #[serde(rename = "1.9")]
    P1_9,
    /// 1.10 Benefits realisation: benefit owner and plan.
    #[serde(rename = "1.10")]
    P1_10,
    /// 2.1 ICT budget proposals copied to the digitalisation ministry.
    #[serde(rename = "2.1")]
    P2_1,
    /// 2.2 Self-declaration form.
    #[serde(rename = "2.2")]
    P2_2,
    /// 2.3 External quality assurance (KS1/KS2) of large ICT investments.
    #[serde(rename = "2.3")]
    P2_3,
}

impl ChecklistPoint {
    /// All points in the circular's order.
    pub const ALL: [ChecklistPoint; 13] = [
        ChecklistPoint::P1_1,
        ChecklistPoint::P1_2,
        ChecklistPoint::P1_3,
        ChecklistPoint::P1_4,
        ChecklistPoint::P1_5,
        ChecklistPoint::P1_6,
        ChecklistPoint::P1_7,
        ChecklistPoint::P1_8,
        ChecklistPoint::P1_9,
        ChecklistPoint::P1_10,
        ChecklistPoint::P2_1,
        ChecklistPoint::P2_2,
        ChecklistPoint::P2_3,
    ];

    /// The point's number, e.g. `"1.10"`.
    pub fn number(self) -> &'static str {
        match self {
            ChecklistPoint::P1_1 => "1.1",
            ChecklistPoint::P1_2 => "1.2",
            ChecklistPoint::P1_3 => "1.3",
            ChecklistPoint::P1_4 => "1.4",
            ChecklistPoint::P1_5 => "1.5",
            ChecklistPoint::P1_6 => "1.6",
            ChecklistPoint::P1_7 => "1.7",
            ChecklistPoint::P1_8 => "1.8",
            ChecklistPoint::P1_9 => "1.9",
            ChecklistPoint::P1_10 => "1.10",
            ChecklistPoint::P2_1 => "2.1",
            ChecklistPoint::P2_2 => "2.2",
            ChecklistPoint::P2_3 => "2.3",
        }
    }
}

/// The answer to a checklist point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistStatus {
    /// Not answered yet.
    #[default]
    NotAnswered,
    /// Fulfilled (*oppfylt*).
    Fulfilled,
    /// Partly fulfilled (*delvis oppfylt*): a deviation, to be justified.
    Partly,
    /// Not fulfilled (*ikke oppfylt*): a deviation, to be justified.
    NotFulfilled,
    /// Not relevant for this agency (*ikke relevant*).
    NotRelevant,
}

impl ChecklistStatus {
    /// All statuses in order.
    pub const ALL: [ChecklistStatus; 5] = [
        ChecklistStatus::NotAnswered,
        ChecklistStatus::Fulfilled,
        ChecklistStatus::Partly,
        ChecklistStatus::NotFulfilled,
        ChecklistStatus::NotRelevant,
    ];

    /// True for answers the circular says must be justified (*begrunnes*).
    pub fn is_deviation(self) -> bool {
        matches!(
            self,
            ChecklistStatus::Partly | ChecklistStatus::NotFulfilled
        )
    }
}

/// One answered (or unanswered) point. The point number is its stable id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Which point.
    pub point: ChecklistPoint,
    /// The answer.
    #[serde(default)]
    pub status: ChecklistStatus,
    /// Justification; required for deviations.
    #[serde(default)]
    pub justification: String,
}

/// A fresh checklist: every point, unanswered.
pub fn default_checklist() -> Vec<ChecklistItem> {
    ChecklistPoint::ALL
        .iter()
        .map(|&point| ChecklistItem {
            point,
            status: ChecklistStatus::NotAnswered,
            justification: String::new(),
        })
        .collect()
}
