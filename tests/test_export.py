"""claimex.export: CSV, Parquet and DuckDB exports of an OUTDIR."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import orjson
import pytest

from claimex import export_arrow
from claimex.errors import UsageError
from claimex.export import export
from claimex.export_arrow import MissingDependencyError
from claimex.export_records import COLUMNS, flatten
from tests.conftest import needs_model

HAS_PYARROW = importlib.util.find_spec("pyarrow") is not None
HAS_DUCKDB = importlib.util.find_spec("duckdb") is not None
HAS_PANDAS = importlib.util.find_spec("pandas") is not None
needs_pyarrow = pytest.mark.skipif(not HAS_PYARROW, reason="pyarrow is not installed")
needs_duckdb = pytest.mark.skipif(not (HAS_PYARROW and HAS_DUCKDB),
                                  reason="pyarrow and duckdb are not installed")


def _claim(n: int, low: float, high: float | None, qualifier: str, subject: dict | None):
    return {
        "schema": "claimex.claim/1", "id": f"c{n}", "doc_id": "doc-1", "section": 0,
        "type": "casualty", "category": "killed",
        "value": {"text": "x", "low": low, "high": high, "qualifier": qualifier, "unit": None},
        "subject": subject, "actor": None, "location": None,
        "time": {"text": None, "value": "2021-06-12", "start": None, "end": None,
                 "inferred": True},
        "modality": "hedged" if n == 2 else "asserted",
        "hedges": ["reportedly"] if n == 2 else [],
        "attribution": {"speaker": "Жанна, \"the\" spokeswoman", "start": 3, "end": 9,
                        "cue": "said", "canonical": None, "kind": "quoted"},
        "evidence": {"start": 10, "end": 12, "exact": "12", "prefix": "", "suffix": "",
                     "sentence": "line one\nline, two", "sentence_start": 0},
        "provenance": {"claimex": "0.1.0", "config": "rules", "rule": "test"},
    }


def _write(path: Path, records) -> None:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


@pytest.fixture()
def outdir(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    _write(out / "documents.jsonl", [
        {"schema": "claimex.document/1", "doc_id": "doc-1", "path": "in.jsonl", "url": None,
         "title": "T", "published": "2021-06-12", "published_source": "input",
         "text_sha256": "ab", "chars": 120,
         "sections": [{"index": 0, "kind": "article", "author": None, "start": 0, "end": 120}],
         "counts": {"entities": 1, "claims": 3}, "warnings": []},
        {"schema": "claimex.document/1", "doc_id": "bad", "path": "in.jsonl", "url": None,
         "title": None, "published": None, "published_source": None, "text_sha256": "",
         "chars": 0, "sections": [], "counts": {"entities": 0, "claims": 0},
         "warnings": ["empty_document: no text"]},
    ])
    _write(out / "entities.jsonl", [
        {"schema": "claimex.entity/1", "doc_id": "doc-1", "section": 0, "text": "Syria",
         "start": 0, "end": 5, "label": "COUNTRY", "canonical": "Syrian Arab Republic",
         "kb_id": "ISO3166:SYR", "value": None, "origin": "gazetteer"},
    ])
    _write(out / "claims.jsonl", [
        _claim(1, 12.0, 12.0, "exact", {"text": "civilians", "start": 13, "end": 22,
                                        "canonical": None}),
        _claim(2, 31.0, None, "more_than", None),  # open upper bound
        _claim(3, 0.0, 99.0, "at_most", None),
    ])
    _write(out / "errors.jsonl", [
        {"schema": "claimex.error/1", "code": "empty_document", "reason": "empty",
         "path": "in.jsonl", "line": 2, "doc_id": "bad"},
    ])
    return out


def _groups(out: Path) -> None:
    _write(out / "groups.jsonl", [
        {"schema": "claimex.group/1", "group_id": "g1", "category": "killed",
         "subject": "civilians", "actor": None, "location": "Idlib",
         "time": {"start": "2021-06-10", "end": "2021-06-12"},
         "members": [
             {"claim_id": "c1", "low": 12, "high": 12, "qualifier": "exact",
              "modality": "asserted", "speaker": "a", "kind": "quoted", "doc_id": "doc-1",
              "section": 0},
             {"claim_id": "c2", "low": 31.0, "high": None, "qualifier": "more_than",
              "modality": "hedged", "speaker": "b", "kind": "reported", "doc_id": "doc-1",
              "section": 0}],
         "summary": {"sources": 2, "low": 12, "high": None, "median": 21.5,
                     "disputed": True}},
    ])


def _tolls(out: Path) -> None:
    """Two tolls of doc-1: the article's (stated, on c1) and a commenter's open sum."""
    time = {"text": "Saturday", "value": "2021-06-12", "start": 40, "end": 48,
            "inferred": False}
    _write(out / "tolls.jsonl", [
        {"schema": "claimex.toll/1", "id": "t1", "doc_id": "doc-1",
         "speaker": {"kind": "article", "name": None, "sections": [0]},
         "category": "killed", "unit": "people", "low": 12.0, "high": 12.0,
         "basis": "stated", "modality": "asserted", "claim_ids": ["c1"], "time": time,
         "location": {"text": "Idlib", "start": 50, "end": 55, "canonical": "Idlib"}},
        {"schema": "claimex.toll/1", "id": "t2", "doc_id": "doc-1",
         "speaker": {"kind": "author", "name": "karl99", "sections": [1, 3]},
         "category": "killed", "unit": "people", "low": 31.0, "high": None,
         "basis": "sum", "modality": "hedged", "claim_ids": ["c2", "c3"], "time": None,
         "location": None},
    ])

def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_flatten():
    assert flatten({"a": 1, "b": {"c": None, "d": {"e": [1]}}, "f": None, "g": {}}) == {
        "a": 1, "b.c": None, "b.d.e": [1], "f": None, "g": {}}


def test_csv(outdir, tmp_path):
    files = export(outdir, "csv", tmp_path / "csv")
    assert sorted(p.name for p in files) == ["casualties_acled.csv", "claims.csv",
                                             "documents.csv", "entities.csv", "errors.csv"]
    claims = _csv(tmp_path / "csv" / "claims.csv")
    assert len(claims) == 3
    header = list(claims[0])
    assert header == COLUMNS["claims"]  # stable, also for fields null in every record
    assert "subject" not in header and "value" not in header
    first, open_bound, at_most = claims
    assert first["value.low"] == "12.0" and first["value.high"] == "12.0"
    assert open_bound["value.high"] == "" and open_bound["value.low"] == "31.0"
    assert at_most["value.high"] == "99.0"
    assert first["subject.text"] == "civilians" and open_bound["subject.text"] == ""
    assert first["attribution.speaker"] == 'Жанна, "the" spokeswoman'
    assert first["evidence.sentence"] == "line one\nline, two"
    assert json.loads(open_bound["hedges"]) == ["reportedly"]
    assert first["time.inferred"] == "true"
    docs = _csv(tmp_path / "csv" / "documents.csv")
    assert [d["doc_id"] for d in docs] == ["doc-1", "bad"]
    assert json.loads(docs[0]["sections"])[0]["kind"] == "article"
    assert docs[0]["counts.claims"] == "3"
    assert json.loads(docs[1]["warnings"]) == ["empty_document: no text"]
    assert _csv(tmp_path / "csv" / "entities.csv")[0]["kb_id"] == "ISO3166:SYR"
    assert _csv(tmp_path / "csv" / "errors.csv")[0]["line"] == "2"
    assert not list((tmp_path / "csv").glob(".*"))  # no partial files left


def test_csv_default_directory_and_empty_files(outdir):
    (outdir / "errors.jsonl").write_bytes(b"")
    files = export(outdir, "csv")
    assert all(p.parent == outdir / "csv" for p in files)
    with (outdir / "csv" / "errors.csv").open(encoding="utf-8") as handle:
        assert handle.read().strip() == ",".join(COLUMNS["errors"])


def test_csv_groups(outdir, tmp_path):
    _groups(outdir)
    export(outdir, "csv", tmp_path / "csv")
    groups = _csv(tmp_path / "csv" / "groups.csv")
    assert len(groups) == 1 and groups[0]["summary.high"] == ""
    assert len(json.loads(groups[0]["members"])) == 2
    members = _csv(tmp_path / "csv" / "group_members.csv")
    assert [m["claim_id"] for m in members] == ["c1", "c2"]
    assert members[1]["high"] == "" and all(m["group_id"] == "g1" for m in members)


def test_csv_tolls(outdir, tmp_path):
    _tolls(outdir)
    files = export(outdir, "csv", tmp_path / "csv")
    assert "tolls.csv" in {p.name for p in files}
    tolls = _csv(tmp_path / "csv" / "tolls.csv")
    assert list(tolls[0]) == COLUMNS["tolls"]  # flattened like the claims
    stated, summed = tolls
    assert (stated["doc_id"], stated["speaker.kind"], stated["speaker.name"]) == (
        "doc-1", "article", "")
    assert (stated["category"], stated["low"], stated["high"], stated["basis"]) == (
        "killed", "12.0", "12.0", "stated")
    assert json.loads(stated["claim_ids"]) == ["c1"]
    assert stated["time.value"] == "2021-06-12" and stated["location.canonical"] == "Idlib"
    assert summed["speaker.name"] == "karl99" and json.loads(summed["speaker.sections"]) == [1, 3]
    assert summed["high"] == "" and summed["basis"] == "sum"  # open bound: an empty cell
    assert json.loads(summed["claim_ids"]) == ["c2", "c3"] and summed["time.value"] == ""


def test_csv_without_tolls_file_writes_no_tolls_csv(outdir, tmp_path):
    files = export(outdir, "csv", tmp_path / "csv")
    assert "tolls.csv" not in {p.name for p in files}


def test_errors(outdir, tmp_path):
    with pytest.raises(UsageError, match="csv, parquet, duckdb"):
        export(outdir, "xlsx")
    with pytest.raises(UsageError, match=r"documents\.jsonl"):
        export(tmp_path / "nowhere", "csv")
    (outdir / "claims.jsonl").write_bytes(b'{"id": 1}\nnot json\n')
    with pytest.raises(UsageError, match=r"claims\.jsonl:2"):
        export(outdir, "csv", tmp_path / "csv")


def test_missing_dependency_names_the_extra(outdir, monkeypatch):
    real_import = __import__

    def fake_import(name, *args, **kwargs):
        if name.split(".")[0] in ("pyarrow", "duckdb"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr("builtins.__import__", fake_import)
    for fmt in ("parquet", "duckdb"):
        with pytest.raises(MissingDependencyError, match=r"claimex\[export\]"):
            export(outdir, fmt)


@needs_pyarrow
def test_parquet(outdir, tmp_path):
    import pyarrow.parquet as pq

    _groups(outdir)
    files = export(outdir, "parquet", tmp_path / "pq")
    assert sorted(p.name for p in files) == [
        "claims.parquet", "documents.parquet", "entities.parquet", "errors.parquet",
        "group_members.parquet", "groups.parquet"]
    claims = pq.read_table(tmp_path / "pq" / "claims.parquet")
    assert claims.num_rows == 3
    rows = claims.to_pylist()
    assert rows[0]["value"]["low"] == 12.0 and rows[1]["value"]["high"] is None
    assert rows[1]["hedges"] == ["reportedly"] and rows[1]["subject"] is None
    assert rows[0]["attribution"]["speaker"].startswith("Жанна")
    flat = claims.flatten()
    assert "value.high" in flat.column_names and flat.column("value.high").null_count == 1
    docs = pq.read_table(tmp_path / "pq" / "documents.parquet").to_pylist()
    assert docs[0]["sections"][0]["kind"] == "article" and docs[1]["chars"] == 0
    assert pq.read_table(tmp_path / "pq" / "errors.parquet").num_rows == 1
    members = pq.read_table(tmp_path / "pq" / "group_members.parquet").to_pylist()
    assert [m["high"] for m in members] == [12.0, None]


@needs_pyarrow
def test_parquet_tolls(outdir, tmp_path):
    import pyarrow.parquet as pq

    _tolls(outdir)
    export(outdir, "parquet", tmp_path / "pq")
    stated, summed = pq.read_table(tmp_path / "pq" / "tolls.parquet").to_pylist()
    assert stated["speaker"] == {"kind": "article", "name": None, "sections": [0]}
    assert stated["claim_ids"] == ["c1"] and stated["location"]["canonical"] == "Idlib"
    assert summed["high"] is None and summed["claim_ids"] == ["c2", "c3"]
    assert summed["time"] is None and summed["basis"] == "sum"


@needs_pyarrow
def test_parquet_empty_file_keeps_its_schema(outdir, tmp_path):
    import pyarrow.parquet as pq

    (outdir / "errors.jsonl").write_bytes(b"")
    export(outdir, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "errors.parquet")
    assert table.num_rows == 0 and table.column_names == COLUMNS["errors"]


@needs_pyarrow
def test_parquet_batches_and_extra_fields(outdir, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    monkeypatch.setattr(export_arrow, "BATCH_ROWS", 2)
    lines = (outdir / "claims.jsonl").read_bytes().splitlines()
    extra = orjson.loads(lines[2])
    extra["confidence"] = 0.5  # a field a later schema adds
    (outdir / "claims.jsonl").write_bytes(b"\n".join([*lines[:2], orjson.dumps(extra)]) + b"\n")
    export(outdir, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "claims.parquet")
    assert table.num_rows == 3
    assert table.column("value").to_pylist()[1]["high"] is None
    # the new field first appears in the second batch: every batch still has its column
    assert pq.ParquetFile(tmp_path / "pq" / "claims.parquet").metadata.num_row_groups == 2
    assert table.column("confidence").to_pylist() == [None, None, 0.5]


@needs_duckdb
def test_duckdb_extra_field_after_the_first_batch(outdir, tmp_path, monkeypatch):
    import duckdb

    monkeypatch.setattr(export_arrow, "BATCH_ROWS", 2)
    lines = (outdir / "claims.jsonl").read_bytes().splitlines()
    extra = orjson.loads(lines[2])
    extra["confidence"] = 0.5
    (outdir / "claims.jsonl").write_bytes(b"\n".join([*lines[:2], orjson.dumps(extra)]) + b"\n")
    files = export(outdir, "duckdb", tmp_path / "db.duckdb")
    con = duckdb.connect(str(files[0]), read_only=True)
    try:
        rows = con.execute("SELECT id, confidence FROM claims ORDER BY id").fetchall()
    finally:
        con.close()
    assert [confidence for _, confidence in rows] == [None, None, 0.5]


@needs_duckdb
def test_duckdb(outdir, tmp_path):
    import duckdb

    _groups(outdir)
    files = export(outdir, "duckdb", tmp_path / "db" / "claims.duckdb")
    assert files == [tmp_path / "db" / "claims.duckdb"]
    con = duckdb.connect(str(files[0]), read_only=True)
    try:
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        assert tables == {"documents", "entities", "claims", "errors", "groups",
                          "group_members"}
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        assert counts == {"documents": 2, "entities": 1, "claims": 3, "errors": 1,
                          "groups": 1, "group_members": 2}
        rows = con.execute("SELECT id, value.low, value.high, attribution.speaker "
                           "FROM claims ORDER BY id").fetchall()
        assert rows[0][:3] == ("c1", 12.0, 12.0)
        assert rows[1][:3] == ("c2", 31.0, None)  # open bound stays NULL
        assert rows[0][3].startswith("Жанна")
        assert con.execute("SELECT count(*) FROM claims, unnest(hedges) AS h(w) "
                           "WHERE w = 'reportedly'").fetchone()[0] == 1
        assert con.execute("SELECT high FROM group_members WHERE claim_id = 'c2'"
                           ).fetchone()[0] is None
        assert con.execute("SELECT summary.median FROM groups").fetchone()[0] == 21.5
    finally:
        con.close()
    # an existing database is replaced, not appended to
    export(outdir, "duckdb", files[0])
    con = duckdb.connect(str(files[0]), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
    finally:
        con.close()
    assert not list((tmp_path / "db").glob(".*"))


@needs_duckdb
def test_duckdb_tolls_join_their_claims(outdir, tmp_path):
    import duckdb

    _tolls(outdir)
    [db] = export(outdir, "duckdb", tmp_path / "claims.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT t.id, t.speaker.kind, t.speaker.name, t.low, t.high, t.basis, "
            "list_sort(list(c.id)) FROM tolls t, unnest(t.claim_ids) AS u(cid) "
            "JOIN claims c ON c.id = u.cid GROUP BY ALL ORDER BY t.id").fetchall()
    finally:
        con.close()
    assert rows == [("t1", "article", None, 12.0, 12.0, "stated", ["c1"]),
                    ("t2", "author", "karl99", 31.0, None, "sum", ["c2", "c3"])]


def _reconciled_with_tolls(out: Path) -> None:
    """groups.jsonl of `claimex reconcile` over the claims and tolls of ``outdir``: each
    claim is a group of its own (their evidence spans overlap); c1's lists the article's
    toll t1, c2's the commenter's open toll t2 (here on c2 only), c3's none."""
    from claimex.reconcile import reconcile_outdir

    _tolls(out)
    tolls = [orjson.loads(line) for line in (out / "tolls.jsonl").read_bytes().splitlines()]
    tolls[1]["claim_ids"] = ["c2"]
    _write(out / "tolls.jsonl", tolls)
    reconcile_outdir(out)


