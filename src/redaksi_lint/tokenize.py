"""Indonesian tokenizer and sentence splitter.

Words keep their inner hyphens and apostrophes (kota-kota, Jum'at), clitics stay
on the word (bukunya, kaulah) for the lexicon to analyse, numbers keep their
Indonesian separators (1.000, 3,5, 10.30), and a period after a known
abbreviation (dr., S.H., dll., No.) or an initial does not end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from sys import intern

from .data import load_list
from .document import MASK_CHAR, Document

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_L = rf"(?:[^\W\d_][{_MARKS}]*)"
_APOS = "'’"
# `plain` is the common case (letters, then no letter, mark, digit, hyphen or
# apostrophe) tried first so that most tokens skip the look-aheads of `mixed`;
# it matches exactly what `word` would. The run of spaces before a token is
# consumed by its match instead of failing every alternative at each space: a
# token is its group's span.
TOKEN_RE = re.compile(
    rf"""
    \s*+(?:
    (?P<plain>[^\W\d_]+(?![\w{_MARKS}\-{_APOS}]))
  | (?P<mixed>(?=[\w{_MARKS}]*[^\W\d_])(?=[\w{_MARKS}]*\d)[\w{_MARKS}]+(?:-[\w{_MARKS}]+)*)
  | (?P<word>{_L}+(?:[-{_APOS}]{_L}+)*)
  | (?P<number>\d+(?:[.,]\d+)*)
  | (?P<masked>{MASK_CHAR}+)
  | (?P<punct>[^\s\w{MASK_CHAR}]))
    """,
    re.VERBOSE,
)
# What kind of token each group of TOKEN_RE gives (`plain` is `word`'s fast path).
_GROUP_KINDS = {
    "plain": "word", "word": "word", "mixed": "mixed", "number": "number",
    "masked": "masked", "punct": "punct",
}
# The kind by group number, since Match.lastindex is cheaper to read than lastgroup
# (every alternative is a group, so index 0 never occurs).
_GROUP_NUMBERS = TOKEN_RE.groupindex
_KIND_BY_INDEX: tuple[str, ...] = ("punct", *(
    _GROUP_KINDS[name] for name in sorted(_GROUP_NUMBERS, key=_GROUP_NUMBERS.__getitem__)))
WORD_RE = re.compile(rf"{_L}+(?:[-{_APOS}]{_L}+)*")

SENTENCE_END = frozenset(".!?…")
_MARK_KINDS = frozenset(("punct", "masked"))
CLOSERS = frozenset("\"'”’)]»")
OPENERS = frozenset("\"“‘'([«")


@dataclass(slots=True)
class Token:
    """A run of text: `word`, `mixed` (letters and digits), `number`, `punct`
    or `masked` (non-prose). `sent_start` marks a word that may be capitalised
    because it opens a sentence or a quotation."""

    text: str
    start: int
    end: int
    kind: str
    # text.lower(), computed once: most rules compare lowercase words. For a
    # word with no capital it is the very `text` object, so `tok.text is
    # tok.lower` tells such a word without a string method.
    lower: str
    sent_start: bool = False

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


@dataclass(slots=True)
class Sentence:
    """Tokens[first:last] of one sentence, spanning text[start:end]."""

    start: int
    end: int
    first: int
    last: int


def tokenize(text: str) -> list[Token]:
    """All tokens of `text` (use `Document.prose` so non-prose is masked)."""
    kinds = _KIND_BY_INDEX
    # Token texts are interned: a long draft repeats a few thousand words a
    # hundred thousand times, and one string per word instead of per token
    # keeps a one-line 1 MB draft well inside its memory budget. A lowercase
    # word shares its text as its lowercase form.
    return [
        Token((g := intern(m[k := m.lastindex or 0])), m.start(k), m.end(k), kinds[k],
              g if g.islower() else intern(g.lower()))
        for m in TOKEN_RE.finditer(text)
    ]


@lru_cache(maxsize=1)
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviations written with periods: (case-sensitive set, lowercased set)."""
    items = load_list("abbreviations.txt")
    return frozenset(items), frozenset(i.lower() for i in items)


# Abbreviations are short: a longer run of non-space text before a period is
# not one, and the look-back stays bounded (linear time on any input).
_MAX_ABBREVIATION = 12


def _run_before(text: str, end: int) -> str:
    """The non-space run of text ending at `end`, without leading openers
    ('' when it is longer than any abbreviation)."""
    start = end
    floor = max(0, end - _MAX_ABBREVIATION - 2)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    if start == floor and start > 0 and not text[start - 1].isspace():
        return ""
    run = text[start:end]
    return run.lstrip("\"“‘'([«")


def _is_abbreviation_period(text: str, tokens: list[Token], i: int) -> bool:
    """A period that belongs to an abbreviation, an initial or an ellipsis inside a sentence."""
    tok = tokens[i]
    if tok.text != ".":
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or prev.end != tok.start:
        return False
    run = _run_before(text, tok.end)
    exact, lower = abbreviations()
    if run in exact or run.lower() in lower:
        return True
    # A single capital letter with a period is an initial (A. Rahman, H. Agus).
    return prev.kind == "word" and len(prev.text) == 1 and prev.text.isupper()


