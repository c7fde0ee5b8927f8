"""Slips of the keyboard: which keys neighbour which, and how likely a typo
is as a typing slip of a word (the suggestion ranking and the lexicon's
choice of the word a suspect was meant to be both read it)."""

from __future__ import annotations

# Neighbouring keys on a QWERTY keyboard: a substitution by a neighbour is a
# likelier typo than any other substitution.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Zipf units that one unit of typing cost weighs against a word's frequency
# (chosen on synthetic keyboard typos of frequent words, checked on real ones).
SLIP_WEIGHT = 4.5
# Two letters swapped over the one between them (percapakan): one slip, if a
# less common one than a swap of neighbours.
SWAP_ACROSS_COST = 0.9
# A letter left out (sesuah for sesudah): on slips injected into edited prose,
# 1.0 put the dropped letter's word first 69-72% of the time, 0.85 73-78%,
# with no other kind of slip moving.
DROP_COST = 0.85
# An extra letter that neither repeats nor neighbours the one before it.
EXTRA_COST = 1.25


def _neighbours() -> dict[str, set[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    out: dict[str, set[str]] = {ch: set() for ch in pos}
    for a, (ra, ca) in pos.items():
        for b, (rb, cb) in pos.items():
            if a != b and abs(ra - rb) <= 1 and abs(ca - cb) <= 1:
                out[a].add(b)
    return out


NEIGHBOURS = _neighbours()
VOWEL_SET = frozenset("aeiou")


def _sub_cost(a: str, b: str) -> float:
    """Typing `a` where `b` was meant."""
    if a in NEIGHBOURS.get(b, ()):
        return 0.7  # a neighbouring key
    if a in VOWEL_SET and b in VOWEL_SET:
        return 0.85  # a vowel for a vowel (spelling by ear)
    return 1.1


def typing_cost(typo: str, word: str) -> float:
    """A weighted optimal-string-alignment distance from the intended `word`
    to the `typo`: slips of neighbouring keys, doubled or dropped double
    letters and swapped letters are cheaper than arbitrary edits."""
    n, m = len(word), len(typo)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    # letters left out or typed before the first one that matches cost what
    # they cost inside the word (a dropped first letter is no dearer: ibuat)
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + (0.6 if i > 1 and word[i - 2] == word[i - 1] else DROP_COST)
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + (0.7 if j > 1 and typo[j - 1] == typo[j - 2] else EXTRA_COST)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            w, t = word[i - 1], typo[j - 1]
            # a letter of the word left out (cheaper when it was a double letter):
            # the commonest slip, so a little cheaper than an arbitrary edit
            drop = 0.6 if i > 1 and word[i - 2] == w else DROP_COST
            # an extra letter typed: cheap when it repeats or neighbours the previous,
            # dearer than a dropped one otherwise (statu is status, not satu)
            prev = typo[j - 2] if j > 1 else ""
            extra = 0.7 if prev and (t == prev or t in NEIGHBOURS.get(prev, ())) else EXTRA_COST
            best = min(
                d[i - 1][j] + drop,
                d[i][j - 1] + extra,
                d[i - 1][j - 1] + (0.0 if w == t else _sub_cost(t, w)),
            )
            if i > 1 and j > 1 and w == typo[j - 2] and word[i - 2] == t and w != t:
                best = min(best, d[i - 2][j - 2] + 0.7)
            if (i > 2 and j > 2 and w == typo[j - 3] and word[i - 3] == t
                    and word[i - 2] == typo[j - 2] and w != t):
                best = min(best, d[i - 3][j - 3] + SWAP_ACROSS_COST)
            d[i][j] = best
    return d[n][m]
