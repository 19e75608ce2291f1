"""Words that text extraction glued together: where to split them.

Reports converted from PDF lose the space at line ends and between columns: "floods
displacedabout 4,400 people", "people weredisplaced", "Haiti is still recovering, with14,593
internally displaced households", "at least140,000 people", "have already fledShirqat".
Neither the tokenizer nor the figure finder can read a cue or a figure inside such a word.

A glued word is split only where a word from a short list of the function and displacement
words that such reports glue (``GLUE_LEFT``) is followed by one of the words they are glued to
(``GLUE_RIGHT``), by a figure, or (for a lower-case left word) by a capitalised name; and
where an acronym is followed by one of the reporting words glued to agencies' names
(``GLUE_AFTER_ACRONYM``: "UNHCRestimates", "IOMdata"; not "TRTWorld"). All
lists are closed, so no ordinary English word is cut: the left word must start the token
and the right word must end it ("roundabout" and "reinforced" stay whole, as "round" and
"rein" are no left words). The pairs were checked against the words of the development
corpora (see ``tests/rules/test_glue.py``).
"""

from __future__ import annotations

import re

# Function words, figure qualifiers and displacement words that PDF text glues to the next word.
GLUE_LEFT = tuple("""
about around approximately nearly almost over least than between with were was been had
have has are already newly new still people persons families households residents
displaced forced evacuated fled flee seek sought take taken took shelling flooding fighting
floods damaged destroyed damage shelters shelter camps and or to of from by at who which
that when
""".split())
# Words that PDF text glues to the word before them.
GLUE_RIGHT = tuple("""
about around approximately nearly almost more than between people persons families
households residents displaced displacement displacements displacing forced fled flee
fleeing evacuated evacuation evacuate refuge shelter shelters sheltering camps camp homes
houses have been were already still living could would following damaged destroyed
remain remained remaining returned to pre
""".split())
# Lower-case words glued to a name after them: "fledShirqat", "inAugust", "inIDPcamps" ("in"
# is no left word of its own: "instill").
GLUE_BEFORE_NAME = (*(w for w in GLUE_LEFT if w.islower()), "in")
# Left words that start a figure glued to them: "with14,593", "least140,000", "Around1.6".
GLUE_BEFORE_FIGURE = tuple("""
about around approximately nearly almost over least than between with some and to of from
by at in estimated total
""".split())

# Reporting words that PDF text glues to the acronym of the agency before them:
# "UNHCRestimates", "OCHAreported", "IDMCcalculation", "IOMdata", "IDPcamps".
GLUE_AFTER_ACRONYM = tuple("""
estimates estimated estimate reported reports report said says data figures figure
calculation calculations recorded registered assessment assessments camp camps site sites
""".split())


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


def _at_start(words) -> str:
    """A word from ``words`` right before, at the start of the string: fixed-width
    look-behinds, one per word length."""
    by_length: dict[int, list[str]] = {}
    for word in set(words):
        by_length.setdefault(len(word), []).append(word)
    return "(?:" + "|".join(f"(?<=^(?i:{_alternation(group)}))"
                            for _, group in sorted(by_length.items())) + ")"


#: Zero-width tokenizer infixes that split a glued token (see the module docstring): two
#: glued words, a word glued to a figure, a lower-case word glued to a name.
GLUE_INFIXES = (
    _at_start(GLUE_LEFT) + r"(?=(?i:" + _alternation(GLUE_RIGHT) + r")(?![A-Za-z]))",
    _at_start(GLUE_BEFORE_FIGURE) + r"(?=\d)",
    _at_start(GLUE_BEFORE_NAME).replace("(?i:", "(?:") + r"(?=[A-Z][A-Za-z]{2})",
    r"(?<=[A-Z]{2})(?=(?:" + _alternation(GLUE_AFTER_ACRONYM) + r")(?![A-Za-z]))",
)
_GLUE_INFIX_RE = re.compile("|".join(GLUE_INFIXES))
_BEFORE_FIGURE_RE = re.compile(r"(?<![A-Za-z])(?i:" + _alternation(GLUE_BEFORE_FIGURE)
                               + r")(?=\d)")
# what every match of _BEFORE_FIGURE_RE holds: a letter (the last of its word, in any case)
# right before a digit; a text without one ("14,593 of the 20,000") is not searched
_LETTER_THEN_DIGIT_RE = re.compile(r"(?i:[a-z])\d")


def glue_split(word: str) -> int | None:
    """Where a token of two glued words splits ("displacedabout" at 9, "with14,593" at 4,
    "fledShirqat" at 4), or ``None`` when it is no glued token."""
    match = _GLUE_INFIX_RE.search(word)
    return match.start() if match else None


def figure_glue_points(text: str) -> list[int]:
    """Offsets in ``text`` where a figure starts glued to the word before it
    ("with14,593", "at least140,000"): the figure finder reads a space there."""
    if _LETTER_THEN_DIGIT_RE.search(text) is None:
        return []
    return [m.end() for m in _BEFORE_FIGURE_RE.finditer(text)]
