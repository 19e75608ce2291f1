"""One person told by a cue noun with an indefinite article and a light verb (session 11).

"An arrest has been made" and "police made an arrest" count one person arrested, as "two
arrests were made" counts two; the article is no figure, so the figure rules leave it.
"Made an additional arrest" and "made another arrest" (session 14) count one more person,
added to the arrests told before (frame: a further arrest made).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from claimex import lexicon
from claimex.pipeline.claims.cues import Cues
from claimex.pipeline.claims.grammar import is_negated
from claimex.pipeline.claims.narrative import is_additive
from claimex.pipeline.claims.uncounted import MakeClaim

# verbs that carry a cue noun's event (resources/words/light_verbs_of_cue_nouns.txt)
LIGHT_VERBS = lexicon.words("light_verbs_of_cue_nouns")
_ONE = ("a", "an", "another")
# a light verb that tells what happened: past, perfect or present, not "to make" or "could make"
_TOLD_TAGS = ("VBD", "VBN", "VBZ", "VBP")


def light_verb_counts(doc: Doc, cues: Cues, taken_starts: set[int], make_claim: MakeClaim
                      ) -> list[tuple[Span, dict[str, Any]]]:
    """Claims of one person for a cue noun with "a"/"an" that a light verb carries
    (:data:`LIGHT_VERBS`): "Deputies made an arrest late Sunday" and "An arrest was made
    on Sunday" are one captured each; "Police have not made an arrest" is none (negated);
    "help police make an arrest" tells nothing that happened, and "information leading to
    an arrest" no light verb, so neither counts. "Deputies made an additional arrest" and
    "officers made another arrest" are one more, additive (:func:`is_additive`): the
    person adds to those arrested before. ``make_claim`` builds the claim dict (the
    implicit counts' ``_implicit_claim``); the negation is the light verb's."""
    out: list[tuple[Span, dict[str, Any]]] = []
    for index, (category, kind) in cues.items():
        cue = doc[index]
        verb = cue.head
        det = next((c for c in cue.children if c.dep_ == "det"), None)
        if kind != "noun" or cue.pos_ != "NOUN" or cue.tag_ != "NN" or det is None or \
                det.lower_ not in _ONE or det.i in taken_starts or \
                cue.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in LIGHT_VERBS or \
                verb.tag_ not in _TOLD_TAGS:
            continue
        negated = is_negated(verb) or any(
            c.dep_ == "aux" and is_negated(c) for c in verb.children)
        count = 0.0 if negated else 1.0
        span, claim = make_claim(doc, doc[det.i:cue.i + 1], cue, category, kind,
                                 "implicit_count", (count, count, "exact"), None,
                                 is_additive(cue, cue, cues))
        claim["negated"] = negated
        out.append((span, claim))
        taken_starts.add(det.i)
    return out
