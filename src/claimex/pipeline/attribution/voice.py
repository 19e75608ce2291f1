"""Whose voice a claim is in when the parse finds no one quoted: an embedded post (a tweet
as news pages print it) is its signature's author's, as a comment is. A function over the
text.

>>> post_author("12 soldiers died.\\n— Ann Reyes (@ar) May 3, 2021", 0)["kind"]
'author'
"""

from __future__ import annotations

from typing import Any

from claimex.rules.speakers import post_signature


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
