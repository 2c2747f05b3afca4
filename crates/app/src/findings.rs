//! The findings panel: every finding of the project (severity, where, message in the UI
//! language); clicking one jumps to its step, entity and field. Rows have a fixed height so a
//! project with thousands of findings scrolls smoothly (only visible rows are laid out).

use crate::command::UiCommand;
use crate::context::Focus;
use crate::steps::Step;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, Pos2, RichText, Sense, Shape, Stroke, Ui, Vec2};
use gevinst_core::i18n::{Key, Language, Message, UiText, entity_name};
use gevinst_core::model::Project;
use gevinst_core::validate::{Finding, Severity, Validation};

/// The colour of a severity.
pub fn severity_color(severity: Severity, dark: bool) -> Color32 {
    match (severity, dark) {
        (Severity::Error, false) => Color32::from_rgb(0xb4, 0x23, 0x18),
        (Severity::Error, true) => Color32::from_rgb(0xf0, 0x6a, 0x5e),
        (Severity::Warning, false) => Color32::from_rgb(0xa8, 0x5c, 0x00),
        (Severity::Warning, true) => Color32::from_rgb(0xf2, 0xb0, 0x4a),
        (Severity::Hint, false) => Color32::from_rgb(0x1f, 0x5f, 0xa8),
        (Severity::Hint, true) => Color32::from_rgb(0x7a, 0xb2, 0xf0),
    }
}

/// The name of a severity.
pub fn severity_name(severity: Severity, lang: Language) -> &'static str {
    match severity {
        Severity::Error => UiText::SeverityError,
        Severity::Warning => UiText::SeverityWarning,
        Severity::Hint => UiText::SeverityHint,
    }
    .text(lang)
}

/// Paint a severity icon (drawn, so it never depends on a font's glyphs): a filled circle for
/// errors, a triangle for warnings, a ring for hints; each with a mark inside.
pub fn paint_icon(ui: &Ui, center: Pos2, size: f32, severity: Severity) {
    let color = severity_color(severity, ui.visuals().dark_mode);
    let painter = ui.painter();
    let r = size / 2.0;
    let white = Color32::WHITE;
    match severity {
        Severity::Error => {
            painter.circle_filled(center, r, color);
            let s = Stroke::new(1.6, white);
            let d = r * 0.42;
            painter.line_segment([center + Vec2::new(-d, -d), center + Vec2::new(d, d)], s);
            painter.line_segment([center + Vec2::new(d, -d), center + Vec2::new(-d, d)], s);
        }
        Severity::Warning => {
            let top = center + Vec2::new(0.0, -r);
            let left = center + Vec2::new(-r, r * 0.8);
            let right = center + Vec2::new(r, r * 0.8);
            painter.add(Shape::convex_polygon(
                vec![top, right, left],
                color,
                Stroke::NONE,
            ));
            let s = Stroke::new(1.6, white);
            painter.line_segment(
                [
                    center + Vec2::new(0.0, -r * 0.35),
                    center + Vec2::new(0.0, r * 0.25),
                ],
                s,
            );
            painter.circle_filled(center + Vec2::new(0.0, r * 0.55), 0.9, white);
        }
        Severity::Hint => {
            painter.circle_stroke(center, r - 0.75, Stroke::new(1.5, color));
            let s = Stroke::new(1.6, color);
            painter.line_segment(
                [
                    center + Vec2::new(0.0, -r * 0.1),
                    center + Vec2::new(0.0, r * 0.5),
                ],
                s,
            );
            painter.circle_filled(center + Vec2::new(0.0, -r * 0.45), 1.0, color);
        }
    }
}

/// Where a finding is: "Tiltak · Digital søknad".
fn place(project: &Project, f: &Finding, lang: Language) -> String {
    let step = Step::of(f.entity, f.field).title(lang);
    match entity_name(project, f.entity, lang) {
        Some(name) => format!("{step} · {name}"),
        None => step.to_owned(),
    }
}

const ICON: f32 = 14.0;

/// Show the findings panel; returns the command to jump to a clicked finding.
pub fn ui(
    ui: &mut Ui,
    project: &Project,
    findings: &Validation,
    lang: Language,
) -> Option<UiCommand> {
    let mut cmd = None;
    ui.add_space(6.0);
    ui.heading(UiText::FindingsTitle.text(lang));
    let counts = UiText::FindingsCounts.fill(
        lang,
        &[
            ("errors", findings.count(Severity::Error).into()),
            ("warnings", findings.count(Severity::Warning).into()),
            ("hints", findings.count(Severity::Hint).into()),
        ],
    );
    ui.label(RichText::new(counts).weak());
    ui.separator();
    if findings.findings.is_empty() {
        ui.add_space(8.0);
        ui.label(UiText::NoFindings.text(lang));
        return None;
    }
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let line = ui.ctx().fonts_mut(|f| f.row_height(&body));
    let small_line = ui.ctx().fonts_mut(|f| f.row_height(&small));
    let pad = 6.0;
    let row_height = pad + small_line + 2.0 + 3.0 * line + pad;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, row_height, findings.findings.len(), |ui, rows| {
            for f in &findings.findings[rows] {
                let width = ui.available_width();
                let (rect, response) =
                    ui.allocate_exact_size(Vec2::new(width, row_height), Sense::click());
                let message = f.message(lang);
                let severity = severity_name(f.severity, lang);
                let spoken = format!("{severity}: {message}");
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &spoken));
                if response.hovered() || response.has_focus() {
                    ui.painter()
                        .rect_filled(rect, 4.0, ui.visuals().widgets.hovered.weak_bg_fill);
                }
                if response.has_focus() {
                    ui.painter().rect_stroke(
                        rect,
                        4.0,
                        ui.visuals().selection.stroke,
                        egui::StrokeKind::Inside,
                    );
                }
                let text_left = rect.left() + ICON + 10.0;
                let text_width = (rect.right() - text_left - 4.0).max(20.0);
                paint_icon(
                    ui,
                    Pos2::new(
                        rect.left() + 2.0 + ICON / 2.0,
                        rect.top() + pad + small_line / 2.0 + 1.0,
                    ),
                    ICON,
                    f.severity,
                );
                let mut where_job = LayoutJob::single_section(
                    place(project, f, lang),
                    egui::TextFormat::simple(small.clone(), weak),
                );
                where_job.wrap = TextWrapping::truncate_at_width(text_width);
                let where_galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(where_job));
                let mut msg_job = LayoutJob::single_section(
                    message,
                    egui::TextFormat::simple(body.clone(), text_color),
                );
                msg_job.wrap = TextWrapping {
                    max_width: text_width,
                    max_rows: 3,
                    break_anywhere: false,
                    overflow_character: Some('…'),
                };
                let msg_galley = ui.ctx().fonts_mut(|fonts| fonts.layout_job(msg_job));
                let clipped = msg_galley.elided;
                let top = rect.top() + pad;
                ui.painter()
                    .galley(Pos2::new(text_left, top), where_galley, weak);
                ui.painter().galley(
                    Pos2::new(text_left, top + small_line + 2.0),
                    msg_galley,
                    text_color,
                );
                let response = if clipped {
                    response.on_hover_text(f.message(lang))
                } else {
                    response.on_hover_text(UiText::FindingGoTip.text(lang))
                };
                if response.clicked() {
                    cmd = Some(UiCommand::GoTo(Focus {
                        entity: f.entity,
                        field: f.field,
                    }));
                }
            }
        });
    cmd
}
