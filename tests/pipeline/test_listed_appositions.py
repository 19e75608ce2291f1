"""Single victims listed as "a ranger, a nurse and a driver", which the parse reads as a
person and an apposition, are counted one by one
(:mod:`claimex.pipeline.claims.listed_appositions`); a description and people who were not
harmed are not."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _toll(pipeline, text: str, category: str) -> tuple[float, float] | None:
    [result] = list(extract([InputDocument("t", text, None, published="2024-05-03")],
                            pipeline))
    tolls = [to_json_dict(t) for t in result.tolls if t.category == category]
    return (tolls[0]["low"], tolls[0]["high"]) if tolls else None


@needs_model
@pytest.mark.parametrize(("text", "category", "expected"), [
    # three single people introduced alike: a list
    ("A ranger, a nurse and a driver were wounded when the convoy came under fire.",
     "injured", (3.0, 3.0)),
    ("A man, a woman and a child were injured in the crash, police said.", "injured", (3.0, 3.0)),
    ("A man, a woman and a child were killed in the blaze on Tuesday.", "killed", (3.0, 3.0)),
    ("Police said a woman, a teenager and a man were shot outside the store.",
     "injured", (3.0, 3.0)),
    ("The woman, her husband and the child were found with stab wounds.", "injured", (3.0, 3.0)),
    # ages with no article after the first item
    ("A 23-year-old man, 19-year-old woman and 17-year-old boy were shot Saturday night.",
     "injured", (3.0, 3.0)),
    # a definite person and an indefinite description: one person
    ("The suspect, a 19-year-old man and his brother were arrested.", "captured", (2.0, 2.0)),
    ("The man, an IED facilitator, and three additional suspects were detained.",
     "captured", (4.0, 4.0)),
    # a role, an "of" phrase, or counted people after it: a description
    ("A man, a known facilitator, and a driver were detained in the raid.",
     "captured", (2.0, 2.0)),
    ("A man, a courier, and two others were detained.", "captured", (3.0, 3.0)),
    # officers who were not harmed stay unharmed
    ("Two officers, a sergeant and a constable, were not hurt when the suspect fired.",
     "injured", None),
])
def test_toll_of_a_list_of_single_victims(default_pipeline, text, category, expected):
    assert _toll(default_pipeline, text, category) == expected
