"""How the casualty figures of a doc relate to one another as a story tells them: a
figure that adds to earlier ones ("four additional insurgents", "also detained two"), one
about another event named for context ("a conflict that has killed more than 100,000"),
the rank and file of an arrest told after its target, the later steps of a narrative
("Later, several armed insurgents engaged the force ... killing all nine"), a source's
toll, bystanders hurt in the operation itself.

The marks (``additive``, ``background``, ``sequel``, ``bystander``) go on the claim dicts;
:func:`claimex.rules.running_tallies.running_tallies` decides what they add up to.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import PEOPLE_DEPS, is_passive_or_copular, reports_past
from claimex.pipeline.claims.group_parts import is_part_of_the_group
from claimex.pipeline.claims.retold_others import retells_a_counted_group
from claimex.pipeline.extensions import doc_text
from claimex.rules.casualties import is_generic_victim, is_person_noun

# Lemmas of the verbs that make a clause a source's report: the shared word list plus the
# speech verbs of the attribution cue files (given to the component at initialize).
REPORTING_VERBS = lexicon.lemmas("reporting_verbs")


_ADDITIVE_MODIFIERS = {"additional", "other", "others", "more", "another", "further"}


_ADDITIVE_ADVERBS = {"also", "too", "additionally", "further"}


def is_background(cue: Token, counted: Token | None) -> bool:
    """Whether a cue verb describes a thing named in the story rather than telling it: "a
    conflict that has killed more than 100,000 people", "an IED attack that killed four
    soldiers" (a relative or participle clause on a noun that is not the people counted)."""
    head = cue.head
    return cue.pos_ == "VERB" and cue.dep_ in ("relcl", "acl") and head.i != cue.i and \
        head.pos_ in ("NOUN", "PROPN") and (counted is None or head.i != counted.i) and \
        not is_person_noun(head.lemma_)


def _contrasts_with_other_category(counted: Token, cue: Token,
                                   cues: Cues) -> bool:
    """Whether a cue of another casualty category stands earlier in the sentence of
    ``counted``, so that "others" sets its people apart from that category's."""
    category = cues.get(cue.i, ("",))[0]
    sentence = counted.sent
    return any(sentence.start <= i < counted.i and found[0] != category and
               found[0] != "displaced" for i, found in cues.items())


def _is_comparative_qualifier(word: Token) -> bool:
    """Whether "more" is the qualifier "more than" of a figure ("more than 470,000"), not
    the "more" of an addition ("two more insurgents")."""
    doc = word.doc
    return word.lower_ == "more" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "than"


def _additive_anchor(cue: Token) -> Token:
    """The word an additive adverb hangs on for a cue: the cue verb itself ("also killed
    two"), or for a cue noun the verb whose object it is, directly or through a
    preposition: "the attack also resulted in injury of three civilians", "also caused
    the deaths of two"."""
    word = cue
    for _ in range(3):
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i or \
                word.dep_ not in ("pobj", "dobj", "prep"):
            break
        word = word.head
    return word if word.pos_ in ("VERB", "AUX") else cue


# Subordinators of a clause that sets another group beside the main clause's: "while",
# "whereas" (resources/words/contrast_clause_marks.txt).
_CONTRAST_MARKS = lexicon.words("contrast_clause_marks")
# Words that make the clause's figure a total over an area ("across the province")
# (resources/words/area_total_words.txt).
_AREA_TOTAL_WORDS = lexicon.words("area_total_words")


