"""Merge, in every annotation file of this set, a clock time and the weekday and/or full
date written right after it behind a comma ("7.45pm, Friday 22 March 2019") into one TIME,
as TimeML/TimeBank's tune half writes "5 p.m. EST, Nov. 6" (session 12 decision; see the
README's "Annotation decisions"). Mechanical and uniform: a TIME whose value has a clock
(``THH:MM``), then only a comma and spaces, then a DATE whose value is a full day; further
full-day DATEs joined the same way are merged too. The merged expression keeps the TIME's
type and value. Prints counts only (never text), so it can run over check articles.

    PYTHONPATH=src python devsets/dates-real/merge_clock_day.py [--dry-run]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from timeml_set import locate, parse_annotation  # noqa: E402

CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
COMMA_GAP = re.compile(r"^,[ \t]+$")


def merge_groups(text: str, spans: list) -> list[list[int]]:
    """Indices of the expressions to merge: each group a clock TIME and its full-day DATEs."""
    groups, i = [], 0
    while i < len(spans):
        s, e, tx = spans[i]
        group = [i]
        if tx["type"] == "TIME" and CLOCK_VALUE.search(tx["value"]):
            j = i + 1
            while (j < len(spans) and spans[j][2]["type"] == "DATE"
                   and FULL_DAY.match(spans[j][2]["value"])
                   and COMMA_GAP.match(text[spans[j - 1][1]:spans[j][0]])):
                group.append(j)
                j += 1
        groups.append(group)
        i = group[-1] + 1
    return groups


def timex_line(surface: str, tx: dict, skip: int) -> str:
    line = f"{surface} | {tx['type']} | {tx['value']}"
    if tx["mod"]:
        line += f" | mod={tx['mod']}"
    if skip:
        line += f" | skip={skip}"
    return line


def rewrite(path: Path, dry_run: bool) -> tuple[int, int, int]:
    """(pairs merged, of which the day differs from the clock's, DATE mods dropped)."""
    doc = parse_annotation(path)
    text, spans = locate(doc)
    groups = merge_groups(text, spans)
    if all(len(g) == 1 for g in groups):
        return 0, 0, 0
    merged = differ = mods = 0
    lines, cursor = [], 0
    for group in groups:
        s, e = spans[group[0]][0], spans[group[-1]][1]
        tx = spans[group[0]][2]
        surface = text[s:e]
        pattern = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
        skip = sum(1 for m in pattern.finditer(text, cursor) if m.start() < s)
        lines.append(timex_line(surface, tx, skip if len(group) > 1 else tx["skip"]))
        for j in group[1:]:
            merged += 1
            day = spans[j][2]["value"]
            differ += not tx["value"].startswith(day)
            mods += bool(spans[j][2]["mod"])
        cursor = e
    raw = path.read_text(encoding="utf-8")
    header, _, page = raw.split("\n---\n", 2)
    new_raw = header + "\n---\n" + "\n".join(lines) + "\n---\n" + page
    new_doc = dict(doc, timexes=parse_annotation_lines(lines))
    new_text, new_spans = locate(new_doc)
    want = [(spans[g[0]][0], spans[g[-1]][1]) for g in groups]
    assert new_text == text and [(a, b) for a, b, _ in new_spans] == want, path.name
    if not dry_run:
        path.write_text(new_raw, encoding="utf-8")
    return merged, differ, mods


def parse_annotation_lines(lines: list[str]) -> list[dict]:
    out = []
    for line in lines:
        fields = [f.strip() for f in line.split("|")]
        extra = dict(f.split("=", 1) for f in fields[3:])
        out.append({"surface": fields[0], "type": fields[1], "value": fields[2],
                    "mod": extra.get("mod"), "skip": int(extra.get("skip", 0))})
    return out


def main() -> None:
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from claimex.evaluate.splits import split_of

    dry_run = "--dry-run" in sys.argv
    totals = {"tune": [0, 0, 0, 0], "check": [0, 0, 0, 0]}
    for path in sorted((HERE / "annotations").glob("dr*.txt")):
        merged, differ, mods = rewrite(path, dry_run)
        t = totals[split_of(f"{path.stem}.tml")]
        t[0] += merged
        t[1] += differ
        t[2] += mods
        t[3] += bool(merged)
    for half, (merged, differ, mods, files) in totals.items():
        print(f"{half}: {merged} clock+day pairs merged in {files} articles "
              f"({differ} with a day other than the clock's, {mods} DATE mods dropped)")


if __name__ == "__main__":
    main()
