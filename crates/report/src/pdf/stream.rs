//! A page's content stream, written here as bytes: the operators the report needs (`re`,
//! `m`/`l`, colours, line width, text with `Tf`, `Td` and `TJ`, marked content) and nothing
//! else. Writing them through printpdf's operations and lopdf's content encoder took half the
//! time of a large tagged report.
//!
//! Coordinates are written to a thousandth of a point (`Td` moves are differences of
//! positions rounded first, so they do not drift along a page), colours to four decimals.

use super::{Fonts, Glyphs};
use crate::layout::{Color, Item, Mark, Page, Role, StructNode, TextRun};
use std::io::Write;

/// A page's text as lines in the display list's (reading) order, each with the mark it is
/// under: consecutive runs on one baseline in the same font, size, colour and structure
/// element, which become one `TJ` with the gaps between them as offsets.
/// Each line also has the index of its first item (its place in reading order).
pub(super) fn text_lines(page: &Page) -> Vec<(Mark, Vec<&TextRun>, usize)> {
    let mut lines: Vec<(Mark, Vec<&TextRun>, usize)> = Vec::new();
    let mut mark = Mark::Artifact;
    for (at, item) in page.items.iter().enumerate() {
        let t = match item {
            Item::Mark(m) => {
                mark = *m;
                continue;
            }
            Item::Text(t) if !t.text.is_empty() => t,
            _ => continue,
        };
        match lines.last_mut() {
            Some((m, line, _))
                if *m == mark
                    && t.actual.is_none()
                    && line.last().is_some_and(|p| {
                        p.actual.is_none()
                            && p.y == t.y
                            && p.style == t.style
                            && p.size == t.size
                            && p.color == t.color
                            && p.x <= t.x
                    }) =>
            {
                line.push(t)
            }
            _ => lines.push((mark, vec![t], at)),
        }
    }
    lines
}

/// The marked-content sequences of a page as they are opened: the structure element of each
/// MCID (index), so that the structure tree can point at them.
#[derive(Debug, Default)]
pub(crate) struct Marked {
    /// `mcids[k]` is the structure element of MCID `k` and the index of the page item it
    /// starts at: the figure's graphics are written before the text, but read in place.
    pub(crate) mcids: Vec<(u32, usize)>,
    open: bool,
}

impl Marked {
    /// Close the open sequence, if any, and open one for `mark`.
    fn switch(&mut self, mark: Mark, at: usize, structure: &[StructNode], out: &mut Vec<u8>) {
        self.close(out);
        match mark {
            Mark::Node(n) => {
                let tag = structure
                    .get(n as usize)
                    .map_or("Span", |s| crate::tagged::tag(&s.role));
                let mcid = self.mcids.len();
                self.mcids.push((n, at));
                // Writing to a Vec cannot fail.
                let _ = writeln!(out, "/{tag} <</MCID {mcid}>> BDC");
            }
            Mark::Artifact => out.extend_from_slice(b"/Artifact BMC\n"),
        }
        self.open = true;
    }

    fn close(&mut self, out: &mut Vec<u8>) {
        if self.open {
            out.extend_from_slice(b"EMC\n");
            self.open = false;
        }
    }
}

/// `v` rounded to `1 / scale` (a power of ten), as an integer number of those units; 0 for
/// what is not a number, and saturating at the ends of `i64`.
fn units(v: f32, scale: f64) -> i64 {
    if v.is_finite() {
        // `as` saturates; the report's coordinates are a few thousand points at most.
        (f64::from(v) * scale).round() as i64
    } else {
        0
    }
}

/// Write `n / 10^decimals` as a PDF number, without trailing zeros.
fn fixed(out: &mut Vec<u8>, n: i64, decimals: u32) {
    let scale = 10u64.pow(decimals);
    if n < 0 {
        out.push(b'-');
    }
    let a = n.unsigned_abs();
    let (int, mut frac) = (
        a.checked_div(scale).unwrap_or(0),
        a.checked_rem(scale).unwrap_or(0),
    );
    let mut buf = itoa::Buffer::new();
    out.extend_from_slice(buf.format(int).as_bytes());
    if frac != 0 {
        out.push(b'.');
        let mut digits = decimals;
        while frac % 10 == 0 {
            frac /= 10;
            digits = digits.saturating_sub(1);
        }
        let s = buf.format(frac);
        let pad = (digits as usize).saturating_sub(s.len());
        out.extend(std::iter::repeat_n(b'0', pad));
        out.extend_from_slice(s.as_bytes());
    }
}

