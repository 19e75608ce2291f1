"""The document tolls of ``tolls.jsonl`` (``claimex.toll/1``) as one table of the report: per
document, speaker and category, the figure, its basis, and links to the claims it rests on.

A toll's claims are linked to their highlights in the document's text (or in its evidence
sentences) when the document is shown; otherwise their figures are listed without a link.
"""

from __future__ import annotations

from typing import Any

from claimex.report.formatting import Anchors, esc, fmt_range, text_of

BASIS_HINT = ("stated: a total the text gives · sum: parts added up · enumerated: victims "
              "told one by one · zero: \u201cnobody was hurt\u201d")


def speaker_label(toll: dict[str, Any], authors: dict[int, str] | None = None) -> str:
    """Whose toll: ``article``, or the commenter (the toll's speaker name, else the author
    that ``authors``, section index -> author, gives its sections, else ``commenter``),
    with the sections it covers.

    >>> speaker_label({"speaker": {"kind": "author", "name": "karl99", "sections": [3, 5]}})
    'karl99 (sections 3, 5)'
    >>> speaker_label({"speaker": {"kind": "author", "name": None, "sections": [2]}},
    ...               {2: "Pete"})
    'Pete (section 2)'
    >>> speaker_label({"speaker": {"kind": "article", "name": None, "sections": [0]}})
    'article (section 0)'
    """
    speaker = toll.get("speaker") or {}
    kind = speaker.get("kind") or "?"
    named = {(authors or {}).get(s) for s in speaker.get("sections") or []} - {None}
    name = speaker.get("name") or (
        (named.pop() if len(named) == 1 else "commenter") if kind == "author" else kind)
    sections = [str(s) for s in speaker.get("sections") or []]
    if not sections:
        return str(name)
    return f"{name} (section{'s' if len(sections) > 1 else ''} {', '.join(sections)})"


def toll_figure(toll: dict[str, Any]) -> str:
    """The toll's figure with its unit where it counts something other than people.

    >>> toll_figure({"low": 12.0, "high": None, "unit": "people"})
    '12 – ∞'
    >>> toll_figure({"low": 30.0, "high": 30.0, "unit": "families"})
    '30 families'
    """
    figure = fmt_range(toll.get("low"), toll.get("high"))
    unit = toll.get("unit")
    return figure if unit in (None, "people") else f"{figure} {unit}"


def _claim_links(toll: dict[str, Any], claims: dict[str, dict[str, Any]], anchors: Anchors,
                 linked: set[str]) -> str:
    """The claims a toll rests on: each figure as written, linked to its highlight."""
    links = []
    for claim_id in toll.get("claim_ids") or []:
        claim = claims.get(str(claim_id))
        if claim is None:
            links.append(f'<span class="muted">{esc(claim_id)}</span>')
            continue
        evidence = claim.get("evidence") or {}
        value = claim.get("value") or {}
        label = evidence.get("exact") or value.get("text") or claim_id
        tip = (f"{claim.get('category')}: {fmt_range(value.get('low'), value.get('high'))} · "
               f"{claim.get('modality')} · @{evidence.get('start')}")
        if str(claim_id) in linked:
            links.append(f'<a class="tclaim" href="#{esc(anchors.claim(str(claim_id)))}" '
                         f'title="{esc(tip)}">{esc(label)}</a>')
        else:
            links.append(f'<span class="tclaim" title="{esc(tip)}">{esc(label)}</span>')
    return ", ".join(links)


def tolls_section(documents: list[dict[str, Any]], tolls: dict[str, list[dict[str, Any]]],
                  claims: dict[str, list[dict[str, Any]]], anchors: Anchors,
                  linked: set[str]) -> str:
    """The "Tolls" section: one row per toll of the shown documents, in document order."""
    rows = []
    for doc in documents:
        doc_id = str(doc.get("doc_id"))
        by_id = {str(c.get("id")): c for c in claims.get(doc_id, [])}
        authors = {s.get("index"): s["author"] for s in doc.get("sections") or []
                   if isinstance(s, dict) and s.get("author")}
        for toll in tolls.get(doc_id, []):
            time = (toll.get("time") or {}).get("value")
            cells = [
                f'<a href="#{anchors.doc(doc_id)}" title="{esc(doc.get("title") or "")}">'
                f"{esc(doc_id)}</a>",
                esc(speaker_label(toll, authors)), esc(toll.get("category")),
                f'<span class="num">{esc(toll_figure(toll))}</span>',
                esc(toll.get("basis")), esc(toll.get("modality")), esc(time),
                esc(text_of(toll.get("location"))),
                _claim_links(toll, by_id, anchors, linked),
            ]
            rows.append(f'<tr class="toll basis-{esc(toll.get("basis"))}">'
                        + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    if not rows:
        rows.append('<tr><td colspan="9" class="muted">No toll in the documents shown: none '
                    "reports a casualty figure of its own event.</td></tr>")
    head = "".join(f"<th>{name}</th>" for name in (
        "document", "speaker", "category", "toll", "basis", "modality", "time", "location",
        "rests on"))
    return ('<section id="tolls"><h2>Tolls</h2><p class="hint">What claimex infers per '
            "document, speaker and category: the people harmed in the reported event(s). "
            f"{esc(BASIS_HINT)}. Click a figure to see the claim in its text.</p>"
            f'<table class="tolls"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}'
            "</tbody></table></section>")
