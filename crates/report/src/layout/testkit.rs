//! What the layout's unit tests share: a small document and ways to find things on its pages.

use super::{Document, Item, layout};
use crate::content::{Block, Content, Heading, Meta, ParaKind, Paragraph};
use crate::text::Span;
use gevinst_core::i18n::Language;

pub(super) fn meta() -> Meta {
    Meta {
        language: Language::Nb,
        title: "Tittel".into(),
        author: "Forfatter".into(),
        subject: String::new(),
        keywords: Vec::new(),
        header_left: "Virksomheten".into(),
        header_right: "Årsrapport 2026".into(),
        footer: "Side {page} av {pages}".into(),
    }
}

pub(super) fn para(text: &str) -> Block {
    Block::Paragraph(Paragraph {
        spans: vec![Span::plain(text)],
        kind: ParaKind::Body,
    })
}

pub(super) fn heading(text: &str) -> Block {
    Block::Heading(Heading {
        level: 2,
        number: Some("4.1".into()),
        text: text.into(),
    })
}

pub(super) fn doc(blocks: Vec<Block>) -> Document {
    layout(
        &Content {
            meta: meta(),
            blocks,
        },
        &mut |_| {},
    )
}

/// Pages (0-based) on which a text run equal to `text` occurs.
pub(super) fn pages_with(d: &Document, text: &str) -> Vec<usize> {
    d.pages
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.items
                .iter()
                .any(|i| matches!(i, Item::Text(t) if t.text == text))
        })
        .map(|(n, _)| n)
        .collect()
}

/// Every body line (text run with leading `L{n}`) and its page and y.
pub(super) fn numbered_lines(d: &Document) -> Vec<(usize, usize, f32)> {
    let mut out = Vec::new();
    for (p, page) in d.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Text(t) = item {
                for word in t.text.split(' ') {
                    if let Some(n) = word.strip_prefix('L').and_then(|n| n.parse().ok()) {
                        out.push((n, p, t.y));
                    }
                }
            }
        }
    }
    out
}

/// A paragraph of `n` lines, each a single long token `L{k}` padded to fill the line.
pub(super) fn lines_paragraph(first: usize, n: usize) -> Block {
    let text = (first..first + n)
        .map(|k| format!("L{k}"))
        .collect::<Vec<_>>()
        .join("\n");
    para(&text)
}
