"""``claimex evaluate`` end to end on tiny gold files: loaders, runner, CLI, exit codes."""

from __future__ import annotations

import hashlib
import importlib
import json

import pytest
from typer.testing import CliRunner

from claimex.cli import app
from claimex.evaluate import datasets, runner
from tests.conftest import ROOT, SHARED, needs_shared

cli = CliRunner()
evaluate_command = importlib.import_module("claimex.cli.evaluate")  # the module of the command
TIMEML_DIR = ROOT / "tests" / "data" / "timeml"

ISAF_ROWS = [
    {"eventrefnumber": "2013-01-S-025", "min_killed": 2, "min_captured": 0,
     "start_date": "2013-01-24",
     "text": "\nKABUL, Afghanistan (Jan. 25, 2013)\nDuring a security operation in Andar "
             "district, Ghazni province, yesterday, an Afghan and coalition force killed two "
             "insurgents."},
    {"eventrefnumber": "2013-01-S-025", "min_killed": 0, "min_captured": 3,
     "start_date": "2010-08-31",
     "text": "KABUL, Afghanistan (Sept. 1) - An Afghan and coalition security force detained "
             "three insurgents in Logar province Tuesday."},
    {"eventrefnumber": "[leader/facilitator]", "min_killed": 0, "min_captured": 0,
     "start_date": "2011-02-05", "text": ""},
]


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def isaf_file(tmp_path):
    return _write_jsonl(tmp_path / "isaf_dev.jsonl", ISAF_ROWS)


@pytest.fixture
def idetect_dir(tmp_path):
    folder = tmp_path / "idetect"
    folder.mkdir()
    _write_jsonl(folder / "idetect_test.derived.jsonl", [
        {"excerpt_id": 2, "excerpt": "About 172,000 people fled western neighbourhoods of "
         "Mosul.", "Quantity": 172000, "Term": "Forced to Flee", "Unit": "People"},
        {"excerpt_id": 4, "excerpt": "More than 350,000 people were displaced.",
         "Quantity": 250000, "Term": "Displaced", "Unit": "People"},
    ])
    _write_jsonl(folder / "idmc_fully_labelled.derived.jsonl", [
        {"Excerpt": "Some 82,000 internally displaced persons live in Abyei.",
         "Displacement figure": 82000, "Reporting term": "Displaced",
         "Reporting unit": "People", "Mentions": "Y"},
    ])
    return folder


@pytest.fixture
def patched_load(monkeypatch, rules_pipeline):
    """The CLI's pipeline loader returns the session's rules pipeline (keeps tests fast)."""
    monkeypatch.setattr(evaluate_command, "load_pipeline",
                        lambda config, overrides: rules_pipeline)


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ----------------------------------------------------------------------------- loaders


def test_isaf_documents_are_keyed_by_line_with_the_extract_id_as_alias(isaf_file):
    items = datasets.load("isaf", isaf_file)
    assert [i.document.doc_id for i in items] == ["isaf:1", "isaf:2", "isaf:3"]
    assert items[0].aliases == ("isaf_dev:1",)
    assert items[0].document.published is None
    # read as the corpora README says: eventrefnumber, a newline, then the text
    assert items[0].document.text.startswith("2013-01-S-025\n\nKABUL, Afghanistan")
    assert items[2].document.text == "[leader/facilitator]\n"
    assert items[1].gold == {"line": 2, "eventrefnumber": "2013-01-S-025", "min_killed": 0,
                             "min_captured": 3, "start_date": "2010-08-31"}
    assert len(datasets.load("isaf", isaf_file, limit=2)) == 2


def test_idetect_reads_both_layouts_and_flags_the_known_gold_errors(idetect_dir):
    items = datasets.load("idetect", idetect_dir)
    ids = [i.document.doc_id for i in items]
    assert ids == ["idetect:idetect_test:2", "idetect:idetect_test:4",
                   "idetect:idmc_fully_labelled:1"]
    assert [i.gold["gold_error"] for i in items] == [False, True, False]
    assert items[2].gold["quantity"] == 82000
    assert items[2].aliases == ("idmc_fully_labelled.derived:1",)
    assert len(datasets.load("idetect", idetect_dir, limit=1)) == 2


