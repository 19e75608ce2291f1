"""The Python API for notebooks: ``claimex.load``, ``claimex.extract``, ``claimex.frames``.

``import claimex`` stays light (spaCy is imported on first use); these three functions are
the package's top-level names (``docs/python.md``)::

    import claimex
    nlp = claimex.load("rules")                       # a spaCy Language
    doc = nlp("Coalition aircraft killed 12 insurgents in Helmand.")
    doc._.claimex_claims[0]["category"]               # component output, plain dicts
    doc._.claimex_records.claims[0].value["low"]      # the records claimex extract writes
    results = list(claimex.extract(["corpora"], config="rules"))
    tables = claimex.frames(results)                  # pandas DataFrames (claimex[pandas])

``nlp(text)`` runs the components on the text as one piece: the Doc carries
``doc.spans["claimex_entities"]``, ``doc._.claimex_dates`` and ``doc._.claimex_claims``.
The document-level records (page sections, claim time and attribution defaults, tolls)
need the assembly of :func:`claimex.api.extract`; ``doc._.claimex_records`` runs it on
``doc.text`` (the text is analysed again, once: the result is kept in ``doc.user_data``)
and returns a :class:`~claimex.assemble.results.DocumentResult`, the records ``claimex
extract`` writes for that text (``doc_id`` ``"doc"``, no path).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from claimex.assemble.results import DocumentResult
    from claimex.io.readers import InputItem
    from claimex.loading import Pipeline

__all__ = ["extract", "frames", "load", "pipeline_of"]

# id(nlp.vocab) -> the Pipeline a Language came from (kept alive here, so ids stay unique)
_PIPELINES: dict[int, Pipeline] = {}
_RECORDS_KEY = ("claimex", "records")
FRAME_KINDS = ("documents", "entities", "claims", "tolls", "groups", "errors")


def _remember(pipeline: Pipeline) -> Pipeline:
    from spacy.tokens import Doc

    _PIPELINES[id(pipeline.nlp.vocab)] = pipeline
    if not Doc.has_extension("claimex_records"):
        Doc.set_extension("claimex_records", getter=_doc_records)
    return pipeline


def load(config: str = "default", overrides: dict[str, Any] | None = None) -> Language:
    """The spaCy ``Language`` of a config (``"default"``, ``"rules"``, ``"trf"`` or a
    ``.cfg`` path), initialised as ``claimex extract`` does; ``overrides`` are the
    ``--set`` values as a dict (``{"claimex.model": "en_core_web_sm"}``).

    ``nlp(text)`` sets ``doc.spans["claimex_entities"]``, ``doc._.claimex_dates`` and
    ``doc._.claimex_claims``; ``doc._.claimex_records`` gives the document's records."""
    from claimex.loading import load_pipeline

    return _remember(load_pipeline(config, overrides)).nlp


def pipeline_of(nlp: Language) -> Pipeline:
    """The :class:`~claimex.loading.Pipeline` (chunk size, config name) behind a Language
    from :func:`load`."""
    try:
        return _PIPELINES[id(nlp.vocab)]
    except KeyError:
        raise ValueError("this Language was not made by claimex.load()") from None


def _doc_records(doc: Any) -> DocumentResult:
    cached = doc.user_data.get(_RECORDS_KEY)
    if cached is not None:
        return cached
    pipeline = _PIPELINES.get(id(doc.vocab))
    if pipeline is None:
        raise ValueError("doc._.claimex_records needs a Doc made by a Language from "
                         "claimex.load()")
    from claimex.api import extract as extract_records
    from claimex.io.readers import InputDocument

    item = InputDocument("doc", doc.text, None, published=doc._.claimex_published)
    result = next(iter(extract_records([item], pipeline)))
    doc.user_data[_RECORDS_KEY] = result
    return result


