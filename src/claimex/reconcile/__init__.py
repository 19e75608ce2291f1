"""Group claims that report the same event: ``claimex reconcile OUTDIR`` → ``groups.jsonl``.

:func:`reconcile` is pure over claim dicts (``claimex.claim/1`` as read from
``claims.jsonl``) and returns ``claimex.group/1`` dicts; :func:`reconcile_outdir` reads
``OUTDIR/claims.jsonl`` line by line and writes ``OUTDIR/groups.jsonl`` atomically.

Modules: :mod:`~claimex.reconcile.settings` (:class:`ReconcileSettings`; the word tables
it loads from ``resources/reconcile_words.jsonl`` and ``resources/victim_sides.jsonl``),
:mod:`~claimex.reconcile.nouns` (head nouns, proper modifiers, country names),
:mod:`~claimex.reconcile.victims` (sides and classes of victim phrases),
:mod:`~claimex.reconcile.timeline` (times as day intervals),
:mod:`~claimex.reconcile.claims` (claim dicts prepared for comparison),
:mod:`~claimex.reconcile.compatibility` (the pairwise rules below),
:mod:`~claimex.reconcile.grouping` (:func:`reconcile`),
:mod:`~claimex.reconcile.tolls` (the document tolls resting on a group's members),
:mod:`~claimex.reconcile.records` (``claimex.group/1``) and
:mod:`~claimex.reconcile.files` (:func:`reconcile_outdir`).

Grouping rules (every threshold is a field of :class:`ReconcileSettings`):

* **Category.** Members share ``type`` and ``category`` (``killed`` never groups with
  ``injured`` or ``killed_or_injured``); quantity claims also share ``value.unit`` and
  need a subject (a percentage or sum of money without a counted noun stays alone).
* **Victims (subject).** Each victim phrase has **sides**: the nationalities, factions
  and alignments that ``side_words`` finds in its words and canonical ("Wagner fighters"
  → RUS, "regime and allied fighters" → government, "Turkish-backed militants" → TUR).
  When both phrases have sides: sides that share nothing never group; sides that meet
  group when the head nouns are equal or in one class of ``subject_classes``, or when one
  head is a plain person noun of no class (the word layer's ``person_nouns``: nationals,
  contractors, members; or a side's own name: "Russians", "Houthis") — so "Wagner
  fighters", "Russian contractors" and "Russian nationals" are one group of victims and
  "regime and allied fighters" another; two classes never group ("Russian soldiers" /
  "Russian civilians"). When a side is unknown: equal canonicals, else no two different
  proper modifiers ("Russian soldiers" / "Ukrainian soldiers"), and head nouns equal or in
  one class ("soldiers", "government troops", "army conscripts" are all *military*).
  Head noun: the last word before a preposition or relative word, lowercased,
  singularised ("RSF fighters" → fighter, "the town's three hospitals" → hospital).
  A claim without a subject, or whose head is a role noun
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
* **Documents.** Claims of two documents group only when something beyond the victims
  ties them (``cross_document_anchor``): both times known (year-less dates are not), or
  both places named below the country. "12 soldiers killed" on two undated pages are two
  events; "12 soldiers killed near Palmyra" on two pages can be one.
* **Comments.** A comment's figure with no subject, place or time of its own ("Nonsense,
  only 5 were killed") speaks of the article's event (``comments_follow_article``): it
  joins, among the groups of its category it fits, one that holds a figure of the
  article (or title) first, then the one holding the nearest figure before it (the
  figure it answers). Which sections are comments: the ``sections`` of the documents
  (``documents.jsonl``, read by :func:`reconcile_outdir`); without them, a claim in its
  author's own voice (``attribution.kind == "author"``). A thread arguing over one
  strike's toll so becomes one disputed group.
* **Scope.** Casualty claims of two different ``scope`` values never group: the toll of
  the reported strike (``reported``) is not the war's total (``aggregate``) nor that of an
  attack named for context (``background``); a claim without a scope fits any.
* **Parts of one figure** never group: claims whose evidence spans overlap (a sum and its
  terms), one whose figure lies inside the other's subject ("two of the town's three
  hospitals"), two figures of one sentence with a subset cue between them
  (``subset_cues``: "45 people, *including* four civilians"), or a claim whose victims are
  further people (``additional_words``: "seven soldiers ... two *other* soldiers", "ten
  others") and a claim before it in its document.
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

**Tolls.** Given the ``claimex.toll/1`` dicts (``tolls``; :func:`reconcile_outdir` reads
``tolls.jsonl`` when OUTDIR has it), each group's ``tolls`` lists the tolls any of whose
``claim_ids`` is a member: the toll's ``id``, ``doc_id``, ``speaker``, ``category``,
``unit``, ``low``, ``high``, ``basis``, ``modality``, ``claim_ids``, and ``member_ids``
(its claims in this group); ``[]`` when none rests on it, null when no tolls were given.
Tolls never change the grouping.

Fields added to ``claimex.group/1`` (all older fields kept): ``subject.sides`` (the sorted
sides of the members' victim phrases, ``[]`` when none is known), ``subject.kind``
(``"combatant"`` or ``"civilian"``: the kind of the subject's class; null without one) and
``members[].section_kind`` (``"title"``, ``"article"``, ``"comment"`` from the document's
sections; ``"comment"`` for a claim in its author's own voice when the sections are not
known; else null) and ``tolls`` (above).
"""

from __future__ import annotations

from claimex.reconcile.files import read_claims, reconcile_outdir
from claimex.reconcile.grouping import reconcile
from claimex.reconcile.nouns import head_noun
from claimex.reconcile.records import group_id
from claimex.reconcile.settings import (
    ACTOR_CLASSES,
    GROUP_SCHEMA,
    ROLE_NOUNS,
    SUBJECT_CLASSES,
    ReconcileSettings,
)
from claimex.reconcile.timeline import parse_time

__all__ = [
    "ACTOR_CLASSES", "GROUP_SCHEMA", "ROLE_NOUNS", "SUBJECT_CLASSES", "ReconcileSettings",
    "group_id", "head_noun", "parse_time", "read_claims", "reconcile", "reconcile_outdir",
]
