"""claimex's spaCy components. Each module holds one component and its thin factory.

The factories are registered through the ``spacy_factories`` entry points in
``pyproject.toml``, so configs can name them without importing claimex first; importing this
package also registers them, for source trees that were never installed.
"""

from claimex.pipeline import (  # noqa: F401
    attribution,
    claims,
    dates,
    entities,
    gazetteer,
    lookups,
    paragraphs,
    tokenization,
)
