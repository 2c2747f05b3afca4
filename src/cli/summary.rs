//! `gevinst summary FILE [--json]`: key figures of a project, computed with [`gevinst_core::calc`].

use gevinst_core::calc;
use gevinst_core::format;
use gevinst_core::i18n::{CliText, Common, Key, Label, Language, fill};
use gevinst_core::model::{Money, Project};
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `summary`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project file.
    pub file: PathBuf,
    /// Print JSON instead of text: amounts exact, in kroner with øre as decimal strings
    /// (`"1250000.50"`, as in the project file); FTEs and hours as decimal strings.
    #[arg(long)]
    pub json: bool,
}

/// A text table: columns padded to their widest cell; `right` marks right-aligned columns.
fn table(headers: &[&str], rows: &[Vec<String>], right: &[bool]) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(cell));
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::from(" ");
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(width(cell)));
            s.push(' ');
            if right.get(i).copied().unwrap_or(false) {
                s.push_str(&pad);
                s.push_str(cell);
            } else {
                s.push_str(cell);
                s.push_str(&pad);
            }
            s.push(' ');
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = line(headers.to_vec());
    for row in rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn fte_text(d: Decimal, lang: Language) -> String {
    format::decimal(d, 1, lang)
}

fn fte_json(d: Decimal) -> String {
    d.round_dp(2).normalize().to_string()
}

fn missing(lang: Language) -> String {
    Common::Missing.text(lang).to_owned()
}

fn heading(out: &mut String, key: CliText, lang: Language) {
    let h = key.text(lang);
    out.push('\n');
    out.push_str(h);
    out.push('\n');
    out.push_str(&"-".repeat(h.chars().count()));
    out.push('\n');
}

fn overflow(key: CliText, lang: Language) -> String {
    fill(
        CliText::CalcOverflow.text(lang),
        &[("what", key.text(lang))],
    ) + "\n"
}

/// Each measure that has a net present value, with it.
type MeasureNpvs<'a> = Vec<(&'a gevinst_core::model::Measure, Money)>;

/// Net present values of all measures that have one, and their total.
fn npvs(p: &Project) -> Result<(MeasureNpvs<'_>, Money), calc::CalcError> {
    let mut rows = Vec::new();
    let mut total = Money::ZERO;
    for m in &p.measures {
        if let Some(r) = calc::measure_npv(p, m.id)? {
            total = total.checked_add(r.npv).ok_or(calc::CalcError::Overflow)?;
            rows.push((m, r.npv));
        }
    }
    Ok((rows, total))
}

