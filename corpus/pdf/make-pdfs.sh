#!/usr/bin/env bash
# Remakes corpus/pdf/<id>.pdf from corpus/docx/<id>.docx with LibreOffice (the WenQuanYi Zen Hei font renders the
# Chinese), and in corpus/pdf/other/:
#   hunan-01.cairo.pdf            the same report rewritten by another producer (cairo);
#   nanjing-03.borderless.pdf     the report with its tables' borders taken away (tables found by column alignment);
#   hunan-01.rotated.pdf          pages 5, 6 and 7 shown turned by 180°, 90° and 270° (/Rotate), as scanners and
#                                 landscape pages leave them;
#   <id>.running.pdf              nanjing-01 and suzhou-02 with a running header and a "- N -" page-number footer
#                                 (add-running-text.py), which the reader must drop;
#   <id>.indented.pdf             hunan-01, nanjing-02, suzhou-03 with table cells keeping the body's first-line indent
#                                 (narrow cells print one character on their first line; page breaks cut rows);
#   hunan-03.scanned.pdf          its first two pages as grey pictures only, as a scanner makes them (no text layer);
#   hunan-03.user-password.pdf    encrypted, opening needs the password "open" (AES-256);
#   hunan-03.owner-password.pdf   encrypted with an owner password only: it opens without one.
# Needs soffice, fonts-wqy-zenhei, poppler-utils (pdftocairo, pdftoppm), qpdf, zip, unzip and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# A private profile: a running LibreOffice would otherwise take the job over.
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf \
  --outdir "$work/out" "$here/../docx"/*.docx >/dev/null
for pdf in "$work/out"/*.pdf; do cp "$pdf" "$here/"; done
ls "$here"/*.pdf

mkdir -p "$here/other"
pdftocairo -pdf "$here/hunan-01.pdf" "$here/other/hunan-01.cairo.pdf"
# Borders off: the table style's rules set to nil in a copy of the .docx, printed the same way.
mkdir "$work/borderless" && (cd "$work/borderless" && unzip -q "$here/../docx/nanjing-03.docx" \
  && sed -i 's/w:val="single" w:sz="4"/w:val="nil" w:sz="0"/g' word/styles.xml && zip -q -X -r ../nanjing-03.borderless.docx .)
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$here/other" \
  "$work/nanjing-03.borderless.docx" >/dev/null
# Running header and footer.
python3 "$here/add-running-text.py" "$here/../docx/nanjing-01.docx" "$work/nanjing-01.running.docx" \
  "泓川市农业技术推广中心2023年度部门整体支出绩效自评报告"
python3 "$here/add-running-text.py" "$here/../docx/suzhou-02.docx" "$work/suzhou-02.running.docx" "部门整体支出绩效自评报告"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$here/other" \
  "$work"/*.running.docx >/dev/null
# Indented cells: the generator's direct "no indent" on cell paragraphs taken out again.
for id in hunan-01 nanjing-02 suzhou-03; do
  mkdir "$work/$id" && (cd "$work/$id" && unzip -q "$here/../docx/$id.docx" \
    && sed -i 's|<w:pPr><w:ind w:firstLine="0"/></w:pPr>||g' word/document.xml && zip -q -X -r "../$id.indented.docx" .)
done
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$here/other" \
  "$work"/*.indented.docx >/dev/null
pdftoppm -f 1 -l 2 -r 60 -gray "$here/hunan-03.pdf" "$work/scan"
python3 "$here/make-scanned.py" "$here/other/hunan-03.scanned.pdf" "$work"/scan-*.pgm
qpdf --rotate=+180:5 --rotate=+90:6 --rotate=+270:7 "$here/hunan-01.pdf" "$here/other/hunan-01.rotated.pdf"
# qpdf writes a random file ID, so these two differ byte for byte on every run; their content does not.
qpdf --encrypt open owner 256 -- "$here/hunan-03.pdf" "$here/other/hunan-03.user-password.pdf"
qpdf --encrypt "" owner 256 -- "$here/hunan-03.pdf" "$here/other/hunan-03.owner-password.pdf"
ls "$here"/other/*.pdf
