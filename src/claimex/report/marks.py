"""A document's text as HTML with its entities, claims and speakers marked, in the spirit
of displaCy."""

from __future__ import annotations

import itertools
from typing import Any

from claimex.report.formatting import Anchors, esc, fmt_range

ENTITY_LABELS = ("PERSON", "COUNTRY", "FACTION", "ORG", "PLACE", "NORP", "DATE")


def spans_for(doc_id: str, entities: list[dict], claims: list[dict], anchors: Anchors
               ) -> list[dict[str, Any]]:
    """The annotations of one document as {start, end, cls, label, title, id}."""
    spans: list[dict[str, Any]] = []
    for ent in entities:
        start, end = ent.get("start"), ent.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        label = str(ent.get("label") or "ENT")
        title = " · ".join(filter(None, [label, ent.get("canonical"), ent.get("kb_id"),
                                          ent.get("value"), ent.get("origin")]))
        cls = f"ent ent-{label}" if label in ENTITY_LABELS else "ent"
        spans.append({"start": start, "end": end, "cls": cls, "label": label,
                      "title": title, "id": None})
    speakers: set[tuple[int, int]] = set()
    for claim in claims:
        ev = claim.get("evidence") or {}
        start, end = ev.get("start"), ev.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        value = claim.get("value") or {}
        modality = claim.get("modality") or "asserted"
        attribution = claim.get("attribution") or {}
        label = f"{claim.get('category') or claim.get('type') or 'claim'}"
        if modality != "asserted":
            label += f" · {modality}"
        title = (f"{claim.get('category')}: {fmt_range(value.get('low'), value.get('high'))} "
                 f"({value.get('qualifier')}) · {modality}"
                 + (f" [{', '.join(claim.get('hedges') or [])}]" if claim.get("hedges") else "")
                 + f" · speaker: {attribution.get('speaker')} ({attribution.get('kind')})")
        spans.append({"start": start, "end": end, "cls": f"claim mod-{esc(modality)}",
                      "label": label, "title": title,
                      "id": anchors.claim(str(claim.get("id")))})
        s_start, s_end = attribution.get("start"), attribution.get("end")
        if (isinstance(s_start, int) and isinstance(s_end, int) and s_end > s_start
                and (s_start, s_end) not in speakers):
            speakers.add((s_start, s_end))
            spans.append({"start": s_start, "end": s_end, "cls": "spk", "label": "SOURCE",
                          "title": f"speaker ({attribution.get('kind')})"
                                   + (f": {attribution['canonical']}"
                                      if attribution.get("canonical") else ""),
                          "id": None})
    return spans


def highlight(text: str, spans: list[dict[str, Any]], base: int = 0) -> str:
    """``text`` (which starts at offset ``base`` of its document) as escaped HTML with marks.

    Overlapping annotations are cut at every boundary and re-opened, so the markup always
    nests properly; a label is printed once, at the end of its annotation, and an anchor id
    once, on its first piece.
    """
    end_of_text = base + len(text)
    inside = [s for s in spans if s["start"] < end_of_text and s["end"] > base]
    if not inside:
        return esc(text)
    bounds = sorted({base, end_of_text}
                    | {min(max(s["start"], base), end_of_text) for s in inside}
                    | {min(max(s["end"], base), end_of_text) for s in inside})
    # outer first: the longer annotation wraps the shorter one
    inside.sort(key=lambda s: (s["start"], -(s["end"] - s["start"])))
    out: list[str] = []
    opened_ids: set[int] = set()
    active: list[dict[str, Any]] = []
    following = 0
    for left, right in itertools.pairwise(bounds):
        # a sweep: spans join when they start and leave when they end (linear in the spans)
        while following < len(inside) and max(inside[following]["start"], base) <= left:
            active.append(inside[following])
            following += 1
        active = [s for s in active if s["end"] > left]
        piece = esc(text[left - base:right - base])
        if not active:
            out.append(piece)
            continue
        opening = []
        for span in active:
            attrs = f' class="{span["cls"]}" title="{esc(span["title"])}"'
            if span["id"] and id(span) not in opened_ids:
                attrs += f' id="{esc(span["id"])}"'
                opened_ids.add(id(span))
            opening.append(f"<mark{attrs}>")
        closing = []
        for span in reversed(active):
            if span["end"] <= right or right == end_of_text:
                closing.append(f'<span class="lbl">{esc(span["label"])}</span></mark>')
            else:
                closing.append("</mark>")
        out.append("".join(opening) + piece + "".join(closing))
    return "".join(out)
