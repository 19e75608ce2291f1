"""Victims told one by one, as local news tells them: who was hurt, and who of them died.

Local news seldom gives a total: "A man was shot and killed ... A woman was taken to
hospital with a gunshot wound to the arm" is one killed and one injured, each counted by
an implicit singular (:mod:`claimex.pipeline.claims.implicit`). Two things decide what
such a count is:

* **the outcome**: a victim first told as hurt ("was shot", "was stabbed", "is in
  critical condition", "was taken to hospital") who the text says died ("... and died at
  the scene", "He was pronounced dead", "The victim died in hospital", "where he later
  died") counts once, as killed (:func:`mark_outcomes`). The claim keeps what the
  text said first and is marked ``died_later`` so a toll can count the person once;
* **restatement**: "he", "she" taking up a victim counted just before is that victim
  again, not another one: no claim of its own.

An event's name can count its victims: "a double shooting" (:func:`multiple_events`).
Injury nouns also count their bearer: "found a man with multiple stab wounds", "A man
suffered a gunshot wound" (:func:`injury_bearers`).

>>> _gender("woman"), _gender("boy"), _gender("victim")
('female', 'male', None)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.cues import HARM_CATEGORIES, Cues
from claimex.pipeline.claims.grammar import (
    INJURY_VERBS,
    SUBJECT_DEPS,
    is_negated,
    shared_subject,
    verb_before_its_figure,
)
from claimex.pipeline.claims.resultatives import found_in_state
from claimex.pipeline.claims.roles import subject
from claimex.pipeline.claims.victim_nouns import cue_victims
from claimex.pipeline.extensions import doc_text
from claimex.rules.casualties import is_person_noun

# the categories of harm: a killed and an injured claim about one person are one victim
HARM = HARM_CATEGORIES
PERSONAL_PRONOUNS = {"he": "male", "him": "male", "she": "female", "her": "female"}
# singular person nouns a definite phrase takes up a victim with ("the victim died")
_MALE = frozenset({"man", "boy", "male", "father", "son", "husband", "brother", "gentleman",
                   "guy", "grandfather", "uncle", "nephew", "dad", "mr"})
_FEMALE = frozenset({"woman", "girl", "female", "mother", "daughter", "wife", "sister",
                     "lady", "grandmother", "aunt", "niece", "mum", "mom", "mrs", "ms"})
# how many sentences back a pronoun or "the victim" may take up a victim
_REACH = 3


def _gender(lemma: str) -> str | None:
    lemma = lemma.lower()
    return "male" if lemma in _MALE else "female" if lemma in _FEMALE else None


def injury_bearers(cue: Token) -> list[Token]:
    """The people an injury noun is on: "a man with multiple stab wounds" (the noun the
    "with" phrase hangs on, or the object of the verb it hangs on: "found a man on the
    stairs with stab wounds"), "A man suffered a gunshot wound" (the subject of an injury
    verb). "suffered no injuries" bears none."""
    if cue.pos_ != "NOUN" or any(c.lower_ in ("no", "none") for c in cue.children):
        return []
    if cue.dep_ == "pobj" and cue.head.lower_ == "with":
        owner = cue.head.head
        while owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "pobj" and \
                not is_person_noun(owner.lemma_) and owner.head.head.i != owner.i:
            # "found a man on a staircase with multiple stab wounds"
            owner = owner.head.head
        if owner.pos_ == "VERB":
            # "found a man ... with stab wounds", "a man was discovered with stab wounds"
            owner = next((c for c in owner.children if c.dep_ in ("dobj", "nsubjpass") and
                          c.i < cue.i), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN") and (
                is_person_noun(owner.lemma_) or owner.ent_type_ == "PERSON"):
            return [owner]
        return []
    if cue.dep_ == "dobj" and cue.head.lemma_ in INJURY_VERBS and not is_negated(cue.head):
        verb = cue.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            shared = shared_subject(verb, "intransitive")
            subjects = [shared] if shared is not None else []
        return [s for s in subjects if s.pos_ in ("NOUN", "PROPN", "PRON")]
    return []


def _victims_of(doc: Doc, cues: Cues, category: str) -> dict[int, Token]:
    """Token index of each person a cue of ``category`` is about -> the cue (not negated)."""
    out: dict[int, Token] = {}
    for index, (found, kind) in cues.items():
        cue = doc[index]
        if found != category or is_negated(cue) or cue.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        for victim in cue_victims(cue, "verb" if kind == "verb" else "intransitive"):
            out.setdefault(victim.i, cue)
    return out


def _counted_token(doc: Doc, claim: dict[str, Any]) -> Token | None:
    index = claim.get("counted")
    if index is None:
        nouns = claim.get("class_nouns") or ()
        index = nouns[0] if nouns else None
    return doc[index] if index is not None else None


def _is_single(claim: dict[str, Any]) -> bool:
    value = claim["value"]
    return value["low"] == 1 and value["high"] == 1


def _found_dead(person: Token) -> bool:
    """Whether a definite noun that names neither a sex nor a victim is told found in a
    state ("Deputies found the suspect dead in a field", :func:`found_in_state`): a death of
    its own, not a victim told before ("A man shot a woman ... found the suspect dead" does
    not make the woman dead; "found the woman dead", "found her dead" take her up)."""
    if _gender(person.lemma_) or person.lemma_.lower() == "victim":
        return False
    return any(found_in_state(word) == [person] for word in (*person.children, person.head))


def _restating(token: Token) -> str | None:
    """How a word takes up a person told before: "pronoun" (he, him, she, her), "definite"
    ("the victim", "the man", "the 17-year-old"), else None."""
    if token.lower_ in PERSONAL_PRONOUNS:
        return "pronoun"
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("the", "this", "that") and token.tag_ == "NN" and \
            is_person_noun(token.lemma_):
        return "definite"
    return None


def _antecedent(doc: Doc, claims: list[tuple[Span, dict[str, Any]]], token: Token,
                categories: frozenset[str]) -> int | None:
    """The index in ``claims`` of the victim ``token`` takes up: the nearest single
    casualty claim of ``categories`` before it, at most :data:`_REACH` sentences back,
    whose person may be the one a gendered word names."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else []
    starts = [s.start for s in sentences]

    def sentence_of(i: int) -> int:
        return max((n for n, start in enumerate(starts) if start <= i), default=0)

    here = sentence_of(token.i)
    gender = PERSONAL_PRONOUNS.get(token.lower_) or _gender(token.lemma_)
    best: int | None = None
    for n, (span, claim) in enumerate(claims):
        if claim["type"] != "casualty" or claim["category"] not in categories or \
                span.start >= token.i or not _is_single(claim) or claim.get("negated") or \
                claim.get("told_as_state"):
            continue
        if here - sentence_of(span.start) > _REACH:
            continue
        counted = _counted_token(doc, claim)
        if counted is not None:
            if counted.i == token.i:
                continue
            other = PERSONAL_PRONOUNS.get(counted.lower_) or _gender(counted.lemma_)
            if gender and other and gender != other:
                continue
        if best is None or span.start > claims[best][0].start:
            best = n
    return best


