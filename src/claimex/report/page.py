"""The report page: the claims table, the groups, the documents and the errors of an
OUTDIR, with the page's CSS, script and claims-table markup read from
``resources/report/``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from claimex import __version__
from claimex.io.readers import ReadOptions
from claimex.report.charts import group_html
from claimex.report.formatting import Anchors, esc, num, script_json, text_of
from claimex.report.marks import ENTITY_LABELS, highlight, spans_for
from claimex.report.outdir import load_texts, read_outdir
from claimex.report.tolls import tolls_section

MAX_SENTENCE_CHARS = 600  # evidence sentences embedded in the table are cut around the figure


@functools.cache
def template(name: str) -> str:
    """A file of ``resources/report/`` (the page's CSS, script, claims-table markup)."""
    return (resources.files("claimex.resources") / "report" / name).read_text(encoding="utf-8")


def build_report(outdir: str | Path, output_html: str | Path, inputs: Iterable[str] | None = None,
                 max_documents: int = 200, max_claims: int = 10_000, max_groups: int = 500,
                 max_document_chars: int = 200_000, read_options: ReadOptions | None = None,
                 title: str | None = None) -> Path:
    """Write the report of OUTDIR to ``output_html`` and return its path.

    ``inputs``: the INPUT paths given to ``claimex extract`` (files or directories), to show
    the documents' texts; without them only the evidence sentences are shown.
    """
    root = Path(outdir)
    anchors = Anchors()
    records = read_outdir(root, max_documents, max_claims, max_groups)
    documents, doc_claims, groups, errors = (records.documents, records.claims,
                                             records.groups, records.errors)
    caps = records.caps
    shown_ids = {str(d.get("doc_id")) for d in documents}

    wanted = {str(d["doc_id"]): str(d.get("text_sha256") or "") for d in documents
              if d.get("doc_id") is not None and d.get("chars")}
    texts, changed = load_texts(inputs, wanted, read_options)

    # every claim in a shown document gets an anchor in the text or in its sentences
    linked = {str(c.get("id")) for cs in doc_claims.values() for c in cs}
    doc_html = [_document_html(doc, texts.get(str(doc.get("doc_id"))), changed,
                               records.entities.get(str(doc.get("doc_id")), []),
                               doc_claims.get(str(doc.get("doc_id")), []), anchors,
                               max_document_chars, caps,
                               len(records.tolls.get(str(doc.get("doc_id")), [])))
                for doc in documents]

    rows = [_row(claim, anchors, linked) for claim in records.table]
    doc_titles = {str(d.get("doc_id")): d.get("title") or "" for d in documents}
    data = {"claims": rows, "titles": doc_titles,
            "docAnchors": {k: anchors.doc(k) for k in shown_ids}}

    page_title = title or f"claimex report — {root.name or root}"
    stats = [("documents", records.total_documents), ("entities", records.total_entities),
             ("claims", records.total_claims), ("errors", len(errors))]
    if records.total_tolls is not None:
        stats.insert(3, ("tolls", records.total_tolls))
    if records.total_groups:
        stats.append(("groups", records.total_groups))
    text_note = (f"Texts shown for {len(texts):,} of {len(wanted):,} documents"
                 if inputs else "No inputs given: documents show their evidence sentences only "
                 "(pass the INPUT paths to show the full texts)")
    if changed:
        text_note += (f"; {len(changed):,} documents changed since extraction (text_sha256 "
                      "differs) show their evidence sentences only")

    out = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(page_title)}</title><style>{template('report.css')}</style></head><body>",
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
               + ('<a href="#tolls">Tolls</a>' if records.total_tolls is not None else "")
               + ('<a href="#groups">Groups</a>' if groups else "")
               + '<a href="#documents">Documents</a>'
               + ('<a href="#errors">Errors</a>' if errors else "") + "</nav></header>")

    out.append(template("claims_section.html"))
    if records.total_tolls is not None:
        out.append(tolls_section(documents, records.tolls, doc_claims, anchors, linked))
    if groups:
        out.append('<section id="groups"><h2>Groups</h2><p class="hint">Figures reported for '
                   "the same event, one row per source: dot = single figure, bar = range, "
                   "arrow = open upper bound, dashed = hedged, grey and crossed = negated, "
                   "dotted line = median. Click a source to see it in its text.</p>")
        for number, group in enumerate(groups):
            out.append(group_html(group, number, anchors, linked))
        out.append("</section>")

    out.append('<section id="documents"><h2>Documents</h2><p class="legend">')
    labels = records.label_counts
    out.append(" ".join(f'<mark class="ent ent-{lab}">{lab}<span class="lbl">'
                        f"{labels.get(lab, 0):,}</span></mark>" for lab in ENTITY_LABELS))
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
               f"</script><script>{template('report.js')}</script></body></html>\n")

    target = Path(output_html)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_text("".join(out), encoding="utf-8", errors="replace")
    partial.replace(target)
    return target


def _row(claim: dict[str, Any], anchors: Anchors, linked: set[str]) -> dict[str, Any]:
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
        "low": num(value.get("low")),
        "high": num(value.get("high")),
        "q": value.get("qualifier"),
        "unit": value.get("unit"),
        "mod": claim.get("modality"),
        "hedges": claim.get("hedges") or [],
        "spk": attribution.get("speaker"),
        "spkc": attribution.get("canonical"),
        "kind": attribution.get("kind"),
        "subj": text_of(claim.get("subject")),
        "actor": text_of(claim.get("actor")),
        "loc": text_of(claim.get("location")),
        "time": (claim.get("time") or {}).get("value"),
        "ev": [before, figure, after],
    }


def _document_html(doc: dict[str, Any], text: str | None, changed: set[str],
                   entities: list[dict], claims: list[dict], anchors: Anchors,
                   max_chars: int, caps: list[str], toll_count: int = 0) -> str:
    doc_id = str(doc.get("doc_id"))
    spans = spans_for(doc_id, entities, claims, anchors)
    head = [f'<details class="doc" id="{anchors.doc(doc_id)}"><summary><b>{esc(doc_id)}</b> ',
            f"{esc(doc.get('title') or '')} <span class=\"muted\">",
            esc(" · ".join(filter(None, [doc.get("published"), doc.get("path"),
                                         f"{doc.get('chars', 0):,} chars",
                                         f"{len(entities)} entities",
                                         f"{len(claims)} claims",
                                         f"{toll_count} tolls" if toll_count else None]))),
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
