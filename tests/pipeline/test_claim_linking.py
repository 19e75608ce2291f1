"""Figures tied to cues through coordinations, relative clauses and nominal gerunds (parse)."""

from __future__ import annotations

import pytest

from claimex.api import extract
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict
from tests.conftest import needs_model


def _casualties(pipeline, text):
    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((c["category"], c["value"]["text"], c["value"]["low"], c["provenance"]["rule"])
                  for c in map(to_json_dict, result.claims) if c["type"] == "casualty")


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
    ("709,841 people displaced in Jajpur and 363,832 in Puri district.",
     [("displaced", "709,841", 709841, "cue_modifier"),
      ("displaced", "363,832", 363832, "cue_gapped")]),
    ("In Idlib, 12 people were killed and 30 in Hama.",
     [("killed", "12", 12, "cue_object"), ("killed", "30", 30, "cue_gapped"),
      ("killed", "12 people were killed and 30", 42, "tally")]),
    # a cue adjective standing for the people it counts
    ("Syrian state media gave a toll of 44 dead and 140 injured in the bombing.",
     [("killed", "44", 44, "cue_noun"), ("injured", "140", 140, "cue_modifier")]),
    # "them" counts as many as the people counted just before, and nothing without them
    ("Three insurgents fired on the patrol. The force returned fire, killing them.",
     [("killed", "them", 3, "implicit_anaphora")]),
    ("Insurgents fired on the patrol. The force returned fire, killing them.", []),
    # ... also when they are coordinated with more people
    ("A patrol found three wounded gunmen near the road. The soldiers treated their wounds "
     "before detaining them along with one other suspect.",
     [("injured", "three", 3, "cue_modifier"), ("captured", "one", 1, "cue_object"),
      ("captured", "them along with one", 4, "implicit_count_sum")]),
    ("Two armed men fired at the soldiers. The soldiers returned fire, killing them and a "
     "third man.", [("killed", "them and a", 3, "implicit_count_sum")]),
    ("Police found gunmen near the road and detained them along with one other suspect.",
     [("captured", "one", 1, "cue_object")]),
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
      ("killed", "four insurgents and confirmed Qari Ziauddin", 5, "tally")]),
    # ... but not one with a predicate of its own
    ("While 20 were injured, approximately 1 000 were rendered homeless.",
     [("injured", "20", 20, "cue_object"),
      ("displaced", "approximately 1 000", 1000, "cue_object")]),
])
def test_linking_through_the_parse(default_pipeline, text, expected):
    assert _casualties(default_pipeline, text) == sorted(expected)


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