def _person_mention(doc: Doc, pronoun: Token) -> Token | None:
    """The nearest singular person named before ``pronoun`` in its sentence whose gender
    may be the pronoun's: "The 46-year-old man suffered serious abdominal injuries, and
    he was taken into custody" gives "man". Only in its sentence (a claim's evidence
    and its cue stay in one sentence, which its attribution and hedges are read from),
    unless the pronoun opens its sentence as a subject: "Officers opened fire, resulting in
    the man collapsing. He was pronounced dead" gives "man" of the sentence before."""
    gender = PERSONAL_PRONOUNS.get(pronoun.lower_)
    start = pronoun.sent.start
    if pronoun.i == start and start > 0 and pronoun.lower_ in ("he", "she"):
        # "Officers opened fire, and the man collapsed. He was pronounced dead": a
        # sentence that opens with the pronoun takes up a person of the one before
        start = doc[start - 1].sent.start
    for i in range(pronoun.i - 1, start - 1, -1):
        word = doc[i]
        if word.dep_ == "compound" or word.tag_ not in ("NN", "NNP") or not (
                is_person_noun(word.lemma_) or word.ent_type_ == "PERSON"):
            continue
        if word.lower_ in ("police", "officer", "deputy", "trooper", "constable", "agent") and \
                word.dep_ in ("nsubj", "pobj", "agent"):
            # the officer who fired is the actor a pronoun seldom takes up as a victim
            continue
        other = _gender(word.lemma_)
        if gender and other and gender != other:
            continue
        return word
    return None


