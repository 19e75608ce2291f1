"""Check the real-text batches: JSON shape, surfaces and not_quantities are substrings
of their text, ids unique, at most 4 sentences a page, bounds ordered."""
import glob, json, os, sys, collections

here = os.path.dirname(os.path.abspath(__file__))
ids, pages, errors, warns = set(), collections.Counter(), [], []
DOMAINS = {"local", "politics", "war", "disaster", "humanitarian", "courts"}
for path in sorted(glob.glob(os.path.join(here, "batch-b*.jsonl"))):
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        d = json.loads(line)
        where = f"{os.path.basename(path)}:{ln} {d.get('id')}"
        if set(d) != {"id", "text", "quantities", "not_quantities", "url", "domain"}:
            errors.append(f"{where}: keys {sorted(d)}")
        if d["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(d["id"])
        if d["domain"] not in DOMAINS:
            errors.append(f"{where}: domain {d['domain']}")
        pages[d["url"]] += 1
        text = d["text"]
        spans = []
        for q in d["quantities"]:
            if set(q) != {"surface", "low", "high", "unit"}:
                errors.append(f"{where}: quantity keys {sorted(q)}")
            s = q["surface"]
            if s not in text:
                errors.append(f"{where}: surface {s!r} not in text")
                continue
            if text.count(s) > 1:
                warns.append(f"{where}: surface {s!r} occurs {text.count(s)} times")
            if q["high"] is not None and q["low"] is not None and q["low"] > q["high"]:
                errors.append(f"{where}: low > high in {s!r}")
            spans.append((text.find(s), text.find(s) + len(s), s))
        for s in d["not_quantities"]:
            if s not in text:
                errors.append(f"{where}: not_quantity {s!r} not in text")
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                warns.append(f"{where}: surfaces {a[2]!r} and {b[2]!r} overlap at first occurrence")
for url, c in pages.items():
    if c > 4:
        errors.append(f"{url}: {c} sentences from one page")
for w in warns:
    print("warn:", w)
for e in errors:
    print("ERROR:", e)
print(f"{len(ids)} sentences, {len(pages)} pages, {len(errors)} errors")
sys.exit(1 if errors else 0)
