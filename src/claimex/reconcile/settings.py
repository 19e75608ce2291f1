"""Reconcile settings and the noun tables they carry (see :mod:`claimex.reconcile`).

>>> ReconcileSettings.from_dict({"time_window_days": 1}).time_window_days
1
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any, Literal

GROUP_SCHEMA = "claimex.group/1"


def _resource_lines(name: str) -> list[dict]:
    text = resources.files("claimex.resources").joinpath(name).read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_noun_tables(name: str = "reconcile_words.jsonl") -> tuple[
        dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str],
        dict[str, str]]:
    """The subject classes, actor classes, role nouns and class kinds of a resource file.

    Each line is ``{"table": "subject"|"actor"|"role", "class", "kind", "nouns"}``; an
    actor class may reuse a subject class's nouns (``"same_as_subject_class"``).

    >>> subjects, actors, roles, kinds = load_noun_tables()
    >>> "troop" in subjects["military"], actors["military"] == subjects["military"]
    (True, True)
    >>> kinds["fighter"], "casualty" in roles
    ('combatant', True)
    """
    rows = _resource_lines(name)
    subjects = {r["class"]: tuple(r["nouns"]) for r in rows if r["table"] == "subject"}
    kinds = {r["class"]: r["kind"] for r in rows if r["table"] == "subject"}
    actors = {r["class"]: tuple(r["nouns"]) if "nouns" in r
              else subjects[r["same_as_subject_class"]]
              for r in rows if r["table"] == "actor"}
    roles = frozenset(n for r in rows if r["table"] == "role" for n in r["nouns"])
    return subjects, actors, roles, kinds


def load_side_words(name: str = "victim_sides.jsonl") -> dict[str, tuple[str, ...]]:
    """Side → the words that name it in a victim phrase (nationalities, capitals, factions,
    "regime", "pro-government"), from a resource file of ``{"side", "words"}`` lines.

    >>> "wagner" in load_side_words()["RUS"]
    True
    """
    return {r["side"]: tuple(w.casefold() for w in r["words"])
            for r in _resource_lines(name)}


def load_word_table(table: str, name: str = "reconcile_words.jsonl") -> tuple[str, ...]:
    """The words of one plain table of a resource file (``"additional"``: words that make a
    victim phrase count further people, "two *other* soldiers"; ``"subset_cue"``: words that
    make a figure a part of the one before it, "45 people, *including* four civilians").

    >>> "other" in load_word_table("additional"), "including" in load_word_table("subset_cue")
    (True, True)
    """
    return tuple(n for r in _resource_lines(name) if r["table"] == table for n in r["nouns"])


def noun_classes(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Noun → its class, from a class → nouns table.

    >>> noun_classes({"military": ("soldier", "troop")})["troop"]
    'military'
    """
    return {noun: name for name, nouns in table.items() for noun in nouns}


SUBJECT_CLASSES, ACTOR_CLASSES, ROLE_NOUNS, SUBJECT_CLASS_KINDS = load_noun_tables()
ADDITIONAL_WORDS = frozenset(load_word_table("additional"))
SUBSET_CUES = load_word_table("subset_cue")
SIDE_WORDS = load_side_words()


@dataclass(frozen=True)
class ReconcileSettings:
    """How claims are grouped; the defaults are those documented in the module docstring.

    ``time_window_days``: largest gap, in days, between two dated claims of one event (3).
    ``inferred_time_window_days``: the same when either date is inferred from the
    publication date (7: a comment or follow-up article comes days later).
    ``dispute_tolerance``: relative widening of each figure before two figures count as
    differing (0.25: 40 and 45 agree, 12 and 40 do not).
    ``unknown_subject_scope``: where claims without a usable subject may join a group:
    ``"document"`` (a group with a member in the same document; default), ``"all"``, or
    ``"none"`` (they stay alone).
    ``quantity_scope``: quantity claims (counts, percentages, money, ...) say what was
    counted but not what happened to it, so by default they group only within one document
    (``"document"``); ``"all"`` groups them across documents too.
    ``country_contains_places``: a country location fits any place (True).
    ``categories``: the categories to group (None: all); other claims become single groups.
    ``min_members``: groups with fewer members are left out of the output (1: every claim
    is in exactly one group).
    ``subject_classes`` / ``actor_classes`` / ``role_nouns``: the noun tables (singular,
    lowercase; defaults from ``resources/reconcile_words.jsonl``).
    ``class_kinds``: subject class → ``"combatant"`` or ``"civilian"`` (the group record's
    ``subject.kind``).
    ``side_words``: side → the words naming it in a victim phrase (defaults from
    ``resources/victim_sides.jsonl``): victims of two known, different sides never group,
    and victims of one known side group across word classes when one is a plain person
    noun ("Russian nationals" with "Wagner fighters").
    ``additional_words``: modifiers that make a victim phrase count people beyond those
    counted before it in the document ("seven soldiers ... two *other* soldiers"; a head
    "others" likewise): such a claim never groups with an earlier claim of its document.
    ``subset_cues``: words between two figures of one sentence that make the second a part
    of the first ("45 people, *including* four civilians"): they never group.
    ``cross_document_anchor``: claims of two documents group only when they share a known
    time or a named place below the country (True); False groups them on victims alone.
    ``comments_follow_article``: a comment's figure with no subject, place or time of its
    own joins a group of the article it comments on (True).
    """

    time_window_days: int = 3
    inferred_time_window_days: int = 7
    dispute_tolerance: float = 0.25
    unknown_subject_scope: Literal["document", "all", "none"] = "document"
    quantity_scope: Literal["document", "all"] = "document"
    country_contains_places: bool = True
    categories: tuple[str, ...] | None = None
    min_members: int = 1
    subject_classes: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(SUBJECT_CLASSES))
    actor_classes: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(ACTOR_CLASSES))
    role_nouns: frozenset[str] = ROLE_NOUNS
    class_kinds: Mapping[str, str] = field(default_factory=lambda: dict(SUBJECT_CLASS_KINDS))
    side_words: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: dict(SIDE_WORDS))
    additional_words: frozenset[str] = ADDITIONAL_WORDS
    subset_cues: tuple[str, ...] = SUBSET_CUES
    cross_document_anchor: bool = True
    comments_follow_article: bool = True

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> ReconcileSettings:
        """Settings from a mapping (a config section, CLI ``--set`` values); unknown keys fail."""
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - names)
        if unknown:
            raise ValueError(f"unknown reconcile settings: {', '.join(unknown)}")
        data = dict(values)
        if data.get("categories") is not None:
            data["categories"] = tuple(data["categories"])
        for name in ("role_nouns", "additional_words"):
            if name in data:
                data[name] = frozenset(data[name])
        if "subset_cues" in data:
            data["subset_cues"] = tuple(data["subset_cues"])
        return cls(**data)

    def __post_init__(self) -> None:
        if self.time_window_days < 0 or self.inferred_time_window_days < 0:
            raise ValueError("time windows must be >= 0 days")
        if self.dispute_tolerance < 0:
            raise ValueError("dispute_tolerance must be >= 0")
        if self.unknown_subject_scope not in ("document", "all", "none"):
            raise ValueError("unknown_subject_scope must be 'document', 'all' or 'none'")
        if self.quantity_scope not in ("document", "all"):
            raise ValueError("quantity_scope must be 'document' or 'all'")

