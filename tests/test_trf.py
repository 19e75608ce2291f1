"""configs/trf.cfg: a transformer pipeline under the claimex rule layer, and ``claimex.gpu``.

The end-to-end tests build a TINY transformer pipeline on the spot (a 2-layer BERT with
random weights and a WordPiece vocabulary written to a temp dir, wrapped by
spacy-transformers' ``transformer`` component, with a tagger, parser and NER listening to
it, plus an attribute ruler and a lookup lemmatizer: the components en_core_web_trf has),
save it with ``nlp.to_disk`` and source trf.cfg's model components from that directory.
Nothing is downloaded. They skip when spacy_transformers is not installed (the ``trf``
extra). Its entities are noise; what is tested is that the claimex layer runs on top of a
transformer pipeline: records are well formed, gazetteer entities still come out, offsets
are exact.
"""

from __future__ import annotations

import logging
import re
import string
from pathlib import Path

import orjson
import pytest
import spacy
from spacy.util import get_sourced_components, load_config, load_model_from_config
from typer.testing import CliRunner

from claimex import api
from claimex.cli import app
from claimex.errors import ConfigError
from claimex.gpu import use_gpu
from claimex.io.readers import InputDocument
from claimex.records import to_json_dict

TRF_CFG = Path(api.__file__).parent / "configs" / "trf.cfg"
DEFAULT_CFG = TRF_CFG.with_name("default.cfg")
MODEL_COMPONENTS = ["transformer", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
CLAIMEX_COMPONENTS = ["claimex_gazetteer", "claimex_entities", "claimex_dates",
                      "claimex_claims", "claimex_attribution"]
# runs before the model: a blank line ends a sentence, which the parser then keeps
BEFORE_MODEL = ["claimex_paragraphs"]

SAMPLE = (
    "IDLIB, 12 March 2020 - Fighters of HTS shelled army positions near Saraqib in Syria "
    "on Tuesday, killing 12 soldiers and wounding 30 others, the Syrian Observatory for "
    "Human Rights said. Ahmed al-Sharaa told Reuters that 2,000 people fled.\n"
)
# (text, entities as (start, end, label)); one sentence each, so a flat parse is a tree
TRAIN = [
    ("Turkey sent troops to Syria .", [(0, 6, "GPE"), (22, 27, "GPE")]),
    ("John Smith works for Reuters in London .", [(0, 10, "PERSON"), (21, 28, "ORG"),
                                                   (32, 38, "GPE")]),
    ("Syrian fighters killed 12 people .", [(0, 6, "NORP")]),
]


# ---------------------------------------------------------------- config assembly (no torch)


def test_trf_cfg_parses_and_runs_the_claimex_components_after_the_model():
    cfg = load_config(TRF_CFG, interpolate=True)
    assert cfg["claimex"]["model"] == "en_core_web_trf"
    assert cfg["nlp"]["pipeline"] == BEFORE_MODEL + MODEL_COMPONENTS + CLAIMEX_COMPONENTS
    for name in MODEL_COMPONENTS:
        assert cfg["components"][name] == {"source": "en_core_web_trf"}
    for name in BEFORE_MODEL + CLAIMEX_COMPONENTS:
        assert cfg["components"][name]["factory"] == name


def test_trf_cfg_names_the_model_once_and_follows_it():
    raw = TRF_CFG.read_text(encoding="utf-8")
    assert raw.count("en_core_web_trf\"") == 1
    cfg = load_config(TRF_CFG, overrides={"claimex.model": "my_trf"}, interpolate=True)
    assert {cfg["components"][n]["source"] for n in MODEL_COMPONENTS} == {"my_trf"}
    assert cfg["nlp"]["after_pipeline_creation"]["model"] == "my_trf"


def test_trf_cfg_has_the_claimex_settings_of_default_cfg():
    trf, default = load_config(TRF_CFG), load_config(DEFAULT_CFG)
    for section in ("paths", "initialize"):
        assert trf[section] == default[section]
    assert trf["nlp"]["after_creation"] == default["nlp"]["after_creation"]
    assert trf["claimex"]["max_chunk_chars"] == default["claimex"]["max_chunk_chars"]
    for name in BEFORE_MODEL + CLAIMEX_COMPONENTS:
        assert trf["components"][name] == default["components"][name]


@pytest.mark.skipif(spacy.util.is_package("en_core_web_trf"),
                    reason="en_core_web_trf is installed here")
def test_trf_without_the_model_says_so_and_exits_2():
    with pytest.raises(ConfigError, match=r"en_core_web_trf.*not installed"):
        api.load_pipeline(str(TRF_CFG))
    result = CliRunner().invoke(app, ["info", "-c", str(TRF_CFG)])
    assert result.exit_code == 2
    assert "en_core_web_trf" in result.output and "not installed" in result.output


@pytest.mark.xfail("trf" not in api.BUILTIN_CONFIGS, strict=True,
                   reason="api.BUILTIN_CONFIGS does not list 'trf' yet, so `-c trf` is "
                          "an unknown config rather than the shipped trf.cfg")
@pytest.mark.skipif(spacy.util.is_package("en_core_web_trf"),
                    reason="en_core_web_trf is installed here")
def test_dash_c_trf_names_the_shipped_config():
    result = CliRunner().invoke(app, ["info", "-c", "trf"])
    assert result.exit_code == 2
    assert "en_core_web_trf" in result.output and "not installed" in result.output


# ---------------------------------------------------------------- claimex.gpu


@pytest.mark.parametrize(("available", "expected"), [(True, "gpu:1"), (False, "cpu")])
def test_use_gpu_reports_the_device(monkeypatch, caplog, available, expected):
    asked = []
    monkeypatch.setattr(spacy, "prefer_gpu", lambda gpu_id: asked.append(gpu_id) or available)
    with caplog.at_level(logging.WARNING, logger="claimex"):
        assert use_gpu(1) == expected
    assert asked == [1]
    assert ("running on the CPU" in caplog.text) is (not available)


def test_use_gpu_falls_back_when_spacy_raises(monkeypatch, caplog):
    def broken(gpu_id):
        raise RuntimeError("cudaErrorInvalidDevice: invalid device ordinal")

    monkeypatch.setattr(spacy, "prefer_gpu", broken)
    with caplog.at_level(logging.WARNING, logger="claimex"):
        assert use_gpu(7) == "cpu"
    assert "invalid device ordinal" in caplog.text


def test_use_gpu_negative_is_cpu_without_asking(monkeypatch, caplog):
    monkeypatch.setattr(spacy, "prefer_gpu", lambda gpu_id: pytest.fail("asked for a GPU"))
    with caplog.at_level(logging.WARNING, logger="claimex"):
        assert use_gpu(-1) == "cpu"
    assert caplog.text == ""


def test_use_gpu_for_real():
    """On this machine, whatever it has: the answer is one of the two, never an error."""
    from thinc.api import require_cpu

    try:
        assert use_gpu(0) in ("cpu", "gpu:0")
    finally:
        require_cpu()  # the rest of the suite runs on the CPU whatever this machine has


# ---------------------------------------------------------------- the tiny transformer


def _wordpiece_vocab() -> list[str]:
    words = re.findall(r"\w+|[^\w\s]", " ".join([SAMPLE, *(t for t, _ in TRAIN)]).lower())
    chars = list(string.ascii_lowercase + string.digits + string.punctuation)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars, *(f"##{c}" for c in chars),
             *words]
    return list(dict.fromkeys(vocab))


