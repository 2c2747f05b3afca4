//! The layering that Cargo keeps: the core and the report have no GUI in their dependency
//! trees, the command-line build compiles no wgpu, and the workspace has its four members.
//! These ask Cargo itself (`cargo metadata`, `cargo tree`), not the source text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

/// Crates that only a window needs.
const GUI: [&str; 7] = [
    "egui",
    "eframe",
    "egui_extras",
    "egui-wgpu",
    "wgpu",
    "winit",
    "rfd",
];

fn cargo(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("cargo prints UTF-8")
}

fn metadata() -> Value {
    serde_json::from_str(&cargo(&["metadata", "--format-version", "1"])).expect("metadata is JSON")
}

/// The names of every package `root` depends on at run time (normal dependencies, transitively),
/// as Cargo resolved the workspace.
fn runtime_closure(meta: &Value, root: &str) -> BTreeSet<String> {
    let packages = meta["packages"].as_array().expect("packages");
    let name_of: HashMap<&str, &str> = packages
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p["name"].as_str()?)))
        .collect();
    let nodes: HashMap<&str, &Value> = meta["resolve"]["nodes"]
        .as_array()
        .expect("resolve")
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let start = packages
        .iter()
        .find(|p| p["name"] == root)
        .and_then(|p| p["id"].as_str())
        .expect("the package is in the workspace");
    let mut seen = BTreeSet::new();
    let mut todo = vec![start];
    while let Some(id) = todo.pop() {
        for dep in nodes[id]["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            let dep_id = dep["pkg"].as_str().expect("pkg");
            if normal && seen.insert(name_of[dep_id].to_owned()) {
                todo.push(dep_id);
            }
        }
    }
    seen
}

#[test]
fn the_workspace_has_core_report_app_and_the_program() {
    let meta = metadata();
    let members: BTreeSet<String> = meta["workspace_members"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(|id| {
            meta["packages"]
                .as_array()?
                .iter()
                .find(|p| p["id"] == *id)
                .and_then(|p| p["name"].as_str())
                .map(str::to_owned)
        })
        .collect();
    for name in [
        "gevinst",
        "gevinst-core",
        "gevinst-report",
        "gevinst-sheets",
        "gevinst-app",
    ] {
        assert!(members.contains(name), "{name} is missing from {members:?}");
    }
}

#[test]
fn core_and_report_have_no_gui_in_their_dependency_tree() {
    let meta = metadata();
    for root in ["gevinst-core", "gevinst-report", "gevinst-sheets"] {
        let deps = runtime_closure(&meta, root);
        let gui: Vec<&str> = GUI.into_iter().filter(|g| deps.contains(*g)).collect();
        assert!(gui.is_empty(), "{root} depends on {gui:?}");
    }
}

#[test]
fn dependencies_point_one_way() {
    let meta = metadata();
    let core = runtime_closure(&meta, "gevinst-core");
    let report = runtime_closure(&meta, "gevinst-report");
    let app = runtime_closure(&meta, "gevinst-app");
    assert!(!core.iter().any(|d| d.starts_with("gevinst")), "{core:?}");
    assert!(report.contains("gevinst-core"));
    assert!(!report.contains("gevinst-app"));
    assert!(app.contains("gevinst-core") && app.contains("gevinst-report"));
    // The spreadsheets use the core alone: no report, no app.
    let sheets = runtime_closure(&meta, "gevinst-sheets");
    assert!(sheets.contains("gevinst-core"));
    assert!(!sheets.contains("gevinst-report") && !sheets.contains("gevinst-app"));
    // The app draws the preview from the report's display list; the PDF writer is the
    // report's, so the app needs no PDF library of its own, but it is no layering error.
    assert!(runtime_closure(&meta, "gevinst").contains("gevinst-app"));
}

#[test]
fn the_command_line_build_compiles_no_gui() {
    let tree = cargo(&[
        "tree",
        "-p",
        "gevinst",
        "--no-default-features",
        "-e",
        "normal",
        "--prefix",
        "none",
        "--format",
        "{p}",
    ]);
    let names: BTreeSet<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(names.contains("gevinst-core") && names.contains("gevinst-report"));
    let gui: Vec<&str> = GUI.into_iter().filter(|g| names.contains(*g)).collect();
    assert!(gui.is_empty(), "the CLI-only build compiles {gui:?}");
}
