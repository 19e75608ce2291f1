"""Loading a pipeline: the fenced patch of spaCy's entry-point registry, initialisation."""

from __future__ import annotations

import spacy
from thinc.api import Config

from claimex import loading

CFG = Config().from_str("""
[components]
[components.claimex_dates]
factory = "claimex_dates"
[components.parser]
source = "en_core_web_sm"
""")


def test_the_entry_point_patch_is_fenced_to_the_spacy_versions_it_was_written_for():
    assert loading.can_limit_plugin_factories(spacy.__version__) == spacy.__version__.startswith(
        "3.8.")
    assert loading.can_limit_plugin_factories("3.8.0")
    assert not loading.can_limit_plugin_factories("3.9.0")
    assert not loading.can_limit_plugin_factories("4.0.0")


def test_inside_the_fence_only_the_named_plugin_factories_are_imported(monkeypatch):
    plugins = spacy.util.registry._entry_point_factories
    seen = []
    monkeypatch.setattr(type(plugins), "get_entry_point",
                        lambda self, name, default=None: seen.append(name) or f"<{name}>",
                        raising=True)
    with loading._plugin_factories_named(CFG):
        assert plugins.get_all() == {"claimex_dates": "<claimex_dates>"}
    assert seen == ["claimex_dates"]
    assert "get_all" not in vars(plugins)  # the registry's own method is back


def test_outside_the_fence_nothing_is_patched(monkeypatch):
    monkeypatch.setattr(spacy, "__version__", "3.9.0")
    plugins = spacy.util.registry._entry_point_factories
    with loading._plugin_factories_named(CFG):
        assert "get_all" not in vars(plugins)


def test_components_are_initialised_as_spacy_assemble_does(rules_pipeline):
    """Every component that is not sourced is initialised: the gazetteer and the cue
    lexicons hold the shipped data."""
    nlp = rules_pipeline.nlp
    assert nlp.get_pipe("claimex_claims").cues
    assert nlp.get_pipe("claimex_attribution").cues
    doc = nlp("HTS fighters shelled Aleppo in Syria.")
    assert [s.text for s in doc.spans["claimex_gazetteer"]] == ["HTS", "Syria"]
