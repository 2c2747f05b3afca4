//! What makes the PDF a tagged PDF (PDF/UA-1) and a PDF/A-2u file, added with lopdf after
//! printpdf has written the pages (printpdf writes the marked content, see `pdf.rs`, but no
//! structure tree):
//!
//! - the structure tree: one element per [`StructNode`] that has content, in reading order
//!   (the order in which the pages show their content first), under a `Document` element,
//!   each pointing at its marked-content sequences (MCIDs) on the pages; the parent tree that
//!   maps each page's MCIDs (and each link annotation) back to its element;
//! - `/MarkInfo`, each page's `/StructParents` and `/Tabs /S`, the link annotations as
//!   objects of their `Link` elements, with a description and the print flag;
//! - the XMP metadata (title, author, subject, keywords, dates, producer as in the document
//!   information, the PDF/A-2u and PDF/UA-1 identification with the extension schema PDF/A
//!   asks for), the sRGB output intent with the bundled ICC profile, and the file identifier.
//!
//! Building the tree is linear in the number of elements and marked-content sequences.

use super::layout::{Document, Role, Scope, StructNode};
use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use std::hash::{Hash, Hasher};
use std::io::Write;

/// The sRGB profile of the output intent (Compact-ICC-Profiles, CC0; see `assets/`).
const SRGB_ICC: &[u8] = include_bytes!("../../../assets/sRGB-v2-micro.icc");

/// The standard structure type of a role.
pub(crate) fn tag(role: &Role) -> &'static str {
    match role {
        Role::H(1) => "H1",
        Role::H(2) => "H2",
        Role::H(3) => "H3",
        Role::H(4) => "H4",
        Role::H(5) => "H5",
        Role::H(_) => "H6",
        Role::P => "P",
        Role::Div => "Div",
        Role::L => "L",
        Role::LI => "LI",
        Role::Lbl => "Lbl",
        Role::LBody => "LBody",
        Role::Table => "Table",
        Role::TR => "TR",
        Role::TH(_) => "TH",
        Role::TD => "TD",
        Role::Figure(_) => "Figure",
        Role::Caption => "Caption",
        Role::Toc => "TOC",
        Role::Toci => "TOCI",
        Role::Link => "Link",
    }
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// A kid of a structure element.
#[derive(Debug, Clone, Copy)]
enum Kid {
    /// A marked-content sequence on the element's own page.
    Mcid(usize),
    /// A marked-content sequence on another page.
    Mcr { page: ObjectId, mcid: usize },
    /// A structure element.
    Element(ObjectId),
    /// An annotation (a link) on a page.
    Annotation { object: ObjectId, page: ObjectId },
}

/// A structure element's kids while the tree is built.
struct Elements<'a> {
    nodes: &'a [StructNode],
    ids: Vec<ObjectId>,
    kids: Vec<Vec<Kid>>,
    page: Vec<Option<ObjectId>>,
    attached: Vec<bool>,
    top: Vec<Kid>,
}

impl Elements<'_> {
    /// Put `node` and its ancestors into the tree if they are not yet: each is appended to
    /// its parent's kids, so elements come in the order their content first appears.
    fn attach(&mut self, node: usize) {
        let mut chain = Vec::new();
        let mut cur = Some(node);
        while let Some(c) = cur.filter(|&c| c < self.nodes.len() && !self.attached[c]) {
            self.attached[c] = true;
            chain.push(c);
            cur = self.nodes[c].parent.map(|p| p as usize);
        }
        for c in chain.into_iter().rev() {
            let r = Kid::Element(self.ids[c]);
            match self.nodes[c].parent.map(|p| p as usize) {
                Some(p) if p < self.nodes.len() => self.kids[p].push(r),
                _ => self.top.push(r),
            }
        }
    }

    /// A marked-content sequence of `node` on `page`.
    fn content(&mut self, node: usize, page: ObjectId, mcid: usize) {
        self.attach(node);
        let first = *self.page[node].get_or_insert(page);
        self.kids[node].push(if first == page {
            Kid::Mcid(mcid)
        } else {
            Kid::Mcr { page, mcid }
        });
    }
}

/// Writing into a `Vec` cannot fail, so the results of `write!` below are not looked at.
fn reference(out: &mut Vec<u8>, id: ObjectId) {
    let _ = write!(out, "{} {} R", id.0, id.1);
}

