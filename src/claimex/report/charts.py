"""The groups of ``groups.jsonl`` (``claimex reconcile``): an inline SVG chart of each
group's figures by source."""

from __future__ import annotations

import math
from typing import Any

from claimex.report.formatting import Anchors, esc, fmt_number, fmt_range, num, text_of

MAX_MEMBERS_PER_CHART = 60


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


def group_chart(group: dict[str, Any], anchors: Anchors, linked: set[str]) -> str:
    """An inline SVG of the group's figures by source (escaped; no external references)."""
    members = [m for m in (group.get("members") or []) if isinstance(m, dict)]
    shown = members[:MAX_MEMBERS_PER_CHART]
    values = []
    for m in shown:
        for key in ("low", "high"):
            if num(m.get(key)) is not None:
                values.append(num(m.get(key)))
    summary = group.get("summary") if isinstance(group.get("summary"), dict) else {}
    median = num(summary.get("median"))
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
             f"<title>{esc(group_title(group))}</title>"]
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
        low, high = num(m.get("low")), num(m.get("high"))
        speaker = text_of(m.get("speaker")) or "?"
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


def group_title(group: dict[str, Any]) -> str:
    bits = [str(group.get("category") or "group")]
    for key in ("subject", "actor", "location"):
        text = text_of(group.get(key))
        if text:
            bits.append(f"{key}: {text}")
    time = group.get("time") or group.get("time_span") or group.get("span")
    text = text_of(time) if not isinstance(time, dict) else " – ".join(
        str(v) for v in time.values() if isinstance(v, str | int))
    if text:
        bits.append(f"time: {text}")
    return " · ".join(bits)


def group_html(group: dict[str, Any], number: int, anchors: Anchors, linked: set[str]) -> str:
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
            f"{esc(group_title(group))}</h3><p class=\"gsum\">{esc(group.get('group_id'))}"
            f"{' · ' if bits else ''}{esc(' · '.join(bits))}</p>"
            f"{group_chart(group, anchors, linked)}{more}</article>")
