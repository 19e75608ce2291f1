"""Which event a casualty figure belongs to, and which figures a toll must skip.

Every casualty claim gets a ``scope`` (DESIGN.md, ``claimex.claim/1``):

* ``background``: another, earlier event named for context: "the facilitator behind a
  bombing that killed six police officers last spring", "In 2003, an earthquake in Bam
  left more than 25,000 people dead", "When Cyclone Sidr hit in 2007, about 3,000 were
  reported killed"; a page's list of other stories (under "Related news");
* ``aggregate``: a total over a period or over several operations: "240 detained since
  March", "more than 20 militants were killed in separate raids over the past two days",
  "detained 30 suspects during five security operations",
  "the war has killed 500,000", "More than 300 people were killed ... last year" (a count
  with "at least" over the day's separate attacks is the round-up's own total, reported:
  :mod:`claimex.pipeline.claims.scope_round_ups`); a war's toll in a clause on it too
  ("a conflict that has killed 100,000", "the siege, which also killed two medics");
* ``reported``: everything else, the event or events the text reports.

Two marks let a toll skip a figure the text itself replaces or repeats:

* ``revised`` (True): a figure a later one of the same category replaces: "first put at
  nine, the toll was later raised to 13", "rose from 51 to 1,079", "initially said 14
  people died ... raised the toll to 30";
* ``repeat_of`` (the ``start`` of the first claim): the same figure in the same words
  again, as a headline printed two or three times on a page.

Both are set by :mod:`claimex.pipeline.claims.scope_marks`.

The rules read the clause of the figure's cue (:func:`clause_tokens`); without a parse
(``rules.cfg``) a figure is ``background`` where the claims component marks it so, else
``reported``.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("claimex_claims"); _ = nlp.initialize()
>>> [c["scope"] for c in nlp("12 soldiers were killed")._.claimex_claims]
['reported']
"""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims import scope_totals
from claimex.pipeline.claims.furniture import in_related_list
from claimex.pipeline.claims.scope_round_ups import round_up_total
from claimex.pipeline.claims.scope_spans import after_a_span
from claimex.pipeline.claims.scope_totals import PROTRACTED_EVENTS, YEAR_RE, is_perfect
from claimex.pipeline.extensions import PAGE_TEXT_KEY, doc_text
from claimex.rules.recent_spans import names_a_recent_day

# Clauses of their own inside a cue's clause: what they say is not the cue's.
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis", "acl", "conj",
                          "appos"})

# "since dawn", "since the blast": the event's own count so far, not a period's total.
_SINCE_THE_EVENT = frozenset({"dawn", "morning", "midnight", "night", "attack", "blast",
                              "explosion", "strike", "bombing", "quake", "earthquake",
                              "storm", "collapse", "fire", "crash", "incident", "shooting",
                              "raid", "landslide", "flood", "flooding", "disaster"})

# Periods whose total a figure gives: "last year", "over the past two weeks", "in recent
# months", "over the years"; the past day or two is the event's own.
_PERIODS = frozenset({"year", "years", "month", "months", "decade", "decades", "weeks",
                      "days", "period"})
_PERIOD_MODIFIERS = frozenset({"last", "past", "this", "recent", "previous", "preceding",
                               "same"})

# Several operations: "in separate raids", "in a series of attacks".
_SEVERAL = frozenset({"separate", "multiple", "various", "series", "different"})
_OPERATIONS = frozenset({"raid", "operation", "attack", "strike", "airstrike", "incident",
                         "clash", "ambush", "bombing", "assault", "offensive", "engagement"})

# Operations a force counts as its own, several when two or more: "during four security
# operations" (three attacks or three bombings are one reported event's parts).
_COUNTED_OPERATIONS = frozenset({"operation"})

# An earlier event: "last spring", "in 2003", "two years ago".
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter", "month"})
_MONTHS = lexicon.words("months")
_EARLIER_PERIODS = _SEASONS | _MONTHS

