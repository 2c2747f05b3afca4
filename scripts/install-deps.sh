#!/usr/bin/env bash
# Installs the system packages Gevinst's tests and screenshots need on Debian/Ubuntu.
# Uses sudo when not run as root. Safe to run again.
set -euo pipefail
packages=(
  poppler-utils qpdf                      # pdftotext, pdffonts, pdfinfo, pdftoppm; qpdf --check
  xvfb libxkbcommon-x11-0 libegl1 libegl-mesa0 libgl1-mesa-dri libvulkan1 mesa-vulkan-drivers
  imagemagick xdotool x11-utils           # screenshots of the app under Xvfb
)
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
