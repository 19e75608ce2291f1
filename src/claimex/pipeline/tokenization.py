"""Tokenizer additions for scraped and commented text, as an ``[nlp.after_creation]`` callback.

Commenters skip the space after a full stop ("IRAN.Turkey is abiding", "Ukraine.combat
range") and wire copy glues acronyms to hyphenated words ("U.S.-backed"). spaCy's English
infixes keep such strings as one token, so no entity can start or end inside them. Three
infixes split them; URLs and e-mail addresses are matched before infixes and stay whole.
Reports converted from PDF glue words together ("displacedabout 4,400 people", "with14,593
households"): the zero-width infixes of :mod:`claimex.rules.glue` split those.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

from claimex.rules.glue import GLUE_INFIXES

EXTRA_INFIXES = (
    r"(?<=[A-Z]{2})\.(?=[A-Z][a-z])",
    r"(?<=[a-z]{3})\.(?=[a-z]{3})",
    r"(?<=[A-Z]\.)-(?=[A-Za-z])",
)


# Apostrophes that a wrong decoding turned into other characters ("mojibake"): "’" read
# as cp1252 ("â€™") or through a Mac Roman round trip ("Š—È"), as in "the countryŠ—Ès 34
# provinces", "120,000 familiesŠ—È homes". Split off after a word as the possessive
# ending, and read by the model as the apostrophe they stand for.
MOJIBAKE_APOSTROPHES = ("Š—È", "â€™")
MOJIBAKE_SUFFIX = r"(?<=[A-Za-z])(?:" + "|".join(MOJIBAKE_APOSTROPHES) + r")[sS]?$"


@registry.callbacks("claimex.tokenizer_infixes.v1")
def make_tokenizer_infixes() -> Callable[[Language], Language]:
    """Registered as ``claimex.tokenizer_infixes.v1`` (``spacy_callbacks`` entry point)."""

    def add_infixes(nlp: Language) -> Language:
        infixes = [*nlp.Defaults.infixes, *EXTRA_INFIXES, *GLUE_INFIXES]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        suffixes = [*nlp.Defaults.suffixes, MOJIBAKE_SUFFIX]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        for mangled in MOJIBAKE_APOSTROPHES:
            for ending in ("", "s", "S"):
                nlp.vocab[mangled + ending].norm_ = "'" + ending.lower()
        return nlp

    return add_infixes
