//! The report's fonts (Noto Sans Regular, Bold and Italic, SIL Open Font License, see
//! `assets/fonts/OFL.txt`) and their metrics.
//!
//! The same bytes are embedded (subset) in the PDF and registered by the app's preview, so
//! both show the same glyphs. Widths come from the fonts' advance widths (`hmtx`, read with
//! `ttf-parser`); like the PDF writer, we apply no kerning or ligatures, so a measured line is
//! exactly as wide as the printed one.

use std::sync::LazyLock;

/// A font style of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    /// Noto Sans Regular: body text.
    Regular,
    /// Noto Sans Bold: headings, table headers, emphasis.
    Bold,
    /// Noto Sans Italic: notes and missing-data remarks.
    Italic,
}

impl FontStyle {
    /// Every style, in the order of [`FontStyle::index`].
    pub const ALL: [FontStyle; 3] = [FontStyle::Regular, FontStyle::Bold, FontStyle::Italic];

    /// A stable index 0..3, for tables indexed by style.
    pub fn index(self) -> usize {
        match self {
            FontStyle::Regular => 0,
            FontStyle::Bold => 1,
            FontStyle::Italic => 2,
        }
    }

    /// A short name, used in the compact text form of the display list.
    pub fn short(self) -> &'static str {
        match self {
            FontStyle::Regular => "R",
            FontStyle::Bold => "B",
            FontStyle::Italic => "I",
        }
    }
}

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Italic.ttf");

/// The TrueType bytes of a style, to embed or to register with a GUI toolkit.
pub fn bytes(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => REGULAR,
        FontStyle::Bold => BOLD,
        FontStyle::Italic => ITALIC,
    }
}

/// Characters below this are measured (here) and given their glyph ids (in `pdf`) from dense
/// tables; the rest are looked up in the font.
pub(super) const DENSE: usize = 0x2400;

/// Advance widths and vertical metrics of one font, in font units.
#[derive(Debug)]
pub struct Metrics {
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    dense: Vec<u16>,
    covered: Vec<bool>,
    /// The advance of [`fallback`]'s glyph: what a character the font lacks is printed as.
    missing: u16,
    face: Option<ttf_parser::Face<'static>>,
}

impl Metrics {
    fn load(data: &'static [u8]) -> Metrics {
        let Ok(face) = ttf_parser::Face::parse(data, 0) else {
            // The fonts are compiled in and tested; an unreadable one still must not panic.
            return Metrics::fallback();
        };
        let notdef = face
            .glyph_hor_advance(ttf_parser::GlyphId(0))
            .unwrap_or(500);
        let missing = face
            .glyph_index(FALLBACK)
            .or_else(|| face.glyph_index('?'))
            .and_then(|g| face.glyph_hor_advance(g))
            .unwrap_or(notdef);
        let mut dense = vec![missing; DENSE];
        let mut covered = vec![false; DENSE];
        for (code, slot) in dense.iter_mut().enumerate() {
            let Some(c) = char::from_u32(code as u32) else {
                continue;
            };
            if let Some(g) = face.glyph_index(c) {
                *slot = face.glyph_hor_advance(g).unwrap_or(notdef);
                covered[code] = true;
            }
        }
        // Characters the font lacks are printed as their substitute: measure them so.
        for code in 0..DENSE {
            if covered[code] {
                continue;
            }
            let Some(c) = char::from_u32(code as u32) else {
                continue;
            };
            let Some(sub) = substitute(c) else {
                continue;
            };
            if let Some(g) = face.glyph_index(sub) {
                dense[code] = face.glyph_hor_advance(g).unwrap_or(notdef);
            }
        }
        // Control characters are never printed (see `printable`).
        for (code, slot) in dense.iter_mut().enumerate() {
            if char::from_u32(code as u32).is_some_and(char::is_control) {
                *slot = 0;
            }
        }
        Metrics {
            units_per_em: f32::from(face.units_per_em()),
            ascender: f32::from(face.ascender()),
            descender: f32::from(face.descender()),
            dense,
            covered,
            missing,
            face: Some(face),
        }
    }

    fn fallback() -> Metrics {
        Metrics {
            units_per_em: 1000.0,
            ascender: 1069.0,
            descender: -293.0,
            dense: vec![560; DENSE],
            covered: vec![true; DENSE],
            missing: 560,
            face: None,
        }
    }

    fn advance(&self, c: char) -> u16 {
        let code = c as usize;
        if code < DENSE {
            self.dense[code]
        } else {
            self.face
                .as_ref()
                .and_then(|f| f.glyph_index(c).and_then(|g| f.glyph_hor_advance(g)))
                .unwrap_or(self.missing)
        }
    }

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text.chars().map(|c| u32::from(self.advance(c))).sum();
        units as f32 * size / self.units_per_em
    }

    /// The width of one character at `size` points.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        f32::from(self.advance(c)) * size / self.units_per_em
    }

    /// The ascender above the baseline at `size` points (positive).
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascender * size / self.units_per_em
    }

    /// The descender below the baseline at `size` points (positive).
    pub fn descent(&self, size: f32) -> f32 {
        -self.descender * size / self.units_per_em
    }

    /// Whether the font has a glyph for `c` (characters without one print as a box).
    pub fn covers(&self, c: char) -> bool {
        let code = c as usize;
        if code < DENSE {
            self.covered[code]
        } else {
            self.face
                .as_ref()
                .is_some_and(|f| f.glyph_index(c).is_some())
        }
    }
}

