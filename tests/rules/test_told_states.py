"""The lead's told state counts in the toll only where nothing else tells that death
(rules.told_states, session 15). One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.rules.told_states import rows_for_tolls


def _row(category="killed", scope="reported", *, state=False, negated=False, subject="deckhand"):
    row = {"category": category, "scope": scope, "negated": negated, "subject": {"text": subject}}
    if state:
        row["told_as_state"] = True
    return row


@pytest.mark.parametrize(("rows", "kept"), [
    # "A deckhand is dead after the ferry fire." and nothing more: the summary counts
    ([_row(state=True)], [0]),
    # "... The deckhand was pronounced dead at the pier.": the body's claim counts instead
    ([_row(state=True), _row()], [1]),
    # a zero ("No one else died") tells no death again
    ([_row(state=True), _row(negated=True)], [0, 1]),
    # a season's count ("the fourth killing this year") is another scope
    ([_row(state=True), _row(scope="aggregate")], [0, 1]),
    # a hurt one beside it tells no death
    ([_row(state=True), _row("injured")], [0, 1]),
    # a dead attacker ("A gunman is dead after he shot two deckhands") stays out
    ([_row(state=True, subject="gunman"), _row("injured")], [1]),
])
def test_rows_for_tolls(rows, kept):
    assert rows_for_tolls(rows) == [rows[i] for i in kept]
