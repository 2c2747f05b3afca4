//! Helpers shared by the app's test crates: `workflows` by `ui_workflows.rs` and
//! `ui_findings_land.rs`, `editors` by `ui_editors.rs` and `ui_steps.rs`.

#![allow(dead_code)] // shared by several test crates, each using only some of the helpers

pub mod editors;
pub mod workflows;
