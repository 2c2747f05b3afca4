//! The app's own settings, kept between runs through eframe's storage: the interface
//! language, recently used files and the panels shown. (The project's calculation settings
//! live in the project file, not here.)

use gevinst_core::i18n::Language;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

const STORAGE_KEY: &str = "gevinst.settings";

/// Settings that persist between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    /// The interface language.
    pub language: Language,
    /// Recently opened or saved project files, newest first.
    pub recent: Vec<PathBuf>,
    /// Whether the findings panel is shown.
    pub show_findings: bool,
    /// Zoom of the report preview (1.0 = 100 %); `None` fits the page to the width.
    pub report_zoom: Option<f32>,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            language: Language::Nb,
            recent: Vec::new(),
            show_findings: true,
            report_zoom: None,
        }
    }
}

impl AppSettings {
    /// The settings saved by a previous run, or the defaults (also when they can't be read).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let mut s: AppSettings = storage
            .and_then(|s| eframe::get_value(s, STORAGE_KEY))
            .unwrap_or_default();
        s.recent.truncate(MAX_RECENT);
        if s.report_zoom
            .is_some_and(|z| !z.is_finite() || !(0.25..=4.0).contains(&z))
        {
            s.report_zoom = None;
        }
        s
    }

    /// Write the settings to eframe's storage.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }

    /// Put a file first in the recent list.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Take a file off the recent list.
    pub fn remove_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage as _;
    use std::collections::HashMap;

    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn settings_round_trip_through_storage() {
        let mut s = AppSettings {
            language: Language::Nn,
            ..AppSettings::default()
        };
        s.add_recent(Path::new("/tmp/a.gevinst.json"));
        let mut mem = Memory::default();
        s.store(&mut mem);
        assert_eq!(AppSettings::load(Some(&mem)), s);
    }

    #[test]
    fn unreadable_settings_give_defaults() {
        let mut mem = Memory::default();
        mem.set_string(STORAGE_KEY, "(language: Klingon".into());
        assert_eq!(AppSettings::load(Some(&mem)), AppSettings::default());
        assert_eq!(AppSettings::load(None), AppSettings::default());
    }

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut s = AppSettings::default();
        for i in 0..15 {
            s.add_recent(Path::new(&format!("/nowhere/{i}.gevinst.json")));
        }
        s.add_recent(Path::new("/nowhere/12.gevinst.json"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert_eq!(s.recent[0], Path::new("/nowhere/12.gevinst.json"));
        assert_eq!(s.recent[1], Path::new("/nowhere/14.gevinst.json"));
        assert_eq!(
            s.recent
                .iter()
                .filter(|p| p.ends_with("12.gevinst.json"))
                .count(),
            1
        );
    }
}