def _items(inputs: Iterable[Any]) -> Iterator[InputItem]:
    """Paths are read as the command line reads INPUT; other strings are document texts
    (ids ``text:1``, ``text:2``, ...); dicts are ``.jsonl`` lines (``id``, ``text``, ...)."""
    from claimex.io.readers import InputDocument, normalise_published, read_inputs

    texts = 0
    for item in inputs:
        if isinstance(item, os.PathLike) or (
                isinstance(item, str) and "\n" not in item and len(item) < 4096 and
                Path(item).exists()):
            yield from read_inputs([os.fspath(item)])
        elif isinstance(item, str):
            texts += 1
            yield InputDocument(f"text:{texts}", item, None)
        elif isinstance(item, dict):
            texts += 1
            yield InputDocument(str(item.get("id") or f"text:{texts}"), item["text"], None,
                                url=item.get("url"), title=item.get("title"),
                                published=normalise_published(item.get("published")),
                                meta=item.get("meta"))
        else:
            raise TypeError(f"claimex.extract takes texts, paths or dicts, not {type(item)}")


def extract(inputs: str | os.PathLike | Iterable[Any], config: str = "default", *,
            n_process: int = 1, batch_size: int | None = None,
            overrides: dict[str, Any] | None = None,
            nlp: Language | None = None) -> Iterator[DocumentResult]:
    """One :class:`~claimex.assemble.results.DocumentResult` per document, in input order.

    ``inputs`` is a list (or one) of: paths of files or directories, read as ``claimex
    extract INPUT`` reads them; document texts (a string that is not an existing path);
    dicts in the ``.jsonl`` input format. ``nlp`` reuses a Language from :func:`load`
    instead of loading ``config``."""
    from claimex.api import extract as extract_records
    from claimex.loading import load_pipeline

    if isinstance(inputs, (str, os.PathLike, dict)):
        inputs = [inputs]
    pipeline = pipeline_of(nlp) if nlp is not None else load_pipeline(config, overrides)
    return extract_records(_items(inputs), pipeline, batch_size=batch_size,
                           n_process=n_process)


def _records(source: Any) -> dict[str, list[dict[str, Any]]]:
    import orjson

    from claimex.records import to_json_dict

    found: dict[str, list[dict[str, Any]]] = {}
    if isinstance(source, (str, os.PathLike)):
        from claimex.export_records import record_files

        for kind, path in record_files(source).items():
            with open(path, "rb") as handle:
                found[kind] = [orjson.loads(line) for line in handle if line.strip()]
        return found
    for kind in ("documents", "entities", "claims", "tolls", "errors"):
        found[kind] = []
    for result in source:
        found["documents"].append(to_json_dict(result.document))
        for kind in ("entities", "claims", "tolls", "errors"):
            found[kind].extend(to_json_dict(r) if not isinstance(r, dict) else r
                               for r in getattr(result, kind))
    return found


def frames(source: str | os.PathLike | Iterable[DocumentResult]) -> dict[str, Any]:
    """pandas DataFrames of an OUTDIR (``claimex extract`` output) or of the results of
    :func:`extract`: ``documents``, ``entities``, ``claims``, ``tolls``, ``errors``, and
    ``groups`` when OUTDIR has ``groups.jsonl``. Nested fields are flattened into dotted
    columns (``value.low``, ``attribution.speaker``); lists stay lists. Needs pandas
    (``pip install 'claimex[pandas]'``)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("claimex.frames needs pandas: pip install 'claimex[pandas]'"
                          ) from None
    out = {kind: _frame(pd, rows) for kind, rows in _records(source).items()}
    return {kind: out[kind] for kind in FRAME_KINDS if kind in out}


def _frame(pd: Any, rows: list[dict[str, Any]]) -> Any:
    """One DataFrame: nested objects as dotted columns in the record's field order; a field
    that is null in some rows and an object in others keeps only its dotted columns."""
    from claimex.export_records import flatten

    flat = [flatten(row) for row in rows]
    seen: dict[str, None] = {}
    for row in flat:
        seen.update(dict.fromkeys(row))
    names = list(seen)
    nested = {name.split(".", 1)[0] for name in names if "." in name}
    top: dict[str, list[str]] = {}
    for name in names:
        head = name.split(".", 1)[0]
        if name != head or head not in nested:
            top.setdefault(head, []).append(name)
    columns = [name for group in top.values() for name in group]
    return pd.DataFrame.from_records(flat, columns=columns)
