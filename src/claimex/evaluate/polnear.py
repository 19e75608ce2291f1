"""PolNeAR (attribution in political news) as gold data: brat standoff in, speaker scores out.

The corpus (``../shared/corpora/polnear``, see its README) holds ``{train,dev}/text/*.txt``
and ``{train,dev}/attributions/<stem>_<annotator>.ann``: ``T`` lines with the labels
``Source``, ``Cue`` and ``Content`` (a discontinuous span is ``start end;start end``) and ``E``
lines that tie them into one attribution (``Attribution:T4 Content:T3 Cue:T2 Source:T1``; the
Source may be missing). Some articles have several annotators; one is used, deterministically:
the one who marked the most attributions, the first annotator id on a tie.

Scoring (the README's rule, what the held-out measurement does): for each claim whose
evidence lies inside a gold Content span (the innermost one when they nest), the speaker is
right when ``attribution.start/end`` overlap the gold Source, or when the last word of
``attribution.speaker`` equals the last word of the Source (case-insensitive, possessive 's
dropped); attributions without a Source are not scored. Coverage: the gold Content spans
holding a digit that contain at least one claim.

The dev split is for checking: its misses are never kept (``score_polnear`` gets
``keep_misses=False``), so nobody tunes on them by accident.

>>> parse_offsets("10 20;25 30")
((10, 20), (25, 30))
>>> last_word("Donald Trump's")
'trump'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimex.errors import UsageError
from claimex.evaluate.cases import Case, Score, claim_dicts
from claimex.evaluate.compare import excerpt, ratio, span
from claimex.io.readers import InputDocument

SPLITS = ("train", "dev")
ATTRIBUTION_KINDS = ("quoted", "reported", "article", "author")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DIGIT_RE = re.compile(r"\d")
_ANNOTATOR_RE = re.compile(r"^(?P<stem>.+)_(?P<annotator>[0-9a-f]+)\.ann$")

Spans = tuple[tuple[int, int], ...]


def parse_offsets(text: str) -> Spans:
    """The spans of a brat offset field (``"0 5"``, ``"0 5;9 12"``)."""
    return tuple((int(a), int(b)) for a, b in (part.split() for part in text.split(";")))


def last_word(text: str) -> str:
    """The last word of a name, lower case, a possessive 's dropped ("Clinton’s" -> "clinton").

    >>> last_word("the Clinton campaign"), last_word("Trump’s"), last_word("")
    ('campaign', 'trump', '')
    """
    words = _WORD_RE.findall(text)
    if not words:
        return ""
    word = words[-1].lower()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[: -len(suffix)]
    return word


def read_ann(text: str) -> list[dict[str, Any]]:
    """The attributions of one ``.ann`` file: ``content`` and ``source`` (spans; ``source``
    None when the annotator marked none) with ``source_text`` and ``cue_text``.

    >>> read_ann("T1\\tSource 0 2\\the\\nT2\\tCue 3 7\\tsaid\\nT3\\tContent 8 10\\t12\\n"
    ...          "E1\\tAttribution:T2 Content:T3 Cue:T2 Source:T1\\n")[0]["source"]
    ((0, 2),)
    """
    spans: dict[str, tuple[str, Spans, str]] = {}
    relations: list[dict[str, str]] = []
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            try:
                spans[fields[0]] = (label, parse_offsets(offsets),
                                    fields[2] if len(fields) > 2 else "")
            except ValueError:
                continue
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    found = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if content is None:
            continue
        source = spans.get(relation.get("Source", ""))
        cue = spans.get(relation.get("Cue", ""))
        found.append({"content": content[1], "source": source[1] if source else None,
                      "source_text": source[2] if source else None,
                      "cue_text": cue[2] if cue else None})
    return found


def _annotation_files(folder: Path) -> dict[str, list[Path]]:
    by_stem: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.ann")):
        match = _ANNOTATOR_RE.match(path.name)
        if match:
            by_stem.setdefault(match["stem"], []).append(path)
    return by_stem


def choose_annotation(paths: list[Path]) -> tuple[Path, list[dict[str, Any]]]:
    """One annotator's file of an article: the most attributions, the first name on a tie."""
    read = [(path, read_ann(path.read_text(encoding="utf-8"))) for path in sorted(paths)]
    return max(read, key=lambda pair: len(pair[1]))  # max keeps the first of equals


def split_folders(path: Path, split: str | None) -> list[tuple[str, Path]]:
    """``(split, folder)`` for ``split`` (train, dev, or None/"all": both present) under the
    PolNeAR root ``path``; a folder holding ``text/`` itself is taken as one split."""
    if (path / "text").is_dir():
        return [(split if split in SPLITS else path.name, path)]
    if split in (None, "all"):
        wanted = [s for s in SPLITS if (path / s).is_dir()]
    elif split in SPLITS:
        wanted = [split]
    else:
        raise UsageError(f"polnear --split takes train, dev or all, not {split!r} (the "
                         f"tune/check halves are for the other kinds)")
    folders = [(s, path / s) for s in wanted]
    missing = [str(f) for _, f in folders if not (f / "text").is_dir()]
    if missing or not folders:
        raise UsageError(f"no PolNeAR split folder with text/ and attributions/ in "
                         f"{str(path)!r}: {', '.join(missing) or 'train, dev'}")
    return folders


