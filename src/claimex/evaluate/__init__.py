"""``claimex evaluate``: score extracted claims against the gold data of ``../shared/corpora``.

:mod:`~claimex.evaluate.datasets` turns each gold set into documents and gold dicts,
:mod:`~claimex.evaluate.scoring` names the pure scoring rules (claims as ``claimex.claim/1``
dicts), and :mod:`~claimex.evaluate.runner` ties them to extraction or to an existing OUTDIR.
"""

from __future__ import annotations

from claimex.evaluate.datasets import DEFAULT_DATA, KINDS
from claimex.evaluate.runner import Report, evaluate

__all__ = ["DEFAULT_DATA", "KINDS", "Report", "evaluate"]
