#!/usr/bin/env bash
# Cross-compiles Gevinst for 64-bit Windows on Debian/Ubuntu and packs the zip a user downloads:
#
#   target/dist/gevinst-<version>-windows-x86_64.zip
#     gevinst-<version>/gevinst.exe        the program (GUI subsystem, icon, version resource)
#     gevinst-<version>/Les meg.txt        how to start it, in Norwegian (CRLF line endings)
#     gevinst-<version>/LICENSE.txt        the program's licence (MIT)
#     gevinst-<version>/fonts/OFL.txt      the licence of the bundled Noto Sans fonts
#
# The `dist` profile (Cargo.toml: release with fat LTO) keeps the .exe under 50 MB (24.9 MB).
# Installs what is missing first (scripts/install-deps.sh windows): mingw-w64, zip and the rustup target
# x86_64-pc-windows-gnu. A cold build takes well over half an hour on 2 cores (the fat-LTO link alone several minutes). The target folder is
# $CARGO_TARGET_DIR (default target/); the zip always goes to target/dist/ in the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu

scripts/install-deps.sh windows

# The version of the workspace (the first `version =` in Cargo.toml, [workspace.package]).
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
cargo build --profile dist --locked --target "$target" --bin gevinst

target_dir=${CARGO_TARGET_DIR:-target}
exe="$target_dir/$target/dist/gevinst.exe"
name="gevinst-$version"
dist=target/dist
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/fonts" "$dist"
x86_64-w64-mingw32-strip -o "$stage/$name/gevinst.exe" "$exe"
sed 's/$/\r/' LICENSE >"$stage/$name/LICENSE.txt"
sed 's/$/\r/' assets/fonts/OFL.txt >"$stage/$name/fonts/OFL.txt"
# UTF-8 with a byte-order mark, so every Notepad shows æ, ø and å.
{ printf '\xef\xbb\xbf'; sed "s/@VERSION@/$version/g; s/\$/\r/" scripts/windows/les-meg.txt; } >"$stage/$name/Les meg.txt"

zipfile="$dist/$name-windows-x86_64.zip"
rm -f "$zipfile"
(cd "$stage" && zip -q -r -X "$OLDPWD/$zipfile" "$name")
size=$(stat -c %s "$stage/$name/gevinst.exe")
echo "$zipfile"
echo "gevinst.exe: $((size / 1024 / 1024)) MB ($size bytes)"
if [ "$size" -gt $((50 * 1024 * 1024)) ]; then
  echo "build-windows.sh: gevinst.exe is larger than 50 MB" >&2
  exit 1
fi
