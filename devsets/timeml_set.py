"""Shared builder and validator of the TimeML development sets (``dates-real``,
``dates-probes``): each set keeps its annotations in ``annotations/<prefix>NNN.txt`` and
calls :func:`build_set` from its ``build.py`` and :func:`check_main` from its ``check.py``.

Each annotation file has three parts separated by lines ``---``:

1. a header of ``key: value`` lines: ``url``, ``dct`` (YYYY-MM-DD), ``dct_source`` (how the
   publication date was established), ``query`` (the ``search`` query that found the page),
   ``cut_start`` / ``cut_end`` (the first and last words of the article body kept as TEXT),
   and any keys the set adds (``probes`` in dates-probes: the waiting rule the page was found
   for);
2. the TIMEX3 expressions in text order, one a line: ``surface | TYPE | VALUE`` with
   optional ``| mod=MOD`` and ``| skip=N`` (skip N earlier whole-word occurrences of the
   surface after the previous expression, when they are not time expressions);
3. the page text exactly as the ``search`` tool's ``pages`` corpus returned it (its
   excerpt, from its beginning; it may stop after the part kept).

The builder writes ``<prefix>NNN.tml`` next to the annotations folder and ``pages.jsonl``
(one line per article: id, url, dct, dct_source, query, the set's extra keys, page text).

The validator checks, for every ``.tml``: it parses with :mod:`claimex.evaluate.timeml`; its
DOCID is the file name; the DCT is a full day and equals the one recorded in ``pages.jsonl``;
tids are unique; every TIMEX3 has a known type, a well-formed value for that type and a known
``mod``; no TIMEX3 is empty or starts/ends with a space; the text (tags removed) is an exact
substring of the page text stored in ``pages.jsonl``; the file is what the builder makes of
its annotation file. For the set: ids and URLs unique, every URL in the hashed half used for
development (first SHA-1 hex digit even), no URL shared with the project's other development
sets.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from claimex.evaluate.timeml import TIMEX_TYPES, read_timeml

DEVSETS = Path(__file__).resolve().parent
REPO = DEVSETS.parent

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


def build_set(here: Path, prefix: str, extra_keys: tuple[str, ...] = ()) -> None:
    """Write the set's ``.tml`` files and ``pages.jsonl`` from ``here/annotations``."""
    pages = []
    for path in sorted((here / "annotations").glob(f"{prefix}*.txt")):
        doc = parse_annotation(path)
        (here / f"{doc['id']}.tml").write_text(to_timeml(doc), encoding="utf-8")
        meta = doc["meta"]
        row = {"id": doc["id"], "url": meta["url"], "dct": meta["dct"],
               "dct_source": meta["dct_source"], "query": meta.get("query", "")}
        row.update({key: meta.get(key, "") for key in extra_keys})
        row["page"] = doc["page"]
        pages.append(row)
    with open(here / "pages.jsonl", "w", encoding="utf-8") as fh:
        for row in pages:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(pages)} articles written")


MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
_DATE = (r"(?:\d{1,4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W\d\d(?:-WE)?|-Q[1-4]|-H[12]"
         r"|-(?:SP|SU|FA|WI))?|FY\d{4}|PRESENT_REF|PAST_REF|FUTURE_REF")
VALUE_PATTERNS = {
    "DATE": re.compile(rf"^(?:{_DATE})$"),
    "TIME": re.compile(r"^\d{4}-\d\d-\d\d(?:T(?:\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT))$"),
    "DURATION": re.compile(r"^P(?:(?:[\dX.]+[YMWDQEC])+(?:T(?:[\dX.]+[HMS])+)?"
                           r"|T(?:[\dX.]+[HMS])+)$"),
    # a recurring weekday (with its part of the day) as TimeML writes it: "every Tuesday"
    # XXXX-WXX-2, "each Friday night" XXXX-WXX-5TNI
    "SET": re.compile(rf"^(?:P(?:[\dX]+[YMWDQEC]|T[\dX]+[HMS])|{_DATE}"
                      r"|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?)$"),
}


