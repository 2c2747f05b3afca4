//! The introduction.

use super::builder::{Builder, paragraphs};
use gevinst_core::i18n::ReportText as R;

impl Builder<'_> {
    pub(super) fn introduction(&mut self) {
        self.section(R::HIntro);
        let paras = paragraphs(&self.p.report.introduction);
        if paras.is_empty() {
            let text = self.f(
                R::DefaultIntro,
                &[
                    ("agency", &self.agency()),
                    ("year", &self.p.report.year.to_string()),
                ],
            );
            self.para(text);
        } else {
            for p in paras {
                self.para(p);
            }
        }
    }
}
