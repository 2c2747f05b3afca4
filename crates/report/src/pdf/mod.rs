//! The display list as PDF: the pages' content streams written here ([`stream`]), fonts,
//! document and page objects by printpdf 0.12, the structure tree and metadata added with lopdf
//! (`tagged.rs`).
//!
//! Fonts are embedded and subset by printpdf (its `text_layout` feature). So that its
//! subsetting, widths and ToUnicode map see every glyph the document uses, printpdf is given
//! the lines that show a glyph for the first time as text, and nothing else. Every page's
//! content stream is then written here, each line once, with the glyph numbering printpdf
//! gives the subset (see [`Glyphs`]), and put in place of the one printpdf wrote.
//!
//! printpdf's own bookmarks are flat and sorted by page, so the outline is built here on
//! printpdf's `lopdf` document: nested by heading level, each entry pointing at its heading's
//! page and height. The document language (`/Lang`) is set there too.

mod file;
mod stream;

pub(crate) use file::object as write_object;

use super::fonts::{self, DENSE, FontStyle};
use super::layout::{Document, OutlineEntry, PAGE_HEIGHT, Page, TextRun};
use chrono::{DateTime, Datelike, Timelike, Utc};
use lopdf::{Dictionary, Object, ObjectId};
use printpdf::{
    FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};
use std::sync::LazyLock;

/// The report's fonts parsed for printpdf, with a character → glyph table for each.
struct Fonts {
    parsed: Vec<ParsedFont>,
    /// Per style, the glyph id of each character below [`DENSE`] (0: the font lacks it).
    dense: Vec<Vec<u16>>,
}

impl Fonts {
    fn load() -> Option<Fonts> {
        let parsed: Vec<ParsedFont> = FontStyle::ALL
            .iter()
            .map(|s| ParsedFont::from_bytes(fonts::bytes(*s), 0, &mut Vec::new()))
            .collect::<Option<_>>()?;
        let dense = parsed
            .iter()
            .map(|f| {
                (0..DENSE as u32)
                    .map(|c| f.lookup_glyph_index(c).unwrap_or(0))
                    .collect()
            })
            .collect();
        Some(Fonts { parsed, dense })
    }

    /// The glyph printpdf shows for `c` in `style` (0, the missing glyph, when there is none).
    fn glyph(&self, style: FontStyle, c: char) -> u16 {
        let code = c as usize;
        if code < DENSE {
            self.dense[style.index()][code]
        } else {
            self.parsed[style.index()]
                .lookup_glyph_index(code as u32)
                .unwrap_or(0)
        }
    }
}

/// The fonts, parsed once, then shared.
static FONTS: LazyLock<Option<Fonts>> = LazyLock::new(Fonts::load);

/// Which glyphs the document shows, and the ids they get in printpdf's subset of each font.
///
/// printpdf subsets a font to `[0] + the used glyph ids in ascending order` and numbers each
/// subset glyph by its position in that list (`printpdf::font::subset_font`; its
/// `glyph_mapping` is what printpdf writes into the content stream). A test checks that
/// [`Glyphs::code`] agrees with that mapping.
struct Glyphs {
    /// Per style, whether each glyph id is used.
    used: Vec<Vec<bool>>,
    /// Per style, the subset id of each used glyph id (0 for unused ones).
    codes: Vec<Vec<u16>>,
}

impl Glyphs {
    fn new() -> Glyphs {
        Glyphs {
            used: vec![vec![false; 1 << 16]; FontStyle::ALL.len()],
            codes: Vec::new(),
        }
    }

    /// Mark the glyphs of a line as used; true if any of them was not used before.
    fn add(&mut self, fonts: &Fonts, line: &[&TextRun]) -> bool {
        let mut new = false;
        for run in line {
            let used = &mut self.used[run.style.index()];
            for c in run.text.chars() {
                let g = usize::from(fonts.glyph(run.style, c));
                if g != 0 && !used[g] {
                    used[g] = true;
                    new = true;
                }
            }
        }
        new
    }

    /// Number the used glyphs as printpdf's subset will.
    fn number(&mut self) {
        self.codes = self
            .used
            .iter()
            .map(|used| {
                let mut codes = vec![0u16; used.len()];
                let mut next = 1u16;
                for (g, _) in used.iter().enumerate().skip(1).filter(|(_, u)| **u) {
                    codes[g] = next;
                    next = next.saturating_add(1);
                }
                codes
            })
            .collect();
    }

    /// The subset id of `c` in `style`.
    fn code(&self, fonts: &Fonts, style: FontStyle, c: char) -> u16 {
        self.codes[style.index()][usize::from(fonts.glyph(style, c))]
    }

