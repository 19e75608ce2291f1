"""The roles around a casualty figure: who is counted (``subject``), who did it
(``actor``) and where (``location``), as character spans of the doc: in "Coalition
aircraft killed 12 insurgents in Kharwar district", the subject of "12" is "insurgents", the
actor "Coalition aircraft", the location "Kharwar district".
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.grammar import is_passive_or_copular
from claimex.pipeline.extensions import doc_text
from claimex.rules.claim_places import PlaceName, clause_around, paragraph_around, place_of_claim

LOCATION_LABELS = {"PLACE", "COUNTRY"}


def phrase(tokens: list[Token]) -> dict[str, Any] | None:
    """The span from the first to the last token, without the dates or punctuation a
    headline puts before it ("Tue 05 Jul 2016 Suicide bombing" is "Suicide bombing")."""
    if not tokens:
        return None
    doc = tokens[0].doc
    dates = [(d["start"], d["end"]) for d in doc._.claimex_dates or []]
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].dep_ == "case" or any(
            start <= tokens[0].idx < end for start, end in dates)):
        tokens = tokens[1:]
    start, end = tokens[0].i, tokens[-1].i + 1
    span = doc[start:end]
    return {"text": span.text, "start": span.start_char, "end": span.end_char,
            "canonical": None}


def subject(counted: Token | None, figure: Span | None) -> dict[str, Any] | None:
    """The counted noun phrase without its figure and determiner: "suspected insurgents"."""
    if counted is None or (figure is not None and counted.i in range(figure.start, figure.end)):
        return None
    if counted.pos_ not in ("NOUN", "PROPN"):
        return None
    left = [t for t in counted.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")
            and (figure is None or t.i >= figure.end)]
    tokens = sorted([*left, counted], key=lambda t: t.i)
    start = tokens[0].i
    return phrase(list(counted.doc[start:counted.i + 1]))


def _is_locative(token: Token) -> bool:
    """Whether a locative preposition governs ``token`` within a few steps ("in Kharwar
    district, Logar province", "near the border with Syria")."""
    for _ in range(5):
        if token.dep_ not in ("pobj", "conj", "appos", "compound", "prep") or \
                token.head.i == token.i:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ in _LOCATIVE_PREPS:
            return True
    return False


# Nouns a place name can modify and still name a place: "Kharwar district", "Aleppo city"
# (resources/words/place_heads.txt).
_PLACE_HEADS = lexicon.words("place_heads")
# Prepositions that introduce a place: "in Kharwar district", "near Kabul"
# (resources/words/locative_prepositions.txt).
_LOCATIVE_PREPS = lexicon.words("locative_prepositions")
# Prepositions whose object is a place even where the model calls it an organisation
# (resources/words/place_only_prepositions.txt).
_PLACE_ONLY_PREPS = lexicon.words("place_only_prepositions")


def actor(cue: Token, counted: Token | None = None) -> dict[str, Any] | None:
    """Who did it: the subject of an active cue verb (the one nearest the verb where a bad
    parse gives two), or the agent of a passive one; never the people counted ("600
    civilians fled"); relative clauses left out ("regime bombs that landed on Ghouta")."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if subjects and not is_passive_or_copular(cue):
        subject = min(subjects, key=lambda c: abs(cue.i - c.i))
        if counted is not None and subject.i == counted.i:
            return None
        subject = _past_dateline(subject, cue)
        return phrase(_without_clauses(subject))
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return phrase(_without_clauses(objects[0]))
    head = cue.head
    if not subjects and head.i != cue.i and head.pos_ == "VERB" and not is_passive_or_copular(
            cue) and not is_passive_or_copular(head) and (
                cue.dep_ == "conj" or (cue.dep_ in ("advcl", "xcomp") and cue.tag_ == "VBG")):
        # "warplanes killed 12 and wounded 30 others", "the force returned fire, killing
        # two": the verb shares the subject of the one it is tied to
        return actor(head, counted)
    return None


def _past_dateline(subject: Token, cue: Token) -> Token:
    """The subject on the cue's line where the parse took a dateline on the line above for
    it ("KABUL, Afghanistan (March 3, 2012)\nAn Afghan and coalition security force
    killed ..." hangs "force" on "KABUL" as an apposition)."""
    doc = subject.doc
    breaks = [t.i for t in doc[subject.i:cue.i] if t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and breaks[-1] < c.i < cue.i]
    return after[0] if after else subject


def _without_clauses(head: Token) -> list[Token]:
    """The tokens of ``head``'s phrase up to its first relative or participle clause."""
    tokens = list(head.subtree)
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") or (child.dep_ == "punct" and child.i > head.i):
            return [t for t in tokens if t.i < child.left_edge.i]
    return tokens


class PlaceSpans(list):
    """The place spans of one doc (:func:`place_spans`), with what :func:`location` asks of
    each kept for the doc's next figures: their character bounds, whether each may be where
    a figure happened (:func:`_may_be_location`) and whether a locative preposition
    introduces it (the answers do not change while the doc is read).

        >>> from spacy.lang.en import English
        >>> doc = English()("Rebels in Idlib said 3 died.")
        >>> places = PlaceSpans([doc[2:3]], parsed=False)
        >>> places.bounds, places.may_be(0), places.locative(0)
        ([(10, 15)], True, True)
    """

    def __init__(self, spans: list[Span], parsed: bool) -> None:
        super().__init__(spans)
        self.parsed = parsed
        self.bounds = [(span.start_char, span.end_char) for span in spans]
        # the indices in text order (a stable sort: equal starts keep the spans' order)
        self.in_text_order = sorted(range(len(spans)), key=lambda index: self.bounds[index][0])
        self._may_be: dict[int, bool] = {}
        self._locative: dict[int, bool] = {}

    def may_be(self, index: int) -> bool:
        if index not in self._may_be:
            self._may_be[index] = _may_be_location(self[index], self.parsed)
        return self._may_be[index]

    def locative(self, index: int) -> bool:
        if index not in self._locative:
            self._locative[index] = not self.parsed or _is_locative(self[index].root)
        return self._locative[index]


def place_spans(doc: Doc, entities_key: str) -> PlaceSpans:
    """The entity spans of ``doc.spans[entities_key]`` that can be a location (a place or
    a country, and a name the model calls an organisation after a preposition that only
    places take: "near Mirabad"), in their order: a component that asks :func:`location`
    about many figures takes them once per doc, as a ``SpanGroup`` makes a new ``Span``
    object for every item on every pass.

        >>> from spacy.lang.en import English
        >>> doc = English()("Rebels in Idlib said 3 died in Syria.")
        >>> doc.spans["ents"] = [Span(doc, 0, 1, label="FACTION"), Span(doc, 2, 3, label="PLACE"),
        ...                      Span(doc, 7, 8, label="COUNTRY")]
        >>> [span.text for span in place_spans(doc, "ents")]
        ['Idlib', 'Syria']
    """
    parsed = doc.has_annotation("DEP")
    return PlaceSpans([ent for ent in doc.spans.get(entities_key, [])
                       if ent.label_ in LOCATION_LABELS
                       or (parsed and ent.label_ == "ORG" and _named_after_locative(ent.root))],
                      parsed)


def _named_after_locative(token: Token) -> bool:
    """Whether ``token`` is the object of a preposition that only places take: "near
    Mirabad" (``resources/words/place_only_prepositions.txt``)."""
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_ONLY_PREPS


def _inside_a_name(token: Token) -> bool:
    """Whether ``token`` ends a proper name with "of": "the Islamic State of Iraq", "the
    University of Kabul" (not "the city of Ramadi", whose head is a common noun)."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "PROPN" and \
        head.head.lemma_.lower() not in _PLACE_HEADS  # "the Province of Anbar" is a place


def _may_be_location(ent: Span, parsed: bool) -> bool:
    """Whether a place name can be where a figure happened: not the subject of an active
    verb ("Russia killed 20 rebels, Syria said": actors and speakers), not a name modifying
    another noun ("killed in French drone strikes"), not the end of a proper name with "of"
    ("linked to Islamic State of Iraq")."""
    if not parsed:
        return True
    root = ent.root
    if root.dep_ == "nsubj":
        return False
    if root.dep_ in ("compound", "amod") and root.head.lemma_.lower() not in _PLACE_HEADS:
        return False
    return not _inside_a_name(root)


def location(doc: Doc, anchor: Token, entities_key: str, places: list[Span] | None = None
             ) -> dict[str, Any] | None:
    """Where the figure at ``anchor`` happened (:func:`claimex.rules.claim_places.place_of_claim`):
    the place nearest it in its clause, else in its sentence, else the first place of its
    paragraph. With a parse, places that a locative preposition introduces ("in Kharwar
    district", "near Kabul") come first, so that a name the model mistakes for a place
    ("the Taliban leader, Alaudin") does not win; the subject of an active verb (an actor
    or a speaker) and a name modifying another noun ("French drone strikes") are no
    location. ``places``: the doc's :func:`place_spans`, where the caller has them."""
    entities = places if places is not None else place_spans(doc, entities_key)
    parsed = doc.has_annotation("DEP")
    if not isinstance(entities, PlaceSpans) or entities.parsed != parsed:
        entities = PlaceSpans(list(entities), parsed)
    sentence = anchor.sent if doc.has_annotation("SENT_START") else doc[:]
    text = doc_text(doc)  # not doc.text: spaCy joins every token on each read
    bounds = (sentence.start_char, sentence.end_char)
    paragraph = paragraph_around(text, bounds)
    in_paragraph = [index for index in entities.in_text_order
                    if paragraph[0] <= entities.bounds[index][0]
                    and entities.bounds[index][1] <= paragraph[1]]
    if not in_paragraph:
        return None  # the sentence lies inside its paragraph: no name to choose
    # The sentence's names, then the paragraph's first outside it: the only ones
    # place_of_claim can choose, so the parse questions are asked of no other.
    candidates = [index for index, (start, end) in enumerate(entities.bounds)
                  if bounds[0] <= start and end <= bounds[1] and entities.may_be(index)]
    first = next((index for index in in_paragraph if entities.may_be(index)), None)
    if first is not None and not (bounds[0] <= entities.bounds[first][0]
                                  and entities.bounds[first][1] <= bounds[1]):
        candidates.append(first)
    names = [PlaceName(*entities.bounds[index], entities.locative(index))
             for index in candidates]
    chosen = place_of_claim(anchor.idx, clause_around(text, anchor.idx, bounds), bounds,
                            paragraph, names)
    if chosen is None:
        return None
    ent = entities[candidates[chosen]]
    return {"text": ent.text, "start": ent.start_char, "end": ent.end_char,
            "canonical": ent._.claimex_canonical}
