//! The workbook: a sheet per list and a summary sheet with the report's tables, whose sums are
//! formulas over the list sheets with Gevinst's own figures as their cached results.

use crate::columns::{Col, ListSheet};
use crate::rows::rows;
use crate::value::{Out, f64_from_decimal, f64_from_money};
use gevinst_core::calc::{self, CalcError};
use gevinst_core::i18n::{Key, Label, Language, SheetText, fill};
use gevinst_core::model::{ExtractionForm, Money, Project};
use rust_decimal::Decimal;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet, XlsxError};
use std::path::Path;

/// Why the workbook could not be made.
#[derive(Debug)]
pub enum ExportError {
    /// A sum overflowed.
    Calc(CalcError),
    /// The xlsx writer failed (an I/O error, a sheet too large).
    Xlsx(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Calc(e) => write!(f, "{e}"),
            ExportError::Xlsx(e) => write!(f, "{e}"),
        }
    }
}

impl From<XlsxError> for ExportError {
    fn from(e: XlsxError) -> Self {
        ExportError::Xlsx(e.to_string())
    }
}

impl From<CalcError> for ExportError {
    fn from(e: CalcError) -> Self {
        ExportError::Calc(e)
    }
}

/// The cell formats of the workbook.
struct Formats {
    header: Format,
    money: Format,
    money_whole: Format,
    date: Format,
    percent: Format,
    decimal: Format,
    bold: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            // Excel's format codes use `,` for grouping and `.` for decimals whatever the
            // locale; a Norwegian Excel shows them as space and comma: 1 250 000,50 kr.
            money: Format::new().set_num_format("#,##0.00 \"kr\""),
            money_whole: Format::new().set_num_format("#,##0 \"kr\""),
            date: Format::new().set_num_format("dd.mm.yyyy"),
            percent: Format::new().set_num_format("0.0##%"),
            decimal: Format::new().set_num_format("#,##0.0###"),
            bold: Format::new().set_bold(),
        }
    }
}

/// The spreadsheet name of a column (0 → A, 26 → AA).
pub fn column_letters(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Out,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Out::Empty => {}
        Out::Text(t) => {
            ws.write_string(row, col, t)?;
        }
        Out::Money(m) => {
            ws.write_number_with_format(row, col, f64_from_money(*m), &f.money)?;
        }
        Out::Date(d) => {
            use chrono::Datelike;
            let excel = u16::try_from(d.year())
                .ok()
                .and_then(|y| ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8).ok());
            match excel {
                Some(x) => {
                    ws.write_date_with_format(row, col, &x, &f.date)?;
                }
                None => {
                    ws.write_string(row, col, gevinst_core::format::date_input(*d))?;
                }
            }
        }
        Out::Int(n) => {
            ws.write_number(row, col, *n as f64)?;
        }
        Out::Decimal(d) => {
            ws.write_number_with_format(row, col, f64_from_decimal(*d), &f.decimal)?;
        }
        Out::Percent(p) => {
            let fraction = p.checked_div(Decimal::ONE_HUNDRED).unwrap_or_default();
            ws.write_number_with_format(row, col, f64_from_decimal(fraction), &f.percent)?;
        }
    }
    Ok(())
}

/// Where each list sheet is, for the summary's formulas: its name and the last data row.
struct ListRef {
    name: String,
    last_row: u32,
}

impl ListRef {
    /// An absolute range over a column's data rows, `'Gevinster'!$R$2:$R$40`.
    fn range(&self, sheet: ListSheet, col: Col) -> String {
        let i = sheet.columns().iter().position(|c| *c == col).unwrap_or(0);
        let letters = column_letters(u16::try_from(i).unwrap_or(0));
        format!(
            "'{}'!${letters}$2:${letters}${}",
            self.name.replace('\'', "''"),
            self.last_row.max(2)
        )
    }
}

