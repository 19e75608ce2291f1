"""People told as the subject of a clause that is no harm, their harm told in a clause
after it that takes them up by a plural pronoun.

Local news often sets the scene before the harm: "Three cousins were playing cards on a
stoop when they were shot" is three people hurt, though the harm verb's own subject is
"they"; "Two cyclists were crossing a footbridge when a gunman walked up and shot them" is
two. The harm cue's pronoun stands for the subject of the clause its "when" (or "as",
"after") clause hangs on (:func:`scene_subject`); a figure counting that subject links to
the cue (:func:`cue_scene_clause`), and a subject without a figure ("A neighbor and a student
were leaving the diner when they were shot") is counted by the implicit counts as if the
cue were about it. The words are in ``resources/words/scene_clause_take_up.txt``.

Not the scene of a clause that is itself a harm ("A man was killed and a woman was hurt
when they were hit by a bus": the main clauses count them), nor a singular subject ("A
man was walking home when they opened fire": "they" are others), nor a pronoun subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimex import lexicon
from claimex.pipeline.claims.cues import HARM_CATEGORIES, Cues
from claimex.pipeline.claims.figure import Figure, LinkResult
from claimex.rules.casualties import is_person_noun

_TABLE = lexicon.groups("scene_clause_take_up")
MARKERS = frozenset(_TABLE["marker"])
PRONOUNS = frozenset(_TABLE["pronoun"])
# how a harm verb hangs under the later clause's own verb: "walked up and shot them",
# "opened fire, striking them", "swerved and hit them, killing them"
_CLIMB = frozenset({"conj", "xcomp", "advcl"})
_MAX_CLIMB = 3


def _is_marked(verb: Token) -> bool:
    """Whether a clause opens with one of :data:`MARKERS` ("when they were shot")."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in MARKERS and c.i < verb.i
               for c in verb.children)


def _is_group(noun: Token) -> bool:
    """Whether a subject names more than one person: a plural person noun ("Two men", "the
    victims") or a person noun with conjuncts ("A man and a woman")."""
    if not is_person_noun(noun.lemma_) and noun.ent_type_ != "PERSON" and not (
            noun.lower_ in ("old", "olds") and any(c.lower_ in ("year", "years")
                                                   for c in noun.children)):
        return False
    return noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts)


def scene_subject(cue: Token, victim: Token, cues: Cues) -> Token | None:
    """The subject of the clause that sets the scene for a harm cue whose victim is a plural
    pronoun of :data:`PRONOUNS`, else None.

    In "Two men were waiting at a bus stop when someone walked up and shot them", the cue
    "shot" (a conjunct of "walked", the clause "when" opens) is about "them", which takes up
    "men", the subject of "were waiting". The clause it hangs on must be no harm cue of its
    own, and its subject a group of people (:func:`_is_group`) told before the cue."""
    if victim.lower_ not in PRONOUNS or victim.head.i != cue.i:
        return None
    verb = cue
    for _ in range(_MAX_CLIMB + 1):
        if _is_marked(verb):
            break
        if verb.dep_ not in _CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "when a car swerved and hit them": the parse may mark "hit"
    if verb.dep_ != "advcl":
        return None
    scene = verb.head
    before = scene.head if scene.dep_ == "conj" else scene
    if any(cues.get(word.i, ("", ""))[0] in HARM_CATEGORIES for word in (scene, before)):
        return None  # "A man was killed and a woman was hurt when they were hit"
    subjects = [c for c in scene.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > cue.i or not _is_group(subjects[0]):
        return None
    return subjects[0]


def cue_scene_clause(fig: Figure) -> LinkResult:
    """The counted noun is the subject of a clause that sets the scene, and a harm cue in
    the clause after it takes the people up by a pronoun: "Three cousins were playing cards
    on a stoop when they were shot", "Two cyclists were crossing a footbridge when a gunman
    shot them" (:func:`scene_subject`)."""
    climb = fig.climb
    if climb is None or climb.dep_ != "nsubj" or fig.counted is None:
        return None
    scene = climb.head
    for word in scene.subtree:
        found = fig.cue(word)
        if word.i <= climb.i or not found or found[0] not in HARM_CATEGORIES or \
                found[1] not in ("verb", "intransitive"):
            continue
        deps = ("dobj", "nsubjpass") if found[1] == "verb" else ("nsubj", "nsubjpass")
        for victim in word.children:
            if victim.dep_ not in deps:
                continue  # "Two men were arguing when they shot a courier": who shot
            subject = scene_subject(word, victim, fig.cues)
            if subject is not None and subject.i == climb.i:
                return fig.link(word, found, "cue_scene_clause")
    return None
