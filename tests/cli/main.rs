//! The `gevinst` program end to end, one module per command family. One test binary, so the
//! program's tests are linked once rather than once per file.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod commands;
mod diff_merge;
mod next_year;
mod report_docx;
mod sheets;
mod support;
mod upgrade;