/// The summary as text.
pub fn text_summary(p: &Project, lang: Language) -> String {
    let l = |k: CliText| k.text(lang);
    let mut out = fill(
        l(CliText::SummaryTitle),
        &[
            ("agency", &p.agency.name),
            ("year", &p.report.year.to_string()),
        ],
    );
    out.push('\n');
    out.push_str(&fill(
        l(CliText::SummaryPriceYear),
        &[("price_year", &p.report.price_year.to_string())],
    ));
    out.push('\n');

    heading(&mut out, CliText::SummaryMeasures, lang);
    let by_status = calc::measures_by_status(p);
    let mut rows: Vec<Vec<String>> = by_status
        .iter()
        .map(|(s, n)| vec![s.label(lang).to_owned(), format::integer(*n as i64, lang)])
        .collect();
    rows.push(vec![
        l(CliText::Total).to_owned(),
        format::integer(p.measures.len() as i64, lang),
    ]);
    out.push_str(&table(&["", l(CliText::ColCount)], &rows, &[false, true]));

    heading(&mut out, CliText::SummaryGains, lang);
    match calc::gain_totals(p) {
        Ok(t) => {
            let rows: Vec<Vec<String>> = t
                .rows
                .iter()
                .filter(|r| {
                    r.planned_nok != Money::ZERO
                        || r.realised_nok.is_some()
                        || r.planned_hours != Decimal::ZERO
                        || r.realised_hours.is_some()
                })
                .map(|r| {
                    vec![
                        r.year.to_string(),
                        r.kind.label(lang).to_owned(),
                        format::money_plain(r.planned_nok, lang),
                        r.realised_nok
                            .map_or_else(|| missing(lang), |m| format::money_plain(m, lang)),
                        fte_text(r.planned_fte, lang),
                        r.realised_fte
                            .map_or_else(|| missing(lang), |f| fte_text(f, lang)),
                    ]
                })
                .collect();
            if rows.is_empty() {
                out.push_str(l(CliText::NothingToShow));
                out.push('\n');
            } else {
                out.push_str(&table(
                    &[
                        l(CliText::ColYear),
                        l(CliText::ColKind),
                        l(CliText::ColPlannedNok),
                        l(CliText::ColRealisedNok),
                        l(CliText::ColPlannedFte),
                        l(CliText::ColRealisedFte),
                    ],
                    &rows,
                    &[false, false, true, true, true, true],
                ));
            }
        }
        Err(_) => out.push_str(&overflow(CliText::SummaryGains, lang)),
    }

    heading(&mut out, CliText::SummaryByArea, lang);
    match calc::extraction_by_area(p, None) {
        Ok(areas) if areas.is_empty() => {
            out.push_str(l(CliText::NothingToShow));
            out.push('\n');
        }
        Ok(areas) => {
            let rows: Vec<Vec<String>> = areas
                .iter()
                .map(|a| {
                    let name = a
                        .area
                        .and_then(|id| p.priority_area(id))
                        .map_or(l(CliText::NoArea), |pa| pa.name.as_str());
                    vec![
                        name.to_owned(),
                        format::money_plain(a.amount_nok, lang),
                        fte_text(a.fte, lang),
                    ]
                })
                .collect();
            out.push_str(&table(
                &[
                    l(CliText::ColArea),
                    l(CliText::ColAmount),
                    l(CliText::ColFte),
                ],
                &rows,
                &[false, true, true],
            ));
        }
        Err(_) => out.push_str(&overflow(CliText::SummaryByArea, lang)),
    }

    heading(&mut out, CliText::SummaryByForm, lang);
    match calc::extraction_by_form(p, None) {
        Ok(forms) if forms.is_empty() => {
            out.push_str(l(CliText::NothingToShow));
            out.push('\n');
        }
        Ok(forms) => {
            let rows: Vec<Vec<String>> = forms
                .iter()
                .map(|f| {
                    vec![
                        f.form.label(lang).to_owned(),
                        format::integer(f.count as i64, lang),
                        format::money_plain(f.amount_nok, lang),
                        fte_text(f.fte, lang),
                    ]
                })
                .collect();
            out.push_str(&table(
                &[
                    l(CliText::ColForm),
                    l(CliText::ColCount),
                    l(CliText::ColAmount),
                    l(CliText::ColFte),
                ],
                &rows,
                &[false, true, true, true],
            ));
        }
        Err(_) => out.push_str(&overflow(CliText::SummaryByForm, lang)),
    }

    heading(&mut out, CliText::SummaryNpv, lang);
    match npvs(p) {
        Ok((rows, _)) if rows.is_empty() => {
            out.push_str(l(CliText::NothingToShow));
            out.push('\n');
        }
        Ok((rows, total)) => {
            let mut cells: Vec<Vec<String>> = rows
                .iter()
                .map(|(m, npv)| vec![m.title.clone(), format::money(*npv, lang)])
                .collect();
            cells.push(vec![
                l(CliText::Total).to_owned(),
                format::money(total, lang),
            ]);
            out.push_str(&table(
                &[l(CliText::ColMeasure), l(CliText::ColNpv)],
                &cells,
                &[false, true],
            ));
            out.push_str(&fill(
                l(CliText::SummaryComparisonYear),
                &[("year", &calc::comparison_year(p).to_string())],
            ));
            out.push('\n');
        }
        Err(_) => out.push_str(&overflow(CliText::SummaryNpv, lang)),
    }
    out
}

