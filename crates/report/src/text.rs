//! Rich text and line breaking by real glyph widths.
//!
//! Lines break where Unicode's line-breaking rules (UAX 14, see [`crate::breaks`]) allow: at
//! spaces, after hyphens and dashes, around em dashes, between ideographs, and always at hard
//! line breaks (`\n`, U+2028). A no-break space (U+00A0 or U+202F; `gevinst_core::format` puts
//! them between digit groups and before units) never breaks and is measured like a space. A word
//! that does not fit is hyphenated at a syllable (see [`crate::hyphenate`]); a word wider than the
//! line is cut where it must, preferably after a slash, dot or hyphen, so a long URL wraps
//! instead of running off the page.

use super::fonts::{FontStyle, metrics};
use crate::breaks::{Breaks, is_line_end};
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// A piece of text in one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text (NFC-normalised; see [`clean`]).
    pub text: String,
    /// The style.
    pub style: FontStyle,
}

impl Span {
    /// A span in the regular style.
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: FontStyle::Regular,
        }
    }

    /// A span in bold.
    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: FontStyle::Bold,
        }
    }

    /// A span in italics.
    pub fn italic(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: FontStyle::Italic,
        }
    }
}

/// User text made safe to print: NFC-normalised (so `å` is one glyph), carriage returns and
/// other control characters, soft hyphens and zero-width characters removed, tabs turned into
/// spaces. Newlines are kept.
pub fn clean(text: &str) -> String {
    if text
        .bytes()
        .all(|b| b == b'\n' || (b' '..=b'~').contains(&b))
    {
        // Printable ASCII is normalised and has nothing to remove.
        return text.to_owned();
    }
    let normalised: String =
        if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
            text.to_owned()
        } else {
            text.nfc().collect()
        };
    let invisible = |c: char| {
        matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
        )
    };
    if normalised
        .chars()
        .all(|c| c == '\n' || !(c.is_control() || invisible(c)))
    {
        return normalised;
    }
    normalised
        .chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || invisible(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Ties numbers in user text the way `gevinst_core::format` does: the ordinary space between digit
/// groups (`100 000`) and before `%` or `kr` becomes a no-break space, so that a number is
/// never split over two lines. Only a group of exactly three digits after a run of at most
/// three digits counts as a digit group, so "i 2026 123 søknader" is left alone.
pub fn tie_numbers(text: &str) -> String {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut run = 0usize; // length of the digit run just before the current position
    for (i, c) in text.char_indices() {
        if c == ' ' && run > 0 {
            // The text after the space; digits, `%`, `k` and `r` are one byte each.
            let rest = text.get(i.saturating_add(1)..).unwrap_or_default();
            let b = rest.as_bytes();
            let group = b.get(..3).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
                && b.get(3).is_none_or(|n| !n.is_ascii_digit());
            let unit = b.first() == Some(&b'%')
                || (b.starts_with(b"kr")
                    && rest
                        .get(2..)
                        .and_then(|r| r.chars().next())
                        .is_none_or(|n| !n.is_alphanumeric()));
            if (group && run <= 3) || unit {
                out.push('\u{a0}');
                // The next group's own digits are counted from here.
                run = 0;
                continue;
            }
        }
        if c.is_ascii_digit() {
            run = run.saturating_add(1);
        } else if c != '\u{a0}' {
            run = 0;
        }
        out.push(c);
    }
    out
}

/// A run of one style within a laid-out line.
#[derive(Debug, Clone, PartialEq)]
pub struct LineRun {
    /// Offset from the start of the line, in points.
    pub x: f32,
    /// The style.
    pub style: FontStyle,
    /// The text.
    pub text: String,
}

/// One laid-out line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The runs, left to right.
    pub runs: Vec<LineRun>,
    /// The width of the line's ink (trailing spaces excluded), in points.
    pub width: f32,
    /// Whether the line ends in a hyphen that hyphenation added (not part of the text).
    pub hyphenated: bool,
}

