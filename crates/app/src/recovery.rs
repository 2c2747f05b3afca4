//! Autosave to a recovery file while editing, so a crash or power cut loses at most a few
//! seconds of work. Each running app writes its own pair of files in the platform's data
//! folder (`recovery-<pid>-<instance>.gevinst.json` and `.meta.json`), removes them on save and
//! on a clean exit, and at start offers to recover any left behind. The process id in the name
//! is the copy's liveness lock: a copy whose process still runs is another open window's live
//! autosave, not a leftover, and is not offered.

use crate::fileio;
use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_core::model::Project;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

const PREFIX: &str = "recovery-";
const PROJECT_SUFFIX: &str = ".gevinst.json";
const META_SUFFIX: &str = ".meta.json";

/// What the recovery file is a copy of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryMeta {
    /// The project's file, if it had one.
    pub original: Option<PathBuf>,
    /// The name the user knows it by (file name, or "Uten navn").
    pub name: String,
    /// When the copy was written.
    pub saved_at: DateTime<Utc>,
}

/// A recovery copy left by an earlier run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The copy of the project.
    pub project_path: PathBuf,
    /// Its description.
    pub meta_path: PathBuf,
    /// What it is a copy of.
    pub meta: RecoveryMeta,
}

impl Found {
    /// Read the copied project.
    pub fn load(&self, lang: Language) -> Result<Project, String> {
        fileio::open(&self.project_path, lang).map(|o| o.project)
    }

    /// Delete the copy.
    pub fn discard(&self) {
        let _ = std::fs::remove_file(&self.project_path);
        let _ = std::fs::remove_file(&self.meta_path);
    }
}

/// This app's recovery files.
pub struct Recovery {
    dir: Option<PathBuf>,
    stem: String,
    /// Bumped by [`Recovery::clear`]; a write started before is dropped, so a copy never
    /// reappears after the project was saved.
    generation: Arc<Mutex<u64>>,
    writer: Option<JoinHandle<()>>,
    /// Whether a process on this machine runs ([`gevinst_core::io::process_alive`]).
    alive: fn(u32) -> Option<bool>,
}

/// The process id in a copy's name (`recovery-<pid>-<instance>`).
fn pid_of(stem: &str) -> Option<u32> {
    stem.strip_prefix(PREFIX)?.split('-').next()?.parse().ok()
}

impl Recovery {
    /// Recovery files in `dir` (none at all when `dir` is `None`).
    pub fn new(dir: Option<PathBuf>) -> Self {
        Recovery::with_liveness(dir, gevinst_core::io::process_alive)
    }

    /// Recovery files in `dir`, telling running processes by `alive` (tests pretend a crash).
    pub fn with_liveness(dir: Option<PathBuf>, alive: fn(u32) -> Option<bool>) -> Self {
        let stem = format!(
            "{PREFIX}{}-{}",
            std::process::id(),
            &uuid::Uuid::new_v4().simple().to_string()[..8]
        );
        Recovery {
            dir,
            stem,
            generation: Arc::new(Mutex::new(0)),
            writer: None,
            alive,
        }
    }

