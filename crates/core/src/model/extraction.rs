//! Gain extraction (*gevinstuttak*): how freed resources are taken out and where they go.

use crate::model::Fte;
use crate::model::{Id, Money};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How a gain was (or will be) extracted.
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
pub enum ExtractionForm {
    /// The budget was cut (*budsjettkutt*).
    BudgetCut,
    /// Reallocated to a named priority area (*omdisponering*).
    #[default]
    Reallocation,
    /// Freed capacity used for more volume.
    IncreasedVolume,
    /// Freed capacity used for better quality.
    ImprovedQuality,
    /// Not extracted; `description` says why.
    NotExtracted,
}

impl ExtractionForm {
    /// All forms in order.
    pub const ALL: [ExtractionForm; 5] = [
        ExtractionForm::BudgetCut,
        ExtractionForm::Reallocation,
        ExtractionForm::IncreasedVolume,
        ExtractionForm::ImprovedQuality,
        ExtractionForm::NotExtracted,
    ];
}

/// One extraction of a gain in one year.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Extraction {
    /// Stable id.
    pub id: Id,
    /// The gain extracted from.
    pub gain_id: Option<Id>,
    /// The year of the extraction.
    pub year: i32,
    /// How it was extracted.
    pub form: ExtractionForm,
    /// Amount in kroner, in the gain's price year.
    pub amount_nok: Option<Money>,
    /// Full-time equivalents (*årsverk*) freed.
    pub fte: Option<Fte>,
    /// The priority area the resources were moved to (for reallocations).
    pub priority_area_id: Option<Id>,
    /// What was done; for `not_extracted`, why not.
    pub description: String,
}
