"""Document nouns that cannot speak without a reporting verb, for the ``claimex_attribution``
component (:class:`claimex.pipeline.attribution.Attributor`).

The parse path credits a document subject of any verb with the figures under it ("Wednesday's
poll has Clinton at 46 percent"). A piece of writing or an outcome (``document_nouns``:
"report", "article", "outcome", ...) is different: "The report says 5 died" credits the
report, "The initial report was wrong, so only 3 were hurt" does not, nor "The article had to
do with Iraq, where 250 civilians were killed". Such a subject reports a figure only through
a reporting verb (a speech, finding or counting verb), which the walk tests apart, or through
a verb that states a figure (:func:`claimex.rules.document_figures.states_a_figure`: "The new
report has the death toll at 40").

>>> "articles" in _DOCUMENT_NOUNS and "poll" not in _DOCUMENT_NOUNS
True
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.rules.document_figures import states_a_figure

_DOCUMENT_NOUNS = lexicon.nouns("document_nouns")


def mute_document(subject: Token) -> bool:
    """Whether a subject is a document noun that speaks only with a reporting verb
    ("The initial report was wrong": no speaker; "The report says 5 died": the report;
    "The new report has the death toll at 40": the report, :func:`_states_a_figure`)."""
    if not (subject.lower_ in _DOCUMENT_NOUNS or subject.lemma_.lower() in _DOCUMENT_NOUNS):
        return False
    return not _states_a_figure(subject.head)


def _states_a_figure(verb: Token) -> bool:
    """Whether the subject's verb states a figure: "has the death toll at 40" (an "at" with a
    number on the verb or on its object), "shows 12 dead" (a number as or on the object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    obj = objects[0] if objects else None
    holders = [verb] + ([obj] if obj is not None else [])
    at_number = any(prep.dep_ == "prep" and prep.lower_ == "at" and any(
        o.dep_ == "pobj" and (o.like_num or any(n.dep_ == "nummod" or n.like_num
                                                 for n in o.children))
        for o in prep.children) for holder in holders for prep in holder.children)
    object_number = obj is not None and (obj.like_num or any(
        c.dep_ == "nummod" for c in obj.children))
    return states_a_figure(verb.lemma_.lower(), obj.lemma_.lower() if obj is not None else None,
                           at_number, object_number)
