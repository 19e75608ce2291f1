"""Document-level consistency of the statistical NER's mentions.

The small model labels the same name differently from one sentence to the next ("Erdogan"
as a person eight times and as a place four times). Across a whole document that is easy to
see and to mend: a name takes the label most of its mentions have.

(A check that dropped one-word mentions whose lower-case form the document also uses was
tried and removed: commenters write names in lower case, "assad", "idlib", so it dropped
real names.)
"""

from __future__ import annotations

from collections import Counter, defaultdict


def harmonise_labels(mentions: list[tuple[str, str]]) -> list[str]:
    """The label each ``(text, label)`` mention should carry: its name's majority label.

    Ties keep each mention's own label.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for text, label in mentions:
        votes[_key(text)][label] += 1
    labels = []
    for text, label in mentions:
        ranked = votes[_key(text)].most_common()
        best, count = ranked[0]
        tied = len(ranked) > 1 and ranked[1][1] == count
        labels.append(label if tied else best)
    return labels


def _key(text: str) -> str:
    return " ".join(text.lower().split())