/// A length or coordinate, to a thousandth of a point, and a space.
fn num(out: &mut Vec<u8>, v: f32) {
    fixed(out, units(v, 1000.0), 3);
    out.push(b' ');
}

/// A colour's three components (0–1) and the operator (`rg` fill, `RG` stroke).
fn color(out: &mut Vec<u8>, c: Color, op: &str) {
    for v in [c.r, c.g, c.b] {
        // 255 → 10 000, rounded to the nearest.
        let n = (u32::from(v).saturating_mul(20_000).saturating_add(255)) / 510;
        fixed(out, i64::from(n), 4);
        out.push(b' ');
    }
    out.extend_from_slice(op.as_bytes());
    out.push(b'\n');
}

/// A string of glyph codes (Identity-H) as a PDF hex string.
fn hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    out.push(b'<');
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out.push(b'>');
}

/// `/Span <</ActualText <…>>> BDC`: what the following text stands for, as a PDF text string
/// (UTF-16BE with its byte order mark; empty for a hyphen that is not part of the text).
fn actual_text(out: &mut Vec<u8>, text: &str) {
    out.extend_from_slice(b"/Span <</ActualText ");
    let data: Vec<u8> = if text.is_empty() {
        Vec::new()
    } else {
        [0xfe, 0xff]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect()
    };
    hex(out, &data);
    out.extend_from_slice(b">> BDC\n");
}

/// The fonts as the content stream names them: `/<resource name>` per style.
pub(super) type FontNames = [String];

