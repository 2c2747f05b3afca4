//! Small icons painted with shapes, so they look the same whatever fonts are installed
//! (the default fonts have no warning sign, arrows or calendar glyphs).

use egui::{
    Color32, FontId, Painter, Pos2, Rect, Response, Role, Sense, Shape, Stroke, StrokeKind, Ui,
    Vec2, WidgetInfo, pos2, vec2,
};

use gevinst_core::validate::Severity;

/// A round badge with `!` (errors, warnings) or `i` (hints) in the severity's colour.
pub fn severity_badge(ui: &mut Ui, severity: Severity) -> Response {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    paint_badge(
        ui.painter(),
        rect,
        super::severity_color(ui, severity),
        severity,
    );
    response
}

fn paint_badge(painter: &Painter, rect: Rect, color: Color32, severity: Severity) {
    let radius = rect.width().min(rect.height()) * 0.45;
    painter.circle_filled(rect.center(), radius, color);
    let mark = match severity {
        Severity::Error | Severity::Warning => "!",
        Severity::Hint => "i",
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        mark,
        FontId::proportional(radius * 1.6),
        Color32::WHITE,
    );
}

/// A small triangle pointing up (ascending) or down, for sorted column headings.
pub fn sort_arrow(ui: &mut Ui, ascending: bool) {
    let size = ui.text_style_height(&egui::TextStyle::Body) * 0.6;
    let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    let color = ui.visuals().strong_text_color();
    let (top, bottom) = (rect.top() + size * 0.15, rect.bottom() - size * 0.15);
    let points = if ascending {
        vec![
            pos2(rect.center().x, top),
            pos2(rect.right(), bottom),
            pos2(rect.left(), bottom),
        ]
    } else {
        vec![
            pos2(rect.left(), top),
            pos2(rect.right(), top),
            pos2(rect.center().x, bottom),
        ]
    };
    ui.painter()
        .add(Shape::convex_polygon(points, color, Stroke::NONE));
}

/// A square button showing a calendar, named `name` for screen readers and tooltips.
pub fn calendar_button(ui: &mut Ui, enabled: bool, name: &str) -> Response {
    let side = ui.spacing().interact_size.y;
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(side), sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Button, enabled, name));
    if ui.is_rect_visible(rect) {
        let visuals = if enabled {
            *ui.style().interact(&response)
        } else {
            ui.visuals().widgets.noninteractive
        };
        let painter = ui.painter();
        painter.rect(
            rect.expand(visuals.expansion),
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            StrokeKind::Inside,
        );
        let color = visuals.fg_stroke.color;
        let page = Rect::from_center_size(rect.center(), vec2(side * 0.55, side * 0.5));
        painter.rect_stroke(page, 1.0, Stroke::new(1.2, color), StrokeKind::Middle);
        let bar = Rect::from_min_max(page.min, pos2(page.max.x, page.min.y + page.height() * 0.3));
        painter.rect_filled(bar, 1.0, color);
        for row in 0..2 {
            for col in 0..3 {
                let c = Pos2::new(
                    page.left() + page.width() * (0.25 + 0.25 * col as f32),
                    page.top() + page.height() * (0.55 + 0.25 * row as f32),
                );
                painter.circle_filled(c, 0.9, color);
            }
        }
    }
    response.on_hover_text(name)
}
