"""One self-contained HTML page that lets an analyst browse an OUTDIR.

``build_report(outdir, "report.html", inputs=[...])`` writes a single static file (inline
CSS, inline JS, inline SVG; nothing is fetched from the network, no external fonts) with:

* a table of the claims (value, range, category, modality, hedges, speaker, document,
  evidence sentence) that filters by category, modality, speaker, document and free text,
  sorts by any column and renders a page of rows at a time (plain JS over an embedded JSON
  array, so 10,000 claims stay responsive); every row links to the figure's place in the
  text;
* each document's text with its entities and claims highlighted in the spirit of displaCy
  (marked spans with their labels; claims coloured by modality, hedged ones dashed, negated
  ones struck through; speakers underlined); the text comes from the INPUT files, read
  again with :func:`claimex.io.readers.read_inputs` and matched by ``doc_id`` and
  ``text_sha256`` (``documents.jsonl`` does not hold the text). Without the inputs, or for
  a document whose text changed since extraction, only the evidence sentences are shown,
  with the same highlighting;
* for each group of ``groups.jsonl`` (``claimex reconcile``, optional), an SVG chart of the
  figures by source: a dot for a single figure, a bar for a range, an arrow for an open
  upper bound, dashed for hedged, struck-through grey for negated claims, with the median;
* the errors of ``errors.jsonl``.

Large outputs are capped (``max_documents``, ``max_claims``, ``max_groups``,
``max_document_chars``) and the page says so ("first 200 of 5,000 documents").

Everything from the records is HTML-escaped; the JSON embedded in the page has ``<``,
``>`` and ``&`` written as ``\\u003c``... escapes, so a comment holding ``</script>`` or
``<!--`` cannot end the script element. Offsets are Python code-point indices: all slicing
happens here, in Python, so the browser's UTF-16 strings never have to agree with them.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from claimex import __version__
from claimex.errors import UsageError
from claimex.io.jsonl import iter_records
from claimex.io.readers import InputDocument, ReadOptions, read_inputs
from claimex.records import text_sha256

MAX_SENTENCE_CHARS = 600  # evidence sentences embedded in the table are cut around the figure
MAX_MEMBERS_PER_CHART = 60
ENTITY_LABELS = ("PERSON", "COUNTRY", "FACTION", "ORG", "PLACE", "NORP", "DATE")

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def esc(value: Any) -> str:
    """HTML-escaped text (quotes included), '' for None."""
    return "" if value is None else html.escape(str(value), quote=True)


def script_json(value: Any) -> str:
    """JSON safe to put inside a <script> element: no '<', '>' or '&' appear literally."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _first(records: Iterable[dict[str, Any]], limit: int) -> tuple[list[dict[str, Any]], int]:
    """The first ``limit`` records and how many there were in all."""
    kept: list[dict[str, Any]] = []
    total = 0
    for record in records:
        total += 1
        if len(kept) < limit:
            kept.append(record)
    return kept, total


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an optional output file: none when it is absent."""
    if path.is_file():
        yield from iter_records(path)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def fmt_number(value: Any) -> str:
    number = _num(value)
    if number is None:
        return "∞" if value is None else esc(value)
    if number == int(number) and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.4g}" if abs(number) >= 1000 else f"{number:.4g}"


def fmt_range(low: Any, high: Any) -> str:
    if high is None:
        return f"{fmt_number(low)} – ∞"
    if low == high:
        return fmt_number(low)
    return f"{fmt_number(low)} – {fmt_number(high)}"


def _text_of(value: Any) -> str | None:
    """A display string for a span object ({"text", "canonical"}), a string or None."""
    if value is None:
        return None
    if isinstance(value, dict):
        for key in ("canonical", "text", "value", "name"):
            if isinstance(value.get(key), str) and value[key]:
                return value[key]
        parts = [f"{v}" for v in value.values() if isinstance(v, str | int | float)]
        return " – ".join(parts) or None
    if isinstance(value, list):
        return ", ".join(filter(None, (_text_of(v) for v in value))) or None
    return str(value)


class _Anchors:
    """HTML ids for claims and documents: the claim id when it is a safe token, else a number."""

    def __init__(self) -> None:
        self._docs: dict[str, str] = {}
        self._claims: dict[str, str] = {}

    def doc(self, doc_id: str) -> str:
        if doc_id not in self._docs:
            self._docs[doc_id] = f"d{len(self._docs)}"
        return self._docs[doc_id]

    def claim(self, claim_id: str) -> str:
        if claim_id not in self._claims:
            safe = _SAFE_ID.match(claim_id or "")
            self._claims[claim_id] = f"c-{claim_id}" if safe else f"c{len(self._claims)}"
        return self._claims[claim_id]


# ---------------------------------------------------------------------------- highlighting


def _spans_for(doc_id: str, entities: list[dict], claims: list[dict], anchors: _Anchors
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


# ---------------------------------------------------------------------------- inputs


def _load_texts(inputs: Iterable[str] | None, wanted: dict[str, str],
                options: ReadOptions | None) -> tuple[dict[str, str], set[str]]:
    """Texts of the wanted documents (doc_id -> sha256) from the inputs, and the doc_ids
    whose text no longer matches its hash."""
    texts: dict[str, str] = {}
    changed: set[str] = set()
    if not inputs or not wanted:
        return texts, changed
    for item in read_inputs(list(inputs), options):
        if not isinstance(item, InputDocument) or item.doc_id not in wanted:
            continue
        if text_sha256(item.text) == wanted[item.doc_id]:
            texts[item.doc_id] = item.text
            changed.discard(item.doc_id)
        elif item.doc_id not in texts:
            changed.add(item.doc_id)
        if len(texts) == len(wanted):
            break
    return texts, changed


# ---------------------------------------------------------------------------- charts


def _scale(values: list[float]) -> tuple[Any, list[float], bool]:
    """A function value -> [0, 1], the tick values, and whether the scale is logarithmic."""
    finite = [v for v in values if v is not None]
    top = max(finite, default=1.0) or 1.0
    positive = [v for v in finite if v > 0]
    log = bool(positive) and top / min(positive) > 200
    if log:
        top_log = math.log10(top + 1) or 1.0

        def position(v: float) -> float:
            return math.log10(max(v, 0) + 1) / top_log

        ticks = [0.0] + [10.0 ** k for k in range(0, math.floor(math.log10(top)) + 1)]
        return position, ticks, True
    step = 10 ** math.floor(math.log10(top)) if top > 0 else 1
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 5:
            step *= factor
            break
    top = max(top, step)
    ticks = [step * i for i in range(int(top // step) + 1)]
    upper = max(ticks[-1], top)
    return (lambda v: max(v, 0) / upper), ticks, False


def group_chart(group: dict[str, Any], anchors: _Anchors, linked: set[str]) -> str:
    """An inline SVG of the group's figures by source (escaped; no external references)."""
    members = [m for m in (group.get("members") or []) if isinstance(m, dict)]
    shown = members[:MAX_MEMBERS_PER_CHART]
    values = []
    for m in shown:
        for key in ("low", "high"):
            if _num(m.get(key)) is not None:
                values.append(_num(m.get(key)))
    summary = group.get("summary") if isinstance(group.get("summary"), dict) else {}
    median = _num(summary.get("median"))
    if median is not None:
        values.append(median)
    position, ticks, log = _scale(values)
    left, width, row_h, top = 230, 420, 22, 26
    right_pad = 150
    height = top + row_h * max(len(shown), 1) + 30
    total_w = left + width + right_pad

    def x(v: float) -> float:
        return left + position(v) * width

    parts = [f'<svg class="chart" role="img" '
             f'width="{total_w}" height="{height}" viewBox="0 0 {total_w} {height}">',
             f"<title>{esc(_group_title(group))}</title>"]
    axis_y = top + row_h * max(len(shown), 1) + 4
    for tick in ticks:
        tx = x(tick)
        parts.append(f'<line class="grid" x1="{tx:.1f}" y1="{top - 6}" x2="{tx:.1f}" '
                     f'y2="{axis_y}"/>')
        parts.append(f'<text class="tick" x="{tx:.1f}" y="{axis_y + 14}" '
                     f'text-anchor="middle">{fmt_number(tick)}</text>')
    if log:
        parts.append(f'<text class="tick" x="{left + width}" y="{top - 12}" '
                     f'text-anchor="end">log scale</text>')
    if median is not None:
        mx = x(median)
        parts.append(f'<line class="median" x1="{mx:.1f}" y1="{top - 8}" x2="{mx:.1f}" '
                     f'y2="{axis_y}"/><text class="tick" x="{mx:.1f}" y="{top - 10}" '
                     f'text-anchor="middle">median {fmt_number(median)}</text>')
    for row, m in enumerate(shown):
        y = top + row_h * row + row_h / 2
        modality = str(m.get("modality") or "asserted")
        low, high = _num(m.get("low")), _num(m.get("high"))
        speaker = _text_of(m.get("speaker")) or "?"
        source = f"{speaker} — {m.get('doc_id', '')}"
        label = source if len(source) <= 36 else source[:35] + "…"
        claim_id = str(m.get("claim_id") or "")
        tip = (f"{speaker} ({m.get('kind')}) in {m.get('doc_id')}: "
               f"{fmt_range(m.get('low'), m.get('high'))} {m.get('qualifier') or ''} · "
               f"{modality}")
        text = (f'<text class="src" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">'
                f"{esc(label)}</text>")
        if claim_id in linked:
            text = f'<a href="#{esc(anchors.claim(claim_id))}">{text}</a>'
        mark = [f'<g class="m mod-{esc(modality)}"><title>{esc(tip)}</title>', text]
        if low is not None:
            x0 = x(low)
            if high is None and m.get("high") is None:  # open upper bound
                x1 = left + width + 12
                mark.append(f'<line class="bar open" x1="{x0:.1f}" y1="{y:.1f}" '
                            f'x2="{x1 - 6:.1f}" y2="{y:.1f}"/>'
                            f'<polygon class="head" points="{x1:.1f},{y:.1f} {x1 - 8:.1f},'
                            f'{y - 5:.1f} {x1 - 8:.1f},{y + 5:.1f}"/>')
                mark.append(f'<circle class="dot" cx="{x0:.1f}" cy="{y:.1f}" r="4"/>')
            elif high is not None and high != low:
                mark.append(f'<line class="bar" x1="{x0:.1f}" y1="{y:.1f}" '
                            f'x2="{x(high):.1f}" y2="{y:.1f}"/>'
                            f'<line class="cap" x1="{x0:.1f}" y1="{y - 5:.1f}" x2="{x0:.1f}" '
                            f'y2="{y + 5:.1f}"/><line class="cap" x1="{x(high):.1f}" '
                            f'y1="{y - 5:.1f}" x2="{x(high):.1f}" y2="{y + 5:.1f}"/>')
            else:
                mark.append(f'<circle class="dot" cx="{x0:.1f}" cy="{y:.1f}" r="5"/>')
            if modality == "negated":
                mark.append(f'<line class="neg" x1="{x0 - 7:.1f}" y1="{y - 7:.1f}" '
                            f'x2="{x0 + 7:.1f}" y2="{y + 7:.1f}"/>')
        note = f"{fmt_range(m.get('low'), m.get('high'))} {m.get('qualifier') or ''}".strip()
        if modality != "asserted":
            note += f" · {modality}"
        mark.append(f'<text class="note" x="{left + width + 20}" y="{y + 4:.1f}">'
                    f"{esc(note)}</text></g>")
        parts.append("".join(mark))
    parts.append("</svg>")
    return "".join(parts)


