"""``claimex_entities``: one consistent set of entity mentions from the NER and the gazetteer.

The statistical NER (when the pipeline has one) knows people, organisations and places but
not which organisation is an armed group or which place is a country; the gazetteer knows
exactly that for the names it lists. Gazetteer matches win wherever the two overlap; the
model's remaining mentions are relabelled with ``label_map`` (GPE, LOC and FAC become
PLACE: a GPE that is a country was already claimed by the gazetteer) and the rest of its
labels (CARDINAL, DATE, ...) are left to other components. The result goes to
``doc.spans[spans_key]``, each span with ``span._.claimex_origin`` ("model"/"gazetteer")
and ``span._.claimex_canonical`` where the gazetteer knows it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.pipeline.extensions import register_extensions
from claimex.rules.people import TITLE_WORDS

# The default spans key of the mentions (``doc.spans[ENTITIES_KEY]``), which the attribution
# component and the records read.
ENTITIES_KEY = "claimex_entities"

DEFAULT_LABEL_MAP = {
    "PERSON": "PERSON",
    "NORP": "NORP",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
}


class EntityMerger:
    """Merges ``doc.ents`` and the gazetteer's spans; see the module docstring."""

    def __init__(self, name: str, spans_key: str, gazetteer_key: str,
                 label_map: dict[str, str], extend_person_names: bool):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.gazetteer_key = gazetteer_key
        self.label_map = dict(label_map)
        self.extend_person_names = extend_person_names

    def __call__(self, doc: Doc) -> Doc:
        gazetteer = list(doc.spans[self.gazetteer_key]) if self.gazetteer_key in doc.spans else []
        taken = [False] * len(doc)
        merged: list[Span] = []
        for span in gazetteer:
            merged.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
        for ent in doc.ents:
            label = self.label_map.get(ent.label_)
            if label is None or any(taken[ent.start:ent.end]):
                continue
            span = _trim(ent)
            if span is None or not _plausible(span, label):
                continue
            if label == "PERSON" and self.extend_person_names:
                span = _extend_given_names(span, taken)
            span = Span(doc, span.start, span.end, label=label)
            span._.claimex_origin = "model"
            merged.append(span)
        merged.sort(key=lambda s: (s.start, s.end))
        doc.spans[self.spans_key] = merged
        return doc


def _trim(ent: Span) -> Span | None:
    """Drop a possessive or punctuation at the edges and shouted words before a name
    ("LIARS Assad"); refuse mentions that cross a line."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'")):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    if start == end or "\n" in doc[start:end].text:
        return None
    if ent.label_ == "PERSON":
        while end - start > 1 and _is_shouted(doc[start]) and not _is_shouted(doc[end - 1]):
            start += 1
    return doc[start:end]


def _is_shouted(token) -> bool:
    """A word in capitals ("LIARS"), not an initial or a short acronym."""
    return token.is_upper and token.is_alpha and len(token) >= 3


def _plausible(span: Span, label: str) -> bool:
    """Reject the small model's usual misfires on headlines and shouting comments.

    A one-word person, organisation or place must be a proper noun when the pipeline has a
    tagger ("Negotiating" in a title-case headline, "FACTS" in capitals are not), and
    people and places do not contain digits ("S-400").
    """
    if label in ("PERSON", "PLACE") and any(ch.isdigit() for ch in span.text):
        return False
    token = span[0]
    return not (len(span) == 1 and label in ("PERSON", "ORG", "PLACE")
                and span.doc.has_annotation("TAG") and token.pos_ != "PROPN")


def _extend_given_names(span: Span, taken: list[bool]) -> Span:
    """Take in given names the small model leaves out: "Hulusi Akar", not just "Akar".

    A capitalised proper noun right before the name, attached to it as a compound and not
    a title ("Minister", "President"), belongs to the name.
    """
    doc = span.doc
    start = span.start
    while start > 0:
        token = doc[start - 1]
        if (token.tag_ != "NNP" or not token.is_title or taken[token.i]
                or token.dep_ != "compound" or not span.start <= token.head.i < span.end
                or token.lower_ in TITLE_WORDS or token.ent_type_ not in ("", "PERSON")):
            break
        start -= 1
    return doc[start:span.end]


@Language.factory(
    "claimex_entities",
    default_config={
        "spans_key": ENTITIES_KEY,
        "gazetteer_key": "claimex_gazetteer",
        "label_map": DEFAULT_LABEL_MAP,
        "extend_person_names": True,
    },
    requires=["doc.spans"],
    assigns=["doc.spans", "span._.claimex_canonical", "span._.claimex_origin"],
)
def make_entities(nlp: Language, name: str, spans_key: str, gazetteer_key: str,
                  label_map: dict[str, str], extend_person_names: bool) -> EntityMerger:
    """The ``claimex_entities`` factory (``spacy_factories`` entry point)."""
    return EntityMerger(name, spans_key, gazetteer_key, label_map, extend_person_names)
