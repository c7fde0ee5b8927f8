"""Realistic typing slips, injected one per sentence by the corruption benchmark.

Pure functions of their input and a seeded `random.Random`, so a run can be
repeated from its seed and the tests can check that each kind makes exactly
the slip it names (one edit, or one space added or removed).

Kinds:
  deleted       a letter left out (not one of a double letter: that is `undoubled`)
  doubled       a letter typed twice (not one already doubled)
  undoubled     a double letter typed once (tanggal -> tangal)
  swapped       two adjacent different letters swapped
  adjacent      a letter replaced by a neighbouring QWERTY key
  vowel         a vowel replaced by another vowel
  lost-space    two lowercase words glued (the first not di/ke: that is `dike-glued`)
  extra-space   a lowercase word of 5+ letters split in two
  dike-glued    the preposition di/ke glued to the next word (di pasar -> dipasar)
  dike-split    a di-/ke- word split after the prefix (dilakukan -> di lakukan)
  capital       one of the letter slips above, in a capitalised word that does not
                start its sentence (a name, an institution, a title-case headline),
                its first letter left alone

Letter slips go into words of 5+ lowercase letters (a-z only); other words are
left alone, as metrics.md counts it.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
LOWER_WORD = re.compile(r"[a-z]{5,}")
CAPITAL_WORD = re.compile(r"[A-Z][a-z]{4,}")
VOWELS = "aeiou"

# Keys that touch each key on a staggered QWERTY keyboard (same row and the rows
# above and below).
QWERTY_NEIGHBOURS = {
    "q": "wa", "w": "qeas", "e": "wrsd", "r": "etdf", "t": "ryfg", "y": "tugh",
    "u": "yihj", "i": "uojk", "o": "ipkl", "p": "ol",
    "a": "qwsz", "s": "awedzx", "d": "serfxc", "f": "drtgcv", "g": "ftyhvb",
    "h": "gyujbn", "j": "huiknm", "k": "jiolm", "l": "kop",
    "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
    "m": "njk",
}

LETTER_KINDS = ("deleted", "doubled", "undoubled", "swapped", "adjacent", "vowel")
SPACE_KINDS = ("lost-space", "extra-space", "dike-glued", "dike-split")
KINDS = (*LETTER_KINDS, *SPACE_KINDS, "capital")
PREPOSITIONS = ("di", "ke")


# -- one slip in one word ------------------------------------------------------------
# Each returns the slipped word, or None when the word offers no place for that
# slip. `first` is the first index that may change (1 keeps a capital letter).


def _single_letter(word: str, rng: random.Random, first: int) -> int | None:
    """A letter that is not one of a double letter (so that deleting or
    doubling it is not an undoubling or a triple), or None."""
    places = [i for i in range(first, len(word))
              if (i == 0 or word[i - 1] != word[i])
              and (i + 1 == len(word) or word[i + 1] != word[i])]
    return rng.choice(places) if places else None


def deleted(word: str, rng: random.Random, first: int = 0) -> str | None:
    i = _single_letter(word, rng, first)
    return None if i is None else word[:i] + word[i + 1 :]


def doubled(word: str, rng: random.Random, first: int = 0) -> str | None:
    i = _single_letter(word, rng, first)
    return None if i is None else word[: i + 1] + word[i] + word[i + 1 :]


def undoubled(word: str, rng: random.Random, first: int = 0) -> str | None:
    places = [i for i in range(max(first, 1), len(word)) if word[i - 1] == word[i]]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1 :]


def swapped(word: str, rng: random.Random, first: int = 0) -> str | None:
    places = [i for i in range(first, len(word) - 1) if word[i] != word[i + 1]]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def adjacent(word: str, rng: random.Random, first: int = 0) -> str | None:
    places = [i for i in range(first, len(word)) if word[i] in QWERTY_NEIGHBOURS]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + rng.choice(QWERTY_NEIGHBOURS[word[i]]) + word[i + 1 :]


def vowel(word: str, rng: random.Random, first: int = 0) -> str | None:
    places = [i for i in range(first, len(word)) if word[i] in VOWELS]
    if not places:
        return None
    i = rng.choice(places)
    return word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1 :]


LETTER_SLIPS: dict[str, Callable[..., str | None]] = {
    "deleted": deleted, "doubled": doubled, "undoubled": undoubled,
    "swapped": swapped, "adjacent": adjacent, "vowel": vowel,
}


# -- one slip in one sentence --------------------------------------------------------


@dataclass(frozen=True)
class Slip:
    """`sentence[start:end]` (the original) becomes `wrong`. `detail` names the
    letter slip used inside a `capital` slip."""

    kind: str
    sentence: str
    start: int
    end: int
    wrong: str
    detail: str = ""

    @property
    def original(self) -> str:
        return self.sentence[self.start : self.end]

    @property
    def corrupted(self) -> str:
        return self.sentence[: self.start] + self.wrong + self.sentence[self.end :]

    @property
    def wrong_end(self) -> int:
        """End of the slipped text in the corrupted sentence."""
        return self.start + len(self.wrong)


def plain_words(sentence: str) -> list[re.Match[str]]:
    """Words standing on their own: not part of a domain, handle, path or number
    (detik.com, @user, Rp1), where no writer types prose."""
    out = []
    for m in WORD_RE.finditer(sentence):
        before = sentence[m.start() - 1] if m.start() else " "
        after = sentence[m.end()] if m.end() < len(sentence) else " "
        after2 = sentence[m.end() + 1] if m.end() + 1 < len(sentence) else " "
        if before in "@#/._\\" or before.isdigit() or after in "/@_\\" or after.isdigit():
            continue
        if after == "." and after2.isalnum():
            continue
        out.append(m)
    return out


def _pairs(words: list[re.Match[str]], sentence: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Neighbouring words with one space between them."""
    return [(a, b) for a, b in itertools.pairwise(words)
            if sentence[a.end() : b.start()] == " "]


