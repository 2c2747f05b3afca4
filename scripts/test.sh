#!/usr/bin/env bash
# Runs the whole test suite: installs what the tests need (scripts/install-deps.sh), then every
# test of the workspace (unit, integration, the benchmarks' smoke runs, doc tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
cargo test --workspace --all-targets "$@"
cargo test --workspace --doc "$@"
