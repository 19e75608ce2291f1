"""One sentence per linking rule of the registry: the rule must fire on it.

The table is the registry's contract: every name in ``LINKERS`` has a row here (a test
checks), so a rule that stops firing, or one added without an example, fails.
"""

import pytest

from claimex.pipeline.claims.registry import LINKERS, RULE_NAMES
from tests.conftest import needs_model

# rule name -> (sentence, the figure's words in the claim)
PARSED_EXAMPLES = {
    "cue_verb_before_figure": ("A car bomb claims 12 lives and wounds 35 in a market town.", "35"),
    "cue_verb_conjoined_object": ("A bomber set off his vest, killing himself and 19 others "
                                  "near the gate.", "19"),
    "cue_fatally": ("Eight people were shot, one fatally, at the party.", "one"),
    "cue_gapped": ("In Idlib, 12 people were killed and 30 in Hama.", "30"),
    "cue_toll_adjective": ("Syrian state media gave a toll of 44 dead in the bombing.", "44"),
    "cue_on_figure": ("Officials said 15 people were reported dead, nine missing and 61 000 "
                      "people displaced.", "nine"),
    "cue_owner_housing": ("The storm destroyed the homes of many, and 120,000 families' homes "
                          "were destroyed.", "120,000"),
    "cue_total_after": ("No figure of the casualties has been released.", "No"),
    "cue_noun": ("The clashes caused 12 deaths in the city.", "12"),
    "cue_harm_to_captives": ("The kidnappers killed a guard and four hostages held in a "
                             "warehouse.", "four"),
    "cue_modifier": ("There were 40 people killed in the strike.", "40"),
    "cue_dead_modifier": ("There were hundreds of dead soldiers in the field.", "hundreds"),
    "cue_believed": ("Five miners were feared dead after the collapse.", "Five"),
    "cue_toll_copular": ("The real death toll is over 200.", "over 200"),
    "cue_noun_with": ("40 soldiers with shrapnel wounds were taken to hospital.", "40"),
    "cue_clause_predicate": ("Officials counted 5,400 people registered as displaced in the "
                             "district.", "5,400"),
    "cue_along_with": ("Police found gunmen near the road and detained them along with one "
                       "other suspect.", "one"),
    "cue_object": ("Coalition aircraft killed 12 insurgents in Helmand.", "12"),
    "cue_passive_subject": ("Twelve soldiers were killed in the ambush.", "Twelve"),
    "cue_state_after_noun": ("Oct. 2 - 9 persons dead in market blast.", "9"),
    "cue_bare_participle": ("A man was killed by a stray bullet and three others wounded.",
                            "three"),
    "cue_subject": ("At least 30 people died in the fire.", "At least 30"),
    "cue_predicate_noun": ("Nine people were missing after the storm.", "Nine"),
    "cue_suffered": ("Twenty-five children suffered injuries in the blast.", "Twenty-five"),
    "cue_with": ("Medics treated 40 soldiers with shrapnel wounds.", "40"),
    "cue_resultative": ("The blast left 15 people dead.", "15"),
    "cue_left_in_state": ("The fire left one tenant dead and two other tenants in the hospital.",
                          "two"),
    "cue_result_clause": ("A collision on the ridge road left two drivers dead and three others "
                          "seriously injured.", "three"),
    "cue_lost": ("The regime lost 20 soldiers in the battle.", "20"),
    "cue_among": ("Three children were among the dead.", "Three"),
    "cue_including": ("The strike killed 23 people, including seven children.", "seven"),
    "cue_causative": ("The fighting forced 6,000 people to flee.", "6,000"),
    "displaced_on_figure": ("Some 175,500 staying in temporary shelters across the state.",
                            "Some 175,500"),
    "displaced_resultative": ("The earthquake left 3,000 people homeless.", "3,000"),
    "cue_host": ("Relief camps housing 20,000 people were set up.", "20,000"),
    "displaced_placed": ("Authorities placed 300 families in relief camps.", "300"),
    "cue_lost_homes": ("Some 29,739 people lost their dwellings.", "Some 29,739"),
    "displaced_conjunct": ("About 16,000 families were affected and evacuated.", "About 16,000"),
    "cue_crossing": ("Some 52,000 Afghans crossed the border from Pakistan.", "Some 52,000"),
    "cue_shelter_need": ("About 299 families have been found in need of emergency shelter.",
                         "About 299"),
    "cue_refuge": ("About 6,000 people were staying at the UN base.", "About 6,000"),
    "cue_housed": ("About 300 families were housed in tents.", "About 300"),
    "cue_arrival": ("Some 640 households arrived in Kaga Bandoro last week.", "Some 640"),
    "cue_departure": ("More than 4,500 people left eastern Aleppo.", "More than 4,500"),
    "cue_settlement": ("The village of 300 inhabitants was razed.", "300"),
    "cue_conjunct": ("Several individuals were identified and detained.", "Several"),
    "cue_shared_subject": ("Two insurgents fired on the patrol and were killed.", "Two"),
    "cue_complement": ("About 200 people are believed to have died.", "About 200"),
    "cue_predicate": ("Nine people remain missing.", "Nine"),
    "cue_had_destroyed": ("Some 41,000 households had their houses destroyed.", "Some 41,000"),
    "cue_noun_of": ("The attack led to the killing of 12 civilians.", "12"),
    "cue_toll": ("The death toll rose to 70 on Sunday.", "70"),
    "cue_toll_revision": ("The number of missing rose from 51 to 1,079.", "51"),
    "cue_raised_toll": ("Gunmen killed five people, raising the toll from a week of clashes to 40.",
                        "40"),
    "cue_total_copular": ("The total number of IDPs is now 253,000.", "253,000"),
    "cue_noun_in_figure": ("Five dead in the crash.", "Five"),
    "cue_shared_negative": ("The rockets caused no damage or casualties.", "no"),
    "cue_gone_missing": ("Two divers drowned and three others went missing off the cape.", "three"),
    "cue_left_missing": ("The cyclone killed nine villagers and left numerous fishermen missing "
                         "in the delta.", "numerous"),
    "cue_participle_after_prefix": ("March 30 - 41 killed near a wedding hall.", "41"),
    "cue_toll_amount": ("Russia's casualties totaled 16,000 in the battle.", "16,000"),
    "cue_after_plus": ("The first count was 70+ dead and 150+ badly hurt at the depot.", "150+"),
    "window_passive": ("After the fire, 1,340 people (about 250 households) became\nhomeless "
                       "overnight.", "1,340"),
    "window_active": ("Meanwhile rebel fire on regime-held areas killed 1102 people said the "
                      "Observatory adding that 234 of them were children.", "1102"),
    "window_after": ("US-led Coalition Strikes on Syrian Abu Kamal Leave 31 Civilians Dead\n"
                     "The strikes hit a market.", "31"),
    "window_before": ("Strike Kills Eight In Aleppo\nThe strike hit a block.", "Eight"),
    "cue_label": ("Situation report\nNumber of displaced: 452\n", "452"),
    "cue_question_answer": ("How many died in the strike? At least 30.", "At least 30"),
    "cue_before_bracketed_list": ("The number of injured people is highest in Tarvia (140), "
                                  "followed by Oskel (62).", "62"),
    "cue_before_place_share": ("Floods killed 52 people in Norland, 17 in Westmark and "
                               "another 9 in the Hollow Coast.", "9"),
    "cue_across_insertion": ("The storm forced the evacuation of, according to the civil "
                             "protection agency, 23,480 people.", "23,480"),
}
# Without a parse (rules.cfg) the window rules are all there is.
RULES_EXAMPLES = {
    "window_after": ("Twelve soldiers were killed in the ambush.", "Twelve"),
    "window_before": ("The army killed 12 militants.", "12"),
    "cue_label": ("Situation report\nNumber of displaced: 452\n", "452"),
    "cue_question_answer": ("How many died? At least 30.", "At least 30"),
    "cue_after_plus": ("The quake left 40+ dead in the hills.", "40+"),
}
GUARDS = {"not_an_age", "not_an_age_range", "not_wounds", "not_freed_captives"}