/// The content stream of one page. Lines and rectangles are painted first, in their order,
/// then all text in one text section: nothing in the report is drawn over text, and one
/// section with relative moves (`Td`) keeps the file small and quick to write.
///
/// Every operation that paints is inside marked content: text as content of its structure
/// element, lines and rectangles as content of a figure or else as artifacts.
pub(super) fn page_content(
    page: &Page,
    lines: &[(Mark, Vec<&TextRun>, usize)],
    fonts: &Fonts,
    glyphs: &Glyphs,
    font_names: &FontNames,
    structure: &[StructNode],
) -> (Vec<u8>, Marked) {
    let h = page.height;
    let mut out = Vec::with_capacity(page.items.len().saturating_mul(48));
    let mut fill: Option<Color> = None;
    let mut stroke: Option<(Color, f32)> = None;
    let mut marked = Marked::default();
    // The mark in force, and the one the open sequence has.
    let mut mark = Mark::Artifact;
    let mut open: Option<Mark> = None;
    for (at, item) in page.items.iter().enumerate() {
        if let Item::Mark(m) = item {
            mark = *m;
            continue;
        }
        if matches!(item, Item::Line(_) | Item::Rect(_)) {
            let want = match mark {
                Mark::Node(n)
                    if structure
                        .get(n as usize)
                        .is_some_and(|s| matches!(s.role, Role::Figure(_))) =>
                {
                    mark
                }
                _ => Mark::Artifact,
            };
            if open != Some(want) {
                marked.switch(want, at, structure, &mut out);
                open = Some(want);
            }
        }
        match item {
            Item::Text(_) | Item::Mark(_) => {}
            Item::Line(l) => {
                if stroke != Some((l.color, l.width)) {
                    color(&mut out, l.color, "RG");
                    num(&mut out, l.width);
                    out.extend_from_slice(b"w\n");
                    stroke = Some((l.color, l.width));
                }
                num(&mut out, l.x1);
                num(&mut out, h - l.y1);
                out.extend_from_slice(b"m\n");
                num(&mut out, l.x2);
                num(&mut out, h - l.y2);
                out.extend_from_slice(b"l\nS\n");
            }
            Item::Rect(r) => {
                let paint: &[u8] = match (r.fill, r.stroke) {
                    (Some(_), Some(_)) => b"B\n",
                    (Some(_), None) => b"f\n",
                    (None, Some(_)) => b"S\n",
                    (None, None) => continue,
                };
                if let Some(f) = r.fill
                    && fill != Some(f)
                {
                    color(&mut out, f, "rg");
                    fill = Some(f);
                }
                if let Some(s) = r.stroke
                    && stroke != Some(s)
                {
                    color(&mut out, s.0, "RG");
                    num(&mut out, s.1);
                    out.extend_from_slice(b"w\n");
                    stroke = Some(s);
                }
                num(&mut out, r.x);
                num(&mut out, h - r.y - r.h);
                num(&mut out, r.w);
                num(&mut out, r.h);
                out.extend_from_slice(b"re\n");
                out.extend_from_slice(paint);
            }
        }
    }
    marked.close(&mut out);
    if !lines.is_empty() {
        out.extend_from_slice(b"BT\n");
        let mut open: Option<Mark> = None;
        let mut font: Option<(crate::fonts::FontStyle, f32)> = None;
        // The start of the current text line in thousandths of a point; `Td` moves from it.
        let (mut lx, mut ly) = (0i64, 0i64);
        let mut encoded = Vec::new();
        for (mark, line, at) in lines {
            let Some(t) = line.first() else { continue };
            if open != Some(*mark) {
                marked.switch(*mark, *at, structure, &mut out);
                open = Some(*mark);
            }
            if font != Some((t.style, t.size)) {
                out.push(b'/');
                out.extend_from_slice(
                    font_names
                        .get(t.style.index())
                        .map_or("F0", String::as_str)
                        .as_bytes(),
                );
                out.push(b' ');
                num(&mut out, t.size);
                out.extend_from_slice(b"Tf\n");
                font = Some((t.style, t.size));
            }
            if fill != Some(t.color) {
                color(&mut out, t.color, "rg");
                fill = Some(t.color);
            }
            let (x, y) = (units(t.x, 1000.0), units(h - t.y, 1000.0));
            fixed(&mut out, x.saturating_sub(lx), 3);
            out.push(b' ');
            fixed(&mut out, y.saturating_sub(ly), 3);
            out.extend_from_slice(b" Td\n");
            (lx, ly) = (x, y);
            // A run that stands for other text (see `TextRun::actual`) is a span of its own.
            if let Some(actual) = &t.actual {
                actual_text(&mut out, actual);
            }
            out.push(b'[');
            for (k, run) in line.iter().enumerate() {
                if let Some(prev) = k.checked_sub(1).and_then(|p| line.get(p)) {
                    // TJ offsets are thousandths of an em, positive to the left.
                    let gap = -(run.x - (prev.x + prev.width())) * 1000.0 / t.size;
                    out.push(b' ');
                    fixed(&mut out, units(gap, 100.0), 2);
                    out.push(b' ');
                }
                encoded.clear();
                glyphs.encode_into(fonts, run, &mut encoded);
                hex(&mut out, &encoded);
            }
            out.extend_from_slice(b"] TJ\n");
            if t.actual.is_some() {
                out.extend_from_slice(b"EMC\n");
            }
        }
        marked.close(&mut out);
        out.extend_from_slice(b"ET\n");
    }
    (out, marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(n: i64, decimals: u32) -> String {
        let mut out = Vec::new();
        fixed(&mut out, n, decimals);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_written_without_trailing_zeros() {
        assert_eq!(show(0, 3), "0");
        assert_eq!(show(12_000, 3), "12");
        assert_eq!(show(12_500, 3), "12.5");
        assert_eq!(show(-7, 3), "-0.007");
        assert_eq!(show(-1_050, 3), "-1.05");
        assert_eq!(show(i64::MIN, 3), "-9223372036854775.808");
        assert_eq!(units(f32::NAN, 1000.0), 0);
        assert_eq!(units(841.889_95, 1000.0), 841_890);
    }

    #[test]
    fn colours_are_fractions_of_255() {
        let mut out = Vec::new();
        color(
            &mut out,
            Color {
                r: 255,
                g: 0,
                b: 128,
            },
            "rg",
        );
        assert_eq!(String::from_utf8(out).unwrap(), "1 0 0.502 rg\n");
    }
}
