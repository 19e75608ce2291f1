"""Claims: figures tied to casualty cues, implicit counts, quantities, on both configs."""

from __future__ import annotations

import math

import pytest

from claimex.api import extract
from claimex.assemble.tallies import in_lead
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from claimex.rules.casualties import (
    implicit_count,
    is_bare_plural,
    is_combatant_noun,
    is_figure_label,
    is_non_person_noun,
    is_person_noun,
    label_unit,
    person_classes,
    side_lost_people,
    whole_count_bounds,
)
from claimex.rules.running_tallies import running_tallies
from tests.conftest import needs_model


def _claims(pipeline, text, published=None):
    [result] = list(extract([InputDocument("t", text, None, published=published)], pipeline))
    return [to_json_dict(c) for c in result.claims]


def _tolls(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return [to_json_dict(t) for t in result.tolls]


def _sums(pipeline, text):
    """The lows of the tolls that add parts up (basis "sum")."""
    return [t["low"] for t in _tolls(pipeline, text) if t["basis"] == "sum"]


def _casualties(pipeline, text):
    return [(c["category"], c["value"]["text"], c["value"]["low"], c["value"]["high"])
            for c in _claims(pipeline, text) if c["type"] == "casualty"]


CASUALTY_CASES = [
    # a later result the parse made a clause of the result verb: "another" is its bearer
    ("A gas explosion at the plant left one worker dead and another seriously injured.",
     [("killed", "one", 1, 1), ("injured", "another", 1, 1)]),
    # "harm" (the verb) is killed or injured: "were not harmed" is a zero
    ("No one was harmed in the blast.", [("killed_or_injured", "No one", 0, 0)]),
    ("At least 40 civilians were killed in the strike.",
     [("killed", "At least 40", 40, math.inf)]),
    ("They killed several villagers and 3 militiamen.",
     [("killed", "several", 3, 9), ("killed", "3", 3, 3),
      ("killed", "several villagers and 3", 6, 12)]),
    ("The death toll rose to 70, officials said.", [("killed", "70", 70, 70)]),
    ("Two men were lynched by a mob.", [("killed", "Two", 2, 2)]),
    ("40 soldiers with shrapnel wounds were taken to hospital.", [("injured", "40", 40, 40)]),
    # a wound word hyphened to the next word is a modifier of what the figure counts
    ("Police found four bullet-scarred bodies in a field.", [("killed", "four", 4, 4)]),
    ("Medics treated 40 soldiers with shrapnel wounds.", [("injured", "40", 40, 40)]),
    ("Nine people were rushed to the clinic with burns and gunshot wounds.",
     [("injured", "Nine", 9, 9)]),
    ("At least 15 people were taken to hospital with serious injuries.",
     [("injured", "At least 15", 15, math.inf)]),
    ("Eleven residents were treated for injuries after the blast.",
     [("injured", "Eleven", 11, 11)]),
    ("Doctors said 25 children suffered injuries in the shelling.",
     [("injured", "25", 25, 25)]),
    ("Some 30 villagers sustained gunshot wounds during the raid.",
     [("injured", "Some 30", 30, 30)]),
    ("The militia attacked 40 soldiers at dawn with rockets.", []),
    ("The car bomb left 9 people dead.", [("killed", "9", 9, 9)]),
    ("Artillery fire left 15 dead and dozens wounded.",
     [("killed", "15", 15, 15), ("injured", "dozens", 24, 99)]),
    ("The shelling killed 31 people, including eight children.",
     [("killed", "31", 31, 31), ("killed", "eight", 8, 8)]),
    ("Four medics were among the dead.", [("killed", "Four", 4, 4)]),
    ("Two reporters were among those injured.", [("injured", "Two", 2, 2)]),
    ("The regime lost 20 soldiers in the battle for the airport.",
     [("killed", "20", 20, 20)]),
    ("The firm lost 12 workers and three contracts last year.", []),
    # people who are not armed, lost by the speaker's side or by a country
    ("Last night in our valley we lost 41 people to the shelling.", [("killed", "41", 41, 41)]),
    ("The Kurds lost 17 civilians in the shelling.", [("killed", "17", 17, 17)]),
    ("The club lost 12 players to injury.", []),
    # a reflexive object is one person: the gunman
    ("A gunman opened fire at the mall on Sunday, killing only himself.",
     [("killed", "himself", 1, 1)]),
    ("The gunman, who killed himself, fired at the crowd.", [("killed", "himself", 1, 1)]),
    # a rank in a running count is no count of the event's victims
    ("Smith was the 14th young person to be killed in the city this year.", []),
    # a spelled ordinal names one person, the fifth told: one killed, not five
    ("The fifth victim died in hospital on Monday.", [("killed", "The", 1, 1)]),
    # the militaries' word
    ("Two terrorists were neutralized in the operation.", [("killed", "Two", 2, 2)]),
    # places are captured too
    ("Rebels captured three army outposts and detained 22 soldiers.",
     [("captured", "22", 22, 22)]),
    ("Marivka has been captured by the army at least four times this year.", []),
    # a headline in Title Case
    ("Drone Strike On Crowded Market Kills Nine, Officials Say\nA drone hit the market.",
     [("killed", "Nine", 9, 9)]),
    ("Gunmen Abduct Dozens Of Students From Boarding School",
     [("captured", "Dozens", 24, 99)]),
    ("A drone hit the market on Friday.\nRelated: Strike On Border Crossing Kills Nine Guards",
     []),
    # an active cue right before the figure, where the parse hangs the noun elsewhere
    ("An airstrike hit the monastery, killing at least 13 people including three monks, "
     "local residents said on Sunday.",
     [("killed", "at least 13", 13, math.inf), ("killed", "three", 3, 3)]),
    ("The delegation, including four ministers, arrived on Monday.", []),
    ("About 300 people, including 44 children, were evacuated.",
     [("displaced", "About 300", 300, 300)]),
    ("The clinic treated 200 patients with antibiotics.", []),
    ("About 2,000 families were displaced by the fighting.",
     [("displaced", "About 2,000", 2000, 2000)]),
    ("The coalition killed no civilians.", [("killed", "no", 0, 0)]),
    ("Twelve people died and 5 were injured.",
     [("killed", "Twelve", 12, 12), ("injured", "5", 5, 5)]),
    ("An Afghan and coalition force killed the Taliban leader, Alaudin.",
     [("killed", "the", 1, 1)]),
    ("The security force detained a Taliban leader and two suspected insurgents.",
     [("captured", "a Taliban leader and two", 3, 3), ("captured", "two", 2, 2)]),
    ("More than 30 insurgents were killed by the force.",
     [("killed", "More than 30", 31, math.inf)]),
    ("The security force returned fire, killing him.", [("killed", "him", 1, 1)]),
    ("Officials confirmed the death of Hemat, a Haqqani leader.", [("killed", "Hemat", 1, 1)]),
    ("He finished in the top 10 and scored 12 in all.", []),
    ("The army seized 12 weapons and three vehicles.", []),
    ("He planned and executed numerous attacks against the army.", []),
    ("The security force returned fire, killing the insurgents.",
     [("killed", "the insurgents", 3, math.inf)]),
    ("Coalition forces killed a number of insurgents in Paktiya.",
     [("killed", "a number", 3, math.inf)]),
    ("We will target those behind the attacks that are killing Afghan civilians.", []),
    ("About 2,400 families or 7,900 people were evacuated.",
     [("displaced", "About 2,400", 2400, 2400)]),
    ("1,900 people were still in nine evacuation centres.", [("displaced", "1,900", 1900, 1900)]),
    # background events, disjunctions, appositions, anaphora, partitives, raising,
    # displacement phrasings (causatives, totals, housing, shelters)
    # Background events are still casualty claims: the text does claim them.
    ('The commander is linked to an IED attack that killed four US soldiers on Tuesday.',
     [('killed', 'four', 4, 4)]),
    ('He is also believed to be responsible for the deaths of several Afghan civilians.',
     [('killed', 'several', 3, 9)]),
    ('A Taliban commander suspected of killing two policemen was detained.',
     [('captured', 'A', 1, 1), ('killed', 'two', 2, 2)]),
    ('Forces have captured or killed a large number of insurgents.',
     []),
    ('No women or children were injured or detained during the operation.',
     [('injured', 'No', 0, 0)]),
    ('The team detained the man, an IED facilitator, and three additional suspects.',
     [('captured', 'the man, an IED facilitator, and three', 4, 4),
      ('captured', 'three', 3, 3)]),
    ('Forces targeted two leaders, detaining one, a facilitator, and several suspected '
     'insurgents.',
     [('captured', 'one', 1, 1), ('captured', 'one, a facilitator, and several', 4, 10),
      ('captured', 'several', 3, 9)]),
    # a surrender is a capture (the corpora README's "captured"); a call to surrender is none
    ('Fourteen deserters surrendered to the border guards.',
     [('captured', 'Fourteen', 14, 14)]),
    ('The colonel called on 80 rebels to surrender.', []),
    ('The ministry announced the surrender of six smugglers.', [('captured', 'six', 6, 6)]),
    # a recapture is a capture (issue 15: escapees caught again); the noun names no event
    ('Four fugitives were recaptured in a motel near the border.', [('captured', 'Four', 4, 4)]),
    ('Deputies recaptured two inmates on a farm road.', [('captured', 'two', 2, 2)]),
    ('The marshals offered a reward for their recapture.', []),
    # "nab" is a capture verb (issue 14: a headline's or a release's word for an arrest)
    ('Customs officers nabbed two couriers at the airport on Friday.', [('captured', 'two', 2, 2)]),
    ('Three poachers were nabbed by rangers near the lake.', [('captured', 'Three', 3, 3)]),
    ('The force detained the IMU leader along with three other suspected insurgents.',
     [('captured', 'the IMU leader along with three', 4, 4), ('captured', 'three', 3, 3)]),
    ('Two armed insurgents attacked the patrol. The insurgents were killed by the force.',
     [('killed', 'The insurgents', 2, 2)]),
    ('Forces confirmed that one of the insurgents killed in the strike was Yasir.',
     [('killed', 'one', 1, 1)]),
    ('The force apprehended several suspected Islamic Movement of Uzbekistan insurgents.',
     [('captured', 'several', 3, 9)]),
    ('Almost three dozen suspected insurgents were detained.',
     [('captured', 'Almost three dozen', 36, 36)]),
    ('A Taliban commander was confirmed killed today.',
     [('killed', 'A', 1, 1)]),
    ('Clashes forced more than 6,000 people to flee their homes.',
     [('displaced', 'more than 6,000', 6000, math.inf)]),
    ('Some 800 people were forced into temporary shelters.',
     [('displaced', 'Some 800', 800, 800)]),
    ('Over 3,000 people had to evacuate their homes.',
     [('displaced', 'Over 3,000', 3000, math.inf)]),
    ('About 46,000 people were internally displaced in Mali.',
     [('displaced', 'About 46,000', 46000, 46000)]),
    ('More than 100,000 newly displaced people were registered.',
     [('displaced', 'More than 100,000', 100000, math.inf)]),
    ('At least 5,400 people registered as displaced with the authorities.',
     [('displaced', 'At least 5,400', 5400, math.inf)]),
    ('This brings to 332,000 the number of people displaced in the province.',
     [('displaced', '332,000', 332000, 332000)]),
    ('The total number of IDPs in the province is now 253,000.',
     [('displaced', '253,000', 253000, 253000)]),
    # people who returned home are no longer displaced
    ('The total number of returnees from Pakistan is now 253,000.', []),
    ('Some 54,000 returnees live in the district.', []),
    ('About 41,000 households had their houses destroyed.',
     [('displaced', 'About 41,000', 41000, 41000)]),
    ("More than 120,000 families' homes were damaged or destroyed.",
     [('displaced', 'More than 120,000', 120000, math.inf)]),
    ('The floods forced the relocation of 10,000 residents.',
     [('displaced', '10,000', 10000, 10000)]),
    ('More than 180 people were accommodated at evacuation centres.',
     [('displaced', 'More than 180', 180, math.inf)]),
    ('A magnitude 7.8 earthquake displaced around 73,000 people across six provinces.',
     [('displaced', 'around 73,000', 73000, 73000)]),
    ('Torrential rains led to the destruction of 2,082 houses.',
     [('displaced', '2,082', 2082, 2082)]),
    ('About 7,000 IDPs were forced to flee between 21 and 23 February.',
     [('displaced', 'About 7,000', 7000, 7000)]),
    ('About 200,000 people are expected to be displaced.',
     [('displaced', 'About 200,000', 200000, 200000)]),
    ('Almost 500,000 people sought refuge in relief camps.',
     [('displaced', 'Almost 500,000', 500000, 500000)]),
    # bare plurals are at least two, alone or added up; not for displacement
    ('After questioning the residents, the assault force detained the commander and other '
     'suspected insurgents.',
     [('captured', 'the commander and other', 3, math.inf)]),
    ('The joint team also captured other militants.',
     [('captured', 'other militants', 2, math.inf)]),
    # ... but a plural named by nationality, ethnicity or creed is a group: no count
    ('A roadside bomb went off and Danish soldiers are injured.', []),
    ('Police arrested Islamists in dawn raids across the province.', []),
    ('Troops detained Taliban fighters near the bridge.',
     [('captured', 'Taliban fighters', 2, math.inf)]),
    ('Authorities fear that people would be displaced again.', []),
    # what was meant, what the noun did, what is no one, what is habitual
    ('The force conducted an operation to detain a Taliban leader.', []),
    ('Forces conducted four operations targeting Taliban leaders, detaining numerous '
     'suspected insurgents.',
     [('captured', 'numerous', 4, 99)]),
    ('The security force detained several additional suspected members and multiple AK-47s.',
     [('captured', 'several', 3, 9)]),
    ('The commander is responsible for weapons facilitation, kidnapping Afghan citizens and '
     'planning attacks.', []),
    # elided auxiliary, a phrase on the counted noun, "into custody"
    ('Two insurgents were killed and several others detained in the operation.',
     [('killed', 'Two', 2, 2), ('captured', 'several', 3, 9)]),
    ('The shipment was confiscated by police officials and one person of interest was '
     'detained for further questioning.',
     [('captured', 'one', 1, 1)]),
    ('Security forces took the two occupants of the vehicle into custody.',
     [('captured', 'two', 2, 2)]),
    # roles under one determiner are one person; people are two; role words and names
    ('Forces detained a Taliban IED manufacturer and facilitator during an operation.',
     [('captured', 'a', 1, 1)]),
    ('Police detained a man and woman at the checkpoint.',
     [('captured', 'a man and woman', 2, 2)]),
    ('Forces arrested a Taliban forger and a weapons specialist.',
     [('captured', 'a Taliban forger and a', 2, 2)]),
    ('The force captured an Islamic Movement of Uzbekistan facilitator and multiple suspected '
     'insurgents.',
     [('captured', 'an Islamic Movement of Uzbekistan facilitator and multiple', 4, 10),
      ('captured', 'multiple', 3, 9)]),
    ('Forces detained a Taliban leader who operated out of Kandahar City, along with one '
     'suspected insurgent during an operation.',
     [('captured', 'a Taliban leader who operated out of Kandahar City, along with one', 2, 2),
      ('captured', 'one', 1, 1)]),
    # displacement: an age after a name is no figure, and a named person none either
    ('Bana Alabed, 7, who had tweeted about the city, was also evacuated.', []),
    # a cue on the figure itself wins over the noun the parse hangs it on
    ('Officials said 15 people were reported dead, nine missing and 61 000 people displaced.',
     [('killed', '15', 15, 15), ('missing', 'nine', 9, 9),
      ('displaced', '61 000', 61000, 61000)]),
    # places and things counted are no displacement figure
    ('Five days later, more than 700 families were still sheltering in 52 evacuation centres.',
     [('displaced', 'more than 700', 700, math.inf)]),
    ('The floods buried 12 people in the village.', []),
    ('Police placed two suspects in a cell.', []),
    ('A magnitude 6.2 earthquake struck the region and displaced more than 3,500 people.',
     [('displaced', 'more than 3,500', 3500, math.inf)]),
    # a figure hung on a linking verb; "a total of"; resultatives; hosting and placing verbs
    ('There are at least 175,500 staying in 224 temporary shelters.',
     [('displaced', 'at least 175,500', 175500, math.inf)]),
    ('A total of 77 houses collapsed or were buried in the landslide.',
     [('displaced', '77', 77, 77)]),
    ('The rain has forced a total of 1057 people to evacuate their homes.',
     [('displaced', '1057', 1057, 1057)]),
    ('A final figure of 116 homes have been destroyed by the bushfire.',
     [('displaced', '116', 116, 116)]),
    ('The storm left 3,000 people homeless.', [('displaced', '3,000', 3000, 3000)]),
    ('Three were wounded and 150 houses destroyed, leaving 483 homeless.',
     [('injured', 'Three', 3, 3), ('displaced', '150', 150, 150),
      ('displaced', '483', 483, 483)]),
    ('Some 29,739 people lost their homes.', [('displaced', 'Some 29,739', 29739, 29739)]),
    ('About 200 people had to be placed in temporary emergency shelters.',
     [('displaced', 'About 200', 200, 200)]),
    ('At least 4,000 people staying in or near the displacement camp moved towards the '
     'border.', [('displaced', 'At least 4,000', 4000, math.inf)]),
    ('Fighting forced them to join more than 195,000 Iraqis in 21 camps.',
     [('displaced', 'more than 195,000', 195000, math.inf)]),
    ('About 3,800 people were pushed by drought over the border into Melkadida refugee camp.',
     [('displaced', 'About 3,800', 3800, 3800)]),
    ('16,000 families were affected and evacuated.', [('displaced', '16,000', 16000, 16000)]),
    ('The camp hosted 12,000 people.', [('displaced', '12,000', 12000, 12000)]),
    ('There are camps housing 20,000 people near the border.',
     [('displaced', '20,000', 20000, 20000)]),
    ('About 25,000 people moved to hotels and emergency shelters.',
     [('displaced', 'About 25,000', 25000, 25000)]),
    ('Torrents of mud buried 27 homes in the village.', [('displaced', '27', 27, 27)]),
    # lexicon phrasings
    ('About 1,200 people sought shelter in a school.',
     [('displaced', 'About 1,200', 1200, 1200)]),
    ('More than 500 families were forced to relocate.',
     [('displaced', 'More than 500', 500, math.inf)]),
    ('The number of IDPs rose to 45,000 in March.', [('displaced', '45,000', 45000, 45000)]),
    ('An estimated 300,000 people have been displaced since January.',
     [('displaced', 'An estimated 300,000', 300000, 300000)]),
    ('The fighting erupted in May, displacing 20,000 people.',
     [('displaced', '20,000', 20000, 20000)]),
    ('Nearly 2,000 people are staying in evacuation centres.',
     [('displaced', 'Nearly 2,000', 2000, 2000)]),
    # words and figures glued together by PDF extraction
    ('Floods on 8 and 9 November displacedabout 4,400 people in Aceh Jaya district.',
     [('displaced', '4,400', 4400, 4400)]),
    ('Between January and August, around 192,000 people weredisplaced in Darfur.',
     [('displaced', 'around 192,000', 192000, 192000)]),
    ('Haiti is still recovering from the 2010 earthquake, with14,593 internally displaced '
     'households.', [('displaced', '14,593', 14593, 14593)]),
    ('Floods damaged 14 homes and caused damageto 61,000 homes.',
     [('displaced', '14', 14, 14), ('displaced', '61,000', 61000, 61000)]),
    # causes are no one: "several aftershocks forced ..."
    ('The earthquake, several strong aftershocks and related landslides forced more than '
     '1,000 people to stay in a shelter.',
     [('displaced', 'more than 1,000', 1000, math.inf)]),
    # a modifier before another figure is that figure's
    ('The typhoon caused 46 deaths, 25 missing, 628,000 relocated and\n9.96 million people '
     'affected.',
     [('killed', '46', 46, 46), ('missing', '25', 25, 25),
      ('displaced', '628,000', 628000, 628000)]),
    ('Typhoon Nok-Ten displaced 583,000 families.', [('displaced', '583,000', 583000, 583000)]),
    # returns end a displacement
    ('More than 350,000 people were displaced, of whom 76,000 returned home.',
     [('displaced', 'More than 350,000', 350000, math.inf)]),
    # table rows and fact lines of situation reports
    ('Number of displaced: 452', [('displaced', '452', 452, 452)]),
    ('IDPs total 122 387', [('displaced', '122 387', 122387, 122387)]),
    ('Completely destroyed housing: 146', [('displaced', '146', 146, 146)]),
    ('3,030 People Evacuated / Displaced', [('displaced', '3,030', 3030, 3030)]),
    ('Evacuation centres: 12', []),
    ('Damaged roads: 12', []),
    ('15 people reported dead, nine missing and 61, 000 people displaced.',
     [('killed', '15', 15, 15), ('missing', 'nine', 9, 9),
      ('displaced', '61, 000', 61000, 61000)]),
    # a headline's or a chronology's passive without its auxiliary (headline_passives.
    # headline_passive_subject): the subject is the victim, not the killer
    ("Mayor of the river town assassinated by rebels.", [("killed", "Mayor", 1, 1)]),
    ("Deputy governor shot and killed as he drove home.", [("killed", "governor", 1, 1)]),
    ("Tribal elder gunned down outside his house.", [("killed", "elder", 1, 1)]),
    ("Police shot at the car.", []),
    ("Man shot in the leg dies in hospital.", []),
    # captives: freed ones are no captives, killed or hurt ones are killed or hurt
    # (linking/captives.py)
    ("Gunmen stormed the jail, freeing 30 prisoners.", []),
    ("The rebels released the five hostages on Sunday.", []),
    ("Militants raided the town, freeing 120 captured fighters.", []),
    ("Forty inmates escaped during the attack.", []),
    ("Police detained 14 prisoners who had escaped.", [("captured", "14", 14, 14)]),
    ("Troops rescued 12 travellers, who were abducted on Monday.",
     [("captured", "12", 12, 12)]),
    ("The army is working to free around 20 hostages.", [("captured", "around 20", 20, 20)]),
    ("Two hostages were wounded in the rescue.", [("injured", "Two", 2, 2)]),
    ("The kidnappers killed a guard and four hostages held in a warehouse.",
     [("killed", "four", 4, 4), ("killed", "a guard and four", 5, 5)]),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # one displacement restated in another unit, in brackets or after "or": the figure
    # stated first is the claim, the restatement a count (the same people, not more)
    ('About 2,400 families or 7,900 people were evacuated.', [('About 2,400', 'families')]),
    ('About 125 households (more than 800 people) were displaced in Salahuddin.',
     [('About 125', 'households')]),
    ('Some 3,100 residents (roughly 600 households) were left homeless by the fire.',
     [('Some 3,100', 'people')]),
    ('Nearly 900 families, or about 4,000 people, were forced to leave their villages.',
     [('Nearly 900', 'families')]),
    # ... the figure stated first takes the cue the restatement has
    ('Volunteers registered 960 households (5,100 people) who had lost their homes.',
     [('960', 'households')]),
    # a unit broken at a line end ("house-holds") is still the unit
    ('About 3,000 house-holds (15,000 people) were evacuated.', [('About 3,000', 'households')]),
    # two groups, each its own claim: no restatement
    ('The floods displaced 300 families in Tana and 1,200 people in Garissa.',
     [('300', 'families'), ('1,200', 'people')]),
    ('About 700 families (350 in camps) were displaced.', [('About 700', 'families')]),
    # housing lost, the noun elided after a conjunction
    ('In Banteay Meanchey, 31 houses were destroyed and more than 300 damaged.',
     [('31', 'houses'), ('more than 300', 'houses')]),
    ('The storm left 3,000 people homeless.', [('3,000', 'people')]),
    # a flooded home is not a lost home
    ('Some 60 homes were flooded when the river burst its banks.', []),
    ('Damaged houses/shelter 91,808 (out of which around 25% is fully damaged)',
     [('91,808', 'houses')]),
    ('Completely destroyed housing: 146', [('146', 'houses')]),
])
def test_displacement_units(default_pipeline, text, expected):
    claims = [c for c in _claims(default_pipeline, text) if c["category"] == "displaced"]
    assert sorted((c["value"]["text"], c["value"]["unit"]) for c in claims) == sorted(expected)