impl Line {
    /// The line's text, runs joined.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A piece of a word: a byte range of one span, and its width.
#[derive(Debug, Clone, Copy)]
struct Piece {
    span: u32,
    start: u32,
    end: u32,
    width: f32,
}

/// The pieces of a word: `pieces[first..first + count]`.
fn word_pieces(pieces: &[Piece], first: u32, count: u32) -> &[Piece] {
    let first = first as usize;
    pieces
        .get(first..first.saturating_add(count as usize))
        .unwrap_or_default()
}

#[derive(Debug, Clone, Copy)]
enum Token {
    /// Unbreakable text: `pieces[first..first + count]` (of possibly different styles).
    Word { first: u32, count: u32, width: f32 },
    /// A break opportunity: a space (`Some(style)`, dropped at line ends) or an invisible
    /// break after a hyphen (`None`).
    Glue(Option<FontStyle>, f32),
    /// A hard line break.
    Newline,
}

/// Whether a break after `prev` is one of the tailoring's exceptions: right after a hyphen
/// that ends a word part of at most two characters ("e-post" stays whole).
fn short_hyphen(prev: char, chars: usize) -> bool {
    matches!(prev, '-' | '\u{2010}') && chars <= 2
}

/// The word being read: its first piece and width, and its length in characters.
struct Word {
    first: usize,
    width: f32,
    chars: usize,
}

impl Word {
    /// End the word: push it (if it has any pieces) and start the next one.
    fn flush(&mut self, tokens: &mut Vec<Token>, pieces: &[Piece]) {
        if pieces.len() > self.first {
            tokens.push(Token::Word {
                first: self.first as u32,
                count: pieces.len().saturating_sub(self.first) as u32,
                width: self.width,
            });
        }
        self.first = pieces.len();
        self.width = 0.0;
        self.chars = 0;
    }
}

/// Split spans into words, glue and newlines; the words' pieces go to `pieces`. Words end
/// where Unicode's line-breaking rules allow a break (see [`crate::breaks`]), decided on the
/// spans' joined text.
fn tokenize(spans: &[Span], size: f32, pieces: &mut Vec<Piece>) -> Vec<Token> {
    let joined: std::borrow::Cow<'_, str> = match spans {
        [one] => std::borrow::Cow::Borrowed(one.text.as_str()),
        _ => std::borrow::Cow::Owned(spans.iter().map(|s| s.text.as_str()).collect()),
    };
    let mut breaks = Breaks::of(&joined);
    let mut tokens = Vec::new();
    let mut word = Word {
        first: pieces.len(),
        width: 0.0,
        chars: 0,
    };
    // The end of the current run of spaces, and whether a line may break after it.
    let mut spaces: Option<(usize, bool)> = None;
    let mut prev = '\0';
    let mut base = 0usize;
    for (si, span) in spans.iter().enumerate() {
        let widths = crate::fonts::SizedWidths::new(span.style, size);
        let space = widths.of(' ');
        // The piece of the current word within this span, if any.
        let mut open: Option<usize> = None;
        for (at, c) in span.text.char_indices() {
            let g = base.saturating_add(at);
            let may_break = breaks.allowed(g);
            let glue = c == ' ' && {
                match spaces {
                    Some((end, ok)) if g < end => ok,
                    _ => {
                        let rest = joined.get(g..).unwrap_or_default();
                        let end = rest
                            .find(|n| n != ' ')
                            .map_or(joined.len(), |n| g.saturating_add(n));
                        let ok = end == joined.len()
                            || breaks.allowed_at(end)
                            || joined
                                .get(end..)
                                .unwrap_or_default()
                                .starts_with(is_line_end);
                        spaces = Some((end, ok));
                        ok
                    }
                }
            };
            if c == '\r'
                && joined
                    .get(g.saturating_add(1)..)
                    .is_some_and(|r| r.starts_with('\n'))
            {
                // CR LF is one line end.
                continue;
            }
            if glue {
                open = None;
                word.flush(&mut tokens, pieces);
                if matches!(
                    tokens.last(),
                    Some(Token::Word { .. } | Token::Glue(None, _))
                ) {
                    tokens.push(Token::Glue(Some(span.style), space));
                }
            } else if is_line_end(c) {
                open = None;
                word.flush(&mut tokens, pieces);
                if matches!(tokens.last(), Some(Token::Glue(..))) {
                    tokens.pop();
                }
                tokens.push(Token::Newline);
            } else {
                if may_break && pieces.len() > word.first && !short_hyphen(prev, word.chars) {
                    open = None;
                    word.flush(&mut tokens, pieces);
                    tokens.push(Token::Glue(None, 0.0));
                }
                let w = widths.of(c);
                let end = at.saturating_add(c.len_utf8()) as u32;
                match open {
                    Some(k) => {
                        pieces[k].end = end;
                        pieces[k].width += w;
                    }
                    None => {
                        open = Some(pieces.len());
                        pieces.push(Piece {
                            span: si as u32,
                            start: at as u32,
                            end,
                            width: w,
                        });
                    }
                }
                word.width += w;
                word.chars = word.chars.saturating_add(1);
            }
            prev = c;
        }
        base = base.saturating_add(span.text.len());
    }
    word.flush(&mut tokens, pieces);
    tokens
}