def test_recognizer_specs_are_read_with_their_bom_and_skips_counted(tmp_path):
    spec = [{"Input": "100%", "Results": [{"Text": "100%", "TypeName": "percentage",
                                          "Resolution": {"value": "100%"}, "Start": 0,
                                          "End": 3}]},
            {"Input": "It rose by 20 percent last year.", "Results": [
                {"Text": "20 percent", "TypeName": "percentage",
                 "Resolution": {"value": "20%"}, "Start": 11, "End": 20}]}]
    (tmp_path / "Number_PercentModel.json").write_text(json.dumps(spec), encoding="utf-8-sig")
    items = datasets.load("recognizers", tmp_path)
    assert [i.gold["skip"] for i in items] == ["not prose", None]
    assert items[1].document.doc_id == "recognizers:Number_PercentModel:2"


# ----------------------------------------------------------------------------- CLI


def test_evaluate_isaf_with_rules_config_prints_json(isaf_file):
    result = cli.invoke(app, ["evaluate", "isaf", "--data", str(isaf_file), "-c", "rules",
                              "--limit", "5", "--json", "--show-errors", "2", "-q"])
    report = _json(result)
    assert report["kind"] == "isaf" and report["documents"] == 3
    rows = {(r["field"], r["subset"]): r for r in report["rows"]}
    assert {f for f, _ in rows} == {"killed", "captured", "start_date"}
    assert rows[("killed", "all")]["n"] == 3
    assert rows[("killed", "gold > 0")]["n"] + rows[("killed", "gold = 0")]["n"] == 3
    assert all(0 <= r["accuracy"] <= 1 for r in report["rows"])
    for misses in report["misses"].values():
        assert len(misses["first"]) <= 2 and misses["count"] >= len(misses["first"])
    assert any("empty text" in note for note in report["notes"])


def test_evaluate_prints_a_table_and_misses(isaf_file, patched_load):
    result = cli.invoke(app, ["evaluate", "isaf", "--data", str(isaf_file), "--show-errors",
                              "1", "-q"])
    assert result.exit_code == 0, result.output
    assert "killed" in result.stdout and "accuracy" in result.stdout
    assert "start_date: first 1 of" in result.stdout


def test_saved_records_score_the_same_through_outdir(isaf_file, tmp_path, patched_load):
    saved = tmp_path / "saved"
    first = _json(cli.invoke(app, ["evaluate", "isaf", "--data", str(isaf_file), "--json",
                                   "--save", str(saved), "-q"]))
    assert (saved / "claims.jsonl").is_file() and (saved / "documents.jsonl").is_file()
    again = _json(cli.invoke(app, ["evaluate", "isaf", "--data", str(isaf_file), "--json",
                                   "--outdir", str(saved), "-q"]))
    assert again["rows"] == first["rows"]
    assert again["source"].startswith("OUTDIR")


def test_outdir_matches_extract_ids_and_rejects_other_texts(isaf_file, tmp_path):
    outdir = tmp_path / "out"
    outdir.mkdir()
    docs = [{"schema": "claimex.document/1", "doc_id": "isaf_dev:1",
             "text_sha256": hashlib.sha256(
                 datasets.isaf_release_text(ISAF_ROWS[0]).encode()).hexdigest()},
            {"schema": "claimex.document/1", "doc_id": "isaf:2", "text_sha256": "0" * 64}]
    claim = {"schema": "claimex.claim/1", "doc_id": "isaf_dev:1", "type": "casualty",
             "category": "killed", "modality": "asserted",
             "value": {"text": "two", "low": 2.0, "high": 2.0, "qualifier": "exact",
                       "unit": None},
             "time": {"text": "yesterday", "value": "2013-01-24", "start": 80, "end": 89,
                      "inferred": False},
             "evidence": {"start": 140, "end": 143, "exact": "two"}}
    _write_jsonl(outdir / "documents.jsonl", docs)
    _write_jsonl(outdir / "claims.jsonl", [claim])
    report = runner.evaluate("isaf", data=isaf_file, outdirs=[outdir])
    rows = {(r["field"], r["subset"]): r for r in report.rows}
    assert rows[("killed", "gold > 0")]["correct"] == 1
    assert rows[("start_date", "with casualty claim")]["correct"] == 1
    assert any("text_sha256 differs" in note for note in report.notes)
    assert any("missing from OUTDIR" in note for note in report.notes)


