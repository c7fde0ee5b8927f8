"""Where the report goes: standard output, or `--output-file`. A report file
is written beside its final name and moved into place when complete, so a
reader (a CI step, a browser) never sees half a report, and an interrupted
run leaves the previous report as it was. Missing parent folders are created,
as ruff does."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


class ReportFileError(Exception):
    """The report file cannot be written; the message names it and why."""


@contextlib.contextmanager
def report_sink(path: str | None) -> Iterator[TextIO]:
    """A text stream for the report; the file appears only if the block ends
    without an exception."""
    if path is None:
        yield sys.stdout
        return
    import tempfile

    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ReportFileError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        mode = target.stat().st_mode & 0o7777 if target.exists() else _umask_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ReportFileError(
                f"{path}: cannot write the report ({exc.strerror or exc})") from exc
        raise


def _umask_mode() -> int:
    """The mode a new file gets under the user's umask (mkstemp makes 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
