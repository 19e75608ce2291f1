"""``claimex evaluate polnear``: brat reading, the scoring rule, and the train-only misses,
on the hand-made brat sample in tests/data/polnear (one train and one dev article)."""

from __future__ import annotations

import importlib
import json

import pytest
from typer.testing import CliRunner

from claimex.cli import app
from claimex.evaluate import datasets, polnear, runner
from claimex.evaluate.scoring import Case
from tests.conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "polnear"
cli = CliRunner()
evaluate_command = importlib.import_module("claimex.cli.evaluate")


@pytest.fixture
def patched_load(monkeypatch, rules_pipeline):
    monkeypatch.setattr(evaluate_command, "load_pipeline",
                        lambda config, overrides: rules_pipeline)


@pytest.mark.parametrize(("text", "word"), [
    ("Donald Trump", "trump"),
    ("Trump's", "trump"),
    ("the Clinton campaign’s", "campaign"),
    ("Sen. Bernie Sanders (I-Vt.)", "vt"),
    ("he", "he"),
    ("", ""),
])
def test_last_word_drops_case_and_possessive(text, word):
    assert polnear.last_word(text) == word


def test_offsets_of_discontinuous_spans():
    assert polnear.parse_offsets("91 126;161 185") == ((91, 126), (161, 185))


def test_the_annotator_with_most_attributions_is_used():
    items = datasets.load("polnear", SAMPLE, split="train")
    assert [i.document.doc_id for i in items] == ["polnear:train/sample_2016-10-01_bridges"]
    assert items[0].gold["annotator"] == "aaaa"
    assert len(items[0].gold["attributions"]) == 4
    quote = items[0].gold["attributions"][1]
    assert len(quote["content"]) == 2 and quote["source_text"] == "Senator Ann Reyes"
    assert items[0].gold["attributions"][3]["source"] is None


def test_both_splits_by_default_and_a_clear_error_for_halves():
    assert {i.gold["split"] for i in datasets.load("polnear", SAMPLE)} == {"train", "dev"}
    with pytest.raises(Exception, match="train, dev or all"):
        datasets.load("polnear", SAMPLE, split="tune")


def _claim(start, end, speaker=None, kind="article"):
    attribution = {"speaker": speaker[0], "start": speaker[1], "end": speaker[2],
                   "kind": kind} if speaker else {"speaker": "example.com", "start": None,
                                                  "end": None, "kind": kind}
    return {"evidence": {"start": start, "end": end}, "attribution": attribution}


def test_innermost_content_decides_and_sourceless_content_is_not_scored():
    text = "Trump said the poll found 40 percent back him. 12 bridges need repair."
    gold = {"split": "train", "attributions": [
        {"content": ((11, 45),), "source": ((0, 5),), "source_text": "Trump"},
        {"content": ((26, 45),), "source": ((11, 19),), "source_text": "the poll"},
        {"content": ((47, 57),), "source": None, "source_text": None},
    ]}
    claims = [_claim(26, 36, ("the poll", 11, 19), "reported"),  # right: innermost source
              _claim(47, 49)]                                   # no Source: not scored
    score = polnear.score_polnear([Case("d", gold, claims, text)])
    rows = {(r["field"], r["subset"]): r for r in score.rows}
    assert rows[("speaker", "train")]["n"] == 1 and rows[("speaker", "train")]["correct"] == 1
    assert rows[("coverage", "train")] == {"field": "coverage", "subset": "train", "n": 3,
                                           "correct": 3, "accuracy": 1.0}
    assert rows[("kind reported", "train")]["n"] == 1


def test_a_wrong_speaker_is_a_miss_on_train_and_withheld_elsewhere():
    text = "Turnout rose to 61 percent, officials said."
    attributions = [{"content": ((0, 26),), "source": ((28, 37),), "source_text": "officials"}]
    claims = [_claim(16, 26)]
    train = polnear.score_polnear([Case("t", {"split": "train", "attributions": attributions},
                                        claims, text)])
    assert train.misses["speaker"][0]["gold"] == "officials"
    dev = polnear.score_polnear([Case("d", {"split": "dev", "attributions": attributions},
                                      claims, text)], keep_misses=False)
    assert not dev.misses and any("never for reading errors" in n for n in dev.notes)
    assert dev.rows[0]["accuracy"] == 0.0


def test_show_errors_is_refused_on_dev():
    for args in (["--split", "dev"], []):
        result = cli.invoke(app, ["evaluate", "polnear", "--data", str(SAMPLE),
                                  "--show-errors", "5", "-q", *args])
        assert result.exit_code == 2
        assert "train split only" in result.output


def test_evaluate_polnear_train_prints_json(patched_load):
    result = cli.invoke(app, ["evaluate", "polnear", "--data", str(SAMPLE), "--split",
                              "train", "--json", "--show-errors", "3", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    fields = [r["field"] for r in report["rows"]]
    assert fields[:2] == ["speaker", "coverage"]
    assert {"kind quoted", "kind reported", "kind article", "kind author"} <= set(fields)
    assert report["documents"] == 1 and "train split" in report["source"]


def test_runner_keeps_no_dev_misses(rules_pipeline):
    report = runner.evaluate("polnear", data=SAMPLE, pipeline=rules_pipeline, split="dev")
    assert report.misses == {}
    assert {r["subset"] for r in report.rows} == {"dev"}
