"""Repetition: a word typed twice, a line or sentence pasted twice, pleonasms."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count, islice
from operator import eq

from ..diagnostic import Diagnostic, Fix, Severity
from ..document import MASK_CHAR
from ..evidence import function_words
from ..lexicon import Lexicon
from ..morphology import nasal_prefix
from . import register
from ._words import optional_tsv
from .base import Context, Rule
from .spelling import english_sentence

# A repeated sentence or line must be at least this long to be worth a finding:
# short lines (bylines, "Baca juga:" labels, captions) legitimately recur.
MIN_REPEAT_WORDS = 6


_VOWELS = frozenset("aeiou")
# kota- kota, kota -kota, kota - kota: two words around a hyphen with a space.
# Found from the hyphens (few) rather than tried at every word (many).
_LEFT_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]+)( ?)\Z")
_RIGHT_WORD_RE = re.compile(r"( ?)([^\W\d_]+)(?![\w-])")
_WORD_REACH = 64


def _spaced_hyphens(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, left, right) of each `left -right`, `left- right` or
    `left - right` (one space at most on each side, at least one in all)."""
    pos = text.find("-")
    while pos >= 0:
        lo = max(0, pos - _WORD_REACH)
        left = _LEFT_WORD_RE.search(text, lo, pos)
        right = _RIGHT_WORD_RE.match(text, pos + 1)
        # (the look-behind sees past the window: a longer word is no match)
        if left and right and (left.group(2) or right.group(1)):
            yield left.start(), right.end(), left.group(1), right.group(2)
        pos = text.find("-", pos + 1)


def _sound_pair(a: str, b: str) -> bool:
    """Reduplication with a sound change (ketar-ketir, bolak-balik: the same
    consonants; sayur-mayur, lauk-pauk: the same rhyme), as opposed to a
    compound of two words (jual beli, timur laut) that EYD writes apart."""
    if a[1:] == b[1:]:
        return True
    return [c for c in a if c not in _VOWELS] == [c for c in b if c not in _VOWELS]


def _affixed_pair(a: str, b: str) -> bool:
    """Reduplication of a root with meN- on its second half (terus-menerus,
    tolong-menolong, surat-menyurat, tembak-menembak): EYD V writes it with a
    hyphen like any other reduplication."""
    return len(a) >= 3 and b.startswith("me") and b in (nasal_prefix(a), "menge" + a)


def spaced_reduplication(lex: Lexicon, left: str, right: str) -> bool:
    """Would `left-right` be a reduplication (kota-kota, sayur-mayur,
    bolak-balik)? Names (Jakarta - Jakarta) and function words are not."""
    low_a, low_b = left.lower(), right.lower()
    if (right[:1].isupper() and not right.isupper()) or low_a in function_words():
        return False
    joined = f"{low_a}-{low_b}"
    if low_a == low_b:
        return joined in lex.hyphenated or lex.is_known(joined)
    if _affixed_pair(low_a, low_b):
        return lex.is_root(low_a) and lex.is_known(low_b)
    return joined in lex.hyphenated and _sound_pair(low_a, low_b)


