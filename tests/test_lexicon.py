"""Lexicon acceptance and suggestions on real-looking news words."""

from __future__ import annotations

import os

import pytest

from redaksi_lint.lexicon import get_lexicon


@pytest.fixture(scope="module")
def lex():  # type: ignore[no-untyped-def]
    return get_lexicon()


@pytest.mark.parametrize(
    "word",
    [
        # affixed forms, some beyond hunspell-id
        "menyiapkan", "diprediksi", "dilansir", "pemutakhiran", "ketidakpastian",
        "keberlanjutan", "memperketat", "pengamanan", "bersepeda", "terdampak",
        # clitics
        "ujarnya", "operasionalnya", "bukunya", "kaulah", "sekalipun", "tegasnya",
        # bare -kan / -i (hunspell-id lacks many)
        "pastikan", "lewati",
        # reduplication and hyphenated words
        "kota-kota", "habis-habisan", "sayur-mayur", "berlari-lari", "makalah-makalahnya",
        "ketar-ketir",
        # bound forms written joined, loanwords
        "antarsesama", "pascapanen", "mitigasi",
    ],
)
def test_known(lex, word: str) -> None:  # type: ignore[no-untyped-def]
    assert lex.is_known(word), word


@pytest.mark.parametrize(
    "word", ["menyaipakn", "persobil", "memintah", "gencaatan", "mengkondisikan",
             "mengkondisikannya", "sehinga", "perushaan", "keberdaannya", "menjdi"],
)
def test_typos_not_known(lex, word: str) -> None:  # type: ignore[no-untyped-def]
    assert not lex.is_known(word), word