def _take_up_mention(doc: Doc, claims: list[tuple[Span, dict[str, Any]]], n: int,
                     pronoun: Token) -> None:
    """Move the claim of a pronoun that no counted victim explains onto the person it
    takes up in its sentence: "The man suffered injuries, and he was taken into custody"
    is a captured claim on "The man" (where the person is named; the cue stays the
    pronoun's)."""
    noun = _person_mention(doc, pronoun)
    if noun is None:
        return
    det = next((c for c in noun.children if c.dep_ in ("det", "poss") and c.i < noun.i), None)
    start = det if det is not None else noun
    span, claim = doc[start.i:start.i + 1], claims[n][1]
    claim.update({"start": span.start_char, "end": span.end_char, "counted": noun.i,
                  "subject": subject(noun, None), "taken_up": True})
    claim["value"] = {**claim["value"], "text": span.text}
    claims[n] = (span, claim)


_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
_EVENTS = {"shooting": None, "stabbing": None, "homicide": "killed", "murder": "killed"}


def multiple_events(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]
                    ) -> list[tuple[Span, dict[str, Any]]]:
    """A count the event's name gives: "A New Haven double shooting Monday night left one
    victim in critical condition" is two people shot, "a triple homicide" three killed;
    only when its sentence counts fewer people itself ("A double shooting has left
    two men in critical condition" is the two men's claim; "A triple shooting left one
    man dead and two others in the hospital" adds up to all three, see
    :func:`_victims_told`). A homicide or murder is
    killed; a shooting or stabbing takes the category the text gives its victims from
    there on when they share one ("... two victims were in critical condition": injured),
    else ``killed_or_injured``."""
    lowered = doc_text(doc).lower()
    if not any(word in lowered for word in _MULTIPLES):
        return []  # no token can be one of them: skip the pass over every token
    out = []
    for word in doc[:-1]:
        number, event = _MULTIPLES.get(word.lower_), doc[word.i + 1].lower_
        if number is None or event not in _EVENTS:
            continue
        sentence = word.sent
        if any(c["type"] == "casualty" and not c.get("negated") and
               sentence.start <= span.start < sentence.end and c["value"]["low"] >= number
               for span, c in claims) or _victims_told(sentence, claims) >= number:
            continue
        category = _EVENTS[event]
        if category is None:
            told = {c["category"] for span, c in claims if c["type"] == "casualty" and
                    not c.get("negated") and span.start >= sentence.start and
                    c["category"] in HARM}
            category = told.pop() if len(told) == 1 else "killed_or_injured"
        span = doc[word.i:word.i + 2]
        out.append((span, {
            "type": "casualty", "category": category, "rule": "implicit_event",
            "class_nouns": [], "start": span.start_char, "end": span.end_char,
            "value": {"text": span.text, "low": float(number), "high": float(number),
                      "qualifier": "exact", "unit": None},
            "subject": None, "actor": None, "location": None, "negated": False,
            "cue_start": doc[word.i + 1].idx, "additive": False}))
    return out


def _victims_told(sentence: Span, claims: list[tuple[Span, dict[str, Any]]]) -> float:
    """How many people hurt or killed a sentence's own claims count, added up: "A triple
    stabbing left one student dead and two other students in hospital" tells 1 + 2 = 3, all
    the event's victims, so the event's name counts no one more."""
    return sum(c["value"]["low"] for span, c in claims
               if c["type"] == "casualty" and c["category"] in HARM and not c.get("negated")
               and sentence.start <= span.start < sentence.end)


# killing verbs news also uses for people shot who lived: "gunned down" (resources/words)
TOLD_BY_OUTCOME = lexicon.words("told_by_outcome_cues")


