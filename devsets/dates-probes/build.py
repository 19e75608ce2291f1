"""Build the TimeML files of this set from ``annotations/dpNNN.txt``.

Each annotation file has three parts separated by lines ``---``:

1. a header of ``key: value`` lines: ``url``, ``dct`` (YYYY-MM-DD), ``dct_source`` (how the
   publication date was established), ``query`` (the ``search`` query that found the page),
   ``probes`` (the waiting rule the page was found for), ``cut_start`` / ``cut_end`` (the first and last words of the article body kept as TEXT);
2. the TIMEX3 expressions in text order, one a line: ``surface | TYPE | VALUE`` with
   optional ``| mod=MOD`` and ``| skip=N`` (skip N earlier whole-word occurrences of the
   surface after the previous expression, when they are not time expressions);
3. the page text exactly as the ``search`` tool's ``pages`` corpus returned it (its
   excerpt, from its beginning; it may stop after the part kept).

Writes ``dpNNN.tml`` next to this file and ``pages.jsonl`` (one line per article: id,
url, dct, dct_source, query, page text). ``check.py`` validates the result.

    python devsets/dates-probes/build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent


def parse_annotation(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    header, timex_part, page = raw.split("\n---\n", 2)
    if page.endswith("\n"):
        page = page[:-1]
    meta = {}
    for line in header.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    timexes = []
    for line in timex_part.splitlines():
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        surface, ttype, value = fields[:3]
        extra = dict(f.split("=", 1) for f in fields[3:])
        timexes.append({"surface": surface, "type": ttype, "value": value,
                        "mod": extra.get("mod"), "skip": int(extra.get("skip", 0))})
    return {"id": path.stem, "meta": meta, "timexes": timexes, "page": page}


def locate(doc: dict) -> tuple[str, list[tuple[int, int, dict]]]:
    """The TEXT (cut from the page) and each expression's span in it, found in order."""
    page, meta = doc["page"], doc["meta"]
    start = page.index(meta["cut_start"]) if meta.get("cut_start") else 0
    end = (page.index(meta["cut_end"], start) + len(meta["cut_end"])
           if meta.get("cut_end") else len(page))
    text = page[start:end]
    spans, cursor = [], 0
    for tx in doc["timexes"]:
        pattern = re.compile(r"(?<![\w])" + re.escape(tx["surface"]) + r"(?![\w])")
        match = None
        for _ in range(tx["skip"] + 1):
            match = pattern.search(text, cursor if match is None else match.end())
            if match is None:
                raise ValueError(f"{doc['id']}: {tx['surface']!r} not found after {cursor}")
        spans.append((match.start(), match.end(), tx))
        cursor = match.end()
    return text, spans


def to_timeml(doc: dict) -> str:
    text, spans = locate(doc)
    dct = doc["meta"]["dct"]
    out, last = [], 0
    for i, (s, e, tx) in enumerate(spans, 1):
        out.append(escape(text[last:s]))
        mod = f" mod={quoteattr(tx['mod'])}" if tx["mod"] else ""
        out.append(f"<TIMEX3 tid=\"t{i}\" type={quoteattr(tx['type'])} "
                   f"value={quoteattr(tx['value'])}{mod}>{escape(text[s:e])}</TIMEX3>")
        last = e
    out.append(escape(text[last:]))
    return ("<?xml version=\"1.0\" ?>\n<TimeML>\n"
            f"<DOCID>{doc['id']}</DOCID>\n"
            f"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" temporalFunction=\"false\" "
            f"functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n"
            f"<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n")


def main() -> None:
    pages = []
    for path in sorted((HERE / "annotations").glob("dp*.txt")):
        doc = parse_annotation(path)
        (HERE / f"{doc['id']}.tml").write_text(to_timeml(doc), encoding="utf-8")
        meta = doc["meta"]
        pages.append({"id": doc["id"], "url": meta["url"], "dct": meta["dct"],
                      "dct_source": meta["dct_source"], "query": meta.get("query", ""),
                      "probes": meta.get("probes", ""), "page": doc["page"]})
    with open(HERE / "pages.jsonl", "w", encoding="utf-8") as fh:
        for row in pages:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(pages)} articles written")


if __name__ == "__main__":
    main()