def _group_title(group: dict[str, Any]) -> str:
    bits = [str(group.get("category") or "group")]
    for key in ("subject", "actor", "location"):
        text = _text_of(group.get(key))
        if text:
            bits.append(f"{key}: {text}")
    time = group.get("time") or group.get("time_span") or group.get("span")
    text = _text_of(time) if not isinstance(time, dict) else " – ".join(
        str(v) for v in time.values() if isinstance(v, str | int))
    if text:
        bits.append(f"time: {text}")
    return " · ".join(bits)


# ---------------------------------------------------------------------------- the page


def build_report(outdir: str | Path, output_html: str | Path, inputs: Iterable[str] | None = None,
                 max_documents: int = 200, max_claims: int = 10_000, max_groups: int = 500,
                 max_document_chars: int = 200_000, read_options: ReadOptions | None = None,
                 title: str | None = None) -> Path:
    """Write the report of OUTDIR to ``output_html`` and return its path.

    ``inputs``: the INPUT paths given to ``claimex extract`` (files or directories), to show
    the documents' texts; without them only the evidence sentences are shown.
    """
    root = Path(outdir)
    if not (root / "documents.jsonl").is_file():
        raise UsageError(f"{root} is not a claimex output directory (no documents.jsonl); "
                         "run `claimex extract INPUT -o OUTDIR` first")
    anchors = _Anchors()
    caps: list[str] = []

    documents, total_docs = _first(_read_jsonl(root / "documents.jsonl"), max_documents)
    shown_ids = {str(d.get("doc_id")) for d in documents}
    if total_docs > len(documents):
        caps.append(f"first {len(documents):,} of {total_docs:,} documents")

    entities: dict[str, list[dict]] = defaultdict(list)
    entity_count = 0
    label_counts: Counter[str] = Counter()
    for ent in _read_jsonl(root / "entities.jsonl"):
        entity_count += 1
        label_counts[str(ent.get("label"))] += 1
        if ent.get("doc_id") in shown_ids:
            entities[ent["doc_id"]].append(ent)

    doc_claims: dict[str, list[dict]] = defaultdict(list)
    table: list[dict[str, Any]] = []
    claim_count = 0
    for claim in _read_jsonl(root / "claims.jsonl"):
        claim_count += 1
        if claim.get("doc_id") in shown_ids:
            doc_claims[claim["doc_id"]].append(claim)
        if len(table) < max_claims:
            table.append(claim)
    if claim_count > len(table):
        caps.append(f"first {len(table):,} of {claim_count:,} claims in the table")

    groups, group_count = _first(_read_jsonl(root / "groups.jsonl"), max_groups)
    if group_count > len(groups):
        caps.append(f"first {len(groups):,} of {group_count:,} groups")

    errors = list(_read_jsonl(root / "errors.jsonl"))

    wanted = {str(d["doc_id"]): str(d.get("text_sha256") or "") for d in documents
              if d.get("doc_id") is not None and d.get("chars")}
    texts, changed = _load_texts(inputs, wanted, read_options)

    # every claim in a shown document gets an anchor in the text or in its sentences
    linked = {str(c.get("id")) for cs in doc_claims.values() for c in cs}
    doc_html = [_document_html(doc, texts.get(str(doc.get("doc_id"))), changed,
                               entities.get(str(doc.get("doc_id")), []),
                               doc_claims.get(str(doc.get("doc_id")), []), anchors,
                               max_document_chars, caps)
                for doc in documents]

    rows = [_row(claim, anchors, linked) for claim in table]
    doc_titles = {str(d.get("doc_id")): d.get("title") or "" for d in documents}
    data = {"claims": rows, "titles": doc_titles,
            "docAnchors": {k: anchors.doc(k) for k in shown_ids}}

    page_title = title or f"claimex report — {root.name or root}"
    stats = [("documents", total_docs), ("entities", entity_count), ("claims", claim_count),
             ("errors", len(errors))]
    if group_count:
        stats.append(("groups", group_count))
    text_note = (f"Texts shown for {len(texts):,} of {len(wanted):,} documents"
                 if inputs else "No inputs given: documents show their evidence sentences only "
                 "(pass the INPUT paths to show the full texts)")
    if changed:
        text_note += (f"; {len(changed):,} documents changed since extraction (text_sha256 "
                      "differs) show their evidence sentences only")

    out = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(page_title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{esc(page_title)}</h1><p class=\"stats\">",
        " · ".join(f"<b>{n:,}</b> {esc(k)}" for k, n in stats),
        f"</p><p class=\"meta\">claimex {esc(__version__)} · generated "
        f"{esc(dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC'))} · "
        f"{esc(text_note)}</p>",
    ]
    if caps:
        out.append('<p class="cap">Capped to keep the page fast: '
                   + "; ".join(esc(c) for c in caps) + ".</p>")
    out.append('<nav><a href="#claims">Claims</a>'
               + ('<a href="#groups">Groups</a>' if groups else "")
               + '<a href="#documents">Documents</a>'
               + ('<a href="#errors">Errors</a>' if errors else "") + "</nav></header>")

    out.append(_CLAIMS_SECTION)
    if groups:
        out.append('<section id="groups"><h2>Groups</h2><p class="hint">Figures reported for '
                   "the same event, one row per source: dot = single figure, bar = range, "
                   "arrow = open upper bound, dashed = hedged, grey and crossed = negated, "
                   "dotted line = median. Click a source to see it in its text.</p>")
        for number, group in enumerate(groups):
            out.append(_group_html(group, number, anchors, linked))
        out.append("</section>")

    out.append('<section id="documents"><h2>Documents</h2><p class="legend">')
    out.append(" ".join(f'<mark class="ent ent-{lab}">{lab}<span class="lbl">'
                        f"{label_counts.get(lab, 0):,}</span></mark>" for lab in ENTITY_LABELS))
    out.append(' <mark class="claim mod-asserted">figure<span class="lbl">claim</span></mark>'
               ' <mark class="claim mod-hedged">hedged</mark>'
               ' <mark class="claim mod-negated">negated</mark>'
               ' <mark class="spk">speaker<span class="lbl">SOURCE</span></mark></p>')
    out.extend(doc_html)
    out.append("</section>")

    if errors:
        out.append('<section id="errors"><h2>Errors</h2><table class="errs"><thead><tr>'
                   "<th>code</th><th>doc_id</th><th>path</th><th>line</th><th>reason</th>"
                   "</tr></thead><tbody>")
        for err in errors[:1000]:
            out.append("<tr>" + "".join(f"<td>{esc(err.get(k))}</td>" for k in
                                        ("code", "doc_id", "path", "line", "reason")) + "</tr>")
        out.append("</tbody></table>"
                   + (f"<p class=\"cap\">first 1,000 of {len(errors):,} errors</p>"
                      if len(errors) > 1000 else "") + "</section>")

    out.append(f'<script type="application/json" id="claimex-data">{script_json(data)}'
               f"</script><script>{_JS}</script></body></html>\n")

    target = Path(output_html)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text("".join(out), encoding="utf-8", errors="replace")
    partial.replace(target)
    return target


