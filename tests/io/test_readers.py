"""Inputs: every format, and every kind of bad input, become documents or clear failures."""

from __future__ import annotations

import io

import orjson
import pytest

from claimex import errors
from claimex.io.readers import InputDocument, InputFailure, ReadOptions, read_inputs


def _read(*paths, **options):
    return list(read_inputs([str(p) for p in paths], ReadOptions(**options)))


def test_txt_is_one_document_named_after_its_stem(tmp_path):
    (tmp_path / "report one.txt").write_text("Line one.\r\nLine two.\n", encoding="utf-8",
                                             newline="")
    [doc] = _read(tmp_path / "report one.txt")
    assert isinstance(doc, InputDocument)
    assert doc.doc_id == "report one"
    assert doc.text == "Line one.\r\nLine two.\n"


def test_jsonl_keys_and_custom_keys(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "a", "text": "Alpha.", "url": "http://x", "title": "T", "published": "2020-01-02",
         "meta": {"k": 1}},
        {"id": 7, "text": "Seven."},
        {"text": "No id."},
    ]
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in rows) + b"\n\n")
    docs = _read(path)
    assert [d.doc_id for d in docs] == ["a", "7", "docs:3"]
    assert docs[0].published == "2020-01-02" and docs[0].title == "T" and docs[0].meta == {"k": 1}
    body = tmp_path / "body.jsonl"
    body.write_bytes(orjson.dumps({"uid": "x1", "body": "Text here."}) + b"\n")
    [doc] = _read(body, text_key="body", id_key="uid")
    assert (doc.doc_id, doc.text) == ("x1", "Text here.")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (b'{"id": "x", "text": "unterminated', errors.INVALID_JSON),
        (b"[1, 2, 3]", errors.NOT_AN_OBJECT),
        (b'{"id": "x"}', errors.MISSING_TEXT),
        (b'{"id": "x", "text": 42}', errors.INVALID_TEXT),
        (b'{"id": "x", "text": "   "}', errors.EMPTY_DOCUMENT),
        (b'{"id": "x", "text": "caf\xe9"}', errors.NOT_UTF8),
    ],
)
def test_bad_jsonl_line_is_a_failure_with_its_line_number(tmp_path, line, code):
    path = tmp_path / "mixed.jsonl"
    good1, good2 = b'{"id": "good1", "text": "Fine."}\n', b'{"id": "good2", "text": "Ok."}\n'
    path.write_bytes(good1 + line + b"\n" + good2)
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["InputDocument", "InputFailure", "InputDocument"]
    failure = items[1]
    assert failure.code == code and failure.line == 2 and failure.path == str(path)
    assert failure.reason


def test_binary_and_non_utf8_and_empty_files(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait\nsecond line \xff".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.jsonl").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "ok.txt").write_text("Good text.", encoding="utf-8")
    items = {i.doc_id: i for i in _read(tmp_path)}
    assert items["binary"].code == errors.BINARY_FILE
    assert items["latin1"].code == errors.NOT_UTF8 and items["latin1"].line == 1
    assert items["empty"].code == errors.EMPTY_DOCUMENT
    assert items["binary"].code == errors.BINARY_FILE
    assert isinstance(items["ok"], InputDocument)


def test_directories_are_searched_recursively_and_hidden_files_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Deep.", encoding="utf-8")
    (tmp_path / "top.jsonl").write_text('{"id": "t", "text": "Top."}\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    assert sorted(d.doc_id for d in _read(tmp_path)) == ["deep", "t"]


def test_directory_without_inputs(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(errors.UsageError, match=r"no \.txt or \.jsonl"):
        _read(tmp_path / "empty")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    items = _read(tmp_path / "empty", tmp_path / "ok.txt")
    assert isinstance(items[0], InputFailure) and items[0].code == errors.NO_INPUTS
    assert isinstance(items[1], InputDocument)


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(errors.UsageError, match="does not exist"):
        _read(tmp_path / "nope.txt")


def test_unsupported_extension_given_explicitly(tmp_path):
    (tmp_path / "table.csv").write_text("a,b", encoding="utf-8")
    [item] = _read(tmp_path / "table.csv")
    assert item.code == errors.UNSUPPORTED_FORMAT


def test_stdin_jsonl_and_text():
    jsonl = io.BytesIO(b'{"id": "s1", "text": "From stdin."}\n{"id": "s2", "text": "Two."}\n')
    docs = list(read_inputs(["-"], stdin=jsonl))
    assert [d.doc_id for d in docs] == ["s1", "s2"]
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO(b"Plain text on stdin.\n")))
    assert doc.doc_id == "stdin" and doc.text == "Plain text on stdin.\n"


def test_duplicate_ids_are_renamed_with_a_warning(tmp_path):
    path = tmp_path / "dupes.jsonl"
    path.write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n',
                    encoding="utf-8")
    docs = _read(path)
    assert [d.doc_id for d in docs] == ["x", "x~2"]
    assert docs[1].warnings and errors.DUPLICATE_ID in docs[1].warnings[0]


def test_published_from_input_option_and_bad_values(tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text(
        '{"id": "a", "text": "A.", "published": "2017-04-05T09:14:00Z"}\n'
        '{"id": "b", "text": "B.", "published": "last Tuesday"}\n'
        '{"id": "c", "text": "C."}\n', encoding="utf-8")
    docs = _read(path, published="2020-09-16")
    assert [d.published for d in docs] == ["2017-04-05", "2020-09-16", "2020-09-16"]
    assert docs[1].warnings and "invalid_published" in docs[1].warnings[0]


def test_document_over_the_hard_limit_is_refused(tmp_path):
    (tmp_path / "huge.txt").write_text("word " * 1000, encoding="utf-8")
    [item] = _read(tmp_path / "huge.txt", max_chars=100)
    assert isinstance(item, InputFailure) and "exceeds the limit" in item.reason


@pytest.mark.parametrize(("value", "kept"), [
    ("2013", "2013"), ("2013-05", "2013-05"), ("2013-05-07", "2013-05-07"),
    ("2013-05-07T10:00:00Z", "2013-05-07"), ("2013-05-07 10:00", "2013-05-07"),
    ("2013-13", None), ("2013-02-30", None), ("May 2013", None), ("13", None),
    ("2013-05-07X", None), (2013, None),
])
def test_partial_publication_dates_keep_their_granularity(value, kept):
    from claimex.io.readers import normalise_published

    assert normalise_published(value) == kept