def _tiny_hf_model(directory: Path) -> Path:
    import torch
    from transformers import BertConfig, BertModel, BertTokenizerFast

    directory.mkdir(parents=True)
    vocab = _wordpiece_vocab()
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(directory / "vocab.txt"),
                      do_lower_case=True).save_pretrained(directory)
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                        num_attention_heads=2, intermediate_size=37,
                        max_position_embeddings=128)
    BertModel(config).save_pretrained(directory)
    return directory


def _transformer_and_listener(kind: str, files: Path) -> tuple[dict, dict, dict]:
    """The ``transformer`` component's config, its listener, its [initialize] settings."""
    pooling = {"@layers": "reduce_mean.v1"}
    if kind == "spacy-transformers":
        component = {"factory": "transformer", "model": {
            "@architectures": "spacy-transformers.TransformerModel.v3", "name": str(files),
            "tokenizer_config": {"use_fast": True},
            "get_spans": {"@span_getters": "spacy-transformers.strided_spans.v1",
                          "window": 64, "stride": 48}}}
        listener = {"@architectures": "spacy-transformers.TransformerListener.v1",
                    "grad_factor": 1.0, "pooling": pooling, "upstream": "*"}
        return component, listener, {}
    # spacy-curated-transformers, as in en_core_web_trf 3.8 (a RoBERTa there, a BERT here)
    component = {"factory": "curated_transformer", "model": {
        "@architectures": "spacy-curated-transformers.BertTransformer.v1",
        "vocab_size": len(_wordpiece_vocab()), "hidden_width": 32, "intermediate_width": 37,
        "num_attention_heads": 2, "num_hidden_layers": 2, "max_position_embeddings": 128,
        "model_max_length": 128,
        "piece_encoder": {"@architectures": "spacy-curated-transformers.BertWordpieceEncoder.v1"},
        "with_spans": {"@architectures": "spacy-curated-transformers.WithStridedSpans.v1",
                       "window": 64, "stride": 48}}}
    listener = {"@architectures": "spacy-curated-transformers.LastTransformerLayerListener.v1",
                "width": 32, "grad_factor": 1.0, "pooling": pooling, "upstream": "*"}
    init = {"piecer_loader": {"@model_loaders": "spacy-curated-transformers.WordpieceLoader.v1",
                              "path": str(files / "vocab.txt"), "lowercase": True}}
    return component, listener, init


