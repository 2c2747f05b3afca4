//! Stable unique identifiers for every entity in a project.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

/// A stable, globally unique id (a UUID), so that files from two colleagues can be compared
/// and merged entity by entity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(transparent)]
pub struct Id(pub Uuid);

impl Id {
    /// A fresh random id.
    pub fn new() -> Self {
        Id(Uuid::new_v4())
    }

    /// A deterministic id from a number: for fixtures, generators and tests.
    pub const fn from_u128(n: u128) -> Self {
        Id(Uuid::from_u128(n))
    }

    /// The first eight hex digits: enough to tell entities apart in a message.
    pub fn short(&self) -> String {
        self.0.simple().to_string()[..8].to_owned()
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
