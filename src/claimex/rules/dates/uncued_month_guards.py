"""Readings of a month or season named with no cue word that are not the time meant
(session 21): the false friends of the frames of :mod:`claimex.rules.dates.uncued_months`.

* a given name: a month that the text also uses as a first name before a surname ("April
  Lindqvist ... April's sister said"), :func:`used_as_given_name`;
* "March" as the noun (a protest walk) after a determiner, where the word after it is a
  preposition, a conjunction or an auxiliary ("the March on the capital", "the March was
  peaceful"; but "its hottest July in a decade" is the month), :func:`march_as_noun`;
* a kind of thing: a month before a noun of ``month_kind_terms.txt`` ("fears of an October
  surprise"), :func:`names_a_kind`;
* a class of months: after an article and a comparison ("a warmer January", "the wettest
  March on record", "a typical September"), :func:`compared_class_before`; as the subject
  of a generic present ("April is usually wet", "August is the busiest month"),
  :func:`generic_present_after`;
* a season after an article and one word ("on a long winter's night"),
  :func:`article_before_season`.

>>> names_a_kind("fears of an October surprise grew", 12, 19)
True
>>> compared_class_before("there was never a warmer January here", 25)
True
"""

from __future__ import annotations

import re

from claimex import lexicon

_KIND_TERMS = {entry[0]: frozenset(entry[1:]) for entry in lexicon.entries("month_kind_terms")}
_STOP_WORDS = lexicon.words("time_noun_stop_words")
_FREQUENCY_ADVERBS = lexicon.words("generic_frequency_adverbs")
_GIVEN_NAMES = lexicon.words("given_name_months")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_COMPARISON_BEFORE_RE = re.compile(
    r"\b(?:a|an|the)\s+(?P<w>more|most|less|least|typical|usual|normal|average|ordinary"
    r"|[a-z]+est|[a-z]{2,}ier|[a-z]{3,}er)\s+\Z", re.IGNORECASE)
_NOT_COMPARISONS = frozenset({"other", "former", "latter", "later", "under", "after",
                              "ever", "never", "whatever", "another", "upper", "inner",
                              "outer", "quarter", "summer", "winter", "proper"})
_GENERIC_PRESENT_RE = re.compile(
    r"\s+(?:is|are)\s+(?:(?:a|an|the|one of the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:month|months|season|seasons|time of (?:the )?year)\b|(?P<adv>[a-z]+)\b)")
_ARTICLE_AND_WORD_BEFORE_RE = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*\s+\Z", re.IGNORECASE)


def used_as_given_name(text: str, word: str) -> bool:
    """Whether ``word``, a month that is also a given name, stands in ``text`` as a first
    name: capitalised before one or two capitalised words that a lower-case word or a
    mark follows ("April Lindqvist said", "June Okoro-Price,").

    >>> used_as_given_name("April Lindqvist said so. April's sister agreed.", "April")
    True
    >>> used_as_given_name("April rain fell. April's showers came.", "April")
    False
    """
    if word.lower() not in _GIVEN_NAMES:
        return False
    name = re.compile(rf"\b{re.escape(word.capitalize())}(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                      r"{1,2}(?=\s+[a-z]|[,.;:'’)])")
    return name.search(text) is not None


def march_as_noun(text: str, start: int, end: int) -> bool:
    """Whether the "March" at ``start:end`` is the noun (the one month name that is also a
    common noun): a preposition, conjunction or auxiliary of ``time_noun_stop_words.txt``
    right after it, so that it modifies no noun.

    >>> march_as_noun("the March on the capital", 4, 9), march_as_noun("a March deal", 2, 7)
    (True, False)
    """
    if text[start:end].lower() != "march":
        return False
    after = _NEXT_WORD_RE.match(text, end)
    return after is not None and after.group(1) in _STOP_WORDS


def names_a_kind(text: str, start: int, end: int) -> bool:
    """Whether the month at ``start:end`` and the word after it form a term of
    ``month_kind_terms.txt`` ("an October surprise")."""
    after = _NEXT_WORD_RE.match(text, end)
    kinds = _KIND_TERMS.get(text[start:end].lower())
    return after is not None and kinds is not None and after.group(1) in kinds


def compared_class_before(text: str, start: int) -> bool:
    """Whether an article and a word of comparison stand right before ``start`` ("a warmer
    January", "the driest March on record"), which make the month a class of months; a
    possessive ("its hottest July") does not.

    >>> compared_class_before("the driest March on record", 11)
    True
    >>> compared_class_before("its hottest July since 1871", 12)
    False
    """
    before = _COMPARISON_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and before.group("w").lower() not in _NOT_COMPARISONS


def generic_present_after(text: str, end: int) -> bool:
    """Whether the month or season at ``end`` is the subject of a generic present: "is" or
    "are" with an adverb of frequency, or with "a/the ... month/season".

    >>> generic_present_after("April is usually wet", 5)
    True
    >>> generic_present_after("August is the busiest month for fairs", 6)
    True
    >>> generic_present_after("Winter is here", 6)
    False
    """
    present = _GENERIC_PRESENT_RE.match(text, end)
    if present is None:
        return False
    return present.group("adv") is None or present.group("adv") in _FREQUENCY_ADVERBS


def article_before_season(text: str, start: int) -> bool:
    """Whether "a" or "an" and one word stand right before the season at ``start`` ("on a
    long winter's night"): a season of any year.

    >>> article_before_season("on a long winter's night", 10)
    True
    """
    return _ARTICLE_AND_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None
