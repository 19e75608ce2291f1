"""Window rules: where there is no parse (``rules.cfg``) or where the parse goes astray, a
cue is found by its place in the words around a figure.

Each rule is a linking rule as in :mod:`claimex.pipeline.claims.linking.parsed`: a
``Figure`` in, a ``Link`` named after the rule out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimex import lexicon
from claimex.pipeline.claims.figure import HOUSING_ONLY, Figure, LinkResult
from claimex.pipeline.claims.furniture import LONG_WORD_RE
from claimex.pipeline.claims.grammar import is_passive_or_copular
from claimex.pipeline.extensions import doc_text
from claimex.rules.casualties import displacement_unit, is_figure_label, is_person_noun, label_unit
from claimex.rules.parenthetical_parts import ASIDE_WORDS, part_aside_end

# Words between a figure's noun and a passive cue: auxiliaries, modals, a few adverbs
# (resources/words/passive_fillers.txt).
_PASSIVE_FILLERS = lexicon.words("passive_fillers")
# What ends the clause of a figure for the window rules without a parse
# (resources/words/clause_stops.txt).
_CLAUSE_STOPS = lexicon.words("clause_stops")
_LABEL_TOKENS = 16
_HEADLINE_CHARS = 200


def window_passive(fig: Figure) -> LinkResult:
    """A safety net where the parse goes astray: "3,400 people were pre-emptively
    evacuated", "1.5 million peoplecould  become  displaced", "2,759 persons (around 460
    families) became\\nhomeless" (figure, its noun, auxiliaries, modals or adverbs, then a
    cue verb or a cue adjective); an aside naming a part of the count is skipped ("30
    pilgrims, among them four children, killed by ...")."""
    doc, span, counted, cues = fig.doc, fig.span, fig.counted, fig.cues
    if counted is None or counted.i < span.start or counted.i - span.end > 3:
        return None
    if counted.i < span.end:
        # a range the parse gets wrong ("between  one  to  1.5  million  people"): the
        # figure heads itself; the person noun right after it is what it counts
        after = next((t for t in doc[span.end:span.end + 3] if not t.is_space), None)
        if after is not None and after.pos_ == "NOUN" and is_person_noun(after.lower_):
            counted = after
    housing = counted.i >= span.end and displacement_unit(counted.text) == "houses"
    if not is_person_noun(counted.lemma_) and counted.i >= span.end and not housing:
        return None
    i = max(counted.i, span.end - 1) + 1
    # "one person of interest was detained": a short phrase on the noun is skipped
    attached = {t.i for c in counted.rights if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree}
    limit = 5 + (len(attached) if len(attached) <= 3 else 0)
    seen = 0  # words looked at, not counting line breaks, runs of spaces and a bracket
    while i < len(doc) and seen < limit:
        token = doc[i]
        if token.is_space:
            i += 1  # "peoplecould  become  displaced", "became\nhomeless" (PDF text)
            continue
        if i in cues and (cues[i][1] in ("verb", "intransitive", "adjective") or (
                cues[i] == ("displaced", "noun") and token.pos_ == "ADJ")) and (
                token.lower_ in HOUSING_ONLY if housing else
                token.lower_ not in HOUSING_ONLY or counted.i < span.end):
            # "150 houses destroyed": housing counts only as housing lost, and people are
            # not destroyed ("a market used by 3,000 people was destroyed"); a figure
            # without its noun may count housing ("31 houses destroyed and 300 damaged")
            return fig.link(token, cues[i], "window_passive")
        if seen == 0 and token.text != "(":
            # "30 pilgrims, among them four children, killed by ...": an aside that names
            # a part of the count is skipped (rules/parenthetical_parts)
            window = [t.lower_ for t in doc[i:i + ASIDE_WORDS + 3]]
            after = part_aside_end(window, 0)
            if after is not None:
                i += after
                if i in cues and cues[i][1] == "noun" and doc[i].pos_ == "ADJ":
                    return fig.link(doc[i], cues[i], "window_passive")  # "..., dead in"
                continue
        if token.text == "(" and seen == 0:
            # a restatement in brackets right after the noun is skipped
            close = next((j for j in range(i + 1, min(len(doc), i + 10))
                          if doc[j].text == ")"), None)
            if close is None:
                return None
            i = close + 1
            continue
        seen += 1
        if i in attached and len(attached) <= 3:
            i += 1
            continue
        if token.lower_ not in _PASSIVE_FILLERS and token.pos_ != "ADV":
            return None
        i += 1
    return None


def window_active(fig: Figure) -> LinkResult:
    """A safety net where the parse goes astray on an active cue verb right before a
    figure of people: "..., killing at least 13 people including three monks, residents
    said" (the parse makes "people" the subject of "said")."""
    doc, words, counted = fig.doc, fig.words, fig.counted
    if counted is None or counted.i < words.end or counted.i - words.end > 3 or \
            words.start == 0 or not is_person_noun(counted.lemma_):
        return None
    verb = doc[words.start - 1]
    found = fig.cues.get(verb.i)
    if found is None or found[1] != "verb" or found[0] == "displaced" or verb.pos_ != "VERB" or \
            verb.tag_ not in ("VBG", "VBD") or is_passive_or_copular(verb):
        return None
    return fig.link(verb, found, "window_active")


def in_headline(span: Span, text: str) -> bool:
    """Whether a figure stands in the text's headline: its first line, short and written in
    Title Case (most of its words of four letters or more, at least three, capitalised).
    Title Case lines further down are other stories' headlines (related links, a page's
    furniture), not claims of this one; a site's name, a date or an "Update" line above
    the headline are furniture (:func:`_only_furniture`).

    >>> import spacy; doc = spacy.blank("en")("Strike On Apartment Kills Eight\\nMore text")
    >>> in_headline(doc[4:5], doc.text)
    True
    >>> doc = spacy.blank("en")("Daily Trust\\nGunmen Kidnap Seven Worshippers\\nText")
    >>> in_headline(doc[5:6], doc.text)
    True
    """
    start = text.rfind("\n", 0, span.start_char) + 1
    if not _only_furniture(text[:start]):
        return False
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)]
    if len(line) > _HEADLINE_CHARS:
        return False
    words = LONG_WORD_RE.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_FURNITURE_LINES = 3
