//! Helpers shared by the app's test modules: `workflows` by most of them (the whole app),
//! `editors` by `editors.rs` and `steps.rs` (one step hosted alone).

pub mod editors;
pub mod workflows;