def test_gencaran_is_only_plausible(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.status("gencaran") == "plausible"


def test_kpst_variant(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.kpst_variant("mengkondisikannya") == "mengondisikannya"
    assert lex.kpst_variant("mempengaruhi") == "memengaruhi"
    assert lex.kpst_variant("mengkritik") is None
    if "mengkaji" in lex.kpst_exceptions:
        assert lex.kpst_variant("mengkaji") is None  # KBBI keeps k in this homonym
    assert lex.kpst_variant("membaca") is None


def test_frequent_web_typo_is_not_accepted(lex) -> None:  # type: ignore[no-untyped-def]
    # 'kerena' is in the web frequency list, one edit from the far commoner 'karena'
    assert lex.frequent_typo("kerena")
    assert not lex.is_known("kerena")


def test_english(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.is_english("mortgage")
    assert lex.is_english("outlook")
    assert not lex.is_english("xq")


def test_glued(lex) -> None:  # type: ignore[no-untyped-def]
    assert lex.split_glued("kepadapemerintah") == ("kepada", "pemerintah")
    assert lex.split_glued("pemerintah") is None


@pytest.mark.parametrize(
    ("typo", "correct"),
    [
        ("menyaipakn", "menyiapkan"),
        ("memintah", "meminta"),
        ("gencaatan", "gencatan"),
        ("gencaran", "gencatan"),
        ("sehinga", "sehingga"),
        ("menjdi", "menjadi"),
    ],
)
def test_first_suggestion(lex, typo: str, correct: str) -> None:  # type: ignore[no-untyped-def]
    assert lex.suggest(typo)[0] == correct


def test_persobil_suggests_personel(lex) -> None:  # type: ignore[no-untyped-def]
    sugg = lex.suggest("persobil")
    assert "personel" in sugg[:2]
    if "personil" in lex.nonstandard:
        assert sugg[0] == "personel"


def test_clean_text_does_not_build_the_index() -> None:
    from redaksi_lint import suggest
    from redaksi_lint.lexicon import Lexicon

    fresh = Lexicon()
    assert fresh.is_known("menyiapkan")
    assert id(fresh) not in suggest._INDEX


def test_index_cache_survives_unwritable_folders(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from redaksi_lint import cache, suggest
    from redaksi_lint.lexicon import Lexicon

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    writable = tmp_path / "cache"
    monkeypatch.setattr(cache, "cache_dirs", lambda: [blocked / "sub", writable])
    monkeypatch.setattr(cache, "shipped_dir", lambda: None)
    monkeypatch.setattr(suggest, "_build", lambda lex: {"index": 1})
    fresh = Lexicon()
    assert suggest.get_index(fresh) == {"index": 1}
    assert list(writable.glob("symspell-*.pickle"))
    del suggest._INDEX[id(fresh)]
    monkeypatch.setattr(suggest, "_build", lambda lex: {"index": 2})
    assert suggest.get_index(fresh) == {"index": 1}  # read back from the cache
    del suggest._INDEX[id(fresh)]


def test_table_cache_follows_its_file(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from redaksi_lint import cache

    folder = tmp_path / "cache"
    monkeypatch.setattr(cache, "cache_dirs", lambda: [folder])
    data = tmp_path / "daftar.txt"
    data.write_text("kota\ndesa\n", encoding="utf-8")
    builds = []

    def build() -> list[str]:
        builds.append(1)
        return data.read_text(encoding="utf-8").split()

    assert cache.table(data, build) == ["kota", "desa"]
    assert cache.table(data, build) == ["kota", "desa"] and len(builds) == 1  # from the cache
    data.write_text("kota\ndesa\npasar\n", encoding="utf-8")
    assert cache.table(data, build) == ["kota", "desa", "pasar"] and len(builds) == 2
    entries = list(folder.glob("table-*.pickle"))
    assert len(entries) == 1  # the entry of the older file is gone
    entries[0].write_bytes(b"not a pickle")
    assert cache.table(data, build) == ["kota", "desa", "pasar"] and len(builds) == 3


def test_tables_of_one_file_are_kept_apart_and_follow_their_code(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from redaksi_lint import cache

    monkeypatch.setattr(cache, "cache_dirs", lambda: [tmp_path / "cache"])
    data = tmp_path / "daftar.txt"
    data.write_text("kota\ndesa\n", encoding="utf-8")
    code = tmp_path / "kunci.py"
    code.write_text("def key(w): return w.upper()\n", encoding="utf-8")
    builds = []

    def words() -> list[str]:
        builds.append("words")
        return data.read_text(encoding="utf-8").split()

    def keys() -> list[str]:
        builds.append("keys")
        return [w.upper() for w in data.read_text(encoding="utf-8").split()]

    assert cache.table(data, words) == ["kota", "desa"]
    assert cache.table(data, keys, name="kunci", code=code) == ["KOTA", "DESA"]
    assert cache.table(data, words) == ["kota", "desa"]  # not the other table's entry
    assert cache.table(data, keys, name="kunci", code=code) == ["KOTA", "DESA"]
    assert builds == ["words", "keys"]
    code.write_text("def key(w): return w.title()\n", encoding="utf-8")
    cache.table(data, keys, name="kunci", code=code)
    assert builds == ["words", "keys", "keys"]  # the function changed: built again


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0,
                    reason="giving a file to another user needs root")
def test_cache_never_unpickles_another_users_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from redaksi_lint import cache

    cache.store("table-x", "abc", ["kota"], [tmp_path])
    entry = tmp_path / "table-x-abc.pickle"
    assert cache.load("table-x", "abc", [tmp_path]) == ["kota"]
    os.chown(entry, 65534, 65534)
    assert cache.load("table-x", "abc", [tmp_path]) is None


def test_common_neighbours_are_looked_up_once_a_text_asks_often() -> None:
    """A short draft spells out the edits of its few words; from the
    NEIGHBOUR_INDEX_AFTER-th word on, the common words' table answers, and
    both give the same neighbours."""
    from redaksi_lint.distance import one_edit_away
    from redaksi_lint.evidence import NEIGHBOUR_INDEX_AFTER, NEIGHBOUR_INDEX_ZIPF, common_neighbour
    from redaksi_lint.lexicon import Lexicon

    fresh = Lexicon()
    assert fresh.common_slips("dengn") is None
    assert "common_words" not in fresh.__dict__
    early = [common_neighbour(fresh, w) for w in ("dengn", "menganggu", "tahum", "slalu")]
    for _ in range(NEIGHBOUR_INDEX_AFTER):
        fresh.common_slips("kota")
    common = {w for w in one_edit_away("dengn") if fresh.zipf(w) >= NEIGHBOUR_INDEX_ZIPF}
    assert fresh.common_slips("dengn") == common and "dengan" in common
    assert [common_neighbour(fresh, w) for w in ("dengn", "menganggu", "tahum", "slalu")] == early
    assert early[0] == "dengan" and early[3] == "selalu"


def test_ranking_tiers_come_from_the_table_as_they_would_be_weighed(lex) -> None:  # type: ignore[no-untyped-def]
    """The tiers kept with the suggestion index are what `tier` says of each
    word (0, the commonest case, is left out of the table)."""
    from redaksi_lint import suggest

    tiers = suggest.get_tiers(lex)
    assert tiers and all(t > 0 for t in tiers.values())
    for word in sorted(tiers)[:: max(1, len(tiers) // 200)]:
        assert suggest.tier(lex, word) == tiers[word]
    sym = suggest.get_index(lex)
    zero = [w for w in sorted(sym.words)[:: max(1, len(sym.words) // 200)] if w not in tiers]
    assert zero and all(suggest.tier(lex, w) == 0.0 for w in zero)
