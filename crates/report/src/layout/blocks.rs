//! The block setters: paragraphs, headings, the title, key figures, the table of contents,
//! bullets, callouts and captions, each cut into slices.

use super::display::{Color, Item, LineItem, Mark, RectItem, Role, palette};
use super::paginate::{Slice, TocNumber};
use super::{
    BODY_LEADING, BODY_SIZE, Engine, MARGIN_LEFT, PARA_GAP, TEXT_WIDTH, baseline_in, heading_style,
    line_items, mark, text_item,
};
use crate::content::{Block, Callout, Heading, KeyFigure, ParaKind};
use crate::fonts::{FontStyle, metrics};
use crate::text::{Line, Span};

impl Engine {
    /// Lines of a paragraph as slices, with widow and orphan control; their text is content
    /// of structure element `node`.
    #[allow(clippy::too_many_arguments)] // the typography of a paragraph, and its element
    pub(super) fn lines(
        &mut self,
        node: u32,
        lines: Vec<Line>,
        x: f32,
        size: f32,
        leading: f32,
        color: Color,
        space_before: f32,
    ) {
        let n = lines.len();
        let base = baseline_in(leading, size);
        for (i, line) in lines.into_iter().enumerate() {
            let mut s = Slice {
                height: leading,
                space_before: if i == 0 { space_before } else { 0.0 },
                // Orphan: the first two lines together; widow: the last two together.
                keep_with_next: n > 1 && (i == 0 || i.saturating_add(2) == n),
                ..Slice::default()
            };
            s.items.push(mark(node));
            line_items(&line, x, base, size, color, &mut s.items);
            self.slices.push(s);
        }
    }

    pub(super) fn paragraph(&mut self, spans: &[Span], kind: ParaKind) {
        let (size, leading, color, gap) = match kind {
            ParaKind::Body => (BODY_SIZE, BODY_LEADING, palette::TEXT, PARA_GAP),
            ParaKind::Meta => (8.5, 12.0, palette::MUTED, 0.0),
            ParaKind::Note => (8.0, 11.0, palette::MUTED, 4.0),
        };
        let lines = self.wrap(spans, size, TEXT_WIDTH);
        let first = self.slices.len();
        let node = self.node(Role::P, None);
        self.lines(node, lines, MARGIN_LEFT, size, leading, color, gap);
        if kind == ParaKind::Meta {
            // A measure's facts belong with its description.
            for s in &mut self.slices[first..] {
                s.keep_with_next = true;
            }
        }
    }

    pub(super) fn heading(&mut self, h: &Heading) {
        let st = heading_style(h.level);
        let index = self.headings.len();
        self.headings.push((h.level, h.full_text()));
        let node = self.node(Role::H(h.level.clamp(1, 6)), None);
        let number_width = h.number.as_ref().map_or(0.0, |n| {
            metrics(FontStyle::Bold).width(n, st.size) + st.size * 0.6
        });
        let lines = self.wrap(
            &[Span::bold(h.text.clone())],
            st.size,
            TEXT_WIDTH - number_width,
        );
        let base = baseline_in(st.leading, st.size);
        let n = lines.len();
        // A slice per line, all kept together and with what follows (a heading longer than a
        // page still breaks somewhere).
        for (i, line) in lines.iter().enumerate() {
            let mut s = Slice {
                height: st.leading
                    + if i.saturating_add(1) == n {
                        st.after
                    } else {
                        0.0
                    },
                space_before: if i == 0 { st.before } else { 0.0 },
                keep_with_next: true,
                heading: (i == 0).then_some(index),
                ..Slice::default()
            };
            s.items.push(mark(node));
            if let (0, Some(number)) = (i, &h.number) {
                s.items.push(text_item(
                    MARGIN_LEFT,
                    base,
                    FontStyle::Bold,
                    st.size,
                    st.color,
                    number.clone(),
                ));
            }
            line_items(
                line,
                MARGIN_LEFT + number_width,
                base,
                st.size,
                st.color,
                &mut s.items,
            );
            self.slices.push(s);
        }
    }

