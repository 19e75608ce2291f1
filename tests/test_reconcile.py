"""claimex.reconcile: grouping rules on hand-made claims, then the debates end to end."""

from __future__ import annotations

import math
import random
from datetime import date
from pathlib import Path

import orjson
import pytest

from claimex.reconcile import (
    GROUP_SCHEMA,
    ReconcileSettings,
    group_id,
    head_noun,
    parse_time,
    reconcile,
    reconcile_outdir,
)
from tests.conftest import ROOT, extract_and_reconcile, needs_model


def span(text, start=None, canonical=None):
    if text is None:
        return None
    return {"text": text, "start": start, "end": None if start is None else start + len(text),
            "canonical": canonical}


def claim(cid, low, high=None, *, doc="d1", section=1, start=0, category="killed",
          type="casualty", subject="soldiers", subject_start=None, subject_canonical=None,
          actor=None, actor_canonical=None, location=None, location_canonical=None,
          time="2024-03-13", inferred=False, modality="asserted", speaker="ministry",
          kind="reported", unit=None, qualifier="exact", sentence_start=0, text=None):
    """A claimex.claim/1 dict with what reconcile reads."""
    high = low if high is None else high
    return {
        "schema": "claimex.claim/1", "id": cid, "doc_id": doc, "section": section,
        "type": type, "category": category,
        "value": {"text": text or str(low), "low": float(low),
                  "high": None if high == math.inf else float(high),
                  "qualifier": qualifier, "unit": unit},
        "subject": span(subject, subject_start, subject_canonical),
        "actor": span(actor, None, actor_canonical),
        "location": span(location, None, location_canonical or location),
        "time": None if time is None else {"text": None, "value": time, "start": None,
                                            "end": None, "inferred": inferred},
        "modality": modality, "hedges": [],
        "attribution": {"speaker": speaker, "start": None, "end": None, "cue": None,
                        "canonical": None, "kind": kind},
        "evidence": {"start": start, "end": start + len(text or str(low)), "exact": "",
                     "prefix": "", "suffix": "", "sentence": "", "sentence_start":
                     sentence_start if sentence_start is not None else start},
        "provenance": {"claimex": "test", "config": "test", "rule": "test"},
    }


def groups_by_ids(groups):
    return {frozenset(g["claim_ids"]) for g in groups}


# ------------------------------------------------------------------ helpers


@pytest.mark.parametrize("text, head", [
    ("soldiers", "soldier"), ("government troops", "troop"), ("army conscripts", "conscript"),
    ("RSF fighters", "fighter"), ("the town's three hospitals", "hospital"),
    ("families of the victims", "family"), ("casualties", "casualty"), ("servicemen", "serviceman"),
    ("children", "child"), ("people", "people"), ("@Abu Karim", "karim"), (None, None),
    ("the air strike", "air strike"),
])
def test_head_noun(text, head):
    assert head_noun(text) == head


@pytest.mark.parametrize("value, interval", [
    ("2024-03-13", (date(2024, 3, 13), date(2024, 3, 13))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2024-12", (date(2024, 12, 1), date(2024, 12, 31))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2024-W11", (date(2024, 3, 11), date(2024, 3, 17))),
    ("2024-06-01/2024-06-02", (date(2024, 6, 1), date(2024, 6, 2))),
    ("2024-05/..", (date(2024, 5, 1), date.max)),
    ("XXXX-09-16", None), ("199X", None), ("", None), (None, None), ("garbage", None),
])
def test_parse_time(value, interval):
    assert parse_time(value) == interval


# ------------------------------------------------------------------ rules


def test_compatible_subjects_group_and_others_do_not():
    claims = [claim("a", 12, subject="soldiers"), claim("b", 40, subject="government troops",
                                                        start=100),
              claim("c", 150, 200, subject="army conscripts", start=200),
              claim("d", 200, subject="troops", start=300),
              claim("e", 7, subject="civilians", start=400),
              claim("f", 9, subject="residents", start=500)]
    groups = reconcile(claims)
    assert groups_by_ids(groups) == {frozenset("abcd"), frozenset("ef")}
    soldiers = next(g for g in groups if "a" in g["claim_ids"])
    assert soldiers["subject"]["class"] == "military"


