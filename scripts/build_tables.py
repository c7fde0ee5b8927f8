#!/usr/bin/env python3
"""Build the tables a check loads (parsed word lists, the suggestion index)
into a folder shipped with the package, so that the first run on a fresh
machine loads them instead of building them and writes nothing to the cache.

Run by the package build (hatch_build.py) and by hand from the repository root:

    python3 scripts/build_tables.py src/redaksi_lint/_prebuilt

Each table is named by a digest of the data (and code) it was built from,
exactly as in the user's cache: a table whose inputs changed since the build is
simply not used, and is built and cached on first use as before.
"""

from __future__ import annotations

import sys
from pathlib import Path

# A draft that makes every rule load what it reads: an unknown word (the
# suggestion index), names, English words, numbers, nonstandard forms,
# foreign terms (the letter triples, the English words in use).
WARM_UP = (
    "Presiden Joko Widodo dan Airlangga Hartato meninjau pasar di Ponorogo.\n"
    "Mereka sudah menyaipakn 3000 personel untuk the annual meeting di kota kota kecil.\n"
    "Praktek itu dihimbau agar supaya berhenti; Rp. 5000 dibayar ke 21 warga.\n"
    "Diskusi lewat chanel resmi, kata warga.\n"
    "Tim memasang webhook dan debian di server.\n"
)


def build(out: Path) -> list[Path]:
    """Build every table into `out` (emptied first); returns the files written."""
    from redaksi_lint import Config, cache, lint_text
    from redaksi_lint.lexicon import get_lexicon
    from redaksi_lint.suggest import get_index

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.pickle"):
        old.unlink()
    # Everything the run stores goes to `out`, and nothing is taken from an
    # earlier build or the user's cache.
    cache.cache_dirs = lambda: [out]  # type: ignore[assignment]
    cache.shipped_dir = lambda: None  # type: ignore[assignment]
    lint_text(WARM_UP, Config())
    get_index(get_lexicon())
    return sorted(out.glob("*.pickle"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "src/redaksi_lint/_prebuilt").resolve()
    written = build(out)
    size = sum(p.stat().st_size for p in written)
    print(f"{len(written)} tables, {size / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