@needs_model
@pytest.mark.parametrize(("text", "expected"), CASUALTY_CASES)
def test_casualty_claims_with_the_parse(default_pipeline, text, expected):
    assert sorted(_casualties(default_pipeline, text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 40 civilians were killed in the strike.",
     [("killed", "At least 40", 40, math.inf)]),
    ("Rebels killed 12 soldiers near the town.", [("killed", "12", 12, 12)]),
    ("A mob lynched two men in the village.", [("killed", "two", 2, 2)]),
    ("The strike left 7 dead.", [("killed", "7", 7, 7)]),
    ("He finished in the top 10 and scored 12 in all.", []),
    ("About 29,739 people lost their homes.", [("displaced", "About 29,739", 29739, 29739)]),
])
def test_casualty_claims_with_the_window_rule(rules_pipeline, text, expected):
    assert _casualties(rules_pipeline, text) == expected


@needs_model
def test_claim_record_fields(default_pipeline):
    text = ("Rebels said an Afghan and coalition force killed 12 government soldiers in Idlib. "
            "Prices rose 35% and the fund holds $48.2 million.")
    claims = {c["value"]["text"]: c for c in _claims(default_pipeline, text, "2020-09-16")}
    killed = claims["12"]
    assert killed["schema"] == "claimex.claim/1"
    assert (killed["type"], killed["category"]) == ("casualty", "killed")
    assert killed["subject"]["text"] == "government soldiers"
    assert text[killed["subject"]["start"]:killed["subject"]["end"]] == "government soldiers"
    assert killed["actor"]["text"] == "an Afghan and coalition force"
    assert killed["location"]["text"] == "Idlib"
    assert killed["time"] == {"text": None, "value": "2020-09-16", "start": None, "end": None,
                              "inferred": True}
    assert killed["evidence"]["exact"] == "12"
    assert killed["evidence"]["sentence"].startswith("Rebels said")
    assert (killed["attribution"]["kind"], killed["attribution"]["speaker"]) == (
        "reported", "Rebels")
    assert killed["provenance"]["rule"] == "cue_object"
    assert (claims["35%"]["category"], claims["35%"]["value"]["unit"]) == ("percent", "%")
    assert claims["$48.2 million"]["category"] == "money"
    assert claims["$48.2 million"]["value"]["low"] == 48_200_000


