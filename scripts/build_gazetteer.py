#!/usr/bin/env python3
"""Derive dictionaries/gazetteer-areas.tsv from the npm package idn-area-data.

The package lists Indonesia's provinces, regencies (kabupaten), cities (kota)
and districts (kecamatan) after the government's own registers. Its code is
MIT; its data is under the Open Database License (ODbL 1.0), so the derived
file is shared under ODbL as well and the licence text is copied to
dictionaries/licenses/. Run from the repository root:

    python3 scripts/build_gazetteer.py                 # npm pack the pinned version
    python3 scripts/build_gazetteer.py --tarball X.tgz # a tarball already downloaded

Names are written as news copy writes them: title case, without the
"Kabupaten"/"Kota" prefix (the kind column says which prefix the name takes,
so both "Kabupaten Bandung Barat" and "Bandung Barat" are known). Abbreviated
register forms are expanded where the expansion is certain (Kep. ->
Kepulauan, Gn. -> Gunung); rows with other abbreviations or digits are left
out, since news copy does not write them that way.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DICT = ROOT / "dictionaries"
OUT = DICT / "gazetteer-areas.tsv"
LICENSE_OUT = DICT / "licenses" / "idn-area-data-ODbL-1.0.txt"

PACKAGE = "idn-area-data"
VERSION = "4.0.1"

# Register abbreviations whose expansion is certain.
EXPANSIONS = {"Kep.": "Kepulauan", "Gn.": "Gunung"}
# Prefixes the register writes before a regency or city name.
PREFIXES = (
    ("Kabupaten Administrasi ", "kabupaten"),
    ("Kota Administrasi ", "kota"),
    ("Kabupaten ", "kabupaten"),
    ("Kota ", "kota"),
)
ROMAN = re.compile(r"^[IVXL]+$")
WORD = re.compile(r"^[A-Z][a-z]*(?:['-][A-Za-z][a-z]*)*$")


def _fetch(tmp: Path) -> Path:
    """`npm pack` the pinned version into `tmp` (the ordinary npm client)."""
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
        stdout=subprocess.DEVNULL,
    )
    return next(tmp.glob(f"{PACKAGE}-*.tgz"))


def _read(tar: tarfile.TarFile, member: str) -> str:
    handle = tar.extractfile(f"package/{member}")
    if handle is None:
        raise SystemExit(f"{member} missing from the {PACKAGE} tarball")
    return handle.read().decode("utf-8")


def _rows(tar: tarfile.TarFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read(tar, f"data/{name}.csv"))))


def _title(word: str) -> str:
    """A word of a register name as news copy writes it: lowercase words get
    their capital (Timang gajah -> Timang Gajah); Roman numerals stay."""
    if ROMAN.match(word):
        return word
    if word.islower():
        return word[:1].upper() + word[1:]
    return word


def forms(raw: str) -> list[str]:
    """The names news copy would write for one register entry: alternatives
    written with a slash or in parentheses become separate names; None of
    them when a word is an unknown abbreviation or a number."""
    raw = raw.replace("(", "/").replace(")", "")
    out = []
    for part in raw.split("/"):
        words = [EXPANSIONS.get(w, w) for w in part.split()]
        words = [_title(w) for w in words]
        if not words:
            continue
        if any(not (ROMAN.match(w) or WORD.match(w)) for w in words):
            return []  # BTS. Ulu, 2 x 11 Kayu Tanam, KI'E: not how copy writes them
        if all(ROMAN.match(w) for w in words):
            continue
        out.append(" ".join(words))
    return out


def build(tarball: Path) -> list[tuple[str, str, str, str]]:
    """(name, kind, regency or city, province) rows, sorted and unique."""
    with tarfile.open(tarball) as tar:
        provinces = {r["code"]: r["name"] for r in _rows(tar, "provinces")}
        regencies: dict[str, tuple[str, str]] = {}
        rows: set[tuple[str, str, str, str]] = set()
        for name in provinces.values():
            for form in forms(name):
                rows.add((form, "provinsi", "", form))
        province_of = {code: forms(name)[0] for code, name in provinces.items()}
        for r in _rows(tar, "regencies"):
            name, kind = r["name"], ""
            for prefix, k in PREFIXES:
                if name.startswith(prefix):
                    name, kind = name[len(prefix) :], k
                    break
            if not kind:
                raise SystemExit(f"regency without a known prefix: {r['name']!r}")
            province = province_of[r["province_code"]]
            shown = forms(name)
            for form in shown:
                rows.add((form, kind, "", province))
            if shown:
                prefix = "Kabupaten" if kind == "kabupaten" else "Kota"
                regencies[r["code"]] = (f"{prefix} {shown[0]}", province)
        for r in _rows(tar, "districts"):
            parent = regencies.get(r["regency_code"])
            if parent is None:
                continue
            for form in forms(r["name"]):
                rows.add((form, "kecamatan", parent[0], parent[1]))
    return sorted(rows, key=lambda row: (row[0].lower(), row))


def write(rows: list[tuple[str, str, str, str]]) -> None:
    head = (
        "# Indonesian administrative areas: provinces, regencies (kabupaten), cities (kota)\n"
        "# and districts (kecamatan), as news copy writes their names.\n"
        "# Generated by scripts/build_gazetteer.py; do not edit by hand (a newsroom adds\n"
        "# its own names to names.tsv or the config's `accept`).\n"
        f"# Source: npm package {PACKAGE} {VERSION} (data/*.csv), "
        "https://github.com/fityannugroho/idn-area-data\n"
        "# Licence: Open Database License 1.0 (licenses/idn-area-data-ODbL-1.0.txt);\n"
        "# this derived database is shared under the same licence.\n"
        "# Columns: name<TAB>kind<TAB>regency or city (districts only)<TAB>province\n"
        "#   kind: provinsi, kabupaten, kota, kecamatan. A kabupaten or kota is written\n"
        "#   without its prefix: \"Bandung Barat\" stands for \"Kabupaten Bandung Barat\" too.\n"
    )
    body = "".join("\t".join(row) + "\n" for row in rows)
    OUT.write_text(head + body, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", type=Path, help=f"a downloaded {PACKAGE}-{VERSION}.tgz")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tarball = args.tarball or _fetch(Path(tmp))
        rows = build(tarball)
        write(rows)
        with tarfile.open(tarball) as tar:
            LICENSE_OUT.write_text(_read(tar, "data/LICENSE.md"), encoding="utf-8")
    kinds: dict[str, int] = {}
    for row in rows:
        kinds[row[1]] = kinds.get(row[1], 0) + 1
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows", kinds)


if __name__ == "__main__":
    if shutil.which("npm") is None:
        raise SystemExit("npm is needed to download the package (or pass --tarball)")
    main()
