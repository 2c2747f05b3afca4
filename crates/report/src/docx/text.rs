//! Text for Word: only characters XML 1.0 allows, and runs from the document's rich text.

use crate::fonts::FontStyle;
use crate::text::Span;
use docx_rs::{Break, BreakType, Paragraph, ParagraphChild, Run, RunChild, Text};

/// Whether XML 1.0 allows a character in text (tab, line feed and carriage return are the only
/// control characters it allows; the non-characters U+FFFE and U+FFFF are never allowed).
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// A text as Word takes it: characters XML forbids and the C1 controls dropped, tabs and
/// carriage returns turned into spaces, line feeds kept (they become line breaks).
pub(crate) fn plain(text: &str) -> String {
    if text
        .chars()
        .all(|c| c == '\n' || (xml_char(c) && !c.is_control()))
    {
        return text.to_owned();
    }
    text.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' | '\r' => Some(' '),
            c if !xml_char(c) || c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// A text on one line: line feeds become spaces too.
pub(crate) fn one_line(text: &str) -> String {
    plain(text).replace('\n', " ")
}

/// A run of a span's text in its style; line feeds become line breaks.
pub(crate) fn run(text: &str, style: FontStyle) -> Run {
    let mut r = Run::new();
    r.run_property = match style {
        FontStyle::Regular => r.run_property,
        FontStyle::Bold => r.run_property.bold(),
        FontStyle::Italic => r.run_property.italic(),
    };
    for (i, line) in plain(text).split('\n').enumerate() {
        if i > 0 {
            r.children
                .push(RunChild::Break(Break::new(BreakType::TextWrapping)));
        }
        if !line.is_empty() {
            r.children.push(RunChild::Text(Text::new(line)));
        }
    }
    r
}

/// A paragraph of rich text in a paragraph style; `bold` makes every run bold (sum rows).
pub(crate) fn paragraph(spans: &[Span], style: &str, bold: bool) -> Paragraph {
    let mut p = Paragraph::new().style(style);
    for s in spans {
        let st = if bold { FontStyle::Bold } else { s.style };
        p.children
            .push(ParagraphChild::Run(Box::new(run(&s.text, st))));
    }
    p
}

/// A paragraph of one plain text in a paragraph style.
pub(crate) fn para(text: &str, style: &str) -> Paragraph {
    Paragraph::new()
        .style(style)
        .add_run(run(text, FontStyle::Regular))
}

/// Text for an XML attribute or element we write ourselves: allowed characters, escaped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_go_and_lines_stay() {
        assert_eq!(plain("a\u{0}b\u{1b}c\u{fffe}\u{85}d\te"), "abcd e");
        assert_eq!(plain("to\nlinjer"), "to\nlinjer");
        assert_eq!(plain("\u{200f}שלום æøå"), "\u{200f}שלום æøå");
        assert_eq!(escape("a<b & \"c\"\u{7}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