@register
class RepeatedWord(Rule):
    """Flags the same word twice in a row, or two words that form a known
    reduplication when joined with a hyphen.

    **What it does**: looks at neighbouring words on one line separated only
    by spaces. In Indonesian a doubled word is usually a reduplication that lost
    its hyphen (kota kota → kota-kota); a doubled function word (yang yang) is
    a slip of the keyboard.

    **Why it matters**: EYD V (Bab II, F "Bentuk Ulang") writes reduplication
    with a hyphen: *kota-kota*, *sayur-mayur*, *ketar-ketir*.

    **Example**

    Failing: `Warga kota kota kecil ikut merayakan.` /
    `Hamas ketar ketir menghadapi serangan itu.` / `Ia yang yang memimpin.`

    Passing: `Warga kota-kota kecil ikut merayakan.`

    A reduplication with a stray space around its hyphen (kota- kota,
    kota -kota, kota - kota, bolak - balik) is written without the spaces,
    and one with meN- on its second half (terus menerus, tolong menolong)
    takes the hyphen too.

    **Fix**: the hyphenated form when it is a valid reduplication; otherwise
    the duplicate is deleted, only with `--unsafe-fixes` (a deletion; a pair
    of English words is not hyphenated without it either).
    """

    code = "R201"
    slug = "repeated-word"
    data_files = ("function-words.txt",)
    severity = Severity.WARNING
    fixable = True
    summary = "Kata berulang (bentuk ulang tanpa tanda hubung?)"
    summary_en = "Repeated word (reduplication missing its hyphen?)"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text, tokens = ctx.text, ctx.tokens
        lex = ctx.lexicon
        listed = lex.hyphenated_pairs
        # only a doubled word, a listed pair (sayur mayur) or tolong menolong
        # can be reported: the token pairs that may be one are found by
        # C-level passes over the lowercase forms, then looked at one by one
        lows = ctx.lowers
        doubled = compress(count(), map(eq, lows, islice(lows, 1, None)))
        pairs = compress(count(), map(listed.__contains__,
                                      zip(lows, islice(lows, 1, None), strict=False)))
        starts_me = {w for w in set(lows) if w[:2] == "me"}
        men = (i - 1 for i in compress(count(), map(starts_me.__contains__, lows))
               if i and lows[i].endswith(lows[i - 1][1:]) and _affixed_pair(lows[i - 1], lows[i]))
        for i in sorted({*doubled, *pairs, *men}):
            a, b = tokens[i], tokens[i + 1]
            low_a, low_b = a.lower, b.lower
            if a.kind != "word" or b.kind != "word" or "-" in a.text or "-" in b.text:
                continue
            gap = text[a.end : b.start]
            if not gap or gap.strip(" "):
                continue
            if b.text[:1].isupper() and not b.text.isupper() and low_a != low_b:
                continue
            joined = f"{low_a}-{low_b}"
            if low_a == low_b:
                if a.text != b.text and b.text[:1].isupper():
                    continue  # Pak Budi Budi? a name repeated with different case
                if low_a not in function_words() and joined in lex.hyphenated:
                    yield self._hyphenate(a.start, b.end, a.text, b.text)
                else:
                    yield self.report(
                        a.start, b.end,
                        f"Kata '{a.text}' ditulis dua kali; hapus salah satunya.",
                        f"The word '{a.text}' is written twice; delete one.",
                        [a.text], Fix(a.end, b.end, "").unsafe(),  # a deletion
                    )
            elif (joined in lex.hyphenated and _sound_pair(low_a, low_b)) or (
                _affixed_pair(low_a, low_b) and lex.is_root(low_a) and lex.is_known(low_b)
            ):
                english = [lex.is_english(w) and not lex.spell(w) for w in (low_a, low_b)]
                if all(english) or english_sentence(ctx, lex, i):
                    continue  # "to do" in an English sentence: English words, not a pair
                diag = self._hyphenate(a.start, b.end, a.text, b.text)
                if diag.fix is not None and any(english):
                    diag.fix = diag.fix.unsafe()
                yield diag
        yield from self._spaced_hyphens(ctx)

    def _spaced_hyphens(self, ctx: Context) -> Iterator[Diagnostic]:
        """kota- kota, kota -kota, kota - kota -> kota-kota: a reduplication
        with a stray space around its hyphen."""
        text, lex = ctx.text, ctx.lexicon
        if " -" not in text and "- " not in text:
            return
        for start, end, left, right in _spaced_hyphens(text):
            if not spaced_reduplication(lex, left, right):
                continue
            yield self._hyphenate(start, end, left, right, spaced=True)

    def _hyphenate(self, start: int, end: int, left: str, right: str,
                   spaced: bool = False) -> Diagnostic:
        joined = f"{left}-{right}"
        if spaced:
            msg = f"Bentuk ulang ditulis dengan tanda hubung tanpa spasi: '{joined}'."
            msg_en = f"A reduplication takes a hyphen without spaces: '{joined}'."
        else:
            msg = f"Bentuk ulang ditulis dengan tanda hubung: '{joined}'."
            msg_en = f"Write the reduplication with a hyphen: '{joined}'."
        return self.report(start, end, msg, msg_en, [joined], Fix(start, end, joined))


_SPACES_RE = re.compile(r"\s+")
# Longer lines are normalised without a list of their words (a one-line draft).
_LONG_LINE = 10_000


