"""Error codes and the exceptions that carry them.

Input problems never stop a run: they become :class:`~claimex.records.ErrorRecord` lines
with one of the codes below. Problems with how claimex was called (a bad config, an unknown
override, no inputs at all) raise :class:`UsageError`, which the CLI turns into one clear
message and exit code 2.
"""

from __future__ import annotations

INVALID_JSON = "invalid_json"
NOT_AN_OBJECT = "not_an_object"
MISSING_TEXT = "missing_text"
INVALID_TEXT = "invalid_text"
NOT_UTF8 = "not_utf8"
BINARY_FILE = "binary_file"
EMPTY_DOCUMENT = "empty_document"
UNREADABLE = "unreadable"
UNSUPPORTED_FORMAT = "unsupported_format"
NO_INPUTS = "no_inputs"
DUPLICATE_ID = "duplicate_id"
INVALID_PUBLISHED = "invalid_published"
PROCESSING_FAILED = "processing_failed"


class ClaimexError(Exception):
    """Base class of every error claimex raises on purpose."""


class UsageError(ClaimexError):
    """claimex was called in a way it cannot work with; nothing was processed (exit code 2)."""


class ConfigError(UsageError):
    """The pipeline config cannot be read, resolved or loaded."""


class OutdirInUseError(UsageError):
    """Another run holds the lock of the output directory (exit code 2)."""
