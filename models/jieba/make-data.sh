#!/usr/bin/env bash
# Regenerates dict.bin, hmm.bin, idf.bin and stop-words.txt from Debian's python3-jieba 0.42.1.
# Needs apt-get (run `apt-get update` once first), dpkg-deb and python3; installs nothing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
apt-get download python3-jieba=0.42.1-3 2>/dev/null || apt-get download python3-jieba
dpkg -x python3-jieba_*.deb extracted
package="$(dirname "$(find "$work/extracted" -name dict.txt -path '*/jieba/dict.txt' | head -n1)")"
version="$(sed -n "s/^__version__ = '\(.*\)'/\1/p" "$package/__init__.py")"
if [[ "$version" != "0.42.1" ]]; then
  echo "expected jieba 0.42.1, the package holds $version" >&2
  exit 1
fi
python3 "$here/make-data.py" "$package" "$here"