    /// A run's text as the bytes of a PDF string, two bytes per glyph (Identity-H), added
    /// to `out`.
    fn encode_into(&self, fonts: &Fonts, run: &TextRun, out: &mut Vec<u8>) {
        out.reserve(run.text.len().saturating_mul(2));
        for c in run.text.chars() {
            out.extend_from_slice(&self.code(fonts, run.style, c).to_be_bytes());
        }
    }
}

/// Why the PDF could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfError {
    /// A bundled font could not be parsed.
    Font,
    /// The PDF could not be serialised.
    Serialise,
}

fn pdf_date(t: DateTime<Utc>) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime::new_in_offset(
        printpdf::Date {
            year: t.year(),
            month: t.month() as u8,
            day: t.day() as u8,
        },
        printpdf::Time {
            hour: t.hour() as u8,
            minute: t.minute() as u8,
            second: t.second() as u8,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

/// Documents with fewer pages than this per core are written as one part.
const PART_PAGES: usize = 64;

/// Serialise a laid-out document. `progress` gets the fraction done (0–1).
///
/// A long document is written in parts, one per core, each a printpdf document of its own
/// (with its own font subsets); the parts' pages are then joined into the first part's page
/// tree. Links and the outline are added after the join, when every page has its final id.
pub fn write(
    doc: &Document,
    created: DateTime<Utc>,
    progress: &mut dyn FnMut(f32),
) -> Result<Vec<u8>, PdfError> {
    let fonts = FONTS.as_ref().ok_or(PdfError::Font)?;
    let n = doc.pages.len();
    let parts = super::parallel::threads().min(n / PART_PAGES).max(1);
    let size = n.div_ceil(parts).max(1);
    let ranges: Vec<std::ops::Range<usize>> = (0..parts)
        .map(|k| k.saturating_mul(size).min(n)..k.saturating_add(1).saturating_mul(size).min(n))
        .collect();
    let mut written = super::parallel::map(&ranges, |r| {
        write_part(doc, &doc.pages[r.clone()], fonts, created)
    })
    .ok_or(PdfError::Serialise)?
    .into_iter()
    .collect::<Option<Vec<_>>>()
    .ok_or(PdfError::Serialise)?
    .into_iter();
    let (mut lo, mut mcids) = written.next().ok_or(PdfError::Serialise)?;
    for (part, part_mcids) in written {
        append_part(&mut lo, part).ok_or(PdfError::Serialise)?;
        mcids.extend(part_mcids);
    }
    progress(0.7);
    finish(&mut lo, doc);
    let tree = super::tagged::finish(&mut lo, doc, &mcids, created).ok_or(PdfError::Serialise)?;
    compress_streams(&mut lo);
    progress(0.9);
    let bytes = file::save(lo, tree).ok_or(PdfError::Serialise)?;
    progress(1.0);
    Ok(bytes)
}

/// Per page, the structure element of each MCID and the page item it starts at.
type PageMcids = Vec<Vec<(u32, usize)>>;

/// Some pages of a document as a printpdf document of their own, with the metadata and each
/// page's content stream (written here and compressed). Also returns, per page, the
/// structure element of each MCID.
fn write_part(
    doc: &Document,
    pages: &[Page],
    fonts: &Fonts,
    created: DateTime<Utc>,
) -> Option<(lopdf::Document, PageMcids)> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
    let font_ids: Vec<FontId> = fonts.parsed.iter().map(|f| pdf.add_font(f)).collect();
    let font_names: Vec<String> = font_ids.iter().map(|f| f.0.clone()).collect();
    // In page order: which lines show a glyph for the first time. Only those go to printpdf.
    let mut glyphs = Glyphs::new();
    let lines: Vec<_> = pages.iter().map(stream::text_lines).collect();
    let glyph_pages = lines
        .iter()
        .zip(pages)
        .map(|(lines, page)| {
            let mut ops = Vec::new();
            for (_, line, _) in lines {
                if glyphs.add(fonts, line)
                    && let Some(t) = line.first()
                {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_ids[t.style.index()].clone()),
                        size: Pt(t.size),
                    });
                    ops.push(Op::ShowText {
                        items: line
                            .iter()
                            .map(|r| TextItem::Text(r.text.clone()))
                            .collect(),
                    });
                }
            }
            if !ops.is_empty() {
                ops.insert(0, Op::StartTextSection);
                ops.push(Op::EndTextSection);
            }
            PdfPage::new(
                printpdf::Mm::from(Pt(page.width)),
                printpdf::Mm::from(Pt(page.height)),
                ops,
            )
        })
        .collect();
    glyphs.number();
    pdf.with_pages(glyph_pages);
    let date = pdf_date(created);
    let info = &mut pdf.metadata.info;
    info.document_title = doc.meta.title.clone();
    info.author = doc.meta.author.clone();
    info.subject = doc.meta.subject.clone();
    info.keywords = doc.meta.keywords.clone();
    info.creator = format!("Gevinst {}", env!("CARGO_PKG_VERSION"));
    info.producer = "Gevinst (printpdf 0.12)".to_owned();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: false,
        image_optimization: None,
    };
    let mut lo = pdf.to_lopdf_document(&opts, &mut Vec::new());
    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let mut mcids = Vec::with_capacity(pages.len());
    for ((page, lines), id) in pages.iter().zip(&lines).zip(page_ids) {
        let (content, marked) =
            stream::page_content(page, lines, fonts, &glyphs, &font_names, &doc.structure);
        mcids.push(marked.mcids);
        let contents = lo
            .get_dictionary(id)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .ok()?;
        let Ok(Object::Stream(s)) = lo.get_object_mut(contents) else {
            return None;
        };
        match deflate(&content) {
            Some(packed) if packed.len() < content.len() => {
                s.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                s.set_content(packed);
            }
            _ => {
                s.dict.remove(b"Filter");
                s.set_content(content);
            }
        }
    }
    Some((lo, mcids))
}

