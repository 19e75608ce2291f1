"""Questions the casualty rules ask of a dependency parse, shared by every rule module.

Each is a pure function of spaCy tokens: is this verb passive ("were killed"), which
subject does a coordinated verb share ("two gunmen opened fire and were killed"), does a
cue report the past ("killed") or a habit ("are killing"), which noun does a figure count
("villagers" in "at least 12 villagers"). Who the people one cue counts are ("the man, an
IED facilitator, and three additional suspects") is asked in
:mod:`claimex.pipeline.claims.victim_nouns`; the questions of a cue word and its
neighbours ("captured or killed", "the number of people displaced") in
:mod:`claimex.pipeline.claims.cue_words`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimex.rules.numbers.parse import parse_number

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# where a clause holds the people it counts: its subject or its object
PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})

LINKING_VERBS = {"be", "remain", "become", "stay", "register", "report", "leave", "confirm",
                  "live", "shelter", "take", "seek", "find", "move", "arrive", "accommodate",
                  "house", "list", "record", "count", "place", "put", "join", "transfer",
                  "host"}


# Cue verbs that take places as well as people: "captured the town", "seized Robotyne".
TERRITORY_VERBS = {"capture", "seize", "take", "overrun"}


# Verbs whose subject bears the injury named as their object: "suffered injuries".
INJURY_VERBS = {"suffer", "sustain", "receive", "incur", "bear"}


PARTITIVE_HEADS = {"one", "some", "several", "many", "most", "few", "two", "three", "none",
                    "all", "each", "any", "both"}


def is_passive_or_copular(verb: Token) -> bool:
    """A passive or copular verb; a bare participle coordinated with a passive shares its
    auxiliary ("two were killed and several others detained"), as does a verb with a state
    complement and no object that the tagger read as a past tense ("A clerk was shot in the
    face and pronounced dead": :func:`_is_state_participle`)."""
    if any(c.dep_ in ("auxpass",) for c in verb.children) or (verb.tag_ == "VBN" and any(
            c.lower_ in ("was", "were", "been", "be", "are", "is") for c in verb.children)):
        return True
    return (verb.tag_ == "VBN" or _is_state_participle(verb)) and verb.dep_ == "conj" and \
        verb.head.i != verb.i and not any(c.dep_ in ("aux", "dobj") for c in verb.children) \
        and verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)


def _is_state_participle(verb: Token) -> bool:
    """A verb tagged as a past tense that a state complement completes with no subject of
    its own: "pronounced" in "was stabbed in the chest and pronounced dead" (the tagger
    reads the participle as a past tense after some objects of a preposition)."""
    return verb.tag_ == "VBD" and any(c.dep_ == "oprd" for c in verb.children) and \
        not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def shared_subject(verb: Token, kind: str) -> Token | None:
    """The subject a coordinated verb without one of its own shares with the first verb of
    its coordination: "insurgents" in "two insurgents fired on the patrol and were killed",
    "came out of a house and were then targeted and killed". Only for a passive cue verb
    or an intransitive one (a subject shared with an active transitive verb does the act:
    "two gunmen entered the village and killed three guards"), and only where no verb of
    the chain has a subject of its own or is a subordinate clause's."""
    if verb.dep_ != "conj" or (kind != "intransitive" and not is_passive_or_copular(verb)):
        return None
    current = verb
    doc = verb.doc
    while current.dep_ == "conj" and current.head.i != current.i:
        if any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in current.children):
            return None
        start = min([current.i, *(c.i for c in current.children if c.i < current.i and
                                   c.dep_ in ("aux", "auxpass", "advmod", "neg"))])
        if start == 0 or (doc[start - 1].pos_ != "CCONJ" and doc[start - 1].text != ","):
            return None  # "the leader and two individuals ... were detained": a noun, not
            # "and", before the verb says the parse lost its subject
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
    return None


def is_agent_modifier(verb: Token, found: tuple[str, str]) -> bool:
    """Whether the noun a cue verb modifies does the act rather than suffers it: "four
    operations targeting leaders, detaining numerous suspects", "militants who killed
    two": an active participle or an active relative clause of a transitive cue."""
    if found[1] != "verb" or found[0] == "displaced" or is_passive_or_copular(verb):
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.children)


def reports_past(cue: Token) -> bool:
    """Whether a cue verb reports what happened ("killed", "were detained", "returned fire,
    killing"), not a habit or a plan ("are killing civilians")."""
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj"):
        # "returned fire, killing one and wounding two", not "is responsible for weapons
        # facilitation, kidnapping Afghan citizens and planning attacks"
        return cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX") and (
            cue.head.tag_ in ("VBD", "VBN") or reports_past(cue.head))
    return cue.tag_ in ("VBD", "VBN")


def is_purpose(cue: Token) -> bool:
    """A cue in a purpose infinitive says what was meant, not what happened: "conducted
    an operation to detain a Taliban leader"."""
    return cue.tag_ == "VB" and cue.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def is_negated(cue: Token) -> bool:
    return any(c.dep_ == "neg" for c in cue.children)


def counted_noun(span: Span) -> Token | None:
    """The noun a figure counts: "villagers" in "at least 12 villagers", "militants" in
    "dozens of militants", the figure itself when it stands alone ("5 were injured")."""
    root = span.root
    head = root
    if root.dep_ in ("npadvmod", "advmod") and root.head.dep_ == "amod" and \
            root.head.head.pos_ in ("NOUN", "PROPN"):
        head = root.head.head  # "three dozen suspected insurgents": "dozen" hangs on "suspected"
    elif root.dep_ in ("nummod", "quantmod", "amod", "det", "npadvmod", "compound") and \
            root.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = root.head
        # "several suspected Islamic Movement of Uzbekistan insurgents": the figure hangs
        # on the first word of a name that modifies the noun it counts
        while head.dep_ in ("compound", "nmod") and head.head.i > head.i and \
                head.head.pos_ in ("NOUN", "PROPN") and head.head.i - root.i <= 8:
            head = head.head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and head.i in range(span.start, span.end):
                return objects[0]
    return head


def verb_before_its_figure(word: Token) -> bool:
    """Whether a cue word the parser may read as a plural noun is the verb of the figure
    right after it, not a noun that a figure before it counts: "wounds" in "claims 12
    lives and wounds 35" (35 wounded, who lived), not in "40 soldiers with shrapnel
    wounds"."""
    return word.i + 1 < len(word.doc) and word.nbor(1).like_num


def nummod_value(word: Token) -> float | None:
    """The figure of a counted word's number modifier ("four people": 4.0); None where it
    has none that reads as a number.

    >>> import spacy
    >>> doc = spacy.tokens.Doc(spacy.blank("en").vocab, words=["four", "people"],
    ...                        heads=[1, 1], deps=["nummod", "ROOT"])
    >>> nummod_value(doc[1]), nummod_value(doc[0])
    (4.0, None)
    """
    for child in word.children:
        if child.dep_ == "nummod":
            value = parse_number(child.lower_)
            if value is not None:
                return value
    return None
