"""Group claims that report the same event: ``claimex reconcile OUTDIR`` → ``groups.jsonl``.

:func:`reconcile` is pure over claim dicts (``claimex.claim/1`` as read from
``claims.jsonl``) and returns ``claimex.group/1`` dicts; :func:`reconcile_outdir` reads
``OUTDIR/claims.jsonl`` line by line and writes ``OUTDIR/groups.jsonl`` atomically.

Grouping rules (every threshold is a field of :class:`ReconcileSettings`):

* **Category.** Members share ``type`` and ``category`` (``killed`` never groups with
  ``injured`` or ``killed_or_injured``); quantity claims also share ``value.unit`` and
  need a subject (a percentage or sum of money without a counted noun stays alone).
* **Subject.** Two subjects are compatible when both have a ``canonical`` and these are
  equal, or else when their head nouns are equal or in one class of
  ``subject_classes`` ("soldiers", "government troops", "army conscripts" are all
  *military*). Head noun: the last word before a preposition or relative word, lowercased,
  singularised ("RSF fighters" → fighter, "the town's three hospitals" → hospital).
  Proper modifiers that differ ("Russian soldiers" / "Ukrainian soldiers") make subjects
  incompatible. A claim without a subject, or whose head is a role noun
  (``role_nouns``: prisoners, casualties, victims, others, ...), fits any subject: it is
  placed after the others, into the best compatible group of the same document
  (``unknown_subject_scope``).
* **Actor.** Compatible when either is missing, canonicals are equal, or head nouns are
  equal or in one class of ``actor_classes`` ("the strike" / "the airstrike";
  "its forces" / "the army"). An actor span that holds the figure itself ("30,000
  people" fled) is not an actor and is ignored.
* **Location.** Compatible when either is missing, they are equal (canonical, else text,
  case-folded), one is a country and ``country_contains_places`` (two different
  countries never are), one's place is named in the other's sentence, or both sentences
  name a common place (the places known from all claims' locations). Two claims of one
  sentence with different locations never group.
* **Time.** ``time.value`` is read as a day interval (``2024-03-13``, ``2024-03``,
  ``2024``, ``2024-W11``, ranges ``a/b`` and open ``a/..``; a value with ``X`` is
  unknown). Compatible when either is unknown or the gap between the intervals is at
  most ``time_window_days`` (``inferred_time_window_days`` when either time is inferred
  from the publication date).
* **Parts of one figure** never group: claims whose evidence spans overlap (a sum and its
  terms), or one whose figure lies inside the other's subject ("two of the town's three
  hospitals").
* **Quantity claims** group within one document only (``quantity_scope``): "300 families
  returned" and "20,000 families" elsewhere share a noun, not an event.

A claim joins a group only if it is compatible with *every* member (complete linkage), so
no chain of loose matches merges two events. Claims are taken in a fixed order (doc_id,
section, evidence offset, id) and each goes to the best compatible group: same section,
then same document, then the same head noun, then the nearest time, then the nearest
figure of the same section (figures before the claim first: "killed 9 civilians, not 7"),
then the oldest group; so the output does not depend on input order.

Summary: ``sources`` (distinct speakers: attribution canonical, else speaker, case-folded),
``low`` / ``high`` / ``median`` over asserted and hedged members (``high`` null when a
figure is open; the median of each figure's midpoint, or its low when open), and
``disputed``: two asserted/hedged figures whose intervals, each widened by the relative
``dispute_tolerance``, do not overlap (``disputed_by`` has ``"figures"``), or a negated
member beside an asserted/hedged one (``"negation"``).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from claimex.io.writers import dumps

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

_PREPOSITIONS = frozenset({
    "of", "in", "at", "on", "near", "from", "by", "with", "across", "around", "inside",
    "outside", "during", "who", "which", "that", "whom", "whose", "after", "before", "to",
    "into", "among", "including", "between", "under", "over", "for"})
_NOT_PROPER = frozenset({
    "the", "a", "an", "some", "government", "army", "regime", "rebel", "enemy", "our",
    "their", "its", "his", "her", "state", "security", "armed", "local", "foreign"})
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


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


# --------------------------------------------------------------------------- nouns


def _singular(word: str) -> str:
    if word in ("people", "police", "personnel", "militia", "series", "news"):
        return word
    if word.endswith("men") and len(word) > 3:
        return word[:-3] + "man"
    if word == "children":
        return "child"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [w.strip(".'’-") for w in _WORD.findall(text.replace("@", " "))]


def head_noun(text: str | None) -> str | None:
    """The head noun of a noun phrase, singular and lowercased ("RSF fighters" → fighter)."""
    if not text:
        return None
    words = [w for w in _words(text) if w]
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            words = words[:i]
            break
    if not words:
        return None
    last = _singular(words[-1].lower())
    if len(words) > 1:
        pair = f"{words[-2].lower()} {last}"
        if pair in _MULTIWORD:
            return pair
    return last


_MULTIWORD = frozenset(n for table in (SUBJECT_CLASSES, ACTOR_CLASSES)
                       for nouns in table.values() for n in nouns if " " in n)


def _proper_modifiers(text: str, at_sentence_start: bool) -> frozenset[str]:
    words = [w for w in _words(text) if w]
    for i, word in enumerate(words):
        if i and word.lower() in _PREPOSITIONS:
            words = words[:i]
            break
    mods = words[:-1]
    if at_sentence_start and mods:
        mods = mods[1:]
    return frozenset(w.casefold() for w in mods
                     if w[:1].isupper() and w.casefold() not in _NOT_PROPER)


def _norm(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip().casefold()
    text = re.sub(r"^(the|a|an) ", "", text)
    return text or None


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    names: set[str] = set()
    try:
        import pycountry

        for country in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value:
                    names.add(value.casefold())
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    text = resources.files("claimex.resources").joinpath("countries.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            names.update(n.casefold() for n in entry.get("aliases", []))
            names.update(n.casefold() for n in entry.get("acronyms", []))
    return frozenset(_norm(n) or n for n in names)


# --------------------------------------------------------------------------- time

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


def _point(value: str, end: bool) -> date | None:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday + timedelta(days=6) if end else monday
        if m := _MONTH.match(value):
            first = date(int(m[1]), int(m[2]), 1)
            if not end:
                return first
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return nxt - timedelta(days=1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 12, 31) if end else date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None


def parse_time(value: str | None) -> tuple[date, date] | None:
    """A ``time.value`` as a (first day, last day) interval; None when unknown.

    Open ends (``2024-05/..``) run to ``date.min``/``date.max``; values with an unknown
    part (``XXXX-09-16``, ``199X``) are unknown.
    """
    if not value or "X" in value.upper().replace("W", ""):
        return None
    if "/" in value:
        left, _, right = value.partition("/")
        lo = date.min if left in ("", "..") else _point(left, end=False)
        hi = date.max if right in ("", "..") else _point(right, end=True)
    else:
        lo, hi = _point(value, end=False), _point(value, end=True)
    if lo is None or hi is None or hi < lo:
        return None
    return lo, hi


def _gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


# --------------------------------------------------------------------------- claims


@dataclass(slots=True)
class _Claim:
    index: int
    record: dict
    id: str
    doc_id: str
    section: int
    type: str
    category: str
    unit: str | None
    low: float
    high: float
    start: int
    end: int
    sentence_start: int | None
    sentence: str
    subject_head: str | None
    subject_canon: str | None
    subject_mods: frozenset[str]
    subject_span: tuple[int, int] | None
    wildcard: bool
    actor_head: str | None
    actor_canon: str | None
    location: str | None
    is_country: bool
    places: frozenset[str]
    time: tuple[date, date] | None
    time_inferred: bool
    modality: str
    speaker_key: str


def _span_text(span: Mapping[str, Any] | None) -> str | None:
    return (span or {}).get("text") or None


def _prepare(index: int, c: Mapping[str, Any], settings: ReconcileSettings) -> _Claim:
    value = c.get("value") or {}
    evidence = c.get("evidence") or {}
    start, end = int(evidence.get("start", 0)), int(evidence.get("end", 0))
    sentence_start = evidence.get("sentence_start")
    subject = c.get("subject") or None
    head = head_noun(_span_text(subject))
    mods: frozenset[str] = frozenset()
    if subject:
        at_start = sentence_start is not None and subject.get("start") == sentence_start
        mods = _proper_modifiers(subject.get("text") or "", at_start)
    subject_canon = _norm((subject or {}).get("canonical"))
    wildcard = head is None or (head in settings.role_nouns and not subject_canon)
    actor = c.get("actor") or None
    if actor and actor.get("start") is not None and actor.get("end") is not None and (
            actor["start"] <= start and end <= actor["end"]):
        actor = None  # "30,000 people fled": the counted phrase, not who did it
    location = c.get("location") or None
    loc = _norm((location or {}).get("canonical")) or _norm(_span_text(location))
    time = c.get("time") or None
    attribution = c.get("attribution") or {}
    speaker = attribution.get("canonical") or attribution.get("speaker") or ""
    high = value.get("high")
    return _Claim(
        index=index, record=dict(c), id=str(c.get("id")), doc_id=str(c.get("doc_id")),
        section=int(c.get("section") or 0), type=str(c.get("type")),
        category=str(c.get("category")), unit=value.get("unit"),
        low=float(value.get("low") or 0.0),
        high=math.inf if high is None else float(high),
        start=start, end=end, sentence_start=sentence_start,
        sentence=str(evidence.get("sentence") or ""),
        subject_head=head, subject_canon=subject_canon, subject_mods=mods,
        subject_span=((subject["start"], subject["end"]) if subject
                      and subject.get("start") is not None and subject.get("end") is not None
                      else None),
        wildcard=wildcard,
        actor_head=head_noun(_span_text(actor)), actor_canon=_norm((actor or {}).get("canonical")),
        location=loc, is_country=bool(loc and loc in _country_names()),
        places=frozenset(), time=parse_time((time or {}).get("value")),
        time_inferred=bool((time or {}).get("inferred")),
        modality=str(c.get("modality") or "asserted"),
        speaker_key=re.sub(r"\s+", " ", speaker).strip().casefold())


class _Matcher:
    def __init__(self, settings: ReconcileSettings):
        self.s = settings
        self.subject_class = {n: k for k, ns in settings.subject_classes.items() for n in ns}
        self.actor_classes = {n: k for k, ns in settings.actor_classes.items() for n in ns}

    def nouns_match(self, a: str | None, b: str | None, table: Mapping[str, str]) -> bool:
        if a == b:
            return True
        ka, kb = table.get(a or ""), table.get(b or "")
        return ka is not None and ka == kb

    def subject(self, a: _Claim, b: _Claim) -> bool:
        if a.wildcard or b.wildcard:
            return True
        if a.subject_canon and b.subject_canon:
            return a.subject_canon == b.subject_canon
        if (a.subject_mods and b.subject_mods and not (a.subject_mods & b.subject_mods)
                and not (a.subject_canon or b.subject_canon)):
            return False  # "Russian soldiers" / "Ukrainian soldiers"
        return self.nouns_match(a.subject_head, b.subject_head, self.subject_class)

    def actor(self, a: _Claim, b: _Claim) -> bool:
        if not (a.actor_head or a.actor_canon) or not (b.actor_head or b.actor_canon):
            return True
        if a.actor_canon and b.actor_canon and a.actor_canon == b.actor_canon:
            return True
        if a.actor_canon and b.actor_canon and a.actor_head != b.actor_head:
            return False
        return self.nouns_match(a.actor_head, b.actor_head, self.actor_classes)

    def location(self, a: _Claim, b: _Claim) -> bool:
        if a.location is None or b.location is None or a.location == b.location:
            return True
        if a.doc_id == b.doc_id and a.sentence_start == b.sentence_start:
            return False
        if self.s.country_contains_places and a.is_country != b.is_country:
            return True
        if a.is_country and b.is_country:
            return False
        if a.location in b.places or b.location in a.places:
            return True
        return bool(a.places & b.places)

    def time_gap(self, a: _Claim, b: _Claim) -> int | None:
        if a.time is None or b.time is None:
            return None
        return _gap_days(a.time, b.time)

    def time(self, a: _Claim, b: _Claim) -> bool:
        gap = self.time_gap(a, b)
        if gap is None:
            return True
        window = (self.s.inferred_time_window_days if a.time_inferred or b.time_inferred
                  else self.s.time_window_days)
        return gap <= window

    def compatible(self, a: _Claim, b: _Claim) -> bool:
        if a.doc_id == b.doc_id and (
                (a.start < b.end and b.start < a.end)  # a sum and its terms
                or _inside(b, a.subject_span) or _inside(a, b.subject_span)):
            return False  # "two of the town's three hospitals": a part and its whole
        if a.type == "quantity" and self.s.quantity_scope == "document" and (
                a.doc_id != b.doc_id):
            return False
        return (self.subject(a, b) and self.actor(a, b) and self.location(a, b)
                and self.time(a, b))


def _inside(c: _Claim, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= c.start and c.end <= span[1]


def _block_key(c: _Claim) -> tuple[str, str, str | None]:
    return (c.type, c.category, c.unit if c.type == "quantity" else None)


def _groupable(c: _Claim, settings: ReconcileSettings) -> bool:
    if settings.categories is not None and c.category not in settings.categories:
        return False
    return not (c.type == "quantity" and c.subject_head is None)


def _sentence_places(claims: list[_Claim]) -> None:
    """Known places (all claims' location texts) named in each claim's sentence."""
    names: dict[str, str] = {}
    for c in claims:
        loc = c.record.get("location") or {}
        for raw in (loc.get("text"), loc.get("canonical")):
            norm = _norm(raw)
            if raw and norm:
                names.setdefault(re.sub(r"^(the|a|an) ", "", raw.strip(), flags=re.I), norm)
    if not names:
        return
    alternatives = sorted(names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in alternatives)
                         + r")(?!\w)")
    for c in claims:
        found = {names[m.group(0)] for m in pattern.finditer(c.sentence)}
        if c.location:
            found.add(c.location)
        c.places = frozenset(found)


def reconcile(claims: Iterable[Mapping[str, Any]],
              settings: ReconcileSettings | None = None) -> list[dict]:
    """Group claim dicts (``claimex.claim/1``) into ``claimex.group/1`` dicts.

    Pure and deterministic: the same claims, in any order, give the same groups in the same
    order (by their first member: doc_id, section, evidence offset).
    """
    settings = settings or ReconcileSettings()
    prepared = [_prepare(i, c, settings) for i, c in enumerate(claims)]
    prepared.sort(key=lambda c: (c.doc_id, c.section, c.start, c.end, c.category, c.id))
    _sentence_places(prepared)
    matcher = _Matcher(settings)
    groups: list[list[_Claim]] = []
    blocks: dict[tuple, list[int]] = {}
    deferred: list[_Claim] = []
    for c in prepared:
        if not _groupable(c, settings):
            groups.append([c])
            continue
        if c.wildcard:
            deferred.append(c)
            continue
        _place(c, groups, blocks, matcher, within_document=False)
    for c in deferred:
        if settings.unknown_subject_scope == "none":
            groups.append([c])
            continue
        _place(c, groups, blocks, matcher,
               within_document=settings.unknown_subject_scope == "document")
    out = [_group_record(members, settings, matcher) for members in groups
           if len(members) >= settings.min_members]
    out.sort(key=lambda g: g["_order"])
    for g in out:
        del g["_order"]
    return out


def _place(c: _Claim, groups: list[list[_Claim]], blocks: dict[tuple, list[int]],
           matcher: _Matcher, within_document: bool) -> None:
    key = _block_key(c)
    best: tuple | None = None
    best_index = -1
    for gi in blocks.get(key, ()):
        members = groups[gi]
        if within_document and not any(m.doc_id == c.doc_id for m in members):
            continue
        if not all(matcher.compatible(c, m) for m in members):
            continue
        same_doc = [m for m in members if m.doc_id == c.doc_id]
        gaps = [g for m in members if (g := matcher.time_gap(c, m)) is not None]
        score = (
            not any(m.section == c.section for m in same_doc),
            not same_doc,
            not any(m.subject_head == c.subject_head for m in members),
            min(gaps) if gaps else 0,
            min((_distance(c, m) for m in same_doc if m.section == c.section),
                default=(2, 0)),
            gi,
        )
        if best is None or score < best:
            best, best_index = score, gi
    if best is None:
        blocks.setdefault(key, []).append(len(groups))
        groups.append([c])
    else:
        groups[best_index].append(c)


# --------------------------------------------------------------------------- records


def _distance(c: _Claim, m: _Claim) -> tuple[int, int]:
    """Text distance to a member of the same section; figures before the claim come first
    ("killed 9 civilians, not 7": the bare 7 refers back)."""
    return (0, c.start - m.start) if m.start <= c.start else (1, m.start - c.start)


def group_id(claim_ids: Iterable[str]) -> str:
    """Stable id of a group: a hash of its sorted member claim ids."""
    digest = hashlib.blake2b("\n".join(sorted(claim_ids)).encode("utf-8"), digest_size=10)
    return "g" + digest.hexdigest()


def _most_common(values: list[Any]) -> Any:
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)  # first seen among the most common


def _shared_span(members: list[_Claim], field_name: str) -> dict | None:
    spans = [m.record.get(field_name) for m in members]
    if field_name == "actor":
        spans = [s if m.actor_head or m.actor_canon else None
                 for s, m in zip(spans, members, strict=True)]
    keys = [(_norm((s or {}).get("canonical")) or _norm((s or {}).get("text"))) for s in spans]
    key = _most_common(keys)
    if key is None:
        return None
    span = next(s for s, k in zip(spans, keys, strict=True) if k == key)
    return {"text": span.get("text"), "canonical": span.get("canonical")}


def _point_value(m: _Claim) -> float:
    return m.low if math.isinf(m.high) else (m.low + m.high) / 2


def _agree(a: _Claim, b: _Claim, tolerance: float) -> bool:
    return a.low <= b.high * (1 + tolerance) and b.low <= a.high * (1 + tolerance)


def _group_record(members: list[_Claim], settings: ReconcileSettings,
                  matcher: _Matcher) -> dict:
    members = sorted(members, key=lambda m: (m.doc_id, m.section, m.start, m.end, m.id))
    first = members[0]
    ids = [m.id for m in members]
    heads = [m.subject_head for m in members if not m.wildcard]
    head = _most_common(heads)
    subject = None
    if head:
        rep = next(m for m in members if m.subject_head == head and not m.wildcard)
        canon = _most_common([(m.record.get("subject") or {}).get("canonical")
                              for m in members if not m.wildcard])
        subject = {"text": rep.record["subject"].get("text"), "head": head,
                   "class": matcher.subject_class.get(head), "canonical": canon}
    times = [m.time for m in members if m.time]
    span = None
    if times:
        lo, hi = min(t[0] for t in times), max(t[1] for t in times)
        span = {"start": None if lo == date.min else lo.isoformat(),
                "end": None if hi == date.max else hi.isoformat(),
                "inferred": all(m.time_inferred for m in members if m.time)}
    counted = [m for m in members if m.modality in ("asserted", "hedged")]
    reasons = []
    if any(not _agree(a, b, settings.dispute_tolerance)
           for i, a in enumerate(counted) for b in counted[i + 1:]):
        reasons.append("figures")
    if counted and any(m.modality == "negated" for m in members):
        reasons.append("negation")
    summary = {
        "members": len(members),
        "documents": len({m.doc_id for m in members}),
        "sources": len({m.speaker_key for m in members}),
        "low": min((m.low for m in counted), default=None),
        "high": max((m.high for m in counted), default=None),
        "median": statistics.median(_point_value(m) for m in counted) if counted else None,
        "disputed": bool(reasons),
        "disputed_by": reasons,
        "modalities": dict(sorted(Counter(m.modality for m in members).items())),
    }
    return {
        "schema": GROUP_SCHEMA,
        "group_id": group_id(ids),
        "type": first.type,
        "category": first.category,
        "unit": first.unit,
        "subject": subject,
        "actor": _shared_span(members, "actor"),
        "location": _shared_span(members, "location"),
        "time": span,
        "claim_ids": ids,
        "members": [_member(m) for m in members],
        "summary": summary,
        "_order": (first.doc_id, first.section, first.start, first.end, first.id),
    }


def _member(m: _Claim) -> dict:
    value = m.record.get("value") or {}
    attribution = m.record.get("attribution") or {}
    evidence = m.record.get("evidence") or {}
    return {
        "claim_id": m.id,
        "doc_id": m.doc_id,
        "section": m.section,
        "figure": {"text": value.get("text"), "low": m.low, "high": m.high,
                   "qualifier": value.get("qualifier")},
        "modality": m.modality,
        "speaker": attribution.get("speaker"),
        "speaker_canonical": attribution.get("canonical"),
        "speaker_kind": attribution.get("kind"),
        "start": evidence.get("start"),
        "end": evidence.get("end"),
    }


# --------------------------------------------------------------------------- files


def read_claims(path: str | Path) -> Iterator[dict]:
    """The claim records of a ``claims.jsonl``, one line at a time (blank lines skipped)."""
    from claimex.io.jsonl import iter_records

    yield from iter_records(path)


def reconcile_outdir(outdir: str | Path, settings: ReconcileSettings | None = None) -> Path:
    """Read ``OUTDIR/claims.jsonl``, write ``OUTDIR/groups.jsonl`` atomically; its path.

    Raises FileNotFoundError when OUTDIR has no ``claims.jsonl``.
    """
    outdir = Path(outdir)
    source = outdir / "claims.jsonl"
    if not source.is_file():
        raise FileNotFoundError(f"{source} does not exist: run `claimex extract` first")
    groups = reconcile(read_claims(source), settings)
    target = outdir / "groups.jsonl"
    partial = outdir / ".groups.jsonl.partial"
    try:
        with partial.open("wb") as handle:
            for group in groups:
                handle.write(dumps(group))
        os.replace(partial, target)
    finally:
        if partial.exists():
            partial.unlink()
    return target
