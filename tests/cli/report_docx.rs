//! `gevinst report … -o x.docx`: the format follows the extension, `--format` overrides it,
//! `--lang` chooses the language, and the messages say what was written.

use super::support::*;

#[test]
fn the_extension_chooses_word_and_format_overrides_it() {
    let dir = tempfile::tempdir().unwrap();
    let example = example();
    let example = example.to_str().unwrap();

    let docx = dir.path().join("kapittel.docx");
    let out = gevinst(&[
        "report",
        example,
        "-o",
        docx.to_str().unwrap(),
        "--lang",
        "nn",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.starts_with("Skreiv "), "{said}");
    assert!(said.contains("(Word, nynorsk)"), "{said}");
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK"));

    let other = dir.path().join("kapittel.bin");
    let out = gevinst(&[
        "report",
        example,
        "-o",
        other.to_str().unwrap(),
        "--format",
        "docx",
    ]);
    assert!(out.status.success());
    assert!(std::fs::read(&other).unwrap().starts_with(b"PK"));

    let pdf = dir.path().join("kapittel.docx.pdf");
    let out = gevinst(&["report", example, "-o", pdf.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));

    let forced = dir.path().join("x.docx");
    let out = gevinst(&[
        "report",
        example,
        "-o",
        forced.to_str().unwrap(),
        "--format",
        "pdf",
    ]);
    assert!(out.status.success());
    assert!(std::fs::read(&forced).unwrap().starts_with(b"%PDF-"));

    let out = gevinst(&["report", example, "-o", "x.odt", "--format", "odt"]);
    assert!(!out.status.success());
}

#[test]
fn a_folder_that_does_not_exist_is_a_file_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mangler").join("kapittel.docx");
    let out = gevinst(&[
        "report",
        example().to_str().unwrap(),
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kapittel.docx"), "{err}");
    assert!(!path.exists());
}