/// The summary as JSON: the same figures, amounts exact as in the project file (kroner with øre
/// as decimal strings, `"1250000.50"`, so scripts can check sums to the øre), FTEs and hours as
/// decimal strings. A section that overflowed is `null` and named in `"overflow"`.
pub fn json_summary(p: &Project) -> Value {
    let kr = |m: Money| json!(m.to_string());
    let mut overflowed: Vec<&str> = Vec::new();
    let by_status: serde_json::Map<String, Value> = calc::measures_by_status(p)
        .iter()
        .map(|(s, n)| {
            let key = serde_json::to_value(s)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            (key, json!(n))
        })
        .collect();
    let gains = match calc::gain_totals(p) {
        Ok(t) => json!(
            t.rows
                .iter()
                .map(|r| json!({
                    "year": r.year,
                    "kind": r.kind,
                    "planned_nok": kr(r.planned_nok),
                    "realised_nok": r.realised_nok.map(kr),
                    "planned_hours": fte_json(r.planned_hours),
                    "realised_hours": r.realised_hours.map(fte_json),
                    "planned_fte": fte_json(r.planned_fte),
                    "realised_fte": r.realised_fte.map(fte_json),
                }))
                .collect::<Vec<_>>()
        ),
        Err(_) => {
            overflowed.push("gains");
            Value::Null
        }
    };
    let by_area = match calc::extraction_by_area(p, None) {
        Ok(areas) => json!(
            areas
                .iter()
                .map(|a| json!({
                    "priority_area_id": a.area,
                    "name": a.area.and_then(|id| p.priority_area(id)).map(|pa| pa.name.as_str()),
                    "amount_nok": kr(a.amount_nok),
                    "fte": fte_json(a.fte),
                }))
                .collect::<Vec<_>>()
        ),
        Err(_) => {
            overflowed.push("extraction_by_area");
            Value::Null
        }
    };
    let by_form = match calc::extraction_by_form(p, None) {
        Ok(forms) => json!(
            forms
                .iter()
                .map(|f| json!({
                    "form": f.form,
                    "count": f.count,
                    "amount_nok": kr(f.amount_nok),
                    "fte": fte_json(f.fte),
                }))
                .collect::<Vec<_>>()
        ),
        Err(_) => {
            overflowed.push("extraction_by_form");
            Value::Null
        }
    };
    let (npv, npv_total) = match npvs(p) {
        Ok((rows, total)) => (
            json!(
                rows.iter()
                    .map(|(m, npv)| json!({ "measure_id": m.id, "title": m.title, "npv_nok": kr(*npv) }))
                    .collect::<Vec<_>>()
            ),
            kr(total),
        ),
        Err(_) => {
            overflowed.push("npv");
            (Value::Null, Value::Null)
        }
    };
    json!({
        "agency": p.agency.name,
        "year": p.report.year,
        "price_year": p.report.price_year,
        "measures_by_status": by_status,
        "measures_total": p.measures.len(),
        "gains": gains,
        "extraction_by_area": by_area,
        "extraction_by_form": by_form,
        "comparison_year": calc::comparison_year(p),
        "npv": npv,
        "npv_total_nok": npv_total,
        "overflow": overflowed,
    })
}

/// Load and print the summary. Exit 2 when the file cannot be read.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let loaded = match gevinst_core::io::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            super::print_err(&e.message(lang));
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    if let Some(notice) = loaded.notice(lang) {
        super::print_err(&notice);
    }
    let text = if args.json {
        format!("{:#}\n", json_summary(&loaded.project))
    } else {
        text_summary(&loaded.project, lang)
    };
    super::print_out(&text);
    ExitCode::SUCCESS
}
