"""The cue lexicon of ``claimex_attribution``: speech verbs, hedges, negators, hypothetical
markers, finding, stance and evidence verbs, source nouns, and the verb-and-preposition
frames of a speech verb that say no speech ("add to", "slam into": ``not_speech_frame``,
``"lemma preposition"``) (``resources/attribution_cues.jsonl`` plus a user's own files).

A row names its ``kind`` and either ``text`` (the words exactly, any case) or ``lemma`` (a
word and its inflections, from :func:`claimex.lexicon.inflections`: a verb for the verb
kinds, a noun for ``source_noun``), as the casualty cues do. ``{"kind": "speech_verb",
"lemma": "urge"}`` covers urge, urges, urged and urging:

>>> rows = expand_cue_rows([{"kind": "speech_verb", "lemma": "urge"}])
>>> sorted(r["text"] for r in rows)
['urge', 'urged', 'urges', 'urging']
>>> sorted(r["text"] for r in expand_cue_rows([{"kind": "source_noun", "lemma": "tally"}]))
['tallies', 'tally']
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from spacy.util import registry

from claimex.errors import ConfigError
from claimex.io.jsonl import read_config_jsonl
from claimex.lexicon import inflections

CUE_KINDS = ("speech_verb", "hedge", "negator", "hypothetical", "finding_verb", "source_noun",
             "headline_stop", "asserting", "quote_verb", "stance_verb", "evidence_verb",
             "not_speech_frame")
# the kinds whose lemma rows inflect as nouns; the others hold verbs or fixed phrases
_NOUN_KINDS = frozenset({"source_noun"})


def expand_cue_rows(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    """``{"kind", "text"}`` rows: a ``text`` row as it is, a ``lemma`` row once for each of
    its forms; a row with neither, or of an unknown kind, is a :class:`ConfigError`."""
    out: list[dict[str, str]] = []
    for row in rows:
        kind, text, lemma = row.get("kind"), row.get("text"), row.get("lemma")
        if kind not in CUE_KINDS or not (isinstance(text, str) or isinstance(lemma, str)):
            raise ConfigError(f"attribution cue {row!r}: kind must be one of {CUE_KINDS}, "
                              f"and the row needs a text or a lemma")
        if isinstance(text, str):
            out.append({"kind": kind, "text": text})
            continue
        pos = "NOUN" if kind in _NOUN_KINDS else "VERB"
        out.extend({"kind": kind, "text": form} for form in sorted(inflections(lemma, pos)))
    return out


@registry.misc("claimex.attribution_cues.v1")
def builtin_and_user_attribution_cues(builtin: bool = True, paths: list[str] = []  # noqa: B006
                                      ) -> list[dict[str, str]]:
    """Registered as ``claimex.attribution_cues.v1``: the shipped lexicon plus a user's own."""
    rows: list[dict[str, Any]] = []
    if builtin:
        with resources.as_file(
            resources.files("claimex.resources") / "attribution_cues.jsonl"
        ) as shipped:
            rows.extend(read_config_jsonl(shipped, "attribution cue lexicon"))
    for path in paths:
        rows.extend(read_config_jsonl(path, "attribution cue lexicon"))
    return expand_cue_rows(rows)
