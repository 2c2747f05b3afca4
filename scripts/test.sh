#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need, then every test of the crate.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cargo test --all-targets "$@"
cargo test --doc "$@"
