"""Each claimex factory declares what it needs and what it sets, so ``nlp.analyze_pipes()``
explains a pipeline and finds a component placed before what it needs.

Only what a component cannot do without is required: the dependency parse, lemmas and the
model's entities make the claims better where they exist, but ``rules.cfg`` has none of them.
"""

from __future__ import annotations

import pytest
import spacy

CLAIMEX = ["claimex_gazetteer", "claimex_entities", "claimex_dates", "claimex_claims",
           "claimex_attribution"]


def _problems(nlp) -> dict[str, list[str]]:
    return {name: found for name, found in nlp.analyze_pipes()["problems"].items() if found}


def test_the_rules_pipeline_meets_every_requirement(rules_pipeline):
    assert _problems(rules_pipeline.nlp) == {}


@pytest.mark.slow
def test_the_default_pipeline_meets_every_requirement(default_pipeline):
    assert _problems(default_pipeline.nlp) == {}


def test_the_analysis_says_who_sets_and_who_reads_each_claimex_attribute(rules_pipeline):
    attrs = rules_pipeline.nlp.analyze_pipes()["attrs"]
    assert attrs["doc._.claimex_dates"] == {"assigns": ["claimex_dates"],
                                            "requires": ["claimex_claims"]}
    assert attrs["doc._.claimex_claims"] == {
        "assigns": ["claimex_claims", "claimex_attribution"],
        "requires": ["claimex_attribution"]}
    assert attrs["token.is_sent_start"]["assigns"] == ["sentencizer"]


def test_a_pipeline_in_the_wrong_order_or_without_sentences_is_reported():
    nlp = spacy.blank("en")
    for name in ["claimex_gazetteer", "claimex_entities", "claimex_claims", "claimex_dates",
                 "claimex_attribution"]:
        nlp.add_pipe(name)
    assert _problems(nlp) == {
        "claimex_claims": ["doc._.claimex_dates", "token.is_sent_start"],
        "claimex_attribution": ["token.is_sent_start"],
    }
    bare = spacy.blank("en")
    bare.add_pipe("claimex_entities")
    assert _problems(bare) == {"claimex_entities": ["doc.spans"]}


def test_every_claimex_factory_declares_what_it_assigns():
    nlp = spacy.blank("en")
    for name in CLAIMEX:
        assert nlp.get_factory_meta(name).assigns, name
