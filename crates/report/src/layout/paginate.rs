//! Slices and pagination: the vertical units the blocks are cut into, how they are filled into
//! pages (headings kept with what follows, no widows or orphans, table headers repeated), and
//! setting the blocks on all cores.

use super::display::{Item, Mark};
use super::{BODY_BOTTOM, BODY_TOP, Engine};
use crate::content::Block;
use crate::text::Span;

/// A page-number placeholder in the table of contents.
#[derive(Debug, Clone, Copy)]
pub(super) struct TocNumber {
    pub(super) heading: usize,
    /// The structure element the number belongs to.
    pub(super) node: u32,
    pub(super) right: f32,
    pub(super) baseline: f32,
    pub(super) size: f32,
}

/// A vertical unit of the flow. Item y values are relative to the slice's top.
#[derive(Debug, Default)]
pub(super) struct Slice {
    pub(super) height: f32,
    pub(super) space_before: f32,
    pub(super) keep_with_next: bool,
    pub(super) items: Vec<Item>,
    /// A body row of this table: its header is repeated when the slice starts a page.
    pub(super) table: Option<usize>,
    /// This slice is a heading (index into the outline).
    pub(super) heading: Option<usize>,
    /// Page numbers to fill in (table of contents).
    pub(super) toc_numbers: Vec<TocNumber>,
    /// Links to headings: rect relative to the slice, heading index, structure element.
    pub(super) links: Vec<([f32; 4], usize, u32)>,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Placed {
    Slice(usize, f32),
    Header(usize, f32),
}

/// Assign slices to pages. Returns, per page, the placed slices with their top y.
pub(super) fn paginate(slices: &[Slice], headers: &[Slice]) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = BODY_TOP;
    let mut first_on_page = 0usize;
    let mut i = 0usize;
    // `fresh`: nothing but a repeated header is on the page yet.
    let mut fresh = true;
    while i < slices.len() {
        let s = &slices[i];
        let before = if fresh { 0.0 } else { s.space_before };
        if fresh || y + before + s.height <= BODY_BOTTOM + 0.01 {
            y += before;
            if let Some(page) = pages.last_mut() {
                page.push(Placed::Slice(i, y));
            }
            y += s.height;
            fresh = false;
            // `i < slices.len()`, so `i + 1` fits.
            i = i.saturating_add(1);
            continue;
        }
        // Break before `i`, or earlier if the slices before it must stay with it.
        let mut j = i;
        while j > first_on_page
            && let Some(prev) = j.checked_sub(1)
            && slices[prev].keep_with_next
        {
            j = prev;
        }
        if j == first_on_page {
            j = i;
        }
        if let Some(page) = pages.last_mut() {
            page.retain(|p| match p {
                Placed::Slice(k, _) => *k < j,
                Placed::Header(..) => true,
            });
        }
        pages.push(Vec::new());
        y = BODY_TOP;
        first_on_page = j;
        i = j;
        fresh = true;
        if let Some(t) = slices[j].table
            && let (Some(h), Some(page)) = (headers.get(t), pages.last_mut())
        {
            page.push(Placed::Header(t, y));
            y += h.height;
        }
    }
    pages
}

impl Engine {
    /// Append the slices of an engine that set the blocks after this one's, renumbering its
    /// references to headings, table headers and structure elements.
    pub(super) fn append(&mut self, mut other: Engine) {
        let (headings, tables) = (self.headings.len(), self.headers.len());
        let nodes = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        for n in &mut other.nodes {
            if let Some(p) = &mut n.parent {
                *p = p.saturating_add(nodes);
            }
        }
        for s in other.slices.iter_mut().chain(other.headers.iter_mut()) {
            for item in &mut s.items {
                if let Item::Mark(Mark::Node(n)) = item {
                    *n = n.saturating_add(nodes);
                }
            }
            if let Some(t) = &mut s.table {
                *t = t.saturating_add(tables);
            }
            if let Some(h) = &mut s.heading {
                *h = h.saturating_add(headings);
            }
            for t in &mut s.toc_numbers {
                t.heading = t.heading.saturating_add(headings);
                t.node = t.node.saturating_add(nodes);
            }
            for (_, h, n) in &mut s.links {
                *h = h.saturating_add(headings);
                *n = n.saturating_add(nodes);
            }
        }
        self.slices.append(&mut other.slices);
        self.headers.append(&mut other.headers);
        self.headings.append(&mut other.headings);
        self.nodes.append(&mut other.nodes);
    }
}

