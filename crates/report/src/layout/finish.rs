//! Finishing the pages: the placed slices turned into pages, the outline, the table of
//! contents' page numbers and links, the running header and the footer "Side X av Y".

use super::display::{Document, Item, LineItem, Link, Mark, OutlineEntry, Page, palette};
use super::paginate::{Placed, TocNumber};
use super::{Engine, MARGIN_LEFT, PAGE_HEIGHT, PAGE_WIDTH, TEXT_WIDTH, text_item};
use crate::content::Meta;
use crate::fonts::{FontStyle, metrics};
use gevinst_core::i18n::fill;

/// The pages of a paginated engine: `plan` says which slices go on which page and where.
pub(super) fn finish(mut e: Engine, plan: &[Vec<Placed>], meta: &Meta) -> Document {
    let mut outline: Vec<Option<OutlineEntry>> = vec![None; e.headings.len()];
    let mut pages = Vec::with_capacity(plan.len());
    let mut pending: Vec<(usize, usize, TocNumber)> = Vec::new();
    let mut pending_links: Vec<(usize, [f32; 4], usize, u32)> = Vec::new();
    for (p, placed) in plan.iter().enumerate() {
        let mut page = Page {
            width: PAGE_WIDTH,
            height: PAGE_HEIGHT,
            items: Vec::new(),
            links: Vec::new(),
        };
        for entry in placed {
            // Whatever a slice does not mark is decoration.
            page.items.push(Item::Mark(Mark::Artifact));
            let (s, y) = match *entry {
                Placed::Slice(i, y) => {
                    // Each body slice is placed once: move its items instead of copying them.
                    let s = &mut e.slices[i];
                    let items = std::mem::take(&mut s.items);
                    page.items
                        .extend(items.into_iter().map(|item| shifted(item, y)));
                    (&e.slices[i], y)
                }
                Placed::Header(t, y) => {
                    // A repeated header row is pagination: an artifact, read once.
                    let s = &e.headers[t];
                    page.items.extend(s.items.iter().map(|item| match item {
                        Item::Mark(_) => Item::Mark(Mark::Artifact),
                        _ => shifted(item.clone(), y),
                    }));
                    (s, y)
                }
            };
            if let (Some(h), Placed::Slice(..)) = (s.heading, entry)
                && let Some((level, title)) = e.headings.get(h)
            {
                outline[h] = Some(OutlineEntry {
                    level: *level,
                    title: title.clone(),
                    page: p,
                    y,
                });
            }
            for t in &s.toc_numbers {
                pending.push((
                    p,
                    page.items.len(),
                    TocNumber {
                        baseline: t.baseline + y,
                        ..*t
                    },
                ));
                page.items.push(Item::Mark(Mark::Node(t.node)));
                page.items.push(text_item(
                    t.right,
                    t.baseline + y,
                    FontStyle::Regular,
                    t.size,
                    palette::TEXT,
                    String::new(),
                ));
            }
            for (r, h, n) in &s.links {
                pending_links.push((p, [r[0], r[1] + y, r[2], r[3]], *h, *n));
            }
        }
        pages.push(page);
    }
    let find = |h: usize| {
        outline
            .get(h)
            .and_then(|o| o.as_ref())
            .map(|o| (o.page, o.y))
    };
    for (p, idx, t) in pending {
        if let (Some((target, _)), Some(Item::Text(run))) = (
            find(t.heading),
            pages[p].items.get_mut(idx.saturating_add(1)),
        ) {
            run.text = target.saturating_add(1).to_string();
            run.x = t.right - run.width();
        }
    }
    for (p, rect, h, node) in pending_links {
        if let Some((target, y)) = find(h) {
            pages[p].links.push(Link {
                rect,
                page: target,
                y,
                node: Some(node),
            });
        }
    }
    decorate(&mut pages, meta);
    Document {
        meta: meta.clone(),
        pages,
        outline: outline.into_iter().flatten().collect(),
        structure: e.nodes,
    }
}

fn shifted(mut item: Item, dy: f32) -> Item {
    match &mut item {
        Item::Text(t) => t.y += dy,
        Item::Line(l) => {
            l.y1 += dy;
            l.y2 += dy;
        }
        Item::Rect(r) => r.y += dy,
        Item::Mark(_) => {}
    }
    item
}

