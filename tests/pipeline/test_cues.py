"""Cue rows by lemma: every inflection of a cue is a cue, with and without a model."""

import orjson
import pytest
import spacy

from claimex.errors import ConfigError
from claimex.pipeline.claims.cues import (
    CueIndex,
    expand_cue,
    read_cues,
    required_lemmas,
    required_words,
)


@pytest.mark.parametrize(("row", "forms"), [
    ({"lemma": "maim", "kind": "verb"}, {"maim", "maims", "maimed", "maiming"}),
    ({"lemma": "slay", "kind": "verb"}, {"slay", "slays", "slew", "slain", "slaying"}),
    ({"lemma": "flee", "kind": "intransitive"}, {"flee", "flees", "fled", "fleeing"}),
    ({"lemma": "take into custody", "kind": "verb"},
     {"take into custody", "takes into custody", "took into custody", "taken into custody",
      "taking into custody"}),
    ({"lemma": "death toll", "kind": "noun"}, {"death toll", "death tolls"}),
    ({"lemma": "casualty", "kind": "noun"}, {"casualty", "casualties"}),
    ({"lemma": "relief camp", "kind": "place"}, {"relief camp", "relief camps"}),
    ({"lemma": "into custody", "kind": "verb"}, {"into custody"}),  # no verb to inflect
    ({"lemma": "missing", "kind": "adjective"}, {"missing"}),
    ({"text": "IDPs", "kind": "noun"}, {"idps"}),
    ({"pattern": [{"LOWER": "x"}], "kind": "noun"}, set()),
])
def test_expand_cue(row, forms):
    assert expand_cue({"category": "killed", **row}) == forms


# Inflections the shipped lexicon missed when it listed forms one by one.
@pytest.mark.parametrize(("text", "category"), [
    ("The gang maims 12 people a year.", "injured"),
    ("Rebels are maiming 3 civilians.", "injured"),
    ("The group kidnaps 4 workers.", "captured"),
    ("Police apprehending 2 suspects.", "captured"),
    ("The militia beheads 2 men.", "killed"),
    ("A mob lynches 2 men.", "killed"),
    ("A sniper assassinates 3 officers.", "killed"),
    ("The army massacres 30 villagers.", "killed"),
    ("The storm uproots 500 families.", "displaced"),
    ("The rebels took hostage 12 aid workers.", "captured"),
    ("Police are taking into custody 3 men.", "captured"),
    ("Troops neutralised 2 terrorists.", "killed"),
    ("Troops have neutralized 2 terrorists.", "killed"),
    ("The militia slaughtered 30 villagers.", "killed"),
])
def test_inflections_of_shipped_cues_are_cues(rules_pipeline, text, category):
    claims = [c for c in rules_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [c["category"] for c in claims] == [category]


def test_a_pattern_row_matches_tokens():
    nlp = spacy.blank("en")
    index = CueIndex(nlp, [{"category": "killed", "kind": "verb",
                            "pattern": [{"LOWER": "put"}, {"LOWER": "to"}, {"LOWER": "death"}]}])
    doc = nlp("They put to death 3 men.")
    assert index.find(doc) == {1: ("killed", "verb")}


def test_rows_that_need_a_tagger_are_skipped_without_one():
    nlp = spacy.blank("en")
    index = CueIndex(nlp, [
        {"category": "injured", "kind": "verb", "lemma": "shoot", "pos": "VERB"},
        {"category": "injured", "kind": "verb", "pattern": [{"LEMMA": "stab"}]},
        {"category": "killed", "kind": "verb", "text": "shot dead"}])
    assert index.find(nlp("Two men were shot and stabbed.")) == {}
    assert index.find(nlp("Two men were shot dead.")) == {3: ("killed", "verb")}


@pytest.mark.parametrize("row", [
    {"category": "killed", "kind": "verb"},                                 # no form
    {"category": "killed", "kind": "verb", "lemma": "kill", "text": "kill"},  # two forms
    {"category": "slain", "kind": "verb", "lemma": "kill"},                 # bad category
    {"category": "killed", "kind": "verb", "pattern": "kill"},              # not a pattern
    {"category": "killed", "kind": "verb", "pattern": [{"LOWER": "x"}], "pos": "VERB"},
])
def test_bad_cue_rows_are_config_errors(tmp_path, row):
    path = tmp_path / "cues.jsonl"
    path.write_bytes(orjson.dumps(row) + b"\n")
    with pytest.raises(ConfigError, match="entry 1"):
        read_cues(path)


@pytest.mark.parametrize("row", [{"kind": "speech_verb", "text": "tweeted"},
                                 {"kind": "speech_verb", "lemma": "tweet"}],
                         ids=["text row", "lemma row"])
def test_user_speech_verbs_reach_the_reported_speech_test(tmp_path, row):
    """A speech verb a user adds to an attribution cue file makes a clause a source's report
    for the casualty rules too (claimex.speech_verbs.v1), and reaches the attribution
    component in all its forms."""
    from claimex.api import load_pipeline

    cues = tmp_path / "attribution.jsonl"
    cues.write_bytes(orjson.dumps(row) + b"\n")
    pipeline = load_pipeline("rules", {"paths.attribution_cues": [str(cues)]})
    finder = pipeline.nlp.get_pipe("claimex_claims")
    assert "tweet" in finder.reporting_verbs and "say" in finder.reporting_verbs
    assert {"tweet", "tweets", "tweeted"} <= pipeline.nlp.get_pipe(
        "claimex_attribution").speech_verbs
    assert "tweet" not in load_pipeline("rules").nlp.get_pipe("claimex_claims").reporting_verbs


@pytest.mark.parametrize(("pattern", "needs"), [
    # a required token given as words: those words, in lower case
    ([{"LOWER": "put"}, {"LOWER": "to"}, {"ORTH": "Death"}], [["put"], ["to"], ["death"]]),
    ([{"LOWER": {"IN": ["Police", "custody"]}}], [["custody", "police"]]),
    ([{"TEXT": "hospital", "OP": "+"}], [["hospital"]]),
    # optional or negated tokens, and tokens given by other attributes, need nothing
    ([{"LEMMA": "be"}, {"POS": "ADV", "OP": "*"}, {"LOWER": "the", "OP": "?"},
      {"LOWER": "not", "OP": "!"}, {"LOWER": {"REGEX": "^crit"}}], []),
])
def test_required_words_of_a_pattern(pattern, needs):
    assert [sorted(words) for words in required_words(pattern)] == needs


@pytest.mark.parametrize(("pattern", "needs"), [
    # a required token given by its lemma: that lemma, as written
    ([{"LEMMA": "leave"}, {"LOWER": "in"}], [["leave"]]),
    ([{"LEMMA": {"IN": ["fight", "battle"]}, "TAG": "VBG"}, {"LOWER": "for"}],
     [["battle", "fight"]]),
    # optional tokens and lemmas given otherwise need nothing
    ([{"LEMMA": "be", "OP": "?"}, {"LEMMA": {"NOT_IN": ["say"]}}, {"POS": "VERB"}], []),
])
def test_required_lemmas_of_a_pattern(pattern, needs):
    assert [sorted(lemmas) for lemmas in required_lemmas(pattern)] == needs


@pytest.mark.parametrize(("text", "cue"), [
    ("Two men were in critical condition.", {2: ("injured", "intransitive")}),
    ("Two men were in the city.", {}),  # no "condition" or "hospital": the matcher is skipped
])
def test_an_annotated_pattern_runs_only_where_its_words_are(text, cue):
    nlp = spacy.blank("en")
    index = CueIndex(nlp, [{"category": "injured", "kind": "intransitive", "pattern": [
        {"LEMMA": "be"}, {"LOWER": "in"}, {"LOWER": {"IN": ["critical", "the"]}, "OP": "*"},
        {"LOWER": {"IN": ["condition", "hospital"]}}]}])
    doc = nlp(text)
    for token in doc:  # what a tagger and lemmatizer would say
        token.lemma_ = "be" if token.lower_ == "were" else token.lower_
        token.pos_ = "AUX" if token.lower_ == "were" else "NOUN"
    assert index.find(doc) == cue


# Forum and comment-thread abbreviations of military casualty reports.
@pytest.mark.parametrize(("text", "category"), [
    ("We had 5 KIA in the ambush.", "killed"),
    ("The unit reported 12 WIA.", "injured"),
    ("Two soldiers are MIA.", "missing"),
])
def test_casualty_abbreviations_are_cues(default_pipeline, text, category):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [c["category"] for c in claims] == [category]


# "homicides" counts the people killed: a town's count over a period (aggregate, never a
# toll); "the homicide of a woman" counts her; homicide detectives are no figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("The town had recorded 23 homicides by this time last year.",
     [("killed", "23", "aggregate")]),
    ("Police are investigating the homicide of a woman on Monday.",
     [("killed", "a", "reported")]),
    ("Homicide detectives are investigating the scene.", []),
    # a news text that dates its events by the day (scope.tells_its_event_by_the_day)
    ("Detectives said Monday there were 14 homicides in the county in 2019.",
     [("killed", "14", "background")]),
])
def test_homicides_count_the_killed(default_pipeline, text, expected):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [(c["category"], text[c["start"]:c["end"]], c["scope"]) for c in claims] == \
        expected


