#!/usr/bin/env bash
# CI: checks that the whole workspace, tests included, compiles for 64-bit Windows
# (x86_64-pc-windows-gnu), so `cfg(windows)` code (the console, the paths' tests) is compiled
# on every change. Installs mingw-w64 and the rustup target if missing (install-deps.sh windows).
# Clippy with the same lints as the Linux run; it checks (no code generation, no linking).
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
scripts/install-deps.sh windows
cargo clippy --workspace --all-targets --target "$target" -- -D warnings