def _tiny_trf_pipeline(kind: str, files: Path, out: Path) -> Path:
    """A spaCy pipeline shaped like en_core_web_trf around the tiny model, saved to ``out``."""
    from spacy.lookups import Lookups
    from spacy.training import Example

    component, listener, init = _transformer_and_listener(kind, files)

    def transition_model(state_type: str) -> dict:
        return {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": state_type,
                "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": 2,
                "use_upper": False, "nO": None, "tok2vec": listener}

    nlp = spacy.blank("en")
    nlp.add_pipe(component.pop("factory"), name="transformer", config=component)
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2",
                                             "nO": None, "tok2vec": listener}})
    nlp.add_pipe("parser", config={"model": transition_model("parser")})
    nlp.add_pipe("attribute_ruler")
    nlp.add_pipe("ner", config={"model": transition_model("ner")})
    if init:
        nlp.config["initialize"]["components"]["transformer"] = init

    def examples():
        for text, ents in TRAIN:
            doc = nlp.make_doc(text)
            yield Example.from_dict(doc, {
                "tags": ["CD" if t.like_num else "NNP" if t.is_title else
                         "." if t.is_punct else "NN" for t in doc],
                "heads": [0] * len(doc),
                "deps": ["ROOT", *["dep"] * (len(doc) - 1)],
                "entities": ents,
            })

    nlp.initialize(lambda: list(examples()))
    nlp.get_pipe("attribute_ruler").add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    # the lemmatizer needs lookup tables (spacy-lookups-data is not installed): give it one
    lemmatizer = nlp.add_pipe("lemmatizer", after="attribute_ruler", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"killed": "kill", "fighters": "fighter"})
    lemmatizer.initialize(lookups=lookups)
    assert nlp.pipe_names == MODEL_COMPONENTS
    nlp.to_disk(out)
    return out


@pytest.fixture(scope="module", params=["spacy-transformers", "curated"])
def tiny_trf(request, tmp_path_factory) -> Path:
    """The saved tiny pipeline, built with spacy-transformers (a Hugging Face BertModel) or
    with spacy-curated-transformers (what en_core_web_trf 3.8 uses). The files it was made
    from are gone by then: the spaCy pipeline must carry the transformer itself."""
    import shutil

    pytest.importorskip("spacy_transformers")
    pytest.importorskip("transformers")
    if request.param == "curated":
        pytest.importorskip("spacy_curated_transformers")
    root = tmp_path_factory.mktemp(f"tiny_{request.param}")
    files = _tiny_hf_model(root / "files")
    pipeline_dir = _tiny_trf_pipeline(request.param, files, root / "pipeline")
    shutil.rmtree(files)
    return pipeline_dir


@pytest.fixture(scope="module")
def trf_pipeline(tiny_trf) -> api.Pipeline:
    """trf.cfg with ``claimex.model`` = the tiny pipeline's directory, assembled and
    initialised as :func:`claimex.api.load_pipeline` does, less its package check."""
    cfg = load_config(TRF_CFG, overrides={"claimex.model": str(tiny_trf)}, interpolate=False)
    nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
    api.initialize_components(nlp, get_sourced_components(cfg))
    return api.Pipeline(nlp, "trf", str(TRF_CFG), 100_000)


def _nlp_factory(pipeline: api.Pipeline) -> str:
    return pipeline.nlp.get_pipe_meta("transformer").factory


