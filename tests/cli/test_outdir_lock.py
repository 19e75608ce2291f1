"""One run per OUTDIR: a second ``claimex extract`` into an OUTDIR a run is writing stops at
once (exit 2, nothing touched); a lock left by a killed run blocks nothing, ``--resume``
included."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimex.cli import app
from claimex.io.outdir_lock import LOCK_FILE

runner = CliRunner()
needs_proc_locks = pytest.mark.skipif(not Path("/proc/locks").exists(),
                                      reason="needs Linux's /proc/locks to see the lock")

# The CLI in a process of its own: ``python -c CLI ARG...``; with CLAIMEX_TEST_DIE_AFTER=N
# the run is killed (SIGKILL) after writing N documents, flushed, as a crash would leave it.
CLI = """
import os, signal, sys
from claimex import extraction
import claimex.cli.extract as extract_command
from claimex.cli import main
die_after = int(os.environ.get("CLAIMEX_TEST_DIE_AFTER", "-1"))
if die_after >= 0:
    extract_command.FLUSH_EVERY = 1
    real = extraction.extract
    def dies(*args, **kwargs):
        for n, result in enumerate(real(*args, **kwargs)):
            if n == die_after:
                os.kill(os.getpid(), signal.SIGKILL)
            yield result
    extraction.extract = dies
main()
"""


def _cli(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLI, *args], env={**os.environ, **(env or {})},
                            **kwargs)


def _lock_held_by(pid: int, path: Path) -> bool:
    """Whether process ``pid`` holds an OS lock on ``path`` (read from /proc/locks, without
    trying to take it)."""
    if not path.exists():
        return False
    inode = os.stat(path).st_ino
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields:  # a process waiting for a lock, not holding one
            continue
        if fields[4] == str(pid) and fields[5].rsplit(":", 1)[-1] == str(inode):
            return True
    return False


def _wait_for_lock(process: subprocess.Popen, path: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not _lock_held_by(process.pid, path):
        assert process.poll() is None, "the first run ended before it took the lock"
        assert time.monotonic() < deadline, "the first run did not take the lock"
        time.sleep(0.05)


def _inputs(tmp_path: Path, n: int) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir(parents=True)
    for i in range(n):
        (inputs / f"doc{i}.txt").write_text(
            f"Fighters of HTS shelled Aleppo in Syria on day {i}, killing {i + 2} people.",
            encoding="utf-8")
    return inputs


def _doc_ids(outdir: Path) -> list[str]:
    lines = (outdir / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return sorted(json.loads(line)["doc_id"] for line in lines)


@needs_proc_locks
def test_a_second_run_into_the_outdir_of_a_running_one_stops_at_once(tmp_path):
    out = tmp_path / "out"
    # The first run holds the lock while it waits for its input on stdin.
    first = _cli("extract", "-", "-o", str(out), "-c", "rules", "-q",
                 stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for_lock(first, out / LOCK_FILE)
        before = sorted(p.name for p in out.iterdir())
        for engine in ("local", "dask"):
            started = time.monotonic()
            second = runner.invoke(app, ["extract", str(_inputs(tmp_path / engine, 2)), "-o",
                                         str(out), "-c", "rules", "-q", "--engine", engine])
            assert second.exit_code == 2, second.output
            message = " ".join(second.output.split())
            assert "another claimex run is writing to" in message and LOCK_FILE in message
            assert time.monotonic() - started < 5  # no pipeline was loaded
            assert sorted(p.name for p in out.iterdir()) == before
        doc = json.dumps({"id": "first", "text": "Two soldiers were killed in Syria."})
        _, stderr = first.communicate(doc.encode() + b"\n", timeout=120)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, stderr.decode()
    assert _doc_ids(out) == ["first"]
    again = runner.invoke(app, ["extract", str(_inputs(tmp_path, 1)), "-o", str(out), "-c",
                                "rules", "-q"])
    assert again.exit_code == 0, again.output  # the lock went with the first run


def test_the_lock_of_a_killed_run_does_not_block_resume(tmp_path):
    inputs, out = _inputs(tmp_path, 4), tmp_path / "out"
    killed = _cli("extract", str(inputs), "-o", str(out), "-c", "rules", "-q",
                  env={"CLAIMEX_TEST_DIE_AFTER": "2"}, stderr=subprocess.PIPE)
    _, stderr = killed.communicate(timeout=120)
    assert killed.returncode == -signal.SIGKILL, stderr.decode()
    assert (out / LOCK_FILE).exists() and (out / ".documents.jsonl.partial").exists()
    assert not (out / "documents.jsonl").exists()
    resumed = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "-c", "rules", "-q",
                                  "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert _doc_ids(out) == ["doc0", "doc1", "doc2", "doc3"]  # each once: two carried over


def test_a_run_that_stops_on_a_usage_error_leaves_no_outdir_behind(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "-o", str(out),
                                 "-c", "rules", "-q"])
    assert result.exit_code == 2, result.output
    assert not out.exists()


def test_the_lock_is_the_operating_systems_not_the_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_FILE).write_text("left by a run on another day", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(_inputs(tmp_path, 1)), "-o", str(out), "-c",
                                 "rules", "-q"])
    assert result.exit_code == 0, result.output
    assert _doc_ids(out) == ["doc0"]
