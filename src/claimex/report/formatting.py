"""Escaping and number formats of the report, and the page's anchors (HTML ids)."""

from __future__ import annotations

import html
import json
import math
import re
from typing import Any

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def esc(value: Any) -> str:
    """HTML-escaped text (quotes included), '' for None."""
    return "" if value is None else html.escape(str(value), quote=True)


def script_json(value: Any) -> str:
    """JSON safe to put inside a <script> element: no '<', '>' or '&' appear literally."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def fmt_number(value: Any) -> str:
    number = num(value)
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


def text_of(value: Any) -> str | None:
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
        return ", ".join(filter(None, (text_of(v) for v in value))) or None
    return str(value)


class Anchors:
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
