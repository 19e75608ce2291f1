"""A running total over operations the text points back to (frame: a figure in the perfect
"during these raids" with no day of its own), scope ``aggregate``:
:mod:`claimex.pipeline.claims.scope_raids`."""

import pytest

from claimex.pipeline.claims.scope_raids import total_over_raids
from tests.conftest import needs_model

RAID_TOTALS = [
    # the perfect over operations pointed back to: what they have added up to so far
    ("Soldiers searched the hill villages again. More than 800 men have been detained "
     "during these raids.", "More than 800", "aggregate"),
    ("Gunboats shelled the port twice. Some 60 sailors have died in those strikes.",
     "Some 60", "aggregate"),
    # a day named, or operations not pointed back to, or no perfect: the day's own
    ("Eleven guards have been killed in fresh clashes near the dam.", "Eleven",
     "reported"),
    ("Nine farmers were killed in these clashes on Tuesday.", "Nine", "reported"),
    ("Seven porters have been killed in these clashes today.", "Seven", "reported"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "scope"), RAID_TOTALS)
def test_scope_raid_total(default_pipeline, text, figure, scope):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert {c["value"]["text"]: c["scope"] for c in claims}[figure] == scope


def test_total_over_raids_needs_the_perfect():
    import spacy
    from spacy.tokens import Doc
    words = ["900", "were", "detained", "during", "these", "raids"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 5, 3],
              deps=["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
              tags=["CD", "VBD", "VBN", "IN", "DT", "NNS"],
              lemmas=["900", "be", "detain", "during", "these", "raid"])
    assert total_over_raids(doc[2], list(doc)) is False
