"""A side's losses counted as a part of its own people: "we have lost 140 of our sailors",
"the regiment lost 40 of its men" (the figure is the object of "lose" and its "of"
phrase names the people, owned by the side). A linking rule as in
:mod:`claimex.pipeline.claims.linking.parsed`: a ``Figure`` in, a ``Link`` out.
"""

from __future__ import annotations

from claimex.pipeline.claims.figure import Figure, Link, LinkResult
from claimex.rules.casualties import is_combatant_noun, side_lost_people


def cue_lost_part_of(fig: Figure) -> LinkResult:
    """A side lost a number "of" its own people: "We have now lost 140 of our sailors",
    "The regiment has lost 40 of its men" is killed, with no actor (the people of the
    "of" phrase are armed, or the subject is a side that loses people:
    :func:`claimex.rules.casualties.side_lost_people`; they have a possessive, "our",
    "its", "their": "lost 3 of the games" is no loss of people)."""
    climb, governor = fig.climb, fig.governor
    if climb is None or climb.dep_ != "dobj" or governor.lemma_ != "lose":
        return None
    people = [obj for prep in climb.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for obj in prep.children if obj.dep_ == "pobj"]
    if not people or not any(c.dep_ == "poss" for c in people[0].children):
        return None
    noun = people[0]
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if is_combatant_noun(noun.lemma_) or (subject is not None and side_lost_people(
            subject.text, subject.ent_type_, noun.lemma_)):
        return Link(governor, "killed", "intransitive", "cue_lost_part_of")
    return None