def in_a_contrast_clause(counted: Token | None, cue: Token, cues: Cues) -> bool:
    """Whether a figure counts the people of a clause opened by "while" or "whereas" that
    hangs on a cue of the same category, each clause with people of its own: "19 villagers
    were killed in Arda, while one herder was killed in Sefton" adds the herder (the parse
    makes the second "killed" an adverbial clause of the first). Not people told with a
    definite word ("while the guards were killed": people told before), nor a clause whose
    cue is of another category ("... were killed, while eight were hurt").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Nine", "died", "in", "Arda", ",", "while", "two", "died", "in", "Sefton"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 1, 7, 7, 1, 7, 8],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "punct", "mark", "nsubj", "advcl",
    ...                 "prep", "pobj"])
    >>> cues = {1: ("killed", "verb"), 7: ("killed", "verb")}
    >>> in_a_contrast_clause(doc[6], doc[7], cues)
    True
    >>> in_a_contrast_clause(doc[0], doc[1], cues)
    False
    """
    if counted is None or cue.dep_ != "advcl" or cue.head.i not in cues or \
            cues[cue.head.i][0] != cues.get(cue.i, ("",))[0]:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in cue.children):
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in _INDEFINITE_DETERMINERS
                   for c in counted.children)
    area_total = any(t.lower_ in _AREA_TOTAL_WORDS for t in cue.subtree)
    return counted.head.i == cue.i and counted.dep_ in PEOPLE_DEPS and not definite and \
        not area_total and any(c.dep_ in PEOPLE_DEPS for c in cue.head.children)


def is_additive(counted: Token | None, cue: Token, cues: Cues) -> bool:
    """Whether a casualty figure adds to ones reported before it: "four additional
    insurgents", "two others", "also detained two", "arrested a leader and detained three",
    "killed four insurgents and confirmed a leader was killed"; not the people two verbs
    share ("The woman had been shot and was taken to a hospital")."""
    if counted is not None and (counted.lower_ in _ADDITIVE_MODIFIERS or any(
            c.lower_ in _ADDITIVE_MODIFIERS and not _is_comparative_qualifier(c)
            for c in counted.children if c.dep_ in ("amod", "det", "advmod", "nummod"))):
        # "30 people were killed and 90 others wounded": the others are other than the
        # people of another category just before them, no addition to earlier wounded;
        # "the two others": people told before
        return not _contrasts_with_other_category(counted, cue, cues) and \
            not retells_a_counted_group(counted, cue, cues)
    if any(c.lower_ in _ADDITIVE_ADVERBS for c in _additive_anchor(cue).children
           if c.dep_ == "advmod"):
        return True
    if in_a_contrast_clause(counted, cue, cues):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.lower_ == "addition" and not any(o.children) for o in c.children)
           for c in cue.children):
        return True  # "In addition, the security force detained ..."
    if cue.dep_ == "conj" and cue.head.i in cues and cues[cue.head.i][0] == cues.get(
            cue.i, ("",))[0]:
        # "arrested a leader and detained three": the second verb's own people; not the
        # people both verbs share ("The woman had been shot and was taken to a hospital")
        shared = counted is not None and counted.head.i == cue.head.i
        if is_part_of_the_group(counted, cue):
            return False  # "Two hikers were hurt and one is in critical condition"
        return not shared and any(c.dep_ in ("dobj", "nsubjpass") for c in cue.head.children)
    first = cue.head.head
    if cue.dep_ == "ccomp" and cue.head.dep_ == "conj" and first.i < cue.i and \
            first.i in cues and cues[first.i][0] == cues.get(cue.i, ("",))[0]:
        # "killed four insurgents and confirmed Qari Ziauddin was killed"
        return any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
    return False


# Arrests are told target first, then the rank and file detained with him; strikes on a
# target report a total he is usually among ("killed 15 insurgents ... the leader was
# among those killed").
_RANK_AND_FILE_CATEGORIES = frozenset({"captured"})


