//! Reading a workbook (xlsx, xls, ods with calamine) or a CSV file into plain tables of cells,
//! refusing what cannot be read faithfully: merged cells, password protection, a sheet with
//! more rows than any register has, a file that is no spreadsheet.

use crate::value::Raw;
use calamine::{Data, Reader, Sheets};
use std::io::Cursor;
use std::path::Path;

/// The most rows a sheet may have. A register of measures and gains has hundreds; a sheet
/// with a million rows is a mistake, refused before its rows are read into the project.
pub const MAX_ROWS: usize = 100_000;

/// One sheet (or the CSV file) as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's name (a CSV file's name without extension).
    pub name: String,
    /// The header row as text.
    pub headers: Vec<String>,
    /// The data rows below the header, each as wide as the header.
    pub rows: Vec<Vec<Raw>>,
    /// The spreadsheet row number of the header (1-based); data row `i` is `header_row + 1 + i`.
    pub header_row: usize,
    /// Cells holding a formula: data row index, column index, the formula.
    pub formulas: Vec<(usize, usize, String)>,
}

/// A workbook as read: its tables in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    /// The file name, for messages.
    pub file: String,
    /// The sheets that have a header row.
    pub tables: Vec<Table>,
}

/// Why a file could not be read as a spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not a spreadsheet at all.
    NotSpreadsheet {
        /// The file.
        file: String,
    },
    /// Protected by a password (encrypted).
    Password {
        /// The file.
        file: String,
    },
    /// A sheet with more than [`MAX_ROWS`] rows.
    TooManyRows {
        /// The sheet.
        sheet: String,
        /// Its rows.
        rows: usize,
    },
    /// A sheet with merged cells.
    Merged {
        /// The sheet.
        sheet: String,
        /// The first merged range, `A1:C1`.
        range: String,
    },
    /// No sheet has anything in it.
    Empty {
        /// The file.
        file: String,
    },
    /// The operating system could not read the file.
    Read {
        /// The file.
        file: String,
        /// Why.
        detail: String,
    },
}

impl ReadError {
    /// The message in a language.
    pub fn message(&self, lang: gevinst_core::i18n::Language) -> String {
        use gevinst_core::i18n::{Key, SheetText as T, fill};
        match self {
            ReadError::NotSpreadsheet { file } => {
                fill(T::ErrNotSpreadsheet.text(lang), &[("file", file)])
            }
            ReadError::Password { file } => fill(T::ErrPassword.text(lang), &[("file", file)]),
            ReadError::TooManyRows { sheet, rows } => fill(
                T::ErrTooManyRows.text(lang),
                &[
                    ("sheet", sheet),
                    ("rows", &gevinst_core::format::integer(*rows as i64, lang)),
                    (
                        "limit",
                        &gevinst_core::format::integer(MAX_ROWS as i64, lang),
                    ),
                ],
            ),
            ReadError::Merged { sheet, range } => fill(
                T::ErrMerged.text(lang),
                &[("sheet", sheet), ("range", range)],
            ),
            ReadError::Empty { file } => fill(T::ErrEmpty.text(lang), &[("file", file)]),
            ReadError::Read { file, detail } => {
                fill(T::ErrRead.text(lang), &[("file", file), ("detail", detail)])
            }
        }
    }
}

/// Read a spreadsheet or CSV file. The file is only read, never written.
pub fn read(path: &Path) -> Result<Workbook, ReadError> {
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let bytes = std::fs::read(path).map_err(|e| ReadError::Read {
        file: file.clone(),
        detail: e.to_string(),
    })?;
    read_bytes(&file, &bytes)
}

/// Read a spreadsheet or CSV file from its bytes; `file` is its name (the extension `.csv`
/// says CSV; anything else is tried as a workbook, then as CSV text).
pub fn read_bytes(file: &str, bytes: &[u8]) -> Result<Workbook, ReadError> {
    let is_csv = Path::new(file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"));
    let wb = if is_csv {
        read_csv(file, bytes)?
    } else {
        read_workbook(file, bytes)?
    };
    if wb
        .tables
        .iter()
        .all(|t| t.rows.is_empty() && t.headers.iter().all(String::is_empty))
    {
        return Err(ReadError::Empty {
            file: file.to_owned(),
        });
    }
    Ok(wb)
}

/// The stem of a file name, as a CSV table's name.
fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_owned(), |s| s.to_string_lossy().into_owned())
}

