//! The closing words.

use super::builder::{Builder, paragraphs};
use gevinst_core::i18n::ReportText as R;

impl Builder<'_> {
    pub(super) fn closing(&mut self) {
        let paras = paragraphs(&self.p.report.closing);
        if paras.is_empty() {
            return;
        }
        self.section(R::HClosing);
        for p in paras {
            self.para(p);
        }
    }
}
