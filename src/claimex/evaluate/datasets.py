"""Gold data sets as (document, gold) pairs: the loaders behind ``claimex evaluate KIND``.

Each loader reads one of the development corpora of ``../shared/corpora`` (see its README)
and returns :class:`GoldItem` tuples: the :class:`~claimex.io.readers.InputDocument` to
extract from (``published`` unset, so datelines must be found) and a plain gold dict that
:mod:`claimex.evaluate.scoring` understands. Documents get stable ids (``isaf:LINE``,
``idetect:FILE:EXCERPT_ID``, ...) and, as ``aliases``, the id ``claimex extract`` gives the
same JSONL row (``STEM:LINE``), so an existing OUTDIR can be scored against the gold.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from claimex.errors import UsageError
from claimex.evaluate import gold, timeml
from claimex.evaluate.realpages import load_realpages
from claimex.io.readers import InputDocument

KINDS = ("isaf", "idetect", "recognizers", "recognizers-dates", "quantulum3", "news",
         "realpages", "tempeval", "polnear")
DEFAULT_DATA = {
    "isaf": "../shared/corpora/isaf-dev/isaf_dev.jsonl",
    "idetect": "../shared/corpora/idetect",
    "recognizers": "../shared/corpora/recognizers-specs",
    "recognizers-dates": "../shared/corpora/recognizers-specs",
    "quantulum3": "../shared/corpora/quantulum3-tests",
    "news": "tests/data/news_quantities.jsonl",
    "realpages": "../shared/corpora/realpages-dev",
    "tempeval": "../shared/corpora/timebank",
    "polnear": "../shared/corpora/polnear",
}
# README: these IDETECT rows disagree with their own text (text 260,000, gold 26000, ...).
# Only idetect_test.derived.jsonl has an excerpt_id, and its rows 1, 4, 50, 222 are the ones
# whose figure differs from the text (checked by hand), so the ids refer to that file.
IDETECT_GOLD_ERRORS = frozenset({("idetect_test", 1), ("idetect_test", 4),
                                 ("idetect_test", 50), ("idetect_test", 222)})
RECOGNIZER_SPECS = (
    "Number_NumberModel.json", "Number_NumberRangeModel.json", "Number_PercentModel.json",
    "NumberWithUnit_CurrencyModel.json", "NumberWithUnit_DimensionModel.json",
    "NumberWithUnit_AgeModel.json", "NumberWithUnit_TemperatureModel.json",
)
DATE_SPECS = ("DateTime_DateTimeModel.json",)
QUANTULUM_FILES = ("quantities.json", "quantities.ambiguity.json")
QUANTULUM_ERRORS = "errors.json"
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


GoldItem = gold.GoldItem


def resolve_data(kind: str, data: str | Path | None) -> Path:
    """The data path for ``kind``: ``data`` or the default (relative to the current dir)."""
    if kind not in KINDS:
        raise UsageError(f"unknown evaluation {kind!r}: choose one of {', '.join(KINDS)}")
    path = Path(data if data is not None else DEFAULT_DATA[kind])
    if not path.exists():
        hint = "" if data is not None else " (the default, relative to the current directory)"
        raise UsageError(f"gold data {str(path)!r}{hint} does not exist: give its path "
                         f"with --data")
    return path


def load(kind: str, path: str | Path, *, limit: int | None = None,
         skip_unsupported: bool = False, split: str | None = None) -> list[GoldItem]:
    """The gold items of ``kind`` at ``path``; ``limit`` keeps the first N of each file.
    ``split`` picks PolNeAR's train or dev folder (None: both)."""
    path = Path(path)
    if kind == "polnear":
        from claimex.evaluate.polnear import load_polnear

        return [GoldItem(doc, gold) for doc, gold in load_polnear(path, split=split,
                                                                   limit=limit)]
    if kind == "isaf":
        return load_isaf(path, limit=limit)
    if kind == "idetect":
        return load_idetect(path, limit=limit)
    if kind == "realpages":
        return load_realpages(path, limit=limit)
    if kind == "recognizers":
        return load_recognizers(path, limit=limit, skip_unsupported=skip_unsupported)
    if kind == "recognizers-dates":
        return load_recognizer_dates(path, limit=limit, skip_unsupported=skip_unsupported)
    if kind == "quantulum3":
        return load_quantulum3(path, limit=limit)
    if kind == "news":
        return load_news(path, limit=limit)
    if kind == "tempeval":
        return load_tempeval(path, limit=limit)
    raise UsageError(f"unknown evaluation {kind!r}: choose one of {', '.join(KINDS)}")


