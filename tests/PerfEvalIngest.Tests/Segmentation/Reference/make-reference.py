#!/usr/bin/env python3
"""Writes the reference token streams the conformance tests compare against, using jieba 0.42.1 itself.

For every input (the seed reports, if present, and mixed-text.txt.gz) and every mode (precise with and without
HMM, full, search) it writes <input>.<variant>.<mode>.txt.gz, one token per line with backslash, CR, LF and TAB
escaped as \\\\, \\r, \\n and \\t. Variants:
  raw       jieba on the text as it is (our segmenter with width normalisation off)
  width     jieba on the text with full-width digits, letters and ＋＃＆．＿％－ mapped to ASCII, which is what our
            segmenter does by default; tokens are written in that normalised spelling
  userdict  as width, after jieba.load_userdict(models/jieba/userdict-budget.txt)
It also writes <input>.keywords.txt (TF-IDF top 20 with weights, width and userdict variants) and manifest.json
(input hashes, so a test can tell when an input changed after its reference was made).

Full mode: jieba emits empty strings next to whitespace; they carry no text and are left out.

Usage: make-reference.py [--jieba DIST_PACKAGES] [--seeds DIR]
  --jieba  folder holding jieba/ from Debian's python3-jieba 0.42.1; by default it is downloaded with
           `apt-get download` and unpacked with `dpkg -x` into a temporary folder
  --seeds  folder of seed reports (*.txt); default ../shared/seeds relative to the repository root
"""
import argparse
import glob
import gzip
import hashlib
import io
import json
import logging
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
USERDICT = os.path.join(REPO, "models", "jieba", "userdict-budget.txt")
MODES = ["precise-hmm", "precise-nohmm", "full", "search"]
WIDTH_TABLE = {c: c - 0xFEE0 for c in
               list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B)) +
               [0xFF0B, 0xFF03, 0xFF06, 0xFF0E, 0xFF3F, 0xFF05, 0xFF0D]}


def load_jieba(dist_packages):
    if dist_packages is None:
        work = tempfile.mkdtemp()
        subprocess.run(["apt-get", "download", "python3-jieba"], cwd=work, check=True)
        deb = glob.glob(os.path.join(work, "python3-jieba_*.deb"))[0]
        subprocess.run(["dpkg", "-x", deb, os.path.join(work, "x")], check=True)
        dist_packages = glob.glob(os.path.join(work, "x", "usr", "lib", "python3*", "dist-packages"))[0]
    sys.path.insert(0, dist_packages)
    import jieba
    import jieba.analyse
    if jieba.__version__ != "0.42.1":
        raise SystemExit("need jieba 0.42.1, found %s in %s" % (jieba.__version__, dist_packages))
    jieba.setLogLevel(logging.WARNING)
    return jieba


def escape(token):
    return token.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def write_tokens(path, tokens):
    body = "".join(escape(t) + "\n" for t in tokens).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
        f.write(body)


def cut(tokenizer, text, mode):
    if mode == "precise-hmm":
        return tokenizer.lcut(text)
    if mode == "precise-nohmm":
        return tokenizer.lcut(text, HMM=False)
    if mode == "full":
        return [t for t in tokenizer.lcut(text, cut_all=True) if t]
    return tokenizer.lcut_for_search(text)


def keywords(jieba, tokenizer, text):
    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = tokenizer
    return extractor.extract_tags(text, topK=20, withWeight=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jieba")
    parser.add_argument("--seeds", default=os.path.join(REPO, "..", "shared", "seeds"))
    args = parser.parse_args()
    jieba = load_jieba(args.jieba)

    inputs = []
    for path in sorted(glob.glob(os.path.join(args.seeds, "*.txt"))):
        with open(path, "rb") as f:
            inputs.append((os.path.splitext(os.path.basename(path))[0], f.read()))
    if not inputs:
        print("no seeds in %s: writing the mixed text's references only" % args.seeds)
    with gzip.open(os.path.join(HERE, "mixed-text.txt.gz"), "rb") as f:
        inputs.append(("mixed-text", f.read()))

    plain = jieba.Tokenizer()
    with_userdict = jieba.Tokenizer()
    with_userdict.load_userdict(USERDICT)

    manifest = {"jieba": jieba.__version__, "python": sys.version.split()[0], "inputs": {}}
    for name, data in inputs:
        # Read as bytes and decode without newline translation: CR LF must reach jieba as it is in the file.
        text = data.decode("utf-8-sig") if name != "mixed-text" else data.decode("utf-8")
        normalised = text.translate(WIDTH_TABLE)
        counts = {}
        for variant, tokenizer, source in (("raw", plain, text), ("width", plain, normalised),
                                           ("userdict", with_userdict, normalised)):
            for mode in MODES:
                tokens = cut(tokenizer, source, mode)
                write_tokens(os.path.join(HERE, "%s.%s.%s.txt.gz" % (name, variant, mode)), tokens)
                counts["%s.%s" % (variant, mode)] = len(tokens)
        with io.open(os.path.join(HERE, "%s.keywords.txt" % name), "w", encoding="utf-8", newline="\n") as f:
            for variant, tokenizer in (("width", plain), ("userdict", with_userdict)):
                for word, weight in keywords(jieba, tokenizer, normalised):
                    f.write("%s\t%s\t%r\n" % (variant, word, weight))
        manifest["inputs"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "tokens": counts}
        print("%s: %s" % (name, counts))
    with io.open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