@needs_duckdb
def test_group_tolls_in_every_format(outdir, tmp_path):
    import duckdb
    import pyarrow.parquet as pq

    _reconciled_with_tolls(outdir)
    groups = [orjson.loads(line) for line in
              (outdir / "groups.jsonl").read_bytes().splitlines()]
    listed = {tuple(g["claim_ids"]): [(t["id"], t["member_ids"]) for t in g["tolls"]]
              for g in groups}
    assert listed == {("c1",): [("t1", ["c1"])], ("c2",): [("t2", ["c2"])], ("c3",): []}
    export(outdir, "csv", tmp_path / "csv")
    rows = _csv(tmp_path / "csv" / "groups.csv")
    assert sorted(t["id"] for r in rows for t in json.loads(r["tolls"])) == ["t1", "t2"]
    export(outdir, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "groups.parquet").to_pylist()
    highs = {t["id"]: t["high"] for g in table for t in g["tolls"]}
    assert highs == {"t1": 12.0, "t2": None}  # an open bound stays null
    [db] = export(outdir, "duckdb", tmp_path / "claims.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT t.id, t.speaker.name, t.low, t.high, t.basis, t.member_ids "
            "FROM groups g, unnest(g.tolls) AS u(t) ORDER BY t.id").fetchall()
    finally:
        con.close()
    assert rows == [("t1", None, 12.0, 12.0, "stated", ["c1"]),
                    ("t2", "karl99", 31.0, None, "sum", ["c2"])]


