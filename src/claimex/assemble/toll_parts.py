"""Sums of parts beside a lead's stated total in a document's toll (see
:mod:`claimex.assemble.tolls`): where the lead states the dead or the hurt of the event, a
running sum (:func:`claimex.rules.casualties.running_tallies`) stands only when it goes on
from the lead's figure; figures added up below the lead on their own are parts of the
lead's total, a source's other count, or totals of something else, and never outrun it
(frame: a stated total beats its parts, :func:`sums_from_the_lead`).

>>> sums_from_the_lead([(0, 1, 9.0), (2, 3, 530.0)], [0])
[(0, 1, 9.0)]
"""

from __future__ import annotations

from collections.abc import Sequence


def sums_from_the_lead(tallies: Sequence[tuple[int, int, float]], stated: Sequence[int]
                       ) -> list[tuple[int, int, float]]:
    """The running sums (first figure, figure that adds, total) that start from a figure
    that stands as the lead's (``stated``: the lead's figures and the lead's largest told
    again): "Two soldiers were killed in the raid ... Since the campaign resumed, more
    than 400 police and about 3,000 rebels have died" is two, not the 3,400 the later
    sentence adds up; "killed six police ... three more died in hospital" goes on from
    the lead (nine).

    >>> sums_from_the_lead([(0, 2, 9.0), (3, 4, 3400.0)], [0, 1])
    [(0, 2, 9.0)]
    """
    return [tally for tally in tallies if tally[0] in stated]
