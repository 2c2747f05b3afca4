#!/usr/bin/env bash
# Installs the system packages Gevinst needs on Debian/Ubuntu. Safe to run again: installs only
# what is missing, and uses sudo when not run as root.
#
#   scripts/install-deps.sh test         what the test suite needs (the default)
#   scripts/install-deps.sh app          what the desktop app needs to open its window
#   scripts/install-deps.sh screenshots  the app's libraries plus Xvfb, ImageMagick, xdotool
#   scripts/install-deps.sh all          all of the above
set -euo pipefail
test_packages=(poppler-utils qpdf libreoffice-writer-nogui libreoffice-calc-nogui) # pdftotext, pdffonts, pdfinfo, pdftoppm; qpdf --check; LibreOffice headless reads DOCX and XLSX
app_packages=(libxkbcommon-x11-0 libegl1 libgl1-mesa-dri libvulkan1 mesa-vulkan-drivers)
shot_packages=(xvfb imagemagick xdotool x11-utils)
packages=()
for group in "${@:-test}"; do
  case "$group" in
    test) packages+=("${test_packages[@]}") ;;
    app) packages+=("${app_packages[@]}") ;;
    screenshots) packages+=("${app_packages[@]}" "${shot_packages[@]}") ;;
    all) packages+=("${test_packages[@]}" "${app_packages[@]}" "${shot_packages[@]}") ;;
    *) echo "install-deps.sh: unknown group '$group' (test, app, screenshots or all)" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
