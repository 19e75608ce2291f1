"""Pure helpers of the casualty rules: who can be counted, in which unit, and how many.

Implicit counts are how press releases state most casualties: "killed the Taliban leader,
Alaudin" is one killed, "detained two suspected insurgents" two, and "detained a Taliban
leader and two suspected insurgents" three. A singular noun that names a person, with a
determiner or a name, counts one; "both" counts two; "no" and "none" count zero.
"""

from __future__ import annotations

import re

from claimex import lexicon

PERSON_NOUNS = lexicon.nouns("person_nouns")
# Agent and role nouns the list does not name: "a Taliban weapons procurer", "an IED
# trafficker": -ist (specialist, extremist) and -man/-men (gunman) are people; -er and -or
# words are too many things ("launcher", "container") to be read off the suffix.
PERSON_SUFFIXES = ("ist", "ists", "man", "men")
# (resources/words/not_person_suffixed.txt: "wrist", "checklist", "abdomen").
NOT_PERSON_SUFFIXED = lexicon.words("not_person_suffixed")

NON_PERSON_NOUNS = lexicon.nouns("non_person_nouns") | lexicon.words("months")

# The unit a counted noun or a label names: "families", "houses"
# (resources/words/displacement_units.txt).
DISPLACEMENT_UNITS = {word: unit for unit, words in lexicon.groups("displacement_units").items()
                      for word in words}

# Words no table label or fact-line heading has: a clause, not a label, is around the figure.
# (resources/words/not_label_words.txt)
_NOT_LABEL_WORDS = lexicon.words("not_label_words")
_LABEL_PUNCT = frozenset({":", "/", ",", "-", "(", ")", "&", "–", "—", "#"})


def is_figure_label(words: list[str]) -> bool:
    """Whether the words on a figure's line, besides the figure, are a label, as in tables
    and the fact lines of situation reports: "Number of displaced: 318", "IDPs total",
    "Completely destroyed housing:", "People Evacuated / Displaced". A label is short, has
    words, and none of the articles, auxiliaries and pronouns a clause has.

    >>> is_figure_label(["Number", "of", "displaced", ":"])
    True
    >>> is_figure_label(["the", "camps", "now", "hold"])
    False
    """
    if not 1 <= len(words) <= 8 or not any(w.isalpha() for w in words):
        return False
    return all((w.isalpha() and w.lower() not in _NOT_LABEL_WORDS) or w in _LABEL_PUNCT
               for w in words)


def label_unit(words: list[str]) -> str:
    """The unit a labelled figure counts: housing, households or families where the label
    names them ("Damaged houses/shelter"), else people."""
    units = [DISPLACEMENT_UNITS.get(w.lower()) for w in words]
    for unit in ("houses", "households", "families"):
        if unit in units:
            return unit
    return "people"


SINGULAR_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "one", "another"})
QUANTIFYING_DETERMINERS = frozenset({"every", "each", "any", "all", "some", "many", "which"})
# "killing only himself": a reflexive object is the one person its subject is
SINGULAR_PRONOUNS = frozenset({"him", "her", "he", "she", "himself", "herself"})
# Ordinals that stand for one more person of a group just counted ("the third was taken to
# hospital"): resources/words/ordinal_victims.txt.
ORDINAL_VICTIMS = lexicon.words("ordinal_victims")
ZERO_DETERMINERS = frozenset({"no", "none", "zero"})


# Model names of weapons and vehicles: "AK-47s", "M16s", "T-72", "RPG-7s".
_MODEL_NAME = re.compile(r"[A-Za-z]{1,4}-?\d{1,3}s?$")


def is_person_noun(lemma_or_word: str) -> bool:
    """Whether a (head) noun names people, so that a count of it can be a casualty figure:
    the list, or a role word on -ist or -man ("specialist", "gunman")."""
    word = lemma_or_word.lower()
    if word in PERSON_NOUNS:
        return True
    return len(word) > 4 and word.endswith(PERSON_SUFFIXES) and word not in NOT_PERSON_SUFFIXED


# Armed people the kinds of :data:`PERSON_CLASSES` leave without a kind, or do not list.
# (resources/words/armed_person_nouns.txt: "conscript", "sniper").
_ARMED_WORDS = lexicon.words("armed_person_nouns")


def is_combatant_noun(lemma: str) -> bool:
    """Whether a noun's lemma names armed people (a combatant or a member of the security
    forces, :data:`PERSON_CLASSES`), whom a side "lost" when they were killed ("the regime
    lost 20 soldiers"); workers or contracts lost are no casualties."""
    word = lemma.lower()
    return word in _ARMED_WORDS or word in PERSON_CLASSES["combatant"] or \
        word in PERSON_CLASSES["security"]


# Subjects that name the side that suffered a loss, not an employer or a team: the
# speaker's own side ("we lost 41 people that night") (resources/words/losing_side_pronouns.txt).
_LOSING_SIDE_PRONOUNS = lexicon.words("losing_side_pronouns")
# Named-entity labels of a country or a people that "lost" people: "Ukraine lost 400 civilians".
_LOSING_SIDE_LABELS = frozenset({"GPE", "NORP"})


