"""Writing fixes back to a draft without ever losing what was written.

The file is decoded the way it was read (encoding, BOM, line endings kept),
fixed until no applicable fix remains (the safe ones; the unsafe ones too
when asked), written to a temporary file in the same
folder with the same permissions, and moved over the original in one step;
a file that changed on disk since it was read is left alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .diagnostic import Diagnostic
from .engine import lint_document
from .fix import apply_fixes
from .formats import detect_format, load_document
from .source import InputError, decode_bytes

MAX_PASSES = 5


@dataclass
class FixResult:
    """What fixing one file did: the text before and after, and how many edits."""

    path: str
    before: str
    after: str
    applied: int
    remaining: list[Diagnostic]


def fix_text(text: str, path: str, config: Config | None = None,
             unsafe: bool = False) -> FixResult:
    """Apply the safe fixes (and the unsafe ones when `unsafe`) until none
    remain; each pass re-checks the text."""
    fmt = detect_format(path)
    current, total = text, 0
    remaining: list[Diagnostic] = []
    for _ in range(MAX_PASSES):
        remaining = lint_document(load_document(current, path, fmt), config)
        fixed, count = apply_fixes(current, remaining, unsafe)
        if count == 0 or fixed == current:
            break
        current, total = fixed, total + count
    else:
        remaining = lint_document(load_document(current, path, fmt), config)
    return FixResult(path, text, current, total, remaining)


@dataclass
class FixTally:
    """What a run of `--fix` or `--diff` did over all its files."""

    fixed: int = 0
    remaining: int = 0
    changed_files: int = 0

    def add(self, result: FixResult) -> None:
        self.fixed += result.applied
        self.remaining += len(result.remaining)
        self.changed_files += result.after != result.before

    def summary(self, lang: str = "id", would: bool = False) -> str:
        """`N diperbaiki, M tersisa.` (or English with lang `en`); with `would`,
        what --diff would fix."""
        if lang == "en":
            done = "would be fixed" if would else "fixed"
            return f"{self.fixed} {done}, {self.remaining} remaining."
        done = "akan diperbaiki" if would else "diperbaiki"
        return f"{self.fixed} {done}, {self.remaining} tersisa."


def unified_diff(result: FixResult) -> str:
    import difflib

    return "".join(difflib.unified_diff(
        result.before.splitlines(keepends=True), result.after.splitlines(keepends=True),
        fromfile=f"a/{result.path}", tofile=f"b/{result.path}",
    ))


def fix_file(path: Path, config: Config | None = None, encoding: str | None = None,
             write: bool = True, unsafe: bool = False) -> FixResult:
    """Fix one file in place (or only compute the result with write=False)."""
    if path.suffix.lower() == ".docx":
        raise InputError(".docx files are never rewritten; fix them in the word processor")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc
    decoded = decode_bytes(raw, encoding)
    result = fix_text(decoded.text, str(path), config, unsafe)
    if write and result.after != result.before:
        data = decoded.bom + result.after.encode(decoded.encoding)
        _atomic_write(path, data, raw)
    return result


def _atomic_write(path: Path, data: bytes, original: bytes) -> None:
    """Replace `path` with `data` in one step, unless it changed since it was read."""
    mode = path.stat().st_mode
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode & 0o7777)
        if path.read_bytes() != original:
            raise InputError("file changed on disk while it was being checked; not written")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
