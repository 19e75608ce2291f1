"""Run the pipeline on a GPU when one can be had (``claimex extract --gpu N``).

spaCy puts its models on the GPU only when it is asked *before* the pipeline is loaded, so
:func:`use_gpu` must be called before :func:`claimex.api.load_pipeline`. spaCy (thinc)
needs CuPy for a CUDA GPU (``pip install "spacy[cuda12x]"``) and, for a transformer
pipeline, a CUDA build of torch; without them, or without a device ``N``, the pipeline runs
on the CPU and a warning says why.
"""

from __future__ import annotations

import logging

import spacy

logger = logging.getLogger("claimex")


def use_gpu(gpu_id: int) -> str:
    """Ask spaCy for GPU ``gpu_id``; return ``"gpu:N"`` if it is in use, else ``"cpu"``.

    A negative id means the CPU (spaCy's own convention for ``--gpu-id -1``) and logs
    nothing. Falling back to the CPU when a GPU was asked for logs a warning.
    """
    if gpu_id < 0:
        return "cpu"
    try:
        active = spacy.prefer_gpu(gpu_id)
    except Exception as exc:  # e.g. CuPy raising for a device id that does not exist
        logger.warning("GPU %d could not be used (%s); running on the CPU", gpu_id,
                       str(exc).strip().splitlines()[0] if str(exc).strip()
                       else type(exc).__name__)
        return "cpu"
    if not active:
        logger.warning("GPU %d is not available (spaCy needs CuPy and a CUDA device, "
                       "e.g. pip install 'spacy[cuda12x]'); running on the CPU", gpu_id)
        return "cpu"
    return f"gpu:{gpu_id}"
