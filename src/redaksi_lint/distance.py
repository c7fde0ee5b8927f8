"""Edit distance between short strings (words and names)."""

from __future__ import annotations

from collections.abc import Callable


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


def deletions(word: str, depth: int) -> set[str]:
    """The word and every string made by deleting up to `depth` of its letters.
    Two words within OSA distance `depth` always share one of these, so an
    index of them finds close words without comparing every pair."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class NeighbourIndex:
    """Words that lie within a small edit distance of a probe, found through
    shared deletions (symmetric-delete) and confirmed with `osa_distance`.

    `limit(word)` is the largest distance at which a word may match; a pair
    matches within the smaller of their two limits. Each word is indexed only
    to its own limit, so an index of mostly short words stays small."""

    def __init__(self, words: list[str], limit: Callable[[str], int]) -> None:
        self.limit = limit
        self._keys: dict[str, list[str]] = {}
        keys = self._keys
        for word in words:
            for key in deletions(word, limit(word)):
                bucket = keys.get(key)
                if bucket is None:
                    keys[key] = [word]
                else:
                    bucket.append(word)

    def near(self, probe: str) -> set[str]:
        """Indexed words within the pair's limit of `probe`."""
        own = self.limit(probe)
        found: set[str] = set()
        for key in deletions(probe, own):
            for word in self._keys.get(key, ()):
                if word not in found and abs(len(word) - len(probe)) <= own:
                    found.add(word)
        limit = self.limit
        return {w for w in found if osa_distance(probe, w) <= min(own, limit(w))}
