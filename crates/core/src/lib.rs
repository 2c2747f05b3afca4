//! Gevinst's core: everything about a project that is not a window or a PDF.
//!
//! The modules depend on each other in one direction, bottom to top:
//! [`model`] (the data, [`model::Language`]) → [`format`] (Norwegian numbers and dates) →
//! [`calc`] (FTE, totals, price years, net present value) → [`validate`] (findings as data) →
//! [`i18n`] (every fixed text, and findings as sentences) → [`edit`], [`compare`] (diff and
//! three-way merge of two copies) → [`example`] (its two edited copies use `compare`), [`io`].
//! No egui, eframe or PDF crate is in this crate's dependency tree; the report
//! (`gevinst-report`), the app (`gevinst-app`) and the program (`gevinst`) build on it.

// Every operation on numbers a user or a file controls is checked: an overflow is a finding
// or an error message, never a panic. (Cargo's [lints] table cannot add a lint to the
// workspace's set for one member, so the core and the report deny it here.)
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

pub mod calc;
pub mod compare;
pub mod edit;
pub mod example;
pub mod format;
pub mod i18n;
pub mod io;
pub mod model;
#[cfg(feature = "testing")]
pub mod testing;
pub mod validate;
pub mod year;