def test_categories_and_units_are_never_mixed():
    claims = [claim("k", 12), claim("i", 12, category="injured", start=10),
              claim("p1", 15, type="quantity", category="percent", unit="%", subject=None,
                    start=20),
              claim("p2", 15, type="quantity", category="percent", unit="%", subject=None,
                    start=30),
              claim("n1", 3, type="quantity", category="count", subject="trade agreements",
                    start=40),
              claim("n2", 3, type="quantity", category="count", subject="agreements", start=50)]
    groups = reconcile(claims)
    # percentages without a counted noun stay alone; counts of one noun in one document group
    assert groups_by_ids(groups) == {frozenset({"k"}), frozenset({"i"}), frozenset({"p1"}),
                                     frozenset({"p2"}), frozenset({"n1", "n2"})}


def test_quantities_group_within_a_document_only_by_default():
    a = claim("a", 300, type="quantity", category="count", subject="families")
    b = claim("b", 20000, type="quantity", category="count", subject="families", doc="d2")
    assert len(reconcile([a, b])) == 2
    assert len(reconcile([a, b], ReconcileSettings(quantity_scope="all"))) == 1


def test_proper_modifiers_and_canonicals_split_subjects():
    claims = [claim("a", 12, subject="Russian soldiers"),
              claim("b", 40, subject="Ukrainian soldiers", start=50),
              claim("c", 30, subject="RSF fighters", subject_canonical="Rapid Support Forces",
                    start=100),
              claim("d", 30, subject="SAF fighters", subject_canonical="Sudanese Armed Forces",
                    start=150)]
    assert len(reconcile(claims)) == 4


def test_unknown_subject_joins_the_best_group_of_its_document_only():
    claims = [claim("sol", 12, subject="soldiers", start=10),
              claim("civ", 7, subject="civilians", section=2, start=100),
              claim("vague", 24, 999, subject=None, start=50, qualifier="vague"),
              claim("other_doc", 30, subject=None, doc="d2")]
    groups = reconcile(claims)
    assert groups_by_ids(groups) == {frozenset({"sol", "vague"}), frozenset({"civ"}),
                                     frozenset({"other_doc"})}
    none = reconcile(claims, ReconcileSettings(unknown_subject_scope="none"))
    assert len(none) == 4


def test_a_bare_figure_refers_back():
    # "The shelling killed 9 civilians, not 7, two children died in hospital."
    claims = [claim("nine", 9, subject="civilians", start=20, section=3),
              claim("seven", 7, subject=None, start=35, section=3),
              claim("kids", 2, subject="children", start=40, section=3)]
    assert groups_by_ids(reconcile(claims)) == {frozenset({"nine", "seven"}),
                                                frozenset({"kids"})}


def test_parts_of_one_figure_never_group():
    total = claim("sum", 3, subject="insurgents", start=10, text="a leader and two")
    part = claim("two", 2, subject="insurgents", start=23, text="two")
    # "two of the town's three hospitals": the parse counts "town's three hospitals" for two
    of = claim("of", 2, type="quantity", category="count", start=50, text="two",
               subject="town's three hospitals", subject_start=61)
    whole = claim("three", 3, type="quantity", category="count", start=68, text="three",
                  subject="hospitals", subject_start=74)
    assert len(reconcile([total, part])) == 2
    assert len(reconcile([whole, of])) == 2


def test_actor_compatibility():
    base = dict(subject="soldiers")
    same = [claim("a", 12, actor="the strike", **base),
            claim("b", 40, actor="The airstrike", start=50, **base),
            claim("c", 45, actor=None, start=90, **base)]
    assert len(reconcile(same)) == 1
    different = [claim("a", 12, actor="Israeli jets", actor_canonical="Israel Defense Forces",
                       **base),
                 claim("b", 12, actor="Hezbollah fighters", actor_canonical="Hezbollah",
                       start=50, **base),
                 claim("c", 12, actor="the shelling", start=100, **base)]
    assert len(reconcile(different)) == 3


def test_an_actor_span_that_holds_the_figure_is_ignored():
    # "30,000 people fled": the parse gives the counted phrase as the actor
    a = claim("a", 30000, category="displaced", subject="people", start=10)
    a["actor"] = {"text": "30,000 people", "start": 10, "end": 23, "canonical": None}
    b = claim("b", 35000, category="displaced", subject="villagers", actor="the army",
              start=100)
    assert len(reconcile([a, b])) == 1