/// Make the workbook in memory.
pub fn workbook(project: &Project, lang: Language) -> Result<Workbook, ExportError> {
    let f = Formats::new();
    let mut wb = Workbook::new();
    let mut refs = std::collections::HashMap::new();
    // The summary first, so it is what opens; its formulas name the list sheets after it.
    wb.add_worksheet()
        .set_name(SheetText::SheetSummary.text(lang))?;
    for sheet in ListSheet::ALL {
        let cols = sheet.columns();
        let data = rows(project, sheet, lang);
        let ws = wb.add_worksheet();
        ws.set_name(sheet.name(lang))?;
        for (c, col) in cols.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, col.header(lang), &f.header)?;
        }
        let mut r: u32 = 0;
        for row in &data {
            r = r.saturating_add(1);
            for (c, cell) in row.iter().enumerate() {
                write_cell(ws, r, c as u16, cell, &f)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, r, cols.len().saturating_sub(1) as u16)?;
        ws.set_autofit_max_width(400).autofit();
        refs.insert(
            sheet,
            ListRef {
                name: sheet.name(lang).to_owned(),
                last_row: r.saturating_add(1),
            },
        );
    }
    let ws = wb.worksheet_from_index(0)?;
    summary(ws, project, lang, &refs, &f)?;
    Ok(wb)
}

/// An amount as a formula's cached result, in kroner: `1250000.5`.
fn result(m: Money) -> String {
    m.to_decimal().normalize().to_string()
}

fn heading(ws: &mut Worksheet, row: u32, text: &str, f: &Formats) -> Result<(), XlsxError> {
    ws.write_string_with_format(row, 0, text, &f.bold)?;
    Ok(())
}

fn headers(
    ws: &mut Worksheet,
    row: u32,
    keys: &[SheetText],
    lang: Language,
    f: &Formats,
) -> Result<(), XlsxError> {
    for (c, k) in keys.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, k.text(lang), &f.header)?;
    }
    Ok(())
}

fn fte_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    d: Option<Decimal>,
    f: &Formats,
) -> Result<(), XlsxError> {
    if let Some(d) = d {
        ws.write_number_with_format(row, col, f64_from_decimal(d.round_dp(2)), &f.decimal)?;
    }
    Ok(())
}

