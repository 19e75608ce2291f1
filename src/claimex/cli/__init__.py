"""The ``claimex`` command line: thin typer commands over :mod:`claimex.api`.

Exit codes (docs/cli.md): 0 every document processed; 1 some inputs failed (each one is in
``errors.jsonl``, every other document is written); 2 usage or configuration error, nothing
processed. Progress and messages go to stderr; stdout stays clean.
"""

from __future__ import annotations

import os
import sys

from claimex.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console-script entry point: run the app and keep tracebacks away from users."""
    try:
        app(prog_name="claimex")
    except KeyboardInterrupt:
        sys.stderr.write("claimex: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # last line of defence: a message, never a traceback
        if os.environ.get("CLAIMEX_DEBUG"):
            raise
        sys.stderr.write(f"claimex: internal error: {type(exc).__name__}: {exc}\n"
                         "claimex: set CLAIMEX_DEBUG=1 to see the traceback\n")
        sys.exit(1)
