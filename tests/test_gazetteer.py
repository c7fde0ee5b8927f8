"""The gazetteer's data files stay well-formed and its names reach the
spelling check: a bad row becomes a false alarm or a wrong suggestion in
every newsroom that runs the tool."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaksi_lint import Config, lint_text
from redaksi_lint.data import load_tsv
from redaksi_lint.gazetteer import TRUSTED_KINDS, is_name_word, name_kinds
from redaksi_lint.lexicon import get_lexicon

AREA_KINDS = {"provinsi", "kabupaten", "kota", "kecamatan"}
INSTITUTION_KINDS = {"kementerian", "kementerian-lama", "lembaga", "lembaga-lama", "keamanan",
                     "daerah", "organisasi", "provinsi", "wilayah"}
# A word of a name: a capital, then letters, hyphen- or apostrophe-joined
# parts (Sigala-Gala, O'o'u), or a Roman numeral (IV Koto).
NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z]*(?:['-][A-Za-z]+)*|[IVXL]+)$")


def test_areas_are_well_formed_and_unique() -> None:
    rows = load_tsv("gazetteer-areas.tsv")
    assert all(len(row) == 4 for row in rows)
    assert [r for r, n in Counter(rows).items() if n > 1] == []
    kinds = Counter(row[1] for row in rows)
    assert set(kinds) == AREA_KINDS
    assert kinds["provinsi"] >= 38 and kinds["kabupaten"] + kinds["kota"] >= 500
    assert kinds["kecamatan"] >= 7000
    bad = [row[0] for row in rows if not all(NAME_WORD.match(w) for w in row[0].split())]
    assert bad == []


def test_areas_name_their_province_and_regency() -> None:
    rows = load_tsv("gazetteer-areas.tsv")
    provinces = {row[0] for row in rows if row[1] == "provinsi"}
    parents = {f"{'Kabupaten' if row[1] == 'kabupaten' else 'Kota'} {row[0]}"
               for row in rows if row[1] in ("kabupaten", "kota")}
    assert [row for row in rows if row[3] not in provinces] == []
    districts = [row for row in rows if row[1] == "kecamatan"]
    assert [row for row in districts if row[2] not in parents] == []
    assert [row for row in rows if row[1] != "kecamatan" and row[2]] == []


def test_institutions_are_well_formed_and_unique() -> None:
    rows = load_tsv("institutions.tsv")
    assert len(rows) >= 150
    assert all(len(row) == 3 and row[1] and row[2] in INSTITUTION_KINDS for row in rows)
    shorts = [row[0] for row in rows if row[0]]
    assert [s for s, n in Counter(shorts).items() if n > 1] == []


def test_institutions_do_not_list_a_house_list_misspelling() -> None:
    """names.tsv holds the misspellings N302 corrects; a listed name here that
    is one of them would make the correction a known name."""
    variants = {v for row in load_tsv("names.tsv", 3) for v in row[1].split("|") if v}
    rows = load_tsv("institutions.tsv")
    assert [name for row in rows for name in row[:2] if name in variants] == []


def test_area_prefixes_name_known_kinds() -> None:
    rows = load_tsv("area-prefixes.tsv")
    assert rows and all(len(row) == 2 or (len(row) == 3 and row[2] == "title") for row in rows)
    assert {k for row in rows for k in row[1].split(",")} <= AREA_KINDS


@pytest.mark.parametrize("word", ["Sleman", "Cikajang", "Kemenkes", "Timur", "KALIMANTAN"])
def test_listed_words_are_names(word: str) -> None:
    assert is_name_word(word)
    assert get_lexicon().is_name(word)


@pytest.mark.parametrize("word", ["sleman", "Budi", "dan", "Kalimantann"])
def test_other_words_are_not(word: str) -> None:
    assert not is_name_word(word)


def test_district_word_near_a_frequent_word_is_no_known_name() -> None:
    """Thousands of districts: one that is a slip of a common word (Bokan ~
    bukan) still lets the spelling check catch that slip at a sentence start."""
    assert name_kinds("Bokan") == {"kecamatan"}
    assert not name_kinds("Bokan") & TRUSTED_KINDS
    assert not get_lexicon().is_name("Bokan")


def test_listed_regency_at_sentence_start_is_not_a_typo() -> None:
    found = lint_text("Seluma menjadi perhatian warga sejak pekan lalu.", Config(select=["S101"]))
    assert found == []


def _build_script() -> ModuleType:
    path = Path(__file__).parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("raw", "expected"), [
    ("Timang gajah", ["Timang Gajah"]),
    ("Kep. Masaloka Raya", ["Kepulauan Masaloka Raya"]),
    ("Tiro/Truseb", ["Tiro", "Truseb"]),
    ("Misool (Misool Utara)", ["Misool", "Misool Utara"]),
    ("IV Koto", ["IV Koto"]),
    ("2 x 11 Kayu Tanam", []),
    ("BTS. Ulu", []),
])
def test_register_names_become_names_as_copy_writes_them(raw: str, expected: list[str]) -> None:
    assert _build_script().forms(raw) == expected


_REGENCIES = sorted({row[0] for row in load_tsv("gazetteer-areas.tsv") if row[1] == "kabupaten"})


@settings(deadline=None, max_examples=60)
@given(st.sampled_from(_REGENCIES))
def test_a_listed_regency_is_never_reported(name: str) -> None:
    text = f"Warga Kabupaten {name} mengungsi ke balai desa."
    assert [d for d in lint_text(text, Config(select=["N303"]))] == []


@settings(deadline=None, max_examples=80)
@given(st.sampled_from(_REGENCIES), st.integers(min_value=0), st.integers(min_value=1),
       st.sampled_from(["drop", "double", "swap"]))
def test_a_slip_in_a_regency_is_corrected_to_that_regency_or_left_alone(
    name: str, which: int, at: int, kind: str
) -> None:
    """Never a wrong name: a slip is reported with the word it came from,
    or not at all (when it is as near another name, or is a word of its own)."""
    words = name.split()
    i = which % len(words)
    word = words[i]
    if len(word) < 5 or not word.isalpha():
        return
    j = 1 + at % (len(word) - 2)
    slipped = {
        "drop": word[:j] + word[j + 1 :],
        "double": word[:j] + word[j] + word[j:],
        "swap": word[:j] + word[j + 1] + word[j] + word[j + 2 :],
    }[kind]
    if slipped == word:
        return
    text = "Warga Kabupaten " + " ".join([*words[:i], slipped, *words[i + 1 :]]) + " mengungsi."
    found = lint_text(text, Config(select=["N303"]))
    assert all(d.suggestions == [word] for d in found), (text, [d.suggestions for d in found])
