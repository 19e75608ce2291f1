"""Wire copy goes on with a report past the sentence that names its source: "A bomb struck
their vehicle in southern Baghdad, the military said. Another soldier was wounded in the
attack." The second sentence names nobody and is still the military's. A sentence whose
figure no speaker claims continues the report of the sentence right before it in the same
paragraph when that sentence is a report (a speech verb with its subject as the main verb,
or "according to X"), and the sentence itself tells in the past tense what happened
("Another soldier was wounded", not the writer's "No arrests have been made") in no first
or second person (a reader's own words after a quoted report are the reader's).

>>> sorted(_PERSONAL)[:3]
['i', 'me', 'mine']
"""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Span, Token

from claimex.pipeline.attribution.parse import _phrase, _subjects

_PERSONAL = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your"})


class Reporter(Protocol):
    """What the rule needs of the attribution component."""

    def _is_cue(self, token: Token) -> bool: ...

    def _source_of(self, sentence: Span) -> dict[str, Any] | None: ...


def continued_report(lexicon: Reporter, sentence: Span) -> dict[str, Any] | None:
    """The speaker of the report ``sentence`` goes on with (see the module docstring), or
    None: the sentence before it in the same paragraph must be a report, ``sentence`` no
    question and in no first or second person."""
    doc = sentence.doc
    if sentence.start == 0 or any(t.lower_ in _PERSONAL for t in sentence) or \
            sentence.text.rstrip().endswith("?") or not _past(sentence.root):
        return None
    before = doc[sentence.start - 1].sent
    if before.start >= sentence.start or "\n" in doc[before.start:sentence.start].text or \
            "\n" in doc[sentence.start - 1].whitespace_:
        return None
    root = before.root
    subjects = [s for s in _subjects(root) if s.dep_ == "nsubj"]
    if root.pos_ == "VERB" and lexicon._is_cue(root) and subjects and \
            any(c.dep_ == "ccomp" for c in root.children):
        return None if subjects[0].lower_ in _PERSONAL else _phrase(subjects[0], root.text,
                                                                     "reported")
    found = lexicon._source_of(before)
    return dict(found) if found is not None else None


def _past(root: Token) -> bool:
    """A main verb in the simple past, or with a past auxiliary ("were killed"); a past
    participle with no auxiliary at all is a simple past the tagger took for one."""
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return root.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries) or (
        root.tag_ == "VBN" and not auxiliaries)
