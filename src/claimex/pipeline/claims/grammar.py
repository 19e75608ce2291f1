"""Questions the casualty rules ask of a dependency parse, shared by every rule module.

Each is a pure function of spaCy tokens: is this verb passive ("were killed"), which
subject does a coordinated verb share ("two gunmen opened fire and were killed"), does a
cue report the past ("killed") or a habit ("are killing"), which noun does a figure count
("civilians" in "at least 40 civilians"), who are the people one cue counts ("the man, an
IED facilitator, and three additional suspects").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from claimex.pipeline.claims.companions import COMPANION_ADVERBS, companions
from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.figure import Link
from claimex.rules.casualties import (
    DISPLACEMENT_UNITS,
    GENERIC_PERSON_WORDS,
    ORDINAL_VICTIMS,
    SETTLEMENT_NOUNS,
    is_non_person_noun,
    is_person_noun,
    is_role_noun,
    is_unspecified_plural,
)

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

LINKING_VERBS = {"be", "remain", "become", "stay", "register", "report", "leave", "confirm",
                  "live", "shelter", "take", "seek", "find", "move", "arrive", "accommodate",
                  "house", "list", "record", "count", "place", "put", "join", "transfer",
                  "host"}


# Cue verbs that take places as well as people: "captured the town", "seized Robotyne".
TERRITORY_VERBS = {"capture", "seize", "take", "overrun"}


# Verbs whose subject bears the injury named as their object: "suffered injuries".
INJURY_VERBS = {"suffer", "sustain", "receive", "incur", "bear"}


# Prepositions that put a linked figure in a place: "live in relief camps", "moved to
# emergency shelters", "were staying at evacuation centres".
PLACE_PREPS = {"as", "in", "at", "into", "with", "to", "inside"}


PARTITIVE_HEADS = {"one", "some", "several", "many", "most", "few", "two", "three", "none",
                    "all", "each", "any", "both"}


def is_passive_or_copular(verb: Token) -> bool:
    """A passive or copular verb; a bare participle coordinated with a passive shares its
    auxiliary ("two were killed and several others detained")."""
    if any(c.dep_ in ("auxpass",) for c in verb.children) or (verb.tag_ == "VBN" and any(
            c.lower_ in ("was", "were", "been", "be", "are", "is") for c in verb.children)):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head is not verb and \
        not any(c.dep_ in ("aux", "dobj") for c in verb.children) and \
        verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)


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
        return cue.head is not cue and cue.head.pos_ in ("VERB", "AUX") and (
            cue.head.tag_ in ("VBD", "VBN") or reports_past(cue.head))
    return cue.tag_ in ("VBD", "VBN")


def is_purpose(cue: Token) -> bool:
    """A cue in a purpose infinitive says what was meant, not what happened: "conducted
    an operation to detain a Taliban leader"."""
    return cue.tag_ == "VB" and cue.dep_ in ("acl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def is_negated(cue: Token) -> bool:
    return any(c.dep_ == "neg" for c in cue.children)


def is_person_adj(token: Token) -> bool:
    """A person noun the tagger took for an adjective: "detained the individual" (a
    determiner says it is a noun); or an age standing for the person: "A 15-year-old has
    been arrested" ("old" with its "year" and a determiner)."""
    return token.pos_ == "ADJ" and (is_person_noun(token.lemma_) or is_age_noun(token)) and \
        any(c.dep_ == "det" for c in token.children)


def is_age_noun(token: Token) -> bool:
    """Whether ``token`` is the "old" of an age used as a noun: "a 15-year-old", "the
    17-year-old" (not "a 15-year-old boy", where "old" modifies the noun)."""
    return token.lower_ in ("old", "olds") and token.dep_ not in ("amod", "compound") and \
        any(c.lower_ in ("year", "years") for c in token.children)


def name_headed(noun: Token) -> Token:
    """The person noun of "an Islamic Movement of Uzbekistan facilitator", which the parse
    hangs under the name ("Movement", with "facilitator" the object of its "of")."""
    if noun.pos_ != "PROPN" or noun.ent_type_ == "PERSON":
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and is_person_noun(obj.lemma_) \
                        and obj.i - noun.i <= 6 and not any(
                            c.dep_ in ("det", "nummod") for c in obj.children):
                    return obj
    return noun


def counted_noun(span: Span) -> Token | None:
    """The noun a figure counts: "civilians" in "at least 40 civilians", "militants" in
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


def cue_victims(cue: Token, kind: str) -> list[Token]:
    """The people a cue word is about, a figure or not: the object or passive subject of a
    cue verb ("detained the leader"), the subject of an intransitive one, the subject it
    shares in a coordination, the noun a cue participle modifies ("the insurgents
    killed"), or the subject of a raising verb ("a commander was confirmed killed").
    """
    deps = {"dobj", "nsubjpass"} if kind == "verb" else {"nsubj", "nsubjpass"}
    victims = [c for c in cue.children if c.dep_ in deps]
    if kind == "verb" and not victims and is_passive_or_copular(cue):
        victims = [c for c in cue.children if c.dep_ == "nsubj"]
    if kind == "verb" and not victims:
        # "Mayor of the town assassinated by rebels": a headline's passive, no auxiliary
        headline = headline_passive_subject(cue)
        victims = [headline] if headline is not None else []
    if not victims and (kind == "intransitive" or is_passive_or_copular(cue)):
        # "an insurgent attacked the outpost and was killed"
        shared = shared_subject(cue, kind)
        victims = [shared] if shared is not None else []
    if not victims and cue.dep_ in ("acl", "relcl") and (
            cue.head.pos_ in ("NOUN", "PROPN") or cue.head.lower_ == "another") and not (
            kind == "verb" and cue.tag_ == "VBG"):
        # "the insurgents killed", "one man is dead and another seriously injured"; a
        # present participle of a transitive cue modifies who acts: "a police shooting in
        # Winnipeg", "a gunman shooting at cars" name no victim
        victims = [cue.head]
    if not victims and cue.dep_ in ("xcomp", "oprd") and cue.tag_ == "VBN" and \
            is_passive_or_copular(cue.head):
        # "a Taliban commander was confirmed killed", "two were reported detained"
        victims = [c for c in cue.head.children if c.dep_ in SUBJECT_DEPS]
    # "a suspect who was struck and killed": the relative pronoun stands for a person
    # introduced with it (an indefinite singular); "the civilians who were killed" takes
    # up people told before, or none in particular
    victims = [cue.head if v.tag_ in ("WP", "WDT") and cue.dep_ == "relcl" and
               cue.head.pos_ in ("NOUN", "PROPN") and cue.head.tag_ == "NN" and any(
                   c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")
                   for c in cue.head.children) else v for v in victims]
    return [v for v in victims if v.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or
            is_person_adj(v) or is_ordinal_victim(v)]


# What an active verb of a headline's clause takes besides its subject: with any of them
# the verb acts ("Police shot at the car"), it reports no passive.
_ACTIVE_VERB_DEPS = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative", "attr",
                               "expl"})


def _unmarked_finite_clause(word: Token) -> bool:
    """A finite verb hung on a headline's participle as its clause, with neither subject
    nor conjunction: the headline's own verb, which the parse took for a clause ("Woman
    shot in the face dies in hospital": she died, "shot" modifies her)."""
    return word.dep_ == "advcl" and word.tag_ in ("VBZ", "VBP", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for c in word.children)


_LINE_OPENERS = frozenset({":", ";", "-", "–", "—"})


def _opens_a_line(word: Token) -> bool:
    """Whether a word opens a headline or an entry: the first of its sentence, or after a
    line break or the colon, semicolon or dash of a date or label ("Oct. 18: Deputy
    governor shot ...")."""
    if word.is_sent_start or word.i == 0:
        return True
    before = word.doc[word.i - 1]
    return before.text in _LINE_OPENERS or "\n" in before.text_with_ws or before.is_space


def headline_passive_subject(cue: Token) -> Token | None:
    """The person a transitive cue verb of a headline's or a chronology's clause is about
    when the clause drops its auxiliary, a telegraphic passive: "Mayor of the town
    assassinated by rebels" (a "by" agent), "Deputy governor shot and killed as he drove
    home" (a singular subject without a determiner, as headlines write them). The verb (or
    the first verb of its coordination) is the main clause's, a past form with a singular
    person or name as subject that opens the line (:func:`_opens_a_line`), and no object or
    auxiliary of its own; None otherwise ("Police shot at the car": a preposition "at"
    makes it active; "Woman shot in the face dies": the parse lost the headline's verb,
    :func:`_unmarked_finite_clause`)."""
    first, steps = cue, 0
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == "VERB" \
            and steps < 3:
        first = first.head
        steps += 1
    if first.dep_ != "ROOT" or cue.tag_ not in ("VBN", "VBD") or \
            first.tag_ not in ("VBN", "VBD"):
        return None
    chain = [first, *(c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(c.dep_ in _ACTIVE_VERB_DEPS or (c.dep_ == "prep" and c.lower_ == "at") or
           _unmarked_finite_clause(c) for verb in chain for c in verb.children):
        return None
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNP"):
        return None
    subject = subjects[0]
    if not (is_person_noun(subject.lemma_) or subject.pos_ == "PROPN") or \
            not _opens_a_line(subject.left_edge):
        return None
    by_agent = any(c.dep_ == "agent" for verb in chain for c in verb.children)
    bare = not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
    return subject if by_agent or bare else None


def is_ordinal_victim(word: Token) -> bool:
    """ "a fourth", "the third" with no noun of its own: one more person of a group just
    counted ("Two guards were shot dead and the third was taken to hospital"), not "a third of
    the residents"."""
    return word.lower_ in ORDINAL_VICTIMS and not any(
        c.dep_ == "prep" for c in word.children) and any(
        c.dep_ == "det" and c.lower_ in ("a", "the") for c in word.children)


def coordinated(victim: Token, cue: Token) -> list[Token]:
    """The people one cue counts, in order: ``victim`` and its conjuncts; those of an
    apposition ("the man, an IED facilitator, and three additional suspects"); "along
    with" or "together with" phrases on the cue or the victim. A singular indefinite
    phrase right after a generic person word and a comma describes it ("one, a
    facilitator, and several suspected insurgents"): the same person, not another."""
    group = [victim]
    # a result told after its noun ends its phrase: "left a deputy injured and a suspect
    # dead", "found a man dead and a woman hurt" (the later conjunct has a cue of its own)
    after = cue.i if cue.dep_ in ("acl", "oprd") and cue.i > victim.i else None
    for conj in victim.conjuncts:
        if conj.i > victim.i and (after is None or conj.i < after):
            group.append(conj)
    for appos in victim.children:
        if appos.dep_ == "appos":
            group.extend(c for c in appos.conjuncts if c.i > appos.i and c not in group)
    # "along with" / "together with" on the cue or the victim, wherever the parse hangs it
    # ("detained the leader along with three suspects", "four gunmen die in the ensuing
    # clash along with two officers": companions.py)
    group.extend(o for owner in (cue, victim) for o in companions(owner) if o not in group)
    # "the leader who operated out of Kandahar, along with one suspected insurgent": the
    # parse hangs the phrase after a comma on the relative clause
    for clause in (c for c in victim.children if c.dep_ in ("relcl", "acl")):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in COMPANION_ADVERBS and prep.i > 0 and \
                    prep.doc[prep.i - 1].text == ",":
                group.extend(o for word in prep.children if word.lower_ == "with"
                             for o in word.children if o.dep_ == "pobj" and o not in group)
    group.sort(key=lambda t: t.i)
    kept = [group[0]]
    first_det = next((c for c in victim.children if c.dep_ == "det"), None)
    for noun in group[1:]:
        previous = kept[-1]
        if is_non_person_noun(noun.lemma_) or is_non_person_noun(noun.text):
            continue  # "several suspects and multiple AK-47s": the rifles are no one
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if noun.conjuncts and noun in victim.conjuncts and first_det is not None and \
                first_det.lower_ in ("a", "an", "the") and det is None and \
                noun.tag_ == "NN" and victim.tag_ == "NN" and is_role_noun(noun.lemma_) and \
                is_role_noun(victim.lemma_) and not any(
                    c.dep_ in ("nummod", "poss") for c in noun.children):
            continue  # "a Taliban IED manufacturer and facilitator": one person, two roles
        if previous.lower_ in GENERIC_PERSON_WORDS and det is not None and \
                det.lower_ in ("a", "an") and noun.tag_ in ("NN", "NNP") and \
                noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," and \
                noun.left_edge.i - 2 == previous.i:
            continue
        kept.append(noun)
    return kept


def is_disjunctive(cue: Token, cues: Cues) -> bool:
    """Whether a capture cue and another casualty cue are alternatives ("captured or
    killed a large number of insurgents"): the figure is not known to be either."""
    category = cues.get(cue.i, ("",))[0]
    pairs = [c for c in cue.children if c.dep_ == "conj"]
    if cue.dep_ == "conj":
        pairs.append(cue.head)
    for other in pairs:
        other_category = cues.get(other.i, ("",))[0]
        if not other_category or other_category == category or "captured" not in (
                category, other_category):
            continue
        first = cue if cue.i < other.i else other
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < max(cue.i, other.i)
               for c in first.children):
            return True
    return False


def joint_category(cue: Token, cues: Cues) -> str | None:
    """``killed_or_injured`` where a cue word starts a phrase the lexicon counts as both
    ("dead and wounded", "killed or wounded": its head is the phrase's last word), so that
    a figure linked to the first word counts both: "50 dead and wounded"; else None.

    >>> import spacy; doc = spacy.blank("en")("50 dead and wounded")
    >>> joint_category(doc[1], {1: ("killed", "noun"), 3: ("killed_or_injured", "verb")})
    'killed_or_injured'
    """
    if cues.get(cue.i, ("",))[0] not in ("killed", "injured"):
        return None
    doc = cue.doc
    joint, other = cue.i + 1, cue.i + 2
    if other < len(doc) and doc[joint].lower_ in ("and", "or") and \
            cues.get(other, ("",))[0] == "killed_or_injured":
        return "killed_or_injured"
    return None


def unit_word(noun: Token) -> str:
    """The word a counted noun is, a word broken at a line end put back together: "fami-
    lies" (tokens "fami", "-", "lies") is "families"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ and \
            not doc[noun.i - 2].whitespace_ and doc[noun.i - 2].is_alpha:
        joined = doc[noun.i - 2].text + noun.text
        if joined.lower() in DISPLACEMENT_UNITS:
            return joined
    return noun.text


def is_place(token: Token) -> bool:
    """A word that names a place people live in or leave: a name ("eastern Aleppo"), a
    place or country entity, or a settlement noun ("their villages", "the city")."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC") or \
        token.lemma_.lower() in SETTLEMENT_NOUNS


def predicate_cue(verb: Token, cue: Callable[[Token], tuple[str, str] | None],
                  rule: str = "cue_predicate") -> Link | None:
    """A cue completing a linking verb: "were missing", "registered as displaced", "live in
    relief camps", "took refuge"."""
    for child in verb.children:
        found = cue(child)
        if found and child.dep_ in ("acomp", "oprd", "xcomp", "advcl", "attr"):
            return Link(child, found[0], found[1], rule)
        if child.dep_ == "dobj" and found and found[0] == "displaced":
            return Link(child, found[0], found[1], rule)
        if child.dep_ in ("prep", "advmod") and child.lower_ in PLACE_PREPS:
            # "moved to hotels and emergency shelters", "staying in or near the camp"
            preps = [child, *(c for c in child.conjuncts if c.pos_ == "ADP")]
            for obj in (o for p in preps for o in p.children if o.dep_ in ("pcomp", "pobj")):
                for place in (obj, *obj.conjuncts):
                    found = cue(place)
                    if found and found[0] == "displaced":
                        return Link(place, found[0], found[1], rule)
    return None


def total_cue(total: Token, cues: Cues, rule: str = "cue_total") -> Link | None:
    """The cue a total is of: "the number of people displaced", "the total number of
    IDPs", "the number of displaced families"."""
    for prep in total.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ not in ("pobj", "pcomp"):
                continue  # "the number of missing" (pcomp)
            found = cues.get(obj.i)
            if found and (found[1] == "noun" or (found[1] == "adjective" and
                                                  obj.dep_ == "pcomp")):
                return Link(obj, found[0], found[1], rule)
            for child in obj.children:
                found = cues.get(child.i)
                if found and child.dep_ in ("acl", "relcl", "amod") and found[1] != "place":
                    return Link(child, found[0], found[1], rule)
    return None


def is_people_plural(noun: Token, det: Token) -> bool:
    """Whether a noun phrase is an unspecified plural of people (:func:`is_unspecified_plural`):
    "the insurgents", "a number of suspected fighters"."""
    if noun.lower_ == "number":
        return det.lower_ == "a" and any(
            o.dep_ == "pobj" and is_person_noun(o.lemma_) for p in noun.children
            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    return is_unspecified_plural(det.text, noun.lemma_, noun.tag_ in ("NNS", "NNPS"))


def verb_before_its_figure(word: Token) -> bool:
    """Whether a cue word the parser may read as a plural noun is the verb of the figure
    right after it, not a noun that a figure before it counts: "wounds" in "claims 12
    lives and wounds 35" (35 wounded, who lived), not in "40 soldiers with shrapnel
    wounds"."""
    return word.i + 1 < len(word.doc) and word.nbor(1).like_num