def _rules_fired(pipeline, text):
    return {(c["value"]["text"], c["rule"]) for c in pipeline.nlp(text)._.claimex_claims
            if c["type"] == "casualty"}


def test_every_linker_has_an_example():
    names = [linker.name for linker in LINKERS]
    assert len(names) == len(set(names)), "rule names must be unique"
    assert set(names) - GUARDS == set(PARSED_EXAMPLES)
    assert set(RULES_EXAMPLES) <= {linker.name for linker in LINKERS if not linker.needs_parse}
    assert set(names) - GUARDS <= RULE_NAMES


def test_every_linker_has_a_docstring_example():
    for linker in LINKERS:
        assert linker.function.__doc__ and '"' in linker.function.__doc__, linker.name


@needs_model
@pytest.mark.parametrize("rule", sorted(PARSED_EXAMPLES))
def test_linker_fires_on_its_example(default_pipeline, rule):
    text, figure = PARSED_EXAMPLES[rule]
    assert (figure, rule) in _rules_fired(default_pipeline, text)


@pytest.mark.parametrize("rule", sorted(RULES_EXAMPLES))
def test_window_linker_fires_without_a_parse(rules_pipeline, rule):
    text, figure = RULES_EXAMPLES[rule]
    assert (figure, rule) in _rules_fired(rules_pipeline, text)


