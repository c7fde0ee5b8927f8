"""A large word list held for membership tests as one sorted string.

A check of a short draft asks the root list, hunspell-id's stems or the English
list about a few hundred words. Unpickling such a list as a set makes a Python
string per word (30,000 to 60,000 of them), which was a good part of the start-up;
a binary search over one string answers a lookup in microseconds with no object
per word. A long draft asks many thousands of times: after SET_AFTER lookups the
words are put in a hash set once, so the set is built only where it pays.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# Lookups answered by binary search before the set is built. Building the set
# of 60,000 words costs about as much as a thousand searches.
SET_AFTER = 1000


class WordSet:
    """A read-only set of words (no empty string, no line break in a word)
    that answers `word in words` exactly as a frozenset of them would."""

    __slots__ = ("_asked", "_set", "_text")

    def __init__(self, words: Iterable[str]) -> None:
        unique = sorted({w for w in words if w})
        if any("\n" in w for w in unique):
            raise ValueError("a word with a line break")
        # "\n" before every word and after the last: each word sits between two
        # line breaks, and the search reads it from the break before it.
        self._text = "\n" + "".join(w + "\n" for w in unique) if unique else "\n"
        self._set: frozenset[str] | None = None
        self._asked = 0

    @classmethod
    def _from_text(cls, text: str) -> WordSet:
        new = cls.__new__(cls)
        new._text, new._set, new._asked = text, None, 0
        return new

    def __reduce__(self) -> tuple[object, tuple[str]]:
        # pickled as its one string: loading it makes one object, not one per word
        return (WordSet._from_text, (self._text,))

    def __contains__(self, word: object) -> bool:
        found = self._set
        if found is not None:
            return word in found
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        self._asked += 1
        if self._asked > SET_AFTER:
            self._set = found = frozenset(self)
            return word in found
        text = self._text
        lo, hi = 0, len(text) - 1  # line breaks: words start after one in [lo, hi)
        while lo < hi:
            start = text.rfind("\n", lo, (lo + hi) // 2 + 1)
            end = text.find("\n", start + 1)
            here = text[start + 1 : end]
            if here == word:
                return True
            if here < word:
                lo = end
            else:
                hi = start
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._text[1:-1].split("\n") if len(self._text) > 1 else ())

    def __len__(self) -> int:
        return self._text.count("\n") - 1