def load_polnear(path: Path, *, split: str | None = None, limit: int | None = None
                 ) -> list[tuple[InputDocument, dict[str, Any]]]:
    """Articles of the ``split`` (train, dev, or both) with their gold attributions.

    Document ids are ``polnear:SPLIT/STEM``; the gold dict holds ``split``, ``annotator``
    and ``attributions`` (see :func:`read_ann`). ``limit`` keeps the first N articles of
    each split (in file-name order)."""
    items = []
    for name, folder in split_folders(Path(path), split):
        annotations = _annotation_files(folder / "attributions")
        texts = sorted((folder / "text").glob("*.txt"))
        for text_path in texts[:limit] if limit else texts:
            paths = annotations.get(text_path.stem)
            if not paths:
                continue
            chosen, attributions = choose_annotation(paths)
            text = text_path.read_text(encoding="utf-8")
            gold = {"split": name, "annotator": _ANNOTATOR_RE.match(chosen.name)["annotator"],
                    "attributions": attributions}
            items.append((InputDocument(f"polnear:{name}/{text_path.stem}", text,
                                        str(text_path)), gold))
    return items


def _inside(evidence: tuple[int, int], spans: Spans) -> bool:
    return any(s <= evidence[0] and evidence[1] <= e for s, e in spans)


def _length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def innermost(evidence: tuple[int, int], attributions: Iterable[dict[str, Any]]
              ) -> dict[str, Any] | None:
    """The attribution whose Content holds ``evidence`` and is the shortest such Content."""
    holding = [a for a in attributions if _inside(evidence, a["content"])]
    return min(holding, key=lambda a: _length(a["content"]), default=None)


def speaker_right(attribution: dict[str, Any], gold: dict[str, Any], text: str) -> bool:
    """The README's rule: the speaker span overlaps the Source, or the last words agree.

    >>> gold = {"source": ((0, 11),), "source_text": "Mr. Sanders"}
    >>> speaker_right({"speaker": "Sanders", "start": 40, "end": 47}, gold, "")
    True
    >>> speaker_right({"speaker": "he", "start": 4, "end": 6}, gold, "")
    True
    """
    start, end = attribution.get("start"), attribution.get("end")
    if start is not None and end is not None and any(
            start < e and s < end for s, e in gold["source"]):
        return True
    source_text = gold.get("source_text") or " ".join(text[s:e] for s, e in gold["source"])
    said = last_word(str(attribution.get("speaker") or ""))
    return bool(said) and said == last_word(source_text)


def score_polnear(cases: Iterable[Case], keep_misses: bool = True) -> Score:
    """Speaker accuracy, coverage and the kinds of attribution, overall and per split."""
    score = Score()
    by_split: dict[str, Counter[str]] = {}
    kinds: dict[str, Counter[str]] = {}
    for case in cases:
        split = case.gold.get("split", "all")
        counts = by_split.setdefault(split, Counter())
        kind_counts = kinds.setdefault(split, Counter())
        attributions = case.gold["attributions"]
        claims = claim_dicts(case.claims)
        evidence = [e for e in (span(c) for c in claims) if e is not None]
        for attribution in attributions:
            content = attribution["content"]
            if not any(_DIGIT_RE.search(case.text[s:e]) for s, e in content):
                continue
            counts["contents"] += 1
            if any(_inside(e, content) for e in evidence):
                counts["covered"] += 1
            elif keep_misses:
                score.miss("coverage", case.key, "content with a figure",
                           "no claim inside", excerpt(case.text, content[0][0]))
        for claim in claims:
            where = span(claim)
            gold = innermost(where, attributions) if where else None
            if gold is None or gold["source"] is None:
                continue
            said = claim.get("attribution") or {}
            kind = str(said.get("kind"))
            right = speaker_right(said, gold, case.text)
            counts["scored"] += 1
            counts["right"] += right
            kind_counts[kind] += 1
            kind_counts[f"{kind}:right"] += right
            if not right and keep_misses:
                score.miss("speaker", case.key, gold["source_text"],
                           f"{said.get('speaker')!r} ({kind}, cue {said.get('cue')!r})",
                           excerpt(case.text, where[0]))
    for split, counts in by_split.items():
        score.rows.append({"field": "speaker", "subset": split, "n": counts["scored"],
                           "correct": counts["right"],
                           "accuracy": ratio(counts["right"], counts["scored"])})
        score.rows.append({"field": "coverage", "subset": split, "n": counts["contents"],
                           "correct": counts["covered"],
                           "accuracy": ratio(counts["covered"], counts["contents"])})
        for kind in (*ATTRIBUTION_KINDS, *sorted(set(k for k in kinds[split] if ":" not in k)
                                                 - set(ATTRIBUTION_KINDS))):
            n = kinds[split][kind]
            score.rows.append({"field": f"kind {kind}", "subset": split, "n": n,
                               "correct": kinds[split][f"{kind}:right"],
                               "accuracy": ratio(kinds[split][f"{kind}:right"], n)})
    if not keep_misses:
        score.notes.append("misses are not listed outside the train split: dev is for "
                           "checking, never for reading errors")
    return score
