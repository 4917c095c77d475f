#!/usr/bin/env bash
# Time from process start to the first token of `perfeval segment`, dictionary loading included, and the resident
# set size of that process (its peak, reached once the dictionary is loaded and a short text is cut).
# Usage: measure-load.sh [RUNS]   (default 20; the Release build is made first)
set -euo pipefail
runs="${1:-20}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
dotnet build "$repo/src/PerfEvalIngest.Cli/PerfEvalIngest.Cli.csproj" -c Release -v quiet -nologo >/dev/null
exe="$repo/src/PerfEvalIngest.Cli/bin/Release/net10.0/perfeval"

python3 - "$exe" "$runs" <<'PY'
import os, resource, statistics, subprocess, sys, time

exe, runs = sys.argv[1], int(sys.argv[2])
text = "2023年度财政拨款收入2792.30万元，预算执行率为95.5％。\n".encode("utf-8")

def one(args):
    start = time.perf_counter()
    proc = subprocess.Popen([exe, "segment", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(text)
    proc.stdin.close()
    first = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not first:
        sys.exit("perfeval segment failed (exit %d): %s" % (proc.returncode, proc.stderr.read().decode()))
    return elapsed * 1000, usage.ru_maxrss / 1024, (first + rest).decode("utf-8").split("\n")

for label, args in (("with the budget user dictionary (default)", []), ("plain jieba dictionary (--no-user-dict)", ["--no-user-dict"])):
    one(args)  # one unmeasured start, so the file cache is warm as it is for any later run
    times, rss = [], []
    for _ in range(runs):
        ms, mb, tokens = one(args)
        times.append(ms)
        rss.append(mb)
    times.sort()
    print("%s, %d runs:" % (label, runs))
    print("  start to first token: median %.0f ms, best %.0f ms, 90th percentile %.0f ms, worst %.0f ms"
          % (statistics.median(times), times[0], times[int(0.9 * (len(times) - 1))], times[-1]))
    print("  resident set size after load: %.1f MB (median of peaks)" % statistics.median(rss))
    print("  tokens: %s" % " | ".join(t for t in tokens if t))
print("load average now: %s" % " ".join("%.2f" % x for x in os.getloadavg()))
PY
