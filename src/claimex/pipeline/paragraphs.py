"""A blank line ends a sentence: the ``claimex_paragraphs`` component, run before the parser.

Scraped pages and comment threads stack lines with no full stop between them: a headline
over its first paragraph ("20 dead and 100 wounded from the Libyan army\\n\\nKilling 20
members of the troops ..."), a date line, a commenter's name over the comment, a sign-off.
The statistical parser reads such lines as one sentence and hangs a figure of one on a noun
of the next ("100" on "members"), so a headline's wounded become the next line's killed.
A blank line (a whitespace token holding two line breaks) always ends a sentence: the token
after it starts one, which the parser keeps. A single line break does not: wrapped lines
("With\\nkey Mideast players failing ...") go on.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("claimex_paragraphs")
>>> doc = nlp("3 dead, 5 hurt\\n\\nThe blast hit a market.")
>>> [t.text for t in doc if t.is_sent_start]
['3', 'The']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def starts_after_blank_line(doc: Doc) -> list[int]:
    """Indices of the tokens that follow a blank line (a space token with two or more line
    breaks), the first token of a paragraph.

    >>> import spacy
    >>> starts_after_blank_line(spacy.blank("en")("Title\\n\\nBody text.\\nWrapped line"))
    [2]
    """
    return [token.i + 1 for token in doc[:-1]
            if token.is_space and token.text.count("\n") >= 2]


@Language.component(
    "claimex_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each blank line as a sentence start (see the module
    docstring). Registered as the ``claimex_paragraphs`` factory."""
    for index in starts_after_blank_line(doc):
        doc[index].is_sent_start = True
    return doc
