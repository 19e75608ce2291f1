"""``claimex_gazetteer``: countries, factions and organisations matched from curated lists.

Entries come from JSONL resources shipped in the wheel (``resources/factions.jsonl``,
``resources/organisations.jsonl``, and every country in pycountry plus the names of
``resources/countries.jsonl``) and from a user's own JSONL files, all loaded at
``initialize`` and saved with ``to_disk``. Matching is spaCy's :class:`PhraseMatcher` run
over a *key doc*: one token per letter-and-digit run of the section (see
:mod:`claimex.rules.names`), so curly and straight apostrophes, hyphens, stray spaces and
diacritics do not matter. Acronyms and names flagged ``case_sensitive`` match with their
exact capitalisation (acronyms also in the plural, "SDFs"; house styles such as "Isis" or
"Nato" are listed as case-sensitive aliases; lower-case forms that are safe, "uk", "usa",
as plain aliases); everything else matches in any case ("lebanon").

Each match becomes a span in ``doc.spans[spans_key]`` with its label, ``kb_id``, entry id
(``span.id_``) and ``span._.claimex_canonical``. A name flagged ``ambiguous`` ("Jordan")
yields to a PERSON the statistical NER found on the same words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import orjson
import pycountry
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import ensure_path, filter_spans, registry

from claimex.errors import ConfigError
from claimex.io.jsonl import read_config_jsonl
from claimex.pipeline.extensions import doc_text, register_extensions
from claimex.rules.names import is_acronym, key_pieces, piece_spans

BUILTIN_SOURCES = ("countries", "factions", "organisations")
# how many token texts' pieces a gazetteer keeps before it starts again
_MAX_KEPT_WORDS = 65536
ENTRIES_FILE = "entries.jsonl"


@dataclass(slots=True)
class Entry:
    """One named thing and every way it is written."""

    id: str
    canonical: str
    label: str
    kb_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    case_sensitive: list[str] = field(default_factory=list)
    ambiguous: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "") -> Entry:
        try:
            return cls(
                id=str(data["id"]), canonical=str(data["canonical"]), label=str(data["label"]),
                kb_id=data.get("kb_id"), aliases=list(data.get("aliases", [])),
                acronyms=list(data.get("acronyms", [])),
                case_sensitive=list(data.get("case_sensitive", [])),
                ambiguous=bool(data.get("ambiguous", False)),
            )
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"gazetteer entry {data!r} in {source}: missing {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "canonical": self.canonical, "label": self.label,
            "kb_id": self.kb_id, "aliases": self.aliases, "acronyms": self.acronyms,
            "case_sensitive": self.case_sensitive, "ambiguous": self.ambiguous,
        }

    def patterns(self) -> tuple[set[str], set[str]]:
        """Aliases to match in any case, and aliases to match exactly as written."""
        names = {self.canonical, *self.aliases}
        exact = set(self.case_sensitive)
        for acronym in {*self.acronyms, *(n for n in names if is_acronym(n))}:
            exact.add(acronym)
            if acronym.isalpha() and acronym.isupper():
                exact.add(acronym + "s")
        return names - exact, exact


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The entries of a gazetteer JSONL file."""
    return read_config_jsonl(path, "gazetteer")


def _resource(name: str) -> list[dict[str, Any]]:
    with resources.as_file(resources.files("claimex.resources") / f"{name}.jsonl") as path:
        return read_jsonl(path)


