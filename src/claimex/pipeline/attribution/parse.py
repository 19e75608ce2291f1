"""The parse-level pieces of ``claimex_attribution``: phrases and subjects of the dependency
parse, pronoun antecedents, the sentence around a figure, and the small tests the component
makes of a verb or a subject. Pure functions over spaCy tokens and spans.

>>> _counted.__doc__.split(":")[0]
'A subject that counts people ("62 percent of voters said", "six in 10 said")'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from claimex.pipeline.extensions import doc_text
from claimex.rules.attribution import matched_cues
from claimex.rules.speakers import named_part

_ACCORDING_RE = re.compile(
    r"\baccording\s+to\s+(?P<speaker>(?:the\s+|a\s+|an\s+)?[\w.'’\-]+(?:\s+(?!said\b)"
    r"[\w.'’\-]+){0,6}?)(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|who|which|that)\b))", re.I)
_SAID_AFTER_RE = re.compile(r",\s*(?P<speaker>(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,5}?)"
                            r"\s+(?P<cue>said|says|told|reported|added|claimed)\s*[.,]", re.I)


_COUNTED_WORDS = frozenset({"percent", "%", "majority", "plurality", "half", "third",
                            "quarter", "fifth", "most", "percentage"})


_AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})


def _agent_like(subject: Token) -> bool:
    """A subject that can take a stand: a name (person, organisation, group, country) or a
    personal pronoun, not "the strike" or "the numbers"."""
    return subject.lower_ in _AGENT_PRONOUNS or subject.pos_ == "PROPN" or \
        subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _same_number(pronoun: Token, name: Token) -> bool:
    """Whether a pronoun can stand for a name: "he"/"she" for one ("Weaver"), "they" for
    several ("Democrats") or an organisation ("the campaign")."""
    plural = name.tag_ in ("NNS", "NNPS")
    if pronoun.lower_ == "they":
        return plural or name.ent_type_ in ("ORG", "NORP")
    return not plural and name.ent_type_ not in ("ORG", "NORP", "GPE")


def _modal(verb: Token) -> bool:
    """"they'll claim", "would say": a speech act to come or imagined."""
    return any(c.tag_ == "MD" for c in verb.children)


def _counted(subject: Token) -> bool:
    """A subject that counts people ("62 percent of voters said", "six in 10 said"):
    poll respondents, not the source of the figure."""
    return subject.lemma_.lower() in _COUNTED_WORDS or subject.pos_ == "NUM"


def _negator_outside(text: str, phrases: list[str], negators: frozenset[str]) -> bool:
    """Whether ``text`` holds a negator once the non-negating ``phrases`` are taken out.

    >>> _negator_outside("and not to mention", ["not to mention"], frozenset({"not"}))
    False
    """
    lower = text.lower()
    for phrase in phrases:
        lower = lower.replace(phrase, " ")
    return bool(matched_cues(lower, negators))


_PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_GROUP_PRONOUNS = {"they", "them", "we", "us", "it", "its", "which", "that"}
_PRONOUN_WORDS = frozenset({*_PERSON_PRONOUNS, *_GROUP_PRONOUNS, "who", "i"})
_ANTECEDENT_WINDOW = 2_000  # characters: a speaker named further back is not "he"
_MALE_TITLES = ("mr.", "mr", "sir")
_FEMALE_TITLES = ("mrs.", "mrs", "ms.", "ms", "miss", "madam")


def _introduction(doc: Doc, quote_start: int) -> Span | None:
    """The sentence that ends with a colon just before a quote (in its paragraph or the
    paragraph before): "Cruz continued:⏎⏎“…”"."""
    text = doc_text(doc)
    before = text[:quote_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    sentence = _sentence(doc, colon)
    return doc[sentence.start:colon.end]  # the parser may run on into the quote


def _antecedent(doc: Doc, speaker: dict[str, Any],
                named: list[dict[str, Any]] = ()) -> str | None:  # type: ignore[assignment]
    """Who a pronoun speaker is: the last speaker named before it in the document ("Basurin
    said ... He added that ..."), else the nearest named person ("he", "she": of the same
    gender where a title shows it) or organisation ("it", "they") before it; for "who" and
    "which", the name the clause hangs on. The longest mention with the same last word
    stands for the name ("Clinton" -> "Hillary Clinton"). None for a speaker that is no
    pronoun (the caller links those by the entities inside them)."""
    word = speaker["text"].lower()
    if word not in _PRONOUN_WORDS:
        return None
    span = doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None:
        return None
    token = span[0]
    if word in ("who", "which", "that") and token.head.dep_ in ("relcl", "acl"):
        return _before_clause(token.head.head, token.head)
    if word == "i":
        return None
    genders = _genders(doc)
    gender = _PERSON_PRONOUNS.get(word)
    before = [n for n in named if n["end"] <= speaker["start"] and
              speaker["start"] - n["end"] < _ANTECEDENT_WINDOW]
    for earlier in reversed(before):
        name = named_part(earlier["text"])
        last = name.split()[-1].lower() if name.split() else ""
        if gender and not _one_person(doc, earlier, name):
            continue
        if not (gender and genders.get(last, gender) != gender):
            if earlier.get("canonical"):
                return earlier["canonical"]
            same = [e.text for e in doc.ents if e[-1].lower_ == last and e.label_ in (
                "PERSON", "ORG", "NORP", "GPE")]
            return max([name, *same], key=len) if same else name
    labels = ("PERSON",) if word in _PERSON_PRONOUNS else ("ORG", "NORP", "GPE", "PERSON")
    candidates = [e for e in doc.ents if e.end <= token.i and e.label_ in labels]
    if not candidates:
        return None
    for label in labels:
        for ent in reversed(candidates):
            if ent.label_ != label:
                continue
            last = ent[-1].lower_
            if gender and genders.get(last, gender) != gender:
                continue
            same = [e.text for e in doc.ents if e.label_ == label and e[-1].lower_ == last]
            return max(same, key=len)
    return None


def _before_clause(noun: Token, clause: Token) -> str:
    """What a relative pronoun that speaks stands for: the noun's phrase up to the clause the
    pronoun opens, without that clause ("the monitors, who said 9 huts burned" -> "the
    monitors"); the whole phrase where the clause does not follow the noun."""
    doc = noun.doc
    start, end = noun.left_edge.i, clause.left_edge.i
    if not start <= noun.i < end:
        return _phrase(noun, "", "")["text"]
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end].text