/// The `/K` array of an element.
fn kids(out: &mut Vec<u8>, kids: &[Kid]) {
    out.extend_from_slice(b"/K [");
    for (k, kid) in kids.iter().enumerate() {
        if k > 0 {
            out.push(b' ');
        }
        match *kid {
            Kid::Mcid(mcid) => {
                let _ = write!(out, "{mcid}");
            }
            Kid::Mcr { page, mcid } => {
                out.extend_from_slice(b"<</Type /MCR /Pg ");
                reference(out, page);
                let _ = write!(out, " /MCID {mcid}>>");
            }
            Kid::Element(id) => reference(out, id),
            Kid::Annotation { object, page } => {
                out.extend_from_slice(b"<</Type /OBJR /Obj ");
                reference(out, object);
                out.extend_from_slice(b" /Pg ");
                reference(out, page);
                out.extend_from_slice(b">>");
            }
        }
    }
    out.push(b']');
}

/// One structure element, written as bytes (there are tens of thousands in a large report).
fn element(
    node: &StructNode,
    parent: ObjectId,
    kid_list: &[Kid],
    page: Option<ObjectId>,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(kid_list.len().saturating_mul(8).saturating_add(64));
    out.extend_from_slice(b"<</Type /StructElem /S /");
    out.extend_from_slice(tag(&node.role).as_bytes());
    out.extend_from_slice(b" /P ");
    reference(&mut out, parent);
    kids(&mut out, kid_list);
    if let Some(page) = page {
        out.extend_from_slice(b" /Pg ");
        reference(&mut out, page);
    }
    match &node.role {
        Role::Figure(alt) => {
            out.extend_from_slice(b" /Alt ");
            super::pdf::write_object(&mut out, &lopdf::text_string(alt));
        }
        Role::TH(scope) => {
            out.extend_from_slice(b" /A <</O /Table /Scope /");
            out.extend_from_slice(match scope {
                Scope::Column => b"Column",
                Scope::Row => b"Row",
            });
            out.extend_from_slice(b">>");
        }
        _ => {}
    }
    out.extend_from_slice(b">>");
    out
}

