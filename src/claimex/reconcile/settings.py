"""Reconcile settings and the noun tables they carry (see :mod:`claimex.reconcile`).

>>> ReconcileSettings.from_dict({"time_window_days": 1}).time_window_days
1
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

GROUP_SCHEMA = "claimex.group/1"

SUBJECT_CLASSES: dict[str, tuple[str, ...]] = {
    "military": ("soldier", "troop", "conscript", "serviceman", "servicemember", "personnel",
                 "marine", "paratrooper", "recruit", "reservist", "guardsman", "sailor",
                 "airman", "commando", "army", "military", "force"),
    "civilian": ("civilian", "people", "person", "resident", "villager", "inhabitant",
                 "local", "citizen", "worshipper", "passenger", "pedestrian"),
    "fighter": ("fighter", "militant", "insurgent", "rebel", "terrorist", "jihadist",
                "gunman", "militiaman", "militia", "extremist", "combatant", "mercenary",
                "guerrilla", "jihadi"),
    "police": ("police", "policeman", "policemen", "cop", "gendarme"),
    "child": ("child", "minor", "kid", "boy", "girl", "infant", "student", "pupil"),
    "woman": ("woman",),
    "household": ("family", "household"),
    "aid_worker": ("aid worker", "worker", "volunteer", "medic", "paramedic", "doctor",
                   "nurse", "journalist", "reporter"),
}
ACTOR_CLASSES: dict[str, tuple[str, ...]] = {
    "air": ("strike", "airstrike", "air strike", "raid", "air raid", "bombing",
            "bombardment", "aircraft", "jet", "warplane", "plane", "bomber", "drone",
            "helicopter", "aviation", "air force"),
    "artillery": ("shelling", "shell", "artillery", "mortar", "rocket", "missile",
                  "barrage", "fire"),
    "military": SUBJECT_CLASSES["military"],
    "fighter": SUBJECT_CLASSES["fighter"],
    "police": SUBJECT_CLASSES["police"],
}
ROLE_NOUNS: frozenset[str] = frozenset({
    "prisoner", "detainee", "captive", "hostage", "pow", "casualty", "victim", "dead",
    "body", "death", "fatality", "other", "more", "them", "those", "one", "refugee",
    "idp", "evacuee", "survivor", "wounded", "injured", "missing"})


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
    lowercase).
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
        if "role_nouns" in data:
            data["role_nouns"] = frozenset(data["role_nouns"])
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

