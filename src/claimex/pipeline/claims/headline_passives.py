"""A headline's or a chronology's passive without its auxiliary ("Mayor of the town
assassinated by rebels", "Deputy governor shot and killed as he drove home"): the person
its cue verb is about (:func:`headline_passive_subject`), asked by
:func:`claimex.pipeline.claims.victim_nouns.cue_victims`."""

from __future__ import annotations

from spacy.tokens import Token

from claimex.rules.casualties import is_person_noun

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
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "VERB" \
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
