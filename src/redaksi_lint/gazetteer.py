"""The gazetteer: Indonesia's provinces, regencies, cities and districts
(`dictionaries/gazetteer-areas.tsv`) and its state institutions with their
short forms (`dictionaries/institutions.tsv`).

Two uses: every capitalised word of a listed name is a known word for the
spelling check (a district name is no typo), and the listed names are the
targets of N303, which reports a near miss of one of them. The tables are
built once and kept in the cache like the other word tables.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import cache
from .data import DataError, data_path, read_tsv

AREAS = "gazetteer-areas.tsv"
INSTITUTIONS = "institutions.tsv"
PREFIXES = "area-prefixes.tsv"
KIND = "table-gazetteer"
WORDS_KIND = "table-gazetteer-words"
# Kinds of area whose names are trustworthy targets on their own: a province,
# regency or city is named often and there are few of them. Districts are
# many (over 7,000) and near every other surname.
MAJOR_KINDS = frozenset({"provinsi", "kabupaten", "kota"})
# Kinds whose names are trusted as they stand: the major areas and the
# institutions with their short forms.
TRUSTED_KINDS = MAJOR_KINDS | {"institution"}
# A word that stands in this many listed names or more (Barat, Utara, Sungai,
# Kementerian) says little about which name is meant.
GENERIC_COUNT = 12
# Longer names (the full names of some institutions) are not matched word by word.
MAX_NAME = 6
# Shorter words are mostly initials, clan names and short forms of other names.
MIN_SLOT_WORD = 4


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The listed names, and what the spelling check and N303 ask of them."""

    # Listed name (words as written) -> its kinds: provinsi, kabupaten, kota,
    # kecamatan, or institution (a full name or short form of institutions.tsv).
    kinds: dict[tuple[str, ...], frozenset[str]]
    # Short form -> full name of an institution (for messages).
    full_names: dict[str, str]
    # Prefix words (Kabupaten, Kecamatan) -> the kinds of area they name;
    # titles (Bupati, Wali Kota) may also stand before a person's name.
    prefixes: dict[tuple[str, ...], frozenset[str]]
    titles: dict[tuple[str, ...], frozenset[str]]
    # Words that stand in many listed names (Barat, Sungai, Kementerian).
    generic: frozenset[str]
    # The words of multi-word names seen from the rest of their name:
    # (words before, words after) -> (listed word, name) pairs.
    slots: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[str, tuple[str, ...]], ...]]
    # One-word names.
    singles: tuple[str, ...]
    # The most words of a listed name that N303 looks at.
    longest: int


@dataclass(frozen=True, slots=True)
class NameWords:
    """The capitalised words of the listed names, as written, -> the kinds
    of the names they stand in: all the spelling check needs (a small table
    of its own, so that a check of a short draft does not load the whole
    gazetteer)."""

    words: dict[str, frozenset[str]]


def _rows(name: str) -> list[tuple[str, ...]]:
    try:
        return read_tsv(name)
    except DataError:
        return []


def _name_words(names: Iterable[tuple[str, ...]]) -> set[str]:
    """The capitalised words of some names (Kalimantan, Kemenkes, Sigala-Gala)."""
    words = {w.strip(",()") for name in names for w in name}
    return {w for w in words
            if w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()}


def _build() -> tuple[Gazetteer, NameWords]:
    kinds: dict[tuple[str, ...], set[str]] = {}
    full_names: dict[str, str] = {}
    for row in _rows(AREAS):
        if len(row) >= 2 and row[0]:
            kinds.setdefault(tuple(row[0].split()), set()).add(row[1])
    for row in _rows(INSTITUTIONS):
        short, full = (*row, "", "")[:2]
        for name in (short, full):
            if name:
                kinds.setdefault(tuple(name.split()), set()).add("institution")
        if short and full:
            full_names.setdefault(short, full)
    prefixes: dict[tuple[str, ...], frozenset[str]] = {}
    titles: dict[tuple[str, ...], frozenset[str]] = {}
    for row in _rows(PREFIXES):
        if len(row) >= 2 and row[0]:
            table = titles if len(row) > 2 and row[2] == "title" else prefixes
            table[tuple(row[0].split())] = frozenset(k.strip() for k in row[1].split(","))
    shared: dict[frozenset[str], frozenset[str]] = {}  # one object per set of kinds

    def one(k: set[str]) -> frozenset[str]:
        return shared.setdefault(frozenset(k), frozenset(k))

    word_kinds: dict[str, set[str]] = {}
    for listed, k in kinds.items():
        for w in _name_words([listed]):
            word_kinds.setdefault(w, set()).update(k)
    counts = Counter(w for name in kinds for w in set(name))
    slots: dict[tuple[tuple[str, ...], tuple[str, ...]], list[tuple[str, tuple[str, ...]]]] = {}
    singles: list[str] = []
    longest = 1
    for listed in kinds:
        if len(listed) == 1:
            if listed[0].isalpha():
                singles.append(listed[0])
            continue
        if len(listed) > MAX_NAME:
            continue
        longest = max(longest, len(listed))
        for i, word in enumerate(listed):
            if len(word) >= MIN_SLOT_WORD and word[:1].isupper() and word.isalpha():
                slots.setdefault((listed[:i], listed[i + 1 :]), []).append((word, listed))
    gaz = Gazetteer(
        kinds={name: one(k) for name, k in kinds.items()},
        full_names=full_names,
        prefixes=prefixes,
        titles=titles,
        generic=frozenset(w for w, c in counts.items() if c >= GENERIC_COUNT),
        slots={key: tuple(v) for key, v in slots.items()},
        singles=tuple(sorted(singles)),
        longest=longest,
    )
    words = NameWords(words={w: one(k) for w, k in word_kinds.items()})
    return gaz, words


@lru_cache(maxsize=1)
def _digest() -> str:
    """Names the cached tables: the three files and this module."""
    raw = Path(__file__).read_bytes()
    for name in (AREAS, INSTITUTIONS, PREFIXES):
        try:
            raw += b"\0" + data_path(name).read_bytes()
        except OSError:
            continue
    return cache.digest(raw)


def _build_and_store() -> tuple[Gazetteer, NameWords]:
    built = _build()
    cache.store(KIND, _digest(), built[0])
    cache.store(WORDS_KIND, _digest(), built[1])
    return built


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer of this process, from the cache while its three files
    and this module are unchanged."""
    value = cache.load(KIND, _digest())
    return value if isinstance(value, Gazetteer) else _build_and_store()[0]


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    """The words of the listed names, from the cache like the gazetteer."""
    value = cache.load(WORDS_KIND, _digest())
    return value if isinstance(value, NameWords) else _build_and_store()[1]


def names() -> frozenset[tuple[str, ...]]:
    """Every listed name, as a tuple of its words (Kalimantan, Timur)."""
    return frozenset(gazetteer().kinds)


def name_kinds(word: str) -> frozenset[str]:
    """The kinds of the listed names `word` (as written) stands in: provinsi,
    kabupaten, kota, kecamatan, institution; empty for no listed name. A word
    in capitals (a headline) counts when it is listed with an initial capital
    (KALIMANTAN, SIGALA-GALA)."""
    words = name_words().words
    found = words.get(word)
    if found is None and word.isupper():
        found = words.get(word.title())
    return found or frozenset()


def is_name_word(word: str) -> bool:
    """Is `word` (as written) a capitalised word of a listed name?"""
    return bool(name_kinds(word))
