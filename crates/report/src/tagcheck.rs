//! Test support: a check of a tagged PDF from the outside, with lopdf, for the tests and the
//! fuzz harness. Not part of the program.
//!
//! It walks every page's content stream: each operation that shows text or paints a path must
//! be inside marked content with an MCID or inside an `/Artifact`. It walks the structure tree
//! in reading order: each MCID on a page is referenced by exactly one element, the parent tree
//! maps it back to that element, every `Figure` has alternative text, every `TH` a scope. And
//! it checks the catalog and metadata that PDF/UA-1 and PDF/A-2u ask for.

use lopdf::content::Operation;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};
use std::collections::HashMap;

/// What the check found in a file that passed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tagged {
    /// The text of each marked-content sequence, in the structure tree's reading order.
    pub tree_text: Vec<String>,
    /// The structure types of the elements, in reading order (pre-order).
    pub roles: Vec<String>,
    /// The text shown inside artifacts, in content order.
    pub artifact_text: Vec<String>,
}

/// The kind of an open marked-content sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Mcid(i64),
    Artifact,
    Other,
    /// A span with `/ActualText`: what it shows is read as that text instead.
    Actual,
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> Option<&'a Dictionary> {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    }
}

fn name_of(d: &Dictionary, key: &[u8]) -> Option<String> {
    d.get(key)
        .ok()
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// Check a tagged PDF; the error says what is wrong.
pub fn check(pdf: &[u8]) -> Result<Tagged, String> {
    let doc = Document::load_mem(pdf).map_err(|e| format!("lopdf cannot read it: {e}"))?;
    check_catalog(&doc)?;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    // (page, MCID) → text; and which were seen.
    let mut texts: HashMap<(ObjectId, i64), String> = HashMap::new();
    let mut artifact_text = Vec::new();
    for &page in &pages {
        walk_content(&doc, page, &mut texts, &mut artifact_text)?;
    }
    let (order, roles, owner) = walk_tree(&doc)?;
    check_parent_tree(&doc, &pages, &owner)?;
    let mut tree_text = Vec::with_capacity(order.len());
    for key in &order {
        let text = texts
            .remove(key)
            .ok_or_else(|| format!("the tree references {key:?}, which no page has"))?;
        tree_text.push(text);
    }
    if let Some(key) = texts.keys().next() {
        return Err(format!(
            "marked content {key:?} is not in the structure tree"
        ));
    }
    Ok(Tagged {
        tree_text,
        roles,
        artifact_text,
    })
}

fn check_catalog(doc: &Document) -> Result<(), String> {
    let catalog = doc.catalog().map_err(|e| format!("no catalog: {e}"))?;
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(|o| dict(doc, o))
        .and_then(|d| d.get(b"Marked").ok())
        .and_then(|o| o.as_bool().ok());
    if marked != Some(true) {
        return Err("no /MarkInfo << /Marked true >>".into());
    }
    let lang = catalog.get(b"Lang").ok().and_then(|o| o.as_str().ok());
    if lang.is_none_or(<[u8]>::is_empty) {
        return Err("no /Lang".into());
    }
    let title_shown = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(|o| dict(doc, o))
        .and_then(|d| d.get(b"DisplayDocTitle").ok())
        .and_then(|o| o.as_bool().ok());
    if title_shown != Some(true) {
        return Err("no /ViewerPreferences << /DisplayDocTitle true >>".into());
    }
    let xmp = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_object(id))
        .and_then(Object::as_stream)
        .map(|s| String::from_utf8_lossy(&s.content).into_owned())
        .map_err(|_| "no XMP metadata".to_owned())?;
    for needle in [
        "<pdfuaid:part>1</pdfuaid:part>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>U</pdfaid:conformance>",
        "<dc:title>",
    ] {
        if !xmp.contains(needle) {
            return Err(format!("the XMP metadata lacks {needle}"));
        }
    }
    let intent = catalog
        .get(b"OutputIntents")
        .and_then(Object::as_array)
        .ok()
        .and_then(|a| a.first())
        .and_then(|o| dict(doc, o))
        .ok_or("no output intent")?;
    if name_of(intent, b"S").as_deref() != Some("GTS_PDFA1") {
        return Err("the output intent is not /GTS_PDFA1".into());
    }
    let profile = intent
        .get(b"DestOutputProfile")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_object(id))
        .and_then(Object::as_stream)
        .map_err(|_| "the output intent has no ICC profile")?;
    if profile.dict.get(b"N").and_then(Object::as_i64).ok() != Some(3) {
        return Err("the output intent's profile is not RGB".into());
    }
    let id = doc.trailer.get(b"ID").and_then(Object::as_array);
    if id.map(Vec::len).ok() != Some(2) {
        return Err("no file identifier".into());
    }
    Ok(())
}

