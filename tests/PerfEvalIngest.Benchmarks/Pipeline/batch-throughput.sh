#!/usr/bin/env bash
# Timed batch: `perfeval check` on N copies of the seed reports (or the corpus), with 1 job and with all cores,
# against `cat` of the same files as the baseline. Prints reports/s and reports/s/core.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
copies="${1:-200}"
src="$root/../shared/seeds"; [[ -d "$src" ]] || src="$root/corpus/reports"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do mkdir -p "$work/in/$i"; cp "$src"/*.txt "$work/in/$i/"; done
n=$(find "$work/in" -name '*.txt' | wc -l)
dotnet build -c Release "$root/src/PerfEvalIngest.Cli" -o "$work/bin" >/dev/null
run() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
t_cat=$(run find "$work/in" -name '*.txt' -exec cat {} +)
t1=$(run dotnet "$work/bin/perfeval.dll" check "$work/in" --out "$work/out1" --jobs 1 --fail-on never)
tn=$(run dotnet "$work/bin/perfeval.dll" check "$work/in" --out "$work/outn" --fail-on never)
cores=$(nproc)
echo "reports: $n ($(du -sh "$work/in" | cut -f1)) from $src"
printf 'cat baseline:      %.2f s\n' "$t_cat"
printf 'perfeval --jobs 1: %.2f s  = %.0f reports/s on one core\n' "$t1" "$(echo "$n / $t1" | bc -l)"
printf 'perfeval --jobs %d: %.2f s  = %.0f reports/s, %.0f reports/s/core\n' "$cores" "$tn" "$(echo "$n / $tn" | bc -l)" "$(echo "$n / $tn / $cores" | bc -l)"