def _normal(text: str) -> str:
    """A sentence as compared: spacing, markup (a list marker) and the final
    mark left out, so a list item repeats the sentence it copies (one string,
    no list of words: a one-line draft of a megabyte is one line)."""
    if (text.isprintable() and "  " not in text and MASK_CHAR not in text
            and text[:1] != " " and text[-1:] != " "):
        # no space but single plain ones between words (no line break, tab or
        # other space is printable): already as compared
        return text.rstrip(".!?…")
    if len(text) < _LONG_LINE:
        return " ".join(text.replace(MASK_CHAR, " ").split()).rstrip(".!?…")
    return _SPACES_RE.sub(" ", text.replace(MASK_CHAR, " ")).strip().rstrip(".!?…")


@register
class RepeatedSentence(Rule):
    """Flags a line or a sentence that occurs twice in the document.

    **What it does**: compares lines and sentences of at least six words
    (spaces normalised); the second occurrence is reported and points at the
    first. A CMS copy-paste often leaves a paragraph twice in a draft.

    **Why it matters**: a repeated paragraph is the first thing a reader of a
    published article notices; no editor lets it through.

    **Example**

    Failing: the same paragraph on lines 2 and 5.

    Passing: each paragraph once.

    **Fix**: a wholly repeated line is deleted with its line break, only with
    `--unsafe-fixes`; a repeated sentence inside a paragraph needs an editor.
    Table rows are never compared.
    """

    code = "R202"
    slug = "repeated-sentence"
    severity = Severity.WARNING
    fixable = True
    summary = "Kalimat atau baris berulang"
    summary_en = "Repeated sentence or line"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        doc, text = ctx.doc, ctx.text
        seen_lines: dict[str, int] = {}
        repeated_lines: set[int] = set()
        tables = doc.table_lines  # rows of a table repeat by design: not prose lines
        for idx in range(doc.line_count):
            if idx in tables:
                continue
            start, end = doc.line_span(idx)
            norm = _normal(text[start:end])
            if norm.count(" ") < MIN_REPEAT_WORDS - 1:
                continue
            first = seen_lines.setdefault(norm, idx)
            if first == idx:
                continue
            repeated_lines.add(idx)
            lead = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            yield self.report(
                lead, end,
                f"Baris ini mengulang baris {doc.line_col(doc.line_starts[first])[0]}.",
                f"This line repeats line {doc.line_col(doc.line_starts[first])[0]}.",
                [""], self._delete_line(ctx, idx),
            )
        # Sentences are remembered whatever their length: one normalised text
        # always has the same words, so the length is counted only for a repeat.
        seen: dict[str, int] = {}
        tokens = ctx.tokens
        for sent in ctx.sentences:
            if sent.last - sent.first < MIN_REPEAT_WORDS:
                continue  # fewer tokens than the words needed
            if tables and doc.line_index(sent.start) in tables:
                continue
            norm = _normal(text[sent.start : sent.end])
            earlier = seen.get(norm)
            if earlier is None:
                seen[norm] = doc.line_index(sent.start)
                continue
            words = sum(1 for t in tokens[sent.first : sent.last] if t.kind == "word")
            if words < MIN_REPEAT_WORDS:
                continue
            idx = doc.line_index(sent.start)
            if idx in repeated_lines or earlier in repeated_lines:
                continue  # reported as a whole line
            first_line = doc.line_col(doc.line_starts[earlier])[0]
            yield self.report(
                sent.start, sent.end,
                f"Kalimat ini sudah ada di baris {first_line}.",
                f"This sentence already stands on line {first_line}.",
            )

    @staticmethod
    def _delete_line(ctx: Context, idx: int) -> Fix:
        doc = ctx.doc
        start = doc.line_starts[idx]
        if idx + 1 < doc.line_count:
            return Fix(start, doc.line_starts[idx + 1], "").unsafe()
        # the last line: remove the line break before it instead
        prev_end = doc.line_span(idx - 1)[1]
        return Fix(prev_end, len(doc.text), "").unsafe()


@lru_cache(maxsize=1)
def _pleonasms() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    rows = []
    for row in optional_tsv("pleonasms.tsv"):
        pattern = tuple(row[0].lower().split())
        if pattern:
            rows.append((pattern, row[1], row[2] if len(row) > 2 else ""))
    return tuple(rows)


@lru_cache(maxsize=1)
def _pleonasms_by_first() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for entry in _pleonasms():
        by_first.setdefault(entry[0][0], []).append(entry)
    return by_first