def _one_person(doc: Doc, speaker: dict[str, Any], name: str) -> bool:
    """Whether a speaker named earlier can be a later "he" or "she": one person, not a
    plural ("assessments show ... he said" is not the assessments) nor a proper name with
    "the", which names an outlet or an institution ("the Manila Bulletin reported ... He
    further said" is not the Bulletin). Judged on its name
    (:func:`~claimex.rules.speakers.named_part`)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the" and words[-1][:1].isupper():
        return False
    at = speaker["text"].find(name)
    end = speaker["start"] + (at if at >= 0 else 0) + len(name)
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span is None or span[-1].tag_ not in ("NNS", "NNPS")


def _genders(doc: Doc) -> dict[str, str]:
    """Last names whose gender a title shows ("Mr. Trump", "Mrs. Clinton")."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        title = doc[ent.start - 1].lower_
        if title in _MALE_TITLES:
            found.setdefault(ent[-1].lower_, "m")
        elif title in _FEMALE_TITLES:
            found.setdefault(ent[-1].lower_, "f")
    return found


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _claims_a_thing(verb: Token) -> bool:
    """"claimed the lives of 129 loyalists", "claimed responsibility", "added 255,000
    jobs": "claim" and "add" with an object are no speech verbs (a speaker claims or adds
    that something happened)."""
    return verb.lemma_ in ("claim", "add") and any(c.dep_ == "dobj" for c in verb.children)


def _not_speech_frame(verb: Token, frames: frozenset[str]) -> bool:
    """"adding to thousands of prisoners", "missiles slammed into the cars": a speech verb
    with a preposition of one of the ``frames`` ("add to", "slam into") and no clause of
    its own says nothing; "added to reporters that ..." still speaks.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Missiles", "slammed", "into", "cars"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
    ...           lemmas=["missile", "slam", "into", "car"])
    >>> _not_speech_frame(doc[1], frozenset({"slam into"}))
    True
    """
    if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and f"{verb.lemma_.lower()} {c.lower_}" in frames
               for c in verb.children)


def _cited_as_a_thing(verb: Token, obj: Token) -> bool:
    """"The report cites landslides as the main cause": "cite X as" a noun names a
    cause, not a quoted speaker ("quoted the mayor as saying" still quotes)."""
    return any(p.dep_ == "prep" and p.lower_ == "as" and
               any(o.dep_ == "pobj" for o in p.children)
               for p in (*verb.children, *obj.children))


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a verb; an expletive "it" ("it is said") or "there" is none."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
            and not (c.lower_ == "it" and c.dep_ == "nsubjpass") and c.lower_ != "there"]


def _hypothetical_after(text: str, cues: frozenset[str]) -> bool:
    return any(c in ("would have", "would") for c in matched_cues(text, cues))


def _negated_figure(figure: Span) -> bool:
    """"did not kill 40": a negation on the first verb above the figure (needs the parse;
    spaCy must not be asked for heads it does not have)."""
    if not figure.doc.has_annotation("DEP"):
        return False
    head = figure.root.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in head.children)
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _sentence(doc: Doc, span: Span, line_ends: list[int] | None = None) -> Span:
    """The parsed sentence around ``span``, cut at line breaks: the parser may run a
    sentence on over a paragraph break ("... R-Fla.⏎⏎In a poll released Monday, 50 percent
    ..."), a reader never does. The whole doc where nothing split it into sentences.
    ``line_ends``: the doc's :func:`line_end_tokens`, where the caller has them."""
    if not doc.has_annotation("SENT_START"):
        return doc[:]
    sentence = span[0].sent
    start, end = sentence.start, sentence.end
    if line_ends is not None:
        before = bisect_left(line_ends, span.start) - 1
        if before >= 0 and line_ends[before] >= start:
            start = line_ends[before] + 1
        after = bisect_left(line_ends, span.end - 1)
        if after < len(line_ends) and line_ends[after] < end:
            end = line_ends[after] + 1
        return doc[start:end]
    for token in doc[sentence.start:span.start]:
        if _ends_line(token):
            start = token.i + 1
    for token in doc[span.end - 1:sentence.end]:
        if _ends_line(token):
            end = token.i + 1
            break
    return doc[start:end]


