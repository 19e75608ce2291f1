"""The Python API for notebooks: ``claimex.load``, ``claimex.extract``, ``claimex.frames``."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimex
from tests.conftest import CORPORA, ROOT, extract_and_reconcile, needs_model

SENTENCE = "Coalition aircraft killed 12 insurgents in Helmand on Friday."


def test_import_claimex_loads_no_spacy():
    run = subprocess.run(
        [sys.executable, "-c", "import sys, claimex; claimex.load; "
         "print(sorted(m for m in ('spacy', 'thinc', 'pandas') if m in sys.modules))"],
        capture_output=True, text=True, check=True, timeout=120)
    assert run.stdout.strip() == "[]"
    assert {"load", "extract", "frames"} <= set(dir(claimex))
    with pytest.raises(AttributeError):
        claimex.no_such_name  # noqa: B018


@pytest.fixture(scope="module")
def rules_nlp():
    return claimex.load("rules")


def test_load_gives_a_language_whose_docs_carry_claims_entities_and_dates(rules_nlp):
    from spacy.language import Language

    assert isinstance(rules_nlp, Language)
    doc = rules_nlp(SENTENCE)
    claim = doc._.claimex_claims[0]
    assert claim["category"] == "killed"
    assert "claimex_entities" in doc.spans
    assert [d["text"] for d in doc._.claimex_dates] == ["Friday"]


def test_doc_records_are_what_extract_writes(rules_nlp):
    doc = rules_nlp(SENTENCE)
    result = doc._.claimex_records
    assert result is doc._.claimex_records  # analysed once, then kept
    assert result.document.doc_id == "doc"
    [claim] = [c for c in result.claims if c.type == "casualty"]
    assert (claim.category, claim.value["low"], claim.evidence["exact"]) == ("killed", 12.0, "12")
    [same] = claimex.extract([SENTENCE], nlp=rules_nlp)
    assert [c.value for c in same.claims] == [c.value for c in result.claims]


def test_records_need_a_language_from_load():
    import spacy

    from claimex.notebook import pipeline_of

    blank = spacy.blank("en")
    with pytest.raises(ValueError, match=r"claimex\.load"):
        pipeline_of(blank)


def test_extract_reads_paths_like_the_command_line_and_takes_texts_and_dicts(rules_nlp):
    results = list(claimex.extract(
        [str(CORPORA), "Two soldiers were killed.",
         {"id": "d1", "text": "Three people died.", "published": "2024-05"}],
        nlp=rules_nlp))
    ids = [r.document.doc_id for r in results]
    assert ids[-2:] == ["text:1", "d1"]
    assert len(ids) == len({p.stem for p in CORPORA.rglob("*.txt")}) + \
        sum(1 for p in CORPORA.rglob("*.jsonl") for _ in p.open()) + 2
    assert results[-1].document.published == "2024-05"
    assert results[-2].claims[0].category == "killed"


def test_frames_of_results_flatten_nested_fields(rules_nlp):
    results = list(claimex.extract([SENTENCE, "Prices rose 5% in May."], nlp=rules_nlp))
    tables = claimex.frames(results)
    assert list(tables) == ["documents", "entities", "claims", "tolls", "errors"]
    claims = tables["claims"]
    assert {"value.low", "value.high", "attribution.speaker", "evidence.exact",
            "provenance.rule"} <= set(claims.columns)
    assert "value" not in claims.columns and "evidence" not in claims.columns
    assert sorted(claims["category"]) == ["killed", "percent"]
    assert tables["tolls"]["low"].tolist() == [12.0]
    assert len(tables["documents"]) == 2 and tables["errors"].empty


def test_frames_of_an_outdir_include_groups(rules_nlp, tmp_path):
    from claimex.notebook import pipeline_of

    extract_and_reconcile(CORPORA, pipeline_of(rules_nlp), tmp_path / "out")
    tables = claimex.frames(tmp_path / "out")
    assert {"documents", "entities", "claims", "groups"} <= set(tables)
    assert "summary.disputed" in tables["groups"].columns
    assert len(tables["claims"]) == sum(1 for _ in (tmp_path / "out" / "claims.jsonl").open())


def test_frames_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"claimex\[pandas\]"):
        claimex.frames([])


@needs_model
@pytest.mark.slow
def test_the_one_liner_of_the_issue_runs_from_the_repository_root():
    code = ("import claimex; "
            "print(claimex.frames(claimex.extract(['corpora']))['claims'].head())")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "claimex.claim/1" in run.stdout and "[5 rows x" in run.stdout


def test_extract_in_worker_processes_gives_the_same_results(rules_nlp):
    one = [(r.document.doc_id, [c.id for c in r.claims])
           for r in claimex.extract([str(CORPORA)], nlp=rules_nlp)]
    two = [(r.document.doc_id, [c.id for c in r.claims])
           for r in claimex.extract([str(CORPORA)], config="rules", n_process=2)]
    assert one == two
