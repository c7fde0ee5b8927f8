"""The corruption benchmark's slip generators make exactly the slip they name, so the
benchmark cannot silently measure something else. Each slip is classified here from
the before/after strings alone, independently of the generator's code."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import slips  # the benchmark's module, not part of the package

VOWELS = set("aeiou")
words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=5, max_size=14)
capitalised = st.builds(lambda w: w[0].upper() + w[1:], words)
seeds = st.integers(0, 2**32)


def run_at(word: str, i: int) -> int:
    """Length of the run of equal letters through position i."""
    lo, hi = i, i + 1
    while lo > 0 and word[lo - 1] == word[i]:
        lo -= 1
    while hi < len(word) and word[hi] == word[i]:
        hi += 1
    return hi - lo


def letter_slip_kind(before: str, after: str) -> str | None:
    """Which one-letter slip turns `before` into `after` (None: none of them)."""
    if len(after) == len(before) - 1:
        for i in range(len(before)):
            if before[:i] + before[i + 1 :] == after:
                doubled_here = (i > 0 and before[i - 1] == before[i]) or (
                    i + 1 < len(before) and before[i + 1] == before[i])
                return "undoubled" if doubled_here else "deleted"
        return None
    if len(after) == len(before) + 1:
        for i in range(len(after)):
            # the inserted letter repeats a neighbour, making a double, not a triple
            if after[:i] + after[i + 1 :] == before and run_at(after, i) == 2:
                return "doubled"
        return None
    if len(after) != len(before):
        return None
    diff = [i for i in range(len(before)) if before[i] != after[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and before[diff[0]] == after[diff[1]] \
            and before[diff[1]] == after[diff[0]]:
        return "swapped"
    if len(diff) == 1:
        old, new = before[diff[0]], after[diff[0]]
        kinds = []
        if old in VOWELS and new in VOWELS:
            kinds.append("vowel")
        if new in slips.QWERTY_NEIGHBOURS.get(old, ""):
            kinds.append("adjacent")
        return "/".join(kinds) or None
    return None


@pytest.mark.parametrize("kind", slips.LETTER_KINDS)
@given(word=words, seed=seeds)
def test_letter_slip_is_the_one_named(kind: str, word: str, seed: int) -> None:
    after = slips.LETTER_SLIPS[kind](word, random.Random(seed))
    if after is None:
        # only a word with no place for the slip is left alone
        pairs = list(itertools.pairwise(word))
        single = [c for i, c in enumerate(word)
                  if word[i - 1 : i] != c and word[i + 1 : i + 2] != c]
        assert {"deleted": not single, "doubled": not single,
                "undoubled": all(a != b for a, b in pairs),
                "swapped": all(a == b for a, b in pairs), "adjacent": False,
                "vowel": not VOWELS & set(word)}[kind], (kind, word)
        return
    assert kind in (letter_slip_kind(word, after) or "").split("/"), (word, after)


@pytest.mark.parametrize("kind", slips.LETTER_KINDS)
@given(word=capitalised, seed=seeds)
def test_letter_slip_keeps_the_capital(kind: str, word: str, seed: int) -> None:
    after = slips.LETTER_SLIPS[kind](word, random.Random(seed), first=1)
    if after is not None:
        assert after[0] == word[0] and after[1:].islower()
        assert kind in (letter_slip_kind(word, after) or "").split("/"), (word, after)


def test_keyboard_neighbours_are_mutual() -> None:
    for key, near in slips.QWERTY_NEIGHBOURS.items():
        for other in near:
            assert key in slips.QWERTY_NEIGHBOURS[other], (key, other)
    assert set(slips.QWERTY_NEIGHBOURS) == set("abcdefghijklmnopqrstuvwxyz")


SENTENCE = ("Kepala Dinas Pendidikan mengatakan bahwa tanggal ujian di sekolah itu "
            "dilakukan kedua kali oleh panitia, kata Hartarto.")
prose = st.lists(st.sampled_from(
    ["Kepala", "Dinas", "Pendidikan", "mengatakan", "tanggal", "ujian", "di", "ke", "sekolah",
     "dilakukan", "kedua", "kali", "oleh", "panitia,", "detik.com", "Rp100", "itu", "pasar",
     "Timur", "Hartarto."]), min_size=8, max_size=20).map(" ".join)


@pytest.mark.parametrize("kind", slips.KINDS)
def test_every_kind_finds_a_place_in_ordinary_prose(kind: str) -> None:
    assert slips.make_slip(kind, SENTENCE, random.Random(1), lambda w: w in {"lakukan", "dua"})


@pytest.mark.parametrize("kind", slips.KINDS)
@given(sentence=prose, seed=seeds)
def test_sentence_slip_is_the_one_named(kind: str, sentence: str, seed: int) -> None:
    slip = slips.make_slip(kind, sentence, random.Random(seed))
    if slip is None:
        return
    before, after = slip.original, slip.wrong
    # only the slipped span changes
    assert slip.corrupted == sentence[: slip.start] + after + sentence[slip.end :]
    assert slip.corrupted != sentence
    if kind in slips.LETTER_KINDS:
        assert before.isalpha() and before.islower() and len(before) >= 5
        assert kind in (letter_slip_kind(before, after) or "").split("/")
    elif kind == "capital":
        assert slip.start > 0 and before[0].isupper() and len(before) >= 5
        assert slip.detail in (letter_slip_kind(before, after) or "").split("/")
    else:
        # one space taken out or put in, nothing else
        assert before.replace(" ", "") == after.replace(" ", "")
        assert abs(before.count(" ") - after.count(" ")) == 1
        if kind in ("lost-space", "dike-glued"):
            assert before.count(" ") == 1 and " " not in after
            assert (before.split()[0] in ("di", "ke")) == (kind == "dike-glued")
        else:
            assert " " not in before and after.count(" ") == 1
            assert (after.split()[0] in ("di", "ke")) == (kind == "dike-split")


def test_words_in_domains_and_numbers_are_left_alone() -> None:
    found = [m.group() for m in slips.plain_words("Baca detik.com, @redaksi dan Rp100 hari")]
    assert found == ["Baca", "dan", "hari"]
