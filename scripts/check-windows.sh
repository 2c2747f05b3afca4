#!/usr/bin/env bash
# CI: checks that the workspace compiles for 64-bit Windows (x86_64-pc-windows-gnu), so
# `cfg(windows)` code (the console, the app's folders, lock files, the paths' tests) is compiled
# on every change. Installs mingw-w64 and the rustup target if missing (install-deps.sh windows).
# Clippy with the same lints as the Linux run; it checks (no code generation, no linking).
#
# What it checks, for CI time: every library and binary, and the tests of the root package
# (tests/cli) and of the core (its unit tests and tests/io_paths.rs: drive letters, shares and
# non-ASCII paths under `cfg(windows)`). Not the app's kittest binary, the other crates' tests
# or the benchmarks: they have no Windows-only code, and the Linux run checks them with the
# same lints.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
scripts/install-deps.sh windows
cargo clippy --workspace --lib --bins --target "$target" -- -D warnings
cargo clippy -p gevinst -p gevinst-core --tests --target "$target" -- -D warnings