_FURNITURE_CHARS = 60
_SENTENCE_END = re.compile(r"[a-z][.!?]\s*$")


def _only_furniture(before: str) -> bool:
    """Whether the lines above a headline are nothing but a page's furniture: at most
    three short lines that are no sentences ("Daily Trust", "Breaking News Update",
    "April 4, 2012 - 15:05 AMT")."""
    lines = [line.strip() for line in before.splitlines() if line.strip()]
    return len(lines) <= _FURNITURE_LINES and all(
        len(line) <= _FURNITURE_CHARS and not _SENTENCE_END.search(line) for line in lines)


def _window_applies(fig: Figure) -> bool:
    """Without a parse the window rules are all there is; with one, they read only a
    Title Case headline, whose parse is no guide ("Strike On Apartment Kills Eight")."""
    return not fig.parsed or in_headline(fig.span, doc_text(fig.doc))


def window_after(fig: Figure) -> LinkResult:
    """A cue in the same clause right after the counted words (passive, intransitive, a
    cue noun): "12 soldiers were killed", "12 deaths"."""
    if not _window_applies(fig):
        return None
    doc, span = fig.doc, fig.span
    for i in range(span.end, min(len(doc), span.end + fig.window)):
        token = doc[i]
        if token.lower_ in _CLAUSE_STOPS or token.like_num:
            break
        if i in fig.cues:
            return fig.link(token, fig.cues[i], "window_after")
    return None


def window_before(fig: Figure) -> LinkResult:
    """An active cue verb right before the figure: "killed 12 soldiers"."""
    if not _window_applies(fig):
        return None
    doc, span = fig.doc, fig.span
    for i in range(span.start - 1, max(-1, span.start - 4), -1):
        token = doc[i]
        if token.lower_ in _CLAUSE_STOPS or token.like_num:
            break
        if i in fig.cues and fig.cues[i][1] == "verb":
            return fig.link(token, (fig.cues[i][0], "verb"), "window_before")
    return None