def test_claim_ids_are_stable_and_comments_are_their_authors(rules_pipeline):
    text = "A Headline About Idlib\n\nThe article says 12 soldiers were killed.\n\nNotify of\n\n" \
           "Tudor Miron\n\nNo, 40 soldiers were killed."
    first, second = _claims(rules_pipeline, text), _claims(rules_pipeline, text)
    assert [c["id"] for c in first] == [c["id"] for c in second]
    by_value = {c["value"]["text"]: c for c in first}
    assert by_value["12"]["attribution"]["kind"] == "article"
    assert by_value["40"]["attribution"] == {"speaker": "Tudor Miron", "start": None,
                                             "end": None, "cue": None,
                                             "canonical": "Tudor Miron", "kind": "author"}


@pytest.mark.parametrize(("det", "noun", "plural", "name", "count"), [
    ("a", "leader", False, False, 1), ("the", "commander", False, False, 1),
    ("no", "civilians", True, False, 0), ("both", "men", True, False, 2),
    (None, "insurgents", True, False, None), (None, "Alaudin", False, True, 1),
    ("a", "cache", False, False, None), (None, "him", False, False, 1),
    ("every", "soldier", False, False, None),
    # people of the person-noun list counted one by one in incident notes: "The inspector
    # of the village was killed", "kidnap a German business executive", "a prison warden"
    ("the", "inspector", False, False, 1), ("a", "executive", False, False, 1),
    ("a", "missionary", False, False, 1), ("the", "superintendent", False, False, 1),
    ("a", "jawan", False, False, 1), ("a", "passerby", False, False, 1),
    ("a", "priest", False, False, 1), ("an", "engineer", False, False, 1),
    ("a", "cache", False, False, None),
])
def test_implicit_count(det, noun, plural, name, count):
    assert implicit_count(det, noun, plural, name) == count


