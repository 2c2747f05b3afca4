#!/usr/bin/env bash
# CI: checks that the whole workspace, tests included, compiles for 64-bit Windows
# (x86_64-pc-windows-gnu), so `cfg(windows)` code (the console, the paths' tests) is compiled
# on every change. Installs mingw-w64 (apt, sudo when not root) and the rustup target if missing.
# Clippy with the same lints as the Linux run; it checks (no code generation, no linking).
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v x86_64-w64-mingw32-windres >/dev/null || missing+=(binutils-mingw-w64-x86-64)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi
if ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi
cargo clippy --workspace --all-targets --target "$target" -- -D warnings
