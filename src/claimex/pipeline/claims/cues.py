"""Casualty cues: the lexicon rows, their inflections, and finding them in a doc.

A cue row is one JSON object with a ``category`` (killed, injured, killed_or_injured,
captured, missing, displaced), a ``kind`` (how the cue carries its figure, see
:data:`CUE_KINDS`) and one of:

``lemma``
    a word or phrase whose first word is inflected: ``{"lemma": "maim", "category":
    "injured", "kind": "verb"}`` covers maim, maims, maimed and maiming; ``{"lemma":
    "take into custody", ...}`` covers took, taken, taking ... into custody; a noun
    lemma covers its plural ("death": deaths).
``text``
    one literal form, matched case-insensitively ("shot dead", "IDPs").
``pattern``
    a spaCy ``Matcher`` token pattern (a list of token dicts) for what a phrase list
    cannot say; patterns on ``LEMMA``, ``POS``, ``TAG``, ``MORPH`` or ``DEP`` match only
    on docs a pipeline has annotated (not with ``rules.cfg``: there they are skipped).
    A harm verb whose object is followed by a death result kills it: "shot an old farmer
    dead", "beat two inmates to death" (the object's own words between, no comma or clause).

A lemma or text row may name the ``pos`` its head word must have (``{"lemma": "shoot",
"pos": "VERB", ...}``: "was shot", not "a shot" or "mass shootings"); such a row matches
only on docs a tagger has read (not with ``rules.cfg``).

Lemmas are expanded into their forms when the cues load (:func:`expand_cue`, with
``lemminflect``), for every config: the same forms match with and without a model, and a
participle the model's lemmatizer reads as an adjective ("wounded" with lemma "wounded")
still matches. The forms are then found with a ``PhraseMatcher`` on lower-case text.

>>> sorted(expand_cue({"lemma": "maim", "category": "injured", "kind": "verb"}))
['maim', 'maimed', 'maiming', 'maims']
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from claimex.errors import ConfigError
from claimex.io.jsonl import read_config_jsonl
from claimex.lexicon import inflections

CATEGORIES = ("killed", "injured", "killed_or_injured", "captured", "missing", "displaced")
#: The categories of people harmed in body: the dead, the hurt, and both told as one figure.
HARM_CATEGORIES = frozenset(CATEGORIES[:3])
CUE_KINDS = ("verb", "intransitive", "noun", "adjective", "place")
CUE_FORMS = ("lemma", "text", "pattern")

# token attributes a pattern can only match on a doc a tagger and lemmatizer have read
_ANNOTATION_ATTRS = frozenset({"POS", "TAG", "LEMMA", "MORPH", "DEP"})
# the columns a doc's words and lemmas are read from before an annotated pattern runs
_NEEDED_ATTRS = [LOWER, LEMMA]

# token index of a cue's head word -> (category, kind)
Cues = dict[int, tuple[str, str]]


def read_cues(path: str | Path) -> list[dict[str, Any]]:
    """Cue rows of a JSONL file (see the module docstring); a bad row is a ConfigError that
    names the file and the row."""
    rows = []
    for number, row in enumerate(read_config_jsonl(path, "cue lexicon"), start=1):
        forms = [form for form in CUE_FORMS if form in row]
        if row.get("category") not in CATEGORIES or row.get("kind") not in CUE_KINDS or \
                len(forms) != 1:
            raise ConfigError(f"cue lexicon {path}, entry {number}: category must be one of "
                              f"{CATEGORIES}, kind one of {CUE_KINDS}, and the row must have "
                              f"exactly one of {CUE_FORMS}")
        form = forms[0]
        value = row[form]
        if form == "pattern":
            if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
                raise ConfigError(f"cue lexicon {path}, entry {number}: a pattern is a list of "
                                  "spaCy Matcher token objects")
        else:
            value = str(value)
        if "pos" in row and (form == "pattern" or not isinstance(row["pos"], str)):
            raise ConfigError(f"cue lexicon {path}, entry {number}: \"pos\" (a part of "
                              "speech the cue's head word must have) goes with a lemma or "
                              "text row")
        rows.append({"category": row["category"], "kind": row["kind"], form: value,
                     **({"pos": row["pos"]} if "pos" in row else {})})
    return rows


@registry.misc("claimex.casualty_cues.v1")
def builtin_and_user_cues(builtin: bool = True, paths: list[str] = []) -> list[dict[str, Any]]:  # noqa: B006
    """Registered as ``claimex.casualty_cues.v1``: the shipped cue lexicon plus a user's own."""
    rows: list[dict[str, Any]] = []
    if builtin:
        with resources.as_file(
            resources.files("claimex.resources") / "casualty_cues.jsonl"
        ) as shipped:
            rows.extend(read_cues(shipped))
    for path in paths:
        rows.extend(read_cues(path))
    return rows