@needs_duckdb
def test_duckdb_default_path(outdir):
    files = export(outdir, "duckdb")
    assert files == [outdir / "claimex.duckdb"] and files[0].is_file()


# ---------------------------------------------------------------------------- ACLED-style CSV


def test_csv_casualties_acled(outdir, tmp_path):
    docs = [orjson.loads(line) for line in (outdir / "documents.jsonl").read_bytes().splitlines()]
    docs.append({**docs[0], "doc_id": "doc-2", "url": "https://example.org/a?b=1",
                 "path": "other.jsonl"})
    _write(outdir / "documents.jsonl", docs)
    claims = [orjson.loads(line) for line in (outdir / "claims.jsonl").read_bytes().splitlines()]
    quantity = {**claims[0], "id": "q1", "type": "quantity", "category": "count"}
    located = {**claims[0], "id": "c4", "doc_id": "doc-2", "category": "injured",
               "actor": {"text": "the jets", "start": 0, "end": 8, "canonical": None},
               "location": {"text": "Idleb", "start": 30, "end": 35, "canonical": "Idlib"},
               "subject": {"text": "kids", "start": 20, "end": 24, "canonical": "children"},
               "time": None, "evidence": {**claims[0]["evidence"], "sentence": None}}
    _write(outdir / "claims.jsonl", [*claims, quantity, located])
    export(outdir, "csv", tmp_path / "csv")
    rows = _csv(tmp_path / "csv" / "casualties_acled.csv")
    assert list(rows[0]) == COLUMNS["casualties_acled"]
    assert [r["claim_id"] for r in rows] == ["c1", "c2", "c3", "c4"]  # no quantity claims
    first, open_bound, at_most, other = rows
    assert first == {
        "claim_id": "c1", "event_date": "2021-06-12", "actor": "", "subject": "civilians",
        "location": "", "category": "killed", "low": "12", "high": "12", "qualifier": "exact",
        "modality": "asserted", "claimant": 'Жанна, "the" spokeswoman',
        "claimant_kind": "quoted", "doc_id": "doc-1", "source": "in.jsonl",
        "notes": "line one\nline, two"}
    assert open_bound["low"] == "31" and open_bound["high"] == ""  # open: empty, never 0
    assert open_bound["modality"] == "hedged" and open_bound["qualifier"] == "more_than"
    assert at_most["low"] == "0" and at_most["high"] == "99"
    assert other["actor"] == "the jets" and other["location"] == "Idlib"  # canonical first
    assert other["subject"] == "children" and other["event_date"] == "" == other["notes"]
    assert other["source"] == "https://example.org/a?b=1" and other["category"] == "injured"