def _row(claim: dict[str, Any], anchors: _Anchors, linked: set[str]) -> dict[str, Any]:
    """A compact table row; the sentence is pre-split around the figure (code points)."""
    value = claim.get("value") or {}
    attribution = claim.get("attribution") or {}
    ev = claim.get("evidence") or {}
    sentence = ev.get("sentence") or ""
    s0 = ev.get("sentence_start")
    start, end = ev.get("start"), ev.get("end")
    if isinstance(s0, int) and isinstance(start, int) and isinstance(end, int) \
            and s0 <= start <= end <= s0 + len(sentence):
        before, figure, after = (sentence[:start - s0], sentence[start - s0:end - s0],
                                 sentence[end - s0:])
    else:
        before, figure, after = ev.get("prefix") or "", ev.get("exact") or "", \
            ev.get("suffix") or ""
    room = MAX_SENTENCE_CHARS // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    claim_id = str(claim.get("id"))
    return {
        "id": claim_id,
        "a": anchors.claim(claim_id) if claim_id in linked else None,
        "doc": str(claim.get("doc_id")),
        "sec": claim.get("section"),
        "type": claim.get("type"),
        "cat": claim.get("category"),
        "text": value.get("text"),
        "low": _num(value.get("low")),
        "high": _num(value.get("high")),
        "q": value.get("qualifier"),
        "unit": value.get("unit"),
        "mod": claim.get("modality"),
        "hedges": claim.get("hedges") or [],
        "spk": attribution.get("speaker"),
        "spkc": attribution.get("canonical"),
        "kind": attribution.get("kind"),
        "subj": _text_of(claim.get("subject")),
        "actor": _text_of(claim.get("actor")),
        "loc": _text_of(claim.get("location")),
        "time": (claim.get("time") or {}).get("value"),
        "ev": [before, figure, after],
    }