def side_lost_people(subject: str, subject_label: str, lemma: str) -> bool:
    """Whether "SUBJECT lost N LEMMA" counts dead people who are not armed: a person noun
    lost by the speaker's own side or by a country or a people. A company that "lost 300
    workers" or a club that lost players is no side (armed people lost by any side:
    :func:`is_combatant_noun`).

    >>> side_lost_people("we", "", "people"), side_lost_people("Ukraine", "GPE", "civilian")
    (True, True)
    >>> side_lost_people("the firm", "", "worker"), side_lost_people("we", "", "match")
    (False, False)
    """
    if not is_person_noun(lemma):
        return False
    return subject.lower() in _LOSING_SIDE_PRONOUNS or subject_label in _LOSING_SIDE_LABELS


def is_non_person_noun(word: str) -> bool:
    """Nouns that name things, never casualties: "12 weapons", "three vehicles", and model
    names with a digit in them ("multiple AK-47s", "two M16s")."""
    return word.lower() in NON_PERSON_NOUNS or _MODEL_NAME.match(word) is not None


def displacement_unit(noun: str | None) -> str:
    """The unit of a displacement figure from its counted noun; people when unsaid."""
    if not noun:
        return "people"
    return DISPLACEMENT_UNITS.get(noun.lower(), "people")


def implicit_count(determiner: str | None, noun: str, is_plural: bool, is_name: bool) -> int | None:
    """How many one noun phrase counts without a figure, None when it does not say.

    >>> implicit_count("a", "leader", False, False)
    1
    >>> implicit_count("no", "civilians", True, False)
    0
    >>> implicit_count(None, "insurgents", True, False) is None
    True
    >>> implicit_count(None, "him", False, False)
    1
    >>> implicit_count(None, "himself", False, False)
    1
    >>> implicit_count("the", "third", False, False)
    1
    """
    det = (determiner or "").lower()
    if det in ZERO_DETERMINERS:
        return 0
    if det == "both":
        return 2
    if noun.lower() in SINGULAR_PRONOUNS or noun.lower() == "another":
        return 1  # "one man is dead and another seriously injured"
    if noun.lower() in ORDINAL_VICTIMS and det in ("a", "the"):
        return 1  # "Two guards were shot dead and the third was taken to hospital"
    if is_plural or det in QUANTIFYING_DETERMINERS:
        return None
    if is_name:
        return 1
    if (det in SINGULAR_DETERMINERS or not det) and is_person_noun(noun):
        return 1
    return None


def whole_count_bounds(low: float, high: float, qualifier: str) -> tuple[float, float]:
    """Bounds of a count of people, who come whole: "more than 30" killed is at least 31,
    "fewer than 5" at most 4 (the number rules keep the figure as written: 30, 5)."""
    if qualifier == "more_than" and float(low).is_integer():
        return low + 1, high
    if qualifier == "less_than" and float(high).is_integer() and high > 0:
        return low, high - 1
    return low, high


UNSPECIFIED_PLURAL_BOUNDS = (3.0, float("inf"))
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "all"})


def is_unspecified_plural(determiner: str | None, noun: str, is_plural: bool) -> bool:
    """"killed the insurgents", "all the militants", "a number of insurgents": a definite
    plural of people, or "a number of", with no figure. Counted as the vague
    ``UNSPECIFIED_PLURAL_BOUNDS`` (3 and up), as casualty annotators read "several"."""
    det = (determiner or "").lower()
    if noun.lower() == "number" and det == "a":
        return True
    return is_plural and det in DEFINITE_DETERMINERS and is_person_noun(noun)


BARE_PLURAL_BOUNDS = (2.0, float("inf"))
# Words that make a plural a quantified or partial set, not a bare plural.
# (resources/words/quantifying_modifiers.txt: "many", "some", "several").
QUANTIFYING_MODIFIERS = lexicon.words("quantifying_modifiers")


def is_bare_plural(noun: str, is_plural: bool, modifiers: list[str] = ()) -> bool:  # type: ignore[assignment]
    """"detained suspected insurgents", "captured other militants": a plural of people with
    no determiner and no figure. A plural is at least two (``BARE_PLURAL_BOUNDS``), which is
    how casualty annotators add it up ("the commander and other suspected insurgents" is
    three). A bare plural of non-combatants or of anyone ("reports that civilians were
    killed", "shooting people", "young people have been hurt") says that some were hurt,
    as a kind, and counts none."""
    return is_plural and is_person_noun(noun) and not is_population_plural(noun) and not any(
        m.lower() in QUANTIFYING_MODIFIERS for m in modifiers)