# Words that name a person by an earlier event they took part in: "the facilitator behind
# a bombing that killed six", "convicted of an attack that killed 12".
_CONTEXT_HEADS = frozenset({"behind", "mastermind", "masterminded", "plan", "planned",
                            "planning", "convict", "convicted", "sentence", "sentenced",
                            "accuse", "accused", "charge", "charged", "responsible",
                            "suspect", "suspected", "wanted", "anniversary", "memorial",
                            "commemorate", "remember", "since", "before"})


def anchor_token(doc: Doc, claim: dict[str, Any], span: Span) -> Token:
    """The token a claim's clause is read from: its cue, else the figure."""
    if claim.get("cue_start") is not None:
        cue = doc.char_span(claim["cue_start"], claim["cue_start"] + 1,
                            alignment_mode="expand")
        if cue is not None:
            return cue.root
    return span.root


def clause_verb(token: Token) -> Token:
    """The verb of the clause a token stands in (the token itself when it is one); a
    predicate's clause is that of the verb it completes: "about 3,000 were reported
    killed", "are estimated to have been killed"."""
    steps = 0
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i and steps < 6:
        token = token.head
        steps += 1
    while token.dep_ in ("xcomp", "oprd", "acomp") and token.head.i != token.i and steps < 8:
        token = token.head
        steps += 1
    return token


def clause_tokens(verb: Token, keep: Token) -> list[Token]:
    """The tokens of ``verb``'s own clause: its subtree less the clauses of its own it
    holds (relative, adverbial, complement clauses, conjoined verbs), except the one that
    holds ``keep`` (the figure)."""
    out = [verb]
    todo = list(verb.children)
    while todo:
        token = todo.pop()
        if token.dep_ in _CLAUSE_DEPS and (token.dep_ != "conj" or token.pos_ in (
                "VERB", "AUX")) and not (token.left_edge.i <= keep.i <= token.right_edge.i):
            if token.dep_ == "advcl":
                # the conjunction of a clause of time says when: "since the protests
                # erupted", "When Cyclone Sidr hit in 2007"
                marks = [c for c in token.children if c.dep_ in ("mark", "advmod") and
                         c.lower_ in ("since", "when")]
                out.extend(marks)
                if any(m.lower_ == "when" for m in marks):
                    out.extend(t for t in token.subtree if _earlier_event(t))
            continue
        out.append(token)
        todo.extend(token.children)
    return out


def _since_a_period(token: Token) -> bool:
    """ "since March", "since 2013", "since the start of this year", "since the protests
    erupted"; not "since dawn" or "since the blast"."""
    if token.lower_ != "since":
        return False
    if token.dep_ == "mark":
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not any(o.lemma_.lower() in _SINCE_THE_EVENT for o in subjects)
    objects = [c for c in token.children if c.dep_ != "punct"]  # "since then" too
    if token.dep_ == "prep" and not objects:
        return False
    return not any(o.lemma_.lower() in _SINCE_THE_EVENT for o in objects)


def _is_period(token: Token) -> bool:
    """ "last year", "over the past two weeks", "in recent months", "over the years"."""
    if token.lower_ not in _PERIODS or token.dep_ not in ("pobj", "npadvmod", "nmod"):
        return scope_totals.spans_a_period(token)  # "over the course of 2019"
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "nummod",
                                                                  "advmod")}
    if token.lower_ in ("days", "weeks"):
        return bool(modifiers & {"past", "last", "recent", "previous", "preceding"}) and \
            (token.lower_ == "weeks" or any(c.like_num and c.lower_ not in ("one", "1")
                                            for c in token.children))
    if token.lower_ in ("years", "decades") and "the" in modifiers and \
            token.head.lower_ in ("over", "through", "across"):
        return True
    return bool(modifiers & _PERIOD_MODIFIERS)


