//! Exporting the PDF on a background thread, so the window stays responsive and can show
//! progress while a large project is laid out and written.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What the worker reports.
enum Message {
    Progress(f32, String),
    Done(Result<(), String>),
}

/// How an export ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finished {
    /// The PDF was written.
    Written(PathBuf),
    /// It failed; the message is for the user.
    Failed(PathBuf, String),
}

/// A running export.
pub struct ExportJob {
    path: PathBuf,
    progress: f32,
    stage: String,
    rx: Receiver<Message>,
    handle: Option<std::thread::JoinHandle<()>>,
}

/// Lets the work report progress (0.0–1.0) and wakes the window for each report.
pub struct Progress {
    tx: Sender<Message>,
    ctx: egui::Context,
}

impl Progress {
    /// Report how far the work has come, and what it is doing (e.g. "Setter sidene").
    pub fn report(&self, stage: &str, fraction: f32) {
        let _ = self.tx.send(Message::Progress(
            fraction.clamp(0.0, 1.0),
            stage.to_owned(),
        ));
        self.ctx.request_repaint();
    }
}

impl ExportJob {
    /// Run `work` on a background thread; it writes `path` and reports progress.
    pub fn start(
        ctx: &egui::Context,
        path: PathBuf,
        work: impl FnOnce(&Progress) -> Result<(), String> + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let progress = Progress {
            tx: tx.clone(),
            ctx: ctx.clone(),
        };
        let handle = std::thread::spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(&progress)))
                .unwrap_or_else(|_| Err("internal error while producing the PDF".to_owned()));
            let _ = tx.send(Message::Done(result));
            progress.ctx.request_repaint();
        });
        ExportJob {
            path,
            progress: 0.0,
            stage: String::new(),
            rx,
            handle: Some(handle),
        }
    }

    /// The file being written.
    pub fn path(&self) -> &std::path::Path {
        &self.path
    }

    /// How far the work has come (0.0–1.0).
    pub fn progress(&self) -> f32 {
        self.progress
    }

    /// What the work is doing now.
    pub fn stage(&self) -> &str {
        &self.stage
    }

    /// Take the worker's news; returns how it ended once it has.
    pub fn poll(&mut self) -> Option<Finished> {
        while let Ok(msg) = self.rx.try_recv() {
            match msg {
                Message::Progress(p, stage) => {
                    self.progress = p;
                    self.stage = stage;
                }
                Message::Done(result) => {
                    if let Some(h) = self.handle.take() {
                        let _ = h.join();
                    }
                    return Some(match result {
                        Ok(()) => Finished::Written(self.path.clone()),
                        Err(e) => Finished::Failed(self.path.clone(), e),
                    });
                }
            }
        }
        if self.handle.as_ref().is_some_and(|h| h.is_finished()) && self.rx.try_recv().is_err() {
            // The worker ended without a word (it cannot, but never hang on it).
            self.handle = None;
        }
        None
    }

    /// Wait for the work to end (tests).
    pub fn wait(&mut self) -> Finished {
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
        let mut last = None;
        while let Ok(msg) = self.rx.try_recv() {
            if let Message::Done(r) = msg {
                last = Some(r);
            }
        }
        match last {
            Some(Ok(())) => Finished::Written(self.path.clone()),
            Some(Err(e)) => Finished::Failed(self.path.clone(), e),
            None => Finished::Failed(self.path.clone(), "no result".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_and_result_arrive() {
        let ctx = egui::Context::default();
        let mut job = ExportJob::start(&ctx, PathBuf::from("x.pdf"), |p| {
            p.report("halvveis", 0.5);
            Ok(())
        });
        let done = job.wait();
        assert_eq!(done, Finished::Written(PathBuf::from("x.pdf")));
    }

    #[test]
    fn a_panic_in_the_work_becomes_an_error() {
        let ctx = egui::Context::default();
        let mut job = ExportJob::start(&ctx, PathBuf::from("x.pdf"), |_| panic!("boom"));
        assert!(matches!(job.wait(), Finished::Failed(_, _)));
    }
}