/// `raw` compressed with zlib at the fast level (lopdf's own `compress` uses the slowest, which
/// took most of the time of a large report for a few per cent of file size).
fn deflate(raw: &[u8]) -> Option<Vec<u8>> {
    use flate2::{Compression, write::ZlibEncoder};
    use std::io::Write;
    let mut enc = ZlibEncoder::new(Vec::with_capacity(raw.len() / 4), Compression::fast());
    enc.write_all(raw).ok()?;
    enc.finish().ok()
}

/// Move the pages of `part` (with their contents, resources and fonts) to the end of
/// `base`'s page tree. `None` if either document lacks its catalog or page tree.
fn append_part(base: &mut lopdf::Document, mut part: lopdf::Document) -> Option<()> {
    part.renumber_objects_with(base.max_id.checked_add(1)?);
    base.max_id = part.max_id;
    let root = |d: &lopdf::Document| -> Option<(ObjectId, ObjectId)> {
        let catalog = d.trailer.get(b"Root").ok()?.as_reference().ok()?;
        let pages = d.catalog().ok()?.get(b"Pages").ok()?.as_reference().ok()?;
        Some((catalog, pages))
    };
    let (_, base_tree) = root(base)?;
    let (part_catalog, part_tree) = root(&part)?;
    let part_info = part
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .ok();
    let kids: Vec<ObjectId> = part.get_pages().into_values().collect();
    for (id, object) in part.objects {
        // The part's own catalog, page tree and document information are replaced by base's.
        if id == part_catalog || id == part_tree || Some(id) == part_info {
            continue;
        }
        base.objects.insert(id, object);
    }
    for kid in &kids {
        if let Ok(Object::Dictionary(page)) = base.get_object_mut(*kid) {
            page.set("Parent", Object::Reference(base_tree));
        }
    }
    let Ok(Object::Dictionary(tree)) = base.get_object_mut(base_tree) else {
        return None;
    };
    let count = tree.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
    tree.set(
        "Count",
        Object::Integer(count.checked_add(i64::try_from(kids.len()).ok()?)?),
    );
    if let Ok(Object::Array(list)) = tree.get_mut(b"Kids") {
        list.extend(kids.into_iter().map(Object::Reference));
    }
    Some(())
}

/// Deflate every stream that is not compressed yet (fonts, metadata), on all cores.
fn compress_streams(lo: &mut lopdf::Document) {
    let mut work: Vec<(ObjectId, Vec<u8>)> = lo
        .objects
        .iter_mut()
        .filter_map(|(id, o)| match o {
            Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => {
                Some((*id, std::mem::take(&mut s.content)))
            }
            _ => None,
        })
        .collect();
    let compressed = super::parallel::map(&work, |(_, raw)| deflate(raw))
        // A failed worker leaves the streams uncompressed.
        .unwrap_or_default();
    let mut results = compressed.into_iter();
    for (id, raw) in work.drain(..) {
        let packed = results.next().flatten();
        if let Some(Object::Stream(s)) = lo.objects.get_mut(&id) {
            match packed {
                Some(p) if p.len().saturating_add(19) < raw.len() => {
                    s.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                    s.set_content(p);
                }
                _ => s.set_content(raw),
            }
        }
    }
}