def _check_result(result, text):
    assert result.errors == []
    assert result.document.chars == len(text)
    assert result.document.counts == {"entities": len(result.entities),
                                      "claims": len(result.claims)}
    for entity in result.entities:
        assert text[entity.start:entity.end] == entity.text
        assert entity.doc_id == "sample"
        assert entity.label in {"PERSON", "COUNTRY", "FACTION", "ORG", "PLACE", "NORP", "DATE"}
    for claim in result.claims:
        evidence = claim.evidence
        assert text[evidence["start"]:evidence["end"]] == evidence["exact"]
        assert claim.provenance["config"] == "trf"
    by_text = {(e.text, e.label, e.origin) for e in result.entities}
    assert ("HTS", "FACTION", "gazetteer") in by_text
    assert ("Syria", "COUNTRY", "gazetteer") in by_text
    assert ("Reuters", "ORG", "gazetteer") in by_text
    figures = {c.value["text"] for c in result.claims}
    assert {"12", "30", "2,000"} <= figures
    for record in [result.document, *result.entities, *result.claims]:
        data = to_json_dict(record)
        assert data["schema"].startswith("claimex.")
        assert orjson.loads(orjson.dumps(data)) == data  # what the writer emits


def test_trf_cfg_sources_the_transformer_pipeline(trf_pipeline):
    nlp = trf_pipeline.nlp
    assert nlp.pipe_names == BEFORE_MODEL + MODEL_COMPONENTS + CLAIMEX_COMPONENTS
    assert nlp.get_pipe_meta("transformer").factory in ("transformer", "curated_transformer")
    # the listeners are wired to the sourced transformer, not left dangling
    listeners = nlp.get_pipe("transformer").listening_components
    assert set(listeners) == {"tagger", "parser", "ner"}
    assert set(nlp.get_pipe("ner").labels) == {"GPE", "NORP", "ORG", "PERSON"}


def test_extract_with_a_transformer_pipeline(trf_pipeline):
    [result] = list(api.extract([InputDocument("sample", SAMPLE, None)], trf_pipeline))
    _check_result(result, SAMPLE)
    doc = trf_pipeline.nlp(SAMPLE)
    assert doc.has_annotation("DEP") and doc.has_annotation("TAG")
    if _nlp_factory(trf_pipeline) == "transformer":
        assert doc._.trf_data is not None


def test_extract_with_a_transformer_pipeline_in_batches(trf_pipeline):
    docs = [InputDocument(f"d{i}", SAMPLE * (i + 1), None) for i in range(3)]
    results = list(api.extract(docs, trf_pipeline, batch_size=2))
    assert [r.document.doc_id for r in results] == ["d0", "d1", "d2"]
    for result, item in zip(results, docs, strict=True):
        for entity in result.entities:
            assert item.text[entity.start:entity.end] == entity.text


def test_load_pipeline_takes_a_pipeline_directory(tiny_trf):
    """``--set claimex.model=/path/to/pipeline`` once api.load_pipeline accepts a directory
    as well as an installed package (its check is ``spacy.util.is_package`` alone today)."""
    try:
        pipeline = api.load_pipeline(str(TRF_CFG), {"claimex.model": str(tiny_trf)})
    except ConfigError as exc:
        if "is not installed" in str(exc):
            pytest.xfail("api.load_pipeline accepts installed packages only, not a pipeline "
                         "directory, as [claimex] model")
        raise
    assert pipeline.config_name == "trf"
    assert pipeline.sources["ner"] == str(tiny_trf)
    [result] = list(api.extract([InputDocument("sample", SAMPLE, None)], pipeline))
    _check_result(result, SAMPLE)


_FRESH_LOAD = """
import sys
from claimex import api
pipeline = api.load_pipeline(sys.argv[1], {"claimex.model": sys.argv[2]} if sys.argv[2] else {})
first = next(name for name in pipeline.nlp.pipe_names if not name.startswith("claimex_"))
print(pipeline.nlp.get_pipe_meta(first).factory,
      "spacy_transformers" in sys.modules, "spacy_curated_transformers" in sys.modules)
"""


def _load_in_a_fresh_process(config: str, model: str = "") -> list[str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(Path(api.__file__).parents[1])}
    out = subprocess.run([sys.executable, "-c", _FRESH_LOAD, config, model], env=env,
                         capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_a_pipeline_without_plugin_factories_imports_no_plugin():
    """Loading ``-c rules`` does not import spacy-transformers (nor, through it,
    transformers and torch._dynamo) just because they are installed."""
    pytest.importorskip("spacy_transformers")
    factory, transformers_loaded, curated_loaded = _load_in_a_fresh_process("rules")
    assert factory == "sentencizer"
    assert transformers_loaded == "False" and curated_loaded == "False"


def test_a_sourced_plugin_factory_is_found_in_a_fresh_process(tiny_trf):
    """trf.cfg names no plugin factory itself; the one its sourced model needs
    (``transformer`` or ``curated_transformer``) is still found (load_pipeline retries
    with every plugin after spaCy's E002)."""
    factory, _, _ = _load_in_a_fresh_process(str(TRF_CFG), str(tiny_trf))
    assert factory in ("transformer", "curated_transformer")
