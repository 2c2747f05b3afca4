//! The project's data: everything a user records, and nothing else.
//!
//! Plain data with `serde` derives; no GUI, no I/O. Each entity has a stable [`Id`].

mod agency;
mod checklist;
mod extraction;
mod field;
mod gain;
mod history;
mod id;
mod language;
mod measure;
mod money;
mod priority;
mod quantity;
mod service;
mod settings;
mod year;

pub use agency::{Agency, ReportInfo, ReportPart, org_number_is_valid};
pub use checklist::{
    ChecklistItem, ChecklistPoint, ChecklistStatus, JustificationDemand, Obligation, OwnPoint,
    default_checklist,
};
pub use extraction::{Extraction, ExtractionForm};
pub use field::{
    AgencyField, ChecklistField, ExtractionField, Field, GainField, MeasureField, OwnPointField,
    PriorityAreaField, ReportField, ServiceField, SettingsField,
};
pub use gain::{Beneficiary, Direction, Gain, GainKind, GainYear};
pub use history::{History, MAX_REVISIONS, Revision, common_ancestor};
pub use id::Id;
pub use language::Language;
pub use measure::{Measure, MeasureStatus};
pub use money::{MAX_KRONER, Money, MoneyError};
pub use priority::PriorityArea;
pub use quantity::{
    Bounded, Fte, Hours, HoursPerFte, IndexValue, IndicatorValue, OUT_OF_BOUNDS, Percent, Quantity,
    Rate,
};
pub use service::{
    CatalogueRegistration, Channel, ExemptionGround, InfoSource, Service, ServiceChain,
    ServicePlan, Suitability, TargetGroup, UserOrientation,
};
pub use settings::{DiscountBand, PriceIndexEntry, Settings};
pub use year::{
    Carried, CarriedOver, SnapshotArea, SnapshotExtractionYear, SnapshotGainYear, StatusCounts,
    YearSnapshot,
};

use chrono::{DateTime, Datelike, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The schema version this build of Gevinst writes and reads natively.
pub const SCHEMA_VERSION: u32 = 2;

/// The current calendar year from the system clock (for defaults only).
pub fn this_year() -> i32 {
    chrono::Local::now().year()
}

/// A whole Gevinst project: one agency's effectivisation section for one annual report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Version of the file format; always written first.
    pub schema_version: u32,
    /// Stable id of the project.
    #[serde(default)]
    pub id: Id,
    /// The agency.
    #[serde(default)]
    pub agency: Agency,
    /// The report and the section's own texts.
    #[serde(default)]
    pub report: ReportInfo,
    /// Calculation settings and thresholds.
    #[serde(default)]
    pub settings: Settings,
    /// Priority areas that gains are reallocated to.
    #[serde(default)]
    pub priority_areas: Vec<PriorityArea>,
    /// Effectivisation measures, implemented and planned.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Services and their *Digitalt førstevalg* assessments.
    #[serde(default)]
    pub services: Vec<Service>,
    /// Gains with planned and realised values per year.
    #[serde(default)]
    pub gains: Vec<Gain>,
    /// Extractions of gains per year.
    #[serde(default)]
    pub extractions: Vec<Extraction>,
    /// The circular's checklist, one item per point.
    #[serde(default = "default_checklist")]
    pub checklist: Vec<ChecklistItem>,
    /// The ministry's own requirements beyond the circular's, answered like its points.
    #[serde(default)]
    pub own_points: Vec<OwnPoint>,
    /// When the project was created.
    #[serde(default = "Utc::now")]
    pub created: DateTime<Utc>,
    /// When the project was last saved.
    #[serde(default = "Utc::now")]
    pub modified: DateTime<Utc>,
    /// Who saved it last.
    #[serde(default)]
    pub last_edited_by: String,
    /// The revisions saved and which one last changed each entity (schema version 2).
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub history: History,
    /// What was carried over from last year's report and is still to confirm (set by
    /// `gevinst next-year`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_over: Option<CarriedOver>,
    /// Last year's key figures, shown as "I fjor" beside this year's (set by
    /// `gevinst next-year`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_year: Option<YearSnapshot>,
}

impl Default for Project {
    fn default() -> Self {
        let now = Utc::now();
        Project {
            schema_version: SCHEMA_VERSION,
            id: Id::new(),
            agency: Agency::default(),
            report: ReportInfo::default(),
            settings: Settings::default(),
            priority_areas: Vec::new(),
            measures: Vec::new(),
            services: Vec::new(),
            gains: Vec::new(),
            extractions: Vec::new(),
            checklist: default_checklist(),
            own_points: Vec::new(),
            created: now,
            modified: now,
            last_edited_by: String::new(),
            history: History::default(),
            carried_over: None,
            last_year: None,
        }
    }
}

/// The kinds of entity that live in lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A [`PriorityArea`].
    PriorityArea,
    /// A [`Measure`].
    Measure,
    /// A [`Service`].
    Service,
    /// A [`Gain`].
    Gain,
    /// An [`Extraction`].
    Extraction,
    /// An [`OwnPoint`] of the checklist.
    OwnPoint,
}

/// A reference to one place in a project: where a finding points, what an edit touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum EntityRef {
    /// The agency block.
    Agency,
    /// The report block (year, part, language, texts).
    Report,
    /// The settings.
    Settings,
    /// A priority area.
    PriorityArea(Id),
    /// A measure.
    Measure(Id),
    /// A service.
    Service(Id),
    /// A gain.
    Gain(Id),
    /// An extraction.
    Extraction(Id),
    /// A checklist point.
    Checklist(ChecklistPoint),
    /// A checklist point of the ministry's own.
    OwnPoint(Id),
}

impl Project {
    /// A new, empty project with sensible defaults.
    pub fn new() -> Self {
        Project::default()
    }

    /// The priority area with this id.
    pub fn priority_area(&self, id: Id) -> Option<&PriorityArea> {
        self.priority_areas.iter().find(|p| p.id == id)
    }

    /// The measure with this id.
    pub fn measure(&self, id: Id) -> Option<&Measure> {
        self.measures.iter().find(|m| m.id == id)
    }

    /// The service with this id.
    pub fn service(&self, id: Id) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The gain with this id.
    pub fn gain(&self, id: Id) -> Option<&Gain> {
        self.gains.iter().find(|g| g.id == id)
    }

    /// The extraction with this id.
    pub fn extraction(&self, id: Id) -> Option<&Extraction> {
        self.extractions.iter().find(|e| e.id == id)
    }

    /// The checklist item for a point.
    pub fn checklist_item(&self, point: ChecklistPoint) -> Option<&ChecklistItem> {
        self.checklist.iter().find(|c| c.point == point)
    }

    /// The own checklist point with this id.
    pub fn own_point(&self, id: Id) -> Option<&OwnPoint> {
        self.own_points.iter().find(|x| x.id == id)
    }

    /// The gains that come from a measure.
    pub fn gains_of(&self, measure: Id) -> impl Iterator<Item = &Gain> {
        self.gains
            .iter()
            .filter(move |g| g.measure_id == Some(measure))
    }

    /// The extractions of a gain.
    pub fn extractions_of(&self, gain: Id) -> impl Iterator<Item = &Extraction> {
        self.extractions
            .iter()
            .filter(move |e| e.gain_id == Some(gain))
    }
}