def test_csv_casualties_acled_fractional_and_empty(outdir, tmp_path):
    claims = [orjson.loads(line) for line in (outdir / "claims.jsonl").read_bytes().splitlines()]
    claims[0]["value"].update(low=2.5, high=3.0)
    _write(outdir / "claims.jsonl", claims[:1])
    export(outdir, "csv", tmp_path / "csv")
    [row] = _csv(tmp_path / "csv" / "casualties_acled.csv")
    assert (row["low"], row["high"]) == ("2.5", "3")
    (outdir / "claims.jsonl").write_bytes(b"")
    export(outdir, "csv", tmp_path / "csv")
    text = (tmp_path / "csv" / "casualties_acled.csv").read_text(encoding="utf-8")
    assert text.strip() == ",".join(COLUMNS["casualties_acled"])


# ---------------------------------------------------------------------------- load back


def _expected_counts(out: Path) -> dict[str, int]:
    """Rows per table, counted from the JSON Lines files."""
    def records(name):
        path = out / f"{name}.jsonl"
        return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]

    counts = {kind: len(records(kind)) for kind in ("documents", "entities", "claims",
                                                    "errors")}
    if (out / "tolls.jsonl").is_file():
        counts["tolls"] = len(records("tolls"))
    if (out / "groups.jsonl").is_file():
        groups = records("groups")
        counts["groups"] = len(groups)
        counts["group_members"] = sum(len(g["members"]) for g in groups)
    return counts