    pub(super) fn title(&mut self, kicker: &str, title: &str, subtitle: &str) {
        let parts = [
            (
                kicker,
                FontStyle::Bold,
                9.0,
                13.0,
                palette::ACCENT,
                0.0,
                Role::P,
            ),
            (
                title,
                FontStyle::Bold,
                24.0,
                30.0,
                palette::HEADING,
                8.0,
                Role::H(1),
            ),
            (
                subtitle,
                FontStyle::Regular,
                11.0,
                15.0,
                palette::MUTED,
                4.0,
                Role::P,
            ),
        ];
        for (text, style, size, leading, color, before, role) in parts {
            let node = self.node(role, None);
            let lines = self.wrap(
                &[Span {
                    text: text.to_owned(),
                    style,
                }],
                size,
                TEXT_WIDTH,
            );
            for (i, line) in lines.iter().enumerate() {
                let mut s = Slice {
                    height: leading,
                    space_before: if i == 0 { before } else { 0.0 },
                    keep_with_next: true,
                    ..Slice::default()
                };
                s.items.push(mark(node));
                line_items(line, MARGIN_LEFT, size, size, color, &mut s.items);
                self.slices.push(s);
            }
        }
        let mut rule = Slice {
            height: 14.0,
            keep_with_next: true,
            ..Slice::default()
        };
        rule.items.push(Item::Line(LineItem {
            x1: MARGIN_LEFT,
            y1: 10.0,
            x2: MARGIN_LEFT + TEXT_WIDTH,
            y2: 10.0,
            width: 1.2,
            color: palette::ACCENT,
        }));
        self.slices.push(rule);
    }

    pub(super) fn key_figures(&mut self, figures: &[KeyFigure]) {
        if figures.is_empty() {
            return;
        }
        let gap = 8.0;
        let n = figures.len() as f32;
        let w = (TEXT_WIDTH - gap * (n - 1.0)) / n;
        let pad = 7.0;
        // One value size for all boxes: the largest that fits every value.
        let mut size: f32 = 16.0;
        for f in figures {
            let at_one = metrics(FontStyle::Bold).width(&f.value, 1.0);
            if at_one > 0.0 {
                size = size.min((w - 2.0 * pad) / at_one);
            }
        }
        // In quarter points, so that the size is a round number.
        let size = (size.clamp(7.0, 16.0) * 4.0).floor() / 4.0;
        let labels: Vec<Vec<Line>> = figures
            .iter()
            .map(|f| self.wrap(&[Span::plain(f.label.clone())], 8.0, w - 2.0 * pad))
            .collect();
        let group = self.node(Role::Div, None);
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let h = pad + size * 1.25 + 3.0 + label_lines * 10.0 + pad;
        let mut s = Slice {
            height: h,
            space_before: 14.0,
            ..Slice::default()
        };
        for (i, (f, label)) in figures.iter().zip(labels).enumerate() {
            let x = MARGIN_LEFT + i as f32 * (w + gap);
            s.items.push(Item::Rect(RectItem {
                x,
                y: 0.0,
                w,
                h,
                fill: Some(palette::TINT),
                stroke: None,
            }));
            s.items.push(Item::Rect(RectItem {
                x,
                y: 0.0,
                w,
                h: 2.5,
                fill: Some(palette::ACCENT),
                stroke: None,
            }));
            // Each figure reads as one paragraph: value, then label.
            let node = self.node(Role::P, Some(group));
            s.items.push(mark(node));
            s.items.push(text_item(
                x + pad,
                pad + size,
                FontStyle::Bold,
                size,
                palette::HEADING,
                f.value.clone(),
            ));
            let mut y = pad + size * 1.25 + 3.0 + 8.0;
            for line in label {
                line_items(&line, x + pad, y, 8.0, palette::MUTED, &mut s.items);
                y += 10.0;
            }
        }
        self.slices.push(s);
    }