/// Builds lines run by run.
pub(crate) struct LineBuilder {
    lines: Vec<Line>,
    current: Line,
    /// The width so far.
    pub(crate) pen: f32,
}

impl LineBuilder {
    pub(crate) fn push(&mut self, style: FontStyle, text: &str, width: f32) {
        match self.current.runs.last_mut() {
            Some(run) if run.style == style => run.text.push_str(text),
            _ => self.current.runs.push(LineRun {
                x: self.pen,
                style,
                text: text.to_owned(),
            }),
        }
        self.pen += width;
        self.current.width = self.pen;
    }

    /// End the line with a hyphen that is not part of the text.
    pub(crate) fn end_hyphenated(&mut self, style: FontStyle, width: f32) {
        self.push(style, "-", width);
        self.current.hyphenated = true;
        self.end_line();
    }

    pub(crate) fn end_line(&mut self) {
        let line = std::mem::take(&mut self.current);
        self.lines.push(line);
        self.pen = 0.0;
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.current.runs.is_empty()
    }
}

/// Cut a word that is wider than `max_width` into parts that fit, preferably after a slash,
/// dot, hyphen or similar, and push them as lines (the last one stays open).
fn push_long_word(b: &mut LineBuilder, spans: &[Span], word: &[Piece], size: f32, max_width: f32) {
    let chars: Vec<(FontStyle, char, f32)> = word
        .iter()
        .flat_map(|p| {
            let span = &spans[p.span as usize];
            let m = metrics(span.style);
            span.text[p.start as usize..p.end as usize]
                .chars()
                .map(move |c| (span.style, c, m.char_width(c, size)))
        })
        .collect();
    let mut start = 0;
    while start < chars.len() {
        let mut end = start;
        let mut width = 0.0;
        while end < chars.len() && (end == start || width + chars[end].2 <= max_width) {
            width += chars[end].2;
            end = end.saturating_add(1);
        }
        if end < chars.len() {
            let min_end = start.midpoint(end);
            if let Some(pos) = (min_end..end).rev().find(|&i| {
                matches!(
                    chars[i].1,
                    '/' | '.' | '-' | '_' | '?' | '&' | '=' | ',' | ';'
                )
            }) {
                end = pos.saturating_add(1);
            }
        }
        let mut buf = String::new();
        let mut style = chars[start].0;
        let mut w = 0.0;
        for &(st, c, cw) in &chars[start..end] {
            if st != style {
                b.push(style, &buf, w);
                buf.clear();
                w = 0.0;
                style = st;
            }
            buf.push(c);
            w += cw;
        }
        b.push(style, &buf, w);
        start = end;
        if start < chars.len() {
            b.end_line();
        }
    }
}

/// Break `spans` into lines no wider than `max_width` points at `size` points (greedy, first
/// fit), without hyphenation. Always returns at least one line (possibly empty).
pub fn wrap(spans: &[Span], size: f32, max_width: f32) -> Vec<Line> {
    wrap_in(spans, size, max_width, None)
}

/// [`wrap`], hyphenating in `lang` (see [`crate::hyphenate`]): a word that does not fit at
/// the end of a line is broken at a syllable with a hyphen when its first part fits.
pub fn wrap_in(
    spans: &[Span],
    size: f32,
    max_width: f32,
    lang: Option<gevinst_core::i18n::Language>,
) -> Vec<Line> {
    let mut hyphenator = lang.map(crate::hyphenate::Hyphenator::new);
    wrap_with(spans, size, max_width, hyphenator.as_mut())
}

