"""`claimex evaluate realpages`: claims and tolls on a realpages-format folder."""

from pathlib import Path

import pytest

from claimex.evaluate import runner
from claimex.evaluate.realpages import (
    gold_anchor,
    load_realpages,
    predicted_toll,
    score_realpages,
    speaker_right,
)
from claimex.evaluate.scoring import Case
from tests.conftest import needs_model

MINI = Path(__file__).parents[1] / "data" / "realpages-mini"


def _claim(category, start, end, low, high=None, modality="asserted", kind="article"):
    return {"type": "casualty", "category": category, "modality": modality,
            "value": {"text": "x", "low": low, "high": low if high is None else high},
            "evidence": {"start": start, "end": end}, "attribution": {"kind": kind},
            "provenance": {"rule": "test"}}


def test_gold_anchor_is_found_inside_its_quote():
    text = "one. Two men were shot. Two men left."
    assert gold_anchor(text, {"quote": "Two men were shot", "anchor": "Two men"}) == (5, 12)
    assert gold_anchor(text, {"quote": "absent", "anchor": "a"}) is None


def test_scores_recall_precision_values_and_tolls():
    items = load_realpages(MINI)
    m1, m2 = (i for i in items)
    cases = [
        Case("m1", m1.gold, [_claim("killed", 0, 3, 2), _claim("injured", 36, 42, 5)],
             m1.document.text),
        Case("m2", m2.gold, [], m2.document.text),
    ]
    score = score_realpages(cases)
    claims, speaker, named, modality, per_category, per_doc, killed, injured, captured = \
        score.rows
    # found: killed (right value); not found: the woman (no overlap), Nobody
    assert (claims["n"], claims["correct"], claims["value_accuracy"]) == (3, 1, 1.0)
    # the second claim overlaps no gold row: precision 1/2
    assert (claims["claims"], claims["claims_correct"]) == (2, 1)
    # m1: killed 2 right, injured 5 (gold 1) wrong, captured 0 (gold 1) wrong; m2 all 0: right
    # the found row has no speaker and the claim quotes nobody: speaker and modality right
    assert (speaker["n"], speaker["correct"], named["n"]) == (1, 1, 0)
    assert (modality["n"], modality["correct"]) == (1, 1)
    assert (per_category["n"], per_category["correct"]) == (6, 4)
    assert (per_doc["n"], per_doc["correct"]) == (2, 1)
    # per category over the two documents: killed right twice, injured and captured once
    assert [(r["n"], r["correct"]) for r in (killed, injured, captured)] == [
        (2, 2), (2, 1), (2, 1)]


@pytest.mark.parametrize(("row", "attribution", "right"), [
    # a named source: last word of the claim's speaker against the gold name or its parts
    ({"speaker": "monitor sources"}, {"kind": "reported", "speaker": "monitor sources"}, True),
    ({"speaker": "Rebel Front (Al-Fajr)"}, {"kind": "reported", "speaker": "Al-Fajr"}, True),
    ({"speaker": "Anna Kovac and Pierre Dumas"}, {"kind": "quoted", "speaker": "Kovac"},
     True),
    ({"speaker": "Lina Haddad"}, {"kind": "reported", "speaker": "Haddad's"}, True),
    ({"speaker": "Lina Haddad"}, {"kind": "reported", "speaker": "the army"}, False),
    # an appositive after the name; a pronoun and the name it stands for
    ({"speaker": "Omar Said"},
     {"kind": "reported", "speaker": "Omar Said, a district official in the north"}, True),
    ({"speaker": "The Rescue Service"},
     {"kind": "reported", "speaker": "The Rescue Service – first responders"}, True),
    ({"speaker": "Omar Said"}, {"kind": "reported", "speaker": "He"}, False),
    ({"speaker": "TRM"},
     {"kind": "reported", "speaker": "the Relief Monitor for Civilians (TRM)"}, True),
    ({"speaker": "Omar Said"},
     {"kind": "reported", "speaker": "He", "canonical": "Omar Said"}, True),
    # a named source wants a credited claim, not the outlet's own voice
    ({"speaker": "the agency"}, {"kind": "article", "speaker": "the agency"}, False),
    # no speaker: nobody quoted; in a comment, its author
    ({"speaker": None}, {"kind": "article", "speaker": "the outlet"}, True),
    ({"speaker": None}, {"kind": "reported", "speaker": "police"}, False),
    ({"speaker": None, "comment_author": "reader42"}, {"kind": "author", "speaker": "reader42"},
     True),
    ({"speaker": None, "comment_author": "reader42"}, {"kind": "article", "speaker": "x"}, False),
    ({"speaker": None}, None, True),
])
def test_speaker_right(row, attribution, right):
    assert speaker_right(row, attribution) is right


