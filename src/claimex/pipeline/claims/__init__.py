"""The ``claimex_claims`` component and its parts: cues (:mod:`.cues`), the linking rules
(:mod:`.registry`, :mod:`.linking`, :mod:`.displacement`), implicit counts
(:mod:`.implicit`), roles (:mod:`.roles`) and how figures relate (:mod:`.narrative`)."""

from claimex.pipeline.claims.component import ClaimFinder, make_claims
from claimex.pipeline.claims.cues import CATEGORIES, CUE_KINDS, builtin_and_user_cues, read_cues
from claimex.pipeline.claims.registry import LINKERS, RULE_NAMES

__all__ = ["CATEGORIES", "CUE_KINDS", "LINKERS", "RULE_NAMES", "ClaimFinder",
           "builtin_and_user_cues", "make_claims", "read_cues"]