@needs_model
@pytest.mark.parametrize(("text", "figure"), [
    ("Four teenagers between the ages of 15 and 17 were wounded.", "17"),
    ("Three victims aged 15 to 17 were wounded.", "17"),
    ("He suffered multiple stab wounds and died.", "multiple"),
    ("The man was hit by two gunshot wounds.", "two"),
    # ages in brackets after a full name or a singular person noun are no shares of a list
    ("The dead were named as Anna Berg (34) and Tomas Lind (61).", "61"),
    ("Among the injured were a woman (62) and a boy (9).", "62"),
    # a place share needs a place name after it and a casualty count heading its list
    ("Storms killed 12 people and damaged 300 houses in Tarvia and 40 in Oskel.", "40"),
    ("The storm killed 12 people in Tarvia; the river peaked on 3 March and 31 in March.", "31"),
    ("The strike killed 12 people, and one in five houses in Tarvia was damaged.", "one"),
    ("Floods killed 12 people in Tarvia, officials said, and 40 in Oskel were rescued.", "40"),
    ("Gunmen killed a guard after three shops were burnt, one in Tarvia and one in Oskel.",
     "one"),
    ("The council counted 30 flooded villages in the valley, 12 in Tarvia and 8 in Oskel, "
     "where two men drowned.", "12"),
])
def test_numbers_that_count_no_people(default_pipeline, text, figure):
    assert not any(f == figure for f, _ in _rules_fired(default_pipeline, text))


@needs_model
def test_an_age_after_a_name_is_no_count(default_pipeline):
    text = "Bana Alabed, 7, and her family were evacuated from Aleppo."
    assert not any(figure == "7" for figure, _ in _rules_fired(default_pipeline, text))


def _categories(pipeline, text):
    return {(c["value"]["text"], c["category"]) for c in pipeline.nlp(text)._.claimex_claims
            if c["type"] == "casualty"}


@needs_model
@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated cue verb keeps its own category; the figure before it counts "lives"
    ("A car bomb claims 12 lives and wounds 35 in a market town.", {("12", "killed"),
                                                                    ("35", "injured")}),
    ("The blast claimed 18 lives and wounded 40 others.", {("18", "killed"), ("40", "injured")}),
])
def test_coordinated_cue_verbs_keep_their_category(default_pipeline, text, expected):
    assert expected <= _categories(default_pipeline, text)


@needs_model
def test_a_verb_read_as_a_noun_says_its_people_lived(default_pipeline):
    doc = default_pipeline.nlp("An attack claims 12 lives and wounds 35 in the border town.")
    claims = doc._.claimex_claims
    wounded = [c for c in claims if c["type"] == "casualty" and c["value"]["text"] == "35"]
    assert wounded and wounded[0]["category"] == "injured" and not wounded[0]["outcome_open"]
