"""The gazetteer component on spacy.blank("en") with small entry lists."""

from __future__ import annotations

import orjson
import pytest
import spacy
from spacy.tokens import Span

from claimex.pipeline.tokenization import make_tokenizer_infixes

ENTRIES = [
    {"id": "hts", "canonical": "Hay'at Tahrir al-Sham", "label": "FACTION",
     "aliases": ["Hayat Tahrir al-Sham"], "acronyms": ["HTS"], "kb_id": None},
    {"id": "sdf", "canonical": "Syrian Democratic Forces", "label": "FACTION",
     "aliases": [], "acronyms": ["SDF"]},
    {"id": "isis", "canonical": "Islamic State", "label": "FACTION",
     "aliases": ["Daesh", "Isis"], "acronyms": ["ISIS", "ISIL"], "case_sensitive": ["Isis"]},
    {"id": "country_usa", "canonical": "United States", "label": "COUNTRY",
     "kb_id": "ISO3166:USA", "aliases": ["America", "usa"], "acronyms": ["US", "U.S.", "USA"]},
    {"id": "country_lbn", "canonical": "Lebanon", "label": "COUNTRY", "kb_id": "ISO3166:LBN",
     "aliases": []},
    {"id": "country_tur", "canonical": "Türkiye", "label": "COUNTRY", "kb_id": "ISO3166:TUR",
     "aliases": ["Turkey"], "case_sensitive": ["Turkey"]},
    {"id": "country_jor", "canonical": "Jordan", "label": "COUNTRY", "kb_id": "ISO3166:JOR",
     "aliases": [], "case_sensitive": ["Jordan"], "ambiguous": True},
]


@pytest.fixture()
def nlp():
    nlp = make_tokenizer_infixes()(spacy.blank("en"))
    nlp.add_pipe("claimex_gazetteer")
    nlp.get_pipe("claimex_gazetteer").initialize(entries=ENTRIES)
    return nlp


def _found(doc):
    return [(s.text, s.label_, s.id_, s.kb_id_ or None, s._.claimex_canonical)
            for s in doc.spans["claimex_gazetteer"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hay’at Tahrir al-Sham attacked.", [("Hay’at Tahrir al-Sham", "hts")]),
    ("Hay'at Tahrir al-Sham attacked.", [("Hay'at Tahrir al-Sham", "hts")]),
    ("Hayat Tahrir  al -Sham attacked.", [("Hayat Tahrir  al -Sham", "hts")]),
    ("HTS and the SDF clashed.", [("HTS", "hts"), ("SDF", "sdf")]),
    ("The SDFs pulled back.", [("SDFs", "sdf")]),
    ("Isis fighters and ISIL cells.", [("Isis", "isis"), ("ISIL", "isis")]),
    ("Nato and isis", []),
    ("the U.S. and the US and America", [("U.S.", "country_usa"), ("US", "country_usa"),
                                         ("America", "country_usa")]),
    ("let us go to lebanon", [("lebanon", "country_lbn")]),
    ("the usa and the uk", [("usa", "country_usa")]),
    ("US$3 billion and the U.S.-backed force", [("U.S.", "country_usa")]),
    ("The turkey was roasted in Turkey.", [("Turkey", "country_tur")]),
    ("Syria’s neighbour Lebanon’s army", [("Lebanon", "country_lbn")]),
    ("hts is a word here", []),
])
def test_matches(nlp, text, expected):
    doc = nlp(text)
    assert [(s.text, s.id_) for s in doc.spans["claimex_gazetteer"]] == expected


def test_span_attributes(nlp):
    doc = nlp("Fighting near the U.S. base.")
    [span] = doc.spans["claimex_gazetteer"]
    assert _found_one(span) == ("U.S.", "COUNTRY", "ISO3166:USA", "United States", "gazetteer")


def _found_one(span):
    return (span.text, span.label_, span.kb_id_, span._.claimex_canonical, span._.claimex_origin)


def test_ambiguous_name_yields_to_a_person(nlp):
    doc = nlp.make_doc("Michael Jordan visited Jordan.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    doc = nlp.get_pipe("claimex_gazetteer")(doc)
    assert [s.text for s in doc.spans["claimex_gazetteer"]] == ["Jordan"]
    assert doc.spans["claimex_gazetteer"][0].start == 3


def test_to_disk_and_from_disk_round_trip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "HTS, Daesh and Lebanon"
    assert _found(loaded(text)) == _found(nlp(text))
    assert (tmp_path / "pipeline" / "claimex_gazetteer" / "entries.jsonl").exists()


def test_user_jsonl_extends_the_builtin_lists_through_the_config(tmp_path):
    from claimex.api import load_pipeline

    own = tmp_path / "own.jsonl"
    own.write_bytes(orjson.dumps({"id": "my_militia", "canonical": "Lions of the Valley",
                                  "label": "FACTION", "aliases": ["Valley Lions"]}) + b"\n")
    pipeline = load_pipeline("rules", {"paths.gazetteers": [str(own)]})
    doc = pipeline.nlp("The Valley Lions and HTS fought in Syria.")
    spans = {s.text: (s.label_, s._.claimex_canonical) for s in doc.spans["claimex_entities"]}
    assert spans["Valley Lions"] == ("FACTION", "Lions of the Valley")
    assert spans["HTS"][0] == "FACTION"
    assert spans["Syria"] == ("COUNTRY", "Syrian Arab Republic")


def test_broken_user_gazetteer_is_a_config_error(tmp_path):
    from claimex.api import load_pipeline
    from claimex.errors import ConfigError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "canonical": "X"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl"):
        load_pipeline("rules", {"paths.gazetteers": [str(bad)]})