def test_locations():
    def loc(cid, location, start, **kw):
        return claim(cid, 7, subject="civilians", location=location, start=start,
                     sentence_start=start, **kw)

    assert len(reconcile([loc("a", "Sarmin", 0), loc("b", "Ariha", 100)])) == 2
    assert len(reconcile([loc("a", "Sarmin", 0), loc("b", "sarmin", 100)])) == 1
    assert len(reconcile([loc("a", "Sarmin", 0), loc("b", None, 100)])) == 1
    # a country fits any place, but not another country
    assert len(reconcile([loc("a", "Sarmin", 0), loc("b", "Syria", 100)])) == 1
    assert len(reconcile([loc("a", "Syria", 0), loc("b", "Sudan", 100)])) == 2
    strict = ReconcileSettings(country_contains_places=False)
    assert len(reconcile([loc("a", "Sarmin", 0), loc("b", "Syria", 100)], strict)) == 2
    # one's place named in the other's sentence; or a known place both sentences name
    a, b = loc("a", "the Nuba Mountains", 0), loc("b", "Kadugli", 100)
    a["evidence"]["sentence"] = "30,000 people fled Kadugli toward the Nuba Mountains."
    assert len(reconcile([a, b])) == 1
    c, d = loc("c", "South Kordofan", 0), loc("d", "the Nuba Mountains", 100)
    c["evidence"]["sentence"] = "Fighting around Kadugli in South Kordofan drove thousands out."
    d["evidence"]["sentence"] = "30,000 people fled Kadugli toward the Nuba Mountains."
    assert len(reconcile([c, d, loc("e", "Kadugli", 200, doc="d2")])) == 1
    # one sentence, two places: two events
    e, f = loc("e", "Sarmin", 10), loc("f", "Ariha", 40)
    e["evidence"]["sentence_start"] = f["evidence"]["sentence_start"] = 0
    e["evidence"]["sentence"] = f["evidence"]["sentence"] = "7 killed in Sarmin and 3 in Ariha."
    assert len(reconcile([e, f])) == 2


# ------------------------------------------------------------------ events: victims, anchors,
# comments, parts


def _in_sentence(sentence, *claims):
    """Claims of one sentence starting at 0: each figure's offsets found in it."""
    for c in claims:
        figure = c["value"]["text"]
        c["evidence"].update(start=sentence.index(figure),
                             end=sentence.index(figure) + len(figure),
                             sentence=sentence, sentence_start=0)
    return list(claims)


def _comment(cid, low, section, **kw):
    return claim(cid, low, section=section, start=1000 * section, speaker=f"reader{section}",
                 kind="author", time=None, **kw)


_THREAD_DOCUMENTS = [{"doc_id": "d1", "sections": [
    {"index": 0, "kind": "title"}, {"index": 1, "kind": "article"},
    {"index": 2, "kind": "comment"}, {"index": 3, "kind": "comment"}]}]


def _thread():
    """A strike that killed regime fighters and Wagner fighters; a thread argues the toll."""
    return [
        claim("regime", 100, subject="regime and allied fighters", start=50,
              time="2018-02-07"),
        claim("wagner", 13, subject="Wagner fighters", subject_canonical="Wagner Group",
              start=200, time="2018-02-07", qualifier="at_least"),
        claim("nationals", 5, subject="Russian nationals", subject_canonical="Russian",
              start=300, time="2018-02-07", modality="hedged"),
        _comment("contractors", 200, 2, subject="Russian contractors",
                 subject_canonical="Russian"),
        _comment("only5", 5, 3, subject=None),
    ]


