//! Where a line may break, by Unicode's line-breaking rules (UAX 14, with `unicode-linebreak`).
//!
//! The rules are applied to the joined text of a paragraph's spans, so a break between two
//! styles is decided by the characters on both sides. Two tailorings on top of UAX 14:
//! a line never breaks right after a hyphen that follows only one or two characters ("e-post",
//! "IT-drift" may break, "e-post" may not), and a run of ordinary spaces is glue that may be
//! dropped at a line end only where UAX 14 allows a break after it (not in "( a" or "a )").

use unicode_linebreak::{BreakClass, break_property, linebreaks};

/// Whether `c` ends a line by itself: UAX 14's mandatory-break classes (BK, CR, LF, NL), e.g.
/// `\n`, U+2028 and U+2029.
pub fn is_line_end(c: char) -> bool {
    if u32::from(c) < 0x100 {
        // Latin-1, most of every text: the classes' only members there.
        return matches!(c, '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}');
    }
    matches!(
        break_property(c as u32),
        BreakClass::Mandatory
            | BreakClass::CarriageReturn
            | BreakClass::LineFeed
            | BreakClass::NextLine
    )
}

/// The break opportunities of a text, by byte offset of the character after the break.
pub struct Breaks {
    /// Offsets where a line may (or must) break, ascending, the end of the text excluded.
    at: Vec<usize>,
    /// The index in `at` of the first offset not yet passed by [`Breaks::allowed`].
    next: usize,
}

impl Breaks {
    /// The opportunities of `text`.
    pub fn of(text: &str) -> Breaks {
        let end = text.len();
        Breaks {
            at: linebreaks(text)
                .map(|(i, _)| i)
                .filter(|&i| i < end)
                .collect(),
            next: 0,
        }
    }

    /// Whether a line may break before the character at `offset`. Offsets must be asked in
    /// ascending order.
    pub fn allowed(&mut self, offset: usize) -> bool {
        while self.at.get(self.next).is_some_and(|&i| i < offset) {
            self.next = self.next.saturating_add(1);
        }
        self.at.get(self.next) == Some(&offset)
    }

    /// Whether a line may break before `offset`, without moving on (for looking ahead).
    pub fn allowed_at(&self, offset: usize) -> bool {
        self.at
            .get(self.next..)
            .is_some_and(|rest| rest.binary_search(&offset).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, _) in linebreaks(text) {
            out.push(&text[from..i]);
            from = i;
        }
        out
    }

    #[test]
    fn line_ends_in_latin1_are_the_mandatory_break_classes() {
        for code in 0..0x100u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let mandatory = matches!(
                break_property(code),
                BreakClass::Mandatory
                    | BreakClass::CarriageReturn
                    | BreakClass::LineFeed
                    | BreakClass::NextLine
            );
            assert_eq!(is_line_end(c), mandatory, "{c:?}");
        }
    }

    #[test]
    fn uax14_opportunities_as_the_layout_uses_them() {
        // No break at no-break spaces (U+00A0, U+202F) nor inside a date or a decimal number.
        assert_eq!(
            pieces("1\u{a0}250\u{a0}000\u{a0}kr"),
            vec!["1\u{a0}250\u{a0}000\u{a0}kr"]
        );
        assert_eq!(pieces("1\u{202f}250 kr"), vec!["1\u{202f}250 ", "kr"]);
        assert_eq!(pieces("30.06.2026 12,5"), vec!["30.06.2026 ", "12,5"]);
        // Break on both sides of an em dash, after a hyphen, between ideographs.
        assert_eq!(pieces("ord—ord"), vec!["ord", "—", "ord"]);
        assert_eq!(pieces("IT-drift"), vec!["IT-", "drift"]);
        assert_eq!(pieces("数字化"), vec!["数", "字", "化"]);
        // A mandatory break after a line end.
        assert!(is_line_end('\n') && is_line_end('\u{2028}') && !is_line_end(' '));
        let mut b = Breaks::of("a b\nc");
        assert!(!b.allowed(1));
        assert!(b.allowed_at(2) && b.allowed(2));
        assert!(b.allowed(4));
        assert!(!b.allowed(5), "the end of the text is no opportunity");
    }
}