@registry.misc("claimex.speech_verbs.v1")
def user_speech_verbs(paths: list[str] = []) -> list[str]:  # noqa: B006
    """Registered as ``claimex.speech_verbs.v1``: the ``speech_verb`` rows of a user's
    attribution cue files, so that a verb of saying a user adds there ("tweeted") also
    makes a clause reported speech for the casualty rules (a ``lemma`` row as its lemma)."""
    return [str(row.get("text") or row.get("lemma")) for path in paths
            for row in read_config_jsonl(path, "attribution cue lexicon")
            if row.get("kind") == "speech_verb" and (row.get("text") or row.get("lemma"))]


def expand_cue(row: dict[str, Any]) -> set[str]:
    """The lower-case surface forms of a ``lemma`` or ``text`` cue row (none for a
    pattern): a lemma's first word in every inflection of its part of speech (verbs for
    ``verb`` and ``intransitive`` cues, nouns for ``noun`` and ``place`` cues, none for
    adjectives), the rest of the phrase as written.

    >>> sorted(expand_cue({"lemma": "flee", "kind": "intransitive", "category": "displaced"}))
    ['fled', 'flee', 'fleeing', 'flees']
    >>> sorted(expand_cue({"lemma": "death toll", "kind": "noun", "category": "killed"}))
    ['death toll', 'death tolls']
    """
    if "text" in row:
        return {row["text"].lower()}
    if "lemma" not in row:
        return set()
    words = row["lemma"].lower().split()
    pos = {"verb": "VERB", "intransitive": "VERB", "noun": "NOUN", "place": "NOUN"}.get(
        row["kind"])
    if pos is None:
        return {" ".join(words)}
    if pos == "NOUN":
        # a compound inflects its last word: "death toll" -> "death tolls"
        forms = inflections(words[-1], pos, guess=False)
        return {" ".join([*words[:-1], form]) for form in forms}
    # a phrase headed by no verb ("into custody") is matched as written
    return {" ".join([form, *words[1:]]) for form in inflections(words[0], pos, guess=False)}


def cue_head(span: Span, kind: str = "verb") -> Token:
    """The word of a cue phrase that carries the grammar: "shot" in "shot dead", the noun
    of a noun or place cue ("people" in "displaced people", "camps" in "relief camps")."""
    if len(span) == 1:
        return span[0]
    if kind in ("noun", "place"):
        return span.root
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    if verbs:
        return verbs[0]
    root = span.root
    if root.pos_ == "ADP" and root.head.pos_ == "VERB" and root.head.i < root.i:
        # "took the two occupants of the vehicle into custody", "placed him under arrest"
        return root.head
    return root


# a pattern token with one of these operators (or none) must match at least one token
_REQUIRED_OPS = (None, "1", "+")