/// Roughly how long a block takes to set: its characters.
pub(super) fn weight(block: &Block) -> usize {
    let spans = |spans: &[Span]| spans.iter().map(|s| s.text.len()).sum::<usize>();
    match block {
        Block::Paragraph(p) => spans(&p.spans),
        Block::Table(t) => t
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| spans(&c.spans).saturating_add(8))
            .sum(),
        Block::Bullets(items) => items.iter().map(|i| spans(i)).sum(),
        Block::Callout(c) => c.body.iter().map(|b| spans(b)).sum(),
        _ => 100,
    }
}

/// Set all blocks into slices, on all cores: the blocks are cut before headings into runs of
/// about equal weight, one per core, each run is set by its own engine, and the engines are
/// joined in order. A block's slices depend only on the block (and the table of contents on
/// the headings after it), so the result is the same as setting the blocks one by one.
pub(super) fn set_blocks(
    blocks: &[Block],
    lang: gevinst_core::i18n::Language,
    threads: usize,
    progress: &mut dyn FnMut(f32),
) -> Engine {
    let total = blocks.iter().map(weight).fold(0, usize::saturating_add);
    let share = total
        .checked_div(threads)
        .unwrap_or(total)
        .saturating_add(1);
    let mut cuts = vec![0];
    let mut acc = 0;
    for (k, b) in blocks.iter().enumerate() {
        if acc >= share && matches!(b, Block::Heading(_)) && cuts.len() < threads {
            cuts.push(k);
            acc = 0;
        }
        acc = acc.saturating_add(weight(b));
    }
    cuts.push(blocks.len());
    let set_run = |from: usize, to: usize, progress: &mut dyn FnMut(f32)| {
        let mut e = Engine::new(lang);
        let len = to.saturating_sub(from);
        let step = (len / 50).max(1);
        for (n, k) in (from..to).enumerate() {
            if let Some((block, rest)) = blocks[k..].split_first() {
                e.set(block, rest);
            }
            if n.is_multiple_of(step) {
                progress(0.7 * n as f32 / len as f32);
            }
        }
        e
    };
    std::thread::scope(|scope| {
        let others: Vec<_> = cuts[1..]
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                scope.spawn(move || set_run(from, to, &mut |_| {}))
            })
            .collect();
        let mut e = set_run(cuts[0], cuts[1], progress);
        for h in others {
            // A panic in a run is a bug; it goes on as it would have without threads.
            e.append(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        e
    })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{doc, heading, lines_paragraph, numbered_lines, pages_with, para};
    use super::super::{BODY_LEADING, Document, layout_on};
    use super::*;
    use gevinst_core::i18n::Language;

    /// Setting the blocks on several threads gives the same pages as setting them on one.
    #[test]
    fn threads_do_not_change_the_pages() {
        for project in [
            gevinst_core::example::project(),
            gevinst_core::example::large(),
        ] {
            let content = crate::content::build(&project, Language::Nb).unwrap();
            let one = layout_on(&content, 1, &mut |_| {});
            for threads in [2, 3, 8] {
                let many = layout_on(&content, threads, &mut |_| {});
                assert_eq!(many.to_compact_text(), one.to_compact_text(), "{threads}");
                assert_eq!(many.outline, one.outline);
                let links =
                    |d: &Document| d.pages.iter().map(|p| p.links.clone()).collect::<Vec<_>>();
                assert_eq!(links(&many), links(&one));
            }
        }
    }

    /// Filler lines that leave `left` lines of body text free on the first page.
    fn filler(left: usize) -> Vec<Block> {
        let capacity = ((BODY_BOTTOM - BODY_TOP) / BODY_LEADING).floor() as usize;
        vec![para(&vec!["x"; capacity - left].join("\n"))]
    }

    #[test]
    fn a_heading_is_never_last_on_a_page() {
        for left in 1..6 {
            let mut blocks = filler(left);
            blocks.push(heading("Overskrift"));
            blocks.push(lines_paragraph(0, 6));
            let d = doc(blocks);
            let h = pages_with(&d, "Overskrift");
            let first = numbered_lines(&d)
                .into_iter()
                .find(|l| l.0 == 0)
                .map(|l| l.1);
            assert_eq!(h.len(), 1);
            assert_eq!(
                Some(h[0]),
                first,
                "left {left}: heading and first lines apart"
            );
        }
    }

    #[test]
    fn no_widows_and_no_orphans() {
        for left in 1..8 {
            let mut blocks = filler(left);
            blocks.push(lines_paragraph(0, 5));
            let d = doc(blocks);
            let lines = numbered_lines(&d);
            assert_eq!(lines.len(), 5);
            let on_first = lines.iter().filter(|l| l.1 == lines[0].1).count();
            let on_last = lines.iter().filter(|l| l.1 == lines[4].1).count();
            assert!(on_first >= 2, "left {left}: orphan {lines:?}");
            assert!(on_last >= 2, "left {left}: widow {lines:?}");
        }
    }
}