def _several_operations(token: Token) -> bool:
    """ "in separate raids", "in a series of attacks", "in multiple strikes"; operations
    counted, two or more (:data:`_COUNTED_OPERATIONS`): "during five joint operations",
    "more than 12 operations"; not "three bombings"."""
    if token.lemma_.lower() not in _OPERATIONS or token.tag_ != "NNS":
        return False
    if any(c.lower_ in _SEVERAL for c in token.children if c.dep_ in ("amod", "nummod")):
        return True
    if _operations_counted(token) and not (token.dep_ == "pobj" and
                                           token.head.lower_ == "of"):
        return True  # not one of them: "during one of two operations"
    head = token.head  # "a series of attacks"
    return head.lower_ == "of" and head.head.lower_ == "series"


def _operations_counted(token: Token) -> bool:
    """Operations counted by a numeral, two or more ("during five joint operations"):
    a figure over them sums up what they found, even an exact one ("detained 30 suspects
    during five operations" is ``aggregate``), where an exact figure over an uncounted
    series is the reported event's own toll ("Eight troops were killed in a series of
    bombings" is ``reported``, :func:`states_a_total`)."""
    return token.lemma_.lower() in _COUNTED_OPERATIONS and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")
        for c in token.children)


def _earlier_event(token: Token) -> bool:
    """ "last spring", "in 2003", "two years ago", "In August" (a month without its day:
    news tells its own event by the day; a text that tells none by the day, as an entry
    of a chronology, dates its own event by the year: :func:`tells_its_event_by_the_day`);
    "two days ago", "a few hours ago" date the reported event (:func:`_recent_span`)."""
    if token.lower_ == "ago":
        return not _recent_span(token)
    if token.lower_ in _EARLIER_PERIODS and any(c.lower_ == "last" for c in token.children):
        return True
    if token.lower_ in _MONTHS and len(token.text) > 3 and token.dep_ == "pobj" and \
            token.head.lower_ in ("in", "during") and not any(
                c.like_num for c in token.children):
        return tells_its_event_by_the_day(token.doc)
    return bool(YEAR_RE.match(token.text)) and token.dep_ == "pobj" and \
        token.head.lower_ in ("in", "during") and tells_its_event_by_the_day(token.doc)


def _recent_span(ago: Token) -> bool:
    """Whether "ago" closes a span of hours or days back from the report's day ("Two days
    ago, police detained four men"): the reported event's day, not an earlier event's."""
    units = [c for c in ago.children if c.dep_ in ("npadvmod", "nmod", "dobj", "pobj")
             and c.i < ago.i]
    if len(units) != 1:
        return False
    unit = units[0]
    count = " ".join(t.text for t in unit.subtree if t.i < unit.i)
    return names_a_recent_day(count, unit.text)


_WEEKDAYS = frozenset(entry[0] for entry in lexicon.entries("weekdays"))
_DATED_BY_DAY_KEY = ("claimex", "dated_by_day")
_RELATIVE_DAYS = frozenset({"today", "yesterday", "tonight", "tomorrow"})
# a weekday or a day named relative to today, as a whole word in any case
_DAY_WORD = re.compile(r"(?<![A-Za-z])(?:" + "|".join(
    sorted((re.escape(w) for w in _WEEKDAYS | _RELATIVE_DAYS), key=len, reverse=True))
    + r")(?![A-Za-z])", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted((re.escape(w.capitalize()) for w in _MONTHS if w != "may"),
                               key=len, reverse=True)) + "|May"
# A day of a month: "March 11", "Jan. 7", "11 March", "on 23 December 2011".
_DAY_OF_MONTH = re.compile(r"\b(?:(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}(?![\d,.]\d|\d)"
                           r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH_NAMES + r")\b)")


@functools.lru_cache(maxsize=8)
def _names_a_day(text: str) -> bool:
    """Whether a text names a day: "March 11", "23 December", a weekday, "yesterday". Kept
    for the last few texts: every section of a page cut into sections asks of the same
    page text (:data:`PAGE_TEXT_KEY`), which is read once."""
    return bool(_DAY_OF_MONTH.search(text) or _DAY_WORD.search(text))


