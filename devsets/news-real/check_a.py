"""Check the batch-a*.jsonl files of this folder (python3 check_a.py [folder]).

Every surface and not_quantity must be a substring of its text, and the first
occurrence of a surface must not sit inside a longer number or word; ids and
texts are unique; each URL passes the held-out rule (the SHA-1 hex digest of
the URL starts with an even hex digit) and gives at most 4 sentences; low <= high.
"""
import collections, glob, hashlib, json, os, sys

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "text", "quantities", "not_quantities", "url", "domain"}
DOMAINS = {"business", "technology", "science", "health", "sports"}
ids, texts, pages, bad = set(), set(), collections.Counter(), 0


def fail(*msg):
    global bad
    bad += 1
    print("FAIL", *msg)


for fn in sorted(glob.glob(os.path.join(folder, "batch-a*.jsonl"))):
    domains, nq, nofig, n = collections.Counter(), 0, 0, 0
    for line in open(fn, encoding="utf-8"):
        d = json.loads(line)
        n += 1
        t = d["text"]
        if set(d) != KEYS:
            fail(d.get("id"), "keys", sorted(d))
        if d["id"] in ids:
            fail(d["id"], "duplicate id")
        if t in texts:
            fail(d["id"], "duplicate text")
        ids.add(d["id"]); texts.add(t)
        if hashlib.sha1(d["url"].encode()).hexdigest()[0] not in "02468ace":
            fail(d["id"], "URL fails the held-out rule")
        pages[d["url"]] += 1
        if d["domain"] not in DOMAINS:
            fail(d["id"], "domain", d["domain"])
        for q in d["quantities"]:
            s = q["surface"]
            if set(q) != {"surface", "low", "high", "unit"}:
                fail(d["id"], "quantity keys", q)
            i = t.find(s)
            if i < 0:
                fail(d["id"], "surface not in text", s)
                continue
            j = i + len(s)
            if (i > 0 and t[i - 1].isalnum() and s[0].isalnum()) or (j < len(t) and t[j].isalnum() and s[-1].isalnum()) \
                    or (i > 1 and t[i - 1] in ".," and t[i - 2].isdigit()):
                fail(d["id"], "first occurrence of the surface is inside a longer token", s)
            if q["high"] is not None and q["low"] > q["high"]:
                fail(d["id"], "low > high", q)
        for s in d["not_quantities"]:
            if s not in t:
                fail(d["id"], "not_quantity not in text", s)
        domains[d["domain"]] += 1
        nq += len(d["quantities"])
        nofig += not d["quantities"]
    print(os.path.basename(fn), n, "sentences", dict(domains), nq, "quantities", nofig, "without a figure")
for url, c in pages.items():
    if c > 4:
        fail("more than 4 sentences from", url)
print(len(ids), "sentences from", len(pages), "pages;", "OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
