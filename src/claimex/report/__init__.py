"""One self-contained HTML page that lets an analyst browse an OUTDIR.

``build_report(outdir, "report.html", inputs=[...])`` writes a single static file (inline
CSS, inline JS, inline SVG; nothing is fetched from the network, no external fonts) with:

* a table of the claims (value, range, category, modality, hedges, speaker, document,
  evidence sentence) that filters by category, modality, speaker, document and free text,
  sorts by any column and renders a page of rows at a time (plain JS over an embedded JSON
  array, so 10,000 claims stay responsive); every row links to the figure's place in the
  text;
* the document tolls of ``tolls.jsonl`` (when OUTDIR has it), one table row per document,
  speaker and category: the toll, its basis, modality, time and place, and the figures of
  the claims it rests on, each linked to its highlight in the text;
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

The page is put together in :mod:`~claimex.report.page` from the OUTDIR's records
(:mod:`~claimex.report.outdir`), the highlighted texts (:mod:`~claimex.report.marks`),
the group charts (:mod:`~claimex.report.charts`) and the tolls table
(:mod:`~claimex.report.tolls`); its CSS, script and the claims table's
markup are files of ``resources/report/``.

Large outputs are capped (``max_documents``, ``max_claims``, ``max_groups``,
``max_document_chars``) and the page says so ("first 200 of 5,000 documents").

Everything from the records is HTML-escaped; the JSON embedded in the page has ``<``,
``>`` and ``&`` written as ``\\u003c``... escapes, so a comment holding ``</script>`` or
``<!--`` cannot end the script element. Offsets are Python code-point indices: all slicing
happens here, in Python, so the browser's UTF-16 strings never have to agree with them.
"""

from __future__ import annotations

from claimex.report.charts import MAX_MEMBERS_PER_CHART, group_chart
from claimex.report.formatting import esc, fmt_number, fmt_range, script_json
from claimex.report.marks import ENTITY_LABELS, highlight
from claimex.report.page import MAX_SENTENCE_CHARS, build_report

__all__ = ["ENTITY_LABELS", "MAX_MEMBERS_PER_CHART", "MAX_SENTENCE_CHARS", "build_report", "esc",
           "fmt_number", "fmt_range", "group_chart", "highlight", "script_json"]
