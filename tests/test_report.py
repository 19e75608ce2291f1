"""claimex.report: one self-contained HTML page over an OUTDIR."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest

from claimex.errors import UsageError
from claimex.records import claim_id, text_sha256
from claimex.report import build_report, highlight, script_json

EVIL = "</script><script>alert(1)</script><!-- <b>"
ARTICLE = ("Drone strike kills 12 civilians near Idlib, the ministry said. "
           "Possibly more than 30 were injured. Nobody was captured: no fighters.")
COMMENT = f"{EVIL} 5 killed, I heard. Здравствуйте 😀 7 missing."
TEXT = ARTICLE + "\n\nkarl99\n" + COMMENT
VOID = {"meta", "br", "img", "input", "hr", "link", "wbr", "col", "source", "area", "base"}
SVG_EMPTY = {"line", "circle", "polygon", "rect", "path"}


class _Checker(HTMLParser):
    """Loose well-formedness: every non-void element is closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.urls: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for key in ("src", "href", "action", "data", "poster", "srcset"):
            if attrs.get(key):
                self.urls.append(attrs[key])
        if tag not in VOID:
            self.stack.append(tag)
        self._in_script = tag == "script"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def _claim(doc_id, text, figure, category, low, high, qualifier="exact", modality="asserted",
           section=0, hedges=(), speaker="the ministry", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    end = start + len(figure)
    sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stop = text.find(".", end)
    sentence = text[sentence_start:stop + 1 if stop >= 0 else len(text)]
    return {
        "schema": "claimex.claim/1", "id": claim_id(doc_id, start, end, category),
        "doc_id": doc_id, "section": section, "type": "casualty", "category": category,
        "value": {"text": figure, "low": low, "high": high, "qualifier": qualifier,
                  "unit": None},
        "subject": None, "actor": None, "location": None, "time": None,
        "modality": modality, "hedges": list(hedges),
        "attribution": {"speaker": speaker, "start": None, "end": None, "cue": None,
                        "canonical": None, "kind": "reported"},
        "evidence": {"start": start, "end": end, "exact": figure,
                     "prefix": text[max(0, start - 40):start], "suffix": text[end:end + 40],
                     "sentence": sentence, "sentence_start": sentence_start},
        "provenance": {"claimex": "0.1.0", "config": "rules", "rule": "test"},
    }


def _write(path: Path, records) -> None:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


@pytest.fixture()
def outdir(tmp_path: Path) -> tuple[Path, Path]:
    """A hand-written OUTDIR over one input file of two documents, and that input file."""
    second = "Reuters reported 40 dead in Marib."
    inputs = tmp_path / "in.jsonl"
    _write(inputs, [{"id": "doc-1", "text": TEXT, "url": "https://example.org/a",
                     "title": "Strike <kills> & more"},
                    {"id": "doc-2", "text": second}])
    out = tmp_path / "out"
    out.mkdir()
    comment_start = TEXT.index(EVIL)
    _write(out / "documents.jsonl", [
        {"schema": "claimex.document/1", "doc_id": "doc-1", "path": str(inputs),
         "url": "https://example.org/a", "title": "Strike <kills> & more", "published": None,
         "published_source": None, "text_sha256": text_sha256(TEXT), "chars": len(TEXT),
         "sections": [{"index": 0, "kind": "article", "author": None, "start": 0,
                       "end": len(ARTICLE)},
                      {"index": 1, "kind": "comment", "author": "karl99",
                       "start": comment_start, "end": len(TEXT)}],
         "counts": {"entities": 2, "claims": 5}, "warnings": []},
        {"schema": "claimex.document/1", "doc_id": "doc-2", "path": str(inputs), "url": None,
         "title": None, "published": None, "published_source": None,
         "text_sha256": text_sha256(second), "chars": len(second),
         "sections": [{"index": 0, "kind": "article", "author": None, "start": 0,
                       "end": len(second)}],
         "counts": {"entities": 0, "claims": 1}, "warnings": []},
    ])
    idlib = TEXT.index("Idlib")
    ministry = TEXT.index("the ministry")
    _write(out / "entities.jsonl", [
        {"schema": "claimex.entity/1", "doc_id": "doc-1", "section": 0, "text": "Idlib",
         "start": idlib, "end": idlib + 5, "label": "PLACE", "canonical": None, "kb_id": None,
         "value": None, "origin": "model"},
        # overlaps the claim "12 civilians" partially: markup must still nest
        {"schema": "claimex.entity/1", "doc_id": "doc-1", "section": 0,
         "text": "civilians near", "start": TEXT.index("civilians"),
         "end": TEXT.index("civilians") + 14, "label": "NORP", "canonical": None,
         "kb_id": None, "value": None, "origin": "rule"},
    ])
    claims = [
        _claim("doc-1", TEXT, "12 civilians", "killed", 12.0, 12.0),
        _claim("doc-1", TEXT, "more than 30", "injured", 31.0, None, "more_than", "hedged",
               hedges=["Possibly"]),
        _claim("doc-1", TEXT, "no", "captured", 0.0, 0.0, modality="negated"),
        _claim("doc-1", TEXT, "5", "killed", 5.0, 5.0, section=1, speaker=EVIL),
        _claim("doc-1", TEXT, "7", "missing", 7.0, 7.0, section=1, speaker="karl99"),
        _claim("doc-2", second, "40", "killed", 40.0, 40.0, speaker="Reuters"),
    ]
    claims[0]["attribution"].update(start=ministry, end=ministry + 12, cue="said")
    _write(out / "claims.jsonl", claims)
    _write(out / "errors.jsonl", [])
    return out, inputs


def _embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="claimex-data">(.*?)</script>',
                      page, re.S)
    assert match, "no embedded data"
    return json.loads(match.group(1))


