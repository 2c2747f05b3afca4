#!/usr/bin/env bash
# Installs the system packages Gevinst needs on Debian/Ubuntu. Safe to run again: installs only
# what is missing, and uses sudo when not run as root.
#
#   scripts/install-deps.sh test         what the test suite needs (the default)
#   scripts/install-deps.sh app          what the desktop app needs to open its window
#   scripts/install-deps.sh screenshots  the app's libraries plus Xvfb, ImageMagick, xdotool
#   scripts/install-deps.sh windows      the cross-compiler for 64-bit Windows (mingw-w64, zip)
#                                        and the rustup target x86_64-pc-windows-gnu
#   scripts/install-deps.sh all          all but windows
set -euo pipefail
test_packages=(poppler-utils qpdf libreoffice-writer-nogui libreoffice-calc-nogui) # pdftotext, pdffonts, pdfinfo, pdftoppm; qpdf --check; LibreOffice headless reads DOCX and XLSX
app_packages=(libxkbcommon-x11-0 libegl1 libgl1-mesa-dri libvulkan1 mesa-vulkan-drivers)
shot_packages=(xvfb imagemagick xdotool x11-utils)
windows_packages=(gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 zip) # the linker, windres for the icon and version resource, the zip
windows_target=x86_64-pc-windows-gnu
rust_targets=()
packages=()
for group in "${@:-test}"; do
  case "$group" in
    test) packages+=("${test_packages[@]}") ;;
    app) packages+=("${app_packages[@]}") ;;
    screenshots) packages+=("${app_packages[@]}" "${shot_packages[@]}") ;;
    windows) packages+=("${windows_packages[@]}"); rust_targets+=("$windows_target") ;;
    all) packages+=("${test_packages[@]}" "${app_packages[@]}" "${shot_packages[@]}") ;;
    *) echo "install-deps.sh: unknown group '$group' (test, app, screenshots, windows or all)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi
for t in "${rust_targets[@]}"; do
  rustup target list --installed | grep -qx "$t" || rustup target add "$t"
done
