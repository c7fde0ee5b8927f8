"""N303 gazetteer-name: a near miss of a listed place or institution name
(Kalimantan Timru, Kemenkess, Kecamatan Cikajng), found even when the right
form stands nowhere in the draft."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..diagnostic import Diagnostic
from ..distance import NeighbourIndex, osa_distance, within
from ..gazetteer import MAX_NAME, TRUSTED_KINDS, Gazetteer, gazetteer, is_name_word
from ..keyboard import NEIGHBOURS
from ..lexicon import Lexicon
from ..tokenize import Token
from . import register
from .base import Context, Rule
from .names import house_names

# Shorter words are mostly initials, clan names and short forms of other names.
MIN_WORD = 4
# A bare word (no listed word beside it) must be this long to be compared.
MIN_BARE_WORD = 5
# The longest prefix (Wakil Wali Kota) looked at before a name.
MAX_PREFIX = 3


@lru_cache(maxsize=4096)
def _near_singles(word: str, wide: bool) -> frozenset[str]:
    """One-word names within reach of `word` (names recur in a long text);
    `wide`: as far as `_limit` allows, else one edit."""
    return frozenset(_singles(wide).near(word))


def _limit(word: str) -> int:
    """Edits allowed between a word and a listed word: one, two from eight letters."""
    return 2 if len(word) >= 8 else 1


def _one(word: str) -> int:
    return 1


@lru_cache(maxsize=2)
def _singles(wide: bool) -> NeighbourIndex:
    """The one-word names, by first letter and length."""
    return NeighbourIndex(list(gazetteer().singles), _limit if wide else _one)


@dataclass(frozen=True, slots=True)
class _Finding:
    right: str
    name: tuple[str, ...]
    bare: bool = False  # no listed word or prefix beside it


@register
class GazetteerName(Rule):
    """Flags a near miss of an Indonesian place or institution name.

    **What it does**: compares capitalised words that no dictionary source
    knows with the gazetteer: the provinces, regencies, cities and districts
    of `dictionaries/gazetteer-areas.tsv` and the institutions and their
    short forms of `dictionaries/institutions.tsv`. A word is reported when
    it is one edit (two for words of eight letters or more) from a word of
    exactly one listed name, and the evidence is strong enough for a news
    copy full of people's and companies' names:

    - the rest of a multi-word name stands beside it (*Kalimantan Timru*,
      *Kementerian Kesehatn*);
    - or a word for the kind of area stands before it (*Kabupaten*, *Kota*,
      *Provinsi*, *Kecamatan*, *Pemkot*…, listed in
      `dictionaries/area-prefixes.tsv`): *Kecamatan Cikajng*; after the
      title of an office (*Bupati*, *Wali Kota*, *Camat*), which a person's
      name follows as often, only a slip of the hand (see below) counts;
    - or, on its own, it is near one province, regency, city or institution
      short form (*Semarng*, *Kemenkess*; a district of a similar name does
      not stand in the way), differs from it by a slip of the hand (a letter
      left out, added, swapped with its neighbour, or a key next to the
      right one), stands beside no other capitalised name and occurs once
      in the draft.

    District names (over 7,000) are targets only with a prefix or a
    distinctive listed word beside them. Words listed on the house list
    (`names.tsv`) are left to N302.

    **Why it matters**: a misspelt place or ministry is a correction the
    paper prints; the spelling check cannot know names, and the right form
    is often nowhere else in the draft.

    **Example**

    Failing: `Kepala Dinas Pendidikan Kalimantan Timru meninjau sekolah.`

    Passing: `Kepala Dinas Pendidikan Kalimantan Timur meninjau sekolah.`

    **Fix**: none automatic (a person may bear a name one letter from a
    place); the suggestion is the listed spelling. A real name that is
    reported goes in the config's `accept` list.
    """

    code = "N303"
    slug = "gazetteer-name"
    data_files = ("gazetteer-areas.tsv", "institutions.tsv", "area-prefixes.tsv")
    fixable = False
    summary = "Nama wilayah atau lembaga mirip nama dalam gazeter, salah ketik"
    summary_en = "Near miss of a listed place or institution name"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens, text, lex = ctx.tokens, ctx.text, ctx.lexicon
        # asked once per distinct token text: a long draft repeats its words
        verdicts: dict[str, bool] = {}
        candidates = []
        for k in ctx.capitalised:  # a candidate has a capital
            t = tokens[k]
            ok = verdicts.get(t.text)
            if ok is None:
                ok = verdicts[t.text] = _candidate(t)
            if ok:
                candidates.append(k)
        if not candidates:
            return
        counts = Counter(tokens[k].text for k in candidates)
        memo: dict[tuple[Any, ...], _Finding | None] = {}
        house = _house_words()
        # a listed or attested word is settled once per distinct word too
        settled: dict[str, bool] = {}
        for k in candidates:
            tok = tokens[k]
            word = tok.text
            skip = settled.get(word)
            if skip is None:
                skip = settled[word] = (word in house or is_name_word(word)
                                        or not _unattested(lex, word))
            if skip:
                continue
            gaz = gazetteer()  # loaded for the first word that may be a slip
            found = self._find(gaz, lex, text, tokens, k, counts[word], memo)
            if found is None or lex.is_english(word.lower()):
                continue  # (the English list is read only for a word near a name)
            if found.bare and lex.zipf(word.lower()) > 0:
                continue  # alone, a word the web attests is a name (Sinai, Bisma)
            yield self._report(gaz, tok, found)

    def _find(
        self, gaz: Gazetteer, lex: Lexicon, text: str, tokens: list[Token], k: int, count: int,
        memo: dict[tuple[Any, ...], _Finding | None] | None = None,
    ) -> _Finding | None:
        word = tokens[k].text
        before, after = _run(text, tokens, k, -1), _run(text, tokens, k, 1)
        # the answer rests on the words around only: a repeated phrase is settled once
        key = (word, tuple(before), tuple(after), count)
        if memo is not None and key in memo:
            return memo[key]
        result = self._search(gaz, lex, tokens, word, before, after, count)
        if memo is not None:
            memo[key] = result
        return result

    def _search(
        self, gaz: Gazetteer, lex: Lexicon, tokens: list[Token], word: str, before: list[str],
        after: list[str], count: int,
    ) -> _Finding | None:
        found: set[tuple[int, str, tuple[str, ...]]] = set()
        for i in range(min(len(before), gaz.longest - 1) + 1):
            for j in range(min(len(after), gaz.longest - 1 - i) + 1):
                left = tuple(before[len(before) - i :]) if i else ()
                right = tuple(after[:j])
                if not left and not right:
                    continue
                for listed, name in gaz.slots.get((left, right), ()):
                    if word[0] != listed[0] or not within(word, listed, _limit(word)):
                        continue
                    kinds = gaz.kinds[name]
                    anchors = [w for w in left + right if w not in gaz.generic]
                    prefixed = bool(_prefix_kinds(gaz.prefixes, before[: len(before) - i]) & kinds)
                    if kinds & TRUSTED_KINDS or anchors or prefixed:
                        found.add((osa_distance(word, listed), listed, name))
        if found:
            best = min(d for d, _, _ in found)
            closest = sorted((len(n), w, n) for d, w, n in found if d == best)
            if len({w for _, w, _ in closest}) != 1:
                return None  # near two listed names: nothing to choose
            _, listed, name = closest[0]
            return _Finding(listed, name)
        return self._single(gaz, word, before, count,
                            _named_beside(lex, tokens, before, after))

    @staticmethod
    def _single(
        gaz: Gazetteer, word: str, before: list[str], count: int,
        named_beside: bool,
    ) -> _Finding | None:
        """A word that would be a one-word listed name: trusted after a
        prefix of its kind, or on its own when it is a major name."""
        prefix = _prefix_kinds(gaz.prefixes, before)
        title = _prefix_kinds(gaz.titles, before)
        near = _near_singles(word, bool(prefix))
        if not near:
            return None
        best = min(osa_distance(word, n) for n in near)
        near = frozenset(n for n in near if osa_distance(word, n) == best)
        if prefix or title:
            fitting = [n for n in near if gaz.kinds[(n,)] & (prefix | title)]
            if len(fitting) != 1:
                return None
            if not prefix and (best > 1 or named_beside or not _slip(word, fitting[0])):
                return None  # Bupati Kustini: after a title, a person's name is as likely
            return _Finding(fitting[0], (fitting[0],))
        if len(word) < MIN_BARE_WORD or count > 1 or best > 1 or named_beside:
            return None  # a spelling the draft repeats, or a word of a person's name
        # Weighed by size: a province, regency, city or institution is the
        # likely target even when a district of a similar name exists.
        trusted = [n for n in near if gaz.kinds[(n,)] & TRUSTED_KINDS]
        if len(trusted) != 1 or not _slip(word, trusted[0]):
            return None
        return _Finding(trusted[0], (trusted[0],), bare=True)

    def _report(self, gaz: Gazetteer, tok: Token, found: _Finding) -> Diagnostic:
        name = " ".join(found.name)
        full = gaz.full_names.get(name)
        shown = f"{name} ({full})" if full and full != name else name
        return self.report(
            tok.start, tok.end,
            f"Tulis '{found.right}', bukan '{tok.text}' (nama terdaftar: {shown}).",
            f"Write '{found.right}', not '{tok.text}' (listed name: {shown}).",
            [found.right],
        )


def _candidate(tok: Token) -> bool:
    """A capitalised word in lowercase after its capital (no acronym, no
    McDonald), of letters only."""
    word = tok.text
    return (
        tok.kind == "word" and len(word) >= MIN_WORD and word[0].isupper()
        and word[1:].islower() and word.isalpha() and word.isascii()
    )


def _unattested(lex: Lexicon, word: str) -> bool:
    """Unknown to the dictionary sources and not attested on the web (unless
    as a common typo of a frequent word). The spelling check has asked the
    same of every capitalised word, so the answers are cached."""
    low = word.lower()
    if lex.status(low) == "known":
        return False
    return lex.zipf(low) == 0 or lex.frequent_typo(low)


def _run(text: str, tokens: list[Token], k: int, step: int) -> list[str]:
    """The words joined to token k by single spaces, outward (before: in text
    order), at most MAX_NAME + MAX_PREFIX of them."""
    out: list[str] = []
    j = k
    while len(out) < MAX_NAME + MAX_PREFIX:
        nxt = j + step
        if not 0 <= nxt < len(tokens) or tokens[nxt].kind != "word":
            break
        a, b = (tokens[nxt], tokens[j]) if step < 0 else (tokens[j], tokens[nxt])
        if text[a.end : b.start] != " ":
            break
        out.append(tokens[nxt].text)
        j = nxt
    return out[::-1] if step < 0 else out


def _named_beside(lex: Lexicon, tokens: list[Token], before: list[str],
                  after: list[str]) -> bool:
    """A capitalised word that is no common word stands next to the word
    (Fitri Barnas, Bernard Tapie): the two are one unlisted name."""
    for word in before[-1:] + after[:1]:
        if word[:1].isupper() and not is_name_word(word) and not lex.is_known(word.lower()):
            return True
    return False


def _slip(word: str, right: str) -> bool:
    """One slip of the hand between `right` and `word`: a letter left out,
    added or swapped with its neighbour, or a key next to the right one
    struck. Names of people differ from place names in other ways (Tapie,
    Tapin)."""
    if len(word) != len(right):
        return True  # within one edit: a letter left out or added
    diff = [i for i, (a, b) in enumerate(zip(word.lower(), right.lower(), strict=True)) if a != b]
    if len(diff) == 2:
        return True  # two neighbours swapped
    return len(diff) == 1 and right.lower()[diff[0]] in NEIGHBOURS.get(
        word.lower()[diff[0]], ())


def _prefix_kinds(table: dict[tuple[str, ...], frozenset[str]],
                  before: list[str]) -> frozenset[str]:
    """The kinds of area named by a prefix (or title) of `table` that ends
    the words `before` (Kabupaten, Wali Kota)."""
    out: frozenset[str] = frozenset()
    for n in range(1, min(MAX_PREFIX, len(before)) + 1):
        out |= table.get(tuple(before[-n:]), frozenset())
    return out


@lru_cache(maxsize=1)
def _house_words() -> frozenset[str]:
    """Words of the house list's names and of their listed misspellings:
    N302 settles those."""
    canon, variants = house_names()
    words = {w for name in canon for w in name.split()}
    words |= {w for key in variants for w in key}
    return frozenset(words)