def figure_label(doc: Doc, span: Span) -> list[Token]:
    """The words on a figure's line that label it: those before it when the line ends with
    it (or goes on in brackets or after a semicolon), else those after it when it starts
    the line; [] when the line is more than a label and a figure."""
    start, end = span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
        if span.start - start > _LABEL_TOKENS:
            return []  # a long line is prose, not a label and a figure
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
        if end - span.end > _LABEL_TOKENS:
            return []
    before, after = list(doc[start:span.start]), list(doc[span.end:end])
    if before and (not after or after[0].text in ("(", ";", ".")):
        return before
    return after if not before else []


def cue_label(fig: Figure) -> LinkResult:
    """A displacement figure in a table row or a fact line of a situation report, which a
    label names on its line (:func:`is_figure_label`): "Number of displaced: 318", "IDPs
    total 122 387", "Completely destroyed housing: 146", "3,030 People Evacuated /
    Displaced". Not a count of places ("Evacuation centres: 12"), and destroyed or damaged
    things only where the label names housing."""
    label = figure_label(fig.doc, fig.span)
    if not is_figure_label([t.text for t in label]):
        return None
    cues = fig.cues
    found = [t for t in label if cues.get(t.i, ("",))[0] == "displaced"]
    last = [t for t in label if t.is_alpha][-1]
    housing = label_unit([t.text for t in label]) == "houses"
    if not found or (not housing and cues.get(last.i, ("", ""))[1] == "place"):
        return None
    for cue in found:
        if cue.lower_ in HOUSING_ONLY and not housing:
            continue
        return fig.link(cue, ("displaced", cues[cue.i][1]), "cue_label")
    return None


def cue_across_insertion(fig: Figure) -> LinkResult:
    """A figure separated from its cue by an attribution set off by commas, which the parse
    hangs the figure on: "forced the evacuation of, according to the latest data, 17,631
    people", "displaced, according to officials, some 5,000 people"."""
    doc, span, cues = fig.doc, fig.words, fig.cues
    if span.start < 4 or doc[span.start - 1].text != ",":
        return None
    for k in range(span.start - 2, max(2, span.start - 14) - 1, -1):
        token = doc[k]
        if token.text in (",", ".", ";"):
            return None
        if token.lower_ == "according" and doc[k - 1].text == ",":
            before = doc[k - 2]
            found = cues.get(before.head.i) if before.lower_ == "of" else None
            if found and found[1] == "noun":
                return fig.link(before.head, found, "cue_across_insertion")
            found = cues.get(before.i)
            if found and found[1] == "verb" and before.pos_ == "VERB":
                return fig.link(before, found, "cue_across_insertion")
            return None
    return None


_HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
# What may stand between a question and the figure that answers it.
_ANSWER_GAP = re.compile(r"\s*(?:(?:answer|a|probably|maybe|perhaps|possibly|well|i'd say|"
                         r"i think|easily|officially)[:,.]?\s+){0,2}", re.IGNORECASE)
_ANSWER_TAIL = re.compile(r"\s*(?:(?:or so|or more|people|dead|in total|at most|"
                          r"at least|maybe|probably)\b\s*)*(?:[.!]|$|\n)", re.IGNORECASE)


def cue_question_answer(fig: Figure) -> LinkResult:
    """A figure that answers a question about a toll takes the question's cue: "How many
    died? At least 30.", "How many people were killed? Probably 30 or so." (the figure
    right after a "how many" question with a cue, alone in its sentence)."""
    doc, words = fig.doc, fig.words
    text = doc_text(doc)
    start = words.start_char
    mark = text.rfind("?", max(0, start - 300), start)
    if mark < 0 or not _ANSWER_GAP.fullmatch(text[mark + 1:start]) or \
            not _ANSWER_TAIL.match(text, words.end_char):
        return None
    begin = max(text.rfind(stop, 0, mark) for stop in (".", "!", "?", "\n")) + 1
    if not _HOW_MANY.search(text, begin, mark):
        return None
    question = doc.char_span(begin, mark, alignment_mode="expand")
    for token in question if question is not None else ():
        found = fig.cues.get(token.i)
        if found and found[0] != "displaced" and token.i < words.start:
            return fig.link(token, found, "cue_question_answer")
    return None
