"""Edit distance between short strings (words and names)."""

from __future__ import annotations

from collections.abc import Callable
from operator import ne


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions
    and adjacent transpositions (Isral ~ Israel: 1, Prabwo ~ Prabowo: 1)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def within(a: str, b: str, k: int) -> bool:
    """Is osa_distance(a, b) <= k? The common prefix and suffix are set aside
    (they never change the distance); what remains of a near pair is a letter
    or two, and each further edit is tried at the first differing letter, so
    a far pair is rejected without filling a whole table."""
    if abs(len(a) - len(b)) > k:
        return False
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[-1 - j] == b[-1 - j]:
        j += 1
    a, b = a[i : len(a) - j], b[i : len(b) - j]
    if not a or not b:
        return len(a) + len(b) <= k
    if k <= 1:  # one substitution, or two neighbours swapped
        return k == 1 and len(a) == len(b) and (len(a) == 1 or (len(a) == 2 and a == b[::-1]))
    k -= 1  # a[0] != b[0]: substitute, delete, insert or swap there
    return (within(a[1:], b[1:], k) or within(a[1:], b, k) or within(a, b[1:], k)
            or (a[:2] == b[1::-1] and within(a[2:], b[2:], k)))


class NeighbourIndex:
    """Words within a small edit distance of a probe that begin with the same
    letter (a slip in a name seldom touches its capital), found in buckets
    by first letter and length and confirmed with `within`.

    `limit(word)` is the largest distance at which a word may match; a pair
    matches within the smaller of their two limits."""

    def __init__(self, words: list[str], limit: Callable[[str], int]) -> None:
        self.limit = limit
        # each word with its own limit, worked out once
        self._buckets: dict[tuple[str, int], list[tuple[str, int]]] = {}
        for word in words:
            self._buckets.setdefault((word[:1], len(word)), []).append((word, limit(word)))

    def near(self, probe: str) -> set[str]:
        """Indexed words with the first letter of `probe`, within the pair's limit."""
        own = self.limit(probe)
        first, size = probe[:1], len(probe)
        found: set[str] = set()
        for length in range(size - own, size + own + 1):
            for word, limit in self._buckets.get((first, length), ()):
                pair = min(own, limit)
                if abs(length - size) > pair:
                    continue
                # two words of one length one edit apart differ in one place,
                # or two (a swap): most words are rejected here, by a count in
                # C, before the edit distance is worked out (two edits may
                # shift a whole stretch: a letter taken out and one put in)
                if pair == 1 and length == size and sum(map(ne, probe, word)) > 2:
                    continue
                if within(probe, word, pair):
                    found.add(word)
        return found


_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
_LETTERS = frozenset(_ALPHABET)


def one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(word)
    return out


def swapped_across_one(word: str) -> set[str]:
    """Two letters swapped over the one between them (percapakan for
    percakapan, kebiajakan for kebijakan): a slip of the fingers that edit
    distances count as two substitutions."""
    out = {word[:i] + word[i + 2] + word[i + 1] + word[i] + word[i + 3:]
           for i in range(len(word) - 2) if word[i] != word[i + 2]}
    out.discard(word)
    return out


def is_one_edit(word: str, cand: str) -> bool:
    """Is `cand` in one_edit_away(word)? (A letter inserted or substituted is
    one of a-z, as there.)"""
    n, m = len(word), len(cand)
    i = 0
    while i < min(n, m) and word[i] == cand[i]:
        i += 1
    if m == n:
        if i == n:
            return False
        if word[i + 1 :] == cand[i + 1 :]:
            return cand[i] in _LETTERS
        return (i + 1 < n and word[i] == cand[i + 1] and word[i + 1] == cand[i]
                and word[i + 2 :] == cand[i + 2 :])
    if m == n - 1:
        return word[i + 1 :] == cand[i:]
    if m == n + 1:
        return cand[i] in _LETTERS and cand[i + 1 :] == word[i:]
    return False


class DeletionIndex:
    """Words found by what is left when one letter is taken out: every word
    one edit from a probe shares such a key with it (a letter inserted,
    deleted, substituted or two swapped), so the neighbours of a probe are a
    few dictionary lookups instead of the hundreds of strings one_edit_away
    spells out. Used for the commonest words, which near-miss tests ask about.
    (Each key maps to its words joined by spaces, and each word to itself
    too: a table of strings is quick to load from the cache.)"""

    def __init__(self, words: list[str]) -> None:
        index: dict[str, str] = {}
        for word in words:
            for key in dict.fromkeys((word, *(word[:i] + word[i + 1 :] for i in range(len(word))))):
                index[key] = f"{index[key]} {word}" if key in index else word
        self._index = index

    def one_edit_away(self, word: str) -> set[str]:
        """The indexed words in one_edit_away(word)."""
        get = self._index.get
        found: set[str] = set()
        for key in (word, *(word[:i] + word[i + 1 :] for i in range(len(word)))):
            hits = get(key)
            if hits is not None:
                found.update(hits.split(" "))
        return {c for c in found if is_one_edit(word, c)}
