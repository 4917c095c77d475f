#!/usr/bin/env python3
"""Converts the data of the jieba 0.42.1 package into the compact files the segmenter loads.

Usage: make-data.py PACKAGE_DIR OUT_DIR
  PACKAGE_DIR  the jieba/ folder of an extracted python3-jieba package (it holds dict.txt)
  OUT_DIR      where dict.bin, hmm.bin, idf.bin and stop-words.txt are written

Every file is little-endian and starts with an 8-byte magic and an int32 version, so a loader
can reject a file from another layout instead of misreading it.
"""
import importlib
import math
import os
import struct
import sys
from array import array

VERSION = 1
# idf.bin carries an open-addressing hash table over its words, so a reader finds a word in a probe or two and builds
# nothing when it loads.
IDF_VERSION = 3
MIN_FLOAT = -3.14e100
STATES = "BEMS"  # alphabetical: the loader relies on it to break Viterbi ties as the reference does


def pad(f, boundary):
    """Zero bytes up to the next multiple of boundary, so every array starts aligned to its element size."""
    f.write(b"\0" * (-f.tell() % boundary))


def read_dictionary(path):
    """Frequencies and their running total exactly as the reference tokenizer builds them:
    a repeated word keeps its last frequency, yet every line is counted in the total."""
    freq = {}
    total = 0
    with open(path, "rb") as f:
        for raw in f:
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            word, count = line.split(" ")[:2]
            count = int(count)
            freq[word] = count
            total += count
    return freq, total


def build_trie(freq):
    """Breadth-first trie: the children of every node are contiguous and sorted by UTF-16 code unit,
    so the loader can binary-search them and needs no pointers besides one start index per node."""
    root = {}
    for word in freq:
        units = word.encode("utf-16-le")
        if len(units) != 2 * len(word):
            raise SystemExit("non-BMP character in dictionary word %r" % word)
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
    labels = array("H", [0])
    counts = array("i", [0])
    child_start = array("i")
    # BFS over (prefix, children) so node i's children follow node i-1's children.
    queue = [("", root)]
    head = 0
    while head < len(queue):
        prefix, children = queue[head]
        head += 1
        child_start.append(len(queue))
        for ch in sorted(children):
            word = prefix + ch
            labels.append(ord(ch))
            counts.append(freq.get(word, 0))
            queue.append((word, children[ch]))
    child_start.append(len(queue))
    return labels, child_start, counts


def write_dictionary(out, freq, total):
    labels, child_start, counts = build_trie(freq)
    node_count = len(labels)
    assert len(child_start) == node_count + 1 and len(counts) == node_count
    with open(out, "wb") as f:
        f.write(b"JBPREFIX")
        f.write(struct.pack("<iiq", VERSION, node_count, total))
        f.write(labels.tobytes())
        pad(f, 4)
        f.write(child_start.tobytes())
        f.write(counts.tobytes())
        pad(f, 8)
        # Natural logs as Python computes them, so route scores are bit-identical to the reference's; a prefix that
        # is no word gets log(1) = 0, the floor jieba applies.
        f.write(array("d", [math.log(c) if c > 0 else 0.0 for c in counts]).tobytes())
    return node_count


def write_hmm(out, package_dir):
    sys.path.insert(0, os.path.dirname(package_dir))
    start = importlib.import_module("jieba.finalseg.prob_start").P
    trans = importlib.import_module("jieba.finalseg.prob_trans").P
    emit = importlib.import_module("jieba.finalseg.prob_emit").P
    with open(out, "wb") as f:
        f.write(b"JBHMMBEM")
        f.write(struct.pack("<i", VERSION))
        f.write(struct.pack("<4d", *(start[s] for s in STATES)))
        for s in STATES:
            f.write(struct.pack("<4d", *(trans[s].get(t, MIN_FLOAT) for t in STATES)))
        for s in STATES:
            table = sorted((ord(ch), p) for ch, p in emit[s].items() if ord(ch) <= 0xFFFF)
            f.write(struct.pack("<i", len(table)))
            f.write(array("H", [c for c, _ in table]).tobytes())
            pad(f, 8)
            f.write(array("d", [p for _, p in table]).tobytes())


def fnv1a(word):
    """FNV-1a (32 bits) over the word's UTF-16 code units; IdfTable.Hash computes the same."""
    h = 2166136261
    for (unit,) in struct.iter_unpack("<H", word.encode("utf-16-le")):
        h = ((h ^ unit) * 16777619) & 0xFFFFFFFF
    return h


def hash_table(words):
    """Slots for the words, a power of two at most 60% full; each slot holds a word's index plus one (0: empty). A
    word goes into the first free slot from its hash on (linear probing), in word order, so the table is
    deterministic."""
    size = 1
    while size * 3 < len(words) * 5:
        size *= 2
    slots = array("i", [0]) * size
    for index, word in enumerate(words):
        at = fnv1a(word) & (size - 1)
        while slots[at] != 0:
            at = (at + 1) & (size - 1)
        slots[at] = index + 1
    return slots


def write_idf(out, path):
    """Same parse as the reference loader: last value wins and the median is the middle of the sorted values. Words
    are written in the file's order, then the hash table over them."""
    idf = {}
    with open(path, "rb") as f:
        for line in f.read().decode("utf-8").splitlines():
            word, value = line.strip().split(" ")
            idf[word] = float(value)
    median = sorted(idf.values())[len(idf) // 2]
    pool = array("H")
    offsets = array("i", [0])
    words = list(idf)
    for word in words:
        pool.frombytes(word.encode("utf-16-le"))
        offsets.append(len(pool))
    with open(out, "wb") as f:
        f.write(b"JBIDFTAB")
        f.write(struct.pack("<iid", IDF_VERSION, len(idf), median))
        f.write(struct.pack("<i", len(pool)))
        pad(f, 8)
        f.write(array("d", [idf[w] for w in words]).tobytes())
        f.write(offsets.tobytes())
        f.write(pool.tobytes())
        slots = hash_table(words)
        pad(f, 4)
        f.write(struct.pack("<i", len(slots)))
        f.write(slots.tobytes())
    return len(idf), median


def write_stop_words(out, package_dir):
    sys.path.insert(0, os.path.dirname(package_dir))
    tfidf = importlib.import_module("jieba.analyse.tfidf")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for word in sorted(tfidf.KeywordExtractor.STOP_WORDS):
            f.write(word + "\n")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    package_dir, out_dir = sys.argv[1], sys.argv[2]
    freq, total = read_dictionary(os.path.join(package_dir, "dict.txt"))
    nodes = write_dictionary(os.path.join(out_dir, "dict.bin"), freq, total)
    print("dict.bin: %d words, %d trie nodes, total %d" % (len(freq), nodes, total))
    write_hmm(os.path.join(out_dir, "hmm.bin"), package_dir)
    print("hmm.bin written")
    count, median = write_idf(os.path.join(out_dir, "idf.bin"), os.path.join(package_dir, "analyse", "idf.txt"))
    print("idf.bin: %d words, median %r" % (count, median))
    write_stop_words(os.path.join(out_dir, "stop-words.txt"), package_dir)
    print("stop-words.txt written")


if __name__ == "__main__":
    main()
