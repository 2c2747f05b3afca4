//! The fuzz harness: thousands of mutated copies of the example and of the large project
//! (`gevinst_core::testing::mutate`: numbers to extremes, strings huge or odd, entries
//! duplicated or removed, references dangling, years far apart) go through load → check →
//! summary → content → layout → PDF (`gevinst_report::testing::pipeline`), and every file that
//! loads also to a DOCX that must unzip and whose `word/document.xml` must parse as XML. No
//! file may panic.
//!
//! Seeded and reproducible: a panic prints its seed, and the file is written to
//! `fixtures/fuzz/seed-<seed>.gevinst.json`; commit it, and `fuzz_fixtures_never_panic` keeps
//! it from coming back. `FUZZ_FILES=n` sets how many files (default 10 000), `FUZZ_SEED=s` the
//! first seed, `FUZZ_THREADS=t` the threads (default: the machine's cores).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_core::testing::mutate_bytes;
use gevinst_report::testing::{Outcome, pipeline, pipeline_tagged};
use serde_json::Value;
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

/// One file in this many is a mutation of the large project (2 000 measures), the rest of the
/// example: the large one takes ~200 times longer (7 s against 35 ms in the debug profile).
const LARGE_EVERY: u64 = 1_000;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/fuzz")
}

fn lang_of(seed: u64) -> Language {
    Language::ALL[(seed % 3) as usize]
}

/// The Word export of a file that loads: the DOCX unzips and its document is well-formed XML
/// (panics otherwise). A report that cannot be made (sums overflow) is an error, not a panic.
fn docx_of(bytes: &[u8], lang: Language) {
    let Ok(loaded) = gevinst_core::io::load_bytes(bytes, "fuzz.gevinst.json") else {
        return;
    };
    let options = gevinst_report::ReportOptions {
        language: lang,
        created: chrono::DateTime::UNIX_EPOCH,
    };
    if let Ok(docx) = gevinst_report::render_docx(&loaded.project, &options) {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx)).expect("DOCX unzips");
        let mut xml = String::new();
        zip.by_name("word/document.xml")
            .expect("DOCX has word/document.xml")
            .read_to_string(&mut xml)
            .expect("document.xml is UTF-8");
        if let Err(e) = roxmltree::Document::parse(&xml) {
            panic!("document.xml is not well-formed: {e}");
        }
    }
}

/// The PDF of one file of the example in this many is also read back and its tagging checked
/// (`gevinst_report::tagcheck`: every text and painting operation marked or an artifact, the
/// structure tree complete, PDF/UA and PDF/A identification), and the file is exported to Word
/// too; reading costs about as much as writing, and this keeps the harness within CI's time.
const TAGGED_EVERY: u64 = 10;

/// Runs the pipeline, turning a panic into its message; if `deep`, checks the tagged PDF too (a
/// tagging error is a failure like a panic) and exports the file to Word.
fn run_checked(bytes: &[u8], lang: Language, deep: bool) -> Result<Outcome, String> {
    catch_unwind(AssertUnwindSafe(|| {
        let outcome = if deep {
            pipeline_tagged(bytes, lang).map_err(|e| format!("tagged PDF: {e}"))
        } else {
            Ok(pipeline(bytes, lang))
        };
        if deep && matches!(outcome, Ok(Outcome::Ran { .. })) {
            docx_of(bytes, lang);
        }
        outcome
    }))
    .map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    })
    .and_then(|r| r)
}

#[test]
fn ten_thousand_mutated_files_never_panic() {
    let files = env_u64("FUZZ_FILES", 10_000);
    let first = env_u64("FUZZ_SEED", 0);
    let threads = env_u64(
        "FUZZ_THREADS",
        std::thread::available_parallelism().map_or(2, |n| n.get() as u64),
    )
    .max(1);
    let example: Value = serde_json::from_str(gevinst_core::example::EXAMPLE_JSON).unwrap();
    let large: Value =
        serde_json::from_slice(&gevinst_core::io::to_bytes(&gevinst_core::example::large()))
            .unwrap();
    // Quiet the default hook: a panic is reported below with its seed.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();
    let loaded = AtomicUsize::new(0);
    let pdfs = AtomicUsize::new(0);
    let next = AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed) as u64;
                    if i >= files {
                        break;
                    }
                    let seed = first + i;
                    let is_large = seed % LARGE_EVERY == LARGE_EVERY - 1;
                    let base = if is_large { &large } else { &example };
                    let bytes = mutate_bytes(base, seed);
                    let tags = !is_large && seed.is_multiple_of(TAGGED_EVERY);
                    match run_checked(&bytes, lang_of(seed), tags) {
                        Ok(Outcome::Refused) => {}
                        Ok(Outcome::Ran { pdf_bytes, .. }) => {
                            loaded.fetch_add(1, Ordering::Relaxed);
                            if pdf_bytes.is_some() {
                                pdfs.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Err(msg) => {
                            let dir = fuzz_dir();
                            std::fs::create_dir_all(&dir).unwrap();
                            let file = dir.join(format!("seed-{seed}.gevinst.json"));
                            std::fs::write(&file, &bytes).unwrap();
                            failures.lock().unwrap().push(format!(
                                "seed {seed} panicked: {msg} (kept as {})",
                                file.display()
                            ));
                        }
                    }
                }
            });
        }
    });
    std::panic::set_hook(hook);
    let failures = failures.into_inner().unwrap();
    eprintln!(
        "fuzz: {files} files from seed {first} on {threads} threads in {:.1} s: {} loaded, {} \
         PDFs, {} panics",
        started.elapsed().as_secs_f64(),
        loaded.load(Ordering::Relaxed),
        pdfs.load(Ordering::Relaxed),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The mutations are not all refused: many files load and reach the PDF.
    assert!(files < 100 || loaded.load(Ordering::Relaxed) as u64 > files / 5);
}

/// Every file a fuzz run ever found (fixtures/fuzz/) goes through the whole path, in every
/// language, without a panic.
#[test]
fn fuzz_fixtures_never_panic() {
    let mut found = 0;
    for entry in std::fs::read_dir(fuzz_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for lang in Language::ALL {
            if let Err(msg) = run_checked(&bytes, lang, true) {
                panic!("{} panicked in {lang:?}: {msg}", path.display());
            }
        }
        found += 1;
    }
    assert!(found > 0, "fixtures/fuzz/ holds the files fuzzing found");
}