def _group_html(group: dict[str, Any], number: int, anchors: _Anchors, linked: set[str]) -> str:
    summary = group.get("summary") if isinstance(group.get("summary"), dict) else {}
    members = group.get("members") or []
    bits = []
    if summary:
        bits.append(f"{summary.get('sources', len(members))} sources")
        bits.append(f"range {fmt_range(summary.get('low'), summary.get('high'))}")
        if summary.get("median") is not None:
            bits.append(f"median {fmt_number(summary.get('median'))}")
        if summary.get("disputed"):
            bits.append("disputed")
    more = (f'<p class="cap">first {MAX_MEMBERS_PER_CHART} of {len(members)} members</p>'
            if len(members) > MAX_MEMBERS_PER_CHART else "")
    disputed = " disputed" if summary.get("disputed") else ""
    return (f'<article class="group{disputed}" id="g{number}"><h3>'
            f"{esc(_group_title(group))}</h3><p class=\"gsum\">{esc(group.get('group_id'))}"
            f"{' · ' if bits else ''}{esc(' · '.join(bits))}</p>"
            f"{group_chart(group, anchors, linked)}{more}</article>")


def _document_html(doc: dict[str, Any], text: str | None, changed: set[str],
                   entities: list[dict], claims: list[dict], anchors: _Anchors,
                   max_chars: int, caps: list[str]) -> str:
    doc_id = str(doc.get("doc_id"))
    spans = _spans_for(doc_id, entities, claims, anchors)
    head = [f'<details class="doc" id="{anchors.doc(doc_id)}"><summary><b>{esc(doc_id)}</b> ',
            f"{esc(doc.get('title') or '')} <span class=\"muted\">",
            esc(" · ".join(filter(None, [doc.get("published"), doc.get("path"),
                                         f"{doc.get('chars', 0):,} chars",
                                         f"{len(entities)} entities",
                                         f"{len(claims)} claims"]))),
            "</span></summary>"]
    if doc.get("url"):
        head.append(f'<p class="muted">URL (not linked): <code>{esc(doc["url"])}</code></p>')
    for warning in doc.get("warnings") or []:
        head.append(f'<p class="warn">{esc(warning)}</p>')
    body: list[str] = []
    if text is not None:
        shown = text[:max_chars]
        if len(text) > max_chars:
            caps.append(f"document {doc_id}: first {max_chars:,} of {len(text):,} characters")
            body.append(f'<p class="cap">first {max_chars:,} of {len(text):,} characters</p>')
        sections = sorted((s for s in doc.get("sections") or [] if isinstance(s, dict)),
                          key=lambda s: s.get("start", 0))
        position = 0
        for section in sections:
            start = min(int(section.get("start", 0)), len(shown))
            end = min(int(section.get("end", 0)), len(shown))
            if start > position:
                body.append(f'<div class="furniture" title="not analysed (author lines, '
                            f'site furniture)">{highlight(shown[position:start], spans, position)}'
                            "</div>")
            kind = str(section.get("kind") or "")
            author = section.get("author")
            tag = f"{kind} {section.get('index')}" + (f" · {author}" if author else "")
            body.append(f'<div class="sec sec-{esc(kind)}"><div class="sectag">{esc(tag)}</div>'
                        f"{highlight(shown[start:end], spans, start)}</div>")
            position = max(position, end)
        if position < len(shown):
            body.append(f'<div class="furniture">{highlight(shown[position:], spans, position)}'
                        "</div>")
    else:
        why = ("text changed since extraction (text_sha256 differs)" if doc_id in changed
               else "text not available: evidence sentences only")
        body.append(f'<p class="muted">{esc(why)}</p>')
        seen: set[tuple[int, str]] = set()
        for claim in claims:
            ev = claim.get("evidence") or {}
            sentence, s0 = ev.get("sentence") or "", ev.get("sentence_start")
            if not isinstance(s0, int) or (s0, sentence) in seen:
                continue
            seen.add((s0, sentence))
            body.append(f'<p class="sent"><span class="off">@{s0}</span> '
                        f"{highlight(sentence, spans, s0)}</p>")
    return "".join(head) + '<div class="text">' + "".join(body) + "</div></details>"


