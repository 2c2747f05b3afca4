//! What every module of the CLI tests needs: the program run with arguments, its output as text,
//! the fixtures, and a PDF's text as `pdftotext` reads it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the `gevinst` binary Cargo built for these tests.
pub fn gevinst(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gevinst"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file or folder in `fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The bundled example project.
pub fn example() -> PathBuf {
    fixture("example.gevinst.json")
}

/// A path as the `&str` an argument list takes.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// The PDF's text in its layout (`pdftotext -layout`), no-break spaces as spaces.
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by scripts/install-deps.sh)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ")
}

/// The PDF's text with every run of white space made one space.
pub fn text_of(pdf: &Path) -> String {
    pdftotext(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
