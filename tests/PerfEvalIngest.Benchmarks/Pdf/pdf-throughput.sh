#!/usr/bin/env bash
# Pages per second on one core: PdfReportReader in process (PdfReaderBenchmarks, BenchmarkDotNet short job,
# warm) against `pdftotext` pinned to one core on the same PDFs, printed as a ratio.
#
#   pdf-throughput.sh [FOLDER]     FOLDER: PDFs searched recursively (e.g. ../real-pool); default corpus/pdf
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
folder="$(cd "${1:-$root/corpus/pdf}" && pwd)"
mapfile -t pdfs < <(find "$folder" -name '*.pdf' | LC_ALL=C sort)
# A PDF poppler cannot open counts no pages (the real pool has one); both readers still get it.
pages=0; for f in "${pdfs[@]}"; do n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/{print $2}') || n=0; pages=$((pages + ${n:-0})); done
rounds=$(( ${#pdfs[@]} > 20 ? 3 : 20 ))
s=$(date +%s.%N)
for _ in $(seq 1 $rounds); do for f in "${pdfs[@]}"; do taskset -c 0 pdftotext "$f" - >/dev/null 2>&1 || true; done; done
t_poppler=$(echo "($(date +%s.%N) - $s) / $rounds" | bc -l)
cd "$root/tests/PerfEvalIngest.Benchmarks"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
PERFEVAL_PDF_DIR="$folder" taskset -c 0 dotnet run -c Release -- --filter '*PdfReaderBenchmarks*' --job short --artifacts "$out" >/dev/null
# BenchmarkDotNet prints the mean with its own unit (845.3 ms, 2.657 s).
mean_ms=$(grep -h 'ReadCorpusPdfs' "$out"/results/*-report-github.md | awk -F'|' '{gsub(/,/, "", $3); split($3, a, " "); print (a[2] == "s" ? a[1] * 1000 : a[1])}')
p_poppler=$(echo "$pages / $t_poppler" | bc -l); p_reader=$(echo "$pages / ($mean_ms / 1000)" | bc -l)
echo "$folder: ${#pdfs[@]} PDFs, $pages pages; both pinned to one core"
printf 'pdftotext (process per file): %8.3f s per pass  %8.1f pages/s/core\n' "$t_poppler" "$p_poppler"
printf 'PdfReportReader (in process): %8.3f s per pass  %8.1f pages/s/core\n' "$(echo "$mean_ms / 1000" | bc -l)" "$p_reader"
printf 'ratio reader / pdftotext: %.2f\n' "$(echo "$p_reader / $p_poppler" | bc -l)"
