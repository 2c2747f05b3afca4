//! The finished PDF file: every object of the lopdf document, and the objects written as bytes
//! beforehand (the structure tree, see `tagged.rs`), serialised on all cores, then the
//! cross-reference table and the trailer.
//!
//! lopdf's own `save_to` writes object by object through `dyn Write` on one thread; for the
//! hundred thousand structure elements of a large report that was a quarter of its time.

use lopdf::{Dictionary, Object, StringFormat};
use std::io::Write;

/// An object already written: its number (generation 0) and what goes between `obj` and
/// `endobj`.
pub(crate) type RawObject = (u32, Vec<u8>);

/// Objects serialised by one worker, with each one's number and place in the bytes.
type Written = (Vec<u8>, Vec<(u32, usize)>);

/// What one worker serialises.
enum Entry {
    Object(u32, Object),
    Raw(RawObject),
}

/// Write `lo` and `raw` as a PDF file. `None` if a worker failed or an object number is
/// out of range.
pub(crate) fn save(lo: lopdf::Document, raw: Vec<RawObject>) -> Option<Vec<u8>> {
    let lopdf::Document {
        version,
        mut trailer,
        objects,
        max_id,
        ..
    } = lo;
    let mut entries: Vec<Entry> = objects
        .into_iter()
        .map(|((id, _), o)| Entry::Object(id, o))
        .chain(raw.into_iter().map(Entry::Raw))
        .collect();
    let workers = super::super::parallel::threads();
    let size = entries.len().div_ceil(workers).max(1);
    let mut chunks = Vec::with_capacity(workers);
    while entries.len() > size {
        let rest = entries.split_off(size);
        chunks.push(std::mem::replace(&mut entries, rest));
    }
    chunks.push(entries);
    let written: Vec<Written> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || write_chunk(chunk)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok())
            .collect::<Option<_>>()
    })?;

    let total: usize = written.iter().map(|(b, _)| b.len()).sum();
    let mut out = Vec::with_capacity(total.saturating_add(total / 16).saturating_add(1024));
    let _ = writeln!(out, "%PDF-{version}");
    out.extend_from_slice(b"%\xe2\xe3\xcf\xd3\n");
    let size = usize::try_from(max_id).ok()?.checked_add(1)?;
    let mut offsets: Vec<Option<usize>> = vec![None; size];
    for (bytes, places) in written {
        let base = out.len();
        for (id, at) in places {
            *offsets.get_mut(usize::try_from(id).ok()?)? = Some(base.checked_add(at)?);
        }
        out.extend_from_slice(&bytes);
    }

    let xref = out.len();
    out.extend_from_slice(b"xref\n0 1\n0000000000 65535 f \n");
    // Subsections of consecutive object numbers.
    let mut id = 1;
    while id < size {
        if offsets[id].is_none() {
            id = id.saturating_add(1);
            continue;
        }
        let end = (id..size).find(|&k| offsets[k].is_none()).unwrap_or(size);
        let _ = writeln!(out, "{id} {}", end.saturating_sub(id));
        for offset in offsets[id..end].iter().flatten() {
            let _ = writeln!(out, "{offset:010} 00000 n ");
        }
        id = end;
    }
    trailer.set("Size", Object::Integer(i64::try_from(size).ok()?));
    out.extend_from_slice(b"trailer\n");
    dictionary(&mut out, &trailer);
    let _ = write!(out, "\nstartxref\n{xref}\n%%EOF");
    Some(out)
}

/// Some objects serialised.
fn write_chunk(chunk: Vec<Entry>) -> Written {
    let mut out = Vec::new();
    let mut places = Vec::with_capacity(chunk.len());
    for entry in chunk {
        let id = match &entry {
            Entry::Object(id, _) | Entry::Raw((id, _)) => *id,
        };
        places.push((id, out.len()));
        let _ = writeln!(out, "{id} 0 obj");
        match entry {
            Entry::Object(_, o) => object(&mut out, &o),
            Entry::Raw((_, bytes)) => out.extend_from_slice(&bytes),
        }
        out.extend_from_slice(b"\nendobj\n");
    }
    (out, places)
}

/// One object in PDF syntax.
pub(crate) fn object(out: &mut Vec<u8>, o: &Object) {
    match o {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Object::Integer(i) => out.extend_from_slice(itoa::Buffer::new().format(*i).as_bytes()),
        Object::Real(r) if r.is_finite() => {
            let _ = write!(out, "{r}");
        }
        Object::Real(_) => out.push(b'0'),
        Object::Name(n) => name(out, n),
        Object::String(s, StringFormat::Literal) => literal(out, s),
        Object::String(s, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for b in s {
                let _ = write!(out, "{b:02X}");
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push(b' ');
                }
                object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(d) => dictionary(out, d),
        Object::Stream(s) => {
            let mut dict = s.dict.clone();
            dict.set(
                "Length",
                Object::Integer(i64::try_from(s.content.len()).unwrap_or(0)),
            );
            dictionary(out, &dict);
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&s.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

fn dictionary(out: &mut Vec<u8>, d: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in d.iter() {
        name(out, key);
        out.push(b' ');
        object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// A name, with the characters a name cannot hold as `#xx`.
pub(crate) fn name(out: &mut Vec<u8>, n: &[u8]) {
    out.push(b'/');
    for &b in n {
        if b.is_ascii_graphic() && !b"#()<>[]{}/%".contains(&b) {
            out.push(b);
        } else {
            let _ = write!(out, "#{b:02X}");
        }
    }
}

/// A literal string, with `(`, `)`, `\` and line ends escaped.
fn literal(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'(');
    for &b in s {
        match b {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(o: &Object) -> String {
        let mut out = Vec::new();
        object(&mut out, o);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn objects_are_written_in_pdf_syntax() {
        let d = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"A B#".to_vec())),
            (
                "K",
                Object::Array(vec![Object::Integer(-3), Object::Real(0.5)]),
            ),
            ("T", Object::string_literal("a(b)\\c")),
            (
                "H",
                Object::String(vec![0xfe, 0xff], StringFormat::Hexadecimal),
            ),
            ("P", Object::Reference((12, 0))),
        ]);
        assert_eq!(
            show(&Object::Dictionary(d)),
            "<</Type /A#20B#23/K [-3 0.5]/T (a\\(b\\)\\\\c)/H <FEFF>/P 12 0 R>>"
        );
    }

    #[test]
    fn a_saved_document_reads_back_with_its_raw_objects() {
        let mut lo = lopdf::Document::with_version("1.7");
        let pages = lo.new_object_id();
        let raw_id = lo.new_object_id();
        lo.objects.insert(
            pages,
            Object::Dictionary(Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Pages".to_vec())),
                ("Kids", Object::Array(vec![])),
                ("Count", Object::Integer(0)),
            ])),
        );
        let catalog = lo.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Catalog".to_vec())),
            ("Pages", Object::Reference(pages)),
            ("Extra", Object::Reference(raw_id)),
        ]));
        lo.trailer.set("Root", Object::Reference(catalog));
        let bytes = save(lo, vec![(raw_id.0, b"<</Answer 42>>".to_vec())]).unwrap();
        let back = lopdf::Document::load_mem(&bytes).unwrap();
        let raw = back.get_dictionary(raw_id).unwrap();
        assert_eq!(raw.get(b"Answer").unwrap().as_i64().unwrap(), 42);
        assert_eq!(
            back.catalog()
                .unwrap()
                .get(b"Pages")
                .unwrap()
                .as_reference()
                .unwrap(),
            pages
        );
    }
}
