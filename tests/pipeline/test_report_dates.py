"""A date next to a reporting verb dates the report, not the event (pure rule on a
hand-built parse)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimex.assemble.claim_time import dates_a_report

VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """A parse from (word, head index, dep, pos, lemma) rows."""
    words, heads, deps, pos, lemmas = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos),
               lemmas=list(lemmas))


TODAY_CONFIRMED = [("Police", 2, "nsubj", "NOUN", "police"),
                   ("today", 2, "npadvmod", "NOUN", "today"),
                   ("confirmed", 2, "ROOT", "VERB", "confirm"),
                   ("the", 4, "det", "DET", "the"), ("death", 2, "dobj", "NOUN", "death"),
                   (",", 2, "punct", "PUNCT", ","),
                   ("Saturday", 2, "npadvmod", "PROPN", "Saturday")]
SAID_ON_MONDAY = [("Police", 1, "nsubj", "NOUN", "police"),
                  ("said", 1, "ROOT", "VERB", "say"), ("on", 1, "prep", "ADP", "on"),
                  ("Monday", 2, "pobj", "PROPN", "Monday")]
KILLED_TODAY = [("Gunmen", 1, "nsubj", "NOUN", "gunman"),
                ("killed", 1, "ROOT", "VERB", "kill"), ("two", 1, "dobj", "NUM", "two"),
                ("today", 1, "npadvmod", "NOUN", "today")]
SAID_TODAY = [("Police", 1, "nsubj", "NOUN", "police"),
              ("said", 1, "ROOT", "VERB", "say"),
              ("today", 1, "npadvmod", "NOUN", "today")]


@pytest.mark.parametrize(("rows", "date", "reports"), [
    # before the reporting verb, hanging on it
    (TODAY_CONFIRMED, (1, 2), True),
    # after it, through "on"
    (SAID_ON_MONDAY, (3, 4), True),
    # after it
    (SAID_TODAY, (2, 3), True),
    # hung on the reporting verb by the parser, but far from it: the event's date
    (TODAY_CONFIRMED, (6, 7), False),
    # next to a verb that is no reporting verb
    (KILLED_TODAY, (3, 4), False),
])
def test_a_date_next_to_a_reporting_verb_dates_the_report(rows, date, reports):
    doc = _doc(rows)
    assert dates_a_report(doc[date[0]:date[1]]) is reports