def required_words(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """For each token of a ``Matcher`` pattern that must match (no ``OP``, or ``+``) and is
    given as words (``LOWER``, ``ORTH`` or ``TEXT``: one, or a list under ``IN``), those
    words in lower case: a doc whose lower-cased text holds none of one set cannot match.

    >>> needs = required_words([{"LEMMA": "be"}, {"POS": "ADV", "OP": "*"}, {"LOWER": "in"},
    ...                         {"LOWER": {"IN": ["Condition", "hospital"]}}])
    >>> [sorted(words) for words in needs]
    [['in'], ['condition', 'hospital']]
    """
    found = []
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for attr in ("LOWER", "ORTH", "TEXT"):
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                found.append(frozenset(v.lower() for v in value))
                break
    return found


def required_lemmas(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """For each token of a ``Matcher`` pattern that must match and is given by ``LEMMA``
    (one, or a list under ``IN``), those lemmas as written: a doc that has no token with
    one of a set cannot match.

    >>> needs = required_lemmas([{"LEMMA": {"IN": ["take", "rush"]}, "POS": "VERB"},
    ...                          {"LEMMA": "be", "OP": "?"}, {"LOWER": "to"}])
    >>> [sorted(lemmas) for lemmas in needs]
    [['rush', 'take']]
    """
    found = []
    for token in pattern:
        value = token.get("LEMMA")
        if token.get("OP") not in _REQUIRED_OPS or value is None:
            continue
        if isinstance(value, dict) and set(value) == {"IN"}:
            value = value["IN"]
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            found.append(frozenset(value))
    return found


class CueIndex:
    """The cue rows of a component, compiled: a ``PhraseMatcher`` over their forms and a
    ``Matcher`` for the rows given as patterns. :meth:`find` maps each cue found in a doc
    to its head token."""

    def __init__(self, nlp: Language, rows: Iterable[dict[str, Any]]):
        self.rows = list(rows)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._patterns = Matcher(nlp.vocab)
        self._vocab = nlp.vocab
        # patterns that read the tagger's or lemmatizer's output run only on docs that have
        # it, and only those whose words and lemmas the doc has (:meth:`_annotated_matches`)
        self._annotated: list[tuple[str, list[dict[str, Any]]]] = []
        # per annotated pattern, the word and lemma ids it needs: (column, ids) pairs, the
        # column 0 for LOWER and 1 for LEMMA of ``doc.to_array(_NEEDED_ATTRS)``
        self._annotated_needs: list[list[tuple[int, frozenset[int]]]] = []
        # a Matcher per set of annotated patterns a doc may match, made when first needed
        self._annotated_matchers: dict[tuple[int, ...], Matcher] = {}
        self._cue_of: dict[int, tuple[str, str, str | None]] = {}
        forms: dict[str, set[str]] = {}
        strings = nlp.vocab.strings
        for row in self.rows:
            pos = row.get("pos")
            key = f"{row['category']}|{row['kind']}" + (f"|{pos}" if pos else "")
            self._cue_of[strings.add(key)] = (row["category"], row["kind"], pos)
            if "pattern" in row:
                annotated = any(attr.upper() in _ANNOTATION_ATTRS
                                for token in row["pattern"] for attr in token)
                if annotated:
                    self._annotated.append((key, row["pattern"]))
                    self._annotated_needs.append(
                        [(0, frozenset(strings.add(w) for w in words))
                         for words in required_words(row["pattern"])]
                        + [(1, frozenset(strings.add(lemma) for lemma in lemmas))
                           for lemmas in required_lemmas(row["pattern"])])
                else:
                    self._patterns.add(key, [row["pattern"]])
            else:
                forms.setdefault(key, set()).update(expand_cue(row))
        for key, words in forms.items():
            self._phrases.add(key, [nlp.make_doc(w) for w in sorted(words)])
        # a Matcher of all annotated patterns checks them (a bad one fails here, when the
        # pipeline loads) and puts their strings in the vocabulary outside any memory zone
        checked = Matcher(nlp.vocab)
        for key, pattern in self._annotated:
            checked.add(key, [pattern])

    def _annotated_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The matches of the annotated patterns, the same as one ``Matcher`` of all of
        them gives, in its order: a pattern runs only on a doc that has, for each token it
        requires, a token with one of its words (``LOWER``) and lemmas (:func:`required_words`,
        :func:`required_lemmas`). Those patterns ("in critical condition", "taken to
        hospital") match in few docs, and their ``"OP": "*"`` over common parts of speech
        made the ``Matcher`` of them all the dearest step of the claims component."""
        ids = doc.to_array(_NEEDED_ATTRS)
        present = (set(ids[:, 0].tolist()), set(ids[:, 1].tolist()))
        may_match = tuple(index for index, needs in enumerate(self._annotated_needs)
                          if all(not wanted.isdisjoint(present[column])
                                 for column, wanted in needs))
        if not may_match:
            return []
        matcher = self._annotated_matchers.get(may_match)
        if matcher is None:
            # the same patterns in the same order: a Matcher's states and matches for one
            # pattern do not depend on the others it holds
            matcher = Matcher(self._vocab)
            for index in may_match:
                key, pattern = self._annotated[index]
                matcher.add(key, [pattern])
            self._annotated_matchers[may_match] = matcher
        return matcher(doc)

    def find(self, doc: Doc) -> Cues:
        """Token index of each cue's head word -> (category, kind); where cues overlap, the
        longest wins ("shot dead" over "shot")."""
        found: Cues = {}
        matches = [(m, Span(doc, s, e)) for m, s, e in self._phrases(doc)]
        if len(self._patterns):
            matches += [(m, Span(doc, s, e)) for m, s, e in self._patterns(doc)]
        if self._annotated and doc.has_annotation("POS") and doc.has_annotation("LEMMA"):
            matches += [(m, Span(doc, s, e)) for m, s, e in self._annotated_matches(doc)]
        for match_id, span in sorted(matches, key=lambda m: -(m[1].end - m[1].start)):
            category, kind, pos = self._cue_of[match_id]
            head = cue_head(span, kind)
            if pos is not None and head.pos_ != pos:
                continue  # "shoot" as a verb only: not "a shot", "290 mass shootings"
            if kind == "verb" and head.pos_ == "NOUN" and head.lower_.endswith("ing"):
                kind = "noun"  # "the killing of several ISAF soldiers"
            if head.i not in found:
                found[head.i] = (category, kind)
        return found
