"""Telling a foreign or technical term from a typo of an Indonesian word.

Documentation and tech copy use product names and English terms as they are
(reddit, eslint, bundler, plugin). Such a word is unknown to every Indonesian
source, like a typo, but other evidence sets it apart. It is asked only of a
word the spelling rule has already found unknown, never of every token:

- the document names it as a thing elsewhere: in a URL or link target, a code
  span, a handle or file name (github.com/eslint/eslint), glued to a dotted
  suffix (hapi.js), or capitalised in mid-sentence (a product's name);
- or no correction is one slip away (a typo is one slip of a known word), and
  the word is spelt against Indonesian phonotactics, with a letter triple
  that Indonesian dictionary words (almost) never have (a final -nt or -ps,
  -dl-, a doubled d, y as a vowel), or it is an English word that Indonesian
  web text uses. The triples are not listed by hand: they are counted over
  the dictionaries (`letter_triples`).

Such a word is reported as an unknown term at `info` level, which asks the
writer to mark a foreign word in italics or as code, not as a typo.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from . import cache
from .data import data_path
from .distance import one_edit_away, osa_distance, swapped_across_one

_T = TypeVar("_T")

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon
    from .rules.base import Context
    from .tokenize import Token

# A letter triple (^ and $ mark the word's edges) seen at most this often in
# the Indonesian dictionary words is foreign to Indonesian spelling.
RARE_TRIPLE = 2
# Web-list words this common count as Indonesian words (unless English).
TRIPLE_WORD_ZIPF = 4.0
# A typo has a correction this close (edits): one slip of a known word, or
# in a long word one slip for every SLIP_SPAN letters (two slips in ten).
CLOSE_DISTANCE = 1
SLIP_SPAN = 5
# A word without a close correction that Indonesian web text writes this
# often (too rarely to be accepted as a word), and that the English list has
# at any rank, is an English term in use (plugin); a glued pair of
# Indonesian words the web repeats (adapula) is in no English list.
TERM_ZIPF = 2.0
# A slip of an English word this common is a typo too (outlok, levverage).
ENGLISH_SLIP_RANK = 20_000
# The chunks of a non-prose span that name things: a URL or path, a handle,
# a dotted file or package name, a code identifier.
_CODE_CHUNK = re.compile(r"[/@`_]|\w\.\w")
# A chunk's parts between these marks; only a part of letters and digits
# alone is a name (eslint in github.com/eslint/eslint), not a hyphenated URL
# slug, which copies a headline, typos and all.
_PART_SEP = re.compile(r"[^A-Za-z0-9-]+")
_NAME_PART = re.compile(r"[a-z]+")
# A word glued to a dotted lowercase suffix: hapi.js, socket.io (no space).
_DOTTED = re.compile(r"\.[a-z]{1,4}(?![A-Za-z])")


def _triples(word: str) -> list[str]:
    """The word's letter triples, its edges marked ^ and $ (final -nt is "nt$")."""
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _digest(*names: str) -> str:
    """Names a cached table: this module and the data files it is built from."""
    raw = Path(__file__).read_bytes()
    for name in names:
        try:
            raw += b"\0" + data_path(name).read_bytes()
        except OSError:
            continue
    return cache.digest(raw)


def _cached(kind: str, names: tuple[str, ...], build: Callable[[], _T]) -> _T:
    digest = _digest(*names)
    value = cache.load(kind, digest)
    if value is None:
        value = build()
        cache.store(kind, digest, value)
    return cast(_T, value)


@lru_cache(maxsize=1)
def _letter_triples(lex: Lexicon) -> dict[str, int]:
    def build() -> dict[str, int]:
        # the stems hold no affixed forms (menyiapkan): the common words of
        # the web list that are not English bring them in
        common = (w for w, z in lex.frequency.items()
                  if z >= TRIPLE_WORD_ZIPF and w.islower() and not lex.is_english(w))
        counts: Counter[str] = Counter()
        for word in {*lex.hunspell_stems, *lex.roots, *common}:
            if word.isalpha() and word.isascii():
                counts.update(_triples(word))
        return dict(counts)

    return _cached("table-letter-triples",
                   ("hunspell/id_ID.dic", "roots.txt", "frequency.tsv", "english.txt"), build)


@lru_cache(maxsize=1)
def _english_in_use(lex: Lexicon) -> frozenset[str]:
    def build() -> frozenset[str]:
        freq = lex.frequency
        return frozenset(w for w in lex.english if freq.get(w, 0.0) >= TERM_ZIPF)

    return _cached("table-english-in-use", ("english.txt", "frequency.tsv"), build)


def english_in_use(lex: Lexicon, word: str) -> bool:
    """An English word (at any rank of the list) that Indonesian web text
    writes at least TERM_ZIPF often: a term taken over as it is (plugin)."""
    return word in _english_in_use(lex)


