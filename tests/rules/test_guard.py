"""Every guarded public rule gives its fallback answer when its inside fails, and says so once
in the log (``claimex.rules.guard``)."""

from __future__ import annotations

import importlib
import logging

import pytest

from claimex.rules import guard
from claimex.rules.dates.model import DateMention

_DAY = DateMention(0, 5, "today", "2020-01-01", "relative", True, "2020-01-01", "DATE", None)

# module, public rule, the inner function made to fail, arguments, the fallback answer
GUARDED = [
    ("claimex.rules.attribution", "find_quotes", "_find_quotes", ("“a”",), []),
    ("claimex.rules.attribution", "quote_speaker", "_speech_patterns", ("“a,” he said.", (0, 4)),
     None),
    # one speaker fewer than quotes: the rule's own IndexError, the speakers given back
    ("claimex.rules.attribution", "chain_quote_speakers", "fills_paragraph",
     ("“a” “b”", [(0, 3), (4, 7)], [None]), [None]),
    ("claimex.rules.numbers.find", "find_quantities", "_find_quantities", ("12 killed",), []),
    ("claimex.rules.dates.find", "find_dates", "_find_dates", ("on 3 May 2020",), []),
    ("claimex.rules.dates.extra", "find_timexes", "_candidates", ("for two years",), []),
    ("claimex.rules.dates.clock", "clock_days", "_clock_days", ("today", [_DAY], []),
     ([_DAY], [])),
    ("claimex.rules.dates.quarters", "reporting_periods", "_reporting_periods",
     ("today", [_DAY], []), ([_DAY], [])),
    ("claimex.rules.dates.quarters", "year_quarters", "_year_quarters", ("today", [_DAY], []),
     ([_DAY], [])),
    ("claimex.rules.dates.ranges", "range_ends", "_range_ends", ("today", [_DAY]), ([_DAY], [])),
    ("claimex.rules.dates.publication", "find_dateline_day", "find_dates",
     ("KABUL (June 14) —",), None),
    ("claimex.rules.dates.publication", "find_publication_date", "find_dates",
     ("KABUL, Jan. 25, 2013 —",), None),
    ("claimex.rules.claim_places", "place_of_claim", "_nearest",
     (5, (0, 9), (0, 9), (0, 9), []), None),
    ("claimex.rules.incident_structure", "tells_its_own_time", "_words",
     ("Hours later, a van overturned.",), False),
    ("claimex.rules.incident_structure", "cites_its_own_source", "_words",
     ("In a separate statement, deputies said so.",), False),
    ("claimex.rules.incident_structure", "names_another_source", "_last_words",
     ("a medic", ["a district official"]), False),
    ("claimex.rules.incident_days", "named_day", "_words",
     ("Late Sunday, gunmen attacked a post.",), None),
    ("claimex.rules.headings", "heading_label", "_opens",
     ("Older Dispatches: nine died.", 0, 16), False),
]


def _broken(*_args, **_kwargs):
    raise RuntimeError("a bug inside a rule")


@pytest.mark.parametrize(("module", "rule", "inner", "args", "fallback"), GUARDED,
                         ids=[row[1] for row in GUARDED])
def test_a_failing_rule_gives_its_fallback(monkeypatch, caplog, module, rule, inner, args,
                                           fallback):
    mod = importlib.import_module(module)
    monkeypatch.setattr(mod, inner, _broken)
    monkeypatch.setattr(guard, "_warned", set())
    with caplog.at_level(logging.DEBUG, logger="claimex.rules"):
        assert getattr(mod, rule)(*args) == fallback
        getattr(mod, rule)(*args)
    levels = [r.levelname for r in caplog.records if r.name == "claimex.rules"]
    assert levels == ["WARNING", "DEBUG", "DEBUG"]  # warned once, traced each time
    assert rule in caplog.records[0].getMessage()


def test_a_working_rule_is_untouched():
    from claimex.rules.numbers import find_quantities
    assert [q.text for q in find_quantities("12 killed")] == ["12"]
    assert find_quantities.__name__ == "find_quantities"
    assert "Never raises" in find_quantities.__doc__
