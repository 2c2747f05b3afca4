//! Priority areas that extracted gains are reallocated to.

use crate::model::Id;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A priority area (*prioritert område*) that freed resources are moved to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct PriorityArea {
    /// Stable id.
    pub id: Id,
    /// Short name, e.g. "Tilsyn med barnehager".
    pub name: String,
    /// What the area is and why it is prioritised.
    pub description: String,
}