def country_entries(extra: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every ISO 3166 country from pycountry, with the names of ``extra`` merged in.

    The canonical name is pycountry's ISO name and ``kb_id`` is ``ISO3166:<alpha-3>``.
    ``extra`` rows add aliases and acronyms, flag names that are also words
    (``case_sensitive``) or people (``ambiguous``), and may add codes pycountry lacks.
    """
    by_code = {row["alpha_3"]: row for row in extra}
    entries = []
    for country in pycountry.countries:
        names = {country.name}
        names.update(getattr(country, attr) for attr in ("common_name", "official_name")
                     if hasattr(country, attr))
        entries.append(_country(country.alpha_3, country.name, names,
                                by_code.pop(country.alpha_3, {})))
    for code, row in by_code.items():
        entries.append(_country(code, row.get("name") or (row.get("aliases") or [code])[0],
                                set(), row))
    return entries


def _country(code: str, canonical: str, names: set[str], row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": f"country_{code.lower()}", "canonical": canonical, "label": "COUNTRY",
        "kb_id": f"ISO3166:{code}", "aliases": sorted(names | set(row.get("aliases", []))),
        "acronyms": row.get("acronyms", []), "case_sensitive": row.get("case_sensitive", []),
        "ambiguous": row.get("ambiguous", False),
    }


@registry.misc("claimex.gazetteer_entries.v1")
def builtin_and_user_entries(
    builtin: list[str] = list(BUILTIN_SOURCES), paths: list[str] = []  # noqa: B006
) -> list[dict[str, Any]]:
    """Registered as ``claimex.gazetteer_entries.v1``: the gazetteer's entries for a config.

    ``builtin`` picks the shipped lists (countries, factions, organisations); ``paths`` adds
    a user's own JSONL files in the same format (see docs/entities.md). A user entry with the
    id of a built-in one replaces it.
    """
    unknown = set(builtin) - set(BUILTIN_SOURCES)
    if unknown:
        raise ConfigError(f"unknown built-in gazetteer(s) {sorted(unknown)}; "
                          f"choose from {list(BUILTIN_SOURCES)}")
    rows: dict[str, dict[str, Any]] = {}
    for name in builtin:
        source = country_entries(_resource("countries")) if name == "countries" else _resource(name)
        rows.update((str(row.get("id")), row) for row in source)
    for path in paths:
        rows.update((str(row.get("id")), row) for row in read_jsonl(path))
    return list(rows.values())


@lru_cache(maxsize=65536)
def token_pieces(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`piece_spans` of a token's text, kept for the next token with the same text
    (most of a text's tokens are words it has used before).

        >>> token_pieces("Hay’at")
        ((0, 6, 'Hayat'),)
    """
    return tuple(piece_spans(text))


class Gazetteer:
    """Finds gazetteer names in a doc; see the module docstring."""

    def __init__(self, nlp: Language, name: str, spans_key: str, ambiguous_yields_to: list[str]):
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.ambiguous_yields_to = set(ambiguous_yields_to)
        self.entries: list[Entry] = []
        # the pieces of each token text seen, by its ORTH id (a hash of the text, the same
        # in and after a memory zone): most of a text's tokens are words seen before
        self._pieces_of_orth: dict[int, tuple[tuple[int, int, str], ...]] = {}
        self._build([])

    def _build(self, entries: list[Entry]) -> None:
        self.entries = entries
        vocab = self.nlp.vocab
        self._any_case = PhraseMatcher(vocab, attr="LOWER")
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._by_key: dict[int, Entry] = {}
        for entry in entries:
            key = vocab.strings.add(entry.id)
            self._by_key[key] = entry
            any_case, exact = entry.patterns()
            for matcher, aliases in ((self._any_case, any_case), (self._exact, exact)):
                docs = [Doc(vocab, words=pieces) for alias in sorted(aliases)
                        if (pieces := key_pieces(alias))]
                if docs:
                    matcher.add(entry.id, docs)

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, entries: list[dict[str, Any]] | None = None
                   ) -> None:
        """Load the entries (usually from ``claimex.gazetteer_entries.v1``) and build matchers."""
        rows = entries if entries is not None else builtin_and_user_entries()
        self._build([Entry.from_dict(row, "config") for row in rows])

    def __call__(self, doc: Doc) -> Doc:
        pieces: list[tuple[int, int, str]] = []
        add = pieces.append
        text = doc_text(doc)
        pieces_of = self._pieces_of_orth
        if len(pieces_of) > _MAX_KEPT_WORDS:
            pieces_of.clear()
        # token texts and offsets as plain ints: no Token object made per token
        for orth, idx in doc.to_array([ORTH, IDX]).tolist():
            found = pieces_of.get(orth)
            if found is None:
                word = self.nlp.vocab.strings[orth]
                # a space token (IS_SPACE: the text is all white space) has no pieces
                found = pieces_of[orth] = () if word.isspace() else token_pieces(word)
            if len(found) == 1:
                first, last, piece = found[0]
                add((idx + first, idx + last, piece))
            elif found:
                pieces.extend((idx + s, idx + e, p) for s, e, p in found)
        spans: list[Span] = []
        if pieces:
            key_doc = Doc(self.nlp.vocab, words=[p[2] for p in pieces])
            matches = self._any_case(key_doc) + self._exact(key_doc)
            for match_id, start, end in matches:
                span = self._span(doc, text, self._by_key[match_id], pieces[start][0],
                                  pieces[end - 1][1])
                if span is not None:
                    spans.append(span)
        doc.spans[self.spans_key] = filter_spans(spans)
        return doc

    def _span(self, doc: Doc, text: str, entry: Entry, start: int, end: int) -> Span | None:
        """The token span of a match, None when the match is only part of a token ("US$").

        ``text`` is ``doc.text``, which spaCy rebuilds on every access.
        """
        if end < len(text) and text[end] == "." and "." in text[start:end]:
            end += 1
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or span.text.rstrip(".") != text[start:end].rstrip("."):
            return None
        if entry.ambiguous and any(
            ent.label_ in self.ambiguous_yields_to and ent.start < span.end and span.start < ent.end
            for ent in doc.ents
        ):
            return None
        result = Span(doc, span.start, span.end, label=entry.label, kb_id=entry.kb_id or "",
                      span_id=entry.id)
        result._.claimex_canonical = entry.canonical
        result._.claimex_origin = "gazetteer"
        return result

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        with (path / ENTRIES_FILE).open("wb") as handle:
            for entry in self.entries:
                handle.write(orjson.dumps(entry.to_dict(), option=orjson.OPT_APPEND_NEWLINE))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Gazetteer:
        rows = read_jsonl(ensure_path(path) / ENTRIES_FILE)
        self._build([Entry.from_dict(row, str(path)) for row in rows])
        return self


@Language.factory(
    "claimex_gazetteer",
    default_config={"spans_key": "claimex_gazetteer", "ambiguous_yields_to": ["PERSON"]},
    assigns=["doc.spans", "span._.claimex_canonical", "span._.claimex_origin"],
)
def make_gazetteer(nlp: Language, name: str, spans_key: str,
                   ambiguous_yields_to: list[str]) -> Gazetteer:
    """The ``claimex_gazetteer`` factory (``spacy_factories`` entry point)."""
    return Gazetteer(nlp, name, spans_key, ambiguous_yields_to)
