//! Any bytes as a project file: load → check → summary → content → layout → PDF.
#![no_main]

use gevinst_core::i18n::Language;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lang = Language::ALL[data.len() % 3];
    let _ = gevinst_report::testing::pipeline(data, lang);
});
