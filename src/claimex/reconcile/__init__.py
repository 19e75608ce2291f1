"""Group claims that report the same event: ``claimex reconcile OUTDIR`` → ``groups.jsonl``.

:func:`reconcile` is pure over claim dicts (``claimex.claim/1`` as read from
``claims.jsonl``) and returns ``claimex.group/1`` dicts; :func:`reconcile_outdir` reads
``OUTDIR/claims.jsonl`` line by line and writes ``OUTDIR/groups.jsonl`` atomically.

Modules: :mod:`~claimex.reconcile.settings` (:class:`ReconcileSettings`, noun tables),
:mod:`~claimex.reconcile.nouns` (head nouns, proper modifiers, country names),
:mod:`~claimex.reconcile.timeline` (times as day intervals),
:mod:`~claimex.reconcile.claims` (claim dicts prepared for comparison),
:mod:`~claimex.reconcile.compatibility` (the pairwise rules below),
:mod:`~claimex.reconcile.grouping` (:func:`reconcile`),
:mod:`~claimex.reconcile.records` (``claimex.group/1``) and
:mod:`~claimex.reconcile.files` (:func:`reconcile_outdir`).

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

from claimex.reconcile.files import read_claims, reconcile_outdir
from claimex.reconcile.grouping import reconcile
from claimex.reconcile.nouns import head_noun
from claimex.reconcile.records import GROUP_SCHEMA, group_id
from claimex.reconcile.settings import (
    ACTOR_CLASSES,
    ROLE_NOUNS,
    SUBJECT_CLASSES,
    ReconcileSettings,
)
from claimex.reconcile.timeline import parse_time

__all__ = [
    "ACTOR_CLASSES", "GROUP_SCHEMA", "ROLE_NOUNS", "SUBJECT_CLASSES", "ReconcileSettings",
    "group_id", "head_noun", "parse_time", "read_claims", "reconcile", "reconcile_outdir",
]
