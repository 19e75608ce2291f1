"""Validate the dates-probes TimeML files.

Checks, for every ``dpNNN.tml``: it parses with :mod:`claimex.evaluate.timeml`; its DOCID is
the file name; the DCT is a full day and equals the one recorded in ``pages.jsonl``; tids
are unique; every TIMEX3 has a known type, a well-formed value for that type and a known
``mod``; no TIMEX3 is empty or starts/ends with a space; the text (tags removed) is an exact
substring of the page text stored in ``pages.jsonl``; the file is what ``build.py`` makes of
its annotation file. For the set: ids and URLs unique, every URL in the hashed half used for
this set (first SHA-1 hex digit even), no URL shared with the project's other development
sets.

    PYTHONPATH=src python devsets/dates-probes/check.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from claimex.evaluate.timeml import TIMEX_TYPES, read_timeml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MODS = {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
        "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}
_DATE = (r"(?:\d{1,4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-W\d\d(?:-WE)?|-Q[1-4]|-H[12]"
         r"|-(?:SP|SU|FA|WI))?|FY\d{4}|PRESENT_REF|PAST_REF|FUTURE_REF")
VALUE_PATTERNS = {
    "DATE": re.compile(rf"^(?:{_DATE})$"),
    "TIME": re.compile(r"^\d{4}-\d\d-\d\d(?:T(?:\d\d:\d\d(?::\d\d)?|MO|AF|EV|NI|DT))$"),
    "DURATION": re.compile(r"^P(?:(?:[\dX.]+[YMWDQEC])+(?:T(?:[\dX.]+[HMS])+)?"
                           r"|T(?:[\dX.]+[HMS])+)$"),
    "SET": re.compile(rf"^(?:P(?:[\dX]+[YMWDQEC]|T[\dX]+[HMS])|{_DATE})$"),
}


def other_urls() -> set[str]:
    """URLs of the project's other development sets (which this set must not share)."""
    paths = [p for p in (REPO / "devsets").glob("*/docs.jsonl") if p.parent != HERE]
    paths += list((REPO / "devsets" / "news-real").glob("*.jsonl"))
    paths.append(REPO / "devsets" / "dates-real" / "pages.jsonl")
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


def check() -> list[str]:
    sys.path.insert(0, str(HERE))
    import build  # this directory's builder

    errors: list[str] = []
    pages = {}
    for line in (HERE / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in pages:
            errors.append(f"{row['id']}: twice in pages.jsonl")
        pages[row["id"]] = row
    urls = [row["url"] for row in pages.values()]
    if len(set(urls)) != len(urls):
        errors.append("a URL is used twice")
    taken = other_urls()
    for row in pages.values():
        if hashlib.sha1(row["url"].encode()).hexdigest()[0] not in "02468ace":
            errors.append(f"{row['id']}: URL outside this set's hashed half")
        if row["url"] in taken:
            errors.append(f"{row['id']}: URL already in another development set")
    files = sorted(HERE.glob("dp*.tml"))
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
        rebuilt = build.to_timeml(build.parse_annotation(HERE / "annotations" / f"{name}.txt"))
        if rebuilt != path.read_text(encoding="utf-8"):
            errors.append(f"{name}: differs from what build.py makes of its annotation file")
    return errors


def main() -> int:
    errors = check()
    for error in errors:
        print(error)
    files = sorted(HERE.glob("dp*.tml"))
    counts: dict[str, int] = {}
    for path in files:
        for tx in read_timeml(path).timexes:
            counts[tx.type] = counts.get(tx.type, 0) + 1
    print(f"{len(files)} articles, {sum(counts.values())} TIMEX3 "
          + ", ".join(f"{k} {counts.get(k, 0)}" for k in TIMEX_TYPES)
          + f"; {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