def other_urls(here: Path, also_excluded: tuple[Path, ...] = ()) -> set[str]:
    """URLs of the project's other development sets (which this set must not share)."""
    paths = [p for p in (REPO / "devsets").glob("*/docs.jsonl") if p.parent != here]
    paths += [p for p in also_excluded if p.exists()]
    paths += list((REPO / "devsets" / "news-real").glob("*.jsonl"))
    shared = REPO.parent / "shared" / "corpora" / "realpages-dev" / "docs.jsonl"
    if shared.exists():
        paths.append(shared)
    urls = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and row.get("url"):
                urls.add(row["url"])
    return urls


def check(here: Path, prefix: str, also_excluded: tuple[Path, ...] = ()) -> list[str]:
    """The problems of the set in ``here`` (its files named ``<prefix>NNN``)."""
    errors: list[str] = []
    pages = {}
    for line in (here / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in pages:
            errors.append(f"{row['id']}: twice in pages.jsonl")
        pages[row["id"]] = row
    urls = [row["url"] for row in pages.values()]
    if len(set(urls)) != len(urls):
        errors.append("a URL is used twice")
    taken = other_urls(here, also_excluded)
    for row in pages.values():
        if hashlib.sha1(row["url"].encode()).hexdigest()[0] not in "02468ace":
            errors.append(f"{row['id']}: URL outside this set's hashed half")
        if row["url"] in taken:
            errors.append(f"{row['id']}: URL already in another development set")
    files = sorted(here.glob(f"{prefix}*.tml"))
    if {f.stem for f in files} != set(pages):
        errors.append("the .tml files and pages.jsonl do not list the same articles")
    for path in files:
        name = path.stem
        doc = read_timeml(path)
        root = ET.parse(path).getroot()
        docid = root.findtext("DOCID")
        if docid != name:
            errors.append(f"{name}: DOCID {docid!r}")
        page = pages.get(name)
        if page is None:
            continue
        if doc.dct != page["dct"] or not re.fullmatch(r"\d{4}-\d\d-\d\d", doc.dct or ""):
            errors.append(f"{name}: DCT {doc.dct!r} (pages.jsonl: {page['dct']!r})")
        if doc.text not in page["page"]:
            errors.append(f"{name}: TEXT is not a substring of the stored page text")
        tids = [el.get("tid") for el in root.iter("TIMEX3")]
        if len(set(tids)) != len(tids) or None in tids:
            errors.append(f"{name}: missing or repeated tid")
        for tx in doc.timexes:
            where = f"{name} {tx.tid} {tx.text!r}"
            if tx.type not in TIMEX_TYPES:
                errors.append(f"{where}: type {tx.type!r}")
            elif not VALUE_PATTERNS[tx.type].match(tx.value or ""):
                errors.append(f"{where}: value {tx.value!r} not a {tx.type} value")
            if tx.mod is not None and tx.mod not in MODS:
                errors.append(f"{where}: mod {tx.mod!r}")
            if not tx.text.strip() or tx.text != tx.text.strip():
                errors.append(f"{where}: empty or padded extent")
        rebuilt = to_timeml(parse_annotation(here / "annotations" / f"{name}.txt"))
        if rebuilt != path.read_text(encoding="utf-8"):
            errors.append(f"{name}: differs from what the builder makes of its annotation file")
    return errors


def check_main(here: Path, prefix: str, also_excluded: tuple[Path, ...] = ()) -> int:
    """Validate the set in ``here``; print the problems and the counts; 1 on any problem."""
    errors = check(here, prefix, also_excluded)
    for error in errors:
        print(error)
    files = sorted(here.glob(f"{prefix}*.tml"))
    counts: dict[str, int] = {}
    for path in files:
        for tx in read_timeml(path).timexes:
            counts[tx.type] = counts.get(tx.type, 0) + 1
    print(f"{len(files)} articles, {sum(counts.values())} TIMEX3 "
          + ", ".join(f"{k} {counts.get(k, 0)}" for k in TIMEX_TYPES)
          + f"; {len(errors)} problems")
    return 1 if errors else 0