def _check_load_back(out: Path, tmp_path: Path) -> dict[str, int]:
    expected = _expected_counts(out)
    casualties = [c for c in (orjson.loads(line) for line in
                              (out / "claims.jsonl").read_bytes().splitlines())
                  if c["type"] == "casualty"]
    export(out, "csv", tmp_path / "csv")
    with_csv_only = {**expected, "casualties_acled": len(casualties)}
    if HAS_PANDAS:
        import pandas as pd

        frames = {kind: pd.read_csv(tmp_path / "csv" / f"{kind}.csv", dtype=str,
                                    keep_default_na=False) for kind in with_csv_only}
        assert {k: len(f) for k, f in frames.items()} == with_csv_only
        assert list(frames["claims"].columns[:len(COLUMNS["claims"])]) == COLUMNS["claims"]
        acled = frames["casualties_acled"]
        assert (acled["high"] == "").sum() == sum(c["value"]["high"] is None for c in casualties)
    else:  # the standard library agrees with the JSONL files all the same
        assert {k: len(_csv(tmp_path / "csv" / f"{k}.csv")) for k in with_csv_only
                } == with_csv_only
    if HAS_PYARROW:
        import pyarrow.parquet as pq

        export(out, "parquet", tmp_path / "pq")
        assert {k: pq.read_table(tmp_path / "pq" / f"{k}.parquet").num_rows
                for k in expected} == expected
        claims = pq.read_table(tmp_path / "pq" / "claims.parquet").flatten()
        assert claims.column("value.high").null_count == sum(
            1 for line in (out / "claims.jsonl").read_bytes().splitlines()
            if orjson.loads(line)["value"]["high"] is None)
    if HAS_PYARROW and HAS_DUCKDB:
        import duckdb

        [db] = export(out, "duckdb", tmp_path / "claimex.duckdb")
        con = duckdb.connect(str(db), read_only=True)
        try:
            tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
            assert tables == set(expected)
            assert {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                    for t in tables} == expected
            # DuckDB reads the CSV and Parquet exports back to the same counts too
            for kind, n in with_csv_only.items():
                path = (tmp_path / "csv" / f"{kind}.csv").as_posix()
                assert con.execute("SELECT count(*) FROM read_csv(?, header=true)",
                                   [path]).fetchone()[0] == n, kind
            for kind, n in expected.items():
                path = (tmp_path / "pq" / f"{kind}.parquet").as_posix()
                assert con.execute("SELECT count(*) FROM read_parquet(?)",
                                   [path]).fetchone()[0] == n, kind
        finally:
            con.close()
    return with_csv_only