/// A PDF text string: UTF-16BE after its byte order mark, else (PDFDocEncoding, here read
/// as Latin-1) byte by byte.
fn decode_text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xfe, 0xff]) {
        Some(utf16) => char::decode_utf16(
            utf16
                .chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]])),
        )
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect(),
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// The strings a text-showing operation shows, with a space for a wide gap in a `TJ`.
fn shown(op: &Operation, encoding: Option<&Encoding<'_>>) -> String {
    let decode = |o: &Object| -> String {
        match (o, encoding) {
            (Object::String(bytes, _), Some(enc)) => {
                Document::decode_text(enc, bytes).unwrap_or_default()
            }
            _ => String::new(),
        }
    };
    let mut out = String::new();
    for operand in &op.operands {
        match operand {
            Object::Array(items) => {
                for item in items {
                    match item {
                        Object::Integer(_) | Object::Real(_) => {
                            if item.as_float().is_ok_and(|f| f < -200.0) {
                                out.push(' ');
                            }
                        }
                        o => out.push_str(&decode(o)),
                    }
                }
            }
            o @ Object::String(..) => out.push_str(&decode(o)),
            _ => {}
        }
    }
    out
}

fn walk_content(
    doc: &Document,
    page: ObjectId,
    texts: &mut HashMap<(ObjectId, i64), String>,
    artifact_text: &mut Vec<String>,
) -> Result<(), String> {
    let fonts = doc.get_page_fonts(page).unwrap_or_default();
    let content = doc
        .get_and_decode_page_content(page)
        .map_err(|e| format!("page {page:?}: content cannot be read: {e}"))?;
    let mut stack: Vec<Open> = Vec::new();
    let mut encoding: Option<Encoding<'_>> = None;
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" => {
                let tag = op.operands.first().and_then(|o| o.as_name().ok());
                let mcid = op
                    .operands
                    .get(1)
                    .and_then(|o| dict(doc, o))
                    .and_then(|d| d.get(b"MCID").ok())
                    .and_then(|o| o.as_i64().ok());
                if let Some(m) = mcid {
                    // Also a sequence that only paints (a figure's bars) is content.
                    texts.entry((page, m)).or_default();
                }
                let actual = op
                    .operands
                    .get(1)
                    .and_then(|o| dict(doc, o))
                    .and_then(|d| d.get(b"ActualText").ok())
                    .and_then(|o| o.as_str().ok())
                    .map(decode_text_string);
                if let Some(actual) = &actual {
                    let inner = stack
                        .iter()
                        .rev()
                        .find(|o| !matches!(o, Open::Other | Open::Actual));
                    match inner {
                        Some(Open::Mcid(m)) => {
                            texts.entry((page, *m)).or_default().push_str(actual)
                        }
                        Some(Open::Artifact) => artifact_text.push(actual.clone()),
                        _ => {}
                    }
                }
                stack.push(match (tag, mcid, actual) {
                    (_, Some(m), _) => Open::Mcid(m),
                    (_, None, Some(_)) => Open::Actual,
                    (Some(b"Artifact"), None, None) => Open::Artifact,
                    _ => Open::Other,
                });
            }
            "BMC" => {
                let tag = op.operands.first().and_then(|o| o.as_name().ok());
                stack.push(if tag == Some(b"Artifact") {
                    Open::Artifact
                } else {
                    Open::Other
                });
            }
            "EMC" => {
                stack
                    .pop()
                    .ok_or_else(|| format!("page {page:?}: EMC without BDC/BMC"))?;
            }
            "Tf" => {
                encoding = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|n| fonts.get(n))
                    .and_then(|f| f.get_font_encoding(doc).ok());
            }
            "Tj" | "TJ" | "'" | "\"" | "f" | "F" | "f*" | "S" | "s" | "B" | "B*" | "b" | "b*" => {
                let inner = stack
                    .iter()
                    .rev()
                    .find(|o| **o != Open::Other && **o != Open::Actual)
                    .copied()
                    .ok_or_else(|| {
                        format!(
                            "page {page:?}: {} outside marked content and artifacts",
                            op.operator
                        )
                    })?;
                if !op.operator.starts_with('T') && !matches!(op.operator.as_str(), "'" | "\"") {
                    continue;
                }
                if stack.contains(&Open::Actual) {
                    // Read as the span's actual text, added at its start.
                    continue;
                }
                let text = shown(op, encoding.as_ref());
                match inner {
                    Open::Mcid(m) => texts.entry((page, m)).or_default().push_str(&text),
                    Open::Artifact => artifact_text.push(text),
                    Open::Other | Open::Actual => {}
                }
            }
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(format!("page {page:?}: marked content left open"));
    }
    Ok(())
}

/// An element's kids, whether one object or an array.
fn kids(d: &Dictionary) -> Vec<Object> {
    match d.get(b"K") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(o) => vec![o.clone()],
        Err(_) => Vec::new(),
    }
}

type TreeWalk = (
    Vec<(ObjectId, i64)>,
    Vec<String>,
    HashMap<(ObjectId, i64), ObjectId>,
);

