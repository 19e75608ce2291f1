"""Give a pipeline assembled from a model's sourced components that model's lookup tables.

``source = "en_core_web_sm"`` copies a component's weights but not the model's
``lexeme_norm`` table, so token norms (a feature of the model's ``tok2vec``) differ from
the model's own and its entities shift on about 0.6% of mentions. This callback, run as
``[nlp.after_pipeline_creation]``, loads the tables from the installed model package.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.util import get_model_meta, get_package_path, is_package, registry


@registry.callbacks("claimex.copy_model_lookups.v1")
def make_copy_model_lookups(model: str) -> Callable[[Language], Language]:
    """Registered as ``claimex.copy_model_lookups.v1`` (``spacy_callbacks`` entry point)."""

    def copy_lookups(nlp: Language) -> Language:
        if not is_package(model):
            return nlp
        package = get_package_path(model)
        version = get_model_meta(package)["version"]
        vocab_dir = package / f"{model}-{version}" / "vocab"
        if (vocab_dir / "lookups.bin").exists():
            lookups = Lookups().from_disk(vocab_dir)
            for table in lookups.tables:
                nlp.vocab.lookups.set_table(table, lookups.get_table(table))
        return nlp

    return copy_lookups