/// A jump to a heading at `y` (from the top) on `page`: the page's left edge, a little above the
/// heading, at the reader's zoom.
fn destination(page: ObjectId, y: f32) -> Object {
    Object::Array(vec![
        Object::Reference(page),
        Object::Name(b"XYZ".to_vec()),
        Object::Integer(0),
        Object::Real(PAGE_HEIGHT - y + 12.0),
        Object::Null,
    ])
}

/// The links of the table of contents: each jumps to its heading's page and height.
fn add_links(lo: &mut lopdf::Document, doc: &Document, pages: &[ObjectId]) {
    for (page, id) in doc.pages.iter().zip(pages) {
        let annots: Vec<Object> = page
            .links
            .iter()
            .filter_map(|link| {
                let target = *pages.get(link.page)?;
                let [x, y, w, lh] = link.rect;
                let bottom = page.height - y - lh;
                Some(Object::Dictionary(Dictionary::from_iter(vec![
                    ("Type", Object::Name(b"Annot".to_vec())),
                    ("Subtype", Object::Name(b"Link".to_vec())),
                    (
                        "Rect",
                        Object::Array(vec![
                            Object::Real(x),
                            Object::Real(bottom),
                            Object::Real(x + w),
                            Object::Real(bottom + lh),
                        ]),
                    ),
                    ("Border", Object::Array(vec![Object::Integer(0); 3])),
                    ("H", Object::Name(b"I".to_vec())),
                    (
                        "A",
                        Object::Dictionary(Dictionary::from_iter(vec![
                            ("S", Object::Name(b"GoTo".to_vec())),
                            ("D", destination(target, link.y)),
                        ])),
                    ),
                ])))
            })
            .collect();
        if annots.is_empty() {
            continue;
        }
        if let Ok(Object::Dictionary(d)) = lo.get_object_mut(*id) {
            d.set("Annots", Object::Array(annots));
        }
    }
}

/// Add the nested outline and the document language to the catalog.
fn finish(lo: &mut lopdf::Document, doc: &Document) {
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    add_links(lo, doc, &pages);
    let outlines = if doc.outline.is_empty() {
        None
    } else {
        Some(build_outline(lo, &doc.outline, &pages))
    };
    // printpdf writes a PDF/X version into the document information; this is no PDF/X file.
    let info = lo.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(Ok(Object::Dictionary(d))) = info.map(|id| lo.get_object_mut(id)) {
        d.remove(b"GTS_PDFXVersion");
        d.remove(b"Identifier");
        d.remove(b"Trapped");
    }
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Lang", Object::string_literal(doc.meta.language.bcp47()));
        catalog.set(
            "ViewerPreferences",
            Object::Dictionary(Dictionary::from_iter(vec![(
                "DisplayDocTitle",
                Object::Boolean(true),
            )])),
        );
        if let Some(root) = outlines {
            catalog.set("Outlines", Object::Reference(root));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
    }
}

/// A node of the outline tree while it is built.
struct Node {
    entry: usize,
    children: Vec<Node>,
}

fn build_tree(entries: &[OutlineEntry]) -> Vec<Node> {
    // A stack of (level, path to the node) would need indices into nested vectors; building
    // recursively over the flat, ordered list is simpler.
    fn take(entries: &[OutlineEntry], i: &mut usize, parent_level: u8) -> Vec<Node> {
        let mut out = Vec::new();
        while *i < entries.len() && entries[*i].level > parent_level {
            let me = *i;
            // `*i < entries.len()`, so this cannot saturate.
            *i = me.saturating_add(1);
            let children = take(entries, i, entries[me].level);
            out.push(Node {
                entry: me,
                children,
            });
        }
        out
    }
    let mut i = 0;
    let mut roots = Vec::new();
    while i < entries.len() {
        let before = i;
        roots.extend(take(entries, &mut i, 0));
        if i == before {
            i = i.saturating_add(1);
        }
    }
    roots
}

fn build_outline(
    lo: &mut lopdf::Document,
    entries: &[OutlineEntry],
    pages: &[ObjectId],
) -> ObjectId {
    let root = lo.new_object_id();
    let tree = build_tree(entries);
    let (first, last, count) = add_nodes(lo, &tree, root, entries, pages, 2);
    let mut dict = Dictionary::from_iter(vec![("Type", Object::Name(b"Outlines".to_vec()))]);
    if let (Some(f), Some(l)) = (first, last) {
        dict.set("First", Object::Reference(f));
        dict.set("Last", Object::Reference(l));
        dict.set("Count", Object::Integer(count));
    }
    lo.objects.insert(root, Object::Dictionary(dict));
    root
}

