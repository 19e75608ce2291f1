"""The namespaced extension attributes claimex sets. All values are plain and serialisable."""

from __future__ import annotations

from spacy.tokens import Span

SPAN_EXTENSIONS = {
    "claimex_canonical": None,  # canonical name: "Hay'at Tahrir al-Sham" for "HTS"
    "claimex_origin": None,  # "model" | "gazetteer" | "rule"
    "claimex_claim": None,  # the claim a figure makes, a plain dict (pipeline/claims.py)
}


def register_extensions() -> None:
    """Register every claimex extension once; safe to call again."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