/// The structure tree in reading order: the (page, MCID) of each marked-content sequence, the
/// elements' types, and which element owns each sequence.
fn walk_tree(doc: &Document) -> Result<TreeWalk, String> {
    let catalog = doc.catalog().map_err(|e| e.to_string())?;
    let root = catalog
        .get(b"StructTreeRoot")
        .ok()
        .and_then(|o| dict(doc, o))
        .ok_or("no /StructTreeRoot")?;
    let mut order = Vec::new();
    let mut roles = Vec::new();
    let mut owner = HashMap::new();
    // (object, the page inherited from the parent, the element that holds it)
    let mut stack: Vec<(Object, Option<ObjectId>, Option<ObjectId>)> = kids(root)
        .into_iter()
        .rev()
        .map(|k| (k, None, None))
        .collect();
    while let Some((kid, page, parent)) = stack.pop() {
        match kid {
            Object::Integer(mcid) => {
                let page = page.ok_or("an MCID without a page")?;
                let elem = parent.ok_or("an MCID outside an element")?;
                if owner.insert((page, mcid), elem).is_some() {
                    return Err(format!("MCID {mcid} on {page:?} referenced twice"));
                }
                order.push((page, mcid));
            }
            Object::Reference(id) => {
                let d = doc.get_dictionary(id).map_err(|e| e.to_string())?;
                let ty = name_of(d, b"Type");
                match ty.as_deref() {
                    Some("OBJR") => continue,
                    Some("MCR") => {
                        stack.push((Object::Dictionary(d.clone()), page, parent));
                        continue;
                    }
                    _ => {}
                }
                let role = name_of(d, b"S").ok_or("an element without /S")?;
                let alt = d.get(b"Alt").and_then(Object::as_str);
                if role == "Figure" && !alt.is_ok_and(|a| !a.is_empty()) {
                    return Err("a Figure without /Alt".into());
                }
                if role == "TH" && !has_scope(doc, d) {
                    return Err("a TH without /Scope".into());
                }
                roles.push(role);
                let pg = d.get(b"Pg").and_then(Object::as_reference).ok().or(page);
                for k in kids(d).into_iter().rev() {
                    stack.push((k, pg, Some(id)));
                }
            }
            Object::Dictionary(d) => match name_of(&d, b"Type").as_deref() {
                Some("MCR") => {
                    let pg = d.get(b"Pg").and_then(Object::as_reference).ok().or(page);
                    let mcid = d.get(b"MCID").and_then(Object::as_i64).ok();
                    if let (Some(mcid), Some(pg)) = (mcid, pg) {
                        stack.push((Object::Integer(mcid), Some(pg), parent));
                    }
                }
                Some("OBJR") => {}
                _ => return Err("an element given inline".into()),
            },
            _ => return Err("an unexpected kid in the structure tree".into()),
        }
    }
    Ok((order, roles, owner))
}

fn has_scope(doc: &Document, d: &Dictionary) -> bool {
    let attrs: Vec<&Dictionary> = match d.get(b"A") {
        Ok(Object::Array(a)) => a.iter().filter_map(|o| dict(doc, o)).collect(),
        Ok(o) => dict(doc, o).into_iter().collect(),
        Err(_) => Vec::new(),
    };
    attrs.iter().any(|a| {
        name_of(a, b"Scope").is_some_and(|s| matches!(s.as_str(), "Row" | "Column" | "Both"))
    })
}

/// Each page's `/StructParents` entry of the parent tree maps its MCIDs to their elements.
fn check_parent_tree(
    doc: &Document,
    pages: &[ObjectId],
    owner: &HashMap<(ObjectId, i64), ObjectId>,
) -> Result<(), String> {
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"StructTreeRoot").ok())
        .and_then(|o| dict(doc, o))
        .ok_or("no /StructTreeRoot")?;
    let nums = root
        .get(b"ParentTree")
        .ok()
        .and_then(|o| dict(doc, o))
        .and_then(|d| d.get(b"Nums").ok())
        .and_then(|o| o.as_array().ok())
        .ok_or("no flat /ParentTree /Nums")?;
    let entries: HashMap<i64, &Object> = nums
        .chunks(2)
        .filter_map(|c| Some((c.first()?.as_i64().ok()?, c.get(1)?)))
        .collect();
    for &page in pages {
        let d = doc.get_dictionary(page).map_err(|e| e.to_string())?;
        let key = d
            .get(b"StructParents")
            .and_then(Object::as_i64)
            .map_err(|_| format!("page {page:?} has no /StructParents"))?;
        let list = entries
            .get(&key)
            .and_then(|o| o.as_array().ok())
            .ok_or_else(|| format!("no parent tree entry {key}"))?;
        for (mcid, elem) in list.iter().enumerate() {
            let mcid = i64::try_from(mcid).map_err(|e| e.to_string())?;
            let want = owner.get(&(page, mcid));
            if want.is_some() && elem.as_reference().ok().as_ref() != want {
                return Err(format!("parent tree: page {page:?} MCID {mcid} wrong"));
            }
        }
    }
    Ok(())
}