/// Running header (not on the first page) and footer "Side X av Y".
fn decorate(pages: &mut [Page], meta: &Meta) {
    let total = pages.len().to_string();
    let right = MARGIN_LEFT + TEXT_WIDTH;
    let size = 8.0;
    let m = metrics(FontStyle::Regular);
    // Small grey text, from the left margin or ending at the right one, and a thin rule.
    let left_text = |y: f32, text: String| {
        text_item(
            MARGIN_LEFT,
            y,
            FontStyle::Regular,
            size,
            palette::MUTED,
            text,
        )
    };
    let right_text = |y: f32, text: String| {
        let w = m.width(&text, size);
        text_item(right - w, y, FontStyle::Regular, size, palette::MUTED, text)
    };
    let rule = |y: f32| {
        Item::Line(LineItem {
            x1: MARGIN_LEFT,
            y1: y,
            x2: right,
            y2: y,
            width: 0.5,
            color: palette::RULE,
        })
    };
    for (i, page) in pages.iter_mut().enumerate() {
        page.items.push(Item::Mark(Mark::Artifact));
        if i > 0 {
            let left = fit(&meta.header_left, size, TEXT_WIDTH * 0.7);
            page.items.push(left_text(44.0, left));
            page.items.push(right_text(44.0, meta.header_right.clone()));
            page.items.push(rule(50.0));
        }
        page.items.push(rule(800.0));
        let text = fill(
            &meta.footer,
            &[
                ("page", &i.saturating_add(1).to_string()),
                ("pages", &total),
            ],
        );
        page.items.push(right_text(813.0, text));
        let title = fit(&meta.title, size, TEXT_WIDTH * 0.7);
        page.items.push(left_text(813.0, title));
    }
}

/// `text` cut with an ellipsis so that it is at most `width` wide.
fn fit(text: &str, size: f32, width: f32) -> String {
    let m = metrics(FontStyle::Regular);
    if m.width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let limit = width - m.width("…", size);
    let mut w = 0.0;
    for c in text.chars() {
        w += m.char_width(c, size);
        if w > limit {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{doc, lines_paragraph, pages_with};
    use super::*;
    use crate::content::{Block, Heading};

    #[test]
    fn footer_counts_pages_and_the_header_runs_from_page_two() {
        let d = doc(vec![lines_paragraph(0, 150)]);
        let n = d.pages.len();
        assert!(n >= 3);
        for p in 0..n {
            assert_eq!(pages_with(&d, &format!("Side {} av {n}", p + 1)), vec![p]);
        }
        assert_eq!(pages_with(&d, "Virksomheten"), (1..n).collect::<Vec<_>>());
    }

    #[test]
    fn toc_numbers_and_outline_point_at_the_headings() {
        let mut blocks = vec![Block::Toc {
            title: "Innhold".into(),
        }];
        for k in 0..4 {
            blocks.push(Block::Heading(Heading {
                level: 2,
                number: Some(format!("4.{k}")),
                text: format!("Del {k}"),
            }));
            blocks.push(lines_paragraph(k * 100, 60));
        }
        let d = doc(blocks);
        assert_eq!(d.outline.len(), 4);
        for (k, o) in d.outline.iter().enumerate() {
            assert_eq!(o.title, format!("4.{k} Del {k}"));
            assert_eq!(pages_with(&d, &format!("Del {k}")).last(), Some(&o.page));
        }
        // The table of contents shows each heading's page number and links to it.
        let toc = &d.pages[0];
        let links: Vec<&Link> = toc.links.iter().collect();
        assert_eq!(links.len(), 4);
        for (k, l) in links.iter().enumerate() {
            assert_eq!(l.page, d.outline[k].page);
            let number = (d.outline[k].page + 1).to_string();
            let shown = toc.items.iter().any(|i| {
                matches!(i, Item::Text(t) if t.text == number
                    && t.y > l.rect[1] && t.y <= l.rect[1] + l.rect[3])
            });
            assert!(shown, "page number of entry {k}");
        }
    }
}
