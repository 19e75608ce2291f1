"""Random text and random bytes: nothing crashes, offsets stay exact, every input is reported."""

from __future__ import annotations

import json

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimex.api import extract
from claimex.cli import app
from claimex.io.readers import InputDocument

runner = CliRunner()

NEWSY = st.lists(
    st.sampled_from(["HTS", " ", "\n", "\n\n\n", "Tudor Miron", "Syria’s", "U.S.-backed",
                     "Reply", "“", "”", "killed 12", ".", "Hay’at", "al-", "Sham", "\u2028",
                     "\r\n", "🙂", "\ufeff", "Notify of", "ب", "\x00"]),
    max_size=60,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWSY, st.text(max_size=300)))
def test_random_text_extracts_with_exact_offsets(rules_pipeline, text):
    if not text.strip():
        return
    [result] = list(extract([InputDocument("x", text, None)], rules_pipeline))
    for entity in result.entities:
        assert text[entity.start:entity.end] == entity.text
    for section in result.document.sections:
        assert 0 <= section.start <= section.end <= len(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".jsonl"]))
def test_random_bytes_never_crash_the_cli(tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "-c", "rules", "-q"])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    docs = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    errors = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert (result.exit_code == 1) == bool(errors)
    if suffix == ".txt":
        assert len(docs) == 1
    for line in errors:
        record = json.loads(line)
        assert record["path"] == str(path) and record["reason"]


def test_a_failing_component_loses_only_its_chunk(rules_pipeline, monkeypatch):
    gazetteer = rules_pipeline.nlp.get_pipe("claimex_gazetteer")
    original = type(gazetteer).__call__

    def flaky(self, doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(gazetteer), "__call__", flaky)
    text = ("Title Of The Page Here\n\nHTS fighters in Syria. EXPLODE\n\n3 Comments\n\n"
            "The SDF in Raqqa.")
    docs = [InputDocument("a", text, None), InputDocument("b", "Daesh in Iraq.", None)]
    results = list(extract(docs, rules_pipeline))
    assert [r.document.doc_id for r in results] == ["a", "b"]
    first, second = results
    assert [e.code for e in first.errors] == ["processing_failed"]
    assert {e.text for e in first.entities} == {"SDF"}
    assert {e.text for e in second.entities} == {"Daesh", "Iraq"}
    assert orjson.dumps(first.errors[0].reason)
