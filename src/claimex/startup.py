"""Keep torch out of command-line runs whose pipeline cannot use it.

thinc (under spaCy) imports torch as soon as it is itself imported, whenever torch is
installed, only to learn whether it could use it: with the CPU build of torch 2.x that is
about 1 s and 190 MB of every ``claimex`` run, before any pipeline is loaded. The shipped
``default`` and ``rules`` pipelines (en_core_web_sm and rules) never run torch. For those,
:func:`skip_unused_torch` makes ``import torch`` fail (``sys.modules["torch"] = None``, the
way Python marks a module as not importable) before spaCy is first imported, so thinc
records torch as absent and the run is what it is where torch is not installed.

It does nothing where torch may be needed or where it is too late to matter: a config file
or ``trf`` (a transformer), an override of the model, the components or ``[nlp]``, a GPU,
spaCy already imported (library use, tests), or ``CLAIMEX_IMPORT_TORCH=1`` in the
environment. This module imports nothing heavy: it runs before spaCy.
"""

from __future__ import annotations

import os
import sys

TORCHLESS_CONFIGS = ("default", "rules")
MODEL_KEYS = ("claimex.model", "components", "nlp")


def torch_unused(config: str, overrides: list[str] | None, gpu: int = -1) -> bool:
    """Whether a run with these ``-c``, ``--set`` and ``--gpu`` values cannot use torch."""
    keys = [item.partition("=")[0].strip().removeprefix("--") for item in overrides or []]
    return (config in TORCHLESS_CONFIGS and gpu < 0
            and not any(key == prefix or key.startswith(prefix + ".")
                        for key in keys for prefix in MODEL_KEYS)
            and os.environ.get("CLAIMEX_IMPORT_TORCH", "") in ("", "0"))


def skip_unused_torch(config: str, overrides: list[str] | None, gpu: int = -1) -> bool:
    """Mark torch as not importable when this run cannot use it and neither thinc nor torch
    is imported yet; True if it did."""
    if not torch_unused(config, overrides, gpu) or "thinc" in sys.modules \
            or "torch" in sys.modules:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]
    return True