def _files(path: Path, pattern: str, names: tuple[str, ...] = ()) -> list[Path]:
    if path.is_file():
        return [path]
    found = [path / n for n in names if (path / n).is_file()] if names else sorted(
        p for p in path.glob(pattern) if p.is_file())
    if not found:
        wanted = ", ".join(names) if names else pattern
        raise UsageError(f"no gold files ({wanted}) in {str(path)!r}")
    return found


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, row) of a JSONL file; numbers count every line, as the readers do."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                row = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise UsageError(f"{path}:{number}: malformed JSON in gold data: {exc}") from None
            if isinstance(row, dict):
                yield number, row


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read gold data {path}: {exc}") from None


def _short(path: Path) -> str:
    """``idetect_test`` for ``idetect_test.derived.jsonl``: the name before any suffix."""
    return path.name.split(".", 1)[0]


def isaf_release_text(row: dict[str, Any]) -> str:
    """The text of an ISAF release as it is scored: ``eventrefnumber``, a newline, ``text``.

    The first line is the release's reference number or headline, which often holds the
    only date or year ("Jun. 9: Joint Operations Update"); ``published`` stays unset, so the
    dateline must be found.

    >>> isaf_release_text({"eventrefnumber": "2013-01-S-025", "text": "KABUL ..."})
    '2013-01-S-025\\nKABUL ...'
    """
    text = row.get("text") if isinstance(row.get("text"), str) else ""
    first = row.get("eventrefnumber")
    return f"{first}\n{text}" if isinstance(first, str) else text


