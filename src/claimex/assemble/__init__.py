"""Record assembly: from a document's analysed chunks to its ``claimex.*`` records.

One concern a module, each importable without the others' callers:

* :mod:`~claimex.assemble.records`: the document, entity and claim records of one input
  (:func:`document_result`), the entry point of the package;
* :mod:`~claimex.assemble.claim_time`: when a claim happened;
* :mod:`~claimex.assemble.attribution`: who makes a claim nobody is quoted for;
* :mod:`~claimex.assemble.entities`: entity records, people linked across a document;
* :mod:`~claimex.assemble.tallies`: claims where the text adds figures up;
* :mod:`~claimex.assemble.results`: what one input produced, also when it failed.

Nothing here runs the pipeline: see :mod:`claimex.extraction`.
"""

from claimex.assemble.records import PendingDocument, document_result
from claimex.assemble.results import (
    DocumentResult,
    EncodedResult,
    encode_result,
    failed_result,
)

__all__ = ["DocumentResult", "EncodedResult", "PendingDocument", "document_result",
           "encode_result", "failed_result"]