/// The summary sheet: the report's tables with sums as formulas over the list sheets.
fn summary(
    ws: &mut Worksheet,
    p: &Project,
    lang: Language,
    refs: &std::collections::HashMap<ListSheet, ListRef>,
    f: &Formats,
) -> Result<(), ExportError> {
    use SheetText as T;
    let (Some(gains), Some(ext)) = (
        refs.get(&ListSheet::Gains),
        refs.get(&ListSheet::Extractions),
    ) else {
        return Ok(());
    };
    let g = |c: Col| gains.range(ListSheet::Gains, c);
    let e = |c: Col| ext.range(ListSheet::Extractions, c);
    let mut row: u32 = 0;

    // Gains per year and kind, in the report's price year.
    let year = p.report.price_year.to_string();
    heading(
        ws,
        row,
        &fill(T::SumGains.text(lang), &[("year", &year)]),
        f,
    )?;
    row += 1;
    headers(
        ws,
        row,
        &[
            T::ColYear,
            T::ColKind,
            T::ColPlannedNok,
            T::ColRealisedNok,
            T::ColPlannedFte,
            T::ColRealisedFte,
        ],
        lang,
        f,
    )?;
    row += 1;
    // A table whose sums overflow is left out (as `summary --json` marks it), not the workbook.
    for t in calc::gain_totals(p).map(|t| t.rows).unwrap_or_default() {
        let n = row + 1;
        ws.write_number(row, 0, f64::from(t.year))?;
        ws.write_string(row, 1, t.kind.label(lang))?;
        let sum = |col: Col| {
            format!(
                "=SUMIFS({},{},$A{n},{},$B{n})",
                g(col),
                g(Col::GainYear),
                g(Col::GainKind)
            )
        };
        ws.write_formula_with_format(
            row,
            2,
            Formula::new(sum(Col::GainPlannedReport)).set_result(result(t.planned_nok)),
            &f.money_whole,
        )?;
        if let Some(r) = t.realised_nok {
            ws.write_formula_with_format(
                row,
                3,
                Formula::new(sum(Col::GainRealisedReport)).set_result(result(r)),
                &f.money_whole,
            )?;
        }
        fte_cell(ws, row, 4, Some(t.planned_fte), f)?;
        fte_cell(ws, row, 5, t.realised_fte, f)?;
        row += 1;
    }
    row += 1;

    // Extraction per form.
    heading(ws, row, T::SumByForm.text(lang), f)?;
    row += 1;
    headers(
        ws,
        row,
        &[T::ColForm, T::ColCount, T::ColAmount, T::ColFte],
        lang,
        f,
    )?;
    row += 1;
    for t in calc::extraction_by_form(p, None).unwrap_or_default() {
        let n = row + 1;
        ws.write_string(row, 0, t.form.label(lang))?;
        ws.write_formula(
            row,
            1,
            Formula::new(format!("=COUNTIFS({},$A{n})", e(Col::ExtractionForm)))
                .set_result(t.count.to_string()),
        )?;
        ws.write_formula_with_format(
            row,
            2,
            Formula::new(format!(
                "=SUMIFS({},{},$A{n})",
                e(Col::ExtractionAmountReport),
                e(Col::ExtractionForm)
            ))
            .set_result(result(t.amount_nok)),
            &f.money_whole,
        )?;
        fte_cell(ws, row, 3, Some(t.fte), f)?;
        row += 1;
    }
    row += 1;

    // Reallocations per priority area.
    heading(ws, row, T::SumByArea.text(lang), f)?;
    row += 1;
    headers(
        ws,
        row,
        &[T::ColArea, T::ColAmount, T::ColFte, T::ColAreaId],
        lang,
        f,
    )?;
    row += 1;
    let realloc = ExtractionForm::Reallocation
        .label(lang)
        .replace('"', "\"\"");
    for t in calc::extraction_by_area(p, None).unwrap_or_default() {
        let n = row + 1;
        match t.area {
            Some(id) => {
                let name = p
                    .priority_area(id)
                    .map(|a| a.name.as_str())
                    .unwrap_or_default();
                ws.write_string(row, 0, name)?;
                ws.write_string(row, 3, id.to_string())?;
                ws.write_formula_with_format(
                    row,
                    1,
                    Formula::new(format!(
                        "=SUMIFS({},{},$D{n},{},\"{realloc}\")",
                        e(Col::ExtractionAmountReport),
                        e(Col::ExtractionAreaId),
                        e(Col::ExtractionForm)
                    ))
                    .set_result(result(t.amount_nok)),
                    &f.money_whole,
                )?;
            }
            None => {
                ws.write_string(row, 0, T::NoArea.text(lang))?;
                ws.write_number_with_format(row, 1, f64_from_money(t.amount_nok), &f.money_whole)?;
            }
        }
        fte_cell(ws, row, 2, Some(t.fte), f)?;
        row += 1;
    }
    row += 1;

    // Net present value per measure, with the total as a sum.
    let cy = calc::comparison_year(p).to_string();
    heading(ws, row, &fill(T::SumNpv.text(lang), &[("year", &cy)]), f)?;
    row += 1;
    headers(
        ws,
        row,
        &[T::ColMeasure, T::ColNpv, T::ColMeasureId],
        lang,
        f,
    )?;
    row += 1;
    let first = row + 1;
    let mut total = Some(Money::ZERO);
    let npvs: Result<Vec<_>, CalcError> = p
        .measures
        .iter()
        .map(|m| Ok((m, calc::measure_npv(p, m.id)?)))
        .collect();
    for (m, r) in npvs.unwrap_or_default() {
        if let Some(r) = r {
            total = total.and_then(|t| t.checked_add(r.npv));
            ws.write_string(row, 0, &m.title)?;
            ws.write_number_with_format(row, 1, f64_from_money(r.npv), &f.money_whole)?;
            ws.write_string(row, 2, m.id.to_string())?;
            row += 1;
        }
    }
    if let Some(total) = total.filter(|_| row + 1 > first) {
        ws.write_string_with_format(row, 0, T::Total.text(lang), &f.bold)?;
        ws.write_formula_with_format(
            row,
            1,
            Formula::new(format!("=SUM(B{first}:B{row})")).set_result(result(total)),
            &f.money_whole,
        )?;
    }
    ws.set_autofit_max_width(500).autofit();
    Ok(())
}

/// Write the workbook to a file.
pub fn export(project: &Project, lang: Language, path: &Path) -> Result<(), ExportError> {
    workbook(project, lang)?.save(path)?;
    Ok(())
}

/// The workbook as bytes.
pub fn export_to_bytes(project: &Project, lang: Language) -> Result<Vec<u8>, ExportError> {
    Ok(workbook(project, lang)?.save_to_buffer()?)
}
