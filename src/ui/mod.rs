//! The desktop app (egui/eframe). Everything that draws lives under this module; the core
//! modules never depend on it.

pub mod widgets;