def tells_its_event_by_the_day(doc: Doc) -> bool:
    """Whether a text dates events by the day (a weekday, "yesterday", "March 11", "23
    December"), as news tells its own event: then "In 2003, an earthquake in Bam left more
    than 25,000 people dead" is an earlier event. A text with no day at all, as an entry
    of a chronology ("In 2011, nine guests were killed at a wedding in the hills"),
    tells its own event by the year or month, and that figure is ``reported``.

    >>> import spacy
    >>> tells_its_event_by_the_day(spacy.blank("en")("In 2010, 17 people were killed."))
    False
    """
    cached = doc.user_data.get(_DATED_BY_DAY_KEY)
    if cached is None:
        # a page cut into sections (an article and its comments) is read whole; a page
        # with a publication date dates its own events by it
        cached = bool(doc._.claimex_published) or _names_a_day(
            doc.user_data.get(PAGE_TEXT_KEY) or doc_text(doc))
        doc.user_data[_DATED_BY_DAY_KEY] = cached
    return cached


def _protracted_doer(verb: Token, tokens: list[Token]) -> bool:
    """A war or an offensive did it, told in the perfect: "the war has killed 500,000",
    "Israel's offensive has killed more than 40,000 people"."""
    if not is_perfect(verb):
        return False
    for token in tokens:
        if token.lemma_.lower() in PROTRACTED_EVENTS and (
                token.dep_ in ("nsubj", "poss") or (
                    token.dep_ == "pobj" and token.head.dep_ == "agent")):
            return True
    return False


def _named_for_context(noun: Token) -> bool:
    """Whether the noun a relative clause describes names an earlier event for context:
    a war or crackdown ("a conflict that has killed more than 100,000"), or an event a
    person is named by ("the facilitator behind a bombing that killed six")."""
    if noun.lemma_.lower() in PROTRACTED_EVENTS:
        return True
    head, steps = noun, 0
    while head.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and head.head.i != head.i \
            and steps < 4:
        head = head.head
        steps += 1
        if head.lower_ in _CONTEXT_HEADS or head.lemma_.lower() in _CONTEXT_HEADS:
            return True
    return False


_BEGIN_VERBS = frozenset({"begin", "start", "erupt", "break", "ignite", "spark", "trigger"})


def _starts_a_war(verb: Token) -> bool:
    """Whether a clause tells how a war began: "The war began when militants stormed into
    Israel on October 7, killing some 1,200 people" (an earlier event, for context)."""
    for _ in range(3):
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in _BEGIN_VERBS and any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") and
                c.lemma_.lower() in PROTRACTED_EVENTS for c in verb.children):
            return True
    return False


def _is_superlative(token: Token) -> bool:
    """ "the deadliest", "the worst", "one of the most fearsome"; not "at least", "at most".
    The tagger takes some "-iest" words for nouns ("the bloodiest attacks")."""
    return (token.tag_ in ("JJS", "RBS") or token.lower_.endswith("iest")) and not (
        token.i > 0 and token.doc[token.i - 1].lower_ == "at")


def comparison_since(tokens: list[Token]) -> int | None:
    """Where a superlative's time span starts in a clause, None when it has none: "killing
    at least 132 people in one of the most fearsome attacks in the capital since the
    invasion in 2003", "the worst attack since the war began in 2011" (the span the attack
    is compared over, not the period of the figure: from "since" on, the clause says
    nothing of the figure's time)."""
    for token in sorted(tokens, key=lambda t: t.i):
        if token.lower_ == "since" and any(
                _is_superlative(t) for t in token.sent if t.i < token.i):
            return token.i
    return None