EVENT_RULES = [
    # (rule, claims, settings, documents, expected groups)
    ("victims of one side group across a plain person noun",
     [claim("w", 13, subject="Wagner fighters", subject_canonical="Wagner Group"),
      claim("c", 200, subject="Russian contractors", subject_canonical="Russian", start=50),
      claim("n", 5, subject="Russian nationals", subject_canonical="Russian", start=90),
      claim("r", 100, subject="regime and allied fighters", start=130)],
     {}, None, ["wcn", "r"]),
    ("a side's own name is a plain person noun",
     [claim("h", 264, subject="Houthis"), claim("r", 250, subject="Houthi rebels", start=50),
      claim("t", 30, subject="the Taliban", start=90)],
     {}, None, ["hr", "t"]),
    ("two known sides never group, one class or not",
     [claim("ru", 12, subject="Russian soldiers"),
      claim("ua", 40, subject="Ukrainian soldiers", start=50),
      claim("ru2", 30, subject="Russian fighters", start=90)],
     {}, None, [["ru"], ["ua"], ["ru2"]]),
    ("one side, two classes: soldiers are not civilians",
     [claim("s", 12, subject="Russian soldiers"),
      claim("c", 12, subject="Russian civilians", start=50)],
     {}, None, ["s", "c"]),
    ("a side on one phrase only: the head nouns decide",
     [claim("t", 9, subject="Turkish-backed militants"),
      claim("m", 11, subject="militants", start=50),
      claim("s", 3, subject="soldiers", start=90)],
     {}, None, ["tm", "s"]),
    ("two undated pages are two events",
     [claim("a", 12, time=None), claim("b", 12, time=None, doc="d2")],
     {}, None, ["a", "b"]),
    ("...unless the anchor is off",
     [claim("a", 12, time=None), claim("b", 12, time=None, doc="d2")],
     {"cross_document_anchor": False}, None, ["ab"]),
    ("a place below the country ties two pages; a country does not",
     [claim("a", 12, time=None, location="Palmyra"),
      claim("b", 40, time=None, location="Palmyra", doc="d2"),
      claim("c", 12, time=None, location="Syria", doc="d3"),
      claim("d", 12, time=None, location="Syria", doc="d4")],
     {}, None, ["ab", "c", "d"]),
    ("two dates of unknown year compare by month and day",
     [claim("may", 10, time="XXXX-05-02"), claim("aug", 7, time="XXXX-08-21", start=50),
      claim("may3", 9, time="XXXX-05-03", start=90)],
     {}, None, [["may", "may3"], ["aug"]]),
    ("a strike's toll is not the war's total nor an earlier attack's",
     [dict(claim("strike", 12), scope="reported"),
      dict(claim("war", 500000, start=50), scope="aggregate"),
      dict(claim("may", 4, start=90), scope="background"),
      dict(claim("again", 40, start=130), scope="reported")],
     {}, None, [["strike", "again"], ["war"], ["may"]]),
    ("known times within the window tie two pages",
     [claim("a", 12, time="2024-03-13"), claim("b", 40, time="2024-03-14", doc="d2")],
     {}, None, ["ab"]),
    ("a comment's bare figure answers the figure before it, in the article's event",
     _thread(), {}, _THREAD_DOCUMENTS,
     [["regime"], ["wagner", "nationals", "contractors", "only5"]]),
    ("without sections, the author's own voice marks a comment",
     _thread(), {}, None, [["regime"], ["wagner", "nationals", "contractors", "only5"]]),
    ("...and without the rule the bare figure joins the oldest group",
     _thread(), {"comments_follow_article": False}, _THREAD_DOCUMENTS,
     [["regime", "only5"], ["wagner", "nationals", "contractors"]]),
    ("a figure after 'including' is a part of the one before it",
     _in_sentence("45 people, including four civilians were killed.",
                  claim("all", 45, subject="people", text="45"),
                  claim("part", 4, subject="civilians", text="four")),
     {}, None, [["all"], ["part"]]),
    ("two figures joined by 'and' can be one count told twice",
     _in_sentence("45 people and 40 civilians, said two sources.",
                  claim("a", 45, subject="people", text="45"),
                  claim("b", 40, subject="civilians", text="40")),
     {}, None, ["ab"]),
    ("'other' victims are further people, not a rival figure",
     [claim("seven", 7, subject="soldiers", start=10),
      claim("two", 2, subject="other soldiers", start=80, modality="hedged"),
      claim("more", 3, subject="more soldiers", start=120, doc="d2")],
     {}, None, [["seven", "more"], ["two"]]),
]