def load_isaf(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """ISAF press releases keyed by line (``eventrefnumber`` is not unique).

    Each release is read as ``../shared/corpora/README.md`` says the published evaluations
    read it (see :func:`isaf_release_text`). Releases with an empty text are kept: accuracy
    is over all documents, and such a release scores as one without claims.
    """
    items = []
    for file in _files(path, "*.jsonl"):
        for line, row in itertools.islice(_jsonl(file), limit):
            gold = {"line": line, "eventrefnumber": row.get("eventrefnumber"),
                    "min_killed": row.get("min_killed") or 0,
                    "min_captured": row.get("min_captured") or 0,
                    "start_date": row.get("start_date")}
            if not (row.get("text") or "").strip():
                gold["empty_text"] = True   # the release line alone: no body to read
            doc = InputDocument(f"isaf:{line}", isaf_release_text(row), str(file), line=line)
            items.append(GoldItem(doc, gold, (f"{file.stem}:{line}",)))
    return items


def load_idetect(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """IDETECT excerpts, one document per row, from both of its file layouts.

    ``idetect_test.derived.jsonl`` has ``excerpt``/``Quantity``/``excerpt_id`` (ids
    ``idetect:idetect_test:EXCERPT_ID``); ``idmc_fully_labelled.derived.jsonl`` has
    ``Excerpt``/``Displacement figure`` and no id (ids ``idetect:idmc_fully_labelled:LINE``).
    Rows without a text or a figure are skipped.
    """
    items = []
    for file in _files(path, "*.jsonl"):
        name = _short(file)
        rows = 0
        for line, row in _jsonl(file):
            if limit is not None and rows >= limit:
                break
            text = row.get("excerpt", row.get("Excerpt"))
            quantity = row.get("Quantity", row.get("Displacement figure"))
            if not isinstance(text, str) or not text.strip() or not isinstance(
                    quantity, int | float):
                continue
            rows += 1
            excerpt_id = row.get("excerpt_id")
            number = excerpt_id if isinstance(excerpt_id, int) else line
            gold = {"file": name, "line": line, "excerpt_id": excerpt_id, "quantity": quantity,
                    "term": row.get("Term", row.get("Reporting term")),
                    "unit": row.get("Unit", row.get("Reporting unit")),
                    "gold_error": (name, excerpt_id) in IDETECT_GOLD_ERRORS}
            doc = InputDocument(f"idetect:{name}:{number}", text, str(file), line=line)
            items.append(GoldItem(doc, gold, (f"{file.stem}:{line}",)))
    return items


def _languages(value: Any) -> set[str]:
    return {part.strip().lower() for part in str(value or "").split(",") if part.strip()}


def recognizer_skip(case: dict[str, Any], *, skip_unsupported: bool = False) -> str | None:
    """Why a Recognizers-Text case is left out, or None when it is scored.

    The held-out measurement judges cases that are English prose, so a case is skipped
    when its Input has no word (two letters or more) outside the gold figures ("100%",
    "one hundred and six", "192.168.1.2"), or when the spec marks it
    ``NotSupportedByDesign`` for python (the authors decided that output is not wanted).
    ``NotSupported`` only says the Python port of Recognizers-Text fails it, which says
    nothing about the case (it marks 85 of the 87 range cases), so those are kept unless
    ``skip_unsupported``.
    """
    text = str(case.get("Input") or "")
    for result in sorted(case.get("Results") or [], key=lambda r: -int(r.get("Start", 0))):
        start, end = int(result.get("Start", 0)), int(result.get("End", -1)) + 1
        text = text[:start] + " " + text[end:]
    if not _WORD_RE.search(text):
        return "not prose"
    if "python" in _languages(case.get("NotSupportedByDesign")):
        return "not supported by design"
    if skip_unsupported and "python" in _languages(case.get("NotSupported")):
        return "not supported (python)"
    return None


def load_recognizers(path: Path, *, limit: int | None = None,
                     skip_unsupported: bool = False) -> list[GoldItem]:
    """Recognizers-Text spec cases, one document per Input (ids ``recognizers:STEM:N``).

    Skipped cases (:func:`recognizer_skip`) are returned with ``gold["skip"]`` set so the
    report can count them; ``limit`` keeps the first N scored cases of each file.
    """
    items = []
    for file in _files(path, "*.json", RECOGNIZER_SPECS):
        cases = _json(file)
        if not isinstance(cases, list):
            raise UsageError(f"{file}: expected a JSON list of spec cases")
        stem, kept = file.stem, 0
        for number, case in enumerate(cases, start=1):
            if limit is not None and kept >= limit:
                break
            text = str(case.get("Input") or "")
            skip = recognizer_skip(case, skip_unsupported=skip_unsupported)
            kept += skip is None
            gold = {"file": stem, "case": number, "results": case.get("Results") or [],
                    "skip": skip}
            items.append(GoldItem(InputDocument(f"recognizers:{stem}:{number}", text,
                                                str(file)), gold))
    return items


def recognizer_date_skip(case: dict[str, Any], *,
                         skip_unsupported: bool = False) -> str | None:
    """Why a DateTime spec case is left out of ``recognizers-dates``, or None.

    Skipped: cases without ``Context.ReferenceDateTime`` (nothing to resolve against),
    cases the spec marks ``NotSupportedByDesign`` for python (output its authors do not
    want), and with ``skip_unsupported`` those marked ``NotSupported`` for python. Without
    it, NotSupported cases are scored in a subset of their own (:func:`date_subset`), apart
    from the headline one: the Python port fails them, which makes them the harder cases,
    not wrong ones.
    """
    reference = str((case.get("Context") or {}).get("ReferenceDateTime") or "")
    try:
        _dt.date.fromisoformat(reference[:10])
    except ValueError:
        return "without a reference date"
    if "python" in _languages(case.get("NotSupportedByDesign")):
        return "not supported by design (python)"
    if skip_unsupported and "python" in _languages(case.get("NotSupported")):
        return "not supported (python)"
    return None


def date_subset(case: dict[str, Any]) -> str:
    """The report subset of a scored DateTime case: python-supported or not."""
    if "python" in _languages(case.get("NotSupported")):
        return "NotSupported (python)"
    return "supported (python)"


def load_recognizer_dates(path: Path, *, limit: int | None = None,
                          skip_unsupported: bool = False) -> list[GoldItem]:
    """Recognizers-Text DateTime cases (ids ``recognizers-dates:N``), each a document
    published on its reference date (``published="YYYY-MM-DD"``), so the pipeline resolves
    relative and partial dates against it as it would against a news dateline.

    Every case with a reference is kept, including those whose results are only times or
    durations and those with no result (they catch false positives); the scorer reads the
    ``datetimeV2.date`` and ``datetimeV2.daterange`` results. Skipped cases
    (:func:`recognizer_date_skip`) carry ``gold["skip"]``; ``limit`` keeps the first N
    scored cases.
    """
    items = []
    for file in _files(path, "*.json", DATE_SPECS):
        cases = _json(file)
        if not isinstance(cases, list):
            raise UsageError(f"{file}: expected a JSON list of spec cases")
        kept = 0
        for number, case in enumerate(cases, start=1):
            if limit is not None and kept >= limit:
                break
            text = str(case.get("Input") or "")
            skip = recognizer_date_skip(case, skip_unsupported=skip_unsupported)
            kept += skip is None
            reference = str((case.get("Context") or {}).get("ReferenceDateTime") or "")[:10]
            gold = {"file": file.stem, "case": number, "results": case.get("Results") or [],
                    "reference": reference or None, "subset": date_subset(case),
                    "skip": skip}
            doc = InputDocument(f"recognizers-dates:{number}", text, None,
                                published=None if skip else reference)
            items.append(GoldItem(doc, gold))
    return items


def load_quantulum3(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """quantulum3 test sentences (``req``/``res``) and the inputs of errors.json.

    errors.json items carry ``gold["crash_test"]``: they only have to go through.
    """
    items = []
    names = (*QUANTULUM_FILES, QUANTULUM_ERRORS)
    for file in _files(path, "*.json", names):
        cases = _json(file)
        if not isinstance(cases, list):
            raise UsageError(f"{file}: expected a JSON list")
        stem = file.stem
        for number, case in enumerate(cases[:limit] if limit is not None else cases, start=1):
            doc_id = f"quantulum3:{stem}:{number}"
            if file.name == QUANTULUM_ERRORS or isinstance(case, str):
                gold = {"file": stem, "crash_test": True}
                items.append(GoldItem(InputDocument(doc_id, str(case), str(file)), gold))
                continue
            gold = {"file": stem, "results": case.get("res") or []}
            items.append(GoldItem(InputDocument(doc_id, str(case.get("req") or ""),
                                                str(file)), gold))
    return items


def load_news(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """The project's own news-sentence quantity set (``tests/data/news_quantities.jsonl``),
    or a directory of batch files in its format (every ``*.jsonl`` in it, by name): one
    sentence a line with ``id``, ``text``, ``quantities`` (each ``surface``, ``low``,
    ``high`` (null: open), ``unit``) and ``not_quantities`` (surfaces that are no figure).

    A sentence's key is its ``id`` (so its tune/check half stays the same wherever the file
    lies); an ``id`` that an earlier file already used is prefixed with its file's name
    ("batch2:real-001"), so that no two sentences share a document id.
    """
    items = []
    seen: set[str] = set()
    for file in _files(path, "*.jsonl"):
        rows = _jsonl(file)
        for number, row in itertools.islice(rows, limit):
            key = str(row.get("id") or f"{file.stem}:{number}")
            if key in seen:
                key = f"{file.stem}:{key}"
            seen.add(key)
            gold = {"file": file.stem, "id": key, "quantities": row.get("quantities") or [],
                    "not_quantities": row.get("not_quantities") or []}
            items.append(GoldItem(InputDocument(f"news:{key}", str(row.get("text") or ""),
                                                str(file)), gold, (f"{file.stem}:{number}",)))
    return items


def load_tempeval(path: Path, *, limit: int | None = None) -> list[GoldItem]:
    """TimeML articles (``*.tml`` under ``path``, or one file), each a document whose id is
    its file name (the key of ``--split``), published on its DCT, with its TIMEX3 as gold
    (``gold["timexes"]``: start, end, text, type, value, mod)."""
    files = sorted(path.rglob("*.tml"), key=lambda p: (p.name, str(p))) if path.is_dir() \
        else [path]
    if not files:
        raise UsageError(f"no TimeML files (*.tml) in {str(path)!r}")
    items = []
    for file in files[:limit] if limit else files:
        try:
            doc = timeml.read_timeml(file)
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read gold data {file}: {exc}") from None
        gold = {"timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value, "mod": t.mod} for t in doc.timexes],
                "dct": doc.dct}
        items.append(GoldItem(InputDocument(doc.name, doc.text, str(file), published=doc.dct),
                              gold))
    return items
