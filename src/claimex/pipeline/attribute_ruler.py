"""The matches of a model's ``attribute_ruler``, found by table look-ups instead of spaCy's
``Matcher``; the same matches, so the same tags, parts of speech, lemmas and morphology.

A model's attribute ruler (``en_core_web_sm``: 179 patterns) maps each fine-grained tag to
its part of speech and morphology and fixes some words ("'s" tagged VBZ is the lemma
"be"). Nearly all of its patterns are one token whose attributes must equal a value or lie
in a list (``{"TAG": "NN"}``, ``{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}``), but the
``Matcher`` tries every pattern at every token: about 1.5 s of CPU per 200 news articles,
a tenth of the model's time. :class:`LookupMatch` files each such pattern under one value
it requires (its ``LOWER``, else its ``TAG``, ...) and checks the rest of it only at the
tokens that have that value; the other patterns (several tokens, ``REGEX``, ``OP``) stay in
a ``Matcher`` of their own. It returns the list ``AttributeRuler.match`` returns, in the
same order. The ruler then sets each match's attributes on its token with
:class:`DirectAnnotations`: what ``AttributeRuler.set_annotations`` does, without the two
``Span`` objects it makes per match (about one match per token).

>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], {"LEMMA": "be"})
>>> doc = Doc(nlp.vocab, words=["It", "'s", "fine"], tags=["PRP", "VBZ", "JJ"])
>>> LookupMatch(ruler)(doc) == ruler.match(doc)
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

try:  # the setter AttributeRuler.set_annotations itself calls
    from spacy.tokens._retokenize import set_token_attrs
except ImportError:  # pragma: no cover - a spaCy that moved it keeps the ruler's own method
    set_token_attrs = None

# the token attributes a looked-up pattern may test, with their ``Doc.to_array`` columns
_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "TAG": TAG, "DEP": DEP,
          "IS_SPACE": IS_SPACE}
# the attributes whose strings a ``REGEX`` may test
_STRING_ATTRS = ("LOWER", "ORTH", "TEXT")

# a check of one token of a pattern: (offset from the first token, attribute (or its
# column in the doc's array), the values
# it must be in (True) or not be in (False), or a regex the attribute's string must match
# (None))
Check = tuple[int, int, Any, bool | None]


def _values(vocab: Any, value: Any) -> frozenset[int] | None:
    """The attribute values (string hashes, 0/1 for flags) a pattern value stands for, as
    the ``Matcher`` reads it: a string, a flag or a number; None for anything else."""
    if isinstance(value, bool):
        return frozenset([int(value)])
    if isinstance(value, str):
        return frozenset([vocab.strings.add(value)])
    if isinstance(value, int):
        return frozenset([value])
    return None


def _checks(vocab: Any, offset: int, token: dict[str, Any]) -> list[Check] | None:
    """A pattern token as checks of attribute values, or None where it uses anything but
    equality, ``IN``, ``NOT_IN`` and ``REGEX`` (on a string) on :data:`_ATTRS`, or an
    operator (``OP``).

    >>> import spacy
    >>> vocab = spacy.blank("en").vocab
    >>> [(attr == TAG, mode) for _, attr, _, mode in _checks(vocab, 0, {"TAG": {"NOT_IN": ["TO"]}})]
    [(True, False)]
    >>> [(attr == LOWER, mode) for _, attr, _, mode in _checks(vocab, 1, {"LOWER": {"REGEX": "y"}})]
    [(True, None)]
    >>> _checks(vocab, 0, {"LOWER": "be", "OP": "?"}) is None
    True
    """
    checks: list[Check] = []
    for name, value in token.items():
        if name not in _ATTRS:
            return None
        attr = _ATTRS[name]
        if not isinstance(value, dict):
            values = _values(vocab, value)
            if values is None:
                return None
            checks.append((offset, attr, values, True))
            continue
        if len(value) != 1:
            return None
        (operator, listed), = value.items()
        if operator == "REGEX" and name in _STRING_ATTRS and isinstance(listed, str):
            checks.append((offset, attr, re.compile(listed), None))
            continue
        if operator not in ("IN", "NOT_IN") or not isinstance(listed, list):
            return None
        parts = [_values(vocab, item) for item in listed]
        if any(part is None for part in parts):
            return None
        checks.append((offset, attr, frozenset().union(*parts), operator == "IN"))
    return checks


class LookupMatch:
    """``AttributeRuler.match`` for ``ruler``, by look-ups (see the module docstring).

    The tables are rebuilt whenever the ruler's patterns change (patterns added later);
    they hold string hashes only, so strings a memory zone drops do not matter."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._built_for = -1
        # per column of ``_columns`` that patterns are filed under: value -> (attr_id,
        # match_id, length, the pattern's other checks, by column)
        self._filed: list[tuple[int, dict[int, list[tuple[int, int, int, list[Check]]]]]] = []
        # patterns filed under no value: tried at every token
        self._everywhere: list[tuple[int, int, int, list[Check]]] = []
        self._columns: list[int] = []
        self._rest = Matcher(ruler.vocab)
        # (regex, string hash) -> whether the string matches
        self._searched: dict[tuple[Any, int], bool] = {}
        # the patterns of ``_filed`` and ``_everywhere`` longer than one token
        self._filed_longer: list[tuple[int, dict[int, list[tuple[int, int, int,
                                                                list[Check]]]]]] = []
        self._everywhere_longer: list[tuple[int, int, int, list[Check]]] = []
        # a token's values of ``_columns`` -> (attr_id, match_id) of each one-token pattern
        # that matches it: most tokens repeat the values of others ("the" tagged DT)
        self._one_token: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        # built now, outside any memory zone the pipeline may run in later
        self._build()

    def _build(self) -> None:
        ruler = self.ruler
        vocab = ruler.vocab
        filed: dict[int, dict[int, list[tuple[int, int, int, list[Check]]]]] = {}
        self._everywhere = []
        self._rest = Matcher(vocab)
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = vocab.strings[str(attr_id)]
            left = []
            for pattern in entry["patterns"]:
                checks: list[Check] | None = []
                for offset, token in enumerate(pattern):
                    token_checks = _checks(vocab, offset, token)
                    if token_checks is None:
                        checks = None
                        break
                    checks.extend(token_checks)  # type: ignore[union-attr]
                if not pattern or checks is None:
                    left.append(pattern)
                    continue
                key = next((c for c in checks if c[0] == 0 and c[3] is True), None)
                if key is None:
                    self._everywhere.append((attr_id, match_id, len(pattern), checks))
                    continue
                rest = [c for c in checks if c is not key]
                _, attr, values, _ = key
                table = filed.setdefault(attr, {})
                for value in values:
                    table.setdefault(value, []).append((attr_id, match_id, len(pattern), rest))
            if left:
                self._rest.add(str(attr_id), left)
        self._columns = sorted({attr for attr in filed} | {
            c[1] for entries in [self._everywhere, *(
                e for table in filed.values() for e in table.values())]
            for _, _, _, checks in entries for c in checks})

        def by_column(checks: list[Check]) -> list[Check]:
            return [(offset, self._columns.index(attr), values, mode)
                    for offset, attr, values, mode in checks]

        self._filed = [(self._columns.index(attr), {
            value: [(a, m, length, by_column(rest)) for a, m, length, rest in entries]
            for value, entries in table.items()}) for attr, table in filed.items()]
        self._everywhere = [(a, m, length, by_column(checks))
                            for a, m, length, checks in self._everywhere]
        self._searched = {}
        # patterns of several tokens, tried token by token in __call__; those of one token
        # are tried once per set of values a token has (:meth:`_one_token_matches`)
        self._filed_longer = [(column, longer) for column, table in self._filed if (longer := {
            value: kept for value, entries in table.items()
            if (kept := [entry for entry in entries if entry[2] > 1])})]
        self._everywhere_longer = [entry for entry in self._everywhere if entry[2] > 1]
        self._one_token = {}
        self._built_for = len(ruler.attrs)

    def _passes(self, checks: list[Check], columns: list[list[int]], i: int) -> bool:
        """Whether the pattern checks ``checks`` hold with the first token at ``i`` (the
        pattern ends inside the doc); ``columns``: the doc's values of each attribute of
        ``self._columns``."""
        for offset, column, values, mode in checks:
            value = columns[column][i + offset]
            if mode is None:
                key = (values, value)
                found = self._searched.get(key)
                if found is None:
                    if len(self._searched) > 100_000:
                        self._searched.clear()
                    found = self._searched[key] = values.search(
                        self.ruler.vocab.strings[value]) is not None
                if not found:
                    return False
            elif (value in values) != mode:
                return False
        return True

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self._built_for != len(self.ruler.attrs):
            self._build()
        matches = [(int(self.ruler.vocab.strings[m_id]), m_id, start, end)
                   for m_id, start, end in self._rest(doc, allow_missing=True)] \
            if len(self._rest) else []
        if len(doc) and self._columns:
            # (one attribute gives a flat array)
            values = doc.to_array(self._columns).reshape(len(doc), -1)
            passes = self._passes
            size = len(doc)
            append = matches.append
            one_token = self._one_token
            if len(one_token) > 100_000:
                one_token.clear()
            for i, key in enumerate(map(tuple, values.tolist())):
                found = one_token.get(key)
                if found is None:
                    found = one_token[key] = self._one_token_matches(key)
                for attr_id, match_id in found:
                    append((attr_id, match_id, i, i + 1))
            if self._filed_longer or self._everywhere_longer:
                columns = values.T.tolist()
                for column, table in self._filed_longer:
                    for i, value in enumerate(columns[column]):
                        longer = table.get(value)
                        if longer is None:
                            continue
                        for attr_id, match_id, length, rest in longer:
                            if i + length <= size and passes(rest, columns, i):
                                append((attr_id, match_id, i, i + length))
                for attr_id, match_id, length, checks in self._everywhere_longer:
                    for i in range(size - length + 1):
                        if passes(checks, columns, i):
                            append((attr_id, match_id, i, i + length))
        matches.sort()
        return matches

    def _one_token_matches(self, key: tuple[int, ...]) -> list[tuple[int, int]]:
        """(attr_id, match_id) of each one-token pattern that a token with the values
        ``key`` (of ``_columns``) matches, in the order __call__ used to try them."""
        columns = [[value] for value in key]
        found = []
        for column, table in self._filed:
            for attr_id, match_id, length, rest in table.get(key[column], ()):
                if length == 1 and (not rest or self._passes(rest, columns, 0)):
                    found.append((attr_id, match_id))
        for attr_id, match_id, length, checks in self._everywhere:
            if length == 1 and self._passes(checks, columns, 0):
                found.append((attr_id, match_id))
        return found


