"""Match keys for names: how two spellings of one name are made equal.

News spells the same name many ways: curly or straight apostrophes ("Hay’at"/"Hay'at"),
transliteration marks ("Hayʼat"), hyphens or spaces ("al-Sham"/"al Sham"), stray or doubled
spaces, diacritics ("Türkiye"/"Turkiye"). A name's key is the list of its letter-and-digit
runs after apostrophes are removed and diacritics folded, so all of those spell one key.
Case is kept: whether it matters is the gazetteer's decision per alias.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = "'’‘ʼʻʾʿ`´′"
_APOSTROPHE_TABLE = str.maketrans("", "", APOSTROPHES)
_PIECE_RE = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Remove apostrophes and combining marks; keep everything else as it is."""
    text = text.translate(_APOSTROPHE_TABLE)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def key_pieces(text: str) -> list[str]:
    """The key of a name: its letter-and-digit runs after :func:`fold`."""
    return _PIECE_RE.findall(fold(text))


def piece_spans(text: str) -> list[tuple[int, int, str]]:
    """Key pieces of ``text`` with their ``(start, end)`` offsets in the original ``text``.

    Apostrophes inside a word are skipped, not split on: "Hay’at" is one piece "Hayat"
    spanning all six characters.
    """
    spans: list[tuple[int, int, str]] = []
    start = None
    chars: list[str] = []
    for i, ch in enumerate(text):
        if ch in APOSTROPHES and start is not None:
            continue
        if ch.isalnum():
            if start is None:
                start = i
            chars.append(ch)
            continue
        if start is not None:
            spans.append((start, _end_before_apostrophes(text, i, start), fold("".join(chars))))
            start, chars = None, []
    if start is not None:
        spans.append((start, _end_before_apostrophes(text, len(text), start), fold("".join(chars))))
    return [span for span in spans if span[2]]


def _end_before_apostrophes(text: str, end: int, start: int) -> int:
    while end > start and text[end - 1] in APOSTROPHES:
        end -= 1
    return end


def is_acronym(alias: str) -> bool:
    """"HTS", "U.S.", "SyAAF", "ISIS-K": short, mostly capitals, no lower-case word."""
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or len(alias) > 12 or " " in alias.strip():
        return False
    upper = sum(ch.isupper() for ch in letters)
    return upper >= 2 and upper / len(letters) >= 0.5