@pytest.mark.parametrize(("low", "high", "qualifier", "bounds"), [
    (30, math.inf, "more_than", (31, math.inf)), (0, 5, "less_than", (0, 4)),
    (12, 12, "exact", (12, 12)), (2.5, 2.5, "more_than", (3.5, 2.5)),
])
def test_whole_count_bounds(low, high, qualifier, bounds):
    got = whole_count_bounds(low, high, qualifier)
    if qualifier == "more_than" and not float(low).is_integer():
        assert got == (low, high)
    else:
        assert got == bounds


def test_rules_config_survives_text_without_a_parse(rules_pipeline):
    text = ("``i don't trust people who don't eat,'' said ms. volokh, though she herself "
            "stopped eating lunch a few years ago to drop 25 pounds.")
    values = [c["value"]["text"] for c in _claims(rules_pipeline, text)]
    assert "25 pounds" in " ".join(values) or "25" in values


def _row(category, low, start, end, additive=False, section=1, negated=False):
    return {"category": category, "value": {"low": low}, "start": start, "end": end,
            "additive": additive, "section": section, "negated": negated}


@pytest.mark.parametrize(("rows", "tallies"), [
    ([_row("captured", 1, 0, 1), _row("captured", 4, 50, 54, additive=True)], [(0, 1, 5)]),
    # a toll is a total, and a figure describing a thing named in the story is background
    ([_row("killed", 250001, 0, 9), {**_row("killed", 470001, 90, 99, additive=True),
                                     "rule": "cue_toll"}], []),
    ([{**_row("killed", 100001, 0, 9), "background": True},
      _row("killed", 1, 90, 93, additive=True)], []),
    ([_row("captured", 1, 0, 1), _row("captured", 3, 50, 54, additive=True),
      _row("captured", 2, 90, 93, additive=True)], [(0, 1, 4), (0, 2, 6)]),
    ([_row("captured", 3, 0, 20), _row("captured", 2, 18, 20, additive=True)], []),
    ([_row("killed", 2, 0, 1), _row("captured", 4, 50, 54, additive=True)], []),
    ([_row("killed", 2, 0, 1), _row("killed", 4, 50, 54, additive=True, section=2)], []),
    ([_row("killed", 0, 0, 1, negated=True), _row("killed", 4, 50, 54, additive=True)], []),
    # the body retells the lead: its additions add to its own figures, not the lead's total
    ([_row("captured", 1, 0, 1), _row("captured", 3, 10, 20, additive=True),
      _row("captured", 1, 50, 51), _row("captured", 3, 60, 70, additive=True)],
     [(0, 1, 4), (2, 3, 4)]),
    ([{**_row("captured", 1, 0, 1), "modality": "hypothetical"},
      _row("captured", 3, 50, 54, additive=True)], []),
    # "Several other insurgents were killed ... the commander was killed": an addition
    # stated first adds the single target reported next, and nothing else
    ([_row("killed", 3, 0, 7, additive=True), {**_row("killed", 1, 50, 53),
                                                "rule": "implicit_count"}], [(0, 1, 4)]),
    ([_row("killed", 3, 0, 7, additive=True), _row("killed", 12, 50, 53)], []),
    # displacement adds up only through gapping ("4,000 displaced in A and 2,500 in B"),
    # in one unit; additions of other kinds are separate figures
    ([{**_row("displaced", 4000, 0, 5), "value": {"low": 4000, "unit": "people"}},
      {**_row("displaced", 2500, 30, 35, additive=True), "rule": "cue_gapped",
       "value": {"low": 2500, "unit": "people"}}], [(0, 1, 6500)]),
    ([{**_row("displaced", 4000, 0, 5), "value": {"low": 4000, "unit": "families"}},
      {**_row("displaced", 2500, 30, 35, additive=True), "rule": "cue_gapped",
       "value": {"low": 2500, "unit": "people"}}], []),
    ([{**_row("displaced", 4000, 0, 5), "value": {"low": 4000, "unit": "people"}},
      {**_row("displaced", 300, 30, 35, additive=True),
       "value": {"low": 300, "unit": "people"}}], []),
    # a later step of the body adds to the step before it, but not to the lead
    ([_row("killed", 3, 0, 7), _row("killed", 1, 50, 53), {**_row("killed", 3, 90, 95),
                                                           "sequel": True}], [(1, 2, 4)]),
    ([_row("killed", 3, 0, 7), {**_row("killed", 2, 50, 53), "sequel": True}], []),
    # where the lead is marked, a first figure outside it is a step of the body
    ([{**_row("killed", 3, 0, 7), "lead": True},
      {**_row("killed", 2, 50, 53), "sequel": True, "lead": False}], []),
    ([{**_row("killed", 4, 40, 44), "lead": False},
      {**_row("killed", 11, 90, 92), "sequel": True, "lead": False}], [(0, 1, 15)]),
    # "other insurgents" add to the insurgents counted before, not to soldiers between
    ([{**_row("killed", 1, 0, 3), "classes": ["combatant"]},
      {**_row("killed", 4, 20, 30), "classes": ["civilian", "security"]},
      {**_row("killed", 3, 50, 57, additive=True), "classes": ["combatant"]}], [(0, 2, 4)]),
    # ... and to the figure before them where no earlier one counts their kind
    ([{**_row("killed", 10, 0, 3), "classes": ["combatant"]},
      {**_row("killed", 2, 50, 57, additive=True), "classes": ["civilian"]}], [(0, 1, 12)]),
    ([_row("killed", 1, 0, 3), {**_row("killed", 4, 20, 30), "classes": ["security"]},
      {**_row("killed", 3, 50, 57, additive=True), "classes": ["combatant"]}], [(1, 2, 7)]),
    # civilians hurt in the operation are more people than the insurgents before them
    ([{**_row("killed", 1, 0, 3), "classes": ["combatant"]},
      {**_row("killed", 1, 20, 23), "classes": ["civilian"], "bystander": True}], [(0, 1, 2)]),
    ([_row("killed", 1, 0, 3),
      {**_row("killed", 1, 20, 23), "classes": ["civilian"], "bystander": True}], []),
])
def test_running_tallies(rows, tallies):
    assert running_tallies(rows) == tallies