_CLAIMS_SECTION = """<section id="claims"><h2>Claims</h2>
<div class="filters">
<label>category <select id="f-cat"><option value="">all</option></select></label>
<label>modality <select id="f-mod"><option value="">all</option></select></label>
<label>speaker <input id="f-spk" list="l-spk" placeholder="any" size="18"></label>
<label>document <input id="f-doc" list="l-doc" placeholder="any" size="18"></label>
<label>search <input id="f-q" type="search" placeholder="text, subject, sentence" size="22">
</label>
<button id="f-reset" type="button">reset</button>
<datalist id="l-spk"></datalist><datalist id="l-doc"></datalist>
</div>
<p class="pager"><button id="p-prev" type="button">&larr; prev</button>
<span id="p-info"></span><button id="p-next" type="button">next &rarr;</button>
<label>rows <select id="p-size"><option>50</option><option selected>100</option>
<option>250</option><option>500</option></select></label></p>
<table id="claims-table"><thead><tr>
<th data-k="cat">category</th><th data-k="low">value</th><th data-k="q">qualifier</th>
<th data-k="mod">modality</th><th data-k="subj">subject</th><th data-k="spk">speaker</th>
<th data-k="doc">document</th><th data-k="time">time</th><th>evidence</th></tr></thead>
<tbody id="claims-body"></tbody></table>
<div id="detail" hidden></div>
<noscript><p class="warn">The claims table needs JavaScript; the documents below do not.</p>
</noscript>
</section>"""