@pytest.mark.parametrize("rule, claims, settings, documents, expected", EVENT_RULES,
                         ids=[row[0] for row in EVENT_RULES])
def test_event_rules(rule, claims, settings, documents, expected):
    groups = reconcile(claims, ReconcileSettings.from_dict(settings), documents)
    assert groups_by_ids(groups) == {frozenset(ids) for ids in expected}, rule


def test_thread_group_is_disputed_and_says_who_speaks_where():
    groups = reconcile(_thread(), documents=_THREAD_DOCUMENTS)
    wagner = next(g for g in groups if "wagner" in g["claim_ids"])
    assert wagner["summary"]["disputed"] and wagner["summary"]["disputed_by"] == ["figures"]
    assert wagner["subject"]["sides"] == ["RUS"] and wagner["subject"]["kind"] == "combatant"
    assert [m["section_kind"] for m in wagner["members"]] == [
        "article", "article", "comment", "comment"]
    regime = next(g for g in groups if "regime" in g["claim_ids"])
    assert regime["subject"]["sides"] == ["government"]


def test_time_window():
    a = claim("a", 12, time="2024-03-13")
    b = claim("b", 40, time="2024-03-16", doc="d2")
    c = claim("c", 45, time="2024-03-20", doc="d3")
    d = claim("d", 45, time="2024-03-19", doc="d4", inferred=True)
    assert groups_by_ids(reconcile([a, b, c])) == {frozenset("ab"), frozenset("c")}
    assert len(reconcile([a, d])) == 1  # the inferred window is 7 days
    assert len(reconcile([a, c], ReconcileSettings(time_window_days=7))) == 1
    # a year-less date is unknown: it fits within a document; across documents it ties
    # nothing (the cross-document anchor), unless the anchor is switched off
    assert len(reconcile([a, claim("x", 40, time="XXXX-03-19", start=50)])) == 1
    assert len(reconcile([a, claim("x", 40, time="XXXX-03-19", doc="d5")])) == 2
    loose = ReconcileSettings(cross_document_anchor=False)
    assert len(reconcile([a, claim("x", 40, time="XXXX-03-19", doc="d5")], loose)) == 1
    assert len(reconcile([a, claim("y", 40, time="2023", doc="d6")])) == 2


def test_summary_and_dispute():
    claims = [claim("m", 12, speaker="Defence Ministry"),
              claim("o", 40, start=50, speaker="SOHR"),
              claim("o2", 45, math.inf, start=60, speaker="sohr", qualifier="at_least"),
              claim("h", 24, 999, start=70, speaker="Local media", modality="hedged"),
              claim("q", 12, start=80, speaker="Abu", modality="question"),
              claim("n", 0, start=90, speaker="Mr Sceptic", kind="author", modality="negated")]
    [group] = reconcile(claims)
    assert group["schema"] == GROUP_SCHEMA
    assert group["group_id"] == group_id(["m", "o", "o2", "h", "q", "n"])
    summary = group["summary"]
    assert summary["members"] == 6 and summary["documents"] == 1
    assert summary["sources"] == 5  # "SOHR" and "sohr" are one speaker
    assert summary["low"] == 12 and summary["high"] == math.inf
    assert summary["median"] == pytest.approx((40 + 45) / 2)  # 12, 40, 45, 511.5
    assert summary["disputed"] and summary["disputed_by"] == ["figures", "negation"]
    assert summary["modalities"] == {"asserted": 3, "hedged": 1, "negated": 1, "question": 1}
    member = group["members"][-1]
    assert member["figure"] == {"text": "0", "low": 0.0, "high": 0.0, "qualifier": "exact"}
    assert member["speaker"] == "Mr Sceptic" and member["speaker_kind"] == "author"


def test_close_figures_are_not_disputed():
    close = [claim("a", 40), claim("b", 45, start=10), claim("c", 30, 50, start=20)]
    assert not reconcile(close)[0]["summary"]["disputed"]
    far = [claim("a", 12), claim("b", 40, start=10)]
    assert reconcile(far)[0]["summary"]["disputed_by"] == ["figures"]
    tolerant = ReconcileSettings(dispute_tolerance=3.0)
    assert not reconcile(far, tolerant)[0]["summary"]["disputed"]


