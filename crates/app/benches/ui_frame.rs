//! CPU time of the desktop app's frames, headless (no window, no GPU): an egui pass of the
//! whole window plus tessellation, which is the CPU work of every repaint.
//!
//! - `measures_frame`: a steady frame on the Measures step of the large project
//!   (`example::large()`: 2 000 measures, 300 services, 4 000 gains);
//!   goal ≤ 4 ms.
//! - `first_frame_*`: creating the app (fonts, opening the file, validation) and its first frame;
//!   goal ≤ 300 ms.
//!
//! Run with `cargo bench --bench ui_frame`; results in docs/benchmarks.md ("App").

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::NaiveDate;
use gevinst_app::dialogs::FakeDialogs;
use gevinst_app::{AppOptions, GevinstApp, Step};
use gevinst_core::model::Project;
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

/// The large generated project: 2 000 measures, 300 services, 4 000 gains.
fn large_project() -> Project {
    gevinst_core::example::large()
}

fn write_project(project: &Project, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let text = serde_json::to_string_pretty(project).expect("serialisable");
    std::fs::write(&path, text).expect("temp dir is writable");
    path
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 820.0),
        )),
        ..Default::default()
    }
}

fn options(file: Option<PathBuf>, step: Step) -> AppOptions {
    let mut o = AppOptions::for_tests(
        Box::new(FakeDialogs::new()),
        NaiveDate::from_ymd_opt(2026, 3, 1).expect("valid date"),
    );
    o.file = file;
    o.start_step = step;
    o
}

/// One frame: the egui pass and tessellation. There is no GPU to upload the font atlas to, so
/// the texture changes are dropped.
fn frame(ctx: &egui::Context, app: &mut GevinstApp) -> usize {
    let mut out = ctx.run_ui(input(), |ui| app.show(ui));
    out.textures_delta.clear();
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

#[divan::bench(sample_count = 200)]
fn measures_frame(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_project(&large_project(), dir.path(), "stor.gevinst.json");
    let ctx = egui::Context::default();
    let mut app = GevinstApp::with_context(&ctx, None, options(Some(path), Step::Measures));
    assert_eq!(
        app.document().map(|d| d.project.measures.len()),
        Some(2_000),
        "the large project opened"
    );
    for _ in 0..5 {
        frame(&ctx, &mut app);
    }
    bencher.bench_local(|| frame(&ctx, &mut app));
}

#[divan::bench(sample_count = 20)]
fn first_frame_example(bencher: divan::Bencher) {
    bencher.bench_local(|| {
        let ctx = egui::Context::default();
        let mut app = GevinstApp::with_context(&ctx, None, options(None, Step::Agency));
        frame(&ctx, &mut app)
    });
}

#[divan::bench(sample_count = 20)]
fn first_frame_large_project(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_project(&large_project(), dir.path(), "stor.gevinst.json");
    bencher.bench_local(|| {
        let ctx = egui::Context::default();
        let mut app =
            GevinstApp::with_context(&ctx, None, options(Some(path.clone()), Step::Measures));
        frame(&ctx, &mut app)
    });
}
