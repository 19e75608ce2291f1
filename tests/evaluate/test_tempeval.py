"""TimeML reading and TempEval-3 scoring on a hand-made .tml (no pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimex.evaluate import datasets
from claimex.evaluate.scoring import Case
from claimex.evaluate.tempeval import score_tempeval, timex_type
from claimex.evaluate.timeml import parse_timeml, read_timeml

TINY = Path(__file__).resolve().parents[1] / "data" / "timeml" / "tiny.tml"


def test_read_timeml_offsets_are_into_the_text_without_tags():
    doc = read_timeml(TINY)
    assert doc.name == "tiny.tml"
    assert doc.dct == "1998-01-08"
    assert "<" not in doc.text and "&amp;" not in doc.text and " & will" in doc.text
    got = [(t.text, t.type, t.value, t.mod) for t in doc.timexes]
    assert got == [("yesterday", "DATE", "1998-01-07", None),
                   ("five years", "DURATION", "P5Y", None),
                   ("weekly", "SET", "P1W", None),
                   ("early August", "DATE", "1997-08", "START"),
                   ("this morning", "TIME", "1998-01-08TMO", None)]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_parse_timeml_rejects_what_is_not_timeml():
    with pytest.raises(ValueError):
        parse_timeml("<TimeML><TEXT>unclosed</TimeML>", "bad.tml")
    with pytest.raises(ValueError):
        parse_timeml("<TimeML><DCT/></TimeML>", "notext.tml")


def test_loader_publishes_each_article_on_its_dct():
    items = datasets.load("tempeval", TINY.parent)
    assert [i.document.doc_id for i in items] == ["tiny.tml"]
    assert items[0].document.published == "1998-01-08"
    assert len(items[0].gold["timexes"]) == 5


def _case(entities):
    doc = read_timeml(TINY)
    gold = {"timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                         "value": t.value, "mod": t.mod} for t in doc.timexes]}
    return Case(doc.name, gold, [], doc.text, entities=tuple(entities))


def _entity(text, value, type_=None, shift=(0, 0)):
    doc = read_timeml(TINY)
    start = doc.text.index(text) + shift[0]
    return {"label": "DATE", "start": start, "end": start + len(text) + shift[1],
            "text": text, "value": value,
            "timex": {"type": type_, "mod": None} if type_ else None}


def test_perfect_prediction_scores_one():
    doc = read_timeml(TINY)
    entities = [{"label": "DATE", "start": t.start, "end": t.end, "text": t.text,
                 "value": t.value, "timex": {"type": t.type, "mod": t.mod}}
                for t in doc.timexes]
    rows = {r["subset"]: r for r in score_tempeval([_case(entities)]).rows}
    assert set(rows) == {"all", "DATE", "TIME", "DURATION", "SET"}
    for row in rows.values():
        assert row["strict_f1"] == row["relaxed_f1"] == row["value_f1"] == 1.0


def test_relaxed_span_value_accuracy_and_value_f1():
    entities = [
        _entity("yesterday", "1998-01-07", shift=(-6, 6)),   # overlaps: relaxed, not strict
        _entity("early August", "1997-08-01/1997-08-15"),    # strict, wrong value
        _entity("Talks", "1998-01-08"),                      # extra
    ]
    score = score_tempeval([_case(entities)])
    row = next(r for r in score.rows if r["subset"] == "DATE")
    assert row["gold"] == 2 and row["predicted"] == 3
    assert row["strict_p"] == pytest.approx(1 / 3) and row["strict_r"] == 0.5
    assert row["relaxed_p"] == pytest.approx(2 / 3) and row["relaxed_r"] == 1.0
    assert row["value_accuracy"] == 0.5
    assert row["value_f1"] == pytest.approx(row["relaxed_f1"] * 0.5)
    assert {"DATE value", "DATE extra", "DURATION missed"} <= set(score.misses)


@pytest.mark.parametrize(("entity", "expected"), [
    ({"value": "P5Y"}, "DURATION"),
    ({"value": "PT4H"}, "DURATION"),
    ({"value": "2013-03-21TMO"}, "TIME"),
    ({"value": "2013-03-21T14:30"}, "TIME"),
    ({"value": "2013-W12"}, "DATE"),
    ({"value": "PRESENT_REF"}, "DATE"),
    ({"value": "P1W", "timex": {"type": "SET", "mod": None}}, "SET"),
])
def test_timex_type_of_a_prediction(entity, expected):
    assert timex_type(entity) == expected