/// [`wrap_in`] with a [`Hyphenator`](crate::hyphenate::Hyphenator) that remembers words over
/// many paragraphs (the layout keeps one per thread); without one, nothing is hyphenated.
pub fn wrap_with(
    spans: &[Span],
    size: f32,
    max_width: f32,
    mut hyphenator: Option<&mut crate::hyphenate::Hyphenator>,
) -> Vec<Line> {
    let max_width = max_width.max(size);
    let mut pieces = Vec::new();
    let tokens = tokenize(spans, size, &mut pieces);
    let mut b = LineBuilder {
        lines: Vec::new(),
        current: Line::default(),
        pen: 0.0,
    };
    let push_word = |b: &mut LineBuilder, first: u32, count: u32| {
        for p in word_pieces(&pieces, first, count) {
            let span = &spans[p.span as usize];
            b.push(
                span.style,
                &span.text[p.start as usize..p.end as usize],
                p.width,
            );
        }
    };
    let mut pending: Option<(Option<FontStyle>, f32)> = None;
    for token in tokens {
        match token {
            Token::Glue(style, w) => {
                if !b.is_empty() {
                    pending = Some((style, w));
                }
            }
            Token::Newline => {
                pending = None;
                b.end_line();
            }
            Token::Word {
                first,
                count,
                width,
            } => {
                let glue = pending.take();
                let glue_w = glue.map_or(0.0, |g| g.1);
                if !b.is_empty() && b.pen + glue_w + width <= max_width + 0.01 {
                    if let Some((Some(style), gw)) = glue {
                        b.push(style, " ", gw);
                    }
                    push_word(&mut b, first, count);
                    continue;
                }
                let word = word_pieces(&pieces, first, count);
                if let (Some(h), [piece]) = (hyphenator.as_deref_mut(), word) {
                    let span = &spans[piece.span as usize];
                    let text = &span.text[piece.start as usize..piece.end as usize];
                    let glue = glue.and_then(|(style, w)| Some((style?, w)));
                    let breaks = h.break_points(text);
                    if crate::hyphenate::push_hyphenated(
                        &mut b, text, span.style, glue, size, max_width, breaks,
                    ) {
                        continue;
                    }
                }
                if !b.is_empty() {
                    b.end_line();
                }
                if width <= max_width + 0.01 {
                    push_word(&mut b, first, count);
                } else {
                    push_long_word(&mut b, spans, word, size, max_width);
                }
            }
        }
    }
    b.end_line();
    b.lines
}

/// The width of the widest unbreakable word of `spans`: the least width a column of this
/// text can have without cutting words. Follows the break rules of [`wrap`].
pub fn min_word_width(spans: &[Span], size: f32) -> f32 {
    let mut pieces = Vec::new();
    tokenize(spans, size, &mut pieces)
        .iter()
        .fold(0.0f32, |widest, t| match t {
            Token::Word { width, .. } => widest.max(*width),
            _ => widest,
        })
}

