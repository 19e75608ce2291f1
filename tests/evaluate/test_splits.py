"""The tune/check split is a fixed, balanced function of the key."""

import collections

import pytest

from claimex.evaluate.splits import in_split, split_of


@pytest.mark.parametrize(("key", "half"), [
    ("isaf:12", "check"),
    ("a", "tune"),
    ("rp002", split_of("rp002")),  # stable across calls
])
def test_split_of_is_fixed(key, half):
    assert split_of(key) == half


def test_halves_are_balanced():
    counts = collections.Counter(split_of(f"doc{i}") for i in range(2000))
    assert 900 < counts["tune"] < 1100


def test_in_split_all_keeps_everything():
    assert in_split("x", None) and in_split("x", "all")
    assert in_split("a", "tune") and not in_split("a", "check")
