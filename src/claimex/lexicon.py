"""The word layer: plain word lists shared by every module, in ``resources/words/``.

Each list is a text file, one entry a line, ``#`` starting a comment. An entry is a
lemma (a noun in its singular), optionally followed by its other forms where they cannot
be generated ("mujahid mujahideen") or where the word has none of its own ("police
police"). :func:`nouns` adds the plurals of noun lists (with ``lemminflect``),
:func:`forms` the inflections of verb lists, so a list names each word once.

Lists: ``person_nouns`` (people who can be counted: "soldier", "civilian"),
``non_person_nouns`` (things, places and events that figures count instead),
``months`` and ``weekdays`` (names and abbreviations, read by the date finder and by the
number reader), ``reporting_verbs`` (verbs of saying that make a clause reported speech:
"say", "tell"), and the word lists of the rule modules, each file's header saying what
it is for and who reads it. :func:`words` gives a list as written, :func:`groups` a table
of words or phrases by group ("families: families, family" in ``displacement_units``).

>>> "soldiers" in nouns("person_nouns") and "soldier" in nouns("person_nouns")
True
>>> sorted(inflections("tell", "VERB"))
['tell', 'telling', 'tells', 'told']
"""

from __future__ import annotations

import functools
import json
from importlib import resources

import lemminflect
import pycountry

_POS_TAGS = {"VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"), "NOUN": ("NN", "NNS")}


@functools.cache
def entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of the word list ``name``: each a tuple of its lemma and the forms the
    file gives after it, lower-cased, comments and blank lines left out."""
    path = resources.files("claimex.resources") / "words" / f"{name}.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].lower().split()
        if words:
            out.append(tuple(words))
    return tuple(out)


@functools.cache
def inflections(lemma: str, pos: str, guess: bool = True) -> frozenset[str]:
    """The lemma and every inflected form of it as ``pos`` ("VERB" or "NOUN"); regular
    forms where ``lemminflect`` does not know the word ("emplacer": "emplacers").

    >>> sorted(inflections("child", "NOUN"))
    ['child', 'children']
    """
    forms = {lemma}
    found = lemminflect.getAllInflections(lemma, upos=pos)
    if not found and guess:
        found = lemminflect.getAllInflectionsOOV(lemma, upos=pos)
    for tag in _POS_TAGS[pos]:
        forms.update(found.get(tag, ()))
    return frozenset(f.lower() for f in forms)


def _forms(name: str, pos: str) -> frozenset[str]:
    words: set[str] = set()
    for entry in entries(name):
        words.update(entry)
        if len(entry) == 1:
            words.update(inflections(entry[0], pos))
    return frozenset(words)


@functools.cache
def nouns(name: str) -> frozenset[str]:
    """Every form of the noun list ``name``: the singulars, the plurals ``lemminflect``
    gives, and the forms the file names ("police police": no plural of its own)."""
    return _forms(name, "NOUN")


@functools.cache
def forms(name: str) -> frozenset[str]:
    """Every form of the verb list ``name`` (lemmas and their inflections)."""
    return _forms(name, "VERB")


@functools.cache
def words(name: str) -> frozenset[str]:
    """Every word the list ``name`` gives, as written (no forms generated): ``months``
    gives "january", "jan", ...; the lemmas and the forms after them."""
    return frozenset(word for entry in entries(name) for word in entry)


@functools.cache
def lemmas_of(word: str, pos: str = "VERB") -> frozenset[str]:
    """The lemmas a word form can have as ``pos`` ("tweeted": tweet), the word itself
    where ``lemminflect`` knows none.

    >>> sorted(lemmas_of("told"))
    ['tell']
    """
    found = lemminflect.getLemma(word.lower(), upos=pos)
    return frozenset(found) if found else frozenset({word.lower()})


@functools.cache
def lemmas(name: str) -> frozenset[str]:
    """The lemmas of the list ``name`` (the first word of each entry)."""
    return frozenset(entry[0] for entry in entries(name))


@functools.cache
def groups(name: str) -> dict[str, tuple[str, ...]]:
    """The word -> value table ``name``, read as groups: each line ``GROUP: item, item``
    names a group and some of its items (words or phrases, commas between them), a group
    may go on over several lines, and the groups and their items keep the file's order
    (lower-cased, runs of spaces made one). ``number_qualifiers`` gives
    ``{"approx": ("about", "around", ...), "at_least": ("at least", ...), ...}``.

    >>> groups("displacement_units")["families"]
    ('families', 'family')
    """
    path = resources.files("claimex.resources") / "words" / f"{name}.txt"
    table: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].lower()
        if not line.strip():
            continue
        group, colon, items = line.partition(":")
        if not colon:
            raise ValueError(f"{name}.txt: no 'GROUP:' in {line.strip()!r}")
        table.setdefault(group.strip(), []).extend(
            " ".join(item.split()) for item in items.split(",") if item.strip())
    return {group: tuple(items) for group, items in table.items()}


@functools.cache
def country_names() -> frozenset[str]:
    """The case-folded names of every country: ISO 3166's (``pycountry``: the name, the
    official and the common name) and the aliases, acronyms and case-sensitive names of
    ``resources/countries.jsonl``. One list for every module that asks "is this place a
    country?" (a toll's places, a reconcile group's place, a bracketed figure after a name).

    >>> {"kenya", "south africa", "republic of kenya"} <= country_names()
    True
    """
    names = {value.casefold() for country in pycountry.countries
             for attr in ("name", "official_name", "common_name")
             if (value := getattr(country, attr, None))}
    text = (resources.files("claimex.resources") / "countries.jsonl").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            entry = json.loads(line)
            for key in ("aliases", "acronyms", "case_sensitive"):
                names.update(name.casefold() for name in entry.get(key, []))
    return frozenset(names)
