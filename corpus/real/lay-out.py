#!/usr/bin/env python3
"""Lays out the real pool from local copies of the public repositories named in manifest.json.

The documents are third-party publications whose licences are unclear, so the repository keeps only this
manifest (where each file lives, its sha256) and the hand-written truth; the files themselves are taken from
git object stores on the machine and verified byte for byte.

usage: lay-out.py --repos DIR [--out DIR]
  --repos DIR   a folder holding one git copy per repository, either DIR/<owner>+<name>/repo (a bare snapshot)
                or DIR/<name> / DIR/<owner>+<name> (an ordinary clone)
  --out DIR     where to lay the files out (default: $PERFEVAL_REAL, else ../real-pool beside the repository)
Exit 0 when every file is there with the right sha256; 1 otherwise (each problem named).
"""
import argparse, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git_dir(repos, repo):
    owner, name = repo.split("/")
    for candidate in (os.path.join(repos, f"{owner}+{name}", "repo"), os.path.join(repos, f"{owner}+{name}"),
                      os.path.join(repos, name)):
        for g in (candidate, os.path.join(candidate, ".git")):
            if os.path.isfile(os.path.join(g, "HEAD")):
                return g
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repos", required=True)
    ap.add_argument("--out")
    args = ap.parse_args()
    out = args.out or os.environ.get("PERFEVAL_REAL") or os.path.join(HERE, "..", "..", "..", "real-pool")
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    problems = 0
    for doc in manifest["documents"]:
        g = git_dir(args.repos, doc["repo"])
        if g is None:
            print(f"missing repository {doc['repo']} under {args.repos}", file=sys.stderr)
            problems += 1
            continue
        blob = subprocess.run(["git", f"--git-dir={g}", "show", f"{doc['commit']}:{doc['path']}"],
                              capture_output=True)
        if blob.returncode != 0:
            print(f"{doc['id']}: cannot read {doc['commit'][:12]}:{doc['path']}: {blob.stderr.decode().strip()}",
                  file=sys.stderr)
            problems += 1
            continue
        digest = hashlib.sha256(blob.stdout).hexdigest()
        if digest != doc["sha256"]:
            print(f"{doc['id']}: sha256 {digest} differs from the manifest's {doc['sha256']}", file=sys.stderr)
            problems += 1
            continue
        target = os.path.join(out, doc["file"])
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(blob.stdout)
    total = len(manifest["documents"])
    print(f"{total - problems} of {total} files laid out in {os.path.abspath(out)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
