#!/usr/bin/env python3
"""Toll accuracy per category (killed, injured, captured) of a `claimex evaluate realpages --save DIR`
run on this set, by the same rule as `claimex evaluate realpages` (the article's toll per category,
(0, 0) when there is none, low and high exactly equal). Prints aggregates only, so it may be run on
the check half. Run from the repository root:

    PYTHONPATH=src nice /work/main/.venv/bin/claimex evaluate realpages --data devsets/notes \
        --split check -q --save /tmp/notes_check
    /work/main/.venv/bin/python devsets/notes/toll_by_category.py /tmp/notes_check
"""
import collections, json, math, os, sys

sys.path.insert(0, "src")
from claimex.evaluate.realpages import toll_bounds  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def same(a, b):
    a, b = (math.inf if x is None else float(x) for x in (a, b))
    return a == b or abs(a - b) < 1e-6


def main(saved):
    gold = rows(os.path.join(HERE, "tolls.jsonl"))
    docs = [d["doc_id"] for d in rows(os.path.join(saved, "documents.jsonl"))]
    pred = rows(os.path.join(saved, "tolls.jsonl"))
    stat, stated = collections.Counter(), collections.Counter()
    for d in docs:
        g = [t for t in gold if t["doc_id"] == d]
        p = [t for t in pred if t["doc_id"] == d]
        for cat in ("killed", "injured", "captured"):
            gt = next((t for t in g if t["category"] == cat), None)
            want = (float(gt["low"]), gt["high"]) if gt else (0.0, 0.0)
            got = toll_bounds(p, cat)
            ok = same(got[0], want[0]) and same(got[1], want[1])
            stat[cat, "n"] += 1
            stat[cat, "ok"] += ok
            if gt:
                stated[cat, "n"] += 1
                stated[cat, "ok"] += ok
    print("%s: %d documents" % (saved, len(docs)))
    for cat in ("killed", "injured", "captured"):
        print("  %-8s %d/%d = %.3f | where the note states a figure %d/%d = %.3f | no figure (0) %d/%d"
              % (cat, stat[cat, "ok"], stat[cat, "n"], stat[cat, "ok"] / stat[cat, "n"],
                 stated[cat, "ok"], stated[cat, "n"], stated[cat, "ok"] / max(1, stated[cat, "n"]),
                 stat[cat, "ok"] - stated[cat, "ok"], stat[cat, "n"] - stated[cat, "n"]))


if __name__ == "__main__":
    main(sys.argv[1])
