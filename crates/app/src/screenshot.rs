//! The screenshot script's windows (`GEVINST_SCREENSHOT=merge|compare|import`, see
//! [`crate::run`]): files prepared in a temporary folder, then the window opened on them the
//! way the File menu does after its file dialog. Nothing here runs outside the script.

use crate::GevinstApp;
use crate::together::Purpose;
use gevinst_core::example::{self, CopyWording};
use std::path::{Path, PathBuf};

/// A window to open once the app has started.
#[derive(Debug, Clone)]
pub(crate) enum Window {
    /// "Slå sammen med en kopi…" or "Sammenlign med…" on a colleague's copy.
    Together(Purpose, PathBuf),
    /// "Importer fra Excel…" on a register.
    Import(PathBuf),
}

/// What the screenshot `shot` opens: a project file (`None`: the example) and a window; `None`
/// when `shot` is not one of these windows or its files could not be written.
pub(crate) fn prepare(shot: &str) -> Option<(Option<PathBuf>, Window)> {
    let purpose = match shot {
        "merge" => Purpose::Merge,
        "compare" => Purpose::Compare,
        "import" => {
            let dir = fresh_dir("gevinst-screenshot-import")?;
            return Some((None, Window::Import(write_register(&dir)?)));
        }
        _ => return None,
    };
    let dir = fresh_dir("gevinst-screenshot-together")?;
    let (mine, theirs) = two_copies(&dir)?;
    Some((Some(mine), Window::Together(purpose, theirs)))
}

impl GevinstApp {
    /// Open `window` (for the screenshot script): the same background read as after the File
    /// menu's dialog.
    pub(crate) fn open_screenshot_window(&mut self, window: Window) {
        match window {
            Window::Together(purpose, path) => self.read_other_path(purpose, path),
            Window::Import(path) => self.read_sheets(path),
        }
    }
}

/// An empty folder `name` in the temporary folder (emptied: a killed run leaves its lock).
fn fresh_dir(name: &str) -> Option<PathBuf> {
    let dir = std::env::temp_dir().join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).ok()?;
    }
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir)
}

/// The two edited copies of the example ([`gevinst_core::example::two_copies`], in its
/// realistic wording) written to `dir` (mine, theirs).
fn two_copies(dir: &Path) -> Option<(PathBuf, PathBuf)> {
    let (_, mine, theirs) = example::two_copies(CopyWording::Realistic)?;
    let mine_path = dir.join("årsrapport 2026.gevinst.json");
    let theirs_path = dir.join("årsrapport 2026 (Kari).gevinst.json");
    gevinst_core::io::save(&mine, &mine_path).ok()?;
    gevinst_core::io::save(&theirs, &theirs_path).ok()?;
    Some((mine_path, theirs_path))
}

/// The hand-written nynorsk register ([`gevinst_sheets::example::nynorsk_register`]) in
/// `dir`, with one wrong cell ("tolv" as an amount).
fn write_register(dir: &Path) -> Option<PathBuf> {
    let path = dir.join("tiltaksregister.csv");
    std::fs::write(&path, gevinst_sheets::example::nynorsk_register("tolv")).ok()?;
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheets_import::SheetsImport;

    #[test]
    fn the_two_copies_merge_with_changes_taken_and_one_title_conflict() {
        let Some((Some(mine), Window::Together(Purpose::Merge, theirs))) = prepare("merge") else {
            panic!("merge prepares two copies");
        };
        let mine = gevinst_core::io::load(&mine).unwrap();
        let theirs = gevinst_core::io::load(&theirs).unwrap();
        let merge = gevinst_core::compare::merge(&mine.project, &theirs.project, None, false)
            .expect("the same project");
        assert!(
            merge.has_base,
            "the copies share the example's saved revision"
        );
        assert_eq!(merge.taken, 2, "their investment and their new gain");
        assert_eq!(merge.conflicts.len(), 1, "the first measure's title");
    }

    #[test]
    fn the_register_has_one_wrong_cell_that_blocks_the_import() {
        let Some((None, Window::Import(path))) = prepare("import") else {
            panic!("import prepares a register and keeps the example");
        };
        let workbook = gevinst_sheets::read(&path).unwrap();
        let project = gevinst_core::example::project();
        let import = SheetsImport::new(&project, path, workbook);
        let wrong: Vec<_> = import.errors().iter().map(|e| (e.row, &*e.value)).collect();
        assert_eq!(wrong, [(3, "tolv")]);
        assert!(!import.can_import());
    }
}
