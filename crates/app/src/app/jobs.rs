//! Opening, saving and the changed-on-disk check run off the UI thread: a slow or lost network
//! share never freezes the window. One file job at a time; its result comes back through a
//! channel that each frame polls, and the status bar shows what is being done meanwhile. Commands
//! that touch files wait for the job to end.

use super::GevinstApp;
use crate::command::UiCommand;
use crate::fileio::{FileStamp, Opened};
use gevinst_core::io::LockInfo;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

/// What a file job did.
pub(super) enum Done {
    /// A file was read (with `holder`: opened read-only, someone else has it open).
    Opened {
        /// The file.
        path: PathBuf,
        /// Who has it open, when it was opened read-only.
        holder: Option<LockInfo>,
        /// The project, or the message saying why not (boxed: a project is large).
        result: Box<Result<Opened, String>>,
    },
    /// A recent file to open is gone.
    Missing {
        /// The file.
        path: PathBuf,
    },
    /// The file to open is open elsewhere: ask.
    Locked {
        /// The file.
        path: PathBuf,
        /// Who has it open.
        holder: LockInfo,
    },
    /// The changed-on-disk check before saving over a file.
    Checked {
        /// The file.
        path: PathBuf,
        /// What to do once saved.
        then: Option<UiCommand>,
        /// Someone else changed the file since it was read.
        changed: bool,
    },
    /// A save.
    Saved {
        /// The file.
        path: PathBuf,
        /// What to do once saved.
        then: Option<UiCommand>,
        /// The document and its revision that was written (edits made meanwhile stay unsaved).
        serial: u64,
        /// The history's revision written.
        revision: u64,
        /// The time written into the project.
        modified: chrono::DateTime<chrono::Utc>,
        /// The written file's stamp, or the message saying why it failed.
        result: Result<Option<FileStamp>, String>,
    },
    /// A comparison's or merge's copy read, or checked before the merge is applied.
    Together(Box<super::together::TogetherDone>),
    /// A spreadsheet exported or read for the import.
    Sheets(super::sheets::SheetsDone),
}

/// What a running job is doing, for the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Busy {
    /// Reading a file.
    Opening(PathBuf),
    /// Checking a file and writing it.
    Saving(PathBuf),
}

/// A running file job.
pub(super) struct FileJob {
    pub(super) busy: Busy,
    rx: Receiver<Done>,
}

impl GevinstApp {
    /// Run `work` on a background thread (or at once, when the app runs file work in the
    /// foreground, as most tests do); its result is handled by [`GevinstApp::job_done`].
    pub(super) fn start_job(&mut self, busy: Busy, work: impl FnOnce() -> Done + Send + 'static) {
        // One job at a time: a job asked for by the previous one's result waits for nothing.
        if let Some(job) = self.file_job.take()
            && let Ok(done) = job.rx.recv()
        {
            self.job_done(done);
        }
        if !self.background_files {
            let done = work();
            self.job_done(done);
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(work());
            ctx.request_repaint();
        });
        self.file_job = Some(FileJob { busy, rx });
    }

    /// Take a finished job's result (each frame). Returns true when one finished.
    pub(super) fn poll_job(&mut self) -> bool {
        let Some(job) = &self.file_job else {
            return false;
        };
        match job.rx.try_recv() {
            Ok(done) => {
                self.file_job = None;
                self.job_done(done);
                self.queue.extend(self.waiting.drain(..));
                true
            }
            Err(TryRecvError::Empty) => false,
            Err(TryRecvError::Disconnected) => {
                // The thread died without an answer: nothing was changed here.
                self.file_job = None;
                self.queue.extend(self.waiting.drain(..));
                true
            }
        }
    }

    /// Wait for the running file job and take its result (tests, quitting).
    pub(super) fn wait_for_job(&mut self) {
        if let Some(job) = self.file_job.take() {
            if let Ok(done) = job.rx.recv() {
                self.job_done(done);
            }
            self.queue.extend(self.waiting.drain(..));
        }
    }

    /// True when `cmd` must wait for a running file job.
    pub(super) fn must_wait(&self, cmd: &UiCommand) -> bool {
        self.file_job.is_some()
            && (Self::closes_project(cmd)
                || matches!(
                    cmd,
                    UiCommand::Save
                        | UiCommand::SaveAs
                        | UiCommand::ExportPdf
                        | UiCommand::ExportDocx
                ))
    }

    /// What the running file job is doing, if one runs.
    pub fn busy(&self) -> Option<&Busy> {
        self.file_job.as_ref().map(|j| &j.busy)
    }

    fn job_done(&mut self, done: Done) {
        match done {
            Done::Opened {
                path,
                holder,
                result,
            } => self.opened(&path, holder, *result),
            Done::Missing { path } => self.recent_missing(&path),
            Done::Locked { path, holder } => self.prompts.push_back(super::ShownPrompt {
                prompt: crate::prompts::Prompt::Locked { path, holder },
            }),
            Done::Checked {
                path,
                then,
                changed,
            } => self.checked(path, then, changed),
            Done::Saved {
                path,
                then,
                serial,
                revision,
                modified,
                result,
            } => self.saved(&path, then, (serial, revision), modified, result),
            Done::Together(done) => self.together_done(*done),
            Done::Sheets(done) => self.sheets_done(done),
        }
    }
}

