//! The chart: grouped bars of planned and realised amounts per year, with a nice axis.

use super::display::{Color, Item, LineItem, RectItem, Role, palette};
use super::paginate::Slice;
use super::{Engine, MARGIN_LEFT, TEXT_WIDTH, line_items, mark, text_item};
use crate::content::{Chart, SeriesKind};
use crate::fonts::{FontStyle, metrics};
use crate::text::Span;

impl Engine {
    pub(super) fn chart(&mut self, c: &Chart) {
        let mut s = Slice {
            space_before: 12.0,
            ..Slice::default()
        };
        let mut y = 0.0;
        let caption = self.node(Role::Caption, None);
        s.items.push(mark(caption));
        for line in self.wrap(&[Span::bold(c.caption.clone())], 9.0, TEXT_WIDTH) {
            line_items(
                &line,
                MARGIN_LEFT,
                y + 9.0,
                9.0,
                palette::HEADING,
                &mut s.items,
            );
            y += 12.5;
        }
        y += 6.0;
        let top = y;
        let figure = self.node(Role::Figure(alt_text(c)), None);
        s.items.push(mark(figure));
        draw_chart(c, top, &mut s.items);
        s.height = top + CHART_HEIGHT;
        self.slices.push(s);
    }
}

const CHART_HEIGHT: f32 = 196.0;

/// What the chart shows, for a reader who cannot see it: the caption, the unit, and per
/// category each series' amount (categories without amounts are left out).
fn alt_text(c: &Chart) -> String {
    let mut out = c.caption.clone();
    for (g, cat) in c.categories.iter().enumerate() {
        let values: Vec<String> = c
            .series
            .iter()
            .filter_map(|s| {
                let m = s.values.get(g).copied().flatten()?;
                Some(format!(
                    "{} {}",
                    s.name,
                    gevinst_core::format::money(m, c.language)
                ))
            })
            .collect();
        if !values.is_empty() {
            out.push_str(&format!(". {cat}: {}", values.join(", ")));
        }
    }
    out.push('.');
    out
}

/// A "nice" tick step (1, 2 or 5 × 10^k) for about five ticks up to `max`.
fn nice_step(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let rough = max / 5.0;
    let mag = 10f64.powf(rough.log10().floor());
    let norm = rough / mag;
    let step = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    step * mag
}

fn axis_label(value: f64, step: f64, c: &Chart) -> String {
    // Decimals enough to tell the ticks apart (0,5 / 1,0 …); exact decimal formatting.
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil().max(0.0) as u32
    };
    let scaled = (value * 10f64.powi(decimals as i32)).round() as i64;
    let d = rust_decimal::Decimal::new(scaled, decimals);
    gevinst_core::format::decimal(d, decimals, c.language)
}

fn draw_chart(c: &Chart, top: f32, items: &mut Vec<Item>) {
    let legend_h = 16.0;
    let label_h = 16.0;
    let plot_right = MARGIN_LEFT + TEXT_WIDTH - 4.0;
    let plot_top = top + legend_h + 12.0;
    let plot_bottom = top + CHART_HEIGHT - label_h;
    let plot_h = plot_bottom - plot_top;
    let divisor = c.divisor.max(1) as f64;
    let value = |m: gevinst_core::model::Money| m.ore() as f64 / 100.0 / divisor;
    let max = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .map(|m| value(*m))
        .fold(0.0f64, f64::max);
    let min = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .map(|m| value(*m))
        .fold(0.0f64, f64::min);
    let step = nice_step(max.max(-min));
    let top_v = (max / step).ceil().max(1.0) * step;
    let bottom_v = (min / step).floor().min(0.0) * step;
    let span = (top_v - bottom_v).max(f64::MIN_POSITIVE);
    // The tick values and labels first: the widest label decides the axis' width.
    let mut ticks = Vec::new();
    let mut v = bottom_v;
    while v <= top_v + step * 0.01 && ticks.len() < 50 {
        ticks.push((v, axis_label(v, step, c)));
        v += step;
    }
    let widest = ticks
        .iter()
        .map(|(_, l)| metrics(FontStyle::Regular).width(l, 8.0))
        .fold(0.0f32, f32::max);
    let plot_left = MARGIN_LEFT + (widest + 8.0).clamp(46.0, TEXT_WIDTH / 2.0);
    let y_of = |v: f64| plot_bottom - ((v - bottom_v) / span) as f32 * plot_h;

    // Unit, top left.
    items.push(text_item(
        MARGIN_LEFT,
        top + 9.0,
        FontStyle::Regular,
        8.0,
        palette::MUTED,
        c.unit.clone(),
    ));
    // Legend, top right.
    let mut lx = plot_right;
    for s in c.series.iter().rev() {
        let w = metrics(FontStyle::Regular).width(&s.name, 8.0);
        lx -= w;
        items.push(text_item(
            lx,
            top + 9.0,
            FontStyle::Regular,
            8.0,
            palette::TEXT,
            s.name.clone(),
        ));
        lx -= 12.0;
        items.push(Item::Rect(RectItem {
            x: lx,
            y: top + 2.5,
            w: 8.0,
            h: 8.0,
            fill: Some(series_color(s.kind)),
            stroke: None,
        }));
        lx -= 14.0;
    }
    // Grid and axis labels.
    for (v, label) in ticks {
        let y = y_of(v);
        let axis = v.abs() < step * 0.01;
        items.push(Item::Line(LineItem {
            x1: plot_left,
            y1: y,
            x2: plot_right,
            y2: y,
            width: if axis { 0.8 } else { 0.4 },
            color: if axis { palette::MUTED } else { palette::RULE },
        }));
        let w = metrics(FontStyle::Regular).width(&label, 8.0);
        items.push(text_item(
            (plot_left - 6.0 - w).max(MARGIN_LEFT),
            y + 2.8,
            FontStyle::Regular,
            8.0,
            palette::MUTED,
            label,
        ));
    }
    // Bars.
    let groups = c.categories.len().max(1) as f32;
    let group_w = (plot_right - plot_left) / groups;
    let series_n = c.series.len().max(1) as f32;
    let bar_w = (group_w * 0.62 / series_n).min(34.0);
    let zero = y_of(0.0);
    for (g, cat) in c.categories.iter().enumerate() {
        let center = plot_left + group_w * (g as f32 + 0.5);
        let start = center - bar_w * series_n / 2.0;
        for (k, s) in c.series.iter().enumerate() {
            let Some(m) = s.values.get(g).copied().flatten() else {
                continue;
            };
            let y = y_of(value(m));
            let (y0, h) = if y < zero {
                (y, zero - y)
            } else {
                (zero, y - zero)
            };
            items.push(Item::Rect(RectItem {
                x: start + k as f32 * bar_w + 0.5,
                y: y0,
                w: bar_w - 1.0,
                h: h.max(0.3),
                fill: Some(series_color(s.kind)),
                stroke: None,
            }));
        }
        let w = metrics(FontStyle::Regular).width(cat, 8.0);
        items.push(text_item(
            center - w / 2.0,
            plot_bottom + 11.0,
            FontStyle::Regular,
            8.0,
            palette::TEXT,
            cat.clone(),
        ));
    }
}

fn series_color(kind: SeriesKind) -> Color {
    match kind {
        SeriesKind::Planned => palette::ACCENT_LIGHT,
        SeriesKind::Realised => palette::ACCENT,
    }
}