def letter_triples(lex: Lexicon) -> dict[str, int]:
    """How often each letter triple (word edges included) occurs in the
    lowercase words of the Indonesian dictionaries (hunspell-id stems, the
    Sastrawi root list, the common non-English words of the web list): the
    phonotactics Indonesian spelling allows, loans included (front, korps).
    Cached like the other tables."""
    return _letter_triples(lex)


def foreign_triple(lex: Lexicon, word: str) -> str | None:
    """The first letter triple of the word that Indonesian words (almost)
    never have (`RARE_TRIPLE`), with ^/$ for the word's edges; None when the
    word is spelt as Indonesian words are."""
    at = _foreign_at(lex, word)
    return None if at is None else _triples(word)[at]


def _foreign_at(lex: Lexicon, word: str) -> int | None:
    """Where the first foreign triple starts in "^word$" (None: there is none)."""
    counts = letter_triples(lex)
    for i, triple in enumerate(_triples(word)):
        if counts.get(triple, 0) <= RARE_TRIPLE:
            return i
    return None


def close_correction(lex: Lexicon, word: str, suggestions: list[str]) -> bool:
    """Is one of the corrections as near as a typo's: one slip away, or one
    slip per SLIP_SPAN letters of a long word (menyaipakn -> menyiapkan)?"""
    reach = max(CLOSE_DISTANCE, len(word) // SLIP_SPAN)
    return any(osa_distance(word, s) <= reach for s in suggestions)


def code_words(ctx: Context) -> frozenset[str]:
    """Lowercase letter runs of the document's non-prose chunks that name
    things (URLs, link targets, code spans, handles, file names); once per
    document."""
    cached = ctx.__dict__.get("_code_words")
    if cached is None:
        text = ctx.doc.text
        found: set[str] = set()
        for start, end in ctx.doc.masked:
            for chunk in text[start:end].split():
                if _CODE_CHUNK.search(chunk):
                    found.update(p for p in _PART_SEP.split(chunk.lower())
                                 if _NAME_PART.fullmatch(p))
        cached = ctx.__dict__["_code_words"] = frozenset(found)
    return cached


def dotted_name(ctx: Context, tok: Token) -> bool:
    """The word is glued to a dotted suffix (hapi.js, socket.io)."""
    return _DOTTED.match(ctx.text, tok.end) is not None


def unknown_term(ctx: Context, lex: Lexicon, tok: Token, suggestions: list[str],
                 names: Collection[str] = ()) -> bool:
    """An unknown lowercase word that is a foreign or technical term rather
    than a typo: named as code elsewhere in the document, glued to a dotted
    suffix, written capitalised in mid-sentence elsewhere (`names`: a
    product's name), or, with no correction an easy slip away, spelt against
    Indonesian phonotactics or an English word the web uses in Indonesian
    text."""
    lower = tok.lower
    if lower in code_words(ctx) or dotted_name(ctx, tok) or lower.capitalize() in names:
        return True
    if close_correction(lex, lower, suggestions):
        return False
    at = _foreign_at(lex, lower)
    if at is None and not english_in_use(lex, lower):
        return False
    return not known_one_slip_away(lex, lower, at)


@lru_cache(maxsize=4096)
def known_one_slip_away(lex: Lexicon, word: str, at: int | None = None) -> bool:
    """Is a dictionary word or form one slip away, though no suggestion
    offers it (a nonstandard or rare form: terlanntar, ddimundurkan)? Given
    `at`, where the word's foreign triple starts in "^word$", an edit there
    (the slip that made the word look foreign: keructkan) is checked against
    every form the affix analysis accepts, too."""
    english = lex.english_within(ENGLISH_SLIP_RANK)
    slips = one_edit_away(word) | swapped_across_one(word)
    if any(lex.spell(c) or lex.is_authority(c) or c in english
           or (lex.zipf(c) > 0 and lex.is_known(c)) for c in slips if len(c) > 1):
        return True
    if at is None:
        return False
    # the triple covers word[at - 1 : at + 2]; its letters and the one after
    lo, hi = max(0, at - 1), at + 3
    near = {c for c in slips if c[:lo] == word[:lo] and c[len(c) - len(word) + hi:] == word[hi:]}
    return any(lex.is_known(c) for c in near if len(c) > 1)


def english_run(ctx: Context, lex: Lexicon, k: int) -> bool:
    """Token k stands in a run of three English words, one of them no
    Indonesian word (as an engineer, As an example): a short English phrase,
    where "as an" is not the word asan split by a space."""
    tokens = ctx.tokens
    if k == 0 or k + 1 >= len(tokens):
        return False
    run = tokens[k - 1 : k + 2]
    if any(t.kind != "word" for t in run):
        return False
    words = [t.lower for t in run]
    return all(lex.is_english(w) for w in words) and not all(lex.is_known(w) for w in words)