_LEAD_TEXT = ("PORTVILLE (May 5) - Troops killed two rebels near the U.S. base. Later, "
              "rebels attacked.")


@pytest.mark.parametrize(("lead_start", "sentence_start", "lead"), [
    (17, 0, True),    # the sentence holds the dateline
    (17, 20, True),   # the first sentence after it
    (17, 65, False),  # a later one
    (None, 65, True),
])
def test_claims_in_the_lead(lead_start, sentence_start, lead):
    assert _LEAD_TEXT[65:71] == "Later,"
    assert in_lead(_LEAD_TEXT, lead_start, sentence_start) is lead


@needs_model
def test_toll_adds_up_an_operation(default_pipeline):
    text = ("An Afghan and coalition force captured a Taliban leader in Helmand province. "
            "The security force detained four additional suspected insurgents.")
    claims = {c["id"]: c for c in _claims(default_pipeline, text)}
    [toll] = _tolls(default_pipeline, text)
    assert (toll["category"], toll["low"], toll["high"], toll["basis"]) == (
        "captured", 5, 5, "sum")  # a sum of exact counts is exact
    assert [claims[i]["evidence"]["exact"] for i in toll["claim_ids"]] == ["a", "four"]
    assert toll["speaker"] == {"kind": "article", "name": None, "sections": [0]}
    assert not any(c["provenance"]["rule"] == "tally" for c in claims.values())


