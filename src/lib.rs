//! Gevinst: effectivisation measures, *Digitalt førstevalg* and gain extraction
//! for a Norwegian state agency's annual report.
//!
//! The core (`model`, `calc`, `validate`, `io`, `report`, `edit`, `format`, `i18n`) has no
//! GUI dependency; `ui` and `cli` are thin shells over it.

pub mod calc;
pub mod cli;
pub mod edit;
pub mod example;
pub mod format;
pub mod i18n;
pub mod io;
pub mod model;
pub mod report;
pub mod ui;
pub mod validate;
