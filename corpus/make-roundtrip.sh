#!/usr/bin/env bash
# Regenerates corpus/docx-lo/: each corpus/docx/<id>.docx opened and saved again by LibreOffice, as reports
# re-saved in another office suite arrive. Run from anywhere; needs soffice on PATH.
# Each conversion gets a fresh LibreOffice profile: a second soffice would otherwise hand its work to an
# instance already running under the shared profile, including another program's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/docx-lo"
mkdir -p "$out"
for docx in "$here"/docx/*.docx; do
    profile="$(mktemp -d)"
    soffice --headless "-env:UserInstallation=file://$profile" --convert-to docx --outdir "$out" "$docx" >/dev/null
    rm -rf "$profile"
    echo "$(basename "$docx")"
done
