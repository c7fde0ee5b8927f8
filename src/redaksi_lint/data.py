"""Reading the language data in `dictionaries/`: plain text an editor can extend.

Lists have one entry per line; TSV files have tab-separated columns. Blank lines
and lines starting with `#` are comments. Files are read once per process.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path


class DataError(RuntimeError):
    """A language data file is missing or malformed (a packaging problem)."""


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """Where the dictionaries are: $REDAKSI_LINT_DATA, inside the installed
    package (wheel), or the source tree's top-level `dictionaries/`."""
    env = os.environ.get("REDAKSI_LINT_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here / "dictionaries", here.parents[1] / "dictionaries"]
    for cand in candidates:
        if cand.is_dir():
            return cand
    raise DataError("redaksi-lint: language data folder 'dictionaries' not found")


def data_path(name: str) -> Path:
    return data_dir() / name


def _lines(name: str) -> list[str]:
    path = data_path(name)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"redaksi-lint: missing data file {path}") from exc
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line.rstrip("\r\n"))
    return out


def read_list(name: str) -> list[str]:
    """Entries of a one-per-line file, stripped (not cached: for large lists
    that the caller turns into its own structure)."""
    return [line.strip() for line in _lines(name)]


def read_tsv(name: str, columns: int | None = None) -> list[tuple[str, ...]]:
    """Rows of a tab-separated file; with `columns`, short rows are padded with ''.
    Not cached, like `read_list`."""
    rows = []
    for line in _lines(name):
        cells = [c.strip() for c in line.split("\t")]
        if columns is not None:
            cells = (cells + [""] * columns)[:columns]
        rows.append(tuple(cells))
    return rows


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line file, stripped; read once per process."""
    return tuple(read_list(name))


@cache
def _tsv_rows(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(read_tsv(name))


@cache
def load_tsv(name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """`read_tsv`, the file read once per process whatever `columns` asks."""
    rows = _tsv_rows(name)
    if columns is None:
        return rows
    return tuple((row + ("",) * columns)[:columns] for row in rows)


@cache
def load_mapping(name: str) -> dict[str, str]:
    """A two-column TSV as a dict (first column lowercased as key)."""
    return {row[0].lower(): row[1] for row in load_tsv(name, 2) if row[0]}
