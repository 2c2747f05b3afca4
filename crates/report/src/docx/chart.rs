//! The chart as a PNG: the same display-list primitives the PDF draws (laid out by
//! [`crate::layout`] from the chart block alone), rasterised with tiny-skia at print
//! resolution, the text with the bundled fonts' glyph outlines.

use crate::content::{Block, Chart, Content, Meta};
use crate::fonts::{FontStyle, bytes};
use crate::layout::{self, BODY_BOTTOM, BODY_TOP, Color, Item, MARGIN_LEFT, TEXT_WIDTH};
use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

/// Print resolution: 200 dots per inch.
pub(crate) const DPI: f32 = 200.0;
/// Space left around the chart, in points.
const PAD: f32 = 4.0;

/// A rasterised chart: the PNG and its size in points.
pub(crate) struct Picture {
    /// The PNG bytes.
    pub png: Vec<u8>,
    /// Width in pixels.
    pub px_w: u32,
    /// Height in pixels.
    pub px_h: u32,
    /// Width in points.
    pub pt_w: f32,
    /// Height in points.
    pub pt_h: f32,
}

/// The chart's primitives as the PDF draws them, without the caption (Word has its own) and
/// without the running header and footer of the page they were laid out on.
fn primitives(chart: &Chart, meta: &Meta) -> Vec<Item> {
    let content = Content {
        meta: meta.clone(),
        blocks: vec![Block::Chart(chart.clone())],
    };
    let doc = layout::layout(&content, &mut |_| {});
    let Some(page) = doc.pages.into_iter().next() else {
        return Vec::new();
    };
    page.items
        .into_iter()
        .filter(|item| match item {
            // The caption is the chart's only bold text.
            Item::Text(t) => t.style != FontStyle::Bold && t.y > BODY_TOP && t.y < BODY_BOTTOM,
            Item::Line(l) => l.y1 > BODY_TOP && l.y1 < BODY_BOTTOM,
            Item::Rect(r) => r.y > BODY_TOP && r.y < BODY_BOTTOM,
            #[allow(unreachable_patterns)]
            _ => false,
        })
        .collect()
}

fn paint(c: Color) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.r, c.g, c.b, 255);
    p.anti_alias = true;
    p
}

/// Glyph outlines into a path, in pixels.
struct Outline<'a> {
    pb: &'a mut PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl ttf_parser::OutlineBuilder for Outline<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.pb
            .move_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.pb
            .line_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.pb.quad_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.pb.cubic_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x2 * self.scale,
            self.y - y2 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn close(&mut self) {
        self.pb.close();
    }
}

/// A text run's glyphs as one path, `x`/`y` (baseline) and `size` in pixels.
fn text_path(text: &str, style: FontStyle, x: f32, y: f32, size: f32) -> Option<tiny_skia::Path> {
    let face = ttf_parser::Face::parse(bytes(style), 0).ok()?;
    let scale = size / f32::from(face.units_per_em());
    let mut pb = PathBuilder::new();
    let mut pen = x;
    for c in text.chars() {
        let c = if c == '\u{a0}' { ' ' } else { c };
        let gid = face.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        let mut o = Outline {
            pb: &mut pb,
            x: pen,
            y,
            scale,
        };
        face.outline_glyph(gid, &mut o);
        pen += f32::from(face.glyph_hor_advance(gid).unwrap_or(0)) * scale;
    }
    pb.finish()
}

/// The chart as a PNG at [`DPI`], or `None` when there is nothing to draw.
pub(crate) fn render(chart: &Chart, meta: &Meta) -> Option<Picture> {
    let items = primitives(chart, meta);
    let (mut top, mut bottom) = (f32::MAX, f32::MIN);
    for item in &items {
        let (t, b) = match item {
            Item::Text(t) => (t.top(), t.y + t.size * 0.3),
            Item::Line(l) => (l.y1.min(l.y2), l.y1.max(l.y2)),
            Item::Rect(r) => (r.y, r.y + r.h),
            #[allow(unreachable_patterns)]
            _ => continue,
        };
        top = top.min(t);
        bottom = bottom.max(b);
    }
    if items.is_empty() || bottom <= top {
        return None;
    }
    let (left, top) = (MARGIN_LEFT - PAD, top - PAD);
    let pt_w = TEXT_WIDTH + 2.0 * PAD;
    let pt_h = bottom - top + PAD;
    let scale = DPI / 72.0;
    let px_w = (pt_w * scale).ceil().clamp(1.0, 8000.0) as u32;
    let px_h = (pt_h * scale).ceil().clamp(1.0, 8000.0) as u32;
    let mut pixmap = Pixmap::new(px_w, px_h)?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let px = |x: f32| (x - left) * scale;
    let py = |y: f32| (y - top) * scale;
    for item in &items {
        match item {
            Item::Rect(r) => {
                let Some(rect) = Rect::from_xywh(px(r.x), py(r.y), r.w * scale, r.h * scale) else {
                    continue;
                };
                if let Some(fill) = r.fill {
                    pixmap.fill_rect(rect, &paint(fill), Transform::identity(), None);
                }
                if let Some((color, width)) = r.stroke {
                    let path = PathBuilder::from_rect(rect);
                    let stroke = Stroke {
                        width: width * scale,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(&path, &paint(color), &stroke, Transform::identity(), None);
                }
            }
            Item::Line(l) => {
                let mut pb = PathBuilder::new();
                pb.move_to(px(l.x1), py(l.y1));
                pb.line_to(px(l.x2), py(l.y2));
                if let Some(path) = pb.finish() {
                    let stroke = Stroke {
                        width: l.width * scale,
                        ..Stroke::default()
                    };
                    pixmap.stroke_path(
                        &path,
                        &paint(l.color),
                        &stroke,
                        Transform::identity(),
                        None,
                    );
                }
            }
            Item::Text(t) => {
                if let Some(path) = text_path(&t.text, t.style, px(t.x), py(t.y), t.size * scale) {
                    pixmap.fill_path(
                        &path,
                        &paint(t.color),
                        FillRule::Winding,
                        Transform::identity(),
                        None,
                    );
                }
            }
            #[allow(unreachable_patterns)]
            _ => {}
        }
    }
    let png = pixmap.encode_png().ok()?;
    Some(Picture {
        png,
        px_w,
        px_h,
        pt_w,
        pt_h,
    })
}