    /// The table of contents: the headings of levels 2 and 3 in `blocks`.
    pub(super) fn toc(&mut self, title: &str, blocks: &[Block]) {
        let mut s = Slice {
            height: 22.0,
            space_before: 22.0,
            keep_with_next: true,
            ..Slice::default()
        };
        let node = self.node(Role::P, None);
        s.items.push(mark(node));
        s.items.push(text_item(
            MARGIN_LEFT,
            14.0,
            FontStyle::Bold,
            12.0,
            palette::HEADING,
            title.to_owned(),
        ));
        self.slices.push(s);
        // Heading indexes are assigned in block order; count them to know each one's index.
        let mut index = self.headings.len();
        let number_room = 28.0;
        let right = MARGIN_LEFT + TEXT_WIDTH;
        let entries: Vec<(usize, &Heading)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => {
                    let i = index;
                    index = index.saturating_add(1);
                    Some((i, h))
                }
                _ => None,
            })
            .filter(|(_, h)| h.level <= 3)
            .collect();
        let count = entries.len();
        let toc = self.node(Role::Toc, None);
        for (k, (heading, h)) in entries.into_iter().enumerate() {
            let entry = self.node(Role::Toci, Some(toc));
            let link = self.node(Role::Link, Some(entry));
            let (style, size, indent, leading, color, before) = if h.level == 2 {
                (FontStyle::Bold, 9.5, 0.0, 15.0, palette::TEXT, 3.0)
            } else {
                (FontStyle::Regular, 9.0, 26.0, 13.0, palette::MUTED, 0.0)
            };
            let num = h.number.clone().unwrap_or_default();
            let num_w = 26.0;
            let avail = TEXT_WIDTH - indent - num_w - number_room - 8.0;
            let lines = self.wrap(
                &[Span {
                    text: h.text.clone(),
                    style,
                }],
                size,
                avail,
            );
            let base = baseline_in(leading, size);
            let mut s = Slice {
                height: lines.len() as f32 * leading,
                space_before: before,
                keep_with_next: k == 0 && count > 1,
                ..Slice::default()
            };
            let x = MARGIN_LEFT + indent;
            s.items.push(mark(link));
            s.items.push(text_item(x, base, style, size, color, num));
            let mut last_end = 0.0;
            for (i, line) in lines.iter().enumerate() {
                line_items(
                    line,
                    x + num_w,
                    base + i as f32 * leading,
                    size,
                    color,
                    &mut s.items,
                );
                last_end = x + num_w + line.width;
            }
            // Dot leader from the end of the text to the page number.
            let last_base = base + (lines.len().saturating_sub(1)) as f32 * leading;
            let dot_w = metrics(FontStyle::Regular).width(". ", size);
            let from = last_end + 6.0;
            let to = right - number_room;
            if to > from + dot_w {
                let dots = ((to - from) / dot_w).floor() as usize;
                let text = ". ".repeat(dots);
                let text = text.trim_end();
                let w = metrics(FontStyle::Regular).width(text, size);
                s.items.push(Item::Mark(Mark::Artifact));
                s.items.push(text_item(
                    to - w,
                    last_base,
                    FontStyle::Regular,
                    size,
                    palette::RULE,
                    text.to_owned(),
                ));
            }
            s.toc_numbers.push(TocNumber {
                heading,
                node: link,
                right,
                baseline: last_base,
                size,
            });
            s.links
                .push(([MARGIN_LEFT, 0.0, TEXT_WIDTH, s.height], heading, link));
            self.slices.push(s);
        }
    }

    pub(super) fn bullets(&mut self, items: &[Vec<Span>]) {
        let indent = 14.0;
        let list = self.node(Role::L, None);
        for (k, spans) in items.iter().enumerate() {
            let lines = self.wrap(spans, BODY_SIZE, TEXT_WIDTH - indent);
            let first = self.slices.len();
            let item = self.node(Role::LI, Some(list));
            let label = self.node(Role::Lbl, Some(item));
            let body = self.node(Role::LBody, Some(item));
            self.lines(
                body,
                lines,
                MARGIN_LEFT + indent,
                BODY_SIZE,
                BODY_LEADING,
                palette::TEXT,
                if k == 0 { PARA_GAP } else { 3.0 },
            );
            if let Some(s) = self.slices.get_mut(first) {
                let base = baseline_in(BODY_LEADING, BODY_SIZE);
                // The label first, so that it is read before the body.
                let bullet = text_item(
                    MARGIN_LEFT + 3.0,
                    base,
                    FontStyle::Regular,
                    BODY_SIZE,
                    palette::ACCENT,
                    "•".to_owned(),
                );
                s.items.splice(0..0, [mark(label), bullet]);
            }
        }
    }

    pub(super) fn callout(&mut self, c: &Callout) {
        let pad_x = 10.0;
        let pad_y = 7.0;
        let (tint, accent) = if c.warning {
            (palette::WARN_TINT, palette::WARN)
        } else {
            (palette::TINT, palette::ACCENT)
        };
        let size = 9.5;
        let leading = 13.5;
        let inner = TEXT_WIDTH - 2.0 * pad_x - 3.0;
        // (line, size, leading, style colour, extra space above, structure element)
        let mut rows: Vec<(Line, f32, f32, Color, f32, u32)> = Vec::new();
        let group = self.node(Role::Div, None);
        let title = self.node(Role::P, Some(group));
        for line in self.wrap(&[Span::bold(c.title.clone())], 8.5, inner) {
            rows.push((line, 8.5, 12.5, accent, 0.0, title));
        }
        for (p, para) in c.body.iter().enumerate() {
            let node = self.node(Role::P, Some(group));
            for (i, line) in self.wrap(para, size, inner).into_iter().enumerate() {
                let extra = if i == 0 {
                    if p == 0 { 2.0 } else { 5.0 }
                } else {
                    0.0
                };
                rows.push((line, size, leading, palette::TEXT, extra, node));
            }
        }
        let n = rows.len();
        for (i, (line, sz, ld, color, extra, node)) in rows.into_iter().enumerate() {
            let top = if i == 0 { pad_y } else { 0.0 } + extra;
            let bottom = if i.saturating_add(1) == n { pad_y } else { 0.0 };
            let h = top + ld + bottom;
            let mut s = Slice {
                height: h,
                space_before: if i == 0 { 8.0 } else { 0.0 },
                keep_with_next: n > 1 && (i <= 1 || i.saturating_add(2) == n),
                ..Slice::default()
            };
            s.items.push(Item::Rect(RectItem {
                x: MARGIN_LEFT,
                y: 0.0,
                w: TEXT_WIDTH,
                h,
                fill: Some(tint),
                stroke: None,
            }));
            s.items.push(Item::Rect(RectItem {
                x: MARGIN_LEFT,
                y: 0.0,
                w: 3.0,
                h,
                fill: Some(accent),
                stroke: None,
            }));
            s.items.push(mark(node));
            line_items(
                &line,
                MARGIN_LEFT + 3.0 + pad_x,
                top + baseline_in(ld, sz),
                sz,
                color,
                &mut s.items,
            );
            self.slices.push(s);
        }
    }

    /// A caption above a table (its structure element is a child of `parent`).
    pub(super) fn caption(&mut self, text: &str, space_before: f32, parent: Option<u32>) {
        let lines = self.wrap(&[Span::bold(text)], 9.0, TEXT_WIDTH);
        let n = lines.len();
        let first = self.slices.len();
        let node = self.node(Role::Caption, parent);
        self.lines(
            node,
            lines,
            MARGIN_LEFT,
            9.0,
            12.5,
            palette::HEADING,
            space_before,
        );
        for s in self.slices.iter_mut().skip(first).take(n) {
            s.keep_with_next = true;
        }
        if let Some(s) = self.slices.last_mut() {
            s.height += 3.0;
        }
    }
}
