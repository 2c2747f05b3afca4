//! Step: the report — a preview of the pages painted from the same display list as the PDF
//! (`report::layout`), with zoom, paging, the report language, and Export PDF.
//!
//! Laying out a large project takes a noticeable moment, so it runs on a background thread;
//! the last preview stays visible (with a spinner) until the new one is ready. Only the pages
//! in view are painted.

use crate::StepCtx;
use crate::command::UiCommand;
use crate::steps::Step;
use crate::theme;
use egui::{Align2, FontId, Pos2, Rect, RichText, Sense, Stroke, StrokeKind, Ui, Vec2};
use gevinst_core::edit::Edit;
use gevinst_core::i18n::{Key, Language, UiText, fill};
use gevinst_core::model::Project;
use gevinst_core::validate::Severity;
use gevinst_report::{Color, Document, Item, Page, ReportOptions};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

/// Zoom steps offered by the − and + buttons.
const ZOOMS: [f32; 9] = [0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0];
/// Space between pages and around them, in screen points.
const GAP: f32 = 18.0;

type LayoutResult = Result<Arc<Document>, String>;

/// A layout running on a background thread.
struct Job {
    revision: u64,
    rx: Receiver<LayoutResult>,
}

/// State of the report step.
pub struct ReportStep {
    preview: Option<(u64, LayoutResult)>,
    job: Option<Job>,
    zoom: f32,
    fit_width: bool,
    page: usize,
    scroll_to: Option<usize>,
}

impl Default for ReportStep {
    fn default() -> Self {
        ReportStep {
            preview: None,
            job: None,
            zoom: 1.0,
            fit_width: true,
            page: 0,
            scroll_to: None,
        }
    }
}

fn color(c: Color) -> egui::Color32 {
    egui::Color32::from_rgb(c.r, c.g, c.b)
}

/// Paint one page of the display list with its top-left corner at `origin`, `s` screen
/// points per PDF point.
pub fn paint_page(painter: &egui::Painter, page: &Page, origin: Pos2, s: f32) {
    let at = |x: f32, y: f32| origin + Vec2::new(x * s, y * s);
    let rect = Rect::from_min_size(origin, Vec2::new(page.width * s, page.height * s));
    painter.rect_filled(
        rect.translate(Vec2::new(2.0, 3.0)),
        2.0,
        egui::Color32::from_black_alpha(40),
    );
    painter.rect_filled(rect, 0.0, egui::Color32::WHITE);
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(1.0, egui::Color32::from_gray(200)),
        StrokeKind::Outside,
    );
    let clip = painter.clip_rect().intersect(rect);
    let painter = painter.with_clip_rect(clip);
    for item in &page.items {
        match item {
            Item::Text(run) => {
                let font = FontId::new(run.size * s, theme::family(run.style));
                painter.text(
                    at(run.x, run.top()),
                    Align2::LEFT_TOP,
                    &run.text,
                    font,
                    color(run.color),
                );
            }
            Item::Line(l) => {
                painter.line_segment(
                    [at(l.x1, l.y1), at(l.x2, l.y2)],
                    Stroke::new((l.width * s).max(0.5), color(l.color)),
                );
            }
            Item::Rect(r) => {
                let rect = Rect::from_min_size(at(r.x, r.y), Vec2::new(r.w * s, r.h * s));
                if let Some(fill) = r.fill {
                    painter.rect_filled(rect, 0.0, color(fill));
                }
                if let Some((c, w)) = r.stroke {
                    painter.rect_stroke(
                        rect,
                        0.0,
                        Stroke::new((w * s).max(0.5), color(c)),
                        StrokeKind::Middle,
                    );
                }
            }
            // Structure for the tagged PDF: nothing to paint.
            Item::Mark(_) => {}
        }
    }
}

impl ReportStep {
    /// The zoom to remember between runs: `None` for fit-to-width, else the factor
    /// (1.0 = a PDF point is a screen point).
    pub fn zoom_setting(&self) -> Option<f32> {
        (!self.fit_width).then_some(self.zoom)
    }

    /// Restore a zoom remembered with [`ReportStep::zoom_setting`].
    pub fn apply_zoom_setting(&mut self, zoom: Option<f32>) {
        match zoom {
            Some(z) if z.is_finite() => self.set_zoom(z),
            _ => self.fit_width = true,
        }
    }