def make_slip(kind: str, sentence: str, rng: random.Random,
              is_word: Callable[[str], bool] | None = None) -> Slip | None:
    """One slip of `kind` in `sentence`, at a place chosen by `rng`; None when the
    sentence has no place for it. `is_word` (a dictionary lookup) keeps
    `dike-split` to words whose rest is a word itself (di lakukan, ke dua), the
    way writers mistake a prefix for a preposition."""
    words = plain_words(sentence)
    if kind in LETTER_SLIPS:
        slip = LETTER_SLIPS[kind]
        options = [m for m in words if LOWER_WORD.fullmatch(m.group())]
        rng.shuffle(options)
        for m in options:
            wrong = slip(m.group(), rng)
            if wrong is not None:
                return Slip(kind, sentence, m.start(), m.end(), wrong)
        return None
    if kind == "capital":
        options = [m for m in words[1:] if CAPITAL_WORD.fullmatch(m.group())]
        # a word after a sentence-internal full stop starts a sentence too
        options = [m for m in options if not sentence[: m.start()].rstrip().endswith(
            (".", "!", "?", ":", '"', "“"))]
        rng.shuffle(options)
        for m in options:
            detail = rng.choice(LETTER_KINDS)
            wrong = LETTER_SLIPS[detail](m.group(), rng, first=1)
            if wrong is not None:
                return Slip(kind, sentence, m.start(), m.end(), wrong, detail)
        return None
    if kind == "lost-space":
        pairs = [(a, b) for a, b in _pairs(words, sentence)
                 if a.group().isalpha() and a.group().islower() and a.group() not in PREPOSITIONS
                 and b.group().isalpha() and b.group().islower()]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return Slip(kind, sentence, a.start(), b.end(), a.group() + b.group())
    if kind == "extra-space":
        options = [m for m in words if LOWER_WORD.fullmatch(m.group())]
        if not options:
            return None
        m = rng.choice(options)
        w = m.group()
        cuts = [i for i in range(1, len(w)) if not (i == 2 and w[:2] in PREPOSITIONS)]
        i = rng.choice(cuts)
        return Slip(kind, sentence, m.start(), m.end(), w[:i] + " " + w[i:])
    if kind == "dike-glued":
        pairs = [(a, b) for a, b in _pairs(words, sentence)
                 if a.group() in PREPOSITIONS and b.group().isalpha() and b.group().islower()]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return Slip(kind, sentence, a.start(), b.end(), a.group() + b.group())
    if kind == "dike-split":
        options = [m for m in words
                   if re.fullmatch(r"(?:di|ke)[a-z]{3,}", m.group())
                   and (is_word is None or is_word(m.group()[2:]))]
        if not options:
            return None
        m = rng.choice(options)
        w = m.group()
        return Slip(kind, sentence, m.start(), m.end(), w[:2] + " " + w[2:])
    raise ValueError(f"unknown kind of slip: {kind}")
