"""Golden outputs: the sections, entities and claims of the project's own samples must not
drift.

The golden files record, per config, every document's sections and entities
(``tests/golden/CONFIG.jsonl``), the fields of every claim an analyst reads
(``tests/golden/claims-CONFIG.jsonl``) and every document toll (``tolls-CONFIG.jsonl``)
on ``corpora/`` and ``tests/data/pages/``. A change
that moves them fails here; when the change is intended, regenerate with
``CLAIMEX_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff of
``tests/golden/`` like code.
"""

from __future__ import annotations

import os

import orjson
import pytest

from claimex.api import extract
from claimex.io.readers import read_inputs
from claimex.records import to_json_dict
from tests.conftest import CORPORA, PAGES, ROOT, needs_model

GOLDEN = ROOT / "tests" / "golden"


_INPUTS = [str(CORPORA), *sorted(str(p) for p in PAGES.glob("*.txt"))]
_EXTRACTED: dict[int, list] = {}


def _extracted(pipeline) -> list:
    """The samples' results with ``pipeline``, extracted once for the entity and the claim
    snapshots (the pipelines are session fixtures)."""
    if id(pipeline) not in _EXTRACTED:
        _EXTRACTED[id(pipeline)] = list(extract(read_inputs(_INPUTS), pipeline))
    return _EXTRACTED[id(pipeline)]


def _snapshot(pipeline) -> list[dict]:
    rows = []
    for result in _extracted(pipeline):
        doc = to_json_dict(result.document)
        rows.append({"doc_id": doc["doc_id"], "sections": doc["sections"]})
        rows.extend(
            {k: e[k] for k in ("doc_id", "section", "start", "end", "text", "label",
                               "canonical", "kb_id", "origin")}
            for e in map(to_json_dict, result.entities)
        )
    return rows


def _text(part: dict | None) -> str | None:
    return part["text"] if part else None


def _claims_snapshot(pipeline) -> list[dict]:
    """Each claim as an analyst reads it: where, what kind, the value, who and what is
    counted, who did it, where and when, how it is said and by whom, and the rule."""
    rows = []
    for result in _extracted(pipeline):
        for claim in map(to_json_dict, result.claims):
            rows.append({
                "doc_id": claim["doc_id"], "section": claim["section"],
                "start": claim["evidence"]["start"], "end": claim["evidence"]["end"],
                "type": claim["type"], "category": claim["category"], "value": claim["value"],
                "subject": _text(claim["subject"]), "actor": _text(claim["actor"]),
                "location": _text(claim["location"]),
                "time": claim["time"]["value"] if claim["time"] else None,
                "modality": claim["modality"], "hedges": claim["hedges"],
                "speaker": claim["attribution"]["speaker"],
                "attribution": claim["attribution"]["kind"],
                "rule": claim["provenance"]["rule"], "scope": claim["scope"],
            })
    return rows


def _tolls_snapshot(pipeline) -> list[dict]:
    """Each document toll: whose, what, how many, on what basis, from which claims (their
    evidence offsets), and when."""
    rows = []
    for result in _extracted(pipeline):
        where = {c.id: (c.evidence["start"], c.evidence["end"]) for c in result.claims}
        for toll in map(to_json_dict, result.tolls):
            rows.append({
                "doc_id": toll["doc_id"], "speaker": toll["speaker"],
                "category": toll["category"], "unit": toll["unit"], "low": toll["low"],
                "high": toll["high"], "basis": toll["basis"], "modality": toll["modality"],
                "claims": [where[i] for i in toll["claim_ids"]],
                "time": toll["time"]["value"] if toll["time"] else None,
            })
    return rows


def _lines_and_golden(name: str, rows: list[dict]) -> tuple[list[str], list[str]]:
    path = GOLDEN / f"{name}.jsonl"
    lines = [orjson.dumps(row, option=orjson.OPT_SORT_KEYS).decode() for row in rows]
    if os.environ.get("CLAIMEX_UPDATE_GOLDEN"):
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines, path.read_text(encoding="utf-8").splitlines()


def test_rules_config_golden(rules_pipeline):
    lines, golden = _lines_and_golden("rules", _snapshot(rules_pipeline))
    assert lines == golden, "rules output drifted from tests/golden; see the module docstring"


@needs_model
@pytest.mark.slow
def test_default_config_golden(default_pipeline):
    lines, golden = _lines_and_golden("default", _snapshot(default_pipeline))
    assert lines == golden, "default output drifted from tests/golden; see the module docstring"


def test_rules_config_claims_golden(rules_pipeline):
    lines, golden = _lines_and_golden("claims-rules", _claims_snapshot(rules_pipeline))
    assert lines == golden, "rules claims drifted from tests/golden; see the module docstring"


@needs_model
@pytest.mark.slow
def test_default_config_claims_golden(default_pipeline):
    lines, golden = _lines_and_golden("claims-default", _claims_snapshot(default_pipeline))
    assert lines == golden, "default claims drifted from tests/golden; see the module docstring"


def test_rules_config_tolls_golden(rules_pipeline):
    lines, golden = _lines_and_golden("tolls-rules", _tolls_snapshot(rules_pipeline))
    assert lines == golden, "rules tolls drifted from tests/golden; see the module docstring"


@needs_model
@pytest.mark.slow
def test_default_config_tolls_golden(default_pipeline):
    lines, golden = _lines_and_golden("tolls-default", _tolls_snapshot(default_pipeline))
    assert lines == golden, "default tolls drifted from tests/golden; see the module docstring"