# Taken to "a local / an area / a nearby hospital": the hospital named by a common
# adjective, not only by a name ("Temple Hospital").
@pytest.mark.parametrize(("text", "categories"), [
    ("A woman was taken to an area hospital with a gunshot wound.", ["injured"]),
    ("Police said the victim was rushed to a nearby hospital.", ["injured"]),
    ("A man was transported to a local hospital after the crash.", ["injured"]),
])
def test_taken_to_a_local_hospital(default_pipeline, text, categories):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [c["category"] for c in claims] == categories


# Local-news phrasing of a victim's state: who "succumbed" died; who is "fighting for
# (his) life" or "fighting to survive" lives, hurt; a past "fought for their lives" is
# no injury.
@pytest.mark.parametrize(("text", "categories"), [
    ("Two soldiers succumbed to their wounds on Monday.", ["killed"]),
    ("Two people are fighting for their lives in hospital after the crash.", ["injured"]),
    ("A teenage boy was fighting for his life on Sunday after a stabbing.", ["injured"]),
    ("A woman is fighting to survive after a stray bullet hit her.", ["injured"]),
    ("Rebels fought for their lives as the troops advanced.", []),
    # a dead person told by the body found (session 12): "the body of" a person
    ("The body of a shopkeeper was found in a ditch near the market.", ["killed"]),
    ("Officers found the body of Captain Samir Hadad in a western district.", ["killed"]),
])
def test_victim_state_phrases_are_cues(default_pipeline, text, categories):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [c["category"] for c in claims] == categories


# Nouns of killing followed by "of" and the people: "the massacre of 58 people".
@pytest.mark.parametrize(("text", "figure"), [
    ("The massacre of 58 people shocked the city.", "58"),
    ("He ordered the murder of three teenagers.", "three"),
    ("The slaughter of 300 villagers was condemned.", "300"),
])
def test_nouns_of_killing_with_of_are_cues(default_pipeline, text, figure):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims if c["type"] == "casualty"]
    assert [(c["category"], c["value"]["text"]) for c in claims] == [("killed", figure)]
