//! Hyphenation at line ends, with the hyphenation patterns of the report's language (hypher:
//! one Norwegian pattern set for bokmål and nynorsk, and English).
//!
//! A word that does not fit at the end of a line is broken at the last syllable break whose
//! first part (with its hyphen) still fits; a word wider than a whole line (a long compound in
//! a narrow table cell) is broken at syllables over as many lines as it needs, and only cut
//! between letters where no syllable break fits.

use crate::fonts::{FontStyle, metrics};
use crate::text::LineBuilder;
use gevinst_core::i18n::Language;
use std::collections::HashMap;

/// Words with fewer letters than this are never hyphenated.
const MIN_LETTERS: usize = 6;
/// Longer runs of letters are not words (or not worth the patterns' time): they are cut.
const MAX_LETTERS: usize = 80;
/// Letters that stay together at the start and the end of a word.
const LEFT_MIN: usize = 3;
const RIGHT_MIN: usize = 3;

fn patterns(lang: Language) -> hypher::Lang {
    match lang {
        Language::Nb | Language::Nn => hypher::Lang::Norwegian,
        Language::En => hypher::Lang::English,
    }
}

/// The byte offsets in `word` where it may be hyphenated, ascending. Punctuation before and
/// after the letters stays with its end; a word with anything but letters in its middle (a
/// number, a URL) is not hyphenated.
pub fn break_points(word: &str, lang: Language) -> Vec<usize> {
    let (Some(start), Some((last, c))) = (
        word.find(char::is_alphabetic),
        word.char_indices().rev().find(|(_, c)| c.is_alphabetic()),
    ) else {
        return Vec::new();
    };
    let end = last.saturating_add(c.len_utf8());
    let core = &word[start..end];
    let letters = core.chars().count();
    if !(MIN_LETTERS..=MAX_LETTERS).contains(&letters) || !core.chars().all(char::is_alphabetic) {
        return Vec::new();
    }
    let mut at = start;
    let mut out: Vec<usize> = hypher::hyphenate_bounded(core, patterns(lang), LEFT_MIN, RIGHT_MIN)
        .map(|syllable| {
            at = at.saturating_add(syllable.len());
            at
        })
        .collect();
    // The end of the last syllable is the end of the word.
    out.pop();
    out
}

/// Words' syllable breaks in one language, remembered: a report repeats its words (2 000
/// similar measures), and the patterns are the costly part of setting a word that does not fit.
pub struct Hyphenator {
    lang: Language,
    words: HashMap<String, Vec<usize>>,
}

/// Remembered words before the memory is emptied and starts again.
const MAX_REMEMBERED: usize = 50_000;

impl Hyphenator {
    /// An empty memory for `lang`.
    pub fn new(lang: Language) -> Hyphenator {
        Hyphenator {
            lang,
            words: HashMap::new(),
        }
    }

    /// [`break_points`] of `word`, from memory when the word was asked before.
    pub fn break_points(&mut self, word: &str) -> &[usize] {
        if !self.words.contains_key(word) {
            if self.words.len() >= MAX_REMEMBERED {
                self.words.clear();
            }
            let points = break_points(word, self.lang);
            self.words.insert(word.to_owned(), points);
        }
        self.words.get(word).map_or(&[], Vec::as_slice)
    }
}

