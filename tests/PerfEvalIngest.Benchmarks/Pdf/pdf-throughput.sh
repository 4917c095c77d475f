#!/usr/bin/env bash
# Pages per second on one core: PdfReportReader in process (PdfReaderBenchmarks, BenchmarkDotNet short job,
# warm) against `pdftotext` pinned to one core on the same corpus PDFs, printed as a ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
pages=0; for f in "$root"/corpus/pdf/*.pdf; do pages=$((pages + $(pdfinfo "$f" | awk '/^Pages:/{print $2}'))); done
rounds=20
s=$(date +%s.%N)
for _ in $(seq 1 $rounds); do for f in "$root"/corpus/pdf/*.pdf; do taskset -c 0 pdftotext "$f" - >/dev/null; done; done
t_poppler=$(echo "($(date +%s.%N) - $s) / $rounds" | bc -l)
cd "$root/tests/PerfEvalIngest.Benchmarks"
out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
taskset -c 0 dotnet run -c Release -- --filter '*PdfReaderBenchmarks*' --job short --artifacts "$out" >/dev/null
mean_ms=$(grep -h 'ReadCorpusPdfs' "$out"/results/*-report-github.md | awk -F'|' '{print $3}' | sed 's/ ms//;s/,//g;s/ //g')
p_poppler=$(echo "$pages / $t_poppler" | bc -l); p_reader=$(echo "$pages / ($mean_ms / 1000)" | bc -l)
echo "corpus/pdf: $pages pages; both pinned to one core"
printf 'pdftotext (process per file): %8.3f s per pass  %8.1f pages/s/core\n' "$t_poppler" "$p_poppler"
printf 'PdfReportReader (in process): %8.3f s per pass  %8.1f pages/s/core\n' "$(echo "$mean_ms / 1000" | bc -l)" "$p_reader"
printf 'ratio reader / pdftotext: %.2f\n' "$(echo "$p_reader / $p_poppler" | bc -l)"