/// The width of the widest hard line of `spans` when nothing wraps.
pub fn max_line_width(spans: &[Span], size: f32) -> f32 {
    let mut widest = 0.0f32;
    let mut current = 0.0f32;
    for span in spans {
        let m = metrics(span.style);
        for c in span.text.chars() {
            if c == '\n' {
                widest = widest.max(current);
                current = 0.0;
            } else {
                current += m.char_width(c, size);
            }
        }
    }
    widest.max(current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "Virksomheten har de siste årene arbeidet systematisk med å digitalisere tjenestene og effektivisere driften.";
        let lines = wrap(&[Span::plain(text)], 10.0, 150.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 150.01, "{} is {}", l.text(), l.width);
            assert!(!l.text().starts_with(' ') && !l.text().ends_with(' '));
        }
        assert_eq!(texts(&lines).join(" "), text);
    }

    #[test]
    fn nbsp_never_breaks_and_stays_a_space_character() {
        // A column just wide enough for "1 250 000 kr": with no-break spaces the amount moves
        // to a line of its own, whole.
        let amount = gevinst_core::format::money(
            gevinst_core::model::Money::from_ore(125_000_000),
            gevinst_core::i18n::Language::Nb,
        );
        let text = format!("Sum {amount} i alt");
        let w = width(FontStyle::Regular, &amount) + 2.0;
        let lines = wrap(&[Span::plain(text)], 10.0, w);
        assert_eq!(
            texts(&lines),
            vec!["Sum".to_owned(), amount.clone(), "i alt".to_owned()]
        );
        // The no-break spaces are still there, to print as spaces.
        assert_eq!(lines[1].text().matches('\u{a0}').count(), 3);
        // The same with ordinary spaces breaks between the groups.
        let lines = wrap(&[Span::plain("Sum 1 250 000 kr i alt")], 10.0, w);
        assert!(
            !lines.iter().any(|l| l.text() == "1 250 000 kr"),
            "{:?}",
            texts(&lines)
        );
    }

    fn width(style: FontStyle, s: &str) -> f32 {
        metrics(style).width(s, 10.0)
    }

    #[test]
    fn a_long_word_or_url_is_cut_to_fit() {
        let url = "https://www.regjeringen.no/nb/dep/fad/kampanjer/dan/pa-nett-med-innbygerne.html?id=677791";
        let lines = wrap(&[Span::plain(format!("Se {url} for mer."))], 10.0, 120.0);
        for l in &lines {
            assert!(l.width <= 120.01, "{} is {}", l.text(), l.width);
        }
        let joined: String = texts(&lines).concat();
        assert!(joined.replace(' ', "").contains(&url.replace(' ', "")));
        // Cut preferably after a slash.
        assert!(
            lines
                .iter()
                .skip(1)
                .take(2)
                .any(|l| l.text().ends_with('/')),
            "{:?}",
            texts(&lines)
        );
        // One enormous word without any break character still fits.
        let word = "a".repeat(5000);
        let lines = wrap(&[Span::plain(&word)], 10.0, 100.0);
        assert!(lines.len() > 10);
        assert!(lines.iter().all(|l| l.width <= 100.01));
        assert_eq!(texts(&lines).concat(), word);
    }

    #[test]
    fn breaks_after_hyphens_and_keeps_styles() {
        let spans = [
            Span::bold("Tiltak:"),
            Span::plain(" samlokalisering av IT-drift og e-post"),
        ];
        let lines = wrap(&spans, 10.0, 1000.0);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].runs.len(), 2);
        assert_eq!(lines[0].runs[0].style, FontStyle::Bold);
        assert!(lines[0].runs[1].x > 0.0);
        // Narrow: "IT-" may end a line, "e-" (too short) may not.
        let w = width(FontStyle::Regular, "samlokalisering IT-");
        let lines = wrap(
            &[Span::plain("samlokalisering IT-drift e-post")],
            10.0,
            w + 1.0,
        );
        assert_eq!(texts(&lines)[0], "samlokalisering IT-");
    }

    #[test]
    fn uax14_breaks_urls_dashes_ideographs_and_keeps_no_break_spaces() {
        // A URL-ish string without spaces wraps within the width, after a slash where it can.
        let url = "https://data.norge.no/datasets/gevinstrealisering/tiltak/2026/rapport.json";
        let lines = wrap(&[Span::plain(url)], 10.0, 110.0);
        assert!(lines.len() > 2, "{:?}", texts(&lines));
        assert!(lines.iter().all(|l| l.width <= 110.01));
        assert_eq!(texts(&lines).concat(), url);
        assert!(lines[0].text().ends_with('/'), "{:?}", texts(&lines));
        // No-break spaces (U+00A0 and the narrow U+202F) in an amount never break, even
        // where the amount must then stand on a line of its own.
        for nb in ['\u{a0}', '\u{202f}'] {
            let amount = format!("1{nb}250{nb}000{nb}kr");
            let w = width(FontStyle::Regular, &amount) + 1.0;
            let lines = wrap(
                &[Span::plain(format!("Til sammen {amount} spart"))],
                10.0,
                w,
            );
            assert!(
                texts(&lines).contains(&amount),
                "{nb:?}: {:?}",
                texts(&lines)
            );
        }
        // An em dash may end a line or start one; the words around it stay whole.
        let w = width(FontStyle::Regular, "gevinster—") + 1.0;
        let lines = wrap(&[Span::plain("gevinster—kostnader")], 10.0, w);
        assert_eq!(texts(&lines), vec!["gevinster—", "kostnader"]);
        // An ideographic run breaks between any two ideographs, without spaces added.
        let cjk = "数字化转型提高了公共服务的效率";
        let w = width(FontStyle::Regular, "数字化") + 0.5;
        let lines = wrap(&[Span::plain(cjk)], 10.0, w);
        assert!(lines.len() >= 5, "{:?}", texts(&lines));
        assert!(lines.iter().all(|l| l.width <= w + 0.01));
        assert_eq!(texts(&lines).concat(), cjk);
        // A line separator (U+2028) is a mandatory break; no space glues to "(" or ")".
        let lines = wrap(&[Span::plain("a\u{2028}b")], 10.0, 500.0);
        assert_eq!(texts(&lines), vec!["a", "b"]);
        let w = width(FontStyle::Regular, "sum (a") + 1.0;
        let lines = wrap(&[Span::plain("sum ( a )")], 10.0, w);
        assert_eq!(texts(&lines), vec!["sum", "( a )"]);
    }

    #[test]
    fn hard_breaks_and_spaces() {
        let lines = wrap(&[Span::plain("a  b\nc \n\nd")], 10.0, 500.0);
        assert_eq!(texts(&lines), vec!["a b", "c", "", "d"]);
        assert_eq!(wrap(&[], 10.0, 100.0).len(), 1);
    }

    #[test]
    fn cleaning_normalises_and_strips_controls() {
        let decomposed = "a\u{030a}pen\r\n\tx\u{7}";
        assert_eq!(clean(decomposed), "åpen\n x");
        assert_eq!(clean("«å»"), "«å»");
        assert_eq!(clean("IT\u{ad}drift\u{200b}"), "ITdrift");
    }

    #[test]
    fn numbers_in_user_text_are_tied() {
        let nb = '\u{a0}';
        assert_eq!(
            tie_numbers("tilskudd under 100 000 kr og 1 800 flere, 96 % digitalt"),
            format!("tilskudd under 100{nb}000{nb}kr og 1{nb}800 flere, 96{nb}% digitalt")
        );
        assert_eq!(
            tie_numbers("12 400 000 søknader"),
            format!("12{nb}400{nb}000 søknader")
        );
        assert_eq!(tie_numbers("i 2026 123 søknader"), "i 2026 123 søknader");
        assert_eq!(tie_numbers("5 krav"), "5 krav");
        assert_eq!(tie_numbers("ingen tall"), "ingen tall");
    }

    /// The first, char-vector form of [`tie_numbers`], to compare with.
    fn tie_numbers_by_chars(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut run = 0usize;
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' && run > 0 {
                let rest = &chars[i + 1..];
                let group = rest.len() >= 3
                    && rest[..3].iter().all(char::is_ascii_digit)
                    && rest.get(3).is_none_or(|n| !n.is_ascii_digit());
                let unit = rest.first() == Some(&'%')
                    || (rest.len() >= 2
                        && rest[0] == 'k'
                        && rest[1] == 'r'
                        && rest.get(2).is_none_or(|n| !n.is_alphanumeric()));
                if (group && run <= 3) || unit {
                    out.push('\u{a0}');
                    run = 0;
                    continue;
                }
            }
            if c.is_ascii_digit() {
                run += 1;
            } else if c != '\u{a0}' {
                run = 0;
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn tying_by_bytes_equals_tying_by_chars_for_every_short_text() {
        // Every text of up to six characters from the characters the rules look at.
        let alphabet = ['1', ' ', '%', 'k', 'r', '\u{a0}', 'å', '4'];
        let mut texts = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            let mut longer = Vec::new();
            for t in &texts {
                for c in alphabet {
                    let mut n = t.clone();
                    n.push(c);
                    assert_eq!(tie_numbers(&n), tie_numbers_by_chars(&n), "{n:?}");
                    checked += 1;
                    longer.push(n);
                }
            }
            texts = longer;
        }
        assert!(checked > 290_000);
    }

    #[test]
    fn column_width_measures() {
        let spans = [Span::plain("Kort ord og langordetherer")];
        let min = min_word_width(&spans, 10.0);
        assert!((min - width(FontStyle::Regular, "langordetherer")).abs() < 1e-3);
        let max = max_line_width(&spans, 10.0);
        assert!((max - width(FontStyle::Regular, "Kort ord og langordetherer")).abs() < 1e-3);
    }
}