@needs_model
@pytest.mark.parametrize(("text", "total"), [
    # the rank and file detained after a ranked target are more people
    ("An Afghan and coalition security force captured a Haqqani network leader in Khost "
     "province today. Multiple suspected insurgents were detained during the operation.", 4),
    ("Today, a security force captured a Taliban facilitator in Zabul province. In addition, "
     "the security force detained multiple suspected insurgents.", 4),
    ("An Afghan and coalition security force arrested a Taliban leader in Kandahar province. "
     "During the operation, the security force detained two suspected insurgents.", 3),
])
def test_tally_of_a_target_and_the_rank_and_file(default_pipeline, text, total):
    assert _sums(default_pipeline, text) == [total]


@needs_model
@pytest.mark.parametrize(("text", "category", "count"), [
    # a bound on the total, the people he is among, a restated lead: no addition
    ("Forces arrested a Taliban leader in Helmand. More than 10 suspected insurgents were "
     "detained during the operation.", "captured", 11),
    ("Forces captured a Haqqani sub-commander. The security force detained several insurgents "
     "including the commander.", "captured", 3),
    ("Forces arrested a Taliban leader and detained two suspected insurgents. The force "
     "detained two suspected insurgents at the scene.", "captured", 3),
    # a strike's total includes its target
    ("Coalition forces killed Abdul Jamil, a Taliban leader. The strikes killed 15 insurgents.",
     "killed", 15),
    # "others" set apart from the people killed just before them, not from earlier wounded
    # (no 130); the lead's figure of the wounded stands
    ("A car bomb killed 12 people and wounded 40 others in Homs. In a similar attack last "
     "year, 30 people were killed and 90 others wounded.", "injured", 40),
    # "more than" qualifies a figure, it adds nothing ("two more insurgents" does): no 25;
    # the lead's figure stands over the army's
    ("Air strikes killed four insurgents in Helmand. The army said a separate raid in "
     "Kandahar killed more than 20.", "killed", 4),
    # war-long totals describe the war (scope aggregate): the toll is of the reported deaths
    ("He died in a conflict that has killed more than 100,000 people. On Monday another "
     "journalist was killed.", "killed", 2),
    # ... and of two sources' tolls, the lead's stands
    ("At least 250,000 people have been killed, the UN says. Another group has put the "
     "death toll at more than 470,000.", "killed", 250000),
])
def test_no_rank_and_file_tally(default_pipeline, text, category, count):
    [toll] = [t for t in _tolls(default_pipeline, text) if t["category"] == category]
    assert toll["low"] == count


