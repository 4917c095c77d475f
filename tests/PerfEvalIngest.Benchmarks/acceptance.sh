#!/usr/bin/env bash
# The performance goals, each as a ratio against a baseline measured in the same run, with the machine's load at the
# start and the end (a loaded machine makes every figure worse; compare runs only at similar load).
#
#   tests/PerfEvalIngest.Benchmarks/acceptance.sh [MIXED_REPORTS] [LARGE_BATCH]
#
# MIXED_REPORTS (default 1000): the mixed batch for the jobs-scaling and memory figures (copies of corpus/ text, Word,
# PDF and workbook reports). LARGE_BATCH (default 0: skipped): a second, larger batch for peak memory and the
# 10,000-report time goal. Needs pdftotext (poppler-utils) and, for the Word baseline, python3-docx (Debian).
# The real-pool PDF is the 25-page 2017年省检察院部门预算 when the pool is laid out (corpus/real/lay-out.py), else the
# largest corpus PDF.
# Deleting many files shortly before a run slows the creation of new ones on ext4 for a few minutes (it skips inodes
# freed recently), which here cost a text batch a quarter of its speed: leave five minutes after a large cleanup, this
# script's own at exit included (after a 10,000-file run it kept a core a quarter busy for a quarter of an hour).
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mixed="${1:-1000}"
large="${2:-0}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cores=$(nproc)
# CPU pressure (the share of time some task waited for a core, over 10 s and 60 s) shows a machine busy with other work,
# such as an earlier run's folder still being deleted, more directly than the load.
pressure() { [[ -r /proc/pressure/cpu ]] && awk 'NR == 1 {print "; CPU pressure " $2 " " $3}' /proc/pressure/cpu; }
echo "machine: $cores cores; load at start: $(cut -d' ' -f1-3 /proc/loadavg)$(pressure)"

# The command as a user runs it (./perfeval): compiled ahead of time into a native program (with gcc where clang is
# absent); for comparison, the self-contained ready-to-run image that ./perfeval installs without a C toolchain, and the
# plain build. Every batch below runs the native program.
native_flags=(-p:PublishAot=true -p:IlcInstructionSet=native)
command -v clang >/dev/null || native_flags+=(-p:CppCompilerAndLinker=gcc)
dotnet publish "$root/src/PerfEvalIngest.Cli" -c Release -r linux-x64 "${native_flags[@]}" -o "$work/native" >/dev/null
dotnet publish "$root/src/PerfEvalIngest.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true -o "$work/r2r" >/dev/null
dotnet build "$root/src/PerfEvalIngest.Cli" -c Release -o "$work/jit" >/dev/null
native="$work/native/perfeval"; r2r="$work/r2r/perfeval"; jit="dotnet $work/jit/perfeval.dll"

