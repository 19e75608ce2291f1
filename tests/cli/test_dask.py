"""``--engine dask`` on a real LocalCluster with 2 worker processes: same output as local."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimex.cli import app
from tests.conftest import CORPORA

pytest.importorskip("dask.distributed")
runner = CliRunner()


def _sorted_lines(path):
    return sorted(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.slow
def test_dask_output_equals_local_and_resumes(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert runner.invoke(app, ["extract", str(CORPORA), "-o", str(local), "-c", "rules",
                               "-q"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(CORPORA), "-o", str(dask), "-c", "rules",
                                 "-q", "--engine", "dask", "--n-process", "2",
                                 "--shard-size", "4"])
    assert result.exit_code == 0, result.output
    for name in ("documents.jsonl", "entities.jsonl", "claims.jsonl", "errors.jsonl"):
        assert _sorted_lines(dask / name) == _sorted_lines(local / name)
    shards = sorted((dask / ".shards").iterdir())
    assert len(shards) == 3 and all((s / "DONE").exists() for s in shards)
    (dask / "documents.jsonl").unlink()
    again = runner.invoke(app, ["extract", str(CORPORA), "-o", str(dask), "-c", "rules",
                                "--engine", "dask", "--shard-size", "4", "--resume"])
    assert again.exit_code == 0, again.output
    assert "3 resumed" in " ".join(again.output.split())
    assert _sorted_lines(dask / "documents.jsonl") == _sorted_lines(local / "documents.jsonl")
