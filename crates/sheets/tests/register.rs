//! Registers written by hand: columns in another order, nynorsk headers, an extra column, one
//! bad cell (refused with the cell named, nothing changed), fixed (imported); a CSV in
//! Windows-1252 with `;`; and input that must be refused whole.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use gevinst_core::i18n::Language;
use gevinst_core::model::{GainKind, MeasureStatus, Money, Project};
use gevinst_sheets::{ReadError, apply, guess, read_bytes};
use rust_xlsxwriter::{Format, Workbook};

/// A nynorsk gain register in its own column order, with a comment column.
fn register(realised: &str) -> Vec<u8> {
    let p = gevinst_core::example::project();
    let title = &p.measures[0].title;
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Gevinstar").unwrap();
    let headers = [
        "Namn",
        "Realisert (kr)",
        "år",
        "Kommentar",
        "TILTAK",
        "Planlagt  (kr)",
        "Type",
        "Planlagde timar",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let rows: [[&str; 8]; 3] = [
        [
            "Kortare sakshandsaming",
            "1 250 000,50",
            "2025",
            "frå 2024-planen",
            title,
            "kr 1 500 000",
            "Kontantgevinst",
            "",
        ],
        [
            "Kortare sakshandsaming",
            realised,
            "2026",
            "",
            title,
            "1 500 000",
            "Kontantgevinst",
            "",
        ],
        [
            "Mindre papir",
            "",
            "2026",
            "",
            title,
            "",
            "Tidsgevinst",
            "1 695",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn a_hand_written_register_is_refused_with_the_cell_named_then_imports_when_fixed() {
    let p = gevinst_core::example::project();
    let wb = read_bytes("register.xlsx", &register("tolv")).unwrap();
    let maps = guess(&wb);
    assert_eq!(maps[0].unknown(&wb.tables[0]), vec!["Kommentar"]);
    let errors = apply(&p, &wb, &maps).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.message(Language::Nb)).collect();
    assert_eq!(
        messages,
        vec!["Ark «Gevinstar», rad 3, kolonne «Realisert (kr)»: «tolv» er ikke et beløp"]
    );
    assert_eq!(
        errors[0].message(Language::Nn),
        "Ark «Gevinstar», rad 3, kolonne «Realisert (kr)»: «tolv» er ikkje eit beløp"
    );
    assert_eq!(
        errors[0].message(Language::En),
        "Sheet «Gevinstar», row 3, column «Realisert (kr)»: «tolv» is not an amount"
    );
    assert_eq!((errors[0].table, errors[0].data_row), (0, 1));

    let wb = read_bytes("register.xlsx", &register("1 100 000")).unwrap();
    let outcome = apply(&p, &wb, &guess(&wb)).unwrap();
    assert_eq!((outcome.new, outcome.updated), (2, 0));
    let q = outcome.project;
    assert_eq!(q.gains.len(), p.gains.len() + 2);
    let g = q
        .gains
        .iter()
        .find(|g| g.name == "Kortare sakshandsaming")
        .unwrap();
    assert_eq!(g.measure_id, Some(p.measures[0].id));
    assert_eq!(g.kind, GainKind::Cash);
    let years: Vec<_> = g
        .years
        .iter()
        .map(|y| (y.year, y.planned_nok, y.realised_nok))
        .collect();
    assert_eq!(
        years,
        vec![
            (
                2025,
                Some(Money::from_ore(150_000_000)),
                Some(Money::from_ore(125_000_050))
            ),
            (
                2026,
                Some(Money::from_ore(150_000_000)),
                Some(Money::from_ore(110_000_000))
            ),
        ]
    );
    let t = q.gains.iter().find(|g| g.name == "Mindre papir").unwrap();
    assert_eq!(t.kind, GainKind::Time);
    assert_eq!(t.years[0].planned_hours.unwrap().get(), 1695.into());
}

#[test]
fn a_windows_1252_csv_with_semicolons_imports_measures() {
    let text = "Tittel;Status;Investering (kr);Startdato;Digitalisering\r\n\
                Ny søknadsløsning;Pågår;1 250 000,50;30.06.2026;Ja\r\n\
                Økonomisystem;planlagt;kr 300 000;2026-01-01;nei\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(std::str::from_utf8(&bytes).is_err(), "really Windows-1252");
    let wb = read_bytes("tiltak.csv", &bytes).unwrap();
    let outcome = apply(&Project::new(), &wb, &guess(&wb)).unwrap();
    let m = &outcome.project.measures;
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].title, "Ny søknadsløsning");
    assert_eq!(m[0].status, MeasureStatus::InProgress);
    assert_eq!(m[0].investment, Some(Money::from_ore(125_000_050)));
    assert_eq!(
        m[0].start_date,
        chrono::NaiveDate::from_ymd_opt(2026, 6, 30)
    );
    assert!(m[0].digitalisation && !m[1].digitalisation);
    assert_eq!(m[1].investment, Some(Money::from_ore(30_000_000)));

    // The same with a UTF-8 byte-order mark and commas.
    let utf8 = format!(
        "\u{feff}{}",
        text.replace(';', ",")
            .replace("1 250 000,50", "\"1 250 000,50\"")
    );
    let wb = read_bytes("tiltak.csv", utf8.as_bytes()).unwrap();
    let again = apply(&Project::new(), &wb, &guess(&wb)).unwrap();
    assert_eq!(again.project.measures[0].title, "Ny søknadsløsning");
    assert_eq!(
        again.project.measures[0].investment,
        Some(Money::from_ore(125_000_050))
    );
}

#[test]
fn every_wrong_cell_is_listed_and_an_unknown_measure_is_named() {
    let text = "Namn;Tiltak;År;Planlagt (kr);Type\nA;Finst ikkje;2026;12;Kontantgevinst\nB;;tjue;ti;Ukjent\n";
    let wb = read_bytes("g.csv", text.as_bytes()).unwrap();
    let errors = apply(&gevinst_core::example::project(), &wb, &guess(&wb)).unwrap_err();
    let messages: Vec<String> = errors.iter().map(|e| e.message(Language::Nn)).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(
        messages[0].contains("rad 2, kolonne «Tiltak»: finn ikkje tiltaket «Finst ikkje»"),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("rad 3, kolonne «År»: «tjue» er ikkje eit årstal"))
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("kolonne «Type»: «Ukjent» er ikkje eitt av vala «Kontantgevinst»")),
        "{messages:#?}"
    );
}

