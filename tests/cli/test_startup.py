"""The command line keeps torch out of runs whose pipeline cannot use it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimex import startup
from tests.conftest import CORPORA

SRC = Path(startup.__file__).parents[1]
# claimex's console script, then whether torch was imported
RUN = """
import atexit, sys
atexit.register(lambda: print("TORCH", sys.modules.get("torch") is not None))
sys.argv = ["claimex", *sys.argv[1:]]
from claimex.cli import main
main()
"""


@pytest.mark.parametrize(("config", "overrides", "gpu", "unused"), [
    ("default", [], -1, True),
    ("rules", ["paths.gazetteers=['my.jsonl']", "claimex.batch_chars=5000"], -1, True),
    ("trf", [], -1, False),
    ("my.cfg", [], -1, False),
    ("default", [], 0, False),
    ("default", ["claimex.model=/models/mine"], -1, False),
    ("default", ["--components.ner.source=en_core_web_md"], -1, False),
    ("rules", ["nlp.pipeline=['sentencizer']"], -1, False),
])
def test_torch_is_unused_only_by_the_shipped_torchless_pipelines(config, overrides, gpu,
                                                                 unused, monkeypatch):
    monkeypatch.delenv("CLAIMEX_IMPORT_TORCH", raising=False)
    assert startup.torch_unused(config, overrides, gpu) is unused


def test_the_environment_can_ask_for_torch(monkeypatch):
    monkeypatch.setenv("CLAIMEX_IMPORT_TORCH", "1")
    assert not startup.torch_unused("default", [], -1)


def test_too_late_once_spacy_is_imported():
    import spacy  # noqa: F401

    assert not startup.skip_unused_torch("rules", [])


def _run(tmp_path, *args, env=None):
    environment = {key: value for key, value in os.environ.items()
                   if key != "CLAIMEX_IMPORT_TORCH"}
    environment.update(PYTHONPATH=str(SRC), **(env or {}))
    return subprocess.run([sys.executable, "-c", RUN, "extract", str(CORPORA), "-o",
                           str(tmp_path / "out"), "-q", *args],
                          env=environment, capture_output=True, text=True)


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed")
def test_a_rules_run_does_not_import_torch_and_writes_the_same_records(tmp_path):
    without = _run(tmp_path, "-c", "rules")
    assert without.returncode == 0, without.stderr
    assert "TORCH False" in without.stdout
    records = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.jsonl")}
    with_torch = _run(tmp_path, "-c", "rules", env={"CLAIMEX_IMPORT_TORCH": "1"})
    assert with_torch.returncode == 0, with_torch.stderr
    assert "TORCH True" in with_torch.stdout
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").glob("*.jsonl")} == records