    /// The folder the files live in.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    fn own_paths(&self) -> Option<(PathBuf, PathBuf)> {
        let dir = self.dir.as_ref()?;
        Some((
            dir.join(format!("{}{PROJECT_SUFFIX}", self.stem)),
            dir.join(format!("{}{META_SUFFIX}", self.stem)),
        ))
    }

    /// Copies left by runs that are no longer running, newest first. Another running copy of
    /// Gevinst's live autosave is not offered (when it cannot be told whether that process
    /// runs, the copy is offered: better asked once too often than work lost).
    pub fn find(&self) -> Vec<Found> {
        let Some(dir) = &self.dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut found: Vec<Found> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let stem = name.strip_suffix(META_SUFFIX)?;
                if !stem.starts_with(PREFIX) || stem == self.stem {
                    return None;
                }
                if pid_of(stem).is_some_and(|pid| (self.alive)(pid) == Some(true)) {
                    return None;
                }
                let meta_path = e.path();
                let project_path = dir.join(format!("{stem}{PROJECT_SUFFIX}"));
                let meta = std::fs::read_to_string(&meta_path)
                    .ok()
                    .and_then(|t| serde_json::from_str(&t).ok())?;
                project_path.is_file().then_some(Found {
                    project_path,
                    meta_path,
                    meta,
                })
            })
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.meta.saved_at));
        found
    }

    /// True while a copy is being written.
    pub fn busy(&self) -> bool {
        self.writer.as_ref().is_some_and(|w| !w.is_finished())
    }

    /// Write a copy of the project in the background. Returns false (and writes nothing) while
    /// the previous copy is still being written; try again later.
    pub fn write(&mut self, project: Project, meta: RecoveryMeta) -> bool {
        if self.busy() {
            return false;
        }
        let Some((project_path, meta_path)) = self.own_paths() else {
            return true;
        };
        let generation = Arc::clone(&self.generation);
        let started = generation.lock().map(|g| *g).unwrap_or(0);
        self.writer = Some(std::thread::spawn(move || {
            // Hold the lock while writing so `clear` waits for the write and then removes it.
            let Ok(current) = generation.lock() else {
                return;
            };
            if *current != started {
                return;
            }
            if let Some(dir) = project_path.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if fileio::save_recovery(&project, &project_path).is_ok()
                && let Ok(text) = serde_json::to_string_pretty(&meta)
            {
                let _ = gevinst_core::io::write_atomic(&meta_path, text.as_bytes());
            }
        }));
        true
    }

    /// Wait for a copy being written (tests, and before quitting).
    pub fn wait(&mut self) {
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
    }

    /// Remove this app's copy (after saving, on a clean exit, or when the user discards
    /// the changes). A copy being written is dropped.
    pub fn clear(&mut self) {
        if let Ok(mut g) = self.generation.lock() {
            *g += 1;
            if let Some((project_path, meta_path)) = self.own_paths() {
                let _ = std::fs::remove_file(project_path);
                let _ = std::fs::remove_file(meta_path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(name: &str) -> RecoveryMeta {
        RecoveryMeta {
            original: None,
            name: name.into(),
            saved_at: Utc::now(),
        }
    }

    #[test]
    fn a_copy_left_behind_is_found_by_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Recovery::new(Some(dir.path().to_path_buf()));
        let mut p = Project::new();
        p.agency.name = "Direktoratet for tester".into();
        assert!(first.write(p.clone(), meta("a.gevinst.json")));
        first.wait();
        assert!(first.find().is_empty(), "a run does not offer its own copy");
        // The first run "crashes": its files stay, its process is gone.
        let second = Recovery::with_liveness(Some(dir.path().to_path_buf()), |_| Some(false));
        let found = second.find();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].meta.name, "a.gevinst.json");
        assert_eq!(found[0].load(Language::Nb).unwrap(), p);
        found[0].discard();
        assert!(second.find().is_empty());
    }

    #[test]
    fn a_copy_of_a_file_on_a_share_in_a_profile_with_a_norwegian_name_is_found() {
        // The profile folder of a user called Åse Ødegård, and a project on a share: the copy
        // remembers the original's path (Windows-shaped here, on every platform) and its name.
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp
            .path()
            .join("Åse Ødegård")
            .join("AppData")
            .join("Local")
            .join("Gevinst")
            .join("data")
            .join("recovery");
        let name = "Årsrapport – økonomi.gevinst.json";
        let original = PathBuf::from(format!(r"\\server\felles\Økonomi\{name}"));
        let mut first = Recovery::new(Some(dir.clone()));
        let m = RecoveryMeta {
            original: Some(original.clone()),
            ..meta(name)
        };
        assert!(first.write(Project::new(), m.clone()));
        first.wait();
        let found = Recovery::with_liveness(Some(dir), |_| Some(false)).find();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].meta, m);
        assert_eq!(found[0].meta.original.as_deref(), Some(original.as_path()));
        assert!(found[0].load(Language::Nb).is_ok());
    }

    #[test]
    fn two_running_instances_do_not_offer_each_others_live_copy() {
        let dir = tempfile::tempdir().unwrap();
        let folder = || Some(dir.path().to_path_buf());
        // Two windows over one folder; both processes run (here: this test's process).
        let mut one = Recovery::new(folder());
        let mut two = Recovery::new(folder());
        assert!(one.write(Project::new(), meta("en.gevinst.json")));
        assert!(two.write(Project::new(), meta("to.gevinst.json")));
        one.wait();
        two.wait();
        assert!(one.find().is_empty(), "{:?}", one.find());
        assert!(two.find().is_empty());
        let third = Recovery::new(folder());
        assert!(third.find().is_empty(), "both are live autosaves");
        // A copy of a process that is gone is a leftover: offered, and the live ones still not.
        std::fs::copy(
            dir.path().join(format!("{}{PROJECT_SUFFIX}", one.stem)),
            dir.path()
                .join(format!("{PREFIX}{}-dead{PROJECT_SUFFIX}", u32::MAX - 1)),
        )
        .unwrap();
        std::fs::copy(
            dir.path().join(format!("{}{META_SUFFIX}", one.stem)),
            dir.path()
                .join(format!("{PREFIX}{}-dead{META_SUFFIX}", u32::MAX - 1)),
        )
        .unwrap();
        let found = third.find();
        assert_eq!(found.len(), 1);
        assert!(found[0].project_path.to_string_lossy().contains("-dead"));
        // After a crash of both (their processes gone), the next run offers both.
        let after_crash = Recovery::with_liveness(folder(), |_| Some(false));
        assert_eq!(after_crash.find().len(), 3);
        // The stem carries the process id.
        assert_eq!(pid_of(&one.stem), Some(std::process::id()));
        one.clear();
        two.clear();
    }

    #[test]
    fn clear_removes_the_copy_and_beats_a_pending_write() {
        let dir = tempfile::tempdir().unwrap();
        let mut r = Recovery::new(Some(dir.path().to_path_buf()));
        r.write(Project::new(), meta("x"));
        r.clear();
        r.wait();
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn garbage_in_the_folder_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("recovery-1-x.meta.json"), "{not json").unwrap();
        std::fs::write(dir.path().join("recovery-1-x.gevinst.json"), "[]").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "hei").unwrap();
        let r = Recovery::with_liveness(Some(dir.path().to_path_buf()), |_| Some(false));
        assert!(r.find().is_empty());
    }

    #[test]
    fn without_a_folder_nothing_is_written() {
        let mut r = Recovery::new(None);
        assert!(r.write(Project::new(), meta("x")));
        r.clear();
        assert!(r.find().is_empty());
    }
}
