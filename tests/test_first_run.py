"""The first run on a fresh machine builds nothing: the tables a check loads
are built with the package (hatch_build.py, scripts/build_tables.py), so an
empty cache costs no more than a warm one and nothing is written to it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from redaksi_lint import cache


def test_the_package_ships_its_tables() -> None:
    shipped = cache.shipped_dir()
    assert shipped is not None
    names = {p.name.rsplit("-", 1)[0] for p in shipped.glob("*.pickle")}
    assert {"symspell", "table-frequency-tsv", "table-roots-txt", "table-english-words"} <= names, (
        "no tables in the package: pip install -e . (or scripts/build_tables.py) builds them")


def test_a_first_run_with_an_empty_cache_writes_nothing(tmp_path: Path) -> None:
    draft = tmp_path / "draf.txt"
    draft.write_text("Mereka sudah menyaipakn 3000 personel di kota kota kecil.\n",
                     encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg"), "TMPDIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "redaksi_lint", str(draft)], env=env,
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and "menyiapkan" in proc.stdout, proc.stderr
    built = [p.name for p in tmp_path.rglob("*.pickle")]
    assert not built, (f"the first run built {built}: the shipped tables are missing or out "
                       "of date (pip install -e . or python scripts/build_tables.py rebuilds them)")