def test_deterministic_and_order_free():
    claims = [claim(f"c{i}", 10 + i, doc=f"d{i % 3}", start=i * 10,
                    subject=["soldiers", "civilians", None, "troops"][i % 4],
                    time=f"2024-03-{10 + i % 5:02d}") for i in range(40)]
    expected = reconcile(claims)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert reconcile(shuffled) == expected
    ids = [c for g in expected for c in g["claim_ids"]]
    assert sorted(ids) == sorted(c["id"] for c in claims)  # each claim in exactly one group


def test_settings():
    settings = ReconcileSettings.from_dict({"time_window_days": 1, "categories": ["killed"]})
    assert settings.time_window_days == 1 and settings.categories == ("killed",)
    with pytest.raises(ValueError, match="unknown reconcile settings: nope"):
        ReconcileSettings.from_dict({"nope": 1})
    with pytest.raises(ValueError):
        ReconcileSettings(dispute_tolerance=-1)
    only = ReconcileSettings(categories=("injured",))
    assert len(reconcile([claim("a", 1), claim("b", 1, start=10)], only)) == 2
    assert reconcile([claim("a", 1)], ReconcileSettings(min_members=2)) == []


def test_reconcile_outdir(tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        reconcile_outdir(tmp_path)
    claims = [claim("a", 45, math.inf, qualifier="at_least"), claim("b", 40, start=10)]
    (tmp_path / "claims.jsonl").write_bytes(
        b"".join(orjson.dumps(c) + b"\n" for c in claims) + b"\n")
    path = reconcile_outdir(tmp_path)
    assert path == tmp_path / "groups.jsonl"
    [line] = path.read_bytes().splitlines()
    group = orjson.loads(line)
    assert group["summary"]["high"] is None  # infinite high is null, as in claims.jsonl
    assert group["members"][0]["figure"]["high"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "groups.jsonl"]


def toll(tid, claim_ids, low, high=None, *, doc="d1", category="killed", basis="stated",
         kind="article", name=None, sections=(1,)):
    """A claimex.toll/1 dict."""
    return {"schema": "claimex.toll/1", "id": tid, "doc_id": doc,
            "speaker": {"kind": kind, "name": name, "sections": list(sections)},
            "category": category, "unit": "people", "low": float(low),
            "high": None if high == math.inf else float(low if high is None else high),
            "basis": basis, "modality": "asserted", "claim_ids": list(claim_ids),
            "time": None, "location": None}


def _toll_claims():
    # d1: 12 soldiers and 40 soldiers (one group), 3 civilians (another group);
    # d2: 7 fighters (a group of its own)
    return [claim("s12", 12), claim("s40", 40, start=20, speaker="SOHR"),
            claim("c3", 3, subject="civilians", start=40),
            claim("f7", 7, subject="fighters", doc="d2", time="2025-01-01")]


def test_a_group_lists_the_tolls_resting_on_its_members():
    tolls = [toll("t-sum", ["s12", "c3"], 15, basis="sum"),
             toll("t-sohr", ["s40"], 40, math.inf, kind="author", name="SOHR",
                  sections=(2,)),
             toll("t-none", ["gone"], 99),          # its claims are in no group
             {"schema": "claimex.toll/1", "id": "t-bare", "doc_id": "d1"}]  # no claim_ids
    groups = reconcile(_toll_claims(), tolls=tolls)
    by_ids = {frozenset(g["claim_ids"]): g for g in groups}
    soldiers = by_ids[frozenset({"s12", "s40"})]
    assert [t["id"] for t in soldiers["tolls"]] == ["t-sum", "t-sohr"]  # speaker's section
    summed, sohr = soldiers["tolls"]
    assert summed == {"id": "t-sum", "doc_id": "d1",
                      "speaker": {"kind": "article", "name": None, "sections": [1]},
                      "category": "killed", "unit": "people", "low": 15.0, "high": 15.0,
                      "basis": "sum", "modality": "asserted",
                      "claim_ids": ["s12", "c3"], "member_ids": ["s12"]}
    assert sohr["high"] is None and sohr["speaker"]["name"] == "SOHR"
    assert sohr["member_ids"] == ["s40"]
    # a sum over two groups is listed in both, each with its own members
    civilians = by_ids[frozenset({"c3"})]
    assert [(t["id"], t["member_ids"]) for t in civilians["tolls"]] == [("t-sum", ["c3"])]
    # a group no toll rests on: an empty list; a toll on claims of no group: nowhere
    assert by_ids[frozenset({"f7"})]["tolls"] == []
    listed = {t["id"] for g in groups for t in g["tolls"]}
    assert listed == {"t-sum", "t-sohr"}
    # tolls never change the grouping, and their order does not matter
    assert groups_by_ids(groups) == groups_by_ids(reconcile(_toll_claims()))
    assert reconcile(_toll_claims(), tolls=tolls[::-1]) == groups


def test_without_tolls_the_field_is_null():
    assert all(g["tolls"] is None for g in reconcile(_toll_claims()))
    assert all(g["tolls"] == [] for g in reconcile(_toll_claims(), tolls=[]))


def test_reconcile_outdir_reads_tolls(tmp_path: Path):
    (tmp_path / "claims.jsonl").write_bytes(
        b"".join(orjson.dumps(c) + b"\n" for c in _toll_claims()))
    groups = _read_jsonl(reconcile_outdir(tmp_path))
    assert all(g["tolls"] is None for g in groups)  # no tolls.jsonl: null, as before tolls
    (tmp_path / "tolls.jsonl").write_bytes(
        orjson.dumps(toll("t7", ["f7"], 7, doc="d2")) + b"\n\n")
    groups = _read_jsonl(reconcile_outdir(tmp_path))
    fighters = next(g for g in groups if g["claim_ids"] == ["f7"])
    assert [(t["id"], t["low"], t["basis"]) for t in fighters["tolls"]] == [
        ("t7", 7.0, "stated")]
    assert all(g["tolls"] == [] for g in groups if g is not fighters)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "claims.jsonl", "groups.jsonl", "tolls.jsonl"]


