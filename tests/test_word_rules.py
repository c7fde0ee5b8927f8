"""The word-level rules' mechanisms, independent of how complete the curated
lists in dictionaries/ are: affix rebuilding, case keeping, di/ke splitting,
reduplication shorthand."""

from __future__ import annotations

import pytest

from redaksi_lint import lint_text
from redaksi_lint.lexicon import get_lexicon
from redaksi_lint.rules._words import match_case
from redaksi_lint.rules.affix import double_k_form, kpst_form, menge_form
from redaksi_lint.rules.nonstandard import standard_form
from redaksi_lint.rules.preposition import split_preposition
from redaksi_lint.rules.reduplication import expand_shorthand

PAIRS = {"resiko": "risiko", "himbau": "imbau", "ijin": "izin", "rubah": "ubah",
         "aktifitas": "aktivitas", "nafas": "napas"}


@pytest.mark.parametrize(("model", "word", "expected"), [
    ("RESIKO", "risiko", "RISIKO"),
    ("Ramadhan", "ramadan", "Ramadan"),
    ("Ibukota", "ibu kota", "Ibu kota"),
    ("praktek", "praktik", "praktik"),
])
def test_match_case(model: str, word: str, expected: str) -> None:
    assert match_case(model, word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("resiko", "risiko"),
    ("resikonya", "risikonya"),
    ("dihimbau", "diimbau"),
    ("menghimbau", "mengimbau"),
    ("mengijinkan", "mengizinkan"),
    ("beraktifitas", "beraktivitas"),
    ("pernafasan", "pernapasan"),
    ("perubahan", None),  # per- + ubah + -an, a standard word
    ("rumah", None),
])
def test_standard_form_through_affixes(word: str, expected: str | None) -> None:
    assert standard_form(get_lexicon(), word, PAIRS) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("mensukseskan", "menyukseskan"),
    ("menterjemahkan", "menerjemahkan"),
    ("mengkondisikannya", "mengondisikannya"),
    ("mengkritik", None),
    ("memproduksi", None),
    ("memperhatikan", None),
    ("penting", None),
    ("menterinya", None),
])
def test_kpst(word: str, expected: str | None) -> None:
    assert kpst_form(get_lexicon(), word) == expected


def test_menge_and_double_k() -> None:
    lex = get_lexicon()
    assert menge_form(lex, "mensahkan") == "mengesahkan"
    assert double_k_form(lex, "memasukan") == "memasukkan"
    assert double_k_form(lex, "menunjukannya") == "menunjukkannya"
    assert double_k_form(lex, "memakan") is None
    assert double_k_form(lex, "menarikan") is None


def test_split_preposition() -> None:
    table = {"mana": frozenset({"di", "ke"}), "antara": frozenset({"di"})}
    assert split_preposition("dimana", table) == ("di", "mana")
    assert split_preposition("kemanapun", table) == ("ke", "mana pun")
    assert split_preposition("diantaranya", table) == ("di", "antaranya")
    assert split_preposition("keantara", table) is None
    assert split_preposition("dia", table) is None


@pytest.mark.parametrize(("word", "expected"), [
    ("anak2", "anak-anak"),
    ("Anak2", "Anak-anak"),
    ("anak2nya", "anak-anaknya"),
    ("Rp2", None),
    ("ke2", None),
])
def test_reduplication_shorthand(word: str, expected: str | None) -> None:
    assert expand_shorthand(get_lexicon(), word) == expected


def test_a_word_passed_for_its_context_is_checked_again_in_the_next_draft() -> None:
    """Half of a reduplication (tingi tingi) is R201's, not a rare-word note;
    the word must not be settled for the rest of the run by that: alone, in
    the next draft, it is noted as the slip of tinggi it is."""
    first = lint_text("Gedung itu tingi tingi sekali.")
    assert [d.code for d in first] == ["R201"]
    second = lint_text("Gedung kantor itu sangat tingi dan megah.")
    assert [(d.code, d.suggestions[:1]) for d in second] == [("S101", ["tinggi"])]
