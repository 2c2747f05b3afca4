#!/usr/bin/env bash
# Opens the Gevinst app on the bundled example project (builds it first; the first build takes a
# few minutes). The example is written once to target/eksempel/eksempel.gevinst.json, so what you
# change and save there is kept and the fixture the tests use is never touched.
# With arguments, they go to the program instead: scripts/run.sh MY-PROJECT.gevinst.json
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh app
cargo build --release --bin gevinst
bin=target/release/gevinst
if [ $# -gt 0 ]; then
  exec "$bin" "$@"
fi
example=target/eksempel/eksempel.gevinst.json
if [ ! -f "$example" ]; then
  mkdir -p "$(dirname "$example")"
  "$bin" example -o "$example"
fi
exec "$bin" "$example"