def test_report_is_generated_self_contained_and_well_formed(outdir, tmp_path):
    out, inputs = outdir
    target = build_report(out, tmp_path / "r" / "report.html", inputs=[str(inputs)])
    assert target.is_file()
    page = target.read_text(encoding="utf-8")
    checker = parse(page)
    assert not checker.problems, checker.problems[:5]
    assert checker.stack == []
    # nothing is fetched: every src/href is a fragment, no external resources at all
    assert all(url.startswith("#") for url in checker.urls), checker.urls
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    assert "@import" not in page and "url(" not in page
    assert "<link" not in page.lower()
    # ids are unique, and every in-page link has its target
    assert len(checker.ids) == len(set(checker.ids))
    assert {u[1:] for u in checker.urls if len(u) > 1} <= set(checker.ids)


def test_report_embeds_every_claim_and_links_them(outdir, tmp_path):
    out, inputs = outdir
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    data = _embedded(page)
    assert len(data["claims"]) == 6
    ids = set(parse(page).ids)
    for row in data["claims"]:
        assert row["a"] in ids  # the figure's mark in the text carries the anchor
    open_row = next(r for r in data["claims"] if r["q"] == "more_than")
    assert open_row["high"] is None and open_row["low"] == 31.0
    assert open_row["ev"][1] == "more than 30"
    # the full text is shown with entity and claim marks and their labels
    assert 'class="ent ent-PLACE"' in page and ">PLACE</span></mark>" in page
    assert 'class="claim mod-negated"' in page and 'class="claim mod-hedged"' in page
    assert 'class="spk"' in page
    assert "Здравствуйте 😀" in page
    assert "Texts shown for 2 of 2 documents" in page


def test_malicious_comment_is_escaped(outdir, tmp_path):
    out, inputs = outdir
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    assert EVIL not in page
    assert "<script>alert(1)" not in page
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in page  # shown, as text
    assert "Strike &lt;kills&gt; &amp; more" in page
    checker = parse(page)
    # exactly two script elements: the data and the code
    assert page.count("<script") == 2 and page.count("</script>") == 2
    data = _embedded(page)
    assert any(row["spk"] == EVIL for row in data["claims"])  # the JSON round-trips
    assert not checker.problems



def _toll(doc_id, category, low, high, basis, claims, kind="article", sections=(0,),
          name=None, unit="people"):
    return {"schema": "claimex.toll/1", "id": f"t-{doc_id}-{category}-{kind}",
            "doc_id": doc_id, "speaker": {"kind": kind, "name": name,
                                          "sections": list(sections)},
            "category": category, "unit": unit, "low": low, "high": high, "basis": basis,
            "modality": "asserted", "claim_ids": [c["id"] for c in claims],
            "time": {"text": "Friday", "value": "2021-06-11", "start": None, "end": None,
                     "inferred": False},
            "location": None}


def _toll_rows(page: str) -> list[list[str]]:
    """The cells of the Tolls table as text, and each row's claim links (their hrefs)."""
    section = re.search(r'<section id="tolls">(.*?)</section>', page, re.S)
    assert section, "no Tolls section"
    rows = []
    for row in re.findall(r'<tr class="toll[^"]*">(.*?)</tr>', section.group(1), re.S):
        cells = [re.sub(r"<[^>]+>", "", cell)
                 for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]
        rows.append([*cells, re.findall(r'href="#(c[^"]*)"', row)])
    return rows


