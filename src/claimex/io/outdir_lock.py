"""One run per OUTDIR: a run holds an OS lock on ``OUTDIR/.claimex.lock`` while it writes.

Two runs into the same OUTDIR would write the same ``.partial`` files and rename each
other's; the second one to start stops at once instead, with
:class:`~claimex.errors.OutdirInUseError` (the CLI's exit code 2)::

    >>> import tempfile
    >>> from claimex.errors import OutdirInUseError
    >>> out = tempfile.mkdtemp()
    >>> with outdir_lock(out):
    ...     try:
    ...         with outdir_lock(out):
    ...             pass
    ...     except OutdirInUseError:
    ...         print("busy")
    busy

The lock is the operating system's (``flock`` through :mod:`filelock`), not the file: it
goes with the process that holds it, however that process ends. The file stays in OUTDIR
after a run, and a run killed before it could clean up leaves nothing that blocks the next
one (``--resume`` included). An OUTDIR the run created and left empty is removed again, so a
run that stops on a usage error leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from claimex.errors import OutdirInUseError

LOCK_FILE = ".claimex.lock"


@contextmanager
def outdir_lock(outdir: str | Path) -> Iterator[Path]:
    """Hold the lock of ``outdir`` (created if missing) for the block; yields the lock
    file's path. Raises :class:`~claimex.errors.OutdirInUseError` at once, without
    waiting, when another process holds it."""
    out = Path(outdir)
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    path = out / LOCK_FILE
    lock = FileLock(path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise OutdirInUseError(
            f"another claimex run is writing to {out} (it holds the lock {path}): wait for "
            f"it to end, or write to another OUTDIR") from None
    try:
        yield path
    finally:
        if created and [p.name for p in out.iterdir()] == [LOCK_FILE]:
            with suppress(OSError):
                path.unlink()
                out.rmdir()
        lock.release()