_CSS = """
:root{--fg:#1d2430;--muted:#667085;--line:#d9dee7;--bg:#fff;--soft:#f5f7fa}
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg);margin:0 auto;max-width:1400px;padding:0 18px 60px}
header{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);
padding:8px 0;z-index:5}
h1{font-size:20px;margin:4px 0}h2{font-size:17px;margin:26px 0 8px}h3{font-size:15px;margin:4px 0}
nav a{margin-right:14px}.stats b{font-variant-numeric:tabular-nums}
.meta,.muted,.hint{color:var(--muted);font-size:12.5px}.cap{color:#9a4d00;font-size:12.5px}
.warn{color:#a8071a;font-size:12.5px}
.filters{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:6px 0}
.filters label,.pager label{font-size:12.5px;color:var(--muted)}
.pager{display:flex;gap:10px;align-items:center;font-size:12.5px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th[data-k]{cursor:pointer;user-select:none;white-space:nowrap}
th.asc::after{content:" \\25B2"}th.desc::after{content:" \\25BC"}
tbody tr:hover{background:var(--soft)}
td.ev{max-width:520px;color:#344054}td.ev b{background:#fff0b3;font-weight:600}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:3px;padding:0 4px;font-size:11.5px;
background:#eef1f6}
.b-hedged{background:#fff1d6}.b-negated{background:#e4e7ec;text-decoration:line-through}
.b-question,.b-hypothetical{background:#efe6ff}
#detail{border:1px solid var(--line);background:var(--soft);padding:8px 12px;margin:8px 0}
details.doc{border:1px solid var(--line);border-radius:6px;margin:8px 0;padding:4px 10px}
details.doc>summary{cursor:pointer}
.text{white-space:pre-wrap;line-height:2.2;font-size:14.5px;margin:6px 0}
.sec{border-left:3px solid var(--line);padding-left:10px;margin:6px 0}
.sec-comment{border-left-color:#a5b4fc}.sec-title{font-weight:600}
.sectag{font-size:11px;color:var(--muted);line-height:1.4;white-space:normal}
.furniture{color:#98a2b3;font-size:12.5px;line-height:1.6}
.sent{white-space:normal;margin:4px 0}.off{color:var(--muted);font-size:11px}
mark{border-radius:4px;padding:1px 3px;margin:0 1px;color:inherit;background:#e5e7eb}
mark .lbl{font-size:9.5px;font-weight:700;letter-spacing:.02em;margin-left:4px;
vertical-align:middle;text-transform:uppercase;color:#344054;opacity:.85}
.ent-PERSON{background:#fde2e4}.ent-COUNTRY{background:#d7ecff}.ent-FACTION{background:#ffd8b5}
.ent-ORG{background:#d9f2e3}.ent-PLACE{background:#e8e1ff}.ent-NORP{background:#fff3bf}
.ent-DATE{background:#e3f6f5}
mark.claim{background:#ffe066;outline:2px solid #f0b400}
mark.claim.mod-hedged{background:#fff4cc;outline:2px dashed #d98e04}
mark.claim.mod-negated{background:#e4e7ec;outline:2px solid #98a2b3;
text-decoration:line-through}
mark.claim.mod-question,mark.claim.mod-hypothetical{background:#efe6ff;
outline:2px dotted #7c3aed}
mark.spk{background:transparent;border-bottom:2px solid #2563eb;border-radius:0}
mark:target,mark.flash{box-shadow:0 0 0 3px #ef4444}
.legend mark{font-size:12px}
.group{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:10px 0}
.group.disputed{border-color:#f59e0b}.gsum{color:var(--muted);font-size:12.5px;margin:0}
svg.chart{max-width:100%;height:auto;font-size:11px}
svg .grid{stroke:#eef1f6}svg .tick{fill:var(--muted);font-size:10px}
svg .median{stroke:#475467;stroke-dasharray:2 3}
svg .src{fill:#1d4ed8}svg .note{fill:#344054}
svg .bar,svg .cap{stroke:#2563eb;stroke-width:3}svg .dot,svg .head{fill:#2563eb}
svg .mod-hedged .bar,svg .mod-hedged .cap{stroke:#d97706;stroke-dasharray:5 3}
svg .mod-hedged .dot,svg .mod-hedged .head{fill:#d97706}
svg .mod-negated .bar,svg .mod-negated .cap{stroke:#98a2b3}
svg .mod-negated .dot,svg .mod-negated .head{fill:#98a2b3}
svg .mod-negated .note{text-decoration:line-through;fill:#667085}
svg .neg{stroke:#b42318;stroke-width:2}
svg .mod-question .dot,svg .mod-hypothetical .dot{fill:#fff;stroke:#7c3aed;stroke-width:2}
svg .mod-question .bar,svg .mod-hypothetical .bar{stroke:#7c3aed}
@media print{header{position:static}}
"""