def event_noun_dated_earlier(cue: Token) -> bool:
    """Whether a cue noun that names the event ("massacre", "killings") carries a relative
    clause that dates it earlier: "the massacre of 58 people in 11 minutes we had here a
    year ago", "the killings of 12 villagers that happened in 2019" (context, not the
    event reported). The parse often hangs the clause on the people after "of"."""
    if cue.pos_ != "NOUN":
        return False
    nouns = [cue, *(o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj")]
    return any(_earlier_event(t) for noun in nouns for c in noun.children
               if c.dep_ in ("relcl", "acl") for t in c.subtree)


def states_a_total(claim: dict[str, Any]) -> bool:
    """Whether a figure states an exact total of the operations it names: "Six soldiers
    have been killed in a series of roadside bombings" is the toll of the bombings the
    text reports; "Numerous fighters were killed during separate operations" sums up
    parts the text then tells one by one (``aggregate``)."""
    value = claim["value"]
    return value["low"] == value["high"] and value.get("qualifier") == "exact"


def claim_scope(doc: Doc, claim: dict[str, Any], span: Span) -> str:
    """``reported``, ``background`` or ``aggregate`` for a casualty claim (see the module
    docstring)."""
    parsed = doc.has_annotation("DEP")
    if not parsed:
        return "background" if claim.get("background") else "reported"
    anchor = anchor_token(doc, claim, span)
    verb = clause_verb(anchor)
    tokens = clause_tokens(verb, span.root) + scope_totals.shared_time_words(verb)
    compared_from = comparison_since(tokens)
    if compared_from is not None:
        tokens = [t for t in tokens if t.i < compared_from]
    if claim.get("background"):
        # a relative or participle clause on a noun that is not the people counted
        noun = anchor.head
        clause = list(anchor.subtree)
        if any(_earlier_event(t) for t in clause):
            return "background"
        if noun.lemma_.lower() in PROTRACTED_EVENTS or \
                any(_since_a_period(t) or _is_period(t) for t in clause):
            # "the campaign, which also killed four sailors": a war's total
            return "aggregate"
        if _named_for_context(noun):
            return "background"
    # a participle or a conjunct without a subject of its own shares the period, the
    # operations or the earlier time of the clause it hangs on: "the worst in a decade,
    # abducting thousands, killing hundreds"; "conducted 15 operations,
    # detaining 40"; "In June, the militia looted and burned to death at least 14 villagers"
    head = verb
    for _ in range(3):
        if head.dep_ not in ("advcl", "conj", "xcomp") or head.head.i == head.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            break
        head = head.head
        tokens.extend(t for t in clause_tokens(head, span.root)
                      if _is_period(t) or _since_a_period(t) or _several_operations(t)
                      or _earlier_event(t))
    if compared_from is not None:
        tokens = [t for t in tokens if t.i < compared_from]
    if any(_earlier_event(t) for t in tokens) or _starts_a_war(verb) or \
            event_noun_dated_earlier(anchor) or after_a_span(verb):
        return "background"
    if verb.dep_ == "acl" and _several_operations(verb.head):
        # a participle on the operations it tells: "conducted four operations targeting
        # Taliban leaders detaining numerous suspected insurgents"
        return "aggregate"
    several = any(_several_operations(t) and (_operations_counted(t) or not (
        states_a_total(claim) or round_up_total(claim))) for t in tokens)
    if any(_since_a_period(t) or _is_period(t) for t in tokens) or several or \
            _protracted_doer(verb, tokens) or scope_totals.hidden_total(verb, claim, tokens):
        return "aggregate"
    return "reported"


def mark_scope(doc: Doc, claims: list[tuple[Span, dict[str, Any]]]) -> None:
    """Set ``scope`` on every claim dict: the scope of a casualty claim, None for a
    quantity."""
    text = doc_text(doc)
    for span, claim in claims:
        if claim["type"] != "casualty":
            claim["scope"] = None
        elif in_related_list(text, claim["start"]):
            claim["scope"] = "background"  # a page's list of other stories
        else:
            claim["scope"] = claim_scope(doc, claim, span)