def test_exports_load_back_with_jsonl_counts(outdir, tmp_path):
    _groups(outdir)
    _tolls(outdir)
    counts = _check_load_back(outdir, tmp_path)
    assert counts == {"documents": 2, "entities": 1, "claims": 3, "errors": 1, "tolls": 2,
                      "groups": 1, "group_members": 2, "casualties_acled": 3}


@pytest.mark.slow
@needs_model
def test_debates_exports_load_back_with_jsonl_counts(debates_outdir, tmp_path):
    counts = _check_load_back(debates_outdir, tmp_path)
    assert counts["claims"] > 20 and counts["groups"] > 5 and counts["casualties_acled"] > 10
    assert counts["group_members"] == counts["claims"]  # every claim is in one group


# The example queries of the README ("Report and export"), kept runnable here.
README_QUERIES = [
    """
-- 1. Disputed events: each source's figure, side by side
SELECT g.category, g.subject.text AS subject, g.location.canonical AS location,
       m.speaker, m.speaker_kind, m.doc_id, m.figure.text AS figure,
       m.figure.low AS low, m.figure.high AS high, m.modality
FROM groups g JOIN group_members m USING (group_id)
WHERE g.summary.disputed
ORDER BY g.group_id, m.figure.low
""",
    """
-- 2. Killed: claims per actor per week (asserted or hedged; day-precise dates only)
SELECT date_trunc('week', try_cast(left(time.value, 10) AS DATE))::DATE AS week,
       coalesce(actor.canonical, actor.text, '(none)') AS actor,
       count(*) AS claims, count(DISTINCT attribution.speaker) AS sources,
       min(value.low) AS low,
       if(bool_or(value.high IS NULL), NULL, max(value.high)) AS high   -- NULL: open bound
FROM claims
WHERE category = 'killed' AND modality IN ('asserted', 'hedged')
GROUP BY ALL
ORDER BY week NULLS LAST, claims DESC, actor
""",
    """
-- 3. Who says it: casualty claims from the article vs the reader comments
WITH sec AS (SELECT doc_id, unnest(sections) AS s FROM documents)
SELECT c.category,
       count(*) FILTER (WHERE sec.s.kind = 'article') AS article,
       count(*) FILTER (WHERE sec.s.kind = 'comment') AS comments,
       count(*) FILTER (WHERE sec.s.kind = 'comment'
                        AND c.attribution.kind = 'author') AS commenter_own,
       max(c.value.low) FILTER (WHERE sec.s.kind = 'article') AS article_max,
       max(c.value.low) FILTER (WHERE sec.s.kind = 'comment') AS comments_max
FROM claims c JOIN sec ON sec.doc_id = c.doc_id AND sec.s.index = c.section
WHERE c.type = 'casualty' AND c.modality <> 'negated'
GROUP BY ALL
ORDER BY ALL
""",
    """
-- 4. Tolls: each page's casualty total per speaker, and the figures it rests on
SELECT t.doc_id, t.speaker.kind AS speaker_kind, t.speaker.name AS speaker,
       t.speaker.sections AS sections, t.category, t.low, t.high, t.basis,
       string_agg(c.evidence.exact, ' + ' ORDER BY c.evidence.start) AS figures
FROM tolls t, unnest(t.claim_ids) AS u(claim_id)
JOIN claims c ON c.id = u.claim_id
GROUP BY ALL
ORDER BY t.doc_id, t.category, speaker_kind, sections
""",
    """
-- 5. Events and the page tolls resting on them
SELECT g.group_id, g.category, g.subject.text AS subject,
       g.summary.low AS group_low, g.summary.high AS group_high,
       t.doc_id, t.speaker.kind AS speaker_kind, t.speaker.name AS speaker,
       t.low, t.high, t.basis, len(t.member_ids) AS figures_in_group
FROM groups g, unnest(g.tolls) AS u(t)
ORDER BY g.group_id, t.doc_id, speaker_kind, speaker
""",
]


