//! The tables' XML written on a second thread while the main one builds and writes the rest.
//!
//! Writing the large project's tables is most of the export. The body sends each finished
//! table, numbered, to a queue and puts an empty placeholder paragraph of the style
//! [`SLOT_STYLE`] where it stands; workers (one per core but this one's, at least one) write
//! the tables' XML (with the `tblHeader` marks, see [`super::mark_header_rows`]) as they come,
//! and the main thread helps once the rest of the document is written; [`splice`] puts each in its placeholder's place in
//! `document.xml`. The result is the XML docx-rs would have written with the tables inline.

use crate::ReportError;
use docx_rs::{BuildXML, Paragraph, ParagraphProperty, Table};
use std::sync::Mutex;
use std::sync::mpsc::Receiver;

/// The paragraph style of the placeholders (never in styles.xml: no placeholder stays).
const SLOT_STYLE: &str = "GevinstTableSlot";
/// How a placeholder's style appears in the XML (text can never contain `<`: it is escaped).
const SLOT_MARK: &str = r#"<w:pStyle w:val="GevinstTableSlot" />"#;
/// How every placeholder, and so every paragraph, starts.
const PARA_OPEN: &str = "<w:p w14:paraId=";
const PARA_CLOSE: &str = "</w:p>";

/// The placeholder of a table. It takes no paragraph id (`Paragraph::new` would), so the
/// other paragraphs keep the ids they had with the tables inline.
pub(super) fn placeholder() -> Paragraph {
    Paragraph {
        id: String::new(),
        children: Vec::new(),
        property: ParagraphProperty::new().style(SLOT_STYLE),
        has_numbering: false,
    }
}

/// The tables waiting to be written, with their numbers; shared by the threads that write them.
pub(super) type Queue = Mutex<Receiver<(usize, Table)>>;

/// Take tables from the queue until it is empty and closed; the XML of each taken, with its
/// number, header rows marked `tblHeader`.
pub(super) fn write_tables(queue: &Queue) -> Result<Vec<(usize, String)>, ReportError> {
    let mut done = Vec::new();
    loop {
        let next = match queue.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return Err(ReportError::Docx),
        };
        let Ok((n, table)) = next else {
            return Ok(done);
        };
        let xml = String::from_utf8(table.build()).map_err(|_| ReportError::Docx)?;
        done.push((n, super::mark_header_rows(&xml)));
    }
}

/// The tables' XML written by the threads, in the order of their numbers.
pub(super) fn in_order(done: Vec<Vec<(usize, String)>>) -> Vec<String> {
    let mut all: Vec<(usize, String)> = done.into_iter().flatten().collect();
    all.sort_unstable_by_key(|(n, _)| *n);
    all.into_iter().map(|(_, xml)| xml).collect()
}

/// `document.xml` with each placeholder replaced by its table's XML, in order.
pub(super) fn splice(document: &str, tables: &[String]) -> Result<String, ReportError> {
    let size = tables
        .iter()
        .map(String::len)
        .fold(document.len(), usize::saturating_add);
    let mut out = String::with_capacity(size);
    let mut rest = document;
    for table in tables {
        let mark = rest.find(SLOT_MARK).ok_or(ReportError::Docx)?;
        let (head, tail) = rest.split_at(mark);
        let start = head.rfind(PARA_OPEN).ok_or(ReportError::Docx)?;
        let end = tail.find(PARA_CLOSE).ok_or(ReportError::Docx)?;
        out.push_str(head.get(..start).ok_or(ReportError::Docx)?);
        out.push_str(table);
        rest = tail
            .get(end.saturating_add(PARA_CLOSE.len())..)
            .ok_or(ReportError::Docx)?;
    }
    if rest.contains(SLOT_MARK) {
        return Err(ReportError::Docx);
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_their_tables_in_order() {
        let slot = String::from_utf8(placeholder().build()).unwrap_or_default();
        assert!(slot.starts_with(PARA_OPEN) && slot.contains(SLOT_MARK));
        let doc = format!("<w:body><w:p w14:paraId=\"1\">a</w:p>{slot}b{slot}</w:body>");
        let tables = ["<w:tbl>1</w:tbl>".to_owned(), "<w:tbl>2</w:tbl>".to_owned()];
        assert_eq!(
            splice(&doc, &tables).ok().as_deref(),
            Some("<w:body><w:p w14:paraId=\"1\">a</w:p><w:tbl>1</w:tbl>b<w:tbl>2</w:tbl></w:body>")
        );
        assert!(splice(&doc, &tables[..1]).is_err());
        assert!(
            splice(
                &doc,
                &[tables[0].clone(), tables[1].clone(), tables[0].clone()]
            )
            .is_err()
        );
    }

    #[test]
    fn tables_written_by_two_threads_come_back_in_order() {
        let (sender, receiver) = std::sync::mpsc::channel();
        for n in 0..6usize {
            let width = n.saturating_add(1).saturating_mul(100);
            assert!(
                sender
                    .send((n, Table::new(vec![]).set_grid(vec![width])))
                    .is_ok()
            );
        }
        drop(sender);
        let queue: Queue = Mutex::new(receiver);
        let (a, b) = std::thread::scope(|scope| {
            let other = scope.spawn(|| write_tables(&queue));
            let mine = write_tables(&queue);
            (mine, other.join().ok())
        });
        let (Ok(a), Some(Ok(b))) = (a, b) else {
            panic!("a thread failed");
        };
        let xml = in_order(vec![a, b]);
        assert_eq!(xml.len(), 6);
        for (n, t) in xml.iter().enumerate() {
            let width = n.saturating_add(1).saturating_mul(100);
            assert!(t.contains(&format!("w:w=\"{width}\"")), "{t}");
        }
    }
}
