"""List code and test examples that copy a development document's words.

    python scripts/check_examples.py                 # every quoted string in src/ and tests/
    python scripts/check_examples.py --since main~5  # only lines added since a revision
    python scripts/check_examples.py --min-chars 30  # shorter strings too (default 40)

A rule is written for a phenomenon, so its docstring example and its test-table row are
sentences of their own, not sentences lifted from the development sets: an example copied
from a tune document is the mark of a patch for that document, and one copied from a check
document leaks the check half into the tests. This script prints every quoted string of at
least ``--min-chars`` characters (whitespace folded) in ``src/`` and ``tests/`` that occurs
word for word in a document of ``devsets/*/docs.jsonl``, ``../shared/corpora/realpages-dev``
or ``../shared/corpora/isaf-dev`` (the sets that are there), with the file and the
document's id, and exits 1 when it finds any. Generic phrases ("in a serious but stable
condition") can match at shorter lengths: read each hit before rewording it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
QUOTED = r'["“]([^"”\n]{%d,})["”]'


def _fold(text: str) -> str:
    return " ".join(text.split())


def development_texts() -> list[tuple[str, str]]:
    """``(doc id, text with whitespace folded)`` of every development document found."""
    files = sorted(ROOT.glob("devsets/*/docs.jsonl"))
    files += [SHARED / "realpages-dev" / "docs.jsonl", SHARED / "isaf-dev" / "isaf_dev.jsonl"]
    texts = []
    for path in files:
        if not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.strip():
                doc = json.loads(line)
                key = str(doc.get("id") or f"{path.parent.name}:{number}")
                texts.append((key, _fold(str(doc.get("text", "")))))
    return texts


def candidate_lines(since: str | None) -> list[tuple[str, str]]:
    """``(file, line)`` pairs to search: every line of src/ and tests/, or the lines added
    since ``since``."""
    if since is None:
        paths = sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py")])
        return [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in paths]
    diff = subprocess.run(["git", "diff", "-U0", since, "--", "src", "tests"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    found, current = [], ""
    for line in diff.splitlines():
        if line.startswith("+++ b/"):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            found.append((current, line[1:]))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", help="only lines added since this git revision")
    parser.add_argument("--min-chars", type=int, default=40)
    args = parser.parse_args(argv)
    texts = development_texts()
    if not texts:
        print("no development documents found (devsets/, ../shared/corpora)")
        return 0
    pattern = re.compile(QUOTED % args.min_chars)
    hits = 0
    seen: set[str] = set()
    for path, text in candidate_lines(args.since):
        for quoted in pattern.findall(text):
            phrase = _fold(quoted).strip(" .,")
            if len(phrase) < args.min_chars or phrase in seen:
                continue
            seen.add(phrase)
            docs = [key for key, body in texts if phrase in body]
            if docs:
                hits += 1
                print(f"{path}: {', '.join(docs[:3])}: {phrase[:100]}")
    print(f"{hits} quoted strings copy a development document")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
