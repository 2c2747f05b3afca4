#!/usr/bin/env bash
# Regenerates docs/report-p1.png … report-p6.png: representative pages of the bokmål example
# report at 80 dpi. Needs poppler-utils (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test report_pictures -- --ignored
pdf=target/report/example-nb.pdf
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')

# The first page from 2 on whose text matches a pattern (page 1 holds the contents).
page_with() {
  local text
  for ((i = 2; i <= pages; i++)); do
    # Read the page first: with pipefail, `pdftotext | grep -q` fails when grep stops early.
    text=$(pdftotext -f "$i" -l "$i" -layout "$pdf" -)
    if grep -Eq "$1" <<<"$text"; then
      echo "$i"
      return
    fi
  done
  echo "pattern not found: $1" >&2
  return 1
}

picks=(1)                                           # title, key figures, contents
picks+=("$(page_with 'Særlig vurdering av digitaliseringen')") # measures, special assessment
picks+=("$(page_with '^ *4\.3 +Digitalt førstevalg')")        # the service assessment
picks+=("$(page_with 'Figur 1')")                             # gains: chart and table
picks+=("$(page_with '^ *4\.5 +Gevinstuttak')")               # extraction
picks+=("$(page_with '^ *4\.7 +Oppfølging')")                 # the circular's checklist
rm -f docs/report-p*.png
n=1
for page in "${picks[@]}"; do
  pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "docs/report-p$n"
  echo "docs/report-p$n.png: page $page of $pages"
  n=$((n + 1))
done
