"""Who keeps a group's money is a person a casualty figure can count (session 22, issue 14):
"the alleged treasurer of a banned group" arrested with its leader is one more captured
(resources/words/person_nouns.txt: "accountant", "treasurer"). Sentences written for the
entries; the last row must not change."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _tolls(pipeline, text: str) -> dict[str, tuple[float, float | None]]:
    [result] = list(extract([InputDocument("t", text, None, published="2019-05-06")], pipeline))
    return {t.category: (to_json_dict(t)["low"], to_json_dict(t)["high"]) for t in result.tolls}


@needs_model
@pytest.mark.parametrize(("text", "tolls"), [
    ("Police arrested the suspected gang leader and the alleged treasurer of a banned group.",
     {"captured": (2, 2)}),
    ("Agents detained two accountants of the smuggling ring on Friday.", {"captured": (2, 2)}),
    # unchanged: the accountant speaks, the figure counts others
    ("An accountant at the mill said the fire killed two workers.", {"killed": (2, 2)}),
])
def test_money_roles(default_pipeline, text, tolls):
    assert _tolls(default_pipeline, text) == tolls