/// CSV as Norwegian Excel writes it: UTF-8 with or without a byte-order mark, or
/// Windows-1252; `;` or `,` (or tab) between cells, sniffed from the first line.
fn read_csv(file: &str, bytes: &[u8]) -> Result<Workbook, ReadError> {
    if bytes.contains(&0) {
        return Err(ReadError::NotSpreadsheet {
            file: file.to_owned(),
        });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(body) {
        Ok(t) => t.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(body)
            .0
            .into_owned(),
    };
    let first = text.lines().next().unwrap_or_default();
    let count = |c: char| first.matches(c).count();
    let delimiter = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| count(char::from(*d)))
        .unwrap_or(b';');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| ReadError::NotSpreadsheet {
            file: file.to_owned(),
        })?;
        if records.len() > MAX_ROWS {
            return Err(ReadError::TooManyRows {
                sheet: stem(file),
                rows: records.len(),
            });
        }
        records.push(record.iter().map(str::to_owned).collect::<Vec<String>>());
    }
    let mut table = Table {
        name: stem(file),
        headers: Vec::new(),
        rows: Vec::new(),
        header_row: 1,
        formulas: Vec::new(),
    };
    let mut iter = records.into_iter();
    if let Some(h) = iter.next() {
        table.headers = h.into_iter().map(|s| s.trim().to_owned()).collect();
    }
    let width = table.headers.len();
    for r in iter {
        let mut row: Vec<Raw> = r
            .into_iter()
            .map(|s| {
                if s.trim().is_empty() {
                    Raw::Empty
                } else {
                    Raw::Text(s)
                }
            })
            .collect();
        row.resize(width.max(row.len()), Raw::Empty);
        table.rows.push(row);
    }
    Ok(Workbook {
        file: file.to_owned(),
        tables: vec![table],
    })
}

/// An encrypted Office file is an OLE compound file, not a zip.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn read_workbook(file: &str, bytes: &[u8]) -> Result<Workbook, ReadError> {
    let not = || ReadError::NotSpreadsheet {
        file: file.to_owned(),
    };
    let password = || ReadError::Password {
        file: file.to_owned(),
    };
    let mut sheets = match calamine::open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(s) => s,
        Err(e) => {
            let is_ole = bytes.starts_with(&OLE_MAGIC);
            let says_password = e.to_string().to_lowercase().contains("password");
            if says_password || (is_ole && !file.to_lowercase().ends_with(".xls")) {
                return Err(password());
            }
            // Text with a spreadsheet's name (a CSV saved as .xlsx by mistake) is read as CSV.
            if std::str::from_utf8(bytes).is_ok() && !bytes.is_empty() {
                return read_csv(file, bytes);
            }
            return Err(not());
        }
    };
    let mut tables = Vec::new();
    for name in sheets.sheet_names() {
        if let Some(range) = merged(&mut sheets, &name) {
            return Err(ReadError::Merged { sheet: name, range });
        }
        let range = match sheets.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) if e.to_string().to_lowercase().contains("password") => return Err(password()),
            Err(_) => return Err(not()),
        };
        if range.height() > MAX_ROWS {
            return Err(ReadError::TooManyRows {
                sheet: name,
                rows: range.height(),
            });
        }
        let Some((start_row, start_col)) = range.start() else {
            continue;
        };
        let mut rows = range.rows();
        let Some(header) = rows.next() else {
            continue;
        };
        let headers: Vec<String> = header.iter().map(|c| crate::value::text(&raw(c))).collect();
        let data: Vec<Vec<Raw>> = rows.map(|r| r.iter().map(raw).collect()).collect();
        let mut formulas = Vec::new();
        if let Ok(f) = sheets.worksheet_formula(&name) {
            for (r, c, text) in f.used_cells() {
                let (Some(abs_r), Some(abs_c)) = (
                    f.start().map(|s| s.0 as usize + r),
                    f.start().map(|s| s.1 as usize + c),
                ) else {
                    continue;
                };
                if text.is_empty() || abs_r <= start_row as usize {
                    continue;
                }
                formulas.push((
                    abs_r - start_row as usize - 1,
                    abs_c.saturating_sub(start_col as usize),
                    text.clone(),
                ));
            }
        }
        tables.push(Table {
            name,
            headers,
            rows: data,
            header_row: start_row as usize + 1,
            formulas,
        });
    }
    Ok(Workbook {
        file: file.to_owned(),
        tables,
    })
}

/// The first merged range of a sheet, as `A1:C1`.
fn merged<RS: std::io::Read + std::io::Seek>(
    sheets: &mut Sheets<RS>,
    name: &str,
) -> Option<String> {
    let dims = match sheets {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).ok()?,
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).ok()?,
        _ => return None,
    };
    let d = dims.first()?;
    let cell = |(r, c): (u32, u32)| {
        format!(
            "{}{}",
            crate::export::column_letters(u16::try_from(c).unwrap_or(u16::MAX)),
            r.saturating_add(1)
        )
    };
    Some(format!("{}:{}", cell(d.start), cell(d.end)))
}

fn raw(d: &Data) -> Raw {
    match d {
        Data::Empty => Raw::Empty,
        Data::Int(n) => Raw::Number(*n as f64),
        Data::Float(f) => Raw::Number(*f),
        Data::String(s) => {
            if s.trim().is_empty() {
                Raw::Empty
            } else {
                Raw::Text(s.clone())
            }
        }
        Data::Bool(b) => Raw::Bool(*b),
        Data::DateTime(x) => x
            .as_datetime()
            .map_or(Raw::Number(x.as_f64()), |d| Raw::Date(d.date())),
        Data::DateTimeIso(s) => gevinst_core::format::parse_date(s.get(..10).unwrap_or(s))
            .map_or_else(|_| Raw::Text(s.clone()), Raw::Date),
        Data::DurationIso(s) => Raw::Text(s.clone()),
        Data::Error(e) => Raw::Error(format!("{e}")),
    }
}