class DirectAnnotations:
    """``AttributeRuler.set_annotations`` for ``ruler``: each match's attributes set on
    its token, ``doc[start + index]`` (``doc[end + index]`` for a negative index), with
    the setter the ruler uses and in the order of the matches, so the same tokens and
    lexemes end with the same values; the ruler's own method makes a ``Span`` per match
    and a second to find the token. A match whose index lies outside it goes to the
    ruler's method, which raises its error.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> nlp = spacy.blank("en")
    >>> ruler = nlp.add_pipe("attribute_ruler")
    >>> ruler.add([[{"LOWER": "the"}, {"LOWER": "us"}]], {"LEMMA": "US"}, index=-1)
    >>> doc = Doc(nlp.vocab, words=["the", "us", "said"])
    >>> DirectAnnotations(ruler)(doc, ruler.match(doc)); doc[1].lemma_
    'US'
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._own = ruler.set_annotations

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            at = (end if index < 0 else start) + index
            if not start <= at < end:
                self._own(doc, [(attr_id, match_id, start, end)])
                continue
            set_token_attrs(doc[at], attrs[attr_id])


def match_by_lookup(nlp: Language, names: Iterable[str] | None = None) -> list[str]:
    """Give every ``AttributeRuler`` of ``nlp`` (or those named) a :class:`LookupMatch`
    and :class:`DirectAnnotations`; returns the names of the components changed."""
    changed = []
    for name, proc in nlp.pipeline:
        if isinstance(proc, AttributeRuler) and (names is None or name in names):
            proc.match = LookupMatch(proc)
            if set_token_attrs is not None:
                proc.set_annotations = DirectAnnotations(proc)
            changed.append(name)
    return changed