@needs_model
@pytest.mark.parametrize(("text", "total"), [
    # the steps of a narrative kill different people
    ("Soldiers killed several gunmen near the border on Monday. A gunman was seen on a roof "
     "and the soldiers killed the man. Later, a group of armed gunmen attacked the patrol. "
     "The soldiers returned fire, killing all the gunmen.", 4),
    ("Troops killed numerous fighters in the valley. The troops engaged the fighters, killing "
     "three. The troops were then attacked from a ridge and killed more than 20 fighters.", 24),
    # people first counted after the figure before, whom a definite phrase takes up
    ("TOWNVILLE, Ruritania (May 5, 2014) — Troops raided a rebel camp near the river, "
     "Monday. The troops took fire and returned it, killing four rebels. As the troops "
     "left, a group of 11 armed rebels approached them. Aircraft fired on the rebels, "
     "killing all 11 rebels.", 15),
    ("TOWNVILLE, Ruritania (May 5, 2014) — Troops raided a rebel camp near the river, "
     "Monday. The troops took fire and returned it, killing four rebels. As the troops "
     "left, a group of 11 armed rebels approached them. Aircraft fired on the approaching "
     "rebels killing all 11 rebels.", 15),
    # ... but the body retelling its lead adds nothing to it
    ("TOWNVILLE, Ruritania (May 5, 2014) — Troops killed two rebels near the river, Monday. "
     "Two armed rebels fired on the troops. The troops returned fire, killing them.", None),
    # only steps of the story in the text's own voice: not a source's toll, a toll over a
    # period, a clause about another attack, or a figure given before
    ("Troops killed many fighters in the valley. The troops engaged the fighters, killing "
     "three. Later, 12 fighters were killed near the river, a spokesman said.", None),
    ("Troops killed many fighters in the valley. The troops engaged the fighters, killing "
     "three. Later the fighters have killed 30 villagers in the region since May.", None),
    ("Troops killed many fighters in the valley. The troops engaged the fighters, killing "
     "three. They later recalled a bombing which killed 40 soldiers.", None),
    ("Gunmen executed 28 villagers in the north. The gunmen then killed three farmers in a "
     "field. Later, the gunmen executed 28 villagers in the square.", None),
    # a finding is no new step, nor is a target retold, nor a step of the figure's own
    ("Troops killed two fighters in the valley. A fighter fired at the troops and they "
     "killed him. The army later confirmed that two fighters were killed.", None),
    ("Police arrested a gang leader and several suspects in the town. Officers detained "
     "three men at a market. The officers then detained the leader and two of his aides.",
     None),
    ("Troops killed two fighters in the valley. The troops found a wounded fighter. He was "
     "treated and then detained. Several men were detained during the raid.", None),
    # two verbs of one subject count its people once
    ("A man suspected in the shooting of a woman was arrested on Monday. The woman had been "
     "shot and was taken to a hospital with serious injuries.", None),
])
def test_tally_of_narrative_steps(default_pipeline, text, total):
    assert _sums(default_pipeline, text) == ([total] if total is not None else [])


@pytest.mark.parametrize(("lemmas", "classes"), [
    (["militant"], ["combatant"]),
    (["commander", "fighter"], ["combatant"]),
    (["soldier", "civilian"], ["civilian", "security"]),
    (["child"], ["civilian"]),
    (["policeman", "man"], None),
    (["people"], None),
    ([], None),
])
def test_person_classes(lemmas, classes):
    assert person_classes(lemmas) == classes


@needs_model
def test_other_insurgents_add_to_insurgents(default_pipeline):
    text = ("Officials confirmed that one of the militants killed in the raid was the commander "
            "Rahim. Rahim planned the May 3 bombing in Kabul, which killed two policemen and a "
            "teacher. Several other militants were also killed in the raid.")
    claims = {c["id"]: c for c in _claims(default_pipeline, text)}
    [toll] = [t for t in _tolls(default_pipeline, text) if t["basis"] == "sum"]
    assert (toll["low"], claims[toll["claim_ids"][0]]["evidence"]["exact"]) == (4, "one")