def is_population_plural(noun: str) -> bool:
    """Whether a plural names people as a population, not as those a raid takes or hits
    one by one: civilians, children, people ("civilians were killed" counts no one).

    >>> is_population_plural("civilians"), is_population_plural("insurgents")
    (True, False)
    """
    lemma = noun.lower()
    lemma = lemma[:-1] if lemma.endswith("s") and lemma[:-1] in PERSON_CLASSES["civilian"] \
        else lemma
    return lemma in PERSON_CLASSES["civilian"] or lemma in _ANYONE_PLURALS


_ANYONE_PLURALS = frozenset({"people", "person", "persons", "adult", "adults"})


# The rank and file a release counts after its named or ranked target: "captured a
# Taliban leader ... Multiple suspected insurgents were detained" (four).
# (resources/words/generic_victim_nouns.txt).
GENERIC_VICTIM_NOUNS = lexicon.words("generic_victim_nouns")


def is_generic_victim(noun: str) -> bool:
    """Whether a counted noun names rank-and-file suspects, not a ranked target."""
    return noun.lower() in GENERIC_VICTIM_NOUNS


# What someone does in a network, rather than who they are: "a Taliban IED manufacturer
# and facilitator" (one determiner) is one person with two roles, "a man and woman" two.
# (resources/words/network_role_nouns.txt).
ROLE_NOUNS = lexicon.words("network_role_nouns")


def is_role_noun(lemma: str) -> bool:
    """Whether a singular noun names a role in a network ("facilitator", "leader")."""
    return lemma.lower() in ROLE_NOUNS


# Kinds of people that never overlap: insurgents are not the soldiers fighting them, and
# neither are civilians. Words that name anyone ("men", "people", "individuals") have none.
# (resources/words/person_classes.txt).
PERSON_CLASSES = {kind: frozenset(words)
                  for kind, words in lexicon.groups("person_classes").items()}


def person_classes(lemmas: list[str]) -> list[str] | None:
    """The kinds of people (``PERSON_CLASSES``) the nouns of a claim count, sorted; None
    when a noun names no kind ("men", "people") or there is none.

    >>> person_classes(["soldier", "civilian"])
    ['civilian', 'security']
    >>> person_classes(["insurgent", "man"]) is None
    True
    """
    found = set()
    for lemma in lemmas:
        kinds = [k for k, words in PERSON_CLASSES.items() if lemma.lower() in words]
        if not kinds:
            return None
        found.update(kinds)
    return sorted(found) or None


# Verbs that make people leave: "forced 6,000 people to flee", "forced 300,000 people into
# evacuation shelters", "were compelled to leave their homes".
CAUSATIVE_VERBS = frozenset({"force", "compel", "oblige", "push", "drive", "prompt"})
# What the caused people do, when it is displacement ("to leave", "to seek refuge").
DISPLACING_ACTIONS = lexicon.words("displacing_actions")  # resources/words/displacing_actions.txt
# Verbs that put people somewhere, a displacement when the place is a camp or a shelter:
# "moved 3,000 people into relief camps", "forced them to join 195,000 Iraqis in 21 camps",
# "200 people had to be placed in temporary shelters".
# (resources/words/placing_verbs.txt)
PLACING_VERBS = lexicon.words("placing_verbs")
# Verbs whose subject is a place that holds people: "camps housing 20,000 people", "the
# camp hosts 12,000 people", "five camps which hosted some 32,000 IDPs".
HOSTING_VERBS = frozenset({"host", "house", "accommodate", "shelter"})
# Verbs that leave people in a state: "left 3,000 people homeless", "rendering 500 homeless".
RESULTATIVE_VERBS = frozenset({"leave", "render", "make"})
# Nouns that name a population, which moves as a whole when it leaves a place or arrives in
# one ("310 households arrived in Kalonda", "4,500 people left eastern Aleppo"); not roles
# that travel for their work ("troops", "officials", "delegates", "pilgrims").
# (resources/words/population_nouns.txt)
POPULATION_NOUNS = lexicon.words("population_nouns")
# Places people live in, and leave when displaced: "left their villages", "left the city".
SETTLEMENT_NOUNS = lexicon.words("settlement_nouns")  # resources/words/settlement_nouns.txt
# Where people who fled stay, sleep or live: "staying at the UN mission's base", "sleeping
# in the open", "living in tents", "sheltering in churches and schools".
REFUGE_PLACES = lexicon.words("refuge_places")  # resources/words/refuge_places.txt
# What people who lost their homes need or are without: "in need of emergency shelter",
# "remain without shelter" (not "in need of assistance": anyone hit by a disaster may be).
SHELTER_NOUNS = frozenset({"shelter", "accommodation", "housing", "home", "homes", "roof"})
# Nouns a total is stated with: "brings to 332,000 the number of people displaced",
# "the total number of IDPs stands at 211,000".
TOTAL_NOUNS = frozenset({"number", "total", "figure", "tally", "count"})
# "One, a facilitator, and several": a person word that a following indefinite noun
# phrase describes (an apposition), not another person.
# (resources/words/generic_person_words.txt)
GENERIC_PERSON_WORDS = lexicon.words("generic_person_words")