/// Set `word` (one style) hyphenated where it does not fit: the first part on the current line
/// after `glue` (a space) if a syllable break allows, the rest on new lines. Returns false,
/// having set nothing, when the word has no syllable breaks.
pub(crate) fn push_hyphenated(
    b: &mut LineBuilder,
    word: &str,
    style: FontStyle,
    glue: Option<(FontStyle, f32)>,
    size: f32,
    max_width: f32,
    breaks: &[usize],
) -> bool {
    if breaks.is_empty() {
        return false;
    }
    let m = metrics(style);
    let hyphen = m.char_width('-', size);
    let fits = |pen: f32, w: f32| pen + w <= max_width + 0.01;
    // The start of what is still to set.
    let mut from = 0usize;
    let mut first = true;
    loop {
        let rest = &word[from..];
        let glue_w = match (first && !b.is_empty(), glue) {
            (true, Some((_, w))) => w,
            _ => 0.0,
        };
        if !b.is_empty() && !first {
            b.end_line();
        }
        if b.is_empty() && fits(0.0, m.width(rest, size)) {
            b.push(style, rest, m.width(rest, size));
            return true;
        }
        // The last syllable break after `from` whose part fits on this line.
        let best = breaks
            .iter()
            .rev()
            .filter(|&&k| k > from)
            .map(|&k| (k, m.width(&word[from..k], size)))
            .find(|&(_, w)| fits(b.pen + glue_w, w + hyphen));
        match best {
            Some((k, w)) => {
                if let (true, Some((gs, gw))) = (first && !b.is_empty(), glue) {
                    b.push(gs, " ", gw);
                }
                b.push(style, &word[from..k], w);
                b.end_hyphenated(style, hyphen);
                from = k;
            }
            None if !b.is_empty() => b.end_line(),
            None => {
                // Not even the first syllable fits a whole line: cut between letters.
                let mut w = 0.0;
                let mut end = from;
                for (i, c) in rest.char_indices() {
                    let cw = m.char_width(c, size);
                    if i > 0 && !fits(w, cw) {
                        break;
                    }
                    w += cw;
                    end = from.saturating_add(i).saturating_add(c.len_utf8());
                }
                b.push(style, &word[from..end], w);
                b.end_line();
                from = end;
            }
        }
        first = false;
        if from >= word.len() {
            return true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Span, wrap_in};

    #[test]
    fn remembered_break_points_are_the_patterns_own() {
        let mut h = Hyphenator::new(Language::Nb);
        for word in [
            "gevinstrealiseringsplan",
            "kort",
            "«digitalisering»",
            "IT-drift",
        ] {
            let fresh = break_points(word, Language::Nb);
            assert_eq!(h.break_points(word), fresh.as_slice());
            assert_eq!(h.break_points(word), fresh.as_slice());
        }
        assert_eq!(h.words.len(), 4);
    }

    fn lines(text: &str, width: f32, lang: Language) -> Vec<String> {
        wrap_in(&[Span::plain(text)], 8.5, width, Some(lang))
            .iter()
            .map(|l| l.text())
            .collect()
    }

    #[test]
    fn norwegian_compounds_break_at_syllables() {
        for lang in [Language::Nb, Language::Nn] {
            let points = break_points("digitaliseringsrundskrivet", lang);
            assert!(!points.is_empty());
            assert!(points.iter().all(|k| (3..=23).contains(k)));
        }
        assert!(break_points("gevinstrealiseringsplan", Language::Nb).len() > 2);
        assert!(break_points("kort", Language::Nb).is_empty());
        assert!(break_points("https://x.no/abc", Language::Nb).is_empty());
        assert!(!break_points("implementation", Language::En).is_empty());
    }

    #[test]
    fn a_word_wider_than_a_narrow_cell_breaks_with_a_hyphen() {
        let word = "digitaliseringsrundskrivet";
        let width = 40.0;
        let got = lines(word, width, Language::Nb);
        assert!(got.len() > 1, "{got:?}");
        for l in &got[..got.len() - 1] {
            assert!(l.ends_with('-'), "{got:?}");
        }
        let joined: String = got.iter().map(|l| l.trim_end_matches('-')).collect();
        assert_eq!(joined, word);
        // Every break is at a syllable the patterns allow.
        let points = break_points(word, Language::Nb);
        let mut at = 0;
        for l in &got[..got.len() - 1] {
            at += l.len() - 1;
            assert!(points.contains(&at), "{at} in {points:?}: {got:?}");
        }
        for l in wrap_in(&[Span::plain(word)], 8.5, width, Some(Language::Nb)) {
            assert!(l.width <= width + 0.01);
        }
    }

    #[test]
    fn a_word_at_a_line_end_is_hyphenated_when_its_first_part_fits() {
        let text = "Se gevinstrealiseringsplan";
        let m = metrics(FontStyle::Regular);
        let width = m.width("Se gevinstrealise-", 8.5) + 1.0;
        let got = lines(text, width, Language::Nb);
        assert!(got[0].starts_with("Se gevinst"), "{got:?}");
        assert!(got[0].ends_with('-'), "{got:?}");
        // Without a language, nothing is hyphenated.
        let plain: Vec<String> = crate::text::wrap(&[Span::plain(text)], 8.5, width)
            .iter()
            .map(|l| l.text())
            .collect();
        assert_eq!(plain[0], "Se");
    }
}
