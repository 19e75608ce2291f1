"""Run an evaluation: load the gold, get claims (extract them, or read an OUTDIR), score.

:func:`evaluate` returns a :class:`Report`, a plain dataclass the CLI only formats. Claims
come from one of two places:

* extraction with a loaded pipeline, streamed in batches through :func:`claimex.api.extract`
  (documents keep the ids of :mod:`claimex.evaluate.datasets`, e.g. ``isaf:12``); with
  ``save`` the records are also written to a directory, exactly as ``claimex extract``
  writes them, so the run can be scored again later;
* one or more existing OUTDIRs (``documents.jsonl`` + ``claims.jsonl``), matched to the
  gold by ``doc_id``: the evaluation's own ids, or the ``STEM:LINE`` id that
  ``claimex extract GOLD.jsonl`` gives rows without an ``id``. A document whose
  ``text_sha256`` differs from the gold text is not the gold document and counts as missing.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from claimex import api
from claimex.errors import UsageError
from claimex.evaluate import datasets
from claimex.evaluate.polnear import score_polnear
from claimex.evaluate.realpages import score_realpages
from claimex.evaluate.scoring import SCORERS, Case, claim_dict
from claimex.evaluate.splits import SPLITS, in_split
from claimex.evaluate.tempeval import score_tempeval
from claimex.io.writers import RecordWriter
from claimex.records import text_sha256

OUTDIR_KINDS = ("isaf", "idetect")
_SCORERS = {**SCORERS, "tempeval": score_tempeval, "realpages": score_realpages}
# Kinds whose gold comes in folders per split (--split train|dev), not hashed halves.
FOLDER_SPLIT_KINDS = ("polnear",)


@dataclass(slots=True)
class Report:
    """What an evaluation found: table rows, misses per field, notes, where claims came from."""

    kind: str
    data: str
    source: str
    documents: int
    seconds: float
    rows: list[dict[str, Any]] = field(default_factory=list)
    misses: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self, max_misses: int | None = None) -> dict[str, Any]:
        """The report as JSON-ready data, with at most ``max_misses`` misses per field."""
        return {
            "kind": self.kind, "data": self.data, "source": self.source,
            "documents": self.documents, "seconds": round(self.seconds, 3),
            "rows": self.rows, "notes": self.notes,
            "misses": {name: {"count": len(found), "first": found[:max_misses]}
                       for name, found in self.misses.items()},
        }


def evaluate(kind: str, *, data: str | Path | None = None, pipeline: api.Pipeline | None = None,
             outdirs: Iterable[str | Path] | None = None, limit: int | None = None,
             batch_size: int | None = None, save: str | Path | None = None,
             skip_unsupported: bool = False, split: str | None = None,
             on_document: Callable[[], None] | None = None) -> Report:
    """Score ``kind`` (isaf, idetect, recognizers, recognizers-dates, quantulum3, news,
    tempeval, realpages, polnear) on its gold data.

    ``split``: tune or check (a hashed half of the set), or for polnear train or dev (its
    folders; misses are kept on train only).

    Give ``pipeline`` to extract, or ``outdirs`` to score existing output (isaf and idetect
    only). ``limit`` keeps the first N documents of each gold file. Raises
    :class:`~claimex.errors.UsageError` for a missing data path or an unusable OUTDIR.
    """
    path = datasets.resolve_data(kind, data)
    outdirs = [Path(o) for o in outdirs or ()]
    if outdirs and kind not in OUTDIR_KINDS:
        raise UsageError(f"--outdir works for {' and '.join(OUTDIR_KINDS)}, not {kind}")
    if not outdirs and pipeline is None:
        raise UsageError("nothing to score: give a pipeline or an OUTDIR")
    folder_split = kind in FOLDER_SPLIT_KINDS
    items = datasets.load(kind, path, limit=limit, skip_unsupported=skip_unsupported,
                          split=split if folder_split else None)
    if split not in (None, "all") and not folder_split:
        if split not in SPLITS:
            raise UsageError(f"--split takes {', '.join(SPLITS)} or all, not {split!r}")
        items = [i for i in items if in_split(i.document.doc_id, split)]
    started = time.perf_counter()
    if outdirs:
        cases, notes = _cases_from_outdirs(items, outdirs)
        source = "OUTDIR " + ", ".join(map(str, outdirs))
    else:
        assert pipeline is not None
        cases = _cases_from_extraction(items, pipeline, batch_size, save, on_document)
        notes = [f"records written to {save}"] if save else []
        blank = [i.document.doc_id for i in items
                 if (not i.document.text.strip() or i.gold.get("empty_text"))
                 and not i.gold.get("skip")]
        if blank:
            notes.append(f"{len(blank)} documents have an empty text and count as having no "
                         f"claims: {', '.join(blank[:5])}{', …' if len(blank) > 5 else ''}")
        source = f"extracted with config {pipeline.config_name} ({pipeline.config_hash})"
    if kind == "polnear":
        score = score_polnear(cases, keep_misses=split == "train")
    else:
        score = _SCORERS[kind](cases)
    fields = list(dict.fromkeys(row["field"] for row in score.rows))
    rank = {name: min((i for i, f in enumerate(fields) if name.startswith(f)),
                      default=len(fields)) for name in score.misses}
    misses = {name: score.misses[name] for name in sorted(score.misses, key=rank.__getitem__)}
    if split not in (None, "all"):
        source += f"; {split} split" if folder_split else f"; {split} half"
    return Report(kind=kind, data=str(path), source=source,
                  documents=sum(1 for item in items if not item.gold.get("skip")),
                  seconds=time.perf_counter() - started, rows=score.rows,
                  misses=misses, notes=notes + score.notes)


def _cases_from_extraction(items: list[datasets.GoldItem], pipeline: api.Pipeline,
                           batch_size: int | None, save: str | Path | None,
                           on_document: Callable[[], None] | None) -> list[Case]:
    todo = [i for i in items if not i.gold.get("skip") and not i.gold.get("crash_test")]
    found: dict[str, Case] = {}
    writer = RecordWriter(save) if save else contextlib.nullcontext()
    with writer as out:
        results = api.extract((i.document for i in todo), pipeline, batch_size=batch_size)
        for item, result in zip(todo, results, strict=True):
            doc = item.document
            found[doc.doc_id] = Case(doc.doc_id, item.gold,
                                     [claim_dict(c) for c in result.claims], doc.text,
                                     tuple(e.reason for e in result.errors),
                                     tuple(_date_entity(e) for e in result.entities
                                           if e.label == "DATE"),
                                     [claim_dict(t) for t in result.tolls],
                                     claim_dict(result.document))
            if out is not None:
                for name in ("documents", "entities", "claims", "tolls", "errors"):
                    records = [result.document] if name == "documents" else getattr(result, name)
                    out.write(name, records)
            if on_document:
                on_document()
    cases = []
    for item in items:
        doc = item.document
        if item.gold.get("crash_test"):
            cases.append(_crash_test(item, pipeline))
            if on_document:
                on_document()
        else:
            cases.append(found.get(doc.doc_id) or Case(doc.doc_id, item.gold, [], doc.text))
    return cases


def _date_entity(entity: Any) -> dict[str, Any]:
    return {"label": entity.label, "start": entity.start, "end": entity.end,
            "text": entity.text, "value": entity.value,
            "timex": getattr(entity, "timex", None), "interval": getattr(entity, "interval", None)}


def _crash_test(item: datasets.GoldItem, pipeline: api.Pipeline) -> Case:
    """Extract one malformed input on its own; an exception or error record is a crash."""
    doc = item.document
    try:
        results = list(api.extract([doc], pipeline))
    except Exception as exc:  # the point is to catch any crash and report it
        return Case(doc.doc_id, item.gold, [], doc.text, (f"{type(exc).__name__}: {exc}",))
    claims = [claim_dict(c) for r in results for c in r.claims]
    return Case(doc.doc_id, item.gold, claims, doc.text,
                tuple(e.reason for r in results for e in r.errors))


def _read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                try:
                    yield orjson.loads(raw)
                except orjson.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{number}: malformed JSON: {exc}") from None


def _cases_from_outdirs(items: list[datasets.GoldItem],
                        outdirs: list[Path]) -> tuple[list[Case], list[str]]:
    hashes: dict[str, str] = {}
    claims: dict[str, list[dict[str, Any]]] = {}
    errors: dict[str, list[str]] = {}
    tolls: dict[str, list[dict[str, Any]]] | None = None
    for outdir in outdirs:
        documents = outdir / "documents.jsonl"
        if not documents.is_file() or not (outdir / "claims.jsonl").is_file():
            raise UsageError(f"{str(outdir)!r} has no documents.jsonl and claims.jsonl: give "
                             "the OUTDIR of a `claimex extract` run")
        for doc in _read_jsonl(documents):
            hashes[doc["doc_id"]] = doc.get("text_sha256", "")
        for claim in _read_jsonl(outdir / "claims.jsonl"):
            claims.setdefault(claim["doc_id"], []).append(claim)
        if (outdir / "tolls.jsonl").is_file():
            tolls = {} if tolls is None else tolls
            for toll in _read_jsonl(outdir / "tolls.jsonl"):
                tolls.setdefault(toll["doc_id"], []).append(toll)
        if (outdir / "errors.jsonl").is_file():
            for error in _read_jsonl(outdir / "errors.jsonl"):
                errors.setdefault(str(error.get("doc_id")), []).append(error.get("reason", ""))
    cases, mismatched = [], []
    for item in items:
        doc = item.document
        sha = text_sha256(doc.text)
        match = None
        for doc_id in (doc.doc_id, *item.aliases):
            if doc_id in hashes:
                if hashes[doc_id] == sha:
                    match = doc_id
                    break
                mismatched.append(doc_id)
        cases.append(Case(doc.doc_id, item.gold,
                          None if match is None else claims.get(match, []), doc.text,
                          tuple(errors.get(match, ())) if match else (), (),
                          None if tolls is None else tolls.get(match, [])))
    notes = []
    if mismatched:
        notes.append(f"{len(mismatched)} OUTDIR documents have a gold id but another text "
                     f"(text_sha256 differs) and were not used: {', '.join(mismatched[:5])}")
    return cases, notes
