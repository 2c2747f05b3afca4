#!/usr/bin/env bash
# Rasterises assets/icon/gevinst.svg to the PNGs beside it (16–256 px; gevinst-256.png is the
# window icon on every platform) and to gevinst.ico (all sizes; the .exe's icon on Windows).
# Needs rsvg-convert (librsvg2-bin) and ImageMagick. The results are committed: run this only
# after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
sizes=(16 24 32 48 64 128 256)
pngs=()
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" gevinst.svg -o "gevinst-$s.png"
  pngs+=("gevinst-$s.png")
done
convert "${pngs[@]}" gevinst.ico
ls -l gevinst.ico "${pngs[@]}"
