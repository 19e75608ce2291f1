"""Casualty phrasing of comment threads, headlines and telegraphic notes (issue 14): one row
per phenomenon, with the claim it must give (the figure's words, category, bounds, and
modality)."""

import math

import pytest

from tests.conftest import needs_model

INF = math.inf

# text, the figure's words, category, low, high, modality
PHRASES = [
    # hedged killed
    ("Five miners were feared dead after the collapse.", "Five", "killed", 5, 5, "hedged"),
    ("Two fighters are believed killed.", "Two", "killed", 2, 2, "hedged"),
    ("Three are presumed dead.", "Three", "killed", 3, 3, "hedged"),
    ("Dozens feared dead as boat capsizes off Libya", "Dozens", "killed", 24, 99, "hedged"),
    # drowning is dying (lexicon row "drown"), hedged or not (session 11)
    ("Divers searched for about 40 villagers feared drowned after the boat sank.",
     "about 40", "killed", 40, 40, "hedged"),
    ("Eleven fishermen were feared drowned when a storm hit the coast.", "Eleven", "killed",
     11, 11,
     "hedged"),
    ("Twelve workers drowned in the flooded tunnel.", "Twelve", "killed", 12, 12,
     "asserted"),
    # copular tolls
    ("The real death toll is over 200.", "over 200", "killed", 201, INF, "asserted"),
    ("Casualties were in the hundreds.", "hundreds", "killed_or_injured", 200, 999,
     "asserted"),
    # adjective frames
    ("There were hundreds of dead soldiers in the field.", "hundreds", "killed", 200, 999,
     "asserted"),
    ("The shelling left 50 dead and wounded.", "50", "killed_or_injured", 50, 50,
     "asserted"),
    ("There were 50 dead and wounded after the attack.", "50", "killed_or_injured", 50, 50,
     "asserted"),
    # ranges with a spaced dash read as "150-250"
    ("They say between 150 – 250 people were killed in the strike.", "between 150 – 250",
     "killed", 150, 250, "asserted"),
    ("I heard 150 - 250 people were killed.", "150 - 250", "killed", 150, 250, "hedged"),
    # a figure that answers a question about a toll
    ("How many died? At least 30.", "At least 30", "killed", 30, INF, "asserted"),
    ("How many people were killed in the strike? Probably 30 or so.", "30 or so", "killed",
     30, 30, "hedged"),
    # victims listed apart from a count
    ("Among those killed there were 595 women and 74 children, Basurin said.", "595",
     "killed", 595, 595, "asserted"),
    ("Twelve of the attackers were killed along with two fighters of the MMC, the SOHR "
     "said.", "two", "killed", 2, 2, "asserted"),
    # telegraphic text
    ("3 dead, 5 hurt in Kano blast\nThe blast hit a market.", "5", "injured", 5, 5,
     "asserted"),
    ("2 killed, 4 injured as tanker explodes in Lagos", "2", "killed", 2, 2, "asserted"),
    ("On 12 March, gunmen attacked Kuda village, killing 3 civilians and abducting 5 women. "
     "ISWAP suspected.", "5", "captured", 5, 5, "asserted"),
    # killing verbs of wire copy (lexicon rows)
    ("The group burned and hacked to death at least 19 civilians.", "at least 19", "killed",
     19, INF, "asserted"),
    ("Mobs beat to death two men accused of theft.", "two", "killed", 2, 2, "asserted"),
    ("Troops neutralized 12 terrorists in the operation.", "12", "killed", 12, 12,
     "asserted"),
    ("Three soldiers embraced martyrdom in the attack.", "Three", "killed", 3, 3,
     "asserted"),
    # headlines under a site's furniture
    ("Daily Trust\nUpdate: Gunmen Kidnap Seven Worshippers\nThe gunmen struck at dawn.",
     "Seven", "captured", 7, 7, "asserted"),
]


@needs_model
@pytest.mark.parametrize(("text", "figure", "category", "low", "high", "modality"), PHRASES)
def test_phrasing(default_pipeline, text, figure, category, low, high, modality):
    claims = [c for c in default_pipeline.nlp(text)._.claimex_claims
              if c["type"] == "casualty" and c["value"]["text"] == figure]
    assert claims, f"no casualty claim on {figure!r}"
    claim = claims[0]
    assert (claim["category"], claim["value"]["low"], claim["value"]["high"],
            claim["modality"]) == (category, low, high, modality)


@needs_model
@pytest.mark.parametrize("text", [
    "New Surge Of Raids Hits Hama\nRegime aircraft struck the city on Monday.",
    "Syria Direct\nUpdate\nRegime Forces Launch New Assault On Rebel Held Areas\nThe army "
    "advanced.",
    "South Front\nMilitary Situation In Syria On March 3, 2019\nNo fighting was reported.",
])
def test_title_case_headlines_and_site_furniture_are_no_victims(default_pipeline, text):
    assert not [c for c in default_pipeline.nlp(text)._.claimex_claims
                if c["type"] == "casualty"]


@needs_model
@pytest.mark.parametrize(("text", "word"), [
    ("ISLAMABAD — A top commander is believed to have been killed in an airstrike.",
     "ISLAMABAD"),
    ("Abidjan\n– Eight soldiers have been killed in a jihadist attack.", "Abidjan"),
    ("Tags: Evacuation, Extremism, Insurgency, Military operations, rebellion, soldiers "
     "killed in action, soldiers killed in battle, soldiers wounded in action", "soldiers"),
    ("New Surge Of Raids Hits Hama As Rebels Killed\nThe raids went on.", "Surge"),
])
def test_furniture_words_are_no_victims(default_pipeline, text, word):
    claims = default_pipeline.nlp(text)._.claimex_claims
    assert not [c for c in claims if c["type"] == "casualty" and c["value"]["text"] == word]


@needs_model
@pytest.mark.parametrize("text", [
    "The rains have resulted in the death of 6,180 livestock.",
    "The floods killed 300 cattle in the district.",
])
def test_animals_are_no_victims(default_pipeline, text):
    assert not [c for c in default_pipeline.nlp(text)._.claimex_claims
                if c["type"] == "casualty"]