def test_evaluate_idetect_reports_gold_errors_apart(idetect_dir, patched_load):
    report = _json(cli.invoke(app, ["evaluate", "idetect", "--data", str(idetect_dir),
                                    "--json", "-q"]))
    subsets = [r["subset"] for r in report["rows"]]
    assert subsets[0] == "all" and "gold errors (apart)" in subsets
    overall = report["rows"][0]
    assert overall["n"] == 2 and {"precision", "recall", "f1"} <= set(overall)


def test_evaluate_quantulum3_runs_the_crash_inputs(tmp_path, patched_load):
    (tmp_path / "quantities.json").write_text(json.dumps([
        {"req": "The door is 2 m wide", "res": [{"value": 2, "unit": "metre",
                                                 "surface": "2 m"}]}]), encoding="utf-8")
    (tmp_path / "errors.json").write_text(json.dumps(["$99(", "1 '2"]), encoding="utf-8")
    report = _json(cli.invoke(app, ["evaluate", "quantulum3", "--data", str(tmp_path),
                                    "--json", "-q"]))
    rows = {r["field"]: r for r in report["rows"]}
    assert rows["quantities"]["n"] == 1
    assert rows["errors.json"]["n"] == 2


def test_evaluate_news_scores_values(tmp_path, patched_load):
    gold = _write_jsonl(tmp_path / "news.jsonl", [
        {"id": "money-01", "text": "The fund has $2bn and 40 staff.",
         "quantities": [{"surface": "$2bn", "low": 2e9, "high": 2e9, "unit": "USD"},
                        {"surface": "40", "low": 40, "high": 40, "unit": None}],
         "not_quantities": []},
        {"id": "neg-01", "text": "The vote was held in 2019.", "quantities": [],
         "not_quantities": ["2019"]},
    ])
    report = _json(cli.invoke(app, ["evaluate", "news", "--data", str(gold), "--json", "-q"]))
    rows = {r["subset"]: r for r in report["rows"]}
    assert rows["all"]["gold"] == 2 and rows["all"]["f1"] == 1.0
    assert rows["neg"]["negatives"] == 1 and rows["neg"]["negatives_hit"] == 0


@pytest.mark.parametrize(("args", "message"), [
    (["evaluate", "isaf", "--data", "no/such/file.jsonl"], "does not exist"),
    (["evaluate", "nonsense"], "unknown evaluation"),
    (["evaluate", "recognizers", "--outdir", "x"], "--outdir works for isaf and idetect"),
])
def test_usage_errors_exit_2_with_a_message(args, message):
    result = cli.invoke(app, args)
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_outdir_without_extract_output_is_a_usage_error(isaf_file, tmp_path):
    result = cli.invoke(app, ["evaluate", "isaf", "--data", str(isaf_file), "--outdir",
                              str(tmp_path)])
    assert result.exit_code == 2 and "documents.jsonl" in result.output


@needs_shared
@pytest.mark.acceptance
@pytest.mark.parametrize(("kind", "data"), [
    ("isaf", "isaf-dev/isaf_dev.jsonl"), ("idetect", "idetect"),
    ("recognizers", "recognizers-specs"), ("quantulum3", "quantulum3-tests"),
])
def test_shared_corpora_load_and_score(kind, data, rules_pipeline):
    report = runner.evaluate(kind, data=SHARED / data, pipeline=rules_pipeline, limit=3)
    assert report.rows and report.documents > 0
    if kind == "quantulum3":
        assert report.rows[-1]["field"] == "errors.json"
        assert report.rows[-1]["correct"] == report.rows[-1]["n"]


def test_evaluate_tempeval_on_a_tiny_timeml_file():
    data = str(TIMEML_DIR)
    result = cli.invoke(app, ["evaluate", "tempeval", "--data", data, "-c", "rules",
                              "--json", "--show-errors", "3", "-q"])
    report = _json(result)
    assert report["kind"] == "tempeval" and report["documents"] == 1
    rows = {r["subset"]: r for r in report["rows"]}
    assert {"all", "DATE"} <= set(rows)
    assert rows["all"]["gold"] == 5
    assert rows["DATE"]["relaxed_r"] == 1.0  # "yesterday" and "early August" are found
    half = datasets.load("tempeval", TIMEML_DIR)[0].document.doc_id
    assert half == "tiny.tml"  # --split hashes the file name
