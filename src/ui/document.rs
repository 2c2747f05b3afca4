//! The open project: the project itself, its undo history, where it lives on disk and whether
//! it may be written.

use crate::edit::History;
use crate::model::Project;
use std::path::PathBuf;

/// Where an open project came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A new, empty project.
    New,
    /// The bundled example, as an unsaved copy.
    Example,
    /// A file (see [`Document::path`]).
    File,
    /// An automatically saved copy recovered after a crash.
    Recovered,
}

/// An open project.
#[derive(Debug)]
pub struct Document {
    /// The project as it is now.
    pub project: Project,
    /// Undo/redo and the dirty flag.
    pub history: History,
    /// The file it is saved to, if any.
    pub path: Option<PathBuf>,
    /// Where it came from.
    pub origin: Origin,
}

impl Document {
    /// A new, empty project (unsaved).
    pub fn new_project() -> Self {
        Document {
            project: Project::new(),
            history: History::unsaved(),
            path: None,
            origin: Origin::New,
        }
    }

    /// The bundled example as an unsaved copy.
    pub fn example() -> Self {
        Document {
            project: crate::example::project(),
            history: History::unsaved(),
            path: None,
            origin: Origin::Example,
        }
    }
}