def test_predicted_toll_ignores_comments_negations_and_other_categories():
    claims = [_claim("killed", 0, 1, 3), _claim("killed", 0, 1, 9, kind="author"),
              _claim("killed", 0, 1, 7, modality="negated"), _claim("injured", 0, 1, 5)]
    assert predicted_toll(claims, "killed") == (3.0, 3)
    assert predicted_toll(claims, "captured") == (0.0, 0.0)


def test_evaluate_realpages_with_the_rules_config(rules_pipeline):
    report = runner.evaluate("realpages", data=MINI, pipeline=rules_pipeline)
    assert report.documents == 2
    assert report.rows[0]["field"] == "casualty claims"
    assert [r["field"] for r in report.rows] == [
        "casualty claims", "speaker", "speaker", "modality", *["tolls"] * 5]
    assert [r["subset"] for r in report.rows[-5:]] == [
        "per category", "per document", "killed", "injured", "captured"]


def test_check_half_refuses_show_errors():
    from typer.testing import CliRunner

    from claimex.cli.app import app

    result = CliRunner().invoke(app, ["evaluate", "realpages", "--data", str(MINI), "-c", "rules",
                                      "--split", "check", "--show-errors", "5"])
    assert result.exit_code == 2
    assert "check half" in result.output


@pytest.mark.acceptance
def test_shared_realpages_dev_scores():
    data = Path("../shared/corpora/realpages-dev")
    if not data.is_dir():
        pytest.skip("../shared/corpora is absent")
    assert len(load_realpages(data)) == 23


_THREAD = ("Twelve soldiers were killed in the attack on the base on Monday, the army said.\n\n"
           "3 comments\n\nJohn Smith says:\nMarch 4, 2024 at 10:12 am\n"
           "Nonsense, only 5 soldiers were killed there.\n\n"
           "Mary Jones says:\nMarch 4, 2024 at 11:40 am\n"
           "This war has killed 500,000 people since 2011.\n")
_THREAD_ROWS = [
    # (quote, anchor, low, section, comment author, scope)
    ("Twelve soldiers were killed", "Twelve soldiers", 12, "article", None, "reported"),
    ("only 5 soldiers were killed", "5 soldiers", 5, "comment", "John Smith", "reported"),
    ("killed 500,000 people", "500,000 people", 500000, "comment", "Mary Jones", "aggregate"),
]


@needs_model
def test_thread_groups_put_a_commenter_figure_with_the_article_event(tmp_path,
                                                                     default_pipeline):
    import orjson
    (tmp_path / "docs.jsonl").write_bytes(orjson.dumps(
        {"id": "t1", "url": "http://example.org/a", "text": _THREAD}) + b"\n")
    (tmp_path / "gold.jsonl").write_bytes(b"\n".join(orjson.dumps(
        {"doc_id": "t1", "quote": q, "anchor": a, "category": "killed", "low": n, "high": n,
         "vague": False, "modality": "asserted", "speaker": "the army" if s == "article"
         else None, "section": s, "comment_author": who, "subject": "x", "core": True,
         "scope": scope}) for q, a, n, s, who, scope in _THREAD_ROWS) + b"\n")
    (tmp_path / "nonclaims.jsonl").write_text("")
    report = runner.evaluate("realpages", data=tmp_path, pipeline=default_pipeline)
    rows = {(r["field"], r["subset"]): r for r in report.rows}
    # "only 5" joins the army's twelve (one disputed group); the war's total stays apart
    assert rows[("thread groups", "comment on the page's event")]["correct"] == 1
    assert rows[("thread groups", "comment on another event")]["correct"] == 1
    assert any("1 of 1 groups joining" in note for note in report.notes)
