#!/usr/bin/env bash
# Remakes corpus/pdf/<id>.pdf from corpus/docx/<id>.docx with LibreOffice (the WenQuanYi Zen Hei font renders the
# Chinese), and corpus/pdf/other/hunan-01.cairo.pdf, the same report rewritten by another producer (cairo).
# Needs soffice, fonts-wqy-zenhei and poppler-utils (pdftocairo).
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
# Image-only (scanned) PDFs and PdfPig-built files are made inside the tests; the password-protected copies by
# qpdf (see the tests' doc comments).
ls "$here"/other/*.pdf
