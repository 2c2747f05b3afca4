//! The example mutated by `gevinst_core::testing::mutate` with a seed from the input, then
//! load → check → summary → content → layout → PDF: the fuzz test's path, for longer runs.
#![no_main]

use gevinst_core::i18n::Language;
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static EXAMPLE: LazyLock<serde_json::Value> = LazyLock::new(|| {
    serde_json::from_str(gevinst_core::example::EXAMPLE_JSON).unwrap_or_default()
});

fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 8];
    for (i, b) in data.iter().take(8).enumerate() {
        seed[i] = *b;
    }
    let seed = u64::from_le_bytes(seed);
    let bytes = gevinst_core::testing::mutate_bytes(&EXAMPLE, seed);
    let _ = gevinst_report::testing::pipeline(&bytes, Language::ALL[(seed % 3) as usize]);
});