def test_tolls_are_shown_per_speaker_and_category_with_their_claims(outdir, tmp_path):
    out, inputs = outdir
    claims = [orjson.loads(line) for line in (out / "claims.jsonl").read_bytes().splitlines()]
    twelve, _, nobody, five, _, forty = claims
    _write(out / "tolls.jsonl", [
        _toll("doc-1", "killed", 12.0, 12.0, "stated", [twelve]),
        _toll("doc-1", "captured", 0.0, 0.0, "zero", [nobody]),
        # a commenter's toll: the name comes from the comment's section (karl99)
        _toll("doc-1", "killed", 5.0, None, "sum", [five], kind="author", sections=[1]),
        _toll("doc-2", "displaced", 40.0, 40.0, "stated", [forty], unit="families"),
    ])
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    checker = parse(page)
    assert not checker.problems, checker.problems[:5]
    assert '<a href="#tolls">Tolls</a>' in page and "<b>4</b> tolls" in page
    assert "3 tolls" in page  # doc-1's summary line
    rows = _toll_rows(page)
    assert [row[:8] for row in rows] == [
        ["doc-1", "article (section 0)", "killed", "12", "stated", "asserted", "2021-06-11",
         ""],
        ["doc-1", "article (section 0)", "captured", "0", "zero", "asserted", "2021-06-11",
         ""],
        ["doc-1", "karl99 (section 1)", "killed", "5 – ∞", "sum", "asserted", "2021-06-11",
         ""],
        ["doc-2", "article (section 0)", "displaced", "40 families", "stated", "asserted",
         "2021-06-11", ""],
    ]
    # "rests on": the figures as written, each linked to its highlight in the text
    assert [row[8] for row in rows] == ["12 civilians", "no", "5", "40"]
    marks = set(re.findall(r'<mark class="claim[^"]*" title="[^"]*" id="([^"]+)"', page))
    for row, claim in zip(rows, (twelve, nobody, five, forty), strict=True):
        [href] = row[9]
        assert href in marks and href.endswith(claim["id"])


def test_a_toll_whose_claim_is_not_shown_lists_its_id(outdir, tmp_path):
    out, inputs = outdir
    _write(out / "tolls.jsonl", [{**_toll("doc-2", "killed", 40.0, 40.0, "stated", []),
                                  "claim_ids": ["gone"]}])
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    [row] = _toll_rows(page)
    assert row[8] == "gone" and row[9] == []


def test_without_tolls_file_no_tolls_section(outdir, tmp_path):
    out, inputs = outdir
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    assert 'id="tolls"' not in page and 'href="#tolls"' not in page and " tolls" not in page
    (out / "tolls.jsonl").write_bytes(b"")  # an extraction that found no toll
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    assert _toll_rows(page) == [] and "No toll in the documents shown" in page
    assert "<b>0</b> tolls" in page

def test_script_json_cannot_close_the_script():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_without_inputs_only_evidence_sentences(outdir, tmp_path):
    out, _ = outdir
    page = build_report(out, tmp_path / "report.html").read_text("utf-8")
    assert "No inputs given" in page
    assert "karl99\n" not in page  # the comment's author line is only in the full text
    assert "Possibly " in page  # the evidence sentence
    data = _embedded(page)
    ids = set(parse(page).ids)
    assert all(row["a"] in ids for row in data["claims"])
    assert not parse(page).problems


def test_changed_text_is_not_shown(outdir, tmp_path):
    out, _ = outdir
    changed = tmp_path / "changed.jsonl"
    _write(changed, [{"id": "doc-1", "text": TEXT.replace("12", "13")}])
    page = build_report(out, tmp_path / "report.html", inputs=[str(changed)]).read_text("utf-8")
    assert "text_sha256 differs" in page
    assert "13 civilians" not in page


def test_large_outputs_are_capped(outdir, tmp_path):
    out, inputs = outdir
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)], max_documents=1,
                        max_claims=3).read_text("utf-8")
    assert "first 1 of 2 documents" in page
    assert "first 3 of 6 claims" in page
    data = _embedded(page)
    assert len(data["claims"]) == 3
    assert "doc-2" not in data["docAnchors"]
    page = build_report(out, tmp_path / "r2.html", inputs=[str(inputs)],
                        max_document_chars=20).read_text("utf-8")
    assert f"first 20 of {len(TEXT)} characters" in page
    assert not parse(page).problems


def test_ten_thousand_claims_are_embedded_not_rendered(outdir, tmp_path):
    out, inputs = outdir
    base = json.loads((out / "claims.jsonl").read_text("utf-8").splitlines()[0])
    many = []
    for n in range(10_500):
        claim = dict(base, id=f"x{n:06d}", doc_id=f"other-{n % 700}")
        many.append(claim)
    _write(out / "claims.jsonl", many)
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    data = _embedded(page)
    assert len(data["claims"]) == 10_000
    assert "first 10,000 of 10,500 claims" in page
    assert page.count("<tr>") < 100  # rows are rendered by the page's script, a page at a time


