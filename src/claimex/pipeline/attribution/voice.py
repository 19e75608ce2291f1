"""Whose voice a claim is in when the parse finds no one else: a first-person speaker
outside a quote is the text's own voice (the outlet's, the writer's, the commenter's), no
quoted speaker. Pure functions over speaker dicts and spaCy spans.

>>> not_own_voice({"text": "we", "kind": "reported"}, frozenset({"we"})) is None
True
"""

from __future__ import annotations

from typing import Any


def not_own_voice(speaker: dict[str, Any] | None,
                  own_voice: frozenset[str]) -> dict[str, Any] | None:
    """A first-person speaker outside a quote (``own_voice`` cues: "I", "we") is the text's
    own voice: "Weeks ago, we reported the driver had been shot" (the outlet), "Once again
    I have to acknowledge the death of another soldier" (the writer). None for it, so the
    claim goes to the article or the comment's author; any other speaker as it is.

    >>> not_own_voice({"text": "We", "kind": "reported"}, frozenset({"we"})) is None
    True
    >>> not_own_voice({"text": "Police", "kind": "reported"}, frozenset({"we"}))["text"]
    'Police'
    >>> not_own_voice(None, frozenset({"we"})) is None
    True
    """
    if speaker is not None and speaker["kind"] == "reported" and \
            speaker["text"].lower() in own_voice:
        return None
    return speaker