/// Add sibling nodes under `parent`; returns the first and last ids and how many entries are
/// visible when the parent is open. Sections (level 2) are open; deeper levels are closed.
fn add_nodes(
    lo: &mut lopdf::Document,
    nodes: &[Node],
    parent: ObjectId,
    entries: &[OutlineEntry],
    pages: &[ObjectId],
    open_level: u8,
) -> (Option<ObjectId>, Option<ObjectId>, i64) {
    let ids: Vec<ObjectId> = nodes.iter().map(|_| lo.new_object_id()).collect();
    let mut visible = 0i64;
    for (k, node) in nodes.iter().enumerate() {
        let e = &entries[node.entry];
        let (first, last, descendants) =
            add_nodes(lo, &node.children, ids[k], entries, pages, open_level);
        let page = pages.get(e.page).copied();
        let mut dict = Dictionary::from_iter(vec![
            ("Title", lopdf::text_string(&e.title)),
            ("Parent", Object::Reference(parent)),
        ]);
        if let Some(page) = page {
            dict.set("Dest", destination(page, e.y));
        }
        if let Some(&prev) = k.checked_sub(1).and_then(|j| ids.get(j)) {
            dict.set("Prev", Object::Reference(prev));
        }
        if let Some(&next) = ids.get(k.saturating_add(1)) {
            dict.set("Next", Object::Reference(next));
        }
        visible = visible.saturating_add(1);
        if let (Some(f), Some(l)) = (first, last) {
            dict.set("First", Object::Reference(f));
            dict.set("Last", Object::Reference(l));
            if e.level <= open_level {
                dict.set("Count", Object::Integer(descendants));
                visible = visible.saturating_add(descendants);
            } else {
                dict.set("Count", Object::Integer(descendants.saturating_neg()));
            }
        }
        lo.objects.insert(ids[k], Object::Dictionary(dict));
    }
    (ids.first().copied(), ids.last().copied(), visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(level: u8) -> OutlineEntry {
        OutlineEntry {
            level,
            title: String::new(),
            page: 0,
            y: 0.0,
        }
    }

    #[test]
    fn outline_tree_nests_by_level() {
        let entries: Vec<OutlineEntry> = [2, 3, 4, 4, 3, 2, 4, 2].map(entry).to_vec();
        let tree = build_tree(&entries);
        assert_eq!(tree.len(), 3);
        assert_eq!(tree[0].children.len(), 2);
        assert_eq!(tree[0].children[0].children.len(), 2);
        // A level 4 directly under a level 2 is its child.
        assert_eq!(tree[1].children.len(), 1);
        assert!(tree[2].children.is_empty());
    }

    /// Our numbering of the used glyphs is the one printpdf gives its subset.
    #[test]
    fn glyph_codes_are_printpdfs_subset_ids() {
        let fonts = FONTS.as_ref().unwrap();
        for style in FontStyle::ALL {
            let run = TextRun {
                x: 0.0,
                y: 0.0,
                style,
                size: 10.0,
                color: crate::layout::Color { r: 0, g: 0, b: 0 },
                actual: None,
                text:
                    "Årsrapport 2026: «Gevinstuttak» – 1\u{a0}250\u{a0}000 kr, 12,5 % § € ÆØÅ æøå"
                        .to_owned(),
            };
            let mut glyphs = Glyphs::new();
            assert!(glyphs.add(fonts, &[&run]));
            assert!(!glyphs.add(fonts, &[&run]), "nothing new the second time");
            glyphs.number();
            let usage: std::collections::BTreeMap<u16, String> = run
                .text
                .chars()
                .map(|c| (fonts.glyph(style, c), c.to_string()))
                .filter(|(g, _)| *g != 0)
                .collect();
            let subset = printpdf::subset_font(&fonts.parsed[style.index()], &usage).unwrap();
            assert_eq!(subset.glyph_mapping.len(), usage.len());
            for (original, (new, _)) in &subset.glyph_mapping {
                assert_eq!(glyphs.codes[style.index()][usize::from(*original)], *new);
            }
            for c in run.text.chars() {
                assert_ne!(glyphs.code(fonts, style, c), 0, "{c:?} has a glyph");
            }
        }
    }

    #[test]
    fn dates_are_the_given_time() {
        let t = DateTime::parse_from_rfc3339("2026-11-27T09:30:15Z")
            .unwrap()
            .with_timezone(&Utc);
        let d = pdf_date(t);
        assert_eq!((d.year(), d.day(), d.hour(), d.minute()), (2026, 27, 9, 30));
    }
}