/// Add the structure tree, the PDF/A and PDF/UA metadata, the output intent and the file
/// identifier. `mcids[p][k]` is the structure element of MCID `k` on page `p` and the index
/// of the page item it starts at (its place in reading order). The structure tree's objects
/// are returned as bytes, to be written with the document (`pdf::file`).
pub(crate) fn finish(
    lo: &mut lopdf::Document,
    doc: &Document,
    mcids: &[Vec<(u32, usize)>],
    created: DateTime<Utc>,
) -> Option<Vec<(u32, Vec<u8>)>> {
    lo.version = "1.7".to_owned();
    let pages: Vec<ObjectId> = lo.get_pages().into_values().collect();
    let root = lo.new_object_id();
    let document = lo.new_object_id();
    let n = doc.structure.len();
    let mut e = Elements {
        nodes: &doc.structure,
        ids: (0..n).map(|_| lo.new_object_id()).collect(),
        kids: vec![Vec::new(); n],
        page: vec![None; n],
        attached: vec![false; n],
        top: Vec::new(),
    };
    // The parent tree's `/Nums`: each page's key and its MCIDs' elements, then each link's.
    let mut nums: Vec<u8> = Vec::new();
    for (p, (page_mcids, &page)) in mcids.iter().zip(&pages).enumerate() {
        // In reading order, not in the order the sequences were written.
        let mut read: Vec<(usize, usize, u32)> = page_mcids
            .iter()
            .enumerate()
            .map(|(mcid, &(node, at))| (at, mcid, node))
            .collect();
        read.sort_unstable();
        for (_, mcid, node) in read {
            e.content(node as usize, page, mcid);
        }
        let _ = write!(nums, "{p} [");
        for (k, &(node, _)) in page_mcids.iter().enumerate() {
            if k > 0 {
                nums.push(b' ');
            }
            reference(&mut nums, *e.ids.get(node as usize)?);
        }
        nums.extend_from_slice(b"]\n");
        if let Ok(Object::Dictionary(d)) = lo.get_object_mut(page) {
            d.set("StructParents", Object::Integer(i64::try_from(p).ok()?));
            d.set("Tabs", name("S"));
        }
    }
    let mut next_key = pages.len();
    link_annotations(lo, doc, &pages, &mut e, &mut nums, &mut next_key)?;

    let mut raw: Vec<(u32, Vec<u8>)> = Vec::with_capacity(n.saturating_add(2));
    for (k, node) in doc.structure.iter().enumerate() {
        if !e.attached[k] {
            continue;
        }
        let parent = node
            .parent
            .and_then(|p| e.ids.get(p as usize))
            .copied()
            .unwrap_or(document);
        raw.push((e.ids[k].0, element(node, parent, &e.kids[k], e.page[k])));
    }
    let mut top = b"<</Type /StructElem /S /Document /P ".to_vec();
    reference(&mut top, root);
    kids(&mut top, &e.top);
    top.extend_from_slice(b">>");
    raw.push((document.0, top));
    let mut tree = b"<</Type /StructTreeRoot /K ".to_vec();
    reference(&mut tree, document);
    tree.extend_from_slice(b" /ParentTree <</Nums [");
    tree.extend_from_slice(&nums);
    let _ = write!(tree, "]>> /ParentTreeNextKey {next_key}>>");
    raw.push((root.0, tree));

    let info = document_info(doc, created);
    let metadata = lo.add_object(xmp_stream(doc, &info));
    let intent = output_intent(lo);
    // The document information printpdf wrote is replaced where it is.
    match lo.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            lo.objects.insert(id, Object::Dictionary(info.dictionary()));
        }
        Err(_) => {
            let id = lo.add_object(Object::Dictionary(info.dictionary()));
            lo.trailer.set("Info", Object::Reference(id));
        }
    }
    let id = Object::String(file_id(doc, created), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    let catalog = lo.catalog_mut().ok()?;
    catalog.set("StructTreeRoot", Object::Reference(root));
    catalog.set(
        "MarkInfo",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "Marked",
            Object::Boolean(true),
        )])),
    );
    catalog.set("Metadata", Object::Reference(metadata));
    catalog.set("OutputIntents", Object::Array(vec![intent]));
    Some(raw)
}

/// Make each page's link annotations objects of their own, each the content of its `Link`
/// element (an object reference) with its own key in the parent tree, a description and the
/// print flag (PDF/A).
fn link_annotations(
    lo: &mut lopdf::Document,
    doc: &Document,
    pages: &[ObjectId],
    e: &mut Elements<'_>,
    nums: &mut Vec<u8>,
    next_key: &mut usize,
) -> Option<()> {
    // The heading each link jumps to, by its place: links point at outline entries.
    let titles: std::collections::HashMap<(usize, u32), &str> = doc
        .outline
        .iter()
        .map(|o| ((o.page, o.y.to_bits()), o.title.as_str()))
        .collect();
    for (page, &page_id) in doc.pages.iter().zip(pages) {
        let annots = match lo.get_object(page_id) {
            Ok(Object::Dictionary(d)) => match d.get(b"Annots") {
                Ok(Object::Array(a)) => a.clone(),
                _ => continue,
            },
            _ => continue,
        };
        let mut refs = Vec::with_capacity(annots.len());
        for (annot, link) in annots.into_iter().zip(&page.links) {
            let Object::Dictionary(mut d) = annot else {
                refs.push(annot);
                continue;
            };
            let key = *next_key;
            *next_key = key.saturating_add(1);
            d.set("F", Object::Integer(4));
            d.set("StructParent", Object::Integer(i64::try_from(key).ok()?));
            if let Some(title) = titles.get(&(link.page, link.y.to_bits())) {
                d.set("Contents", lopdf::text_string(title));
            }
            let id = lo.add_object(Object::Dictionary(d));
            refs.push(Object::Reference(id));
            if let Some(node) = link.node.map(|n| n as usize).filter(|&n| n < e.nodes.len()) {
                e.attach(node);
                e.page[node].get_or_insert(page_id);
                e.kids[node].push(Kid::Annotation {
                    object: id,
                    page: page_id,
                });
                let _ = write!(nums, "{key} ");
                reference(nums, e.ids[node]);
                nums.push(b'\n');
            }
        }
        if let Ok(Object::Dictionary(d)) = lo.get_object_mut(page_id) {
            d.set("Annots", Object::Array(refs));
        }
    }
    Some(())
}

