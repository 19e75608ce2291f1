"""Victims told one by one (local news): implicit singulars, outcome, restatement, injury
nouns, and words that are no victims. One row per phenomenon."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from tests.conftest import casualty_rows, needs_model

_casualties = casualty_rows


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # implicit singulars: one killed, one injured
    ("A man was shot and killed. A woman was taken to hospital with a gunshot wound to the "
     "arm.", [("injured", "A", 1, "asserted"), ("killed", "A", 1, "asserted")]),
    # "was shot", "was stabbed", "is in critical condition" mark an injured victim
    ("A man was stabbed outside a bar on Friday.", [("injured", "A", 1, "asserted")]),
    ("A woman is in critical condition after the crash.", [("injured", "A", 1, "asserted")]),
    ("A double shooting has left two men in critical condition.",
     [("injured", "two", 2, "asserted")]),
    ("A man suffered a gunshot wound to the leg.", [("injured", "A", 1, "asserted")]),
    # "one ... and another"
    ("One man has died and another is in the hospital.",
     [("injured", "another", 1, "asserted"), ("killed", "One", 1, "asserted")]),
    # killed: "fatally shot", "stabbed to death", "was pronounced dead"
    ("A 15-year-old boy was fatally stabbed.", [("killed", "A", 1, "asserted")]),
    ("A teenager was stabbed to death in south London.", [("killed", "A", 1, "asserted")]),
    # a victim first told as hurt who died is killed, once; the pronoun is no other victim
    ("Police say a 19-year-old man was shot in the back and shoulder. He was pronounced dead "
     "at the hospital.", [("killed", "a", 1, "asserted")]),
    ("Officers found a man with multiple stab wounds. He was pronounced dead at the scene.",
     [("killed", "a", 1, "asserted")]),
    ("A man was shot in the leg. He was taken to hospital.", [("injured", "A", 1, "asserted")]),
    # "rushed ... to hospital", "discovered ... with stab wounds", "recovering from"
    ("Paramedics rushed a 37-year-old victim to Liverpool Hospital.",
     [("injured", "a", 1, "asserted")]),
    ("The road was closed after a man was discovered nearby with stab wounds.",
     [("injured", "a", 1, "asserted")]),
    ("Toronto police say one man is dead and another seriously injured following a "
     "shooting.",
     [("injured", "another", 1, "asserted"), ("killed", "one", 1, "asserted")]),
    ("A man linked to the shooting of a woman was later killed by police.",
     [("injured", "a", 1, "asserted"), ("killed", "A", 1, "asserted")]),
    # the victim retold ("The victim ... where he later died") died: the first telling too
    ("One person was stabbed at the intersection. The victim was immediately taken to the "
     "hospital, where he later died.",
     [("killed", "One", 1, "asserted"), ("killed", "The", 1, "asserted")]),
    # "had his throat slashed": the person the wound is on
    ("On May 3, a cyclist had his throat slashed as he rode home.",
     [("injured", "a", 1, "asserted")]),
    # times and wounds are no people
    ("A 26-year-old man was shot multiple times in the left arm.",
     [("injured", "A", 1, "asserted")]),
    # an age standing for the person; a relative pronoun standing for its noun
    ("A 15-year-old has been arrested in Brighton after a teenage boy was stabbed to death "
     "in south London on Thursday morning.",
     [("captured", "A", 1, "asserted"), ("killed", "a", 1, "asserted")]),
    ("Two deputies were wounded Tuesday after exchanging gunfire with a suspect who was "
     "struck and killed, authorities said.",
     [("injured", "Two", 2, "asserted"), ("killed", "a", 1, "asserted")]),
    # a rank in a running count is no one more person (nor a figure claim here)
    ("He is the 19th London teenager to be killed so far this year.", []),
    # a pronoun taking up a person named in its sentence is that person
    ("The 46-year-old man suffered serious abdominal injuries, and he was taken into "
     "custody.", [("captured", "The", 1, "asserted"), ("injured", "The", 1, "asserted")]),
    # ... or in the sentence before, when the pronoun opens its own
    ("Officers then opened fire, resulting in the man collapsing. He was pronounced dead "
     "at the scene.", [("killed", "the", 1, "asserted")]),
    # ... a relative pronoun only for a person introduced with it
    ("The number of civilians who were killed has risen.", []),
    # "shoot" is a cue as a verb only: events are no victims
    ("Chicago has seen 290 mass shootings this year.", []),
    # kin and partners are person nouns: "her boyfriend", "his wife" (session 10)
    ("A man died and his girlfriend was injured when shots were fired outside a bar.",
     [("injured", "girlfriend", 1, "asserted"), ("killed", "A", 1, "asserted")]),
    ("His wife was killed in the shooting.", [("killed", "wife", 1, "asserted")]),
    # role nouns that tune-half gold rows count (kid, tourist, offender, interpreter, martyr)
    ("Three kids were shot outside a school.", [("injured", "Three", 3, "asserted")]),
    ("Two tourists were hurt when the gunman opened fire.",
     [("injured", "Two", 2, "asserted")]),
    # "struck" / "hit" in a part of the body is a wound (cue row, session 10); a car
    # hit in the side is no person
    ("A 12-year-old girl was hit in the shoulder by a ricocheting round.",
     [("injured", "A", 1, "asserted")]),
    ("Three guards were struck in the legs by gunfire.",
     [("injured", "Three", 3, "asserted")]),
    ("The car was hit in the side by a truck.", []),
    # the people local news counts one by one are person nouns
    ("The robber fired back, just grazing the clerk in the face.",
     [("injured", "the", 1, "asserted")]),
    # "a double shooting" counts two, unless its sentence counts them
    ("A New Haven double shooting Monday night left one victim in critical condition after "
     "he was shot in the head, police said.",
     [("injured", "double shooting", 2, "asserted"), ("injured", "one", 1, "asserted")]),
    # ... nor when the victims its sentence counts one by one add up to it
    ("A triple stabbing on Friday left one student dead and two other students in hospital.",
     [("injured", "two", 2, "asserted"), ("killed", "one", 1, "asserted")]),
    ("Officers said a man died and a girl was left in a critical condition after a double "
     "shooting.", [("injured", "a", 1, "asserted"), ("killed", "a", 1, "asserted")]),
    # a suspect shot by police is a victim too
    ("Police shot a man who was armed with a knife.", [("injured", "a", 1, "asserted")]),
    # street blocks are no victims
    ("A man was shot in the 6300 block of South Halsted Street.",
     [("injured", "A", 1, "asserted")]),
    # arrests
    ("No one is in custody, the sheriff's office said.", [("captured", "No one", 0, "negated")]),
    # a present participle of a shooting names who shoots, no victim
    ("A police shooting in Winnipeg left one man dead.", [("killed", "one", 1, "asserted")]),
    # a result after an object: "left a man dead", each conjunct with its own result
    ("A violent altercation last night has left a 20-year-old man dead.",
     [("killed", "a", 1, "asserted")]),
    ("The shooting left a deputy injured and a wanted suspect dead.",
     [("injured", "a", 1, "asserted"), ("killed", "a", 1, "asserted")]),
    # a victim told as hurt who "succumbed" died: one killed
    ("A man was shot on Sunday. He succumbed to his injuries at the hospital.",
     [("killed", "A", 1, "asserted")]),
    # "gunned down" takes the outcome of the text's other victims when all are hurt ...
    ("Two men were gunned down outside a bar. A man is in critical condition and "
     "another man was wounded.", [("injured", "A", 1, "asserted"),
                                   ("injured", "Two", 2, "asserted"),
                                   ("injured", "another", 1, "asserted")]),
    # ... and stays killed with no other victim, or a dead one among them
    ("Three guards were gunned down outside a bank on Tuesday.",
     [("killed", "Three", 3, "asserted")]),
    # "is fighting for his life", "is fighting to survive": hurt, alive
    ("A teenage boy is fighting for his life after a stabbing on Friday.",
     [("injured", "A", 1, "asserted")]),
    ("A man is clinging to life after the pair were attacked in a driveway.",
     [("injured", "A", 1, "asserted")]),
    # an ordinal with no noun of its own is one more person of the group just counted
    ("Two guards were shot dead and the third was taken to hospital.",
     [("injured", "the", 1, "asserted"), ("killed", "Two", 2, "asserted")]),
    # ... not an ordinal of a thing
    ("The third attack on the town killed two people.", [("killed", "two", 2, "asserted")]),
    # datelines are no victims
    ("CARLSBAD (KGTV) — Two people were killed this morning.",
     [("killed", "Two", 2, "asserted")]),
])
def test_victims_told_one_by_one(default_pipeline, text, expected):
    assert _casualties(default_pipeline, text) == sorted(expected)


def _tolls(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((t.category, t.low, t.high, t.basis) for t in result.tolls
                  if t.category in ("killed", "injured"))


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a count told with a cue that leaves the outcome open takes in the dead
    ("Eight people were shot, one fatally, at a party on Monday night.",
     [("injured", 7, 7, "stated"), ("killed", 1, 1, "stated")]),
    ("Two people were fatally shot and another wounded. Officers found three males with "
     "multiple gunshot wounds.", [("injured", 1, 1, "stated"), ("killed", 2, 2, "stated")]),
    # ... but not the others set apart from the dead, nor people said to be wounded
    ("One woman was killed. Six other people were shot at the party.",
     [("injured", 6, 6, "stated"), ("killed", 1, 1, "stated")]),
    ("One man was killed. Police said four people were wounded.",
     [("injured", 4, 4, "stated"), ("killed", 1, 1, "stated")]),
    # victims told one by one: a victim told again is no new one; "a second" is
    ("A man is in hospital after a stabbing. Police found a 43-year-old man with a stab "
     "wound to his hand.", [("injured", 1, 1, "stated")]),
    ("A man was shot and killed on Friday. A second man was pronounced dead at the scene.",
     [("killed", 2, 2, "enumerated")]),
    # a hurt victim "pronounced dead" in the same clause died, the participle tagged as a
    # past tense after "in the face" or not
    ("A clerk was shot in the face and pronounced dead behind the counter.",
     [("killed", 1, 1, "stated")]),
    ("A driver, 61, was stabbed in the neck and pronounced dead at a clinic.",
     [("killed", 1, 1, "stated")]),
    # a headline drops the body's "at least": the toll keeps it
    ("Gunmen kill 13 villagers in Nigeria\n\nGunmen killed at least 13 villagers in a "
     "raid on Sunday, police said.", [("killed", 13, None, "stated")]),
    # the lead's total of the dead stands over the figures sources give below it ...
    ("Gunmen killed at least 13 villagers in Niger State on Sunday, police said. A local "
     "leader said 37 people were killed in the attack.", [("killed", 13, None, "stated")]),
    # ... and so does its figure told again below it with its "at least"
    ("Taliban attacks at checkpoint kill 9 Afghan officers.\n\nPolice said on Sunday. At "
     "least nine officers were killed when insurgents attacked the checkpoint.",
     [("killed", 9, None, "stated")]),
    # a count the text states stands over a vague word or bare plural of the same people
    ("Three people were shot in Bridgeport on Tuesday night. Reports came in that several "
     "people had been shot.", [("injured", 3, 3, "stated")]),
    ("Three people were injured in the shooting. The victims were taken to Regions "
     "Hospital.", [("injured", 3, 3, "stated")]),
    # a sum of exact counts is exact
    ("Four police were wounded in the attack. Nine other civilians were also wounded.",
     [("injured", 13, 13, "sum")]),
    # a lead that gives a ceiling only ("up to 40") leaves the body's count inside it
    ("Up to 40 people were killed in the floods, officials said. Twelve people were "
     "confirmed dead on Sunday.", [("killed", 12, 12, "stated")]),
])
def test_victim_tolls(default_pipeline, text, expected):
    assert _tolls(default_pipeline, text) == expected


@needs_model
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a figure its own sentence dates more than a week from the event is an earlier incident
    ("A 19-year-old man has died after he was stabbed at a tram stop in Leeds on Friday "
     "evening, officers said. On May 3, a cyclist had his throat slashed as he rode home.",
     "2024-05-19", [("killed", 1, 1, "stated")]),
    # ... not one a few days from it
    ("A 19-year-old man has died after he was stabbed at a tram stop in Leeds on Friday "
     "evening, officers said. On May 15, a cyclist had his throat slashed as he rode home.",
     "2024-05-19", [("injured", 1, 1, "stated"), ("killed", 1, 1, "stated")]),
])
def test_tolls_of_dated_pages(default_pipeline, text, published, expected):
    [result] = list(extract([InputDocument("t", text, None, published=published)],
                            default_pipeline))
    assert sorted((t.category, t.low, t.high, t.basis) for t in result.tolls
                  if t.category in ("killed", "injured")) == expected


@needs_model
def test_a_headline_source_label_is_no_victim(default_pipeline):
    text = ("Police: Man killed, woman injured in Kansas City shooting\n\nKANSAS CITY, Mo. (AP) "
            "— A man was killed and a woman critically injured in a shooting, police said.")
    assert "Police" not in [c[1] for c in _casualties(default_pipeline, text)]