def test_groups_get_charts(outdir, tmp_path):
    out, inputs = outdir
    claims = [orjson.loads(line) for line in (out / "claims.jsonl").read_bytes().splitlines()]
    members = [{"claim_id": c["id"], "low": c["value"]["low"], "high": c["value"]["high"],
                "qualifier": c["value"]["qualifier"], "modality": c["modality"],
                "speaker": c["attribution"]["speaker"], "kind": "reported",
                "doc_id": c["doc_id"], "section": c["section"]}
               for c in claims if c["category"] in ("killed", "injured", "captured")]
    _write(out / "groups.jsonl", [
        {"schema": "claimex.group/1", "group_id": "g-1", "category": "killed",
         "subject": {"text": "civilians", "canonical": None}, "actor": None,
         "location": "Idlib", "time": {"start": "2021-06-10", "end": "2021-06-12"},
         "members": members,
         "summary": {"sources": len(members), "low": 5.0, "high": None, "median": 12.0,
                     "disputed": True}},
        {"schema": "claimex.group/1", "group_id": "g-2", "category": "displaced",
         "subject": "people", "members": [
             {"claim_id": "elsewhere", "low": 2000, "high": 9999, "qualifier": "vague",
              "modality": "asserted", "speaker": "<b>UN</b>", "kind": "reported",
              "doc_id": "doc-9", "section": 0},
             {"claim_id": "elsewhere-2", "low": 3, "high": 3, "qualifier": "exact",
              "modality": "question", "speaker": "someone", "kind": "author",
              "doc_id": "doc-9", "section": 2}],
         "summary": {"sources": 2, "low": 3, "high": 9999, "median": 1001.5,
                     "disputed": False}},
    ])
    page = build_report(out, tmp_path / "report.html", inputs=[str(inputs)]).read_text("utf-8")
    checker = parse(page)
    assert not checker.problems, checker.problems[:5]
    assert page.count('<svg class="chart"') == 2
    assert 'id="groups"' in page and "disputed" in page
    assert 'class="m mod-hedged"' in page and 'class="m mod-negated"' in page
    assert 'class="bar open"' in page  # the open upper bound is drawn as an arrow
    assert "log scale" in page  # 3 and 9,999 on one axis
    assert "&lt;b&gt;UN&lt;/b&gt;" in page and "<b>UN</b>" not in page
    # sources link to their figures in the text; unknown claims are not linked
    assert page.count('<a href="#c-') >= len(members)
    assert all(u.startswith("#") for u in checker.urls)


def test_highlight_nests_overlaps():
    spans = [{"start": 0, "end": 5, "cls": "a", "label": "A", "title": "", "id": "x"},
             {"start": 3, "end": 8, "cls": "b", "label": "B", "title": "", "id": None}]
    out = highlight("abcdefghij", spans)
    assert out.count("<mark") == out.count("</mark>")
    assert out.count('id="x"') == 1
    assert not parse(f"<div>{out}</div>").problems
    assert highlight("<&>", []) == "&lt;&amp;&gt;"
    # a text that starts at offset 10 of its document
    out = highlight("klmno", [{"start": 12, "end": 14, "cls": "c", "label": "C", "title": "",
                               "id": None}], base=10)
    assert "kl<mark" in out and ">mn<span" in out


def test_not_an_outdir(tmp_path):
    with pytest.raises(UsageError, match=r"documents\.jsonl"):
        build_report(tmp_path, tmp_path / "report.html")


def test_report_over_a_real_extraction(tmp_path, rules_pipeline):
    from claimex.api import extract
    from claimex.io.readers import read_inputs
    from claimex.io.writers import RecordWriter

    corpora = Path(__file__).resolve().parent.parent / "corpora"
    out = tmp_path / "out"
    with RecordWriter(out) as writer:
        for result in extract(read_inputs([str(corpora)]), rules_pipeline):
            writer.write_result(result.document, result.entities, result.claims,
                                result.errors, result.tolls)
    claims = (out / "claims.jsonl").read_bytes().count(b"\n")
    tolls = [orjson.loads(line) for line in (out / "tolls.jsonl").read_bytes().splitlines()]
    page = build_report(out, tmp_path / "report.html", inputs=[str(corpora)]).read_text("utf-8")
    data = _embedded(page)
    assert len(data["claims"]) == claims > 0
    checker = parse(page)
    assert not checker.problems, checker.problems[:5]
    ids = set(checker.ids)
    assert all(row["a"] in ids for row in data["claims"])
    assert "Texts shown for" in page
    # every toll is a row, linked to each claim it rests on
    rows = _toll_rows(page)
    assert len(rows) == len(tolls) > 0
    for row, toll in zip(rows, tolls, strict=True):
        assert row[0] == toll["doc_id"] and row[2] == toll["category"]
        assert row[4] == toll["basis"]
        assert len(row[9]) == len(toll["claim_ids"]) and set(row[9]) <= ids