def line_end_tokens(doc: Doc, text: str) -> list[int]:
    """The indices of the doc's tokens that end a line (:func:`_ends_line`), in order: only
    a token whose text or trailing whitespace holds a newline of ``text`` (the doc's text)
    can, so only those are tested."""
    found: list[int] = []
    at = text.find("\n")
    if at < 0:
        return found
    starts = doc.to_array(IDX).tolist()
    while at >= 0:
        index = bisect_right(starts, at) - 1
        if index >= 0 and (not found or found[-1] != index) and _ends_line(doc[index]):
            found.append(index)
        at = text.find("\n", at + 1)
    return found


def _ends_line(token: Token) -> bool:
    """A token that ends a line of text, unless the text is hard-wrapped there: a single
    line break before a lower-case word after no full stop ("killed in the restive⏎north
    of the country, security sources said") runs the sentence on."""
    gap = token.text if token.is_space else token.whitespace_
    if "\n" not in gap:
        return False
    return not _wrapped(token, gap)


def _wrapped(token: Token, gap: str) -> bool:
    if gap.count("\n") != 1 or token.i + 1 >= len(token.doc) or token.text in ".!?:":
        return False
    after = token.doc[token.i + 1]
    return after.text[:1].islower() and after.text[:1].isalpha()


_WHEN_PREPS = frozenset({"on", "in", "at"})


def _when_said(head: Token) -> list[Token]:
    """The date the parse hung on a speaker's head noun after it, which tells when the
    speaker spoke, not who it is ("the garrison on March 3 said ...", "Rescuers on Sunday
    said ..."): an "on"/"in"/"at" whose object is a date or a time, or a bare date."""
    return [c for c in head.children if c.i > head.i and (
        (c.dep_ == "prep" and c.lower_ in _WHEN_PREPS and any(
            o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)) or
        (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")))]


def _phrase(head: Token, cue: str, kind: str) -> dict[str, Any]:
    # a contact clause ("the statement I saw") is no part of the name; a relative clause
    # with its pronoun ("survivors who reached Chad") stays, as the reader needs it
    clauses = [c for c in head.children if c.dep_ == "relcl" and not any(
        t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in c.subtree)]
    left_out = {t.i for c in [*clauses, *_when_said(head)] for t in c.subtree}
    tokens = [t for t in head.subtree if (t.dep_ != "punct" and t.i not in left_out)
              or t.i == head.i]
    start, end = tokens[0].i, tokens[-1].i + 1
    while end - start > 1 and head.doc[end - 1].is_punct and not (
            head.doc[end - 1].text == ")" and "(" in head.doc[start:end - 1].text):
        end -= 1  # "the Tracker (KST)" keeps the bracket it opened
    if end < len(head.doc) and head.doc[end].text == ")" and \
            head.doc[start:end].text.count("(") > head.doc[start:end].text.count(")"):
        end += 1  # ... where the parse hung it elsewhere
    span = head.doc[start:end]
    return {"text": span.text, "start": span.start_char, "end": span.end_char, "cue": cue,
            "kind": kind, "via": None}


def _speaker(subject: Token, verb: Token, figure: Span) -> dict[str, Any]:
    """The subject of a speech verb as the speaker; where the parse folded the figure's own
    words into that subject ("..., wounding at least 11 people, including five women, the
    camp's management unit said"), the words after its last comma before the verb; a noun
    the verb hangs on as a clause ("A Quinnipiac poll found that ...", parsed as a noun with
    a clause) is the words of that noun up to the verb."""
    doc = subject.doc
    if verb.dep_ == "acl" and verb.head.i == subject.i and subject.left_edge.i < verb.i:
        span = doc[subject.left_edge.i:verb.i]
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        return {"text": span.text, "start": span.start_char, "end": span.end_char,
                "cue": verb.text, "kind": "reported", "via": None}
    found = _phrase(subject, verb.text, "reported")
    if not found["start"] <= figure.start_char < found["end"]:
        return found
    commas = [t.i for t in doc[figure.end:verb.i] if t.text == ","]
    if not commas:
        return found
    span = doc[commas[-1] + 1:verb.i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return found
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "cue": verb.text, "kind": "reported", "via": None}


def _reported_window(sentence: Span) -> dict[str, Any] | None:
    """Without a parse: "according to X", or ", X said." at the end of the sentence."""
    text = sentence.text
    for pattern, cue in ((_ACCORDING_RE, "according to"), (_SAID_AFTER_RE, None)):
        match = pattern.search(text)
        if match:
            start = sentence.start_char + match.start("speaker")
            name = match.group("speaker")
            return {"text": name, "start": start, "end": start + len(name),
                    "cue": cue or match.group("cue"), "kind": "reported", "via": None}
    return None
