"""Sentence-level checks (EYD V, Pemakaian Huruf Kapital; Tanda Titik):
K601 capital-after-comma, K602 sentence-start-lowercase, K603
dangling-conjunction, K604 missing-final-punctuation, K605 long-sentence,
K606 capital-mid-sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, count
from typing import Any, ClassVar

from ..diagnostic import Diagnostic, Fix, Severity
from ..document import MASK_CHAR
from ..evidence import function_words
from ..tokenize import CLOSERS, Sentence, Token
from . import register
from ._words import word_set
from .base import Context, Option, Rule

_FINAL = frozenset(".!?")
# The tokens K601 looks after (a mark is a token of its own).
_COMMA_OR_SEMICOLON = frozenset(",;")
_LIST_MARKER_RE = re.compile(r"\s*(?:[-*•·–—]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s|#|>|\|)")
_SENTENCE_END_INSIDE_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_LABEL_RE = re.compile(
    r"\s*(?:baca juga|lihat juga|simak|tonton|penulis|editor|reporter|foto|sumber|"
    r"laporan|wartawan|editor|penyunting|keterangan|caption|video|infografis)\b",
    re.IGNORECASE,
)
_ABBREVIATION_MAX = 4
MIN_DANGLING_WORDS = 3
MIN_LAST_SENTENCE_WORDS = 4
MIN_PARAGRAPH_WORDS = 8



@lru_cache(maxsize=1)
def dangling_words() -> frozenset[str]:
    return word_set("dangling-words.txt")


def _title_case(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


@register
class CapitalAfterComma(Rule):
    """Flags a capitalised common word right after a comma or semicolon.

    **What it does**: reports `…, Seorang pejabat` (or `…; Saya`) where the capitalised
    word is a function word of `dictionaries/function-words.txt` (seorang,
    sebuah, para, yang, dan, ia, mereka …) not followed by another capitalised
    word (a name or title such as `Sang Saka`), a number or a parenthesis.
    Other capitalised words after a comma are names far too often (places in
    a list, days in a dateline: `Jakarta, Selasa`) and are not reported.
    Headlines are not checked.

    **Why it matters**: EYD V (Huruf Kapital) capitalises the first word of a
    sentence and names, not a word after a comma; the capital usually comes
    from a sentence that was joined to the previous one.

    **Example**

    Failing: `Seperti dilansir The Times of Israel, Seorang pejabat Hamas siap berunding.`

    Passing: `Seperti dilansir The Times of Israel, seorang pejabat Hamas siap berunding.`

    **Fix**: lowercases a function word.
    """

    code = "K601"
    slug = "capital-after-comma"
    data_files = ("function-words.txt",)
    severity = Severity.WARNING
    fixable = True
    summary = "Huruf kapital setelah koma"
    summary_en = "Capital letter after a comma"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens, text = ctx.tokens, ctx.text
        funcs = function_words()
        last = len(tokens) - 1
        marks = compress(count(), map(_COMMA_OR_SEMICOLON.__contains__, ctx.lowers))
        after_comma = [
            i + 1 for i in marks
            if 0 < i < last and text[tokens[i].end : tokens[i + 1].start] == " "
        ]
        for i in after_comma:
            tok = tokens[i]
            if tok.kind != "word" or not _title_case(tok.text):
                continue
            if ctx.line_index(tok.start) in ctx.title_lines:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.kind in ("number", "mixed")
                                    or nxt.text in "(\"“:"):
                continue
            lower = tok.lower
            if lower in funcs:
                yield self.report(
                    tok.start, tok.end,
                    f"Setelah tanda '{tokens[i - 1].text}', tulis '{lower}' dengan huruf kecil.",
                    f"After '{tokens[i - 1].text}', write '{lower}' in lowercase.",
                    suggestions=[lower], fix=Fix(tok.start, tok.start + 1, lower[0]),
                )


@register
class CapitalMidSentence(Rule):
    """Flags a capitalised function word between two lowercase words.

    **What it does**: reports a word of `dictionaries/function-words.txt`
    (saya, tidak, tetapi, mereka …) written with a capital in the middle of a
    sentence, with a lowercase word right before it and right after it:
    `ketika Saya merilis`, `komitmen mereka Tidak ada cara`. A capital there
    is either a slip or the start of a sentence whose period was lost. Words
    before or after another capitalised word (a title such as `Ada Apa dengan
    Cinta`, a name), after punctuation, and headlines are left alone.

    **Why it matters**: EYD V (Huruf Kapital) capitalises the first word of a
    sentence and names; a function word is neither (the pronoun *Anda* is not
    a function word of the list and keeps its capital).

    **Example**

    Failing: `Saya perlu dokumentasi ketika Saya merilis proyek baru.`

    Passing: `Saya perlu dokumentasi ketika saya merilis proyek baru.`

    **Fix**: lowercases the word, only with `--unsafe-fixes`: the writer may
    have meant a new sentence (`mereka. Tidak ada`).
    """

    code = "K606"
    slug = "capital-mid-sentence"
    data_files = ("function-words.txt",)
    severity = Severity.WARNING
    fixable = True
    summary = "Kata tugas berhuruf kapital di tengah kalimat"
    summary_en = "Capitalised function word in mid-sentence"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens, text = ctx.tokens, ctx.text
        funcs = function_words()
        for k in ctx.capitalised:
            tok = tokens[k]
            if tok.lower not in funcs or not _title_case(tok.text) or not 0 < k < len(tokens) - 1:
                continue
            prev, nxt = tokens[k - 1], tokens[k + 1]
            if prev.kind != "word" or nxt.kind != "word":
                continue
            if not (prev.text.islower() and nxt.text.islower()):
                continue
            if text[prev.end : tok.start] != " " or text[tok.end : nxt.start] != " ":
                continue
            if ctx.line_index(tok.start) in ctx.title_lines:
                continue
            lower = tok.lower
            yield self.report(
                tok.start, tok.end,
                f"Huruf kapital di tengah kalimat: tulis '{lower}', atau akhiri kalimat "
                "sebelumnya dengan titik.",
                f"A capital in mid-sentence: write '{lower}', or end the sentence before "
                "it with a period.",
                suggestions=[lower], fix=Fix(tok.start, tok.start + 1, lower[0]).unsafe(),
            )


def _prev_line_ends_sentence(ctx: Context, offset: int) -> bool:
    """Does the previous non-blank line end with final punctuation?"""
    text = ctx.text
    before = text[:offset].rstrip().rstrip(MASK_CHAR + " \t\r\n")
    if not before:
        return True
    line_start = before.rfind("\n") + 1
    line = before[line_start:]
    if _LIST_MARKER_RE.match(line) or ctx.line_index(line_start) in ctx.title_lines:
        return False
    return line.rstrip("\"”’)")[-1:] in _FINAL and not line.endswith(("..", "…"))


@register
class SentenceStartLowercase(Rule):
    """Flags a sentence that starts with a lowercase letter.

    **What it does**: a word after a sentence-final period, question or
    exclamation mark (in the same line, or at the start of a line when the
    previous line ends a sentence) that starts with a lowercase letter.
    Left alone: words after an ellipsis, after a quotation that ends with
    `?` or `!` (`"Siapa?" tanya dia`), after a closing quotation mark or a
    possible abbreviation (a short capitalised or unknown word before the
    period), brand-like words with inner capitals (iPhone, eKTP), list items
    and lines continuing a wrapped paragraph.

    **Why it matters**: EYD V (Huruf Kapital) capitalises the first letter of
    the first word of a sentence.

    **Example**

    Failing: `Polisi menahan dua tersangka. keduanya dijerat pasal berlapis.`

    Passing: `Polisi menahan dua tersangka. Keduanya dijerat pasal berlapis.`

    **Fix**: capitalises the first letter.
    """

    code = "K602"
    slug = "sentence-start-lowercase"
    severity = Severity.WARNING
    fixable = True
    summary = "Kalimat diawali huruf kecil"
    summary_en = "Sentence starts with a lowercase letter"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens = ctx.tokens
        for sent in ctx.sentences:
            tok = tokens[sent.first]
            first = tok.text[:1]
            if tok.kind != "word" or not first.islower() or first.upper() == first:
                continue
            if any(ch.isupper() for ch in tok.text[1:]):
                continue
            nxt = tokens[sent.first + 1] if sent.first + 1 < len(tokens) else None
            if nxt is not None and nxt.start == tok.end and nxt.text in ".):":
                continue  # a) b) list items, dr. Budi (EYD writes dr. in lowercase)
            if not self._after_sentence_end(ctx, sent, tok):
                continue
            upper = tok.text[0].upper() + tok.text[1:]
            yield self.report(
                tok.start, tok.end,
                f"Awal kalimat ditulis dengan huruf kapital: '{upper}'.",
                f"A sentence starts with a capital letter: '{upper}'.",
                suggestions=[upper],
                fix=Fix(tok.start, tok.start + 1, upper[0]),
            )

    def _after_sentence_end(self, ctx: Context, sent: Sentence, tok: Token) -> bool:
        text, tokens = ctx.text, ctx.tokens
        k = sent.first - 1
        while k >= 0 and tokens[k].kind == "masked":
            k -= 1  # markup between sentences (</p><p>, a list marker)
        gap_start = tokens[k].end if k >= 0 else 0
        if k < 0 or "\n" in text[gap_start : tok.start]:
            return _prev_line_ends_sentence(ctx, tok.start)
        closers = 0
        while k >= 0 and tokens[k].text in CLOSERS:
            closers += 1
            k -= 1
        if closers or k < 0 or tokens[k].text not in _FINAL:
            return False
        if k > 0 and tokens[k - 1].text in (".", "…"):
            return False  # ellipsis
        prev = tokens[k - 1] if k > 0 else None
        if prev is None or prev.end != tokens[k].start:
            return False
        if prev.kind == "word" and len(prev.text) <= _ABBREVIATION_MAX and (
            prev.text[:1].isupper() or not ctx.lexicon.is_known(prev.lower)
        ):
            return False  # Kab. bogor, sbb. berikut: an unlisted abbreviation
        if prev.kind == "number":
            line_start = text.rfind("\n", 0, prev.start) + 1
            return bool(text[line_start : prev.start].strip())  # `1. fotokopi KTP`: a list
        return prev.kind in ("word", "mixed")


@register
class DanglingConjunction(Rule):
    """Flags a sentence that ends with a conjunction or preposition.

    **What it does**: reports a sentence whose last word before its final
    period, question or exclamation mark is a word of
    `dictionaries/dangling-words.txt` (serta, dan, atau, yang, dengan,
    karena, di, ke, dari …). Headlines and lines without final punctuation
    are not checked.

    **Why it matters**: a conjunction or preposition needs what follows it;
    at the end of a sentence it shows that words were lost in editing.

    **Example**

    Failing: `Netanyahu menolak proposal gencatan senjata serta.`

    Passing: `Netanyahu menolak proposal gencatan senjata.`

    **Fix**: none automatic; the missing words are the writer's.
    """

    code = "K603"
    slug = "dangling-conjunction"
    data_files = ("dangling-words.txt",)
    severity = Severity.WARNING
    fixable = False
    summary = "Kalimat diakhiri kata penghubung atau kata depan"
    summary_en = "Sentence ends with a conjunction or preposition"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens = ctx.tokens
        dangling = dangling_words()
        for sent in ctx.sentences:
            last = sent.last - 1
            while last > sent.first and tokens[last].text in CLOSERS:
                last -= 1
            end = tokens[last]
            if end.text not in _FINAL or last - 1 <= sent.first:
                continue
            if last + 1 < len(tokens) and tokens[last + 1].text == "." and (
                tokens[last + 1].start == end.end
            ):
                continue
            word = tokens[last - 1]
            if word.kind != "word" or word.end != end.start or word.text not in dangling:
                continue
            if tokens[last - 2].text in (".", "…"):
                continue
            count = sum(1 for t in tokens[sent.first : sent.last] if t.kind == "word")
            if count < MIN_DANGLING_WORDS or ctx.line_index(word.start) in ctx.title_lines:
                continue
            yield self.report(
                word.start, end.end,
                f"Kalimat diakhiri kata '{word.text}'; ada kata yang hilang?",
                f"The sentence ends with '{word.text}'; are words missing?",
            )


def _paragraphs(ctx: Context) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: a line in plain text, a block between
    blank lines in Markdown."""
    text = ctx.text
    pattern = r"(?:[^\r\n]*\S[^\r\n]*(?:\r?\n|\r)?)+" if ctx.doc.fmt == "md" else r"[^\r\n]+"
    for m in re.finditer(pattern, text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


@register
class MissingFinalPunctuation(Rule):
    """Flags a body paragraph whose last sentence has no final punctuation.

    **What it does**: a paragraph that already holds a complete sentence
    (one ending in `.`, `?` or `!` followed by a capitalised word) but ends
    with a bare word (`… dalam aksi balas dendam Israel⏎`). Single-sentence
    lines — headlines, teasers, captions, bylines — are left alone, as are
    headlines, lists, Markdown headings, tables and quotes, and labelled
    lines (`Baca juga:`, `Penulis:`, `Editor:`).

    **Why it matters**: EYD V (Tanda Titik) ends a declarative sentence with a
    period; a missing one often marks a sentence cut in editing.

    **Example**

    Failing: `Netanyahu menolak proposal itu. Israel bersiap menggempur Gaza`

    Passing: `Netanyahu menolak proposal itu. Israel bersiap menggempur Gaza.`

    **Fix**: none automatic (the sentence may be incomplete).
    """

    code = "K604"
    slug = "missing-final-punctuation"
    severity = Severity.WARNING
    fixable = False
    summary = "Paragraf tanpa tanda baca akhir"
    summary_en = "Paragraph without final punctuation"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        for start, end in _paragraphs(ctx):
            para = text[start:end]
            if not para[-1].isalnum():
                continue
            if _LIST_MARKER_RE.match(para) or _LABEL_RE.match(para) or para.lstrip()[:1] in "([":
                continue
            if ctx.line_index(end - 1) in ctx.title_lines:
                continue
            last_end = None
            for m in _SENTENCE_END_INSIDE_RE.finditer(para):
                last_end = m.end() - 1
            if last_end is None:
                continue
            tail = para[last_end:]
            if (len(re.findall(r"[^\W\d_]+", tail)) < MIN_LAST_SENTENCE_WORDS
                    or len(re.findall(r"[^\W\d_]+", para)) < MIN_PARAGRAPH_WORDS):
                continue
            word_start = end
            while word_start > start and not text[word_start - 1].isspace():
                word_start -= 1
            yield self.report(
                word_start, end,
                "Kalimat terakhir paragraf ini tidak diakhiri tanda baca akhir (titik?).",
                "The last sentence of this paragraph has no final punctuation (a period?).",
                suggestions=[text[word_start:end] + "."],
            )


@register
class LongSentence(Rule):
    """Flags a sentence longer than `max_words` words (default 40).

    **What it does**: counts the words of each sentence outside direct
    quotations and reports those above the limit, at `info` level, on the
    sentence's first word.

    **Why it matters**: long sentences are hard to follow in news copy; style
    guides for Indonesian newsrooms advise one idea per sentence.

    **Example**

    Failing: a sentence of more than 40 words joined by commas and `yang`.

    Passing: the same content split into two or three sentences.

    **Fix**: none automatic.
    """

    code = "K605"
    slug = "long-sentence"
    severity = Severity.INFO
    fixable = False
    skip_in_quotes = True
    summary = "Kalimat terlalu panjang"
    summary_en = "Sentence too long"
    default_options: ClassVar[dict[str, Any]] = {"max_words": 40}
    option_specs: ClassVar[dict[str, Option]] = {
        "max_words": Option(int, "words a sentence may have before it is reported")}

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        limit = int(self.option("max_words"))
        for sent in ctx.sentences:
            if sent.last - sent.first <= limit:
                continue  # no more tokens than the limit, so no more words
            count = sum(1 for t in ctx.tokens[sent.first : sent.last] if t.kind == "word")
            if count > limit:
                # The span is the first word: a whole-sentence span would bury
                # every other finding in the sentence in an editor's view.
                first = ctx.tokens[sent.first]
                yield self.report(
                    first.start, first.end,
                    f"Kalimat ini terdiri atas {count} kata (batas {limit}); pertimbangkan "
                    "untuk memecahnya.",
                    f"This sentence has {count} words (limit {limit}); consider splitting it.",
                )
