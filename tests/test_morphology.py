"""Affix analysis: the roots behind derived forms, and KPST melting."""

from __future__ import annotations

import pytest

from redaksi_lint.morphology import analyses, derived_forms, melt_kpst, nasal_prefix, skeleton


def roots(word: str) -> set[str]:
    return {a.root for a in analyses(word)}


@pytest.mark.parametrize(
    ("word", "root"),
    [
        ("membaca", "baca"),
        ("menulis", "tulis"),
        ("mengirim", "kirim"),
        ("menyiapkan", "siap"),
        ("memakai", "pakai"),
        ("mengkritik", "kritik"),
        ("memproduksi", "produksi"),
        ("pemutakhiran", "mutakhir"),
        ("kepemimpinan", "pimpin"),
        ("ketidakpastiannya", "pasti"),
        ("diprediksi", "prediksi"),
        ("berenang", "renang"),
        ("bekerja", "kerja"),
        ("belajar", "ajar"),
        ("sebaiknya", "baik"),
        ("diperketat", "ketat"),
        ("bukunyalah", "buku"),
        ("mengebom", "bom"),
    ],
)
def test_root_found(word: str, root: str) -> None:
    assert root in roots(word)


def test_bare_an_is_not_a_strict_analysis() -> None:
    # gencar + -an is not productive: the typo gencaran must not be explained
    assert "gencar" not in roots("gencaran")


def test_kept_kpst_consonant_before_vowel_is_not_analysed() -> None:
    assert "kondisi" not in roots("mengkondisikan")
    assert "pengaruh" not in roots("mempengaruhi")


@pytest.mark.parametrize(
    ("word", "melted"),
    [
        ("mengkondisikannya", "mengondisikannya"),
        ("mempengaruhi", "memengaruhi"),
        ("mensukseskan", "menyukseskan"),
        ("menterjemahkan", "menerjemahkan"),
        ("pengkaderan", "pengaderan"),
    ],
)
def test_melt_kpst(word: str, melted: str) -> None:
    assert melt_kpst(word) == melted


@pytest.mark.parametrize("word", ["mengkritik", "memproduksi", "mentransfer", "membaca", "makan"])
def test_melt_kpst_leaves_clusters_and_other_words(word: str) -> None:
    assert melt_kpst(word) is None


def test_nasal_prefix_generates_standard_forms() -> None:
    assert [nasal_prefix(r) for r in ("baca", "tulis", "kirim", "siap", "kritik", "ambil")] == [
        "membaca", "menulis", "mengirim", "menyiap", "mengkritik", "mengambil",
    ]
    assert "menyiapkan" in set(derived_forms("siap"))


def test_skeleton_matches_english_cognates() -> None:
    assert skeleton("mitigation") == skeleton("mitigation".replace("c", "k"))
    assert skeleton("collaborative") == skeleton("kolaborative")
