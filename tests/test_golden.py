"""Golden outputs: the entities and sections of the project's own samples must not drift.

The golden files record, per config, every document's sections and entities on
``corpora/`` and ``tests/data/pages/``. A change that moves them fails here; when the
change is intended, regenerate with ``CLAIMEX_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff of ``tests/golden/`` like code.
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


def _snapshot(pipeline) -> list[dict]:
    rows = []
    inputs = [str(CORPORA), *sorted(str(p) for p in PAGES.glob("*.txt"))]
    for result in extract(read_inputs(inputs), pipeline):
        doc = to_json_dict(result.document)
        rows.append({"doc_id": doc["doc_id"], "sections": doc["sections"]})
        rows.extend(
            {k: e[k] for k in ("doc_id", "section", "start", "end", "text", "label",
                               "canonical", "kb_id", "origin")}
            for e in map(to_json_dict, result.entities)
        )
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
