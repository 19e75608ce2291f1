"""Whose voice a claim is in when the parse finds no one else: a first-person speaker
outside a quote is the text's own voice (the outlet's, the writer's, the commenter's), no
quoted speaker; an embedded post is its signature's author's. Functions over speaker
dicts and the text.

>>> not_own_voice({"text": "we", "kind": "reported"}, frozenset({"we"})) is None
True
"""

from __future__ import annotations

from typing import Any

from claimex.rules.speakers import post_signature


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


def post_author(text: str, at: int) -> dict[str, Any] | None:
    """The author of an embedded post the figure stands in, named on its signature line
    (:func:`claimex.rules.speakers.post_signature`): "3 days ago the militants killed over a
    hundred of our soldiers ...⏎⏎— Ann Reyes (@annreyes) November 23, 2018" (Ann Reyes,
    kind ``author``, as a comment's, cue "—"); None outside such a post.

    >>> post_author("12 soldiers died.\\n— Ann Reyes (@ar) May 3, 2021", 0)["text"]
    'Ann Reyes'
    """
    found = post_signature(text, at)
    if found is None:
        return None
    start, end = found
    return {"text": text[start:end], "start": start, "end": end,
            "cue": "—", "kind": "author", "via": None}