/// The widths of the Latin-1 characters in one style at one size, each exactly
/// [`Metrics::char_width`]: measuring a paragraph then costs a load per character, not a
/// division.
pub(crate) struct SizedWidths {
    metrics: &'static Metrics,
    size: f32,
    latin1: std::rc::Rc<[f32; 256]>,
}

/// Latin-1 width tables kept per thread; at most this many (a report uses a handful of sizes).
const MAX_TABLES: usize = 32;

/// A Latin-1 width table with its style and size (as bits).
type Table = (FontStyle, u32, std::rc::Rc<[f32; 256]>);

thread_local! {
    static TABLES: std::cell::RefCell<Vec<Table>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl SizedWidths {
    /// The widths of `style` at `size`.
    pub(crate) fn new(style: FontStyle, size: f32) -> SizedWidths {
        let m = metrics(style);
        let bits = size.to_bits();
        let found = TABLES.with(|t| {
            t.try_borrow().ok().and_then(|t| {
                t.iter()
                    .find(|(s, b, _)| *s == style && *b == bits)
                    .map(|(_, _, table)| std::rc::Rc::clone(table))
            })
        });
        let latin1 = found.unwrap_or_else(|| {
            let mut table = [0.0f32; 256];
            for (code, slot) in (0u8..=255).zip(table.iter_mut()) {
                *slot = m.char_width(char::from(code), size);
            }
            let table = std::rc::Rc::new(table);
            TABLES.with(|t| {
                if let Ok(mut t) = t.try_borrow_mut()
                    && t.len() < MAX_TABLES
                {
                    t.push((style, bits, std::rc::Rc::clone(&table)));
                }
            });
            table
        });
        SizedWidths {
            metrics: m,
            size,
            latin1,
        }
    }

    /// [`Metrics::char_width`] of `c`.
    pub(crate) fn of(&self, c: char) -> f32 {
        match u8::try_from(c) {
            Ok(code) => self.latin1[usize::from(code)],
            Err(_) => self.metrics.char_width(c, self.size),
        }
    }
}

/// What to print instead of a character Noto Sans lacks: the minus sign that
/// `gevinst_core::format` writes (U+2212) becomes an en dash, the usual Norwegian typesetting of a
/// minus; other hyphens and spaces become their plain forms.
fn substitute(c: char) -> Option<char> {
    match c {
        '\u{2212}' => Some('\u{2013}'),
        '\u{2010}' | '\u{2011}' => Some('-'),
        '\u{2007}' | '\u{202f}' => Some('\u{a0}'),
        '\u{2000}'..='\u{200a}' | '\u{205f}' | '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// The visible stand-in for a character none of the substitutes cover: the replacement
/// character, which Noto Sans has in every style (a test checks; otherwise `?` is measured).
pub const FALLBACK: char = '\u{fffd}';

/// Whether `c` prints as itself: every style has a glyph for it, and it is no control character.
fn covered(c: char) -> bool {
    match COVERED.get(c as usize) {
        Some(&dense) => dense,
        None => covered_by_fonts(c),
    }
}

/// [`covered`] asked of the fonts.
fn covered_by_fonts(c: char) -> bool {
    !c.is_control() && FontStyle::ALL.iter().all(|&s| metrics(s).covers(c))
}

/// [`covered`] of the characters below [`DENSE`], by code.
static COVERED: LazyLock<Vec<bool>> = LazyLock::new(|| {
    (0..DENSE)
        .map(|code| char::from_u32(code as u32).is_some_and(covered_by_fonts))
        .collect()
});

/// What `c` prints as: itself, its typographic substitute, [`FALLBACK`] for a character the
/// fonts lack (an emoji, an ideograph), or nothing for a control character. So no text
/// shows the missing glyph (`.notdef`, which PDF/A forbids) and no control character reaches
/// the PDF.
fn printed(c: char) -> Option<char> {
    if covered(c) {
        Some(c)
    } else if c.is_control() {
        None
    } else {
        Some(substitute(c).unwrap_or(FALLBACK))
    }
}

/// `text` with every character the fonts lack replaced (see [`printed`]); what the PDF and
/// the preview print. Unchanged text is not copied.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(covered) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().filter_map(printed).collect())
}

/// [`printable`] of `text` and, when printing it loses characters' meaning (see [`lossy`]),
/// the text to keep as `/ActualText` (the original without control characters). One pass for
/// text the fonts cover, as nearly all is.
pub fn printable_and_actual(text: String) -> (String, Option<String>) {
    if text.chars().all(covered) {
        return (text, None);
    }
    let actual = lossy(&text).then(|| text.chars().filter(|c| !c.is_control()).collect());
    let printed = text.chars().filter_map(printed).collect();
    (printed, actual)
}

/// Whether printing `text` loses characters' meaning: some character the fonts lack has no
/// typographic substitute and prints as [`FALLBACK`]. The PDF then keeps the original text as
/// `/ActualText`, for copying and screen readers.
pub fn lossy(text: &str) -> bool {
    text.chars()
        .any(|c| !covered(c) && !c.is_control() && substitute(c).is_none())
}

static METRICS: LazyLock<[Metrics; 3]> = LazyLock::new(|| {
    [
        Metrics::load(REGULAR),
        Metrics::load(BOLD),
        Metrics::load(ITALIC),
    ]
});

/// The metrics of a style (loaded once, then shared).
pub fn metrics(style: FontStyle) -> &'static Metrics {
    &METRICS[style.index()]
}

/// The width of `text` in `style` at `size` points.
pub fn width(style: FontStyle, size: f32, text: &str) -> f32 {
    metrics(style).width(text, size)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_and_typographic_characters_are_covered() {
        for style in FontStyle::ALL {
            let m = metrics(style);
            for c in "æøåÆØÅ«»–—§€\u{a0}•é…’“”".chars() {
                assert!(m.covers(c), "{style:?} lacks {c:?}");
            }
        }
    }

    #[test]
    fn a_minus_sign_prints_as_an_en_dash_of_the_same_width() {
        let m = metrics(FontStyle::Regular);
        assert!(
            !m.covers('\u{2212}'),
            "the font has a minus now: drop the substitute"
        );
        assert_eq!(
            printable("\u{2212}42\u{a0}000\u{a0}kr"),
            "\u{2013}42\u{a0}000\u{a0}kr"
        );
        assert_eq!(
            m.char_width('\u{2212}', 10.0),
            m.char_width('\u{2013}', 10.0)
        );
        assert!(matches!(
            printable("1 250 000 kr"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn missing_characters_print_as_the_replacement_character() {
        for style in FontStyle::ALL {
            assert!(metrics(style).covers(FALLBACK), "{style:?} lacks U+FFFD");
        }
        assert_eq!(printable("a😀b数\u{7}\u{0}"), "a\u{fffd}b\u{fffd}");
        assert!(lossy("a😀") && !lossy("\u{2212}5") && !lossy("a\u{7}"));
        assert_eq!(
            printable_and_actual("a😀b\u{7}".to_owned()),
            ("a\u{fffd}b".to_owned(), Some("a😀b".to_owned()))
        );
        assert_eq!(
            printable_and_actual("\u{2212}5".to_owned()),
            ("\u{2013}5".to_owned(), None)
        );
        assert_eq!(
            printable_and_actual("åpen".to_owned()),
            ("åpen".to_owned(), None)
        );
        let m = metrics(FontStyle::Regular);
        assert_eq!(m.char_width('😀', 10.0), m.char_width(FALLBACK, 10.0));
        assert_eq!(m.char_width('数', 10.0), m.char_width(FALLBACK, 10.0));
        assert_eq!(m.char_width('\u{7}', 10.0), 0.0);
    }

    #[test]
    fn the_dense_coverage_table_agrees_with_the_fonts() {
        for code in 0..=0x3000u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(covered(c), covered_by_fonts(c), "{c:?}");
            }
        }
        assert!(covered('å') && !covered('\u{2212}') && !covered('\n'));
    }

    #[test]
    fn sized_widths_are_the_metrics_own() {
        for style in FontStyle::ALL {
            for size in [8.0, 8.5, 10.0, 11.5] {
                let table = SizedWidths::new(style, size);
                let again = SizedWidths::new(style, size);
                for c in (0..0x300u32).filter_map(char::from_u32).chain(['€', '😀']) {
                    let w = metrics(style).char_width(c, size);
                    assert_eq!(table.of(c).to_bits(), w.to_bits(), "{c:?}");
                    assert_eq!(again.of(c).to_bits(), w.to_bits(), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn nbsp_is_as_wide_as_a_space() {
        let m = metrics(FontStyle::Regular);
        assert_eq!(m.char_width('\u{a0}', 10.0), m.char_width(' ', 10.0));
        assert!(m.char_width(' ', 10.0) > 2.0);
    }

    #[test]
    fn widths_add_up_and_bold_is_wider() {
        let r = width(FontStyle::Regular, 10.0, "Gevinst");
        let parts =
            width(FontStyle::Regular, 10.0, "Gev") + width(FontStyle::Regular, 10.0, "inst");
        assert!((r - parts).abs() < 1e-3);
        assert!(width(FontStyle::Bold, 10.0, "Gevinst") > r);
        assert!((width(FontStyle::Regular, 20.0, "Gevinst") - 2.0 * r).abs() < 1e-3);
    }

    #[test]
    fn vertical_metrics_are_plausible() {
        let m = metrics(FontStyle::Regular);
        assert!(m.ascent(10.0) > 7.0 && m.ascent(10.0) < 12.0);
        assert!(m.descent(10.0) > 1.0 && m.descent(10.0) < 4.0);
    }
}
