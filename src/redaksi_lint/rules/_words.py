"""Shared helpers of the word-level KBBI/EYD rules (S103-S108): optional data
files, case keeping, and matching list entries of one or more words."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..data import DataError, load_list, load_tsv
from ..tokenize import Token


def optional_mapping(name: str) -> dict[str, str]:
    """A `wrong<TAB>right` file as a dict with lowercase keys; empty when the
    file is absent (a rule without its list reports nothing)."""
    try:
        rows = load_tsv(name, 2)
    except DataError:
        return {}
    out: dict[str, str] = {}
    for wrong, right in rows:
        key = " ".join(wrong.lower().split())
        if key and right:
            out[key] = right
    return out


def word_set(name: str) -> frozenset[str]:
    """The lowercased entries of a one-per-line file (empty when absent)."""
    return frozenset(w.lower() for w in optional_list(name))


def optional_list(name: str) -> tuple[str, ...]:
    try:
        return load_list(name)
    except DataError:
        return ()


def match_case(model: str, word: str) -> str:
    """`word` in the case pattern of `model`: RESIKO -> RISIKO, Ramadhan ->
    Ramadan, Ibukota -> Ibu kota (only the first letter follows a capital)."""
    letters = [ch for ch in model if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def is_mid_sentence_capital(tok: Token) -> bool:
    """A capitalised word that does not open a sentence: a name first of all."""
    return tok.text[:1].isupper() and not tok.sent_start


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens[first:last] (words separated by single spaces) spell `key`."""

    first: int
    last: int
    start: int
    end: int
    key: str


_SHAPES: dict[tuple[int, int], tuple[object, list[int], dict[str, set[str]]]] = {}


def _phrase_shape(keys: Collection[str],
                  max_words: int) -> tuple[list[int], dict[str, set[str]]]:
    """Entry lengths (longest first) of the multi-word keys, and their second
    words by first word, worked out once per list (the lists are loaded once
    per process)."""
    cached = _SHAPES.get((id(keys), max_words))
    if cached is not None and cached[0] is keys:
        return cached[1], cached[2]
    lengths = sorted({k.count(" ") + 1 for k in keys if " " in k}, reverse=True)
    lengths = [n for n in lengths if n <= max_words]
    seconds: dict[str, set[str]] = {}
    for k in keys:
        if " " in k:
            first, second = k.split(" ", 2)[:2]
            seconds.setdefault(first, set()).add(second)
    if len(_SHAPES) > 64:
        _SHAPES.clear()
    _SHAPES[(id(keys), max_words)] = (keys, lengths, seconds)
    return lengths, seconds


def phrase_matches(
    text: str, tokens: list[Token], keys: Collection[str], max_words: int = 3,
    positions: Mapping[str, Sequence[int]] | None = None,
) -> Iterator[Match]:
    """Longest multi-word entries of `keys` (lowercase, single spaces) that the
    word tokens spell, separated by single spaces; one-word keys are left to
    the caller. `positions` (lowercase word -> token indices, as
    Context.word_positions gives) lets the search visit only the tokens that
    start some entry."""
    lengths, seconds = _phrase_shape(keys, max_words)
    if not lengths:
        return
    if positions is None:
        starts: Iterable[int] = (
            k for k, t in enumerate(tokens) if t.kind == "word" and t.lower in seconds
        )
    else:
        starts = sorted(k for w in seconds.keys() & positions.keys() for k in positions[w])
    free = 0  # matches do not overlap: the next one starts after the last
    last = len(tokens) - 1
    for k in starts:
        if k < free or k == last or tokens[k + 1].lower not in seconds[tokens[k].lower]:
            continue  # no entry goes on with the next word: most starts end here
        for n in lengths:
            span = tokens[k : k + n]
            if len(span) < n or any(t.kind != "word" for t in span):
                continue
            if any(text[a.end : b.start] != " " for a, b in pairwise(span)):
                continue
            key = " ".join(t.lower for t in span)
            if key in keys:
                yield Match(k, k + n, span[0].start, span[-1].end, key)
                free = k + n
                break


def optional_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV file; empty when the file is absent."""
    try:
        return load_tsv(name)
    except DataError:
        return ()
