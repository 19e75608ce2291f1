"""``--n-process 2``: the whole extraction in worker processes, output equal to one process."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest
from typer.testing import CliRunner

from claimex import api, extraction
from claimex.cli import app
from claimex.engines import processes
from claimex.io.readers import InputDocument, InputFailure
from tests.conftest import CORPORA, needs_model

runner = CliRunner()
OUTPUTS = ("documents.jsonl", "entities.jsonl", "claims.jsonl", "errors.jsonl")
forks = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                           reason="the tests patch the parent, which only forked workers see")


def _inputs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "docs.jsonl").write_bytes(
        b'{"id": "j1", "text": "The SDF entered Raqqa. At least 12 people were killed."}\n'
        b'{"id": "j2", "text": broken json}\n'
        b'{"id": "j3", "text": "Daesh cells remain in Iraq, 3,000 fighters, officials say."}\n'
    )
    return [str(CORPORA), str(inputs)]


def _extract(inputs, out, *args):
    return runner.invoke(app, ["extract", *inputs, "-o", str(out), "-q", *args])


def _assert_same_files(one, two):
    for name in OUTPUTS:
        assert (two / name).read_bytes() == (one / name).read_bytes(), name


def test_two_processes_write_what_one_process_writes(tmp_path):
    inputs = _inputs(tmp_path)
    one = _extract(inputs, tmp_path / "one", "-c", "rules")
    two = _extract(inputs, tmp_path / "two", "-c", "rules", "--n-process", "2")
    assert one.exit_code == two.exit_code == 1  # the broken inputs
    _assert_same_files(tmp_path / "one", tmp_path / "two")
    assert (tmp_path / "one" / "errors.jsonl").read_bytes()


@pytest.mark.slow
@needs_model
def test_two_processes_write_what_one_process_writes_with_the_model(tmp_path):
    inputs = _inputs(tmp_path)
    assert _extract(inputs, tmp_path / "one").exit_code == 1
    assert _extract(inputs, tmp_path / "two", "--n-process", "2").exit_code == 1
    _assert_same_files(tmp_path / "one", tmp_path / "two")


def test_two_processes_resume(tmp_path):
    inputs = _inputs(tmp_path)
    assert _extract(inputs, tmp_path / "one", "-c", "rules").exit_code == 1
    out = tmp_path / "two"
    assert _extract(inputs, out, "-c", "rules", "--n-process", "2").exit_code == 1
    lines = (out / "documents.jsonl").read_bytes().splitlines(keepends=True)
    (out / "documents.jsonl").write_bytes(b"".join(lines[:5]))
    assert _extract(inputs, out, "-c", "rules", "--n-process", "2", "--resume").exit_code == 1
    for name in OUTPUTS:
        assert sorted((out / name).read_bytes().splitlines()) == sorted(
            (tmp_path / "one" / name).read_bytes().splitlines()), name


def _documents(n):
    return [InputDocument(f"d{i}", f"Fighters of HTS shelled Aleppo, day {i}.", None)
            for i in range(n)]


@forks
def test_a_failing_chunk_loses_only_its_own_documents(rules_pipeline, monkeypatch):
    real_finish = extraction.document_result

    def fails_on_d3(entry, config_name):
        if entry.item.doc_id == "d3":
            raise ValueError("broken component")
        return real_finish(entry, config_name)

    monkeypatch.setattr(extraction, "document_result", fails_on_d3)
    items = [*_documents(6), InputFailure("bad", "in.jsonl", 7, "invalid_json", "not JSON")]
    results = list(processes.run(items, rules_pipeline, n_process=2, chunk_size=2))
    assert [r.document.doc_id for r in results] == [i.doc_id for i in items]
    failed = {r.document.doc_id for r in results if r.errors}
    assert failed == {"d2", "d3", "bad"}  # d2 and d3 are one chunk
    for result in results[2:4]:
        [error] = result.errors
        assert error.code == "processing_failed" and "ValueError" in error.reason
        assert result.document.chars and result.document.warnings
    assert results[6].errors[0].code == "invalid_json"
    assert all(r.entities for r in results if r.document.doc_id in {"d0", "d1", "d4", "d5"})


@forks
def test_a_dying_worker_loses_only_its_chunk(rules_pipeline, monkeypatch):
    real_finish = extraction.document_result

    def dies_on_d5(entry, config_name):
        if entry.item.doc_id == "d5" and multiprocessing.parent_process() is not None:
            os._exit(3)
        return real_finish(entry, config_name)

    monkeypatch.setattr(extraction, "document_result", dies_on_d5)
    results = list(processes.run(_documents(10), rules_pipeline, n_process=2, chunk_size=2,
                                 encode=True))
    assert [r.doc_id for r in results] == [f"d{i}" for i in range(10)]
    failed = [r.doc_id for r in results if r.counts["errors"]]
    assert failed == ["d4", "d5"]
    error = json.loads(results[5].lines["errors"])
    assert error["code"] == "processing_failed" and "died" in error["reason"]
    assert all(r.counts["entities"] for r in results if r.doc_id not in failed)


def test_spawned_workers_build_the_pipeline_from_its_config(rules_pipeline):
    """Where the platform cannot fork, each worker loads the pipeline the parent's was
    loaded from; the records are the same."""
    items = _documents(5)
    one = [api.encode_result(r) for r in api.extract(items, rules_pipeline)]
    spawned = list(processes.run(items, rules_pipeline, n_process=2, chunk_size=2,
                                 encode=True, start_method="spawn"))
    assert spawned == one