    fn set_zoom(&mut self, zoom: f32) {
        self.zoom = zoom.clamp(ZOOMS[0], ZOOMS[ZOOMS.len() - 1]);
        self.fit_width = false;
    }

    /// The number of pages of the preview, once it is ready.
    pub fn pages(&self) -> Option<usize> {
        match &self.preview {
            Some((_, Ok(doc))) => Some(doc.pages.len()),
            _ => None,
        }
    }

    /// True while the preview is being laid out.
    pub fn preparing(&self) -> bool {
        self.job.is_some()
    }

    fn start_layout(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        revision: u64,
        lang: Language,
    ) {
        let (tx, rx) = channel();
        let project = project.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let options = ReportOptions::for_project(&project);
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                gevinst_report::layout(&project, &options)
            }));
            let result = match result {
                Ok(Ok(doc)) => Ok(Arc::new(doc)),
                Ok(Err(e)) => Err(e.message(lang)),
                Err(_) => Err(fill(
                    UiText::InternalError.text(lang),
                    &[("reason", "layout")],
                )),
            };
            let _ = tx.send(result);
            ctx.request_repaint();
        });
        self.job = Some(Job { revision, rx });
    }

    fn poll(&mut self, ui: &Ui, ctx: &StepCtx<'_>) {
        if let Some(job) = &self.job {
            match job.rx.try_recv() {
                Ok(result) => {
                    self.preview = Some((job.revision, result));
                    self.job = None;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_millis(100));
                }
                Err(std::sync::mpsc::TryRecvError::Disconnected) => self.job = None,
            }
        }
        let current = self.preview.as_ref().map(|(r, _)| *r);
        // One layout at a time: a change during a layout is picked up when it ends.
        if current != Some(ctx.revision) && self.job.is_none() {
            self.start_layout(ui.ctx(), ctx.project, ctx.revision, ctx.lang);
        }
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        self.poll(ui, ctx);
        ui.heading(Step::Report.title(lang));
        ui.label(UiText::ReportIntro.text(lang));
        let errors = ctx.findings.count(Severity::Error);
        if errors > 0 {
            let text = UiText::ReportHasErrors.fill(lang, &[("count", errors.into())]);
            ui.label(RichText::new(text).color(crate::findings::severity_color(
                Severity::Error,
                ui.visuals().dark_mode,
            )));
        }
        ui.add_space(4.0);
        self.toolbar(ui, ctx);
        ui.add_space(4.0);
        self.pages_view(ui, lang);
    }

    fn toolbar(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(UiText::ReportLanguage.text(lang));
            let current = ctx.project.report.language;
            let mut chosen = current;
            let combo = ui.add_enabled_ui(!ctx.read_only, |ui| {
                egui::ComboBox::from_id_salt("report-language")
                    .selected_text(current.native_name())
                    .show_ui(ui, |ui| {
                        for l in Language::ALL {
                            ui.selectable_value(&mut chosen, l, l.native_name());
                        }
                    })
                    .response
            });
            combo.inner.labelled_by(label.id);
            if chosen != current {
                let mut report = ctx.project.report.clone();
                report.language = chosen;
                ctx.edit(Edit::SetReport(report), None);
            }
            ui.add_space(12.0);
            let export = UiCommand::ExportPdf;
            let mut button = egui::Button::new(RichText::new(export.text(lang)).strong());
            if let Some(s) = export.shortcut_text(ui.ctx()) {
                button = button.shortcut_text(RichText::new(s).weak());
            }
            if ui.add(button).on_hover_text(export.tooltip(lang)).clicked() {
                ctx.send(export);
            }
            let word = UiCommand::ExportDocx;
            if ui
                .button(word.text(lang))
                .on_hover_text(word.tooltip(lang))
                .clicked()
            {
                ctx.send(word);
            }
            if self.job.is_some() {
                ui.add(egui::Spinner::new());
                ui.label(RichText::new(UiText::ReportPreparing.text(lang)).weak());
            }
        });
        let pages = self.pages().unwrap_or(0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    self.page > 0,
                    egui::Button::new(UiText::ReportPrevPage.text(lang)),
                )
                .clicked()
            {
                self.scroll_to = Some(self.page.saturating_sub(1));
            }
            let text = fill(
                UiText::ReportPageOf.text(lang),
                &[
                    ("page", &(self.page + 1).min(pages.max(1)).to_string()),
                    ("pages", &pages.to_string()),
                ],
            );
            ui.label(text);
            if ui
                .add_enabled(
                    self.page + 1 < pages,
                    egui::Button::new(UiText::ReportNextPage.text(lang)),
                )
                .clicked()
            {
                self.scroll_to = Some(self.page + 1);
            }
            ui.add_space(12.0);
            ui.label(UiText::ReportZoom.text(lang));
            let smaller = ZOOMS.iter().rev().find(|z| **z < self.zoom - 0.01).copied();
            let larger = ZOOMS.iter().find(|z| **z > self.zoom + 0.01).copied();
            if ui
                .add_enabled(smaller.is_some(), egui::Button::new("\u{2212}"))
                .on_hover_text(UiText::ReportZoomOut.text(lang))
                .clicked()
                && let Some(z) = smaller
            {
                self.set_zoom(z);
                self.scroll_to = Some(self.page);
            }
            let percent = gevinst_core::format::percent(
                rust_decimal::Decimal::from((self.zoom * 100.0).round() as i64),
                0,
                lang,
            );
            ui.label(percent);
            if ui
                .add_enabled(larger.is_some(), egui::Button::new("+"))
                .on_hover_text(UiText::ReportZoomIn.text(lang))
                .clicked()
                && let Some(z) = larger
            {
                self.set_zoom(z);
                self.scroll_to = Some(self.page);
            }
            if ui
                .selectable_label(self.fit_width, UiText::ReportZoomFit.text(lang))
                .clicked()
            {
                self.fit_width = true;
                self.scroll_to = Some(self.page);
            }
        });
    }

    fn pages_view(&mut self, ui: &mut Ui, lang: Language) {
        let doc = match &self.preview {
            Some((_, Ok(doc))) => Arc::clone(doc),
            Some((_, Err(message))) => {
                ui.label(fill(
                    UiText::ReportUnavailable.text(lang),
                    &[("reason", message)],
                ));
                return;
            }
            None => {
                ui.horizontal(|ui| {
                    ui.add(egui::Spinner::new());
                    ui.label(UiText::ReportPreparing.text(lang));
                });
                return;
            }
        };
        if doc.pages.is_empty() {
            return;
        }
        let page_w = doc.pages.iter().map(|p| p.width).fold(0.0, f32::max);
        if self.fit_width {
            let available = ui.available_width() - 2.0 * GAP - 16.0;
            self.zoom = (available / page_w).clamp(0.3, 3.0);
        }
        let s = self.zoom;
        // The top of each page in the scrolled content.
        let mut tops = Vec::with_capacity(doc.pages.len());
        let mut y = GAP;
        for p in &doc.pages {
            tops.push(y);
            y += p.height * s + GAP;
        }
        let total = Vec2::new(page_w * s + 2.0 * GAP, y);
        let mut area = egui::ScrollArea::both()
            .id_salt("report-pages")
            .auto_shrink([false, false]);
        if let Some(target) = self.scroll_to.take()
            && let Some(top) = tops.get(target.min(doc.pages.len() - 1))
        {
            area = area.vertical_scroll_offset(top - GAP / 2.0);
        }
        let bg = ui.visuals().faint_bg_color;
        area.show_viewport(ui, |ui, viewport| {
            let (rect, response) = ui.allocate_exact_size(total, Sense::click());
            ui.painter().rect_filled(
                rect.intersect(viewport.translate(rect.min.to_vec2())),
                0.0,
                bg,
            );
            let center = viewport.center().y;
            let mut current = 0;
            for (i, page) in doc.pages.iter().enumerate() {
                let top = tops[i];
                let bottom = top + page.height * s;
                if top <= center {
                    current = i;
                }
                if bottom < viewport.top() || top > viewport.bottom() {
                    continue;
                }
                let x = ((rect.width() - page.width * s) / 2.0).max(GAP);
                let origin = rect.min + Vec2::new(x, top);
                paint_page(ui.painter(), page, origin, s);
                // Links (the table of contents) jump to their page.
                if response.clicked()
                    && let Some(pos) = response.interact_pointer_pos()
                {
                    let local = (pos - origin) / s;
                    if let Some(link) = page.links.iter().find(|l| {
                        local.x >= l.rect[0]
                            && local.x <= l.rect[0] + l.rect[2]
                            && local.y >= l.rect[1]
                            && local.y <= l.rect[1] + l.rect[3]
                    }) {
                        self.scroll_to = Some(link.page);
                    }
                }
            }
            self.page = current;
        });
    }
}
