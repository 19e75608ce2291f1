"""A lead that sums up the incidents of its day itself (issue 14, session 14): "Violence across
the north killed eight people", "Nine herders died in raids on farms in the
east". The incidents told after such a lead, even with an opener of a separate incident
("Also near the border, a drive-by shooting killed a farmer"), are parts of its figure,
not more people.
Plain strings in, a plain value out; read by :mod:`claimex.assemble.toll_incidents`.

>>> sums_up_incidents("Violence across the province killed nine people on Monday.")
True
>>> sums_up_incidents("A car bomb killed six people at a market.")
False
"""

from __future__ import annotations

import re

from claimex import lexicon

# A word with its apostrophes and hyphens ("herders'", "drive-by"); also read by
# assemble/toll_incidents.py.
WORD_RE = re.compile(r"[\w'’-]+")
# resources/words/incident_plurals.txt and round_up_nouns.txt
_ROUND_UP = lexicon.words("incident_plurals") | lexicon.words("round_up_nouns")
_CLAUSE_END = re.compile(r"[,;:]|\s[-–—]\s")


def figure_clause(sentence: str, figure_at: int) -> str:
    """The part of a lead's sentence that tells its figure: up to the first comma, semicolon
    or dash after the figure (``figure_at``, an offset into ``sentence``), leaving out what
    an appositive or a later clause says ("..., a region beset by attacks").

    >>> figure_clause("Gunmen killed six people in a village, a region beset by raids.", 14)
    'Gunmen killed six people in a village'
    """
    found = _CLAUSE_END.search(sentence, max(figure_at, 0))
    return sentence[:found.start()] if found else sentence


def sums_up_incidents(lead_sentence: str, figure_at: int = 0) -> bool:
    """Whether a lead's sentence sums up several incidents itself in its figure's clause
    (:func:`figure_clause`): it holds an incident noun in the plural ("in bombings across
    Iraq", "A spate of attacks") or a round-up noun ("violence", "spate"); not a place
    alone ("Mortar fire across the valley killed five").

    >>> sums_up_incidents("A roadside bomb killed two soldiers on Saturday.")
    False
    >>> sums_up_incidents("Nine herders died in raids on farms in the east.")
    True
    >>> sums_up_incidents("Gunmen killed six people in a village, a region beset by raids.", 14)
    False
    """
    clause = figure_clause(lead_sentence, figure_at)
    return bool({w.lower() for w in WORD_RE.findall(clause)} & _ROUND_UP)
