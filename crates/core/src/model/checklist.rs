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
    /// 1.5, second duty: an agency whose responsibilities cross boundaries explains how its
    /// services connect and guides users on to other agencies.
    #[serde(rename = "1.5b")]
    P1_5b,
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
    pub const ALL: [ChecklistPoint; 14] = [
        ChecklistPoint::P1_1,
        ChecklistPoint::P1_2,
        ChecklistPoint::P1_3,
        ChecklistPoint::P1_4,
        ChecklistPoint::P1_5,
        ChecklistPoint::P1_5b,
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
            ChecklistPoint::P1_5b => "1.5b",
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

    /// Whether the circular makes the point an obligation (*skal/må*) or a recommendation
    /// (*bør*). A point that mixes both is an obligation when its core duty is one: 1.9's
    /// impact assessment (*skal*) beside its recommended project model; 1.10 is a
    /// recommendation, because both its benefit owner and its plan are *bør*.
    pub fn obligation(self) -> Obligation {
        match self {
            ChecklistPoint::P1_10 => Obligation::Recommendation,
            _ => Obligation::Obligation,
        }
    }

    /// What the circular asks the agency to justify when the point is not (fully) met, for
    /// the points where it asks for a justification; `None` for the others.
    pub fn justification_demand(self) -> Option<JustificationDemand> {
        match self {
            ChecklistPoint::P1_1 => Some(JustificationDemand::Exemptions),
            ChecklistPoint::P1_2 => Some(JustificationDemand::Altinn),
            ChecklistPoint::P1_3 => Some(JustificationDemand::ArchitecturePrinciples),
            ChecklistPoint::P2_2 => Some(JustificationDemand::SelfDeclaration),
            _ => None,
        }
    }
}

/// How binding a requirement is, as its source words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Obligation {
    /// An obligation: the source says *skal* or *må*.
    #[default]
    Obligation,
    /// A recommendation: the source says *bør*.
    Recommendation,
}

impl Obligation {
    /// Both values in order.
    pub const ALL: [Obligation; 2] = [Obligation::Obligation, Obligation::Recommendation];
}

/// What the circular asks an agency to justify (*begrunne*, *grunngi*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JustificationDemand {
    /// 1.1: exemptions from digital forms and submission must be documented and justified.
    Exemptions,
    /// 1.2: not using Altinn's infrastructure when the agency could must be justified.
    Altinn,
    /// 1.3: deviations from the state's architecture principles must be justified.
    ArchitecturePrinciples,
    /// 2.2: the self-declaration form justifies deviations from the assessment criteria.
    SelfDeclaration,
}

impl JustificationDemand {
    /// All values in order.
    pub const ALL: [JustificationDemand; 4] = [
        JustificationDemand::Exemptions,
        JustificationDemand::Altinn,
        JustificationDemand::ArchitecturePrinciples,
        JustificationDemand::SelfDeclaration,
    ];
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
    /// Partly fulfilled (*delvis oppfylt*): a deviation.
    Partly,
    /// Not fulfilled (*ikke oppfylt*): a deviation.
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

    /// True for the answers that deviate from a point: partly or not fulfilled.
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
    /// Justification; required for deviations where the circular asks for one
    /// ([`ChecklistPoint::justification_demand`]).
    #[serde(default)]
    pub justification: String,
}

/// A requirement of the agency's own ministry beyond the common ones (seed 003: *Det enkelte
/// departement kan ha egne krav*), answered like a point of the circular.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct OwnPoint {
    /// Stable id.
    pub id: crate::model::Id,
    /// The requirement, in a sentence.
    pub title: String,
    /// Where the ministry sets it, e.g. "Tildelingsbrev 2025, punkt 4.2".
    pub source: String,
    /// Whether the ministry makes it an obligation or a recommendation.
    pub obligation: Obligation,
    /// True when the ministry asks for deviations to be justified.
    pub justification_required: bool,
    /// The answer.
    pub status: ChecklistStatus,
    /// Justification of the answer.
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
