"""The linking rules: one function per grammatical frame (``parsed``), the window rules
that stand in without a parse or where it fails (``windows``); the registry
(:mod:`claimex.pipeline.claims.registry`) walks them in order."""