/// A computation over the open project off the UI thread (the comparison and the merge of a
/// large project take a frame's worth of time or more): its result comes back through a
/// channel that the window polls each frame. With the app's file work in the foreground (most
/// tests) it runs at once.
#[derive(Debug)]
pub(crate) struct Computation<T> {
    state: Computing<T>,
}

#[derive(Debug)]
enum Computing<T> {
    Running(Receiver<Option<T>>),
    Ended(Option<T>),
}

impl<T: Send + 'static> Computation<T> {
    /// Start `work` on a background thread (or run it now when `background` is false); the
    /// window is repainted when it ends.
    pub(crate) fn start(
        ctx: &egui::Context,
        background: bool,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Self {
        let guarded = || std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).ok();
        if !background {
            return Computation {
                state: Computing::Ended(guarded()),
            };
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(guarded());
            ctx.request_repaint();
        });
        Computation {
            state: Computing::Running(rx),
        }
    }

    /// The result once the work has ended: `Some(None)` when it ended without one (it
    /// panicked); `None` while it runs.
    pub(crate) fn poll(&mut self) -> Option<Option<T>> {
        if let Computing::Running(rx) = &self.state {
            match rx.try_recv() {
                Ok(result) => self.state = Computing::Ended(result),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => self.state = Computing::Ended(None),
            }
        }
        match std::mem::replace(&mut self.state, Computing::Ended(None)) {
            Computing::Ended(result) => Some(result),
            Computing::Running(rx) => {
                self.state = Computing::Running(rx);
                None
            }
        }
    }

    /// Wait for the work to end (tests, quitting).
    pub(crate) fn wait(&mut self) {
        if let Computing::Running(rx) = &self.state {
            self.state = Computing::Ended(rx.recv().ok().flatten());
        }
    }
}

/// A result worked out in the background for a key (the project's revision, and whatever else
/// it depends on) and worked out again when the key changes. The last result stays, to be shown
/// while the new one is worked out; a result for an older key is dropped.
#[derive(Debug)]
pub(crate) struct Recomputed<K, T> {
    /// The last result and the key it is for.
    latest: Option<(K, T)>,
    /// The work running, and for which key.
    pending: Option<(K, Computation<T>)>,
    /// The result of work that ended without one (it panicked).
    failed: fn(K) -> T,
}

impl<K: Copy + PartialEq, T: Send + 'static> Recomputed<K, T> {
    /// Nothing worked out yet; `failed` makes the result of work that ended without one.
    pub(crate) fn new(failed: fn(K) -> T) -> Self {
        Recomputed {
            latest: None,
            pending: None,
            failed,
        }
    }

    /// Take the result of the work if it has ended, then start the work `make` gives when the
    /// last result is not for `key` and none is running (at once when `background` is false).
    pub(crate) fn update<W>(
        &mut self,
        ctx: &egui::Context,
        key: K,
        background: bool,
        make: impl FnOnce() -> W,
    ) where
        W: FnOnce() -> T + Send + 'static,
    {
        self.take(key);
        if self.pending.is_some() || self.is_current(key) {
            return;
        }
        self.pending = Some((key, Computation::start(ctx, background, make())));
        if !background {
            // It ran at once.
            self.take(key);
        }
    }

    /// Take the work's result once it has ended; keep it if it is for `key`.
    fn take(&mut self, key: K) {
        let Some((of, job)) = &mut self.pending else {
            return;
        };
        let of = *of;
        if let Some(result) = job.poll() {
            self.pending = None;
            if of == key {
                self.latest = Some((of, result.unwrap_or_else(|| (self.failed)(of))));
            }
        }
    }

    /// True when the last result is the one for `key`.
    pub(crate) fn is_current(&self, key: K) -> bool {
        self.latest.as_ref().is_some_and(|(k, _)| *k == key)
    }

    /// The last result, whichever key it is for.
    pub(crate) fn latest(&self) -> Option<&T> {
        self.latest.as_ref().map(|(_, t)| t)
    }

    /// True while the work runs.
    pub(crate) fn working(&self) -> bool {
        self.pending.is_some()
    }

    /// Wait for the work (tests, quitting); its result is taken at the next update.
    pub(crate) fn wait(&mut self) {
        if let Some((_, job)) = &mut self.pending {
            job.wait();
        }
    }
}
