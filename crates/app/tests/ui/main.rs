//! The app headless through egui_kittest, one module per area (the former `ui_*.rs` files),
//! with the helpers they share in `support/`. One test binary, so the app's tests are linked
//! once rather than once per file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod checklist;
mod compare;
mod editors;
mod export_docx;
mod files;
mod findings_land;
mod fuzz;
mod merge;
mod next_year;
mod sheets;
mod shell;
mod steps;
mod support;
mod together_jobs;
mod workflows;
