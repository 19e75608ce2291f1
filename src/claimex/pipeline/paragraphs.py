"""A blank line ends a sentence: the ``claimex_paragraphs`` component, run before the parser.

Scraped pages and comment threads stack lines with no full stop between them: a headline
over its first paragraph ("20 dead and 100 wounded from the Libyan army\\n\\nKilling 20
members of the troops ..."), a date line, a commenter's name over the comment, a sign-off.
The statistical parser reads such lines as one sentence and hangs a figure of one on a noun
of the next ("100" on "members"), so a headline's wounded become the next line's killed.
A blank line (a whitespace token holding two line breaks) always ends a sentence: the token
after it starts one, which the parser keeps. A single line break does not: wrapped lines
("With\\nkey Mideast players failing ...", "the city of\\nBasra") go on, except under a
line with no closing punctuation when the next line opens like a news lead, capitalized
("... hurt in market fight\\nA 40 year old is ...": a headline over its lead;
:func:`starts_after_headline_line`, openers in ``resources/words/line_openers.txt``).

A figure that opens a paragraph keeps the words after it on its line: the parser, seeing a
bare number at a sentence start under a price list or a menu ("660 $\\n\\n12 Syrian
Fighters Killed ..."), may cut it off as a list number of its own, leaving a headline's
victims without their count. The token after such a figure is marked "no sentence start".

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("claimex_paragraphs")
>>> doc = nlp("3 dead, 5 hurt\\n\\nThe blast hit a market.")
>>> [t.text for t in doc if t.is_sent_start]
['3', 'The']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimex import lexicon

LINE_CLOSERS = frozenset(".!?:;,\"”’'")


def starts_after_blank_line(doc: Doc) -> list[int]:
    """Indices of the tokens that follow a blank line (a space token with two or more line
    breaks), the first token of a paragraph.

    >>> import spacy
    >>> starts_after_blank_line(spacy.blank("en")("Title\\n\\nBody text.\\nWrapped line"))
    [2]
    """
    return [token.i + 1 for token in doc[:-1]
            if token.is_space and token.text.count("\n") >= 2]


def _opens_its_paragraph(doc: Doc, index: int) -> bool:
    """Whether the line holding token ``index`` is the first of its paragraph (the text's
    first line, or one after a blank line), as a headline, deck or byline stands: the
    second line of a wrapped paragraph ("... the men who were\nThe ...") is no headline."""
    for token in reversed(doc[:index]):
        if token.is_space and "\n" in token.text:
            return token.text.count("\n") >= 2
        if "\n" in token.whitespace_:
            return False
    return True


def starts_after_headline_line(doc: Doc) -> list[int]:
    """Indices of the tokens that open a line after a single line break when the line
    before ends with no closing punctuation and opens its paragraph (a headline, a deck, a
    byline: :func:`_opens_its_paragraph`) and the token is
    a capitalized lead opener ("A", "The", "Two", "Police"; ``line_openers.txt``). A
    dateline in capitals ("CHICAGO - A boy ...") stays with the line before: the parser
    takes a sentence-initial dateline for the subject of the lead's "say".

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> starts_after_headline_line(nlp("Woman hurt in fight\\nA 40 year old is in hospital."))
    [5]
    >>> starts_after_headline_line(nlp("A bomb hit the city of\\nBasra, killing 20."))
    []
    >>> starts_after_headline_line(nlp("He was shot.\\nThe man died."))
    []
    """
    openers = lexicon.words("line_openers")
    found = []
    for token in doc[1:-1]:
        if not token.is_space or token.text.count("\n") != 1:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.is_space or before.text[-1] in LINE_CLOSERS or \
                not _opens_its_paragraph(doc, before.i):
            continue
        word = after.text
        if word[:1].isupper() and word.lower() in openers:
            found.append(after.i)
    return found


def figure_openings(doc: Doc, starts: list[int]) -> list[int]:
    """Of the paragraph starts ``starts``, those that are a figure with a word after it on
    the same line ("12 Syrian Fighters Killed"), not a figure ending its line or followed by
    punctuation ("1.", "2)" of a numbered list).

    >>> import spacy
    >>> doc = spacy.blank("en")("Prices\\n\\n12 Syrian Fighters Killed\\n\\n2. Next")
    >>> figure_openings(doc, starts_after_blank_line(doc))
    [2]
    """
    return [index for index in starts
            if index + 1 < len(doc) and doc[index].like_num
            and not doc[index + 1].is_space and not doc[index + 1].is_punct]


@Language.component(
    "claimex_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line, and the lead opening under a headline
    line, as a sentence start (see the module docstring). Registered as the
    ``claimex_paragraphs`` factory."""
    starts = starts_after_blank_line(doc)
    for index in starts + starts_after_headline_line(doc):
        doc[index].is_sent_start = True
    for index in figure_openings(doc, starts):
        doc[index + 1].is_sent_start = False
    return doc
