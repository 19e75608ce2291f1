"""The group a figure told as "N of them" takes its part of (frame: the partitive pronoun,
:mod:`claimex.rules.partitives`): "The terrorists were pulverised. Eleven of them were
killed" counts terrorists. The claims component keeps it as the claim's ``partitive_of``
for the tolls (:func:`claimex.assemble.toll_sides.other_side_dead`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimex.rules.partitives import is_partitive_pronoun, partitive_antecedent


def partitive_of(figure: Span) -> str | None:
    """The plural noun before the figure that its "of them" stands for, in the figure's
    sentence or the one before it; None where the figure takes no part of a pronoun."""
    root = figure.root
    pronouns = [t for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for t in prep.children if t.dep_ == "pobj" and is_partitive_pronoun(t.text)]
    if not pronouns:
        return None
    doc = figure.doc
    start = root.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    return partitive_antecedent([(t.text, t.lemma_, t.tag_) for t in doc[start:figure.start]])
