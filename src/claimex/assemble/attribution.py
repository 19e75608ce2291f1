"""Who makes a claim: the speaker the attribution component found, else the default source
(the comment's author, or the article's source, host, title or id).

    >>> from claimex.io.readers import InputDocument
    >>> from claimex.records import Section
    >>> item = InputDocument("d1", "Two were killed.", None, url="https://www.bbc.co.uk/x")
    >>> default_attribution(item, Section(0, "article", 0, 16))["speaker"]
    'bbc.co.uk'
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from claimex.assemble.entities import canonical_in
from claimex.io.chunks import Chunk
from claimex.io.readers import InputDocument
from claimex.records import EntityRecord, Section
from claimex.rules.posts import post_author


def claim_attribution(item: InputDocument, section: Section, speaker: dict[str, Any] | None,
                      chunk: Chunk, entities: list[EntityRecord],
                      at: int | None = None) -> dict[str, Any]:
    """A claim's source: its quoted or reporting speaker (chunk offsets in, document offsets
    out), else the author of the embedded post whose last line holds the claim (document
    offset ``at``: :func:`post_attribution`), else :func:`default_attribution`."""
    if speaker is None:
        return post_attribution(item, section, at) or default_attribution(item, section)
    start, end = chunk.start + speaker["start"], chunk.start + speaker["end"]
    cue = speaker.get("cue")
    if speaker.get("via"):
        cue = f"{cue} (via {speaker['via']})"
    return {"speaker": item.text[start:end], "start": start, "end": end, "cue": cue,
            "canonical": speaker.get("canonical") or canonical_in(start, end, entities),
            "kind": speaker["kind"]}


def post_attribution(item: InputDocument, section: Section,
                     at: int | None) -> dict[str, Any] | None:
    """The author of a post an article embeds above its "— Name (@handle) date" line, for a
    claim at document offset ``at`` in the post's last line (``rules.posts.post_author``);
    None elsewhere and in comments (a comment's figures are its writer's).

    >>> from claimex.io.readers import InputDocument
    >>> text = "Six hurt at the market\\n— Dana Reyes (@dreyes) May 2, 2020"
    >>> item = InputDocument("d3", text, None)
    >>> post_attribution(item, Section(0, "article", 0, len(text)), 4)["speaker"]
    'Dana Reyes'
    """
    if at is None or section.kind != "article":
        return None
    if item.text.find("(@", section.start, section.end) < 0:
        return None  # every sign-off has "(@handle)": none in the section, no copy of it
    span = post_author(item.text[section.start:section.end], at - section.start)
    if span is None:
        return None
    start, end = section.start + span[0], section.start + span[1]
    name = item.text[start:end]
    return {"speaker": name, "start": start, "end": end, "cue": "post sign-off",
            "canonical": name, "kind": "quoted"}


def default_attribution(item: InputDocument, section: Section) -> dict[str, Any]:
    """Who makes a claim nobody is quoted for: the comment's author, or the article's source."""
    if section.kind == "comment":
        speaker = section.author or "anonymous commenter"
        return {"speaker": speaker, "start": None, "end": None, "cue": None,
                "canonical": section.author, "kind": "author"}
    source = (item.meta or {}).get("source") if isinstance(item.meta, dict) else None
    speaker = source or _host(item.url) or item.title or item.doc_id
    return {"speaker": str(speaker), "start": None, "end": None, "cue": None,
            "canonical": None, "kind": "article"}


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname
    return host.removeprefix("www.") if host else None