# ------------------------------------------------------------------ end to end


def _read_jsonl(path):
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.fixture(scope="module")
def debate_groups(debates_outdir):
    return (_read_jsonl(debates_outdir / "groups.jsonl"),
            _read_jsonl(debates_outdir / "claims.jsonl"))


def _group_with(groups, doc, figure, category=None):
    found = [g for g in groups for m in g["members"]
             if m["doc_id"] == doc and m["figure"]["text"] == figure
             and category in (None, g["category"])]
    assert len(found) == 1, (doc, figure)
    return found[0]


def _figures(group):
    return {(m["doc_id"], m["figure"]["text"], m["speaker"], m["modality"])
            for m in group["members"]}


@needs_model
def test_airstrike_debate_is_one_disputed_group(debate_groups):
    groups, _ = debate_groups
    group = _group_with(groups, "palmyra_airstrike", "12", "killed")
    assert group["category"] == "killed" and group["subject"]["class"] == "military"
    assert _figures(group) == {
        ("palmyra_airstrike", "12", "The Syrian Defence Ministry", "asserted"),
        ("palmyra_airstrike", "40", "The Syrian Observatory for Human Rights", "asserted"),
        ("palmyra_airstrike", "dozens or even hundreds", "Local media", "asserted"),
        ("palmyra_airstrike", "between 150 and 200", "Abu Karim", "asserted"),
        ("palmyra_airstrike", "about 200", "Layla Haddad", "asserted"),
        ("palmyra_airstrike", "no", "Mr Sceptic", "negated"),
        # the follow-up article two days later, another outlet and another thread
        ("palmyra_followup", "at least 45", "The Syrian Observatory for Human Rights",
         "asserted"),
        ("palmyra_followup", "Between 150 and 200", "Neutral Observer", "asserted"),
        # "has not updated its figure of 12 dead": the ministry's figure, restated
        ("palmyra_followup", "12", "The Syrian Defence Ministry", "asserted"),
    }
    summary = group["summary"]
    assert summary["disputed"] and set(summary["disputed_by"]) == {"figures", "negation"}
    assert summary["sources"] == 7 and summary["documents"] == 2
    assert summary["low"] == 12 and summary["high"] is None  # "at least 45" is open
    assert group["time"]["start"] == "2024-03-13"  # "Wednesday night"