#[test]
fn bad_workbooks_are_refused_whole() {
    // Merged cells.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Tiltak").unwrap();
    ws.merge_range(0, 0, 0, 1, "Tittel", &Format::new())
        .unwrap();
    let e = read_bytes("m.xlsx", &wb.save_to_buffer().unwrap()).unwrap_err();
    assert_eq!(
        e,
        ReadError::Merged {
            sheet: "Tiltak".into(),
            range: "A1:B1".into()
        }
    );
    assert!(
        e.message(Language::Nb)
            .contains("sammenslåtte celler (A1:B1)")
    );

    // A formula in a column that is read.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Tiltak").unwrap();
    ws.write_string(0, 0, "Tittel").unwrap();
    ws.write_string(0, 1, "Investering (kr)").unwrap();
    ws.write_string(1, 0, "A").unwrap();
    ws.write_formula(1, 1, "=1+2").unwrap();
    let read = read_bytes("f.xlsx", &wb.save_to_buffer().unwrap()).unwrap();
    let errors = apply(&Project::new(), &read, &guess(&read)).unwrap_err();
    assert_eq!(
        errors[0].message(Language::Nb),
        "Ark «Tiltak», rad 2, kolonne «Investering (kr)»: cellen inneholder formelen «=1+2»; lim inn verdier i stedet"
    );

    // An empty workbook.
    let mut wb = Workbook::new();
    wb.add_worksheet();
    let e = read_bytes("tom.xlsx", &wb.save_to_buffer().unwrap()).unwrap_err();
    assert!(matches!(e, ReadError::Empty { .. }), "{e:?}");

    // 1 048 576 rows: refused before they are read into a project.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Tittel").unwrap();
    ws.write_string(1_048_575, 0, "siste").unwrap();
    let started = std::time::Instant::now();
    let e = read_bytes("stor.xlsx", &wb.save_to_buffer().unwrap()).unwrap_err();
    assert!(
        matches!(
            e,
            ReadError::TooManyRows {
                rows: 1_048_576,
                ..
            }
        ),
        "{e:?}"
    );
    let rows = gevinst_core::format::integer(1_048_576, Language::Nb);
    assert!(
        e.message(Language::Nb).contains(&format!("{rows} rader")),
        "{}",
        e.message(Language::Nb)
    );
    assert!(started.elapsed().as_secs() < 30);

    // Password protected: an encrypted Office file is an OLE container, not a zip.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(4096, 0);
    let e = read_bytes("hemmelig.xlsx", &ole).unwrap_err();
    assert!(matches!(e, ReadError::Password { .. }), "{e:?}");

    // Not a spreadsheet at all.
    let e = read_bytes("bilde.xlsx", &[0x89, b'P', b'N', b'G', 0, 0, 0xff, 0xfe]).unwrap_err();
    assert!(matches!(e, ReadError::NotSpreadsheet { .. }), "{e:?}");
}
