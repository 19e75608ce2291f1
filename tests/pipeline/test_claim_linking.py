"""Figures tied to cues through coordinations, relative clauses and nominal gerunds (parse)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _casualties(pipeline, text):
    """The casualty claims of a text, and the tolls that add figures up, as rows."""
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    claims = [(c["category"], c["value"]["text"], c["value"]["low"], c["provenance"]["rule"])
              for c in map(to_json_dict, result.claims) if c["type"] == "casualty"]
    sums = [(t.category, "toll", t.low, t.basis) for t in result.tolls if t.basis == "sum"]
    return sorted(claims + sums)


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a cue verb coordinated with a passive verb shares its subject
    ("Several individuals were identified and detained after questioning.",
     [("captured", "Several", 3, "cue_conjunct")]),
    ("Several additional armed individuals were positively identified and killed.",
     [("killed", "Several", 3, "cue_conjunct")]),
    # ... but an active verb's subject is the agent, not the victim
    ("Two gunmen entered the village and killed three guards.",
     [("killed", "three", 3, "cue_object")]),
    # a later passive or intransitive cue verb shares the subject of the first verb
    ("Two gunmen opened fire on the checkpoint and were killed.",
     [("killed", "Two", 2, "cue_shared_subject")]),
    ("Several fighters ran from the house and were later detained by police.",
     [("captured", "Several", 3, "cue_shared_subject")]),
    ("A gunman attacked the convoy and was shot dead by the escort.",
     [("killed", "A", 1, "implicit_count")]),
    ("A large number of armed men left the building and were then targeted and killed.",
     [("killed", "A large number", 3, "implicit_plural")]),
    # ... nor where a noun, not "and", comes right before it: the parse lost its subject
    ("Residents were questioned about the leader and two men with suspected ties to the "
     "Taliban were detained.", []),
    # ... but not where the cue verb has a subject of its own
    ("Two gunmen opened fire on the checkpoint and the soldiers killed one.",
     [("killed", "one", 1, "cue_object")]),
    # a cue coordinated with the verb of a relative clause
    ("The patrol saw four men who had been shot and killed in the room.",
     [("killed", "four", 4, "cue_modifier")]),
    # a gerund used as a noun is a cue noun: "the killing of"
    ("He planned the killing of several ISAF soldiers in 2010.",
     [("killed", "several", 3, "cue_noun_of")]),
    ("He was responsible for the kidnapping of four aid workers.",
     [("captured", "four", 4, "cue_noun_of")]),
    # a bare figure standing for a repeated clause (gapping) shares the cue
    ("48,210 people displaced in Sennar and 17,905 in Kassala state.",
     [("displaced", "48,210", 48210, "cue_modifier"),
      ("displaced", "17,905", 17905, "cue_gapped"),
      ("displaced", "toll", 66115, "sum")]),
    ("In Idlib, 12 people were killed and 30 in Hama.",
     [("killed", "12", 12, "cue_passive_subject"), ("killed", "30", 30, "cue_gapped"),
      ("killed", "toll", 42, "sum")]),
    # a cue adjective standing for the people it counts
    ("Syrian state media gave a toll of 44 dead and 140 injured in the bombing.",
     [("killed", "44", 44, "cue_toll_adjective"), ("injured", "140", 140, "cue_modifier")]),
    # "them" counts as many as the people counted just before, and nothing without them
    ("Three insurgents fired on the patrol. The force returned fire, killing them.",
     [("killed", "them", 3, "implicit_anaphora")]),
    ("Insurgents fired on the patrol. The force returned fire, killing them.", []),
    # ... also when they are coordinated with more people
    ("A patrol found three wounded gunmen near the road. The soldiers treated their wounds "
     "before detaining them along with one other suspect.",
     [("injured", "three", 3, "cue_modifier"), ("captured", "one", 1, "cue_along_with"),
      ("captured", "them along with one", 4, "implicit_count_sum")]),
    ("Two armed men fired at the soldiers. The soldiers returned fire, killing them and a "
     "third man.", [("killed", "them and a", 3, "implicit_count_sum")]),
    ("Police found gunmen near the road and detained them along with one other suspect.",
     [("captured", "one", 1, "cue_along_with")]),
    # ... wherever the parse hangs "along with": on the noun of the cue's own adjunct, or
    # "with" on the cue behind a particle "along" (companions.py)
    ("Troops storm a hideout and four gunmen die in the ensuing clash along with two officers.",
     [("killed", "four", 4, "cue_subject"), ("killed", "two", 2, "cue_along_with"),
      ("killed", "four gunmen die in the ensuing clash along with two", 6,
       "implicit_count_sum")]),
    ("Three rebels are killed along with two guards.",
     [("killed", "Three", 3, "cue_passive_subject"), ("killed", "two", 2, "cue_along_with"),
      ("killed", "Three rebels are killed along with two", 5, "implicit_count_sum")]),
    # ... or "along" and "with" both prepositions of a passive cue (session 18)
    ("The smuggling chief was arrested along with his two nephews at the port.",
     [("captured", "two", 2, "cue_along_with"),
      ("captured", "The smuggling chief was arrested along with his two", 3,
       "implicit_count_sum")]),
    # a person noun the tagger takes for an adjective ("the individual") is counted
    ("Police detained the individual and additional suspect after questioning.",
     [("captured", "the individual and additional suspect", 2, "implicit_count_sum")]),
    # an unspecified plural coordinated with a counted person gets a claim of its own
    ("Police captured a gang leader wanted for extortion, as well as a number of suspected "
     "gang members.", [("captured", "a", 1, "implicit_count"),
                       ("captured", "a number", 3, "implicit_plural")]),
    ("The soldiers killed the commander and the fighters.",
     [("killed", "the", 1, "implicit_count"), ("killed", "the fighters", 3, "implicit_plural")]),
    # a cue in a clause coordinated with the first adds to it
    ("The force killed four insurgents and confirmed Qari Ziauddin was killed in the strike.",
     [("killed", "four", 4, "cue_object"), ("killed", "Ziauddin", 1, "implicit_count"),
      ("killed", "toll", 5, "sum")]),
    # ... but not one with a predicate of its own
    ("While 20 were injured, approximately 1 000 were rendered homeless.",
     [("injured", "20", 20, "cue_passive_subject"),
      ("displaced", "approximately 1 000", 1000, "cue_passive_subject")]),
    # a cue adjective right after the counted noun, its copula left out (headlines, notes)
    ("Oct. 2 - 9 persons dead in market blast.",
     [("killed", "9", 9, "cue_state_after_noun")]),
    ("Six soldiers dead in convoy ambush.",
     [("killed", "Six", 6, "cue_state_after_noun")]),
])
def test_linking_through_the_parse(default_pipeline, text, expected):
    assert _casualties(default_pipeline, text) == sorted(expected)


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a population that arrives in a place or leaves one is displaced
    ("Roughly 2,300 people arrived in Bunia after attacks on their villages.",
     [("displaced", "Roughly 2,300", 2300, "cue_arrival")]),
    ("Some 640 households arrived in Kaga Bandoro last week.",
     [("displaced", "Some 640", 640, "cue_arrival")]),
    ("More than 7,000 residents left Raqqa as the offensive drew closer.",
     [("displaced", "More than 7,000", 7000, "cue_departure")]),
    ("By Friday, 900 of the 1,500 villagers had left.",
     [("displaced", "900", 900, "cue_departure")]),
    # ... or is given a roof
    ("Officials said 1.2 lakh people have been accommodated so far.",
     [("displaced", "1.2 lakh", 120000, "cue_housed")]),
    ("Some 300 families were housed in tents near the river.",
     [("displaced", "Some 300", 300, "cue_housed")]),
    # ... or needs a roof, or moves away
    ("So far 450 families have been found in need of emergency shelter.",
     [("displaced", "450", 450, "cue_shelter_need")]),
    ("About 6,000 people remain without shelter in the hills.",
     [("displaced", "About 6,000", 6000, "cue_shelter_need")]),
    ("Nearly 800 families are in need of shelter after the cyclone.",
     [("displaced", "Nearly 800", 800, "cue_shelter_need")]),
    ("At least 2,000 residents moved away from the flooded river banks.",
     [("displaced", "At least 2,000", 2000, "cue_subject")]),
    ("Some 90,000 people are in urgent need of food assistance.", []),
    ("The storm moved away from the coast after 3 days.", []),
    # ... or stays where people take refuge
    ("About 4,500 people were staying at the peacekeepers' base.",
     [("displaced", "About 4,500", 4500, "cue_refuge")]),
    ("Some 2,000 families are living in tents near the border.",
     [("displaced", "Some 2,000", 2000, "cue_refuge")]),
    ("About 300 villagers slept in the open.",
     [("displaced", "About 300", 300, "cue_refuge")]),
    ("Some 400 students live in the school.", []),
    ("About 5,000 people live in the city.", []),
    # ... or crosses a border
    ("About 9,000 Syrians crossed into Turkey over the weekend.",
     [("displaced", "About 9,000", 9000, "cue_crossing")]),
    ("Nearly 1,400 people crossed the border into Chad on Tuesday.",
     [("displaced", "Nearly 1,400", 1400, "cue_crossing")]),
    ("Some 200 soldiers crossed the border.", []),
    # the people of a settlement that was destroyed lost their homes
    ("The hamlet of Los Pinos, which had a population of 1,200, was destroyed by the flood.",
     [("displaced", "1,200", 1200, "cue_settlement")]),
    ("A village of 350 inhabitants was razed by the militia.",
     [("displaced", "350", 350, "cue_settlement")]),
    ("The village, home to about 900 people, was washed away.",
     [("displaced", "about 900", 900, "cue_settlement")]),
    ("The town, with a population of 20,000, was partially destroyed.", []),
    ("The town, which has a population of 20,000, was shelled.", []),
    ("A market used by 3,000 people was destroyed.", []),
    # ... but not troops or fans, not a place that is no home, not "left dead", not what
    # a site can take, not prisoners
    ("Up to 10,000 people can be accommodated at the new site.", []),
    ("The 40 prisoners were housed in a former school.", []),
    ("About 600 troops arrived in Kandahar on Monday.", []),
    ("Thousands of fans arrived at the stadium.", []),
    ("Some 3,000 people left the stadium after the match.", []),
    ("The blast left 20 people dead.", []),
    ("Only 300 people were left in the village.", []),
])
def test_displacement_by_arrival_and_departure(default_pipeline, text, expected):
    claims = _casualties(default_pipeline, text)
    assert [c for c in claims if c[0] == "displaced"] == sorted(expected)


@needs_model
@pytest.mark.parametrize(("text", "actor", "location"), [
    # a bad parse gives the verb two subjects: the nearest is the actor; a place a
    # locative preposition introduces beats a name the model takes for a place
    ("During a security operation in Andar district, Ghazni province, yesterday, an Afghan "
     "and coalition force killed the Taliban leader, Alaudin.",
     "an Afghan and coalition force", "Andar"),
    ("Turkey said its jets killed 30 PKK fighters near the border with Iraq.",
     "its jets", "Iraq"),
    # the subject of an active verb is an actor or a speaker, not the location
    ("Russia killed 20 rebels, Syria said.", "Russia", None),
    # a headline's date is not part of the actor
    ("Tue 05 Jul 2016 Suicide bombing kills at least 16 in northeast Syria.",
     "Suicide bombing", "Syria"),
    ("Yesterday's airstrikes killed 12 people.", "airstrikes", None),
    # the people counted are not the actor; relative clauses are left out of it
    ("Around 600 civilians fled on foot towards areas held by the SDF.", None, None),
    ("Five civilians were killed by regime bombs that landed on eastern Ghouta.",
     "regime bombs", None),
    # a name modifying another noun is no place
    ("Coalition aircraft killed 22 people in U.S. air strikes on Saturday.",
     "Coalition aircraft", None),
])
def test_actor_and_location(default_pipeline, text, actor, location):
    [result] = list(extract([InputDocument("t", text, None)], default_pipeline))
    claim = next(to_json_dict(c) for c in result.claims if c.type == "casualty")
    assert (claim["actor"] and claim["actor"]["text"],
            claim["location"] and claim["location"]["text"]) == (actor, location)


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # text converted from PDF: runs of spaces, glued words, line breaks inside a sentence
    ("The agency  estimates  that  between  two  to  2.5  million  peoplecould  become"
     "  displaced  by the drought.",
     [("displaced", "between  two  to  2.5  million", 2000000, "window_passive")]),
    ("After the fire, 1,340 people (about 250 households) became\nhomeless overnight.",
     [("displaced", "1,340", 1340, "window_passive")]),
    ("Nearly  8,300  householdsŠ—È  homes  were  damaged  ordestroyed  in the south.",
     [("displaced", "Nearly  8,300", 8300, "cue_passive_subject")]),
    ("In all, 2,150 familiesâ€™ homes were destroyed.",
     [("displaced", "2,150", 2150, "cue_passive_subject")]),
    ("Officials said 640 residents may\nbe evacuated\ntomorrow.",
     [("displaced", "640", 640, "cue_passive_subject")]),
])
def test_displacement_in_text_from_pdf(default_pipeline, text, expected):
    claims = _casualties(default_pipeline, text)
    assert [c for c in claims if c[0] == "displaced"] == sorted(expected)


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # an attribution set off by commas between the cue and the figure
    ("The storm forced the evacuation of, according to the civil protection agency, "
     "23,480 people.", [("displaced", "23,480", 23480, "cue_across_insertion")]),
    ("The fighting displaced, according to local officials, some 5,000 people.",
     [("displaced", "some 5,000", 5000, "cue_object")]),
    ("The minister met, according to reports, 20 tribal leaders.", []),
])
def test_figure_after_an_inserted_attribution(default_pipeline, text, expected):
    claims = _casualties(default_pipeline, text)
    assert [c for c in claims if c[0] == "displaced"] == sorted(expected)