@needs_model
def test_displacement_and_prisoner_debates(debate_groups):
    groups, _ = debate_groups
    kadugli = _group_with(groups, "kadugli_displacement", "30,000")
    assert kadugli["category"] == "displaced"
    assert {m["figure"]["text"] for m in kadugli["members"]} == {
        "thousands", "30,000", "More than 100,000", "about 35,000"}
    assert kadugli["summary"]["disputed"] and kadugli["summary"]["sources"] == 4

    prisoners = _group_with(groups, "kadugli_displacement", "around 80")
    assert prisoners["category"] == "captured"
    assert {m["figure"]["text"] for m in prisoners["members"]} >= {"250", "12", "around 80"}
    assert prisoners["summary"]["disputed"]

    families = _group_with(groups, "palmyra_followup", "about 6,000")
    assert sorted((m["doc_id"], m["figure"]["text"]) for m in families["members"]) == [
        ("palmyra_airstrike", "5,000"), ("palmyra_airstrike", "5,000"),
        ("palmyra_followup", "about 6,000")]
    assert not families["summary"]["disputed"]  # 5,000 and 6,000 agree within 25%

    sarmin = _group_with(groups, "palmyra_followup", "9")
    assert sarmin["category"] == "killed" and sarmin["subject"]["class"] == "civilian"
    assert {m["figure"]["text"] for m in sarmin["members"]} == {"7", "9"}
    assert len(sarmin["members"]) == 3 and sarmin["summary"]["disputed"]


@needs_model
def test_unrelated_figures_stay_out(debate_groups):
    groups, claims = debate_groups
    debates = [g for g in groups if len(g["members"]) > 1]
    for group in debates:
        assert group["type"] == "casualty", group
    for text in ("15 percent", "three", "3 percent", "40 percent", "half", "Two days"):
        for group in debates:
            assert text not in {m["figure"]["text"] for m in group["members"]}
    assert sorted(c for g in groups for c in g["claim_ids"]) == sorted(c["id"] for c in claims)


@needs_model
@pytest.mark.xfail(reason="extraction: figures that are casualty claims come out as counts "
                          "or without their subject (see the reconcile report)", strict=False)
def test_debate_figures_extraction_misses(debate_groups):
    groups, _ = debate_groups
    soldiers = _group_with(groups, "palmyra_airstrike", "12", "killed")
    texts = {(m["doc_id"], m["figure"]["text"]) for m in soldiers["members"]}
    # "the ministry's figure of 12 dead", "lost at least 60 men", "Nobody believes the 12"
    assert {("palmyra_followup", "12"), ("palmyra_followup", "at least 60")} <= texts
    prisoners = _group_with(groups, "kadugli_displacement", "around 80")
    # "The army captured no fighters, the videos are from last year" gets the time 2023
    assert "no" in {m["figure"]["text"] for m in prisoners["members"]}
    families = _group_with(groups, "palmyra_followup", "about 6,000")
    # "the real number is closer to 20,000 families" is a count, not a displacement
    assert "20,000" in {m["figure"]["text"] for m in families["members"]}


EVENTS = ROOT / "tests" / "data" / "events"


@pytest.fixture(scope="module")
def event_groups(default_pipeline, tmp_path_factory):
    outdir = extract_and_reconcile(EVENTS, default_pipeline, tmp_path_factory.mktemp("events"))
    return _read_jsonl(outdir / "groups.jsonl")


@needs_model
def test_a_thread_over_one_strike_is_one_disputed_group(event_groups):
    # "at least 13 Wagner fighters" (article), "five Russian nationals" (article, hedged),
    # "More than 200 Russian contractors" and "only 5 were killed" (comments)
    group = _group_with(event_groups, "deir_ezzor_strike", "at least 13", "killed")
    assert {(m["figure"]["text"], m["section_kind"]) for m in group["members"]} == {
        ("at least 13", "article"), ("five", "article"), ("More than 200", "comment"),
        ("5", "comment")}
    assert group["summary"]["disputed"] and group["subject"]["sides"] == ["RUS"]
    # "100 regime and allied fighters": another side, another group
    regime = _group_with(event_groups, "deir_ezzor_strike", "100", "killed")
    assert "at least 13" not in {m["figure"]["text"] for m in regime["members"]}
