"""Document nouns that cannot speak without a reporting verb, for the ``claimex_attribution``
component (:class:`claimex.pipeline.attribution.Attributor`).

The parse path credits a document subject of any verb with the figures under it ("Wednesday's
poll has Clinton at 46 percent"). A piece of writing or an outcome (``document_nouns``:
"report", "article", "outcome", ...) is different: "The report says 5 died" credits the
report, "The initial report was wrong, so only 3 were hurt" does not, nor "The article had to
do with Iraq, where 250 civilians were killed". Such a subject reports a figure only through
a reporting verb (a speech, finding or counting verb), which the walk tests apart.

>>> "articles" in _DOCUMENT_NOUNS and "poll" not in _DOCUMENT_NOUNS
True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon

_DOCUMENT_NOUNS = lexicon.nouns("document_nouns")


def mute_document(subject: Token) -> bool:
    """Whether a subject is a document noun that speaks only with a reporting verb
    ("The initial report was wrong": no speaker; "The report says 5 died": the report)."""
    return subject.lower_ in _DOCUMENT_NOUNS or subject.lemma_.lower() in _DOCUMENT_NOUNS
