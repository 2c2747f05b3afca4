//! The core's modules depend on each other in one direction (see `src/lib.rs`):
//! model → format → calc → validate → i18n → edit, compare → example, io, year.
//! Cargo keeps the crates apart; inside this crate, this test keeps the modules apart: a
//! module may name (`crate::…`) only modules below it, so no import cycle can come back.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use std::fs;
use std::path::{Path, PathBuf};

/// The modules from the bottom up; each may use only those with a lower rank.
const LAYERS: [(&str, u8); 11] = [
    ("model", 0),
    ("format", 1),
    ("calc", 2),
    ("validate", 3),
    ("i18n", 4),
    ("edit", 5),
    ("example", 6),
    ("compare", 5),
    ("io", 6),
    ("year", 6),
    ("testing", 7),
];

fn rank(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, r)| *r)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The modules a line of code names as `crate::module`, comments left out.
fn named_modules(line: &str) -> Vec<&str> {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("crate::")
        .map(|(i, m)| {
            let rest = &code[i + m.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn modules_only_use_modules_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).expect("inside src");
        let top = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|s| s.trim_end_matches(".rs"))
            .expect("a file name");
        let Some(own) = rank(top) else {
            assert_eq!(top, "lib", "{} is in no layer", relative.display());
            continue;
        };
        let text = fs::read_to_string(file).expect("readable source");
        // Tests may use anything: they are not part of the dependency graph.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            for module in named_modules(line) {
                match rank(module) {
                    Some(r) if module == top || r < own => {}
                    _ => wrong.push(format!(
                        "{}:{}: {top} uses {module}",
                        relative.display(),
                        n + 1
                    )),
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_paths_and_skips_comments() {
    assert_eq!(
        named_modules("use crate::model::{Id, Money}; let x = crate::format::date(d);"),
        vec!["model", "format"]
    );
    assert!(named_modules("// see crate::io").is_empty());
}