@needs_model
@pytest.mark.parametrize(("text", "total"), [
    ("Soldiers killed a rebel commander in the valley on Monday. During the raid the "
     "commander fired on the soldiers, who returned fire, killing the commander. One child "
     "was killed and another wounded during the raid.", 2),
    ("Troops killed four militants near the border. Two civilians died in the crossfire.",
     6),
    # "also" on the verb a noun cue hangs on: another group of the same attack
    ("Two soldiers were wounded in the blast. The attack also resulted in injuries to "
     "three civilians.", 5),
    # civilians killed in an attack on them, or by someone named, are another event
    ("The soldiers killed two militants. Three civilians were killed in a roadside bomb "
     "attack on Sunday.", None),
    ("The soldiers killed two militants. Three villagers were killed by the militants last "
     "week.", None),
    ("The soldiers killed two militants. The militants had planted a bomb that killed three "
     "civilians.", None),
    ("The soldiers killed two militants. Three villagers were killed in the crossfire, a "
     "local official said.", None),
])
def test_tally_of_bystanders(default_pipeline, text, total):
    assert _sums(default_pipeline, text) == ([total] if total is not None else [])


@pytest.mark.parametrize(("word", "person", "thing"), [
    ("kidnapper", True, False), ("specialist", True, False), ("gunmen", True, False),
    ("checklist", False, False), ("AK-47s", False, True), ("M16s", False, True),
    ("200,000", False, False), ("people,151", False, False), ("weapons", False, True),
    ("aftershocks", False, True), ("landslides", False, True), ("attacks", False, True),
    ("raids", False, True),
    # the head of a gang or network (session 18): "arrested a kidnap kingpin"
    ("kingpin", True, False), ("ringleaders", True, False), ("mastermind", True, False),
    ("warlords", True, False), ("boss", True, False),
])
def test_person_and_thing_nouns(word, person, thing):
    assert (is_person_noun(word), is_non_person_noun(word)) == (person, thing)


@pytest.mark.parametrize(("words", "label", "unit"), [
    (["Number", "of", "displaced", ":"], True, "people"),
    (["Evacuation", "total", "people", ":"], True, "people"),
    (["Damaged", "houses", "/", "shelter"], True, "houses"),
    (["Displaced", "households", ":"], True, "households"),
    (["the", "camps", "now", "hold"], False, "people"),
    (["they", "said"], False, "people"),
    ([":"], False, "people"),
    ([], False, "people"),
    (["a"] * 9, False, "people"),
])
def test_figure_labels(words, label, unit):
    assert (is_figure_label(words), label_unit(words)) == (label, unit)


@pytest.mark.parametrize(("noun", "plural", "modifiers", "bare"), [
    ("insurgents", True, ["suspected"], True), ("militants", True, ["other"], True),
    ("insurgents", True, ["many"], False), ("insurgent", False, [], False),
    ("weapons", True, [], False),
    # non-combatants and anyone as a kind: "reports that civilians were killed"
    ("civilian", True, [], False), ("people", True, ["young"], False),
])
def test_is_bare_plural(noun, plural, modifiers, bare):
    assert is_bare_plural(noun, plural, modifiers) == bare


def test_zero_figures_and_figures_sharing_a_token(rules_pipeline):
    claims = _claims(rules_pipeline, "The score was zero. Lots 22,24,26,31 were sold.")
    values = sorted((c["value"]["text"], c["value"]["low"]) for c in claims)
    assert ("zero", 0.0) in values
    assert [v for v in values if v[0] in ("22", "24", "26", "31")] == [
        ("22", 22.0), ("24", 24.0), ("26", 26.0), ("31", 31.0)]


@needs_model
def test_subject_actor_and_speaker_are_linked_to_entities(default_pipeline):
    text = "HTS fighters killed 12 SAA soldiers near Idlib, Hulusi Akar said."
    [claim] = [c for c in _claims(default_pipeline, text) if c["type"] == "casualty"]
    assert claim["subject"]["canonical"] == "Syrian Arab Army"
    assert claim["actor"]["canonical"] == "Hay'at Tahrir al-Sham"
    assert claim["attribution"]["canonical"] == "Hulusi Akar"


@needs_model
def test_a_side_that_lost_fighters_is_not_their_killer(default_pipeline):
    [claim] = [c for c in _claims(default_pipeline, "Hezbollah lost 8 fighters near Qusayr.")
               if c["type"] == "casualty"]
    assert (claim["category"], claim["actor"], claim["subject"]["text"]) == (
        "killed", None, "fighters")


@needs_model
def test_victims_named_inside_a_group_share_its_actor(default_pipeline):
    claims = [c for c in _claims(default_pipeline,
                                 "Russian warplanes killed 23 people, including seven children.")
              if c["type"] == "casualty"]
    assert [(c["value"]["low"], c["subject"]["text"], c["actor"]["text"]) for c in claims] == [
        (23, "people", "Russian warplanes"), (7, "children", "Russian warplanes")]


@needs_model
@pytest.mark.parametrize(("text", "actor"), [
    ("Government warplanes killed 12 civilians and wounded 30 others.", "Government warplanes"),
    ("The security force returned fire, killing two insurgents.", "The security force"),
    ("Insurgents attacked the convoy and 20 drivers were abducted.", None),
    # a dateline the parse takes for the subject
    ("KANDAHAR, Afghanistan (May 2, 2011)\nAn Afghan and coalition security force killed "
     "two insurgents in Zharay district.", "An Afghan and coalition security force"),
])
def test_a_cue_verb_tied_to_another_shares_its_subject(default_pipeline, text, actor):
    claims = [c for c in _claims(default_pipeline, text) if c["type"] == "casualty"]
    assert claims and (claims[-1]["actor"] or {}).get("text") == actor


@pytest.mark.parametrize(("lemma", "armed"), [
    ("soldier", True), ("insurgent", True), ("militiaman", True), ("personnel", True),
    ("worker", False), ("contract", False), ("civilian", False),
])
def test_combatant_nouns(lemma, armed):
    assert is_combatant_noun(lemma) is armed


@pytest.mark.parametrize(("subject", "label", "lemma", "killed"), [
    ("we", "", "people", True), ("We", "", "child", True), ("Moldova", "GPE", "civilian", True),
    ("Syrians", "NORP", "villager", True), ("the firm", "", "worker", False),
    ("they", "", "people", False), ("we", "", "match", False), ("the club", "ORG", "player", False),
])
def test_a_side_lost_people(subject, label, lemma, killed):
    assert side_lost_people(subject, label, lemma) is killed
