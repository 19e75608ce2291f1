"""The namespaced extension attributes claimex sets. All values are plain and serialisable."""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_EXTENSIONS = {
    "claimex_canonical": None,  # canonical name: "Hay'at Tahrir al-Sham" for "HTS"
    "claimex_origin": None,  # "model" | "gazetteer" | "rule"
    "claimex_timex": None,  # DATE spans: {"type", "mod", "value"} as TIMEX3 (pipeline/dates.py)
}
DOC_EXTENSIONS = {
    "claimex_claims": None,  # the claims of the doc, plain dicts (pipeline/claims.py)
    "claimex_dates": None,  # the dates of the doc, plain dicts (pipeline/dates.py)
    "claimex_timexes": None,  # durations, sets, PRESENT_REF ... as dicts (pipeline/dates.py)
    "claimex_published": None,  # publication date, "YYYY-MM-DD" or "XXXX-MM-DD", set by api
}


_TEXT_KEY = ("claimex", "text")
#: The whole page a doc was cut from (its sections are docs of their own), where the
#: extraction gives it: rules that read the page as a whole look there.
PAGE_TEXT_KEY = ("claimex", "page_text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc and kept in ``doc.user_data``: spaCy rebuilds the
    text from every token on each access, which the components would otherwise each pay."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """Tell :func:`doc_text` the text ``doc`` was made from (``nlp.make_doc(text)``: spaCy's
    tokenizer keeps every character, so ``doc.text == text``), so that it is never rebuilt.

        >>> from spacy.lang.en import English
        >>> text = "Two soldiers were  killed."
        >>> doc_text(keep_text(English().make_doc(text), text)) is text
        True
    """
    doc.user_data[_TEXT_KEY] = text
    return doc


def register_extensions() -> None:
    """Register every claimex extension once; safe to call again."""
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
