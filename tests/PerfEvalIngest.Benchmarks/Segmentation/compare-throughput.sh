#!/usr/bin/env bash
# Precise-mode (HMM on) segmentation throughput of this project's segmenter, Python jieba 0.42.1 and @node-rs/jieba
# (Rust, loaded with jieba 0.42.1's own dict.txt) on one and the same text, in one run, with the ratios.
#
# Usage: compare-throughput.sh [TEXT]
#   TEXT  a UTF-8 text file, optionally .gz (default: the conformance tests' 1.15 MB mixed text)
# Environment: JIEBA_DIST_PACKAGES  a folder holding jieba/ from python3-jieba 0.42.1 (otherwise the Debian package
#              is fetched with `apt-get download` and unpacked with `dpkg -x`; run `apt-get update` once first)
#              SKIP_NODE=1          leave out @node-rs/jieba (otherwise npm installs it into a temporary folder)
#
# Ours is measured by BenchmarkDotNet (SegmenterThroughputBenchmarks, mean of 10 iterations after warm-up, with
# allocation per call); the others by wall clock in their own runtimes, mean of 5 runs after one warm-up run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

source_text="${1:-$repo/tests/PerfEvalIngest.Tests/Segmentation/Reference/mixed-text.txt.gz}"
text="$work/text.txt"
if [[ "$source_text" == *.gz ]]; then gzip -dc "$source_text" > "$text"; else cp "$source_text" "$text"; fi
bytes=$(stat -c %s "$text")
echo "text: $source_text ($bytes UTF-8 bytes)"

# --- Python jieba 0.42.1 -------------------------------------------------------------------------------------
dist="${JIEBA_DIST_PACKAGES:-}"
if [[ -z "$dist" ]]; then
  (cd "$work" && apt-get download python3-jieba >/dev/null 2>&1 && dpkg -x python3-jieba_*.deb "$work/jieba-deb")
  dist="$(dirname "$(find "$work/jieba-deb" -path '*/jieba/dict.txt' | head -n1)")/.."
fi
dict_txt="$dist/jieba/dict.txt"

# --- ours: BenchmarkDotNet, Release ----------------------------------------------------------------------------
echo "building and running BenchmarkDotNet (about a minute) ..."
dotnet build "$repo/tests/PerfEvalIngest.Benchmarks/PerfEvalIngest.Benchmarks.csproj" -c Release -v quiet -nologo >/dev/null
(cd "$repo/tests/PerfEvalIngest.Benchmarks" && PERFEVAL_SEGMENT_TEXT="$text" dotnet run -c Release --no-build -- \
  --filter '*SegmenterThroughputBenchmarks.PreciseHmm*' --exporters json --artifacts "$work/bdn" > "$work/bdn.log" 2>&1) \
  || { tail -n 40 "$work/bdn.log"; exit 1; }

# --- Python --------------------------------------------------------------------------------------------------
echo "timing Python jieba ..."
PYTHONPATH="$dist" python3 - "$text" > "$work/python.txt" <<'PY'
import logging, sys, time
import jieba
assert jieba.__version__ == "0.42.1", jieba.__version__
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
text = open(sys.argv[1], encoding="utf-8", newline="").read()
jieba.lcut(text)
times = []
for _ in range(5):
    start = time.perf_counter()
    tokens = jieba.lcut(text)
    times.append(time.perf_counter() - start)
print(sum(times) / len(times), len(tokens))
PY

# --- @node-rs/jieba --------------------------------------------------------------------------------------------
node_result=""
if [[ "${SKIP_NODE:-0}" != "1" ]] && command -v npm >/dev/null; then
  echo "installing and timing @node-rs/jieba ..."
  if (cd "$work" && npm install --silent --no-audit --no-fund --prefix "$work/node" @node-rs/jieba >/dev/null 2>&1); then
    NODE_PATH="$work/node/node_modules" node - "$text" "$dict_txt" > "$work/node.txt" <<'JS'
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const version = require('@node-rs/jieba/package.json').version;
const text = fs.readFileSync(process.argv[2], 'utf8');
const jieba = Jieba.withDict(fs.readFileSync(process.argv[3]));
jieba.cut(text, true);
let total = 0, count = 0;
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  count = jieba.cut(text, true).length;
  total += Number(process.hrtime.bigint() - start) / 1e9;
}
console.log(total / 5, count, version);
JS
    node_result="$(cat "$work/node.txt")"
  else
    echo "  npm could not install @node-rs/jieba; leaving it out"
  fi
fi

python3 - "$bytes" "$work/bdn" "$work/python.txt" "$node_result" <<'PY'
import glob, json, sys
size, bdn_dir, python_file, node_result = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
report = json.load(open(sorted(glob.glob(bdn_dir + "/results/*.json"))[0]))
ours = {b["Method"]: b for b in report["Benchmarks"]}
def mbps(seconds):
    return size / seconds / 1e6
rows = []
for method, label in (("PreciseHmm", "ours: Tokenize (tokens with offsets)"), ("PreciseHmmStrings", "ours: Cut (strings, like lcut)"),
                      ("PreciseHmmRanges", "ours: CutRanges (offsets only)"), ("PreciseHmmUserDictionary", "ours: Tokenize + budget user dict")):
    b = ours[method]
    rows.append((label, mbps(b["Statistics"]["Mean"] / 1e9), b["Memory"]["BytesAllocatedPerOperation"] / (size / 1e6)))
python_seconds, python_tokens = open(python_file).read().split()
python = mbps(float(python_seconds))
node = None
if node_result:
    node_seconds, node_tokens, node_version = node_result.split()
    node = mbps(float(node_seconds))
print()
print("precise mode with HMM, %d bytes" % size)
print("%-42s %9s %14s %12s %12s" % ("implementation", "MB/s", "alloc B/MB", "vs jieba", "vs node-rs"))
for label, speed, alloc in rows:
    print("%-42s %9.2f %14.0f %11.1fx %12s" % (label, speed, alloc, speed / python, "%.1fx" % (speed / node) if node else "-"))
print("%-42s %9.2f %14s %11.1fx %12s" % ("Python jieba 0.42.1 (lcut)", python, "-", 1.0, "%.2fx" % (python / node) if node else "-"))
if node:
    print("%-42s %9.2f %14s %11.1fx %12s" % ("@node-rs/jieba %s (cut, hmm)" % node_version, node, "-", node / python, "1.0x"))
PY
