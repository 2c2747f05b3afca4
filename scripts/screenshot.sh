#!/usr/bin/env bash
# Screenshots of the app under Xvfb: one PNG per guided step in bokmål
# (docs/screenshot-<step>.png), the start page, and the Measures step in nynorsk and English
# (docs/screenshot-measures-nn.png, -en.png), and the prompt for a file a colleague has open
# (docs/screenshot-locked.png, step name `locked`), and the windows "Slå sammen med en kopi…",
# "Sammenlign med…" and "Importer fra Excel…" on files prepared in a temporary folder
# (docs/screenshot-merge.png, -compare.png, -import.png; step names `merge`, `compare`,
# `import`; see crates/app/src/screenshot.rs). Needs xvfb, imagemagick and xdotool
# (scripts/install-deps.sh). Usage: scripts/screenshot.sh [step ...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs
mkdir -p "$out"

scripts/install-deps.sh screenshots
cargo build --quiet --bin gevinst
# Copied out of the target folder, which a parallel build may overwrite meanwhile.
shot_dir=$(mktemp -d)
bin=$shot_dir/gevinst
cp "${CARGO_TARGET_DIR:-target}/debug/gevinst" "$bin"

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$shot_dir"' EXIT
export DISPLAY=$display
sleep 1

shot() { # shot <step> <lang> <file>
  local step=$1 lang=$2 file=$3
  GEVINST_SCREENSHOT=$step GEVINST_LANG=$lang "$bin" >/dev/null 2>&1 &
  local pid=$!
  local wid=""
  for _ in $(seq 1 100); do
    wid=$(xdotool search --pid "$pid" 2>/dev/null | tail -1 || true)
    [ -n "$wid" ] && break
    sleep 0.2
  done
  if [ -z "$wid" ]; then
    echo "no window for $step ($lang)" >&2
    kill "$pid" 2>/dev/null || true
    return 1
  fi
  # Let the first frames settle (fonts, layout, the report preview).
  sleep "${SCREENSHOT_WAIT:-4}"
  import -window "$wid" "$out/$file"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$out/$file"
}

steps=("$@")
if [ ${#steps[@]} -eq 0 ]; then
  steps=(start agency priorities measures services gains extraction checklist texts report)
  for step in "${steps[@]}"; do
    shot "$step" nb "screenshot-$step.png"
  done
  shot measures nn screenshot-measures-nn.png
  shot measures en screenshot-measures-en.png
  # A file a colleague has open: the lock prompt (read-only, open anyway, cancel).
  shot locked nb screenshot-locked.png
  # The windows for working together and for importing a spreadsheet.
  for step in merge compare import; do
    shot "$step" nb "screenshot-$step.png"
  done
else
  for step in "${steps[@]}"; do
    for lang in ${LANGS:-nb}; do
      suffix=""; [ "$lang" != nb ] && suffix="-$lang"
      shot "$step" "$lang" "screenshot-$step$suffix.png"
    done
  done
fi
