"""Word classes read around a figure: function words, plural nouns, the word before and
the words after a position.

>>> _is_plural_noun("soldiers"), _is_plural_noun("crisis")
(True, False)
"""

from __future__ import annotations

import re

from claimex.rules.numbers.vocabulary import _DASH, _words

_FUNCTION_WORDS = frozenset(_words(
    "a an the and or but if of in on at to by for with from as into onto over under about "
    "after before during since until till than that this these those there their they them "
    "he she it we you i his her its our your was were is are be been being has have had do "
    "does did will would can could shall should may might must not no so when where while "
    "which who whom whose what how why all any each every some such per via off out up down "
    "again also only just still even more most less least very too then thus hence yet "
    "according reportedly including"
))


_S_NOT_PLURAL = frozenset(_words(
    "was is has his this its thus as us yes always perhaps whereas across unless besides "
    "towards afterwards sometimes hers ours yours theirs news plus minus bus gas famous "
    "various serious previous numerous dangerous anonymous enormous tremendous nervous "
    "obvious analysis crisis basis thesis status census virus campus chaos lens series "
    "species isis daesh hamas jaish"
))


_IRREGULAR_PLURALS = frozenset(_words(
    "people children men women police personnel staff troops militia militiamen youths "
    "gunmen policemen servicemen servicewomen tribesmen fishermen kinsmen countrymen "
    "cattle sheep livestock aircraft infantry deer fish folk kin clergy crew "
    "persons individuals families households"
))


_LETTERS_RE = re.compile(r"[^\W\d_]*")


_NEXT_WORDS_RE = re.compile(
    r"[ \t\u00a0]*(?:[" + _DASH + r"][ \t]*)?([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?"
)


_PREV_WORD_RE = re.compile(r"([A-Za-z][A-Za-z'’]*)[^A-Za-z0-9]{0,3}$")


_DETERMINERS = frozenset(_words("the its their his her this that last next"))


def _is_plural_noun(word: str) -> bool:
    w = word.lower().rstrip("'’")
    if w in _IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in _S_NOT_PLURAL and w not in _FUNCTION_WORDS
    )


def _count_noun_follows(text: str, pos: int) -> bool:
    """Whether a plural noun follows within three words, before any function word."""
    m = _NEXT_WORDS_RE.match(text, pos)
    if not m:
        return False
    for word in m.groups():
        if word is None:
            return False
        low = word.lower()
        if low in _FUNCTION_WORDS:
            return False
        if _is_plural_noun(word):
            return True
    return False


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


#: Verbs of change by lemma, with their irregular past forms ("" : regular; -s, -ed and -ing
#: are generated). After one, "from A to B" is a change, two figures ("rose from 10 to 15",
#: "accelerated from 2% to 3%"), not a range.
CHANGE_VERBS = {
    # moves of a level, which may also stand right before the change: "fell 12p to 345p"
    "rise": "rose risen", "fall": "fell fallen", "grow": "grew grown", "jump": "", "climb": "",
    "drop": "", "decline": "", "decrease": "", "increase": "", "slip": "", "edge": "",
    "soar": "", "surge": "", "plunge": "", "tumble": "", "gain": "", "add": "", "lose": "lost",
    "shed": "shed", "sink": "sank sunk", "slide": "slid", "slump": "", "rally": "",
    "advance": "", "ease": "", "dip": "",
    # other changes
    "reduce": "", "cut": "cut", "raise": "", "lower": "", "go": "went gone", "plummet": "",
    "double": "", "triple": "", "quadruple": "", "halve": "", "change": "", "revise": "",
    "up": "", "hike": "", "shrink": "shrank shrunk", "move": "", "swell": "swelled swollen",
    "expand": "", "spike": "", "spiral": "spiralled spiraled", "lift": "", "boost": "",
    "push": "", "bring": "brought", "take": "took taken", "widen": "", "narrow": "",
    "slash": "", "trim": "", "accelerate": "", "slow": "", "decelerate": "", "improve": "",
    "worsen": "", "deteriorate": "", "recover": "", "rebound": "", "shift": "", "switch": "",
    "upgrade": "", "downgrade": "", "extend": "", "shorten": "", "lengthen": "",
    "tighten": "", "loosen": "", "balloon": "", "skyrocket": "", "sag": "", "retreat": "",
    "swing": "swung", "escalate": "", "soften": "", "strengthen": "", "weaken": "",
    "contract": "", "adjust": "", "leap": "leapt leaped",
}
#: The lemmas of ``CHANGE_VERBS`` that move a level by themselves ("fell 12p to 345p").
CHANGE_MOVES = frozenset(list(CHANGE_VERBS)[:list(CHANGE_VERBS).index("reduce")])
#: Nouns and particles of change before "from": "an increase from 10% to 15%", "up from".
CHANGE_NOUNS = _words(
    "increase decrease rise fall drop jump decline growth reduction cut hike change shift gain "
    "loss slide surge leap climb dip slump improvement swing move revision upgrade downgrade "
    "up down"
)
# Final consonants doubled before -ed and -ing: "dropped", "slipping".
_DOUBLED_FINAL = frozenset(_words("drop slip dip trim up cut shed sag"))


def verb_forms(lemma: str, past: str = "") -> set[str]:
    """The forms of a regular English verb, with ``past`` (irregular past forms) instead of
    a generated -ed.

    >>> sorted(verb_forms("rally")), sorted(verb_forms("rise", "rose risen"))
    (['rallied', 'rallies', 'rally', 'rallying'], ['rise', 'risen', 'rises', 'rising', 'rose'])
    """
    stem = lemma + lemma[-1] if lemma in _DOUBLED_FINAL else lemma
    if lemma.endswith("e"):
        forms = {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms = {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("sh", "ch", "s", "x")):
        forms = {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms = {lemma + "s", stem + "ed", stem + "ing"}
    if past:
        forms = {f for f in forms if not f.endswith("ed")} | set(past.split())
    return forms | {lemma}