/// The document information, as both the Info dictionary and the XMP say it.
struct Info {
    title: String,
    author: String,
    subject: String,
    keywords: String,
    creator: String,
    producer: String,
    /// `D:20261201193000+00'00'`.
    pdf_date: String,
    /// `2026-12-01T19:30:00+00:00`.
    xmp_date: String,
}

impl Info {
    fn dictionary(&self) -> Dictionary {
        Dictionary::from_iter(vec![
            ("Title", lopdf::text_string(&self.title)),
            ("Author", lopdf::text_string(&self.author)),
            ("Subject", lopdf::text_string(&self.subject)),
            ("Keywords", lopdf::text_string(&self.keywords)),
            ("Creator", lopdf::text_string(&self.creator)),
            ("Producer", lopdf::text_string(&self.producer)),
            (
                "CreationDate",
                Object::string_literal(self.pdf_date.clone()),
            ),
            ("ModDate", Object::string_literal(self.pdf_date.clone())),
        ])
    }
}

fn document_info(doc: &Document, created: DateTime<Utc>) -> Info {
    let m = &doc.meta;
    Info {
        title: m.title.clone(),
        author: m.author.clone(),
        subject: m.subject.clone(),
        keywords: m.keywords.join(", "),
        creator: format!("Gevinst {}", env!("CARGO_PKG_VERSION")),
        producer: "Gevinst (printpdf 0.12, lopdf)".to_owned(),
        pdf_date: created.format("D:%Y%m%d%H%M%S+00'00'").to_string(),
        xmp_date: created.format("%Y-%m-%dT%H:%M:%S+00:00").to_string(),
    }
}

/// `text` escaped for XML.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 does not allow (control characters) are left out.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// The XMP metadata: the document information again (PDF/A wants both to agree), the
/// language, and the PDF/A-2u and PDF/UA-1 identification. `pdfuaid` is no schema PDF/A knows,
/// so it is declared in a PDF/A extension schema.
fn xmp(doc: &Document, info: &Info) -> String {
    let lang = doc.meta.language.bcp47();
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>{producer}</pdf:Producer>
<xmp:CreatorTool>{creator}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>U</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
<rdf:Description rdf:about=""
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        title = xml(&info.title),
        author = xml(&info.author),
        subject = xml(&info.subject),
        keywords = xml(&info.keywords),
        producer = xml(&info.producer),
        creator = xml(&info.creator),
        date = info.xmp_date,
        bom = '\u{feff}',
    )
}

/// The metadata stream, uncompressed (PDF/A: no filter on metadata).
fn xmp_stream(doc: &Document, info: &Info) -> Stream {
    let mut s = Stream::new(
        Dictionary::from_iter(vec![("Type", name("Metadata")), ("Subtype", name("XML"))]),
        xmp(doc, info).into_bytes(),
    );
    s.allows_compression = false;
    s
}

/// The sRGB output intent (PDF/A), with the bundled ICC profile.
fn output_intent(lo: &mut lopdf::Document) -> Object {
    let profile = lo.add_object(Stream::new(
        Dictionary::from_iter(vec![("N", Object::Integer(3))]),
        SRGB_ICC.to_vec(),
    ));
    Object::Dictionary(Dictionary::from_iter(vec![
        ("Type", name("OutputIntent")),
        ("S", name("GTS_PDFA1")),
        (
            "OutputConditionIdentifier",
            Object::string_literal("sRGB IEC61966-2.1"),
        ),
        (
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        ),
        ("Info", Object::string_literal("sRGB IEC61966-2.1")),
        ("DestOutputProfile", Object::Reference(profile)),
    ]))
}

/// A file identifier: 16 bytes from the title, author, date and page count (the same
/// document written at the same time gets the same identifier).
fn file_id(doc: &Document, created: DateTime<Utc>) -> Vec<u8> {
    let mut out = Vec::with_capacity(16);
    for salt in [0u8, 1] {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        doc.meta.title.hash(&mut h);
        doc.meta.author.hash(&mut h);
        created.timestamp().hash(&mut h);
        doc.pages.len().hash(&mut h);
        out.extend_from_slice(&h.finish().to_be_bytes());
    }
    out
}