# Plural markers followed by a reduplicated noun (para menteri-menteri).
_PLURAL_MARKERS = frozenset({"para", "banyak", "semua", "berbagai", "sejumlah", "beberapa"})


@register
class RedundantPhrase(Rule):
    """Flags pleonasms: two words that say the same thing.

    **What it does**: matches the phrases of `dictionaries/pleonasms.tsv`
    (agar supaya, demi untuk, adalah merupakan, naik ke atas, sejak dari,
    sangat … sekali) within a sentence, and a plural marker before a
    reduplicated noun (para menteri-menteri).

    **Why it matters**: KBBI marks *pleonasme* as a fault of style; EYD V
    (Bab II, bentuk ulang) notes that reduplication already marks the plural,
    so *para*, *banyak*, *semua* do not take a reduplicated noun.

    **Example**

    Failing: `Pemerintah bekerja keras agar supaya harga turun.` /
    `Para menteri-menteri hadir.`

    Passing: `Pemerintah bekerja keras agar harga turun.` / `Para menteri hadir.`

    **Fix**: the shorter phrase, when the pattern has no gap; it drops words,
    so only with `--unsafe-fixes`.
    """

    code = "R203"
    slug = "redundant-phrase"
    data_files = ("pleonasms.tsv",)
    severity = Severity.WARNING
    fixable = True
    summary = "Ungkapan berlebihan (pleonasme)"
    summary_en = "Redundant phrase (pleonasm)"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens, text = ctx.tokens, ctx.text
        by_first = _pleonasms_by_first()
        # Only sentences holding the first word of a pattern or a plural marker.
        positions = ctx.word_positions
        starts = [s.first for s in ctx.sentences]
        wanted = sorted({
            bisect_right(starts, k) - 1
            for w in (by_first.keys() | _PLURAL_MARKERS) & positions.keys()
            for k in positions[w]
        })
        for sent in (ctx.sentences[i] for i in wanted):
            words = [t for t in tokens[sent.first : sent.last] if t.kind == "word"]
            lows = [t.lower for t in words]
            for i in range(len(words)):
                for pattern, replacement, note in by_first.get(lows[i], ()):
                    end = _match(lows, i, pattern)
                    if end is None:
                        continue
                    start_tok, end_tok = words[i], words[end - 1]
                    phrase = text[start_tok.start : end_tok.end]
                    if "*" in pattern or not replacement:
                        yield self.report(
                            start_tok.start, end_tok.end,
                            f"Ungkapan berlebihan: '{phrase}' ({note}).",
                            f"Redundant phrase: '{phrase}'.",
                        )
                        continue
                    if " ".join(lows[i:end]) != " ".join(pattern):
                        continue
                    fixed = _keep_case(phrase, replacement)
                    yield self.report(
                        start_tok.start, end_tok.end,
                        f"Ungkapan berlebihan: '{phrase}'; cukup '{fixed}' ({note}).",
                        f"Redundant phrase: '{phrase}'; '{fixed}' is enough.",
                        [fixed], Fix(start_tok.start, end_tok.end, fixed).unsafe(),  # drops words
                    )
                if lows[i] in _PLURAL_MARKERS and i + 1 < len(words):
                    nxt = lows[i + 1]
                    left, _, right = nxt.partition("-")
                    if right and left == right and text[words[i].end : words[i + 1].start] == " ":
                        fixed = words[i + 1].text.split("-")[0]
                        yield self.report(
                            words[i].start, words[i + 1].end,
                            f"'{words[i].text}' sudah menyatakan jamak: tulis "
                            f"'{words[i].text} {fixed}'.",
                            f"'{words[i].text}' already marks the plural: write "
                            f"'{words[i].text} {fixed}'.",
                            [f"{words[i].text} {fixed}"],
                            Fix(words[i + 1].start, words[i + 1].end, fixed).unsafe(),
                        )


def _match(lows: list[str], i: int, pattern: tuple[str, ...]) -> int | None:
    """End index (exclusive) of `pattern` matched at lows[i], `*` = 1-3 words."""
    pos = i
    for k, part in enumerate(pattern):
        if part == "*":
            rest = pattern[k + 1 :]
            for gap in (1, 2, 3):
                end = _match(lows, pos + gap, rest) if rest else pos + gap
                if end is not None and end <= len(lows):
                    return end
            return None
        if pos >= len(lows) or lows[pos] != part:
            return None
        pos += 1
    return pos


def _keep_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
