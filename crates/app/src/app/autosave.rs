//! Recovery copies of unsaved work: written in the background a few seconds after the last
//! edit, and removed again once the work is saved or no longer unsaved.

use super::GevinstApp;
use crate::recovery::RecoveryMeta;

impl GevinstApp {
    /// Write a recovery copy once the unsaved work has rested `autosave_after` seconds.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.read_only() || !doc.has_unsaved_work() {
            if self.autosaved.take().is_some() {
                self.recovery.clear();
            }
            self.last_change = None;
            return;
        }
        let key = (self.doc_serial, doc.history.revision());
        let since = match self.last_change {
            Some((k, t)) if k == key => t,
            _ => {
                self.last_change = Some((key, now));
                now
            }
        };
        if self.autosaved == Some(key) {
            return;
        }
        let wait = self.autosave_after - (now - since);
        if wait > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        let meta = RecoveryMeta {
            original: doc.path.clone(),
            name: doc.display_name(lang),
            saved_at: chrono::Utc::now(),
        };
        if self.recovery.write(doc.project.clone(), meta) {
            self.autosaved = Some(key);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(500));
        }
    }

    /// Write a recovery copy of the open project now (after a failed save), waiting for one
    /// being written.
    pub(super) fn keep_in_recovery(&mut self) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let meta = RecoveryMeta {
            original: doc.path.clone(),
            name: doc.display_name(lang),
            saved_at: chrono::Utc::now(),
        };
        let key = (self.doc_serial, doc.history.revision());
        let project = doc.project.clone();
        self.recovery.wait();
        if self.recovery.write(project, meta) {
            self.autosaved = Some(key);
        }
    }
}