def outcome_from_the_others(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """A killed figure told with a killing verb that news also uses for people who lived
    (:data:`TOLD_BY_OUTCOME`: "Two men were gunned down outside a bar") is injured where
    the text's other victims are all hurt and none dead ("One man is in critical condition
    and a second man is recovering in hospital"), in place; with any dead among them, or no
    other victim, it stays killed ("A shop clerk was gunned down ... he was declared dead")."""
    def cue_lemma(claim: dict[str, Any]) -> str:
        if claim.get("cue_start") is None:
            return ""
        cue = doc.char_span(claim["cue_start"], claim["cue_start"] + 1,
                            alignment_mode="expand")
        return cue.root.lemma_.lower() if cue is not None else ""

    harm = [claim for _, claim in claims if claim["type"] == "casualty" and
            claim["category"] in HARM and not claim.get("negated")]
    open_ones = [c for c in harm if c["category"] == "killed" and
                 cue_lemma(c) in TOLD_BY_OUTCOME]
    others = [c for c in harm if all(c is not o for o in open_ones)]
    if open_ones and others and all(c["category"] == "injured" for c in others):
        for claim in open_ones:
            claim["category"] = "injured"


def mark_outcomes(doc: Doc, claims: list[tuple[Span, dict[str, Any]]], cues: Cues) -> None:
    """Settle the outcome of victims told one by one (see the module docstring), in place:

    * a hurt victim whom a killed cue is also about ("was shot in the head and died at
      the scene") is killed;
    * a pronoun or a definite singular ("He was pronounced dead", "The victim died") that
      takes up a hurt victim counted up to three sentences before makes that victim
      killed (``died_later``);
    * a pronoun that takes up a victim counted before ("He was taken to hospital" after "A
      man was shot") is that victim again: its claim goes;
    * a pronoun that takes up a person named before it in its sentence but not counted
      ("The man suffered injuries, and he was taken into custody": captured) is that
      person: its claim moves there;
    * "gunned down" takes the outcome of the text's other victims when all are hurt
      (:func:`outcome_from_the_others`).
    """
    killed_victims = _victims_of(doc, cues, "killed")
    for _, claim in claims:
        if claim["type"] != "casualty" or claim["category"] != "injured" or claim.get("negated"):
            continue
        counted = _counted_token(doc, claim)
        if counted is not None and counted.i in killed_victims:
            claim["category"] = "killed"
            claim["died_later"] = True
    drop: set[int] = set()
    restates: dict[int, int] = {}
    for n in sorted(range(len(claims)), key=lambda k: claims[k][0].start):
        claim = claims[n][1]
        if claim["type"] != "casualty" or claim.get("negated") or not _is_single(claim):
            continue
        counted = _counted_token(doc, claim)
        how = _restating(counted) if counted is not None else None
        if how is None or (how == "definite" and _found_dead(counted)):
            continue
        harm = claim["category"] in HARM
        first = _antecedent(doc, claims, counted,
                            HARM if harm else frozenset({claim["category"]}))
        if first is None:
            if how == "pronoun":
                _take_up_mention(doc, claims, n, counted)
            continue
        restates[n] = first
        if claim["category"] == "killed":
            # "A man was shot ... The victim was taken to hospital, where he died": the
            # victim, told first and retold, died
            while first is not None:
                earlier = claims[first][1]
                if earlier["category"] == "injured":
                    earlier["category"] = "killed"
                    earlier["died_later"] = True
                first = restates.get(first)
        earlier = claims[restates[n]][1]
        if how == "pronoun" and (harm or earlier["category"] == claim["category"]):
            drop.add(n)
    if drop:
        claims[:] = [item for n, item in enumerate(claims) if n not in drop]
    outcome_from_the_others(doc, claims)
    claims.extend(multiple_events(doc, claims))


# Cues of harm that leave open whether the people hurt lived ("were shot", "with gunshot
# wounds"); "wound" and "injury" only as nouns of the people counted ("were wounded" says
# they lived, "2,500 injuries" counts the hurt).
OUTCOME_OPEN_CUES = lexicon.words("outcome_open_cues")
_NOUN_ONLY = frozenset({"wound", "injury"})


def is_outcome_open(cue: Token, counted: Token | None) -> bool:
    """Whether a cue of harm leaves open whether its people lived, so that a count told
    with it takes in the dead: "Eight people were shot, one fatally" (eight hurt, one of
    them dead), "found four victims with gunshot wounds"; not "were wounded", "were
    injured" (they lived), "2,500 injuries" (the injuries counted), nor "shot dead"."""
    lemma = cue.lemma_.lower()
    if lemma not in OUTCOME_OPEN_CUES:
        return False
    if lemma in _NOUN_ONLY:
        return cue.pos_ == "NOUN" and counted is not None and counted.i != cue.i and \
            not verb_before_its_figure(cue)
    return cue.pos_ == "VERB"

