//! The core stays free of the GUI: no file outside `src/ui/` may name egui, eframe or rfd. The core must build and be testable without a display.

use std::fs;
use std::path::{Path, PathBuf};

const GUI_CRATES: [&str; 4] = ["egui", "eframe", "egui_extras", "rfd"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// True when `line` uses `name` as a path root or crate name (`egui::`, `use egui`, `egui_extras`),
/// not merely as part of another word in prose.
fn names_crate(line: &str, name: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let bytes = code.as_bytes();
    let mut start = 0;
    while let Some(pos) = code[start..].find(name) {
        let i = start + pos;
        let end = i + name.len();
        let before_ok = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let after = &code[end..];
        let after_ok =
            after.starts_with("::") || after.starts_with(';') || after.starts_with(" as ");
        if before_ok && after_ok {
            return true;
        }
        start = end;
    }
    false
}

#[test]
fn core_does_not_depend_on_the_gui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let gui_dir = src.join("ui");
    let mut offenders = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&gui_dir)) {
        let text = fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if GUI_CRATES.iter().any(|c| names_crate(line, c)) {
                offenders.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "GUI crates used outside src/ui/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_check_recognises_gui_imports() {
    assert!(names_crate("use egui::Ui;", "egui"));
    assert!(names_crate("    eframe::run_native(", "eframe"));
    assert!(names_crate("use rfd;", "rfd"));
    assert!(!names_crate("/// paints like egui::Painter would", "egui"));
    assert!(!names_crate("let my_egui = 1;", "egui"));
}

#[test]
fn every_core_module_has_a_home() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for module in ["model", "calc", "validate", "io", "edit", "i18n", "cli"] {
        assert!(
            src.join(module).join("mod.rs").is_file(),
            "src/{module}/mod.rs"
        );
    }
}