_JS = r"""
(function(){
"use strict";
var DATA=JSON.parse(document.getElementById("claimex-data").textContent);
var ROWS=DATA.claims, view=ROWS, page=0, sortKey=null, sortDir=1;
function $(id){return document.getElementById(id);}
function el(tag,cls,text){var e=document.createElement(tag);if(cls)e.className=cls;
  if(text!=null)e.textContent=String(text);return e;}
function fmt(v){if(v==null)return "\u221e";var a=Math.abs(v);
  if(Number.isInteger(v))return v.toLocaleString("en-US");
  return a>=1000?v.toLocaleString("en-US",{maximumFractionDigits:2}):String(+v.toPrecision(4));}
function range(r){if(r.low==null)return r.text||"";
  if(r.high==null)return fmt(r.low)+" \u2013 \u221e";
  return r.low===r.high?fmt(r.low):fmt(r.low)+" \u2013 "+fmt(r.high);}
function uniq(key){var s={};ROWS.forEach(function(r){var v=r[key];if(v!=null&&v!=="")s[v]=1;});
  return Object.keys(s).sort();}
function fill(sel,vals){vals.forEach(function(v){var o=el("option",null,v);o.value=v;
  sel.appendChild(o);});}
fill($("f-cat"),uniq("cat"));fill($("f-mod"),uniq("mod"));
fill($("l-spk"),uniq("spk"));fill($("l-doc"),uniq("doc"));
function low(s){return (s||"").toLowerCase();}
function apply(){
  var cat=$("f-cat").value, mod=$("f-mod").value, spk=low($("f-spk").value.trim()),
      doc=low($("f-doc").value.trim()), q=low($("f-q").value.trim());
  view=ROWS.filter(function(r){
    if(cat&&r.cat!==cat)return false; if(mod&&r.mod!==mod)return false;
    if(spk&&low(r.spk).indexOf(spk)<0&&low(r.spkc).indexOf(spk)<0)return false;
    if(doc&&low(r.doc).indexOf(doc)<0&&low(DATA.titles[r.doc]).indexOf(doc)<0)return false;
    if(q){var hay=low([r.text,r.subj,r.actor,r.loc,r.ev.join(""),r.hedges.join(" ")].join(" "));
      if(hay.indexOf(q)<0)return false;}
    return true;});
  if(sortKey){view=view.slice().sort(function(a,b){var x=a[sortKey],y=b[sortKey];
    if(x==null&&y==null)return 0;if(x==null)return 1;if(y==null)return -1;
    return (x<y?-1:x>y?1:0)*sortDir;});}
  page=0;render();}
function render(){
  var size=+$("p-size").value, pages=Math.max(1,Math.ceil(view.length/size));
  if(page>=pages)page=pages-1;
  var body=$("claims-body"), frag=document.createDocumentFragment();
  view.slice(page*size,(page+1)*size).forEach(function(r){
    var tr=document.createElement("tr");
    tr.appendChild(el("td",null,r.cat));
    var v=el("td","num");var a=el("a",null,range(r));a.href=r.a?"#"+r.a:"#claims";
    a.title=r.a?"show in the text":"show the evidence";a.dataset.id=r.id;v.appendChild(a);
    if(r.unit)v.appendChild(document.createTextNode(" "+r.unit));tr.appendChild(v);
    tr.appendChild(el("td",null,r.q));
    var m=el("td");m.appendChild(el("span","badge b-"+r.mod,r.mod));
    if(r.hedges.length)m.appendChild(el("div","muted",r.hedges.join(", ")));tr.appendChild(m);
    tr.appendChild(el("td",null,r.subj||""));
    var s=el("td",null,r.spk||"");if(r.kind)s.appendChild(el("div","muted",r.kind));
    tr.appendChild(s);
    var d=el("td");var da=el("a",null,r.doc);
    if(DATA.docAnchors[r.doc])da.href="#"+DATA.docAnchors[r.doc];d.appendChild(da);tr.appendChild(d);
    tr.appendChild(el("td","num",r.time||""));
    var e=el("td","ev");e.appendChild(document.createTextNode(r.ev[0]));
    e.appendChild(el("b",null,r.ev[1]));
    e.appendChild(document.createTextNode(r.ev[2]));tr.appendChild(e);
    frag.appendChild(tr);});
  body.textContent="";body.appendChild(frag);
  $("p-info").textContent=(view.length?(page*size+1)+"\u2013"+Math.min(view.length,(page+1)*size):"0")+
    " of "+view.length.toLocaleString("en-US")+" claims"+(view.length<ROWS.length?
    " (filtered from "+ROWS.length.toLocaleString("en-US")+")":"");
  $("p-prev").disabled=page===0;$("p-next").disabled=page>=pages-1;}
var timer=null;function later(){clearTimeout(timer);timer=setTimeout(apply,150);}
["f-cat","f-mod","p-size"].forEach(function(id){$(id).addEventListener("change",
  id==="p-size"?render:apply);});
["f-spk","f-doc","f-q"].forEach(function(id){$(id).addEventListener("input",later);});
$("f-reset").addEventListener("click",function(){["f-cat","f-mod","f-spk","f-doc","f-q"].forEach(
  function(id){$(id).value="";});apply();});
$("p-prev").addEventListener("click",function(){page--;render();});
$("p-next").addEventListener("click",function(){page++;render();});
document.querySelectorAll("th[data-k]").forEach(function(th){th.addEventListener("click",function(){
  var k=th.dataset.k;if(sortKey===k)sortDir=-sortDir;else{sortKey=k;sortDir=1;}
  document.querySelectorAll("th[data-k]").forEach(function(o){o.classList.remove("asc","desc");});
  th.classList.add(sortDir>0?"asc":"desc");apply();});});
function reveal(id){var t=document.getElementById(id);if(!t)return;
  for(var p=t.parentElement;p;p=p.parentElement){if(p.tagName==="DETAILS")p.open=true;}
  t.scrollIntoView({block:"center"});t.classList.add("flash");
  setTimeout(function(){t.classList.remove("flash");},1600);}
$("claims-body").addEventListener("click",function(ev){var a=ev.target.closest("a[data-id]");
  if(!a)return;var r=ROWS.find(function(x){return x.id===a.dataset.id;});
  if(r&&!r.a){ev.preventDefault();var d=$("detail");d.hidden=false;d.textContent="";
    d.appendChild(el("div","muted",r.doc+" \u00b7 section "+r.sec+
      " \u00b7 document not shown in this report; the evidence:"));
    var p=el("p");p.appendChild(document.createTextNode(r.ev[0]));
    p.appendChild(el("mark","claim",r.ev[1]));
    p.appendChild(document.createTextNode(r.ev[2]));d.appendChild(p);d.scrollIntoView({block:"nearest"});}});
window.addEventListener("hashchange",function(){reveal(location.hash.slice(1));});
if(location.hash)reveal(location.hash.slice(1));
apply();
})();
"""
