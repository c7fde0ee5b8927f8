"""Structures built from the word lists, kept as pickles so that a run loads
them instead of parsing or building again: shipped in the package (built with
it, see scripts/build_tables.py), else in the user's cache folder.

Each entry is named by a kind and a digest of what it was built from; a newer
digest replaces the older entries of its kind. A cache that cannot be read is
rebuilt and one that cannot be written is skipped: the cache only saves time.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

try:  # hashlib would load OpenSSL first, a tenth of a short check's start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

_T = TypeVar("_T")
# Bumped when the cached form of a table changes.
TABLE_VERSION = b"tables-2"


def digest(raw: bytes) -> str:
    """Names a table by what it was built from."""
    return blake2b(raw, digest_size=12, person=TABLE_VERSION).hexdigest()


def cache_dirs() -> list[Path]:
    import tempfile

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return [Path(base) / "redaksi-lint", Path(tempfile.gettempdir()) / "redaksi-lint-cache"]


def shipped_dir() -> Path | None:
    """Tables built when the package was built (scripts/build_tables.py): read
    first, never written, so a fresh machine's first run builds nothing."""
    return Path(__file__).resolve().parent / "_prebuilt"


def load(kind: str, digest: str, folders: list[Path] | None = None) -> Any | None:
    """The cached value, or None when there is none (or it is unreadable)."""
    shipped = shipped_dir() if folders is None else None
    for folder in _search_order(shipped) if folders is None else folders:
        path = folder / f"{kind}-{digest}.pickle"
        if path.is_file() and (folder == shipped or _own(path)):
            try:
                with path.open("rb") as fh:
                    return pickle.load(fh)
            except Exception:  # a corrupt or foreign file: rebuilt by the caller
                continue
    return None


def _search_order(shipped: Path | None) -> Iterator[Path]:
    """The shipped folder, then the cache folders (looked up only when the
    shipped one lacks the entry: tempfile is slow to import)."""
    if shipped is not None:
        yield shipped
    yield from cache_dirs()


def _own(path: Path) -> bool:
    """Only this user's files are unpickled (the fallback folder is in the
    shared temporary directory)."""
    getuid = getattr(os, "getuid", None)
    try:
        return getuid is None or path.stat().st_uid == getuid()
    except OSError:  # removed meanwhile by another run replacing an old entry
        return False


def store(kind: str, digest: str, value: Any, folders: list[Path] | None = None) -> None:
    """Write the value atomically to the first writable folder and drop older
    entries of the same kind there."""
    name = f"{kind}-{digest}.pickle"
    for folder in folders if folders is not None else cache_dirs():
        tmp = folder / f".{name}.{os.getpid()}.tmp"
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            with tmp.open("wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(folder / name)
            for old in folder.glob(f"{kind}-*.pickle"):
                if old.name != name:
                    old.unlink(missing_ok=True)
            return
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)  # a disk that filled up mid-write
            continue


def table(path: Path, build: Callable[[], _T], name: str | None = None,
          code: Path | None = None) -> _T:
    """A table built from a data file, loaded from the cache while the file is
    unchanged: parsing the frequency, root and name lists was a good part of
    the start-up time of a check of one short draft. `name` tells apart two
    tables built from one file; `code` is the source file of a function the
    build applies, so that a change to that function rebuilds the table."""
    try:
        raw = path.read_bytes()
        if code is not None:
            raw += code.read_bytes()
    except OSError:
        return build()
    named = digest(raw)
    kind = "table-" + (name or path.name).replace(".", "-")
    value = load(kind, named)
    if value is None:
        value = build()
        store(kind, named, value)
    return cast(_T, value)
