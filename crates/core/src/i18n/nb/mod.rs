//! Norsk bokmål.

pub(crate) mod cli;
pub(crate) mod common;
pub(crate) mod compare;
pub(crate) mod docx;
pub(crate) mod editor;
pub(crate) mod findings;
pub(crate) mod io;
pub(crate) mod report;
pub(crate) mod sheets;
pub(crate) mod sheetsapp;
pub(crate) mod terms;
pub(crate) mod ui;
pub(crate) mod vocab;
pub(crate) mod working;
pub(crate) mod year;