@pytest.mark.slow
@needs_model
@needs_duckdb
def test_readme_duckdb_queries_run_on_debates(debates_outdir, tmp_path):
    import duckdb

    [db] = export(debates_outdir, "duckdb", tmp_path / "claimex.duckdb")
    con = duckdb.connect(str(db), read_only=True)
    try:
        disputed, weekly, who, tolls, on_groups = (
            con.execute(sql).fetchall() for sql in README_QUERIES)
    finally:
        con.close()
    groups = [orjson.loads(line) for line in
              (debates_outdir / "groups.jsonl").read_bytes().splitlines()]
    assert len(disputed) == sum(len(g["members"]) for g in groups if g["summary"]["disputed"])
    assert any(row[8] is None for row in disputed)  # an open bound stays NULL
    assert weekly and all(row[2] >= 1 for row in weekly)
    assert {row[0] for row in who} >= {"killed"}
    killed = next(row for row in who if row[0] == "killed")
    assert killed[1] >= 1 and killed[2] >= 1  # the article and the comments both count
    toll_records = [orjson.loads(line) for line in
                    (debates_outdir / "tolls.jsonl").read_bytes().splitlines()]
    assert len(tolls) == len(toll_records) > 0  # one row per toll, each with its figures
    assert all(row[8] for row in tolls)
    # every toll rests on claims, and every claim is in a group: each toll is listed
    assert {(row[5], row[7], row[8], row[10]) for row in on_groups} >= {
        (t["doc_id"], t["speaker"]["name"], t["low"], t["basis"]) for t in toll_records}
    assert all(row[11] >= 1 for row in on_groups)