# Masked text that is only structure (a tag, a list, quote, heading or table
# marker), unlike a masked handle, URL or code span, which is part of a sentence.
_MARKUP_RE = re.compile(r"(?:(?:<[^<>]*>|[-*+>#|]+|\d{1,9}[.)])\s*)+")


def split_sentences(doc: Document, tokens: list[Token]) -> list[Sentence]:
    """Sentence boundaries: final punctuation followed by space, line breaks
    (a blank line in Markdown, where single line breaks are soft), and the
    start of each block the document names (heading, list item, table cell)."""
    text = doc.prose
    sentences: list[Sentence] = []
    n = len(tokens)
    first = 0

    def close(last: int) -> None:
        nonlocal first
        while first < last and tokens[first].kind == "masked" and _MARKUP_RE.fullmatch(
            doc.text, tokens[first].start, tokens[first].end
        ):
            first += 1  # markup before a sentence (<p>, a list marker) is not part of it
        if last > first:
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last))
        first = last

    soft_breaks = doc.fmt == "md"
    breaks, b = doc.breaks, 0
    after = 0  # tokens before this one have been looked at
    for i in _boundary_candidates(text, tokens, breaks):
        if i < after:
            continue  # a mark or closer taken with the sentence end before it
        tok = tokens[i]
        if breaks and i > first:
            # a block starts between the previous token and this one
            while b < len(breaks) and breaks[b] < tokens[i - 1].end:
                b += 1
            if b < len(breaks) and breaks[b] <= tok.start:
                close(i)
        # line break between this token and the next? (most tokens are
        # followed by nothing or by one space: no slice for those)
        gap, newlines = "", 0
        if i + 1 < n:
            end, nxt_start = tok.end, tokens[i + 1].start
            if nxt_start != end and (nxt_start != end + 1 or text[end] != " "):
                gap = text[end:nxt_start]
                newlines = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
        if tok.kind == "punct" and tok.text in SENTENCE_END and not _is_abbreviation_period(
            text, tokens, i
        ):
            j = i + 1
            while j < n and tokens[j].kind == "punct" and (
                tokens[j].text in SENTENCE_END or tokens[j].text in CLOSERS
            ) and tokens[j].start == tokens[j - 1].end:
                j += 1
            nxt_gap = text[tokens[j - 1].end : tokens[j].start] if j < n else " "
            ends = j >= n or nxt_gap[:1].isspace()
            ellipsis = tok.text == "…" or (j - i >= 3 and tokens[i + 1].text == ".")
            if ends and ellipsis and j < n:
                # an ellipsis followed by a lowercase word continues the sentence
                nxt = tokens[j]
                ends = not (nxt.kind == "word" and nxt.text[:1].islower())
            if ends:
                close(j)
                after = j
                continue
            if ellipsis:
                after = j
                continue
        if newlines and (not soft_breaks or newlines > 1 or _blank_between(gap)):
            close(i + 1)
        after = i + 1
    close(n)
    _mark_sentence_starts(text, tokens, sentences)
    return sentences


# What can end a sentence: a final mark, or a line break after a token.
_BOUNDARY_RE = re.compile(r"[.!?…\r\n]")


def _boundary_candidates(text: str, tokens: list[Token], breaks: list[int]) -> list[int]:
    """The tokens where a sentence may end or a block begin, in order: a final
    mark, the token before a line break, the first token after a block break.
    Every other token continues the sentence it is in, so the splitter looks
    at a tenth of the tokens of ordinary prose."""
    starts = [t.start for t in tokens]
    found = set()
    for m in _BOUNDARY_RE.finditer(text):
        pos = m.start()
        if text[pos] in "\r\n":
            found.add(bisect_right(starts, pos) - 1)  # the token before the break
        else:
            found.add(bisect_left(starts, pos))  # the mark (a token of its own)
    found.update(bisect_left(starts, p) for p in breaks)
    found.discard(-1)
    return sorted(i for i in found if i < len(tokens))


def _blank_between(gap: str) -> bool:
    return bool(re.search(r"\n[ \t]*\r?\n", gap))


def _mark_sentence_starts(text: str, tokens: list[Token], sentences: list[Sentence]) -> None:
    """Flag the first word of each sentence, and a word right after an opening
    quote or bracket, or after a colon (both may legitimately be capitalised)."""
    for s in sentences:
        for k in range(s.first, s.last):
            if tokens[k].kind in ("word", "mixed"):
                tokens[k].sent_start = True
                break
    # most tokens follow a word: only those after a mark or masked text are
    # looked at, found by a C-level pass over the kinds
    after_mark = compress(count(1), map(_MARK_KINDS.__contains__,
                                        map(attrgetter("kind"), tokens[:-1])))
    for k in after_mark:
        prev, tok = tokens[k - 1], tokens[k]
        if tok.kind not in ("word", "mixed"):
            continue
        if (prev.kind == "punct" and (prev.text in "“«([" or (prev.text in "\"'‘" and (
            k < 2 or tokens[k - 2].end < prev.start or tokens[k - 2].text in ":,"))
        )) or (prev.kind == "punct" and prev.text in ":|–—-") or prev.kind == "masked":
            tok.sent_start = True


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of direct quotations (see quotation.py: one model for all rules)."""
    from .quotation import quote_spans as spans

    return spans(text)
