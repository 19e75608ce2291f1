""""Another" that names the one victim of a single person's harm
(:mod:`claimex.rules.other_than_agent`): plain frames in, a boolean out."""

from __future__ import annotations

import pytest

from claimex.rules.other_than_agent import HarmFrame, is_person_agent, names_the_one_victim


def _frame(figure="another", relation="dobj", passive=False, agent="man", tag="NN",
           before=0, adverbs=()):
    return HarmFrame(figure, relation, passive, agent, tag, before, tuple(adverbs))


@pytest.mark.parametrize(("frame", "expected"), [
    # "a worker punched and stabbed another worker": the one victim
    (_frame("another worker", agent="worker"), True),
    # "the burglar who shot another": the agent is told by a harm noun
    (_frame(agent="burglar"), True),
    # "she is charged with wounding another": a pronoun agent
    (_frame(agent="she", tag="PRP"), True),
    # "Okafor knifed another man": a name
    (_frame("another man", agent="Okafor", tag="NNP"), True),
    # "two brothers beat another": more than one agent, "another" may count on
    (_frame(agent="brothers", tag="NNS"), False),
    # "the landslide buried another": no person does it
    (_frame(agent="landslide"), False),
    # "he later knifed another customer": a further step of the same agent
    (_frame("another customer", adverbs=["later"]), False),
    # "shot a cashier and wounded another": a victim counted before it in its sentence
    (_frame(before=1), False),
    # "another was wounded": the figure is no object of the verb
    (_frame(relation="nsubjpass", passive=True), False),
    # "wounded another 12": a number, not one person
    (_frame("another 12"), False),
    # "a second man": no "another"
    (_frame("a second man"), False),
    # no agent found
    (_frame(agent=None, tag=""), False),
])
def test_names_the_one_victim(frame, expected):
    assert names_the_one_victim(frame) is expected


@pytest.mark.parametrize(("word", "tag", "expected"), [
    ("stabber", "NN", True),
    ("he", "PRP", True),
    ("lorry", "NN", False),
    ("they", "PRP", False),
])
def test_is_person_agent(word, tag, expected):
    assert is_person_agent(word, tag) is expected