# Median wall time of N runs of a command, in seconds.
median() {
    local n=$1; shift; local times=()
    for _ in $(seq 1 "$n"); do
        local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); times+=("$(echo "$e - $s" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
ratio() { echo "$1 / $2" | bc -l; }

pdf="$(find "${PERFEVAL_REAL:-$root/../real-pool}" -name '2017年省检察院部门预算*.pdf' 2>/dev/null | head -1)"
[[ -n "$pdf" ]] || pdf="$(ls -S "$root"/corpus/pdf/*.pdf | head -1)"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/{print $2}')
t_pdftotext=$(median 5 pdftotext -layout "$pdf" -)
t_pdf_native=$(median 5 $native check --json "$pdf")
t_pdf_r2r=$(median 5 $r2r check --json "$pdf")
t_pdf_jit=$(median 5 $jit check --json "$pdf")
echo
echo "one PDF as a process ($(basename "$pdf"), $pages pages): goal ≤ 4× pdftotext and ≤ 1 s"
printf '  pdftotext -layout        %6.3f s\n' "$t_pdftotext"
printf '  perfeval (native)        %6.3f s  = %5.1f× pdftotext\n' "$t_pdf_native" "$(ratio "$t_pdf_native" "$t_pdftotext")"
printf '  perfeval (ready to run)  %6.3f s  = %5.1f× pdftotext\n' "$t_pdf_r2r" "$(ratio "$t_pdf_r2r" "$t_pdftotext")"
printf '  perfeval (plain build)   %6.3f s  = %5.1f× pdftotext\n' "$t_pdf_jit" "$(ratio "$t_pdf_jit" "$t_pdftotext")"

docx="$(ls "$root"/corpus/docx/*.docx | head -1)"
if /usr/bin/python3 -c 'import docx' 2>/dev/null; then
    walk='import docx,sys
d=docx.Document(sys.argv[1])
n=sum(len(p.text) for p in d.paragraphs)
n+=sum(len(c.text) for t in d.tables for r in t.rows for c in r.cells)
print(n)'
    t_pydocx=$(median 5 /usr/bin/python3 -c "$walk" "$docx")
    t_docx_native=$(median 5 $native check --json "$docx")
    t_docx_r2r=$(median 5 $r2r check --json "$docx")
    echo
    echo "one Word report as a process ($(basename "$docx")): goal ≤ 1× a python-docx walk"
    printf '  python-docx walk         %6.3f s\n' "$t_pydocx"
    printf '  perfeval (native)        %6.3f s  = %5.2f× python-docx\n' "$t_docx_native" "$(ratio "$t_docx_native" "$t_pydocx")"
    printf '  perfeval (ready to run)  %6.3f s  = %5.2f× python-docx\n' "$t_docx_r2r" "$(ratio "$t_docx_r2r" "$t_pydocx")"
else
    echo; echo "one Word report: skipped (no python3-docx for the baseline)"
fi

# Every copy a batch below checks is a report of its own, since the dataset keeps one report per content: it gets
# bytes of its own after its end (a text line, a PDF comment after %%EOF, trailing bytes after a zip's directory, all
# of which readers skip). The GB18030 and UTF-16 text reports are copied as they are.
declare -A utf8=()
for f in "$root"/corpus/reports/*.txt; do file "$f" | grep -q 'UTF-8' && utf8[$f]=1; done
copy_distinct() {
    local source=$1 copy=$2 n=$3
    cp "$source" "$copy"
    case "$source" in
        *.txt) if [[ -n "${utf8[$source]:-}" ]]; then printf '\n%d\n' "$n" >>"$copy"; fi ;;
        *.pdf) printf '%%%d\n' "$n" >>"$copy" ;;
        *) printf '%d' "$n" >>"$copy" ;;
    esac
}

# Text reports end to end, one job: reports per second per core.
mkdir -p "$work/text"
i=0; for k in $(seq 1 67); do for f in "$root"/corpus/reports/*.txt; do copy_distinct "$f" "$work/text/r$i.txt" "$i"; i=$((i + 1)); done; done
n_text=$(ls "$work/text" | wc -l)
# The copies written to disk before timing, so that their write-back is not counted against the batch.
sync
# One job is not one core: the dataset's writer, the compiler's background thread and the collector run beside the
# report, so reports per second of processor time is given as well.
# A batch's time varies by a few percent from run to run: each batch below is the run of median time of three, the
# runs of different job counts taken in turn, each into a folder of its own (deleting a folder's thousands of files
# between runs would slow the next run's writes).
median_line() { sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }
text_runs=""
for r in 1 2 3; do
    text_runs+="$(/usr/bin/time -f '%e %U %S' $native check "$work/text" -o "$work/o-text-$r" -j 1 --fail-on never 2>&1 >/dev/null | tail -1)"$'\n'
done
read -r t_text u_text s_text <<<"$(printf '%s' "$text_runs" | median_line)"
echo
echo "text reports end to end, one job ($n_text reports, median of three): goal ≥ 200 reports/s/core"
printf '  perfeval                 %6.2f s  = %5.0f reports/s at one job; %5.0f reports per processor-second (%.2f cores busy)\n' \
    "$t_text" "$(echo "$n_text / $t_text" | bc -l)" "$(echo "$n_text / ($u_text + $s_text)" | bc -l)" "$(echo "($u_text + $s_text) / $t_text" | bc -l)"

# Mixed reports: jobs scaling and memory.
make_mixed() {
    local dir=$1 count=$2 made=0 k=0
    local files=("$root"/corpus/reports/*.txt "$root"/corpus/docx/*.docx "$root"/corpus/docx/*.xlsx "$root"/corpus/pdf/*.pdf "$root"/corpus/docx-lo/*.docx)
    while ((made < count)); do
        mkdir -p "$dir/b$k"
        for f in "${files[@]}"; do
            ((made < count)) || break
            copy_distinct "$f" "$dir/b$k/$(basename "$(dirname "$f")")-$(basename "$f")" "$made"
            made=$((made + 1))
        done
        k=$((k + 1))
    done
}
make_mixed "$work/mixed" "$mixed"
sync
peak() { /usr/bin/time -f '%e %M %U %S' "$@" 2>&1 >/dev/null | tail -1; }
busy() { echo "($2 + $3) / $1" | bc -l; }
runs1=""; runs2=""
for r in 1 2 3; do
    runs1+="$(peak $native check "$work/mixed" -o "$work/o-m1-$r" -j 1 --fail-on never)"$'\n'
    runs2+="$(peak $native check "$work/mixed" -o "$work/o-m2-$r" -j 2 --fail-on never)"$'\n'
done
read -r t1 m1 u1 s1 <<<"$(printf '%s' "$runs1" | median_line)"
read -r t2 m2 u2 s2 <<<"$(printf '%s' "$runs2" | median_line)"
read -r t2p m2p u2p s2p <<<"$(peak $native check "$work/mixed" -o "$work/o-m2p" -j 2 --in-process --fail-on never)"
read -r t1p m1p u1p s1p <<<"$(peak $native check "$work/mixed" -o "$work/o-m1p" -j 1 --in-process --fail-on never)"
echo
echo "mixed batch ($mixed files: text, Word, PDF, workbooks): goal --jobs 2 ≥ 1.7× --jobs 1 (workers: medians of three)"
printf '  workers     --jobs 1 %7.2f s (%.2f cores busy)   --jobs 2 %7.2f s (%.2f)   = %4.2f×   peak RSS of the batch process %4d MB\n' \
    "$t1" "$(busy "$t1" "$u1" "$s1")" "$t2" "$(busy "$t2" "$u2" "$s2")" "$(ratio "$t1" "$t2")" "$((m2 / 1024))"
printf '  in process  --jobs 1 %7.2f s (%.2f cores busy)   --jobs 2 %7.2f s (%.2f)   = %4.2f×   peak RSS %4d MB\n' \
    "$t1p" "$(busy "$t1p" "$u1p" "$s1p")" "$t2p" "$(busy "$t2p" "$u2p" "$s2p")" "$(ratio "$t1p" "$t2p")" "$((m2p / 1024))"

if ((large > 0)); then
    make_mixed "$work/large" "$large"
    sync
    read -r tl ml _ _ <<<"$(peak $native check "$work/large" -o "$work/o-large" -j 2 --in-process --fail-on never)"
    echo
    echo "large mixed batch ($large files, --jobs 2, in process): goals peak memory ≤ 1.2× that of $mixed, 10,000 in < 5 min"
    printf '  %7.1f s; peak RSS %4d MB = %4.2f× that of %d files\n' "$tl" "$((ml / 1024))" "$(ratio "$ml" "$m2p")" "$mixed"
fi
# Real PDFs in process: the reader warm, pages per second on one core against pdftotext's.
pool="${PERFEVAL_REAL:-$root/../real-pool}"
echo
echo "PDF reading in process: goal ≥ 0.6× pdftotext's pages/s"
if [[ -d "$pool" ]]; then bash "$root/tests/PerfEvalIngest.Benchmarks/Pdf/pdf-throughput.sh" "$pool" | sed 's/^/  /'
else echo "  (real pool not laid out: corpus PDFs instead)"; bash "$root/tests/PerfEvalIngest.Benchmarks/Pdf/pdf-throughput.sh" | sed 's/^/  /'; fi
echo
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)$(pressure)"
