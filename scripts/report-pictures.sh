#!/usr/bin/env bash
# Regenerates the report pictures: representative pages of the example report at 80 dpi,
# docs/report-p1.png … report-p6.png in bokmål and docs/report-nn-p*.png, docs/report-en-p*.png
# in nynorsk and English. Needs poppler-utils (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --test report_pictures -- --ignored

# The first page from 2 on whose text matches a pattern (page 1 holds the contents).
page_with() { # page_with <pdf> <pages> <pattern>
  local text
  for ((i = 2; i <= $2; i++)); do
    # Read the page first: with pipefail, `pdftotext | grep -q` fails when grep stops early.
    text=$(pdftotext -f "$i" -l "$i" -layout "$1" -)
    if grep -Eq "$3" <<<"$text"; then
      echo "$i"
      return
    fi
  done
  echo "pattern not found in $1: $3" >&2
  return 1
}

for lang in nb nn en; do
  pdf=target/report/example-$lang.pdf
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  prefix=docs/report-p
  [ "$lang" != nb ] && prefix=docs/report-$lang-p
  picks=(1)                                                          # title, key figures, contents
  picks+=("$(page_with "$pdf" "$pages" 'Særlig vurdering|Særleg vurdering|Special assessment')")
  picks+=("$(page_with "$pdf" "$pages" '^ *4\.3 +')")                # the service assessment
  picks+=("$(page_with "$pdf" "$pages" 'Figur 1|Figure 1')")         # gains: chart and table
  picks+=("$(page_with "$pdf" "$pages" '^ *4\.5 +')")                # extraction
  picks+=("$(page_with "$pdf" "$pages" '^ *4\.7 +')")                # the circular's checklist
  rm -f "$prefix"*.png
  n=1
  for page in "${picks[@]}"; do
    pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "$prefix$n"
    echo "$prefix$n.png: page $page of $pages ($lang)"
    n=$((n + 1))
  done
done
