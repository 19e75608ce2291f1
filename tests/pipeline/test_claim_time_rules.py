"""Which dates of a sentence date a claim: a date next to a reporting verb dates the
report, a date before another event's noun dates that event (pure rules on hand-built
parses)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from claimex.assemble.claim_time import dates_a_report, premodifies_another_event

VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """A parse from (word, head index, dep, pos, lemma) rows (lemma optional)."""
    rows = [row if len(row) == 5 else (*row, row[0].lower()) for row in rows]
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


BEHIND = [("killed", 0, "ROOT", "VERB"), ("a", 2, "det", "DET"), ("man", 0, "dobj", "NOUN"),
          ("behind", 2, "prep", "ADP"), ("the", 7, "det", "DET"),
          ("May", 7, "nmod", "PROPN"), ("3", 5, "nummod", "NUM"),
          ("ambush", 3, "pobj", "NOUN")]
KILLED_IN = [("killed", 0, "ROOT", "VERB"), ("in", 0, "prep", "ADP"),
             ("the", 5, "det", "DET"), ("May", 5, "nmod", "PROPN"), ("3", 3, "nummod", "NUM"),
             ("ambush", 1, "pobj", "NOUN")]
AMBUSH_THAT_KILLED = [("the", 3, "det", "DET"), ("May", 3, "nmod", "PROPN"),
                      ("3", 1, "nummod", "NUM"), ("ambush", 3, "ROOT", "NOUN"),
                      ("that", 5, "nsubj", "PRON"), ("killed", 3, "relcl", "VERB")]
BEFORE_VOTE = [("arrested", 0, "ROOT", "VERB"), ("before", 0, "prep", "ADP"),
               ("Saturday", 4, "poss", "PROPN"), ("'s", 2, "case", "PART"),
               ("vote", 1, "pobj", "NOUN")]


@pytest.mark.parametrize(("rows", "date", "cue", "another"), [
    # the noun the date stands before is another event than the cue's
    (BEHIND, 5, 0, True),
    (BEFORE_VOTE, 2, 0, True),
    # the cue takes that event through "in": the date is the claim's
    (KILLED_IN, 3, 0, False),
    # the cue stands in that event's noun phrase
    (AMBUSH_THAT_KILLED, 1, 5, False),
])
def test_a_date_before_another_event_noun_dates_that_event(rows, date, cue, another):
    doc = _doc(rows)
    assert premodifies_another_event(doc[date], doc[cue]) is another
