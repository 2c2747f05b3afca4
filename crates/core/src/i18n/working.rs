//! Texts of the comparison and merge windows while their work runs in the background.

use super::key_table;

/// A sentence of the comparison and merge windows' background work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum WorkingText {
    /// Shown beside the spinner while the difference or the merge is worked out.
    Working,
    /// The background work ended without a result (an internal error).
    WorkFailed,
}

key_table!(WorkingText, working::text);