def mark_rank_and_file(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Mark additive the first rank-and-file figure of a capture reported after a ranked
    target, in a later sentence: "captured a Haqqani network leader ... Multiple suspected
    insurgents were detained during the operation" is four, the leader not one of them.
    Only the first such figure of a category, and only where no rank-and-file figure of it
    came before: a release that restates its lead ("arrested a leader and detained two
    suspects ... detained two suspected insurgents") counts the suspects once. Definite
    ("the suspects") and partitive ("one of the insurgents") figures take up people
    already counted and stay as they are."""
    ranked: dict[str, int] = {}
    generic_seen: set[str] = set()
    for _, claim in sorted(claims, key=lambda item: item[1]["start"]):
        index = claim.get("counted")
        if claim["type"] != "casualty" or index is None or claim["negated"] or \
                claim["category"] not in _RANK_AND_FILE_CATEGORIES:
            continue
        noun = doc[index]
        category = claim["category"]
        if not is_generic_victim(noun.lemma_) and not is_generic_victim(noun.lower_):
            if claim["rule"] == "implicit_count" and claim["value"]["low"] == 1 and (
                    is_person_noun(noun.lemma_) or noun.pos_ == "PROPN"):
                ranked.setdefault(category, noun.sent.start)
            continue
        if category in generic_seen:
            continue
        generic_seen.add(category)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                       for c in noun.children)
        partitive = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        including = any(c.dep_ == "prep" and c.lower_ in ("including", "among")
                        for c in noun.children)
        bound = claim["value"]["qualifier"] in ("more_than", "at_least")
        if category in ranked and ranked[category] < noun.sent.start and not (
                definite or partitive or including or bound):
            claim["additive"] = True


# Adverbs that move a narrative on to a later step: "Later, several armed insurgents
# engaged the force", "The force was then attacked from multiple directions".
_SEQUENCERS = frozenset({"then", "later", "subsequently", "afterwards", "afterward",
                         "thereafter"})


# (the look-ahead of the words' first letters lets the engine pass most positions at a
# glance: the same matches, about 30% faster)
_SEQUENCER_RE = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _SEQUENCERS})) + "])(?:" +
                           "|".join(sorted(_SEQUENCERS)) + r")\b", re.IGNORECASE)


# Verbs a sequencer can move on without a new event: "the force later confirmed ...".
_FINDING_VERBS = frozenset({"confirm", "determine", "report", "identify", "assess", "learn",
                            "discover", "find", "say", "announce", "indicate", "reveal",
                            "verify", "establish", "state", "tell", "know", "believe"})


_INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one"})


DEFINITE_WORDS = frozenset({"all", "the", "these", "those"})


def mark_sequels(doc: Doc, claims: list[tuple[Span, dict[str, Any]]],
                 reporting_verbs: frozenset[str] = REPORTING_VERBS) -> None:
    """Mark ``sequel`` a casualty figure that a narrative step separates from the figure of
    its category before it: "An armed insurgent ... killed the individual. Later, several
    armed insurgents engaged the force. The security force returned fire, killing all
    individuals" reports two engagements, and people killed in the first are not killed
    again in the second. The step is a sequencing adverb ("then", "later") between the two
    figures on a verb that tells a new event, not a finding ("later confirmed"), or people
    first counted between the two figures whom the second takes up: "killing four
    insurgents ... a group of nine armed insurgents approached ... killing all nine
    insurgents" (``antecedent_at``: where the people a definite phrase or "them" takes up
    were counted).
    People counted from a definite first person ("the leader", "him", a name; "the leader
    and two of his associates") can retell the first step and are no sequel. Both figures
    must tell the narrative (:func:`tells_the_narrative`) in the text's own voice (not
    :func:`is_reported`): a toll over a war, a relative clause about another attack, a
    source's toll, are no steps of it; nor is a figure the text gave before.
    :func:`claimex.rules.running_tallies.running_tallies` decides what a sequel adds to."""
    if sum(claim["type"] == "casualty" for _, claim in claims) < 2:
        return
    steps = []
    for match in _SEQUENCER_RE.finditer(doc_text(doc)):
        word = doc.char_span(match.start(), match.end())
        if word is not None and len(word) == 1:
            t = word[0]
            if t.dep_ == "advmod" and t.head.pos_ in ("VERB", "AUX") and \
                    t.head.lemma_ not in _FINDING_VERBS:
                steps.append(t.idx)
    last_end: dict[str, int | None] = {}
    values: dict[str, set[float]] = {}
    covered_until = -1
    for span, claim in sorted(claims, key=lambda item: item[1]["start"]):
        if claim["type"] != "casualty" or claim["negated"]:
            continue
        if claim["start"] < covered_until:
            continue  # the "two" of "a leader and two"
        covered_until = max(covered_until, claim["end"])
        category = claim["category"]
        before = last_end.get(category)
        cue = cue_token(doc, claim)
        # a step in the clause of the figure before is that figure's own ("he was treated
        # and then detained"): steps count from its cue on
        last_end[category] = max(claim["end"], claim["cue_start"] or 0) if (
            cue is not None and tells_the_narrative(cue) and
            not is_reported(cue, reporting_verbs)) else None
        told = values.setdefault(category, set())
        stated = claim["value"]["qualifier"] != "vague" and claim["value"]["low"] >= 2
        retold = stated and claim["value"]["low"] in told  # "Daesh executed 128" again
        if stated:
            told.add(claim["value"]["low"])
        if last_end[category] is None or retold:
            continue
        antecedent = claim.get("antecedent_at")
        if before is None or not (any(before <= step < claim["start"] for step in steps) or (
                antecedent is not None and before <= antecedent < claim["start"])):
            continue
        if claim["rule"] in ("implicit_count", "implicit_count_sum") and \
                doc[span.start].lower_ not in _INDEFINITE_DETERMINERS:
            continue  # "the leader and two of his associates": the target retold
        claim["sequel"] = True


# What kills people in an attack on them rather than in the operation reported: "killed
# in an IED attack", "wounded by a roadside bomb".
_ATTACK_NOUNS = frozenset({"attack", "explosion", "blast", "bombing", "bomb", "ied", "ambush",
                           "bomber", "device", "mine"})


def cue_token(doc: Doc, claim: dict[str, Any]) -> Token | None:
    """The cue token of a claim dict (from its ``cue_start``)."""
    if claim.get("cue_start") is None:
        return None
    span = doc.char_span(claim["cue_start"], claim["cue_start"] + 1, alignment_mode="expand")
    return span.root if span is not None else None


def tells_the_narrative(cue: Token) -> bool:
    """Whether a cue tells a step of the story the text tells, in the simple past: "killed",
    "were detained", "returned fire, killing"; not a toll over a period ("have been killed",
    "has killed hundreds since 2014") nor a clause about something else ("an airstrike
    which killed 12", "a video showing fighters killing 25")."""
    verbs = [cue]
    if cue.tag_ == "VBG" and cue.dep_ == "acl":
        # "fired on the approaching insurgents killing all nine": a participle the parse
        # hangs on the noun before it, of a clause in the past
        head = cue.head
        while head.dep_ in ("pobj", "prep", "dobj") and head.head.i != head.i:
            head = head.head
        if head.tag_ != "VBD":
            return False
        verbs.append(head)
    elif cue.dep_ in ("relcl", "acl") or not reports_past(cue):
        return False
    while verbs[-1].dep_ in ("advcl", "xcomp", "conj") and verbs[-1].head.i != verbs[-1].i \
            and len(verbs) < 5:
        verbs.append(verbs[-1].head)
    return not any((c.lemma_ == "have" and c.dep_ == "aux") or c.lower_ == "since" or any(
        m.lower_ == "since" for m in c.children if m.dep_ == "mark")
                   for verb in verbs for c in verb.children)


def is_reported(cue: Token, reporting_verbs: frozenset[str] = REPORTING_VERBS) -> bool:
    """Whether the sentence of a cue reports what a source says ("Fifteen volunteers were
    killed, said the Civil Defence", "according to the monitor"): sources' tolls retell
    more often than they narrate."""
    return any(t.lemma_.lower() in reporting_verbs and t.pos_ == "VERB" for t in cue.sent)


def is_bystander_cue(cue: Token) -> bool:
    """Whether a cue reports people hurt in the operation itself, with no one named as
    doing it: "One child was killed and another wounded during the operation", "two
    civilians died in the crossfire", not "the
    strike that killed three civilians" (a clause about something), "civilians killed by
    insurgents" or "killed in an IED attack" (an attack on them)."""
    if cue.pos_ != "VERB" or not tells_the_narrative(cue) or not (
            is_passive_or_copular(cue) or cue.lemma_ in ("die", "perish")):
        return False
    for verb in (cue, *(c for c in cue.children if c.dep_ == "conj")):
        for child in verb.children:
            if child.dep_ == "agent":
                return False
            if child.dep_ == "prep" and any(
                    o.lemma_.lower() in _ATTACK_NOUNS for o in child.children
                    if o.dep_ == "pobj"):
                return False
    return True
