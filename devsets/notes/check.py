#!/usr/bin/env python3
"""Validate devsets/notes: quotes unique and containing their anchors, ids unique, doc_ids known,
field sets and value ranges as documented in README.md, the held-out URL rule (SHA-1 of the page URL
starts with an even hex digit), at most 10 notes a page, no page already used by another set.
Prints counts; exits 1 on any error."""
import collections, glob, hashlib, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_KEYS = {"doc_id", "quote", "anchor", "category", "low", "high", "vague", "modality", "speaker",
             "section", "comment_author", "subject", "core", "scope"}
NONCLAIM_KEYS = {"doc_id", "quote", "anchor", "kind"}
TOLL_KEYS = {"doc_id", "category", "low", "high", "basis"}
CATEGORIES = {"killed", "injured", "killed_or_injured", "captured", "missing", "displaced"}
MODALITIES = {"asserted", "hedged", "negated", "hypothetical"}
SCOPES = {"reported", "background", "aggregate"}
BASES = {"stated", "sum", "enumerated", "zero"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    errors = []
    docs = load("docs.jsonl")
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate doc ids: %s" % [i for i, c in collections.Counter(ids).items() if c > 1])
    urls = [d["url"] for d in docs]
    if len(urls) != len(set(urls)):
        errors.append("duplicate urls")
    pages = collections.Counter(u.split("#")[0] for u in urls)
    for page, n in pages.items():
        if hashlib.sha1(page.encode()).hexdigest()[0] not in "02468ace":
            errors.append("page url with an odd SHA-1 digest: %s" % page)
        if n > 10:
            errors.append("%d notes from one page: %s" % (n, page))
    for d in docs:
        if not d["url"].startswith(d["url"].split("#")[0] + "#") or not d["url"].split("#")[-1].isdigit():
            errors.append("doc %s: url must be PAGE#n" % d["id"])
    others = set()
    for f in glob.glob(os.path.join(HERE, "..", "*", "docs.jsonl")) + [os.path.join(HERE, "..", "..", "..", "shared", "corpora", "realpages-dev", "docs.jsonl")]:
        if os.path.abspath(f) == os.path.join(HERE, "docs.jsonl") or not os.path.exists(f):
            continue
        with open(f, encoding="utf-8") as fh:
            others.update(json.loads(line)["url"].split("#")[0] for line in fh if line.strip())
    for page in sorted(set(pages) & others):
        errors.append("page already used by another set: %s" % page)
    text = {d["id"]: d["text"] for d in docs}
    for d in docs:
        if set(d) != {"id", "url", "text"}:
            errors.append("doc %s: keys %s" % (d.get("id"), sorted(d)))

    def check_span(kind, i, r):
        if r["doc_id"] not in text:
            errors.append("%s %d: unknown doc_id %s" % (kind, i, r["doc_id"]))
            return
        n = text[r["doc_id"]].count(r["quote"])
        if n != 1:
            errors.append("%s %d (%s): quote occurs %d times: %r" % (kind, i, r["doc_id"], n, r["quote"]))
        if r["anchor"] not in r["quote"]:
            errors.append("%s %d (%s): anchor %r not in quote %r" % (kind, i, r["doc_id"], r["anchor"], r["quote"]))

    gold = load("gold.jsonl")
    for i, r in enumerate(gold, 1):
        if set(r) != GOLD_KEYS:
            errors.append("gold %d: keys %s" % (i, sorted(r)))
            continue
        check_span("gold", i, r)
        if r["category"] not in CATEGORIES: errors.append("gold %d: category %r" % (i, r["category"]))
        if r["modality"] not in MODALITIES: errors.append("gold %d: modality %r" % (i, r["modality"]))
        if r["scope"] not in SCOPES: errors.append("gold %d: scope %r" % (i, r["scope"]))
        if not isinstance(r["low"], int) or (r["high"] is not None and (not isinstance(r["high"], int) or r["high"] < r["low"])):
            errors.append("gold %d: bad range %r-%r" % (i, r["low"], r["high"]))
        if not isinstance(r["core"], bool) or not isinstance(r["vague"], bool):
            errors.append("gold %d: core/vague not bool" % i)
    keys = [(r["doc_id"], r["quote"], r["anchor"], r["category"]) for r in gold]
    for k, c in collections.Counter(keys).items():
        if c > 1: errors.append("gold: duplicate row %r" % (k,))

    nonclaims = load("nonclaims.jsonl")
    for i, r in enumerate(nonclaims, 1):
        if set(r) != NONCLAIM_KEYS:
            errors.append("nonclaim %d: keys %s" % (i, sorted(r)))
            continue
        check_span("nonclaim", i, r)

    tolls = load("tolls.jsonl")
    for i, r in enumerate(tolls, 1):
        if set(r) != TOLL_KEYS:
            errors.append("toll %d: keys %s" % (i, sorted(r)))
            continue
        if r["doc_id"] not in text: errors.append("toll %d: unknown doc_id %s" % (i, r["doc_id"]))
        if r["category"] not in CATEGORIES: errors.append("toll %d: category %r" % (i, r["category"]))
        if r["basis"] not in BASES: errors.append("toll %d: basis %r" % (i, r["basis"]))
        if r["high"] is not None and r["high"] < r["low"]: errors.append("toll %d: high < low" % i)
        if r["basis"] == "zero" and (r["low"], r["high"]) != (0, 0): errors.append("toll %d: zero basis but %r-%r" % (i, r["low"], r["high"]))
    for k, c in collections.Counter((r["doc_id"], r["category"]) for r in tolls).items():
        if c > 1: errors.append("toll: duplicate %r" % (k,))

    scope = collections.Counter(r["scope"] for r in gold)
    core = sum(r["core"] for r in gold)
    print("pages %d | docs %d | gold %d (core %d, not core %d; reported %d, background %d, aggregate %d) | nonclaims %d | tolls %d (%s)"
          % (len(pages), len(docs), len(gold), core, len(gold) - core, scope["reported"], scope["background"], scope["aggregate"],
             len(nonclaims), len(tolls), ", ".join("%s %d" % kv for kv in sorted(collections.Counter(r["basis"] for r in tolls).items()))))
    docs_without = [d for d in ids if not any(r["doc_id"] == d for r in gold)]
    if docs_without: print("docs without gold rows:", ", ".join(docs_without))
    for e in errors: print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
