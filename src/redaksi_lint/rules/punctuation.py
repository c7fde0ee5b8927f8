"""Spacing and typography of punctuation (EYD V, Pemakaian Tanda Baca):
P401 space-before-punctuation, P402 missing-space-after, P404
repeated-punctuation, P405 dash, P406 conjunctive-comma, P407 multiple-spaces."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain
from typing import Any, ClassVar

from ..data import DataError, load_tsv
from ..diagnostic import Diagnostic, Fix, Severity
from ..document import MASK_CHAR
from . import register
from .base import Context, Option, Rule

# A space run before a mark; the character before the run must be neither a
# space nor one of _NO_SPACE_CHECK_AFTER (checked in code: a look-behind at the
# start of a pattern makes the engine test every position of the text).
_SPACE_BEFORE_RE = re.compile(r"([ \t][ \t]*)([,.;:?!)])")
_NO_SPACE_CHECK_AFTER = frozenset("([“\"'‘-–—/|:;,.")
# Each pattern starts with the mark it looks for (its look-behind comes after
# it), so the regex engine skips to candidate marks instead of testing every
# position of a long text.
# Each pattern starts with one literal mark: the regex engine then skips to
# that character instead of trying the pattern at every position of the text
# (a class of marks, or a look-behind, first makes it try them all).
_GLUED_RES = (re.compile(r"(,)(?<=[^\W\d_],)(?=[^\W\d_])"),
              re.compile(r"(;)(?<=[^\W\d_];)(?=[^\W\d_])"))
_COLON_GLUED_RE = re.compile(r"(:)(?<=[^\W\d_]{2}:)(?=[^\W\d_]{2})")
_PERIOD_GLUED_RES = (re.compile(r"(\.)(?<=[^\W\d_A-Z]{2}\.)(?=[A-Z][a-z])"),
                     re.compile(r"(\?)(?<=[^\W\d_A-Z]{2}\?)(?=[A-Z][a-z])"))
_PAREN_GLUED_RE = re.compile(r"\)(?=[^\W\d_])")
_REPEATED_RE = re.compile(
    r"(,(?<![.,;!?],),+|;(?<![.,;!?];);+|\.(?<![.,;!?]\.)\.(?!\.)"
    r"|!(?<![.,;!?]!)[!?]+|\?(?<![.,;!?]\?)[!?]+)(?![.,;!?])"
)
# hidup.! / sendiri,? : a period, comma, semicolon or colon left before the
# exclamation or question mark that ends the sentence (not an ellipsis: ...!).
_MIXED_END_RE = re.compile(r"([.,;:])(?<=[^\W_][.,;:])([!?])(?![.,;!?])")
_DOUBLE_HYPHEN_RE = re.compile(r"(?<=[^\s\-|])( ?)--( ?)(?=[^\s\-|>])")
_SPACED_HYPHEN_RE = re.compile(r" - (?<=[^\W\d_] - )(?=[^\W\d_])")
_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+$")
# The word (letters or digits) right before or after a mark: findings on a
# space or a mark cover it, so the suggestion reads as a correction of words
# (terakhir ? -> terakhir?, digunakan.Selanjutnya -> digunakan. Selanjutnya).
# A word (kota-kota too) with at most one mark against it (`orang-orang.`,
# `[saluran`, `_kenapa`), or a mark alone.
_MARK = r"(?:[^\w\s\ufffc]|_)"
_TOKEN_BEFORE_RE = re.compile(rf"(?:[^\W_]+(?:-[^\W_]+)*{_MARK}?|{_MARK})$")
_TOKEN_AFTER_RE = re.compile(rf"{_MARK}?[^\W_]+(?:-[^\W_]+)*|{_MARK}")
_TOKEN_REACH = 40
_WORD_AFTER_RE = re.compile(r"[^\W\d_]+")
_EM_DASH_RE = re.compile(r"(?<=\S)( ?)—( ?)(?=\S)")
_MULTI_SPACE_RE = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_TRAILING_RE = re.compile(r"[ \t]+(?=\r?\n|\r|\Z)")


def _in_order(text: str, patterns: tuple[re.Pattern[str], ...]) -> Iterator[re.Match[str]]:
    """The matches of several patterns, in text order."""
    return iter(sorted(chain.from_iterable(p.finditer(text) for p in patterns),
                       key=lambda m: m.start()))


def _has_space_run(text: str) -> bool:
    """Two spaces or tabs in a row somewhere: most texts have none."""
    return "  " in text or "\t" in text


def _has_trailing_space(text: str) -> bool:
    """A space or tab before a line break or at the end: most texts have none,
    and the pattern would try every space between two words."""
    return (" \n" in text or " \r" in text or "\t\n" in text or "\t\r" in text
            or text.endswith((" ", "\t")))


def _line_text(ctx: Context, offset: int) -> str:
    start, end = ctx.doc.line_span(ctx.doc.line_index(offset))
    return ctx.text[start:end]


def _word_start(text: str, pos: int) -> int:
    """Where the word (with a mark after it) or the mark that ends at `pos`
    starts; `pos` itself when a space or markup stands there."""
    m = _TOKEN_BEFORE_RE.search(text, max(0, pos - _TOKEN_REACH), pos)
    return m.start() if m else pos


def _word_end(text: str, pos: int) -> int:
    """Where the word (with a mark before it) or the mark that starts at
    `pos` ends; `pos` itself when a space or markup stands there."""
    m = _TOKEN_AFTER_RE.match(text, pos, pos + _TOKEN_REACH)
    return m.end() if m else pos


@register
class SpaceBeforePunctuation(Rule):
    """Flags a space before a comma, period, semicolon, colon, question mark,
    exclamation mark or closing parenthesis.

    **What it does**: reports `word ,` `word .` `word ;` `word :` `word ?`
    `word !` and `word )`. A space before an ellipsis, before a period that
    starts a word (`.com`) or before a colon followed by a digit (scores such
    as `2 : 1`) is left alone.

    **Why it matters**: EYD V (Pemakaian Tanda Baca) attaches these marks to
    the word before them; a space in front is a typing slip that also lets
    the mark wrap to the start of the next line.

    **Example**

    Failing: `Pemimpin Israel , Benjamin Netanyahu, menolak proposal itu.`

    Passing: `Pemimpin Israel, Benjamin Netanyahu, menolak proposal itu.`

    **Fix**: deletes the space.
    """

    code = "P401"
    slug = "space-before-punctuation"
    severity = Severity.WARNING
    fixable = True
    summary = "Spasi sebelum tanda baca"
    summary_en = "Space before punctuation"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        for m in _SPACE_BEFORE_RE.finditer(text):
            if m.start() == 0:
                continue
            before = text[m.start() - 1]
            if before.isspace() or before in _NO_SPACE_CHECK_AFTER or before == MASK_CHAR:
                continue
            mark = m.group(2)
            after = text[m.end() : m.end() + 1]
            if mark == "." and (after == "." or (after and not after.isspace()
                                                 and after not in "\"”’)")):
                continue
            if mark == ":" and (after.isdigit() or after == "/" or before.isdigit()):
                continue
            if mark == ")":
                opening = text.rfind("(", text.rfind("\n", 0, m.start()) + 1, m.start())
                if opening >= 0 and text[opening + 1] in " \t":
                    continue  # ( spaced ) symmetrically: a deliberate layout
            start = _word_start(text, m.start(1))
            yield self.report(
                start, m.end(2),
                f"Hapus spasi sebelum tanda '{mark}'.",
                f"Remove the space before '{mark}'.",
                suggestions=[text[start : m.start(1)] + mark],
                fix=Fix(m.start(1), m.end(1), ""),
            )


@register
class MissingSpaceAfter(Rule):
    """Flags a missing space after a comma, semicolon, colon, a sentence
    period, or a closing quotation mark or parenthesis before a word.

    **What it does**: reports `kata,kata`, `kata;kata`, `Penulis:Nama`,
    `digunakan.Selanjutnya` (a period between a lowercase word and a
    capitalised one), `”menurut` after a quotation and `)kata`. Numbers
    (1.000, 3,5), times (10.30, 10:30), ratios (2:1), abbreviations (S.H.),
    initials and masked web addresses (detik.com) are not affected.

    **Why it matters**: EYD V (Pemakaian Tanda Baca) puts a space after these
    marks; without it two words run together for readers and search engines.

    **Example**

    Failing: `Alat itu sudah digunakan.Selanjutnya polisi memeriksa saksi.`

    Passing: `Alat itu sudah digunakan. Selanjutnya polisi memeriksa saksi.`

    **Fix**: inserts the space after a comma, a semicolon and a sentence
    period; quotation marks and colons get a suggestion only.
    """

    code = "P402"
    slug = "missing-space-after"
    severity = Severity.WARNING
    fixable = True
    summary = "Tidak ada spasi setelah tanda baca"
    summary_en = "Missing space after punctuation"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        for m in _in_order(text, _GLUED_RES):
            yield self._insert(m.start(), m.group(1), text)
        for m in _in_order(text, _PERIOD_GLUED_RES):
            if self._in_code_like(text, m.start()) or self._short_capital_before(text, m.start()):
                continue
            yield self._insert(m.start(), m.group(1), text)
        for m in _COLON_GLUED_RE.finditer(text):
            if self._in_code_like(text, m.start()) or self._in_brackets(text, m.start()):
                continue
            yield self.report(
                m.start(), m.end() + 1,
                "Tambahkan spasi setelah titik dua.",
                "Add a space after the colon.",
                suggestions=[": "],
            )
        for m in _PAREN_GLUED_RE.finditer(text):
            inner = text.rfind("(", max(0, m.start() - 200), m.start())
            if inner < 0 or m.start() - inner <= 3 or "\n" in text[inner : m.start()]:
                continue  # (s), (a): markers inside a word
            yield self.report(
                m.start(), m.end() + 1,
                "Tambahkan spasi setelah tanda kurung tutup.",
                "Add a space after the closing parenthesis.",
                suggestions=[") "],
            )
        for marks in ctx.quote_marks:
            for mark in marks:
                if mark.opening and mark.partner is not None:
                    before = text[mark.pos - 1] if mark.pos else ""
                    if before.isalpha() and text[mark.pos + 1 : mark.pos + 2].isalpha():
                        # Klik"publish": the opening mark glued to the word before
                        yield self.report(
                            mark.pos - 1, mark.pos + 1,
                            "Tambahkan spasi sebelum tanda petik pembuka.",
                            "Add a space before the opening quotation mark.",
                            suggestions=[before + " " + mark.char],
                        )
                    continue
                if mark.partner is None:
                    continue
                nxt = text[mark.pos + 1 : mark.pos + 2]
                if not nxt or not (nxt.isalpha()):
                    continue
                before = text[mark.pos - 1] if mark.pos else ""
                if before.isspace():
                    # `Al-Aqsa, ”menurut`: the mark is glued to the wrong word
                    prev = text[: mark.pos].rstrip()
                    suggestion = prev[-1:] + mark.char + " " + nxt
                else:
                    suggestion = mark.char + " " + nxt
                yield self.report(
                    mark.pos, mark.pos + 2,
                    "Tambahkan spasi setelah tanda petik penutup.",
                    "Add a space after the closing quotation mark.",
                    suggestions=[suggestion],
                )

    @staticmethod
    def _in_brackets(text: str, pos: int) -> bool:
        """`[Gambas:Video]`: an embed or a reference tag, not prose."""
        line_start = text.rfind("\n", 0, pos) + 1
        return text.rfind("[", line_start, pos) > text.rfind("]", line_start, pos)

    @staticmethod
    def _short_capital_before(text: str, pos: int) -> bool:
        """`Jkt.Pst`, `Kab.Bogor`: a short capitalised abbreviation, not a sentence end."""
        start = pos
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start:pos]
        return word[:1].isupper() and len(word) <= 4

    @staticmethod
    def _in_code_like(text: str, pos: int) -> bool:
        """Dotted identifiers and file names (Config.Load, Main.Java) are not prose."""
        start = pos
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = pos
        while end < len(text) and not text[end].isspace():
            end += 1
        run = text[start:end].strip("\"“”'‘’()[],;:!?.")
        return MASK_CHAR in run or "/" in run or "_" in run or run.count(".") > 1

    def _insert(self, pos: int, mark: str, text: str) -> Diagnostic:
        name = {",": "koma", ";": "titik koma", ".": "titik", "?": "tanda tanya"}[mark]
        name_en = {",": "comma", ";": "semicolon", ".": "period", "?": "question mark"}[mark]
        start, end = _word_start(text, pos), _word_end(text, pos + 1)
        return self.report(
            start, end,
            f"Tambahkan spasi setelah {name}.",
            f"Add a space after the {name_en}.",
            suggestions=[text[start : pos + 1] + " " + text[pos + 1 : end]],
            fix=Fix(pos + 1, pos + 1, " "),
        )


@register
class RepeatedPunctuation(Rule):
    """Flags doubled punctuation marks.

    **What it does**: reports `,,` `;;` `..` (two periods: neither a period
    nor an ellipsis) as warnings, and `!!`, `??`, `?!` as `info` (emphasis
    that edited news copy avoids). The ellipsis `...`/`…` is not affected.

    **Why it matters**: EYD V (Pemakaian Tanda Baca) uses one mark at a time;
    a doubled comma or period is a typing slip.

    **Example**

    Failing: `Polisi menyita sabu,, ganja, dan uang tunai.`

    Passing: `Polisi menyita sabu, ganja, dan uang tunai.`

    A period, comma, semicolon or colon typed before the `!` or `?` that
    ends the sentence (`hidup.!`) is reported too; the mark before it is
    deleted only with `--unsafe-fixes`.

    **Fix**: a doubled comma or semicolon becomes one.
    """

    code = "P404"
    slug = "repeated-punctuation"
    severity = Severity.WARNING
    fixable = True
    summary = "Tanda baca berulang"
    summary_en = "Repeated punctuation"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        for m in _REPEATED_RE.finditer(ctx.text):
            run = m.group(1)
            if run[0] in ",;":
                yield self.report(
                    m.start(), m.end(),
                    f"Tanda '{run[0]}' ditulis berulang; cukup satu.",
                    f"'{run[0]}' is repeated; one is enough.",
                    suggestions=[run[0]],
                    fix=Fix(m.start(), m.end(), run[0]),
                )
            elif run == "..":
                yield self.report(
                    m.start(), m.end(),
                    "Dua titik: gunakan satu titik atau elipsis (...).",
                    "Two periods: use one period or an ellipsis (...).",
                    suggestions=[".", "..."],
                )
            else:
                yield self.report(
                    m.start(), m.end(),
                    "Tanda seru atau tanda tanya berulang; cukup satu dalam tulisan berita.",
                    "Repeated exclamation or question marks; news copy uses one.",
                    suggestions=[run[-1] if run[0] == run[-1] else run[0]],
                    severity=Severity.INFO,
                )
        for m in _MIXED_END_RE.finditer(ctx.text):
            first, last = m.group(1), m.group(2)
            yield self.report(
                m.start(), m.end(),
                f"Tanda '{first}' sebelum '{last}': cukup tanda '{last}'.",
                f"'{first}' before '{last}': the '{last}' alone is enough.",
                suggestions=[last],
                fix=Fix(m.start(), m.end(), last).unsafe(),  # a deletion
            )


def _around_reduplication(ctx: Context, start: int, end: int) -> bool:
    """Do the words around text[start:end] make a reduplication (kota - kota)?"""
    from .repetition import spaced_reduplication

    before = _WORD_BEFORE_RE.search(ctx.text, max(0, start - 40), start)
    after = _WORD_AFTER_RE.match(ctx.text, end)
    if before is None or after is None:
        return False
    return spaced_reduplication(ctx.lexicon, before.group(), after.group())


@register
class Dash(Rule):
    """Flags a double hyphen or a spaced hyphen used as a dash, and mixed dash
    spacing.

    **What it does**: reports `--` between words (`POS KUPANG.COM -- Aksi`)
    and, at `info` level, a hyphen with spaces on both sides between words
    (`Jakarta - Presiden`), which should be a dash. Dash spacing (`a — b` or
    `a—b`) is a house choice: by default the minority spacing in the
    document is reported (`info`); the option `spacing: closed` (strict
    EYD V) or `spacing: spaced` pins it and reports the other form.

    **Why it matters**: EYD V (Tanda Pisah) writes the dash as a distinct mark
    (—), not as hyphens; a hyphen joins words, a dash separates clauses.

    **Example**

    Failing: `POS KUPANG.COM -- Aksi pembalasan itu membuat Hamas ciut nyali.`

    Passing: `POS KUPANG.COM — Aksi pembalasan itu membuat Hamas ciut nyali.`

    **Fix**: `--` becomes `—`, keeping the spaces around it. Dash spacing
    follows the configured style; the draft's own majority is applied only
    with `--unsafe-fixes`.
    """

    code = "P405"
    slug = "dash"
    severity = Severity.WARNING
    fixable = True
    summary = "Tanda pisah ditulis dengan tanda hubung"
    summary_en = "Dash written with hyphens"
    default_options: ClassVar[dict[str, Any]] = {"spacing": None}
    option_specs: ClassVar[dict[str, Option]] = {
        "spacing": Option(str, "pin the dash spacing (default: the document's majority)",
                          ("spaced", "closed"))}

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        for m in _DOUBLE_HYPHEN_RE.finditer(text) if "--" in text else ():
            if m.group(1) != m.group(2):
                continue  # `a --b`: an option flag or arrow, not a dash
            start, end = m.start() + len(m.group(1)), m.end() - len(m.group(2))
            yield self.report(
                start, end,
                "Gunakan tanda pisah (—), bukan dua tanda hubung.",
                "Use a dash (—), not two hyphens.",
                suggestions=["—"],
                fix=Fix(start, end, "—"),
            )
        for m in _SPACED_HYPHEN_RE.finditer(text):
            line = _line_text(ctx, m.start())
            if line.lstrip().startswith(("-", "*", "|")):
                continue
            if _around_reduplication(ctx, m.start(), m.end()):
                continue  # sayur - mayur: R201 writes the reduplication
            yield self.report(
                m.start() + 1, m.end() - 1,
                "Tanda hubung berspasi dipakai sebagai tanda pisah; gunakan — (atau – "
                "untuk rentang).",
                "A spaced hyphen used as a dash; use — (or – for a range).",
                suggestions=["—", "–"],
                severity=Severity.INFO,
            )
        yield from self._spacing(ctx)

    def _spacing(self, ctx: Context) -> Iterator[Diagnostic]:
        found = []
        for m in _EM_DASH_RE.finditer(ctx.text) if "—" in ctx.text else ():
            spaced = bool(m.group(1)) and bool(m.group(2))
            closed = not m.group(1) and not m.group(2)
            if spaced or closed:
                found.append((m, "spaced" if spaced else "closed"))
        pinned = self.option("spacing")
        counts = Counter(kind for _, kind in found)
        if pinned in ("spaced", "closed"):
            want, severity = pinned, Severity.WARNING
        elif len(counts) == 2 and len(set(counts.values())) == 2:
            want, severity = counts.most_common(1)[0][0], Severity.INFO
        else:
            return
        for m, kind in found:
            if kind == want:
                continue
            replacement = " — " if want == "spaced" else "—"
            yield self.report(
                m.start(), m.end(),
                f"Tanda pisah ditulis {'dengan' if want == 'spaced' else 'tanpa'} spasi "
                "di bagian lain tulisan ini.",
                f"Dashes are written {'with' if want == 'spaced' else 'without'} spaces "
                "elsewhere in this text.",
                suggestions=[replacement],
                # the majority of one draft is not a certain rule: its fix waits
                # for --unsafe-fixes unless the configuration names the style
                fix=Fix(m.start(), m.end(), replacement) if pinned in ("spaced", "closed")
                else Fix(m.start(), m.end(), replacement).unsafe(),
                severity=severity,
            )


@register
class MultipleSpaces(Rule):
    """Flags two or more spaces inside a line, and spaces at the end of a line.

    **What it does**: reports runs of spaces or tabs between two characters
    of a line, and trailing whitespace. Leading indentation, Markdown tables
    and the two-space hard line break of Markdown are left alone; code is
    masked and never checked.

    **Why it matters**: EYD V separates words with one space; extra spaces
    come from copy-pasting and show up as gaps after justification.

    **Example**

    Failing: `Presiden  meresmikan bendungan itu pada Senin.`

    Passing: `Presiden meresmikan bendungan itu pada Senin.`

    Spaces inside a line are a warning; invisible trailing spaces are `info`.

    **Fix**: one space; trailing spaces are deleted.
    """

    code = "P407"
    slug = "multiple-spaces"
    severity = Severity.WARNING
    fixable = True
    summary = "Spasi ganda atau spasi di akhir baris"
    summary_en = "Multiple or trailing spaces"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        md = ctx.doc.fmt == "md"
        for m in _MULTI_SPACE_RE.finditer(text) if _has_space_run(text) else ():
            line = _line_text(ctx, m.start())
            if md and line.lstrip().startswith("|"):
                continue
            if MASK_CHAR in (text[m.start() - 1], text[m.end()]):
                continue
            start, end = _word_start(text, m.start()), _word_end(text, m.end())
            yield self.report(
                start, end,
                "Spasi ganda; cukup satu spasi.",
                "Multiple spaces; use one.",
                suggestions=[text[start : m.start()] + " " + text[m.end() : end]],
                fix=Fix(m.start(), m.end(), " "),
            )
        for m in _TRAILING_RE.finditer(text) if _has_trailing_space(text) else ():
            if m.start() == 0 or text[m.start() - 1] in "\r\n":
                continue  # a blank line
            if md and m.group() == "  ":
                continue  # Markdown hard line break
            if text[m.start() - 1] == MASK_CHAR:
                continue
            yield self.report(
                m.start(), m.end(),
                "Spasi di akhir baris.",
                "Trailing whitespace.",
                fix=Fix(m.start(), m.end(), ""),
                severity=Severity.INFO,
            )


@lru_cache(maxsize=1)
def conjunctive_adverbs() -> dict[tuple[str, ...], tuple[Severity, bool]]:
    """phrase words -> (severity, certain fix), from conjunctive-adverbs.txt."""
    try:
        rows = load_tsv("conjunctive-adverbs.txt", 3)
    except DataError:
        return {}
    out = {}
    for phrase, severity, fix in rows:
        words = tuple(phrase.lower().split())
        if words:
            level = Severity.INFO if severity == "info" else Severity.WARNING
            out[words] = (level, fix != "nofix")
    return out


@register
class ConjunctiveComma(Rule):
    """Flags a sentence-initial conjunctive adverb without a comma after it.

    **What it does**: a sentence that opens with a phrase of
    `dictionaries/conjunctive-adverbs.txt` (Oleh karena itu, Dengan demikian,
    Meskipun demikian, Akan tetapi, Selain itu, Namun, Jadi …) directly
    followed by a word. The list sets the level of each phrase: the phrases
    EYD V names are warnings; `Namun`, `Sementara itu`, `Jadi` and a few others
    are `info`, because edited copy often leaves their comma out and some
    (`Jadi tidaknya …`, `Karena itu bukan …`) have another reading. Direct
    quotations and headlines are not checked.

    **Why it matters**: EYD V (Tanda Koma) puts a comma after a conjunctive
    expression that links a sentence to the one before it.

    **Example**

    Failing: `Namun Pemimpin Israel menolak proposal itu.`

    Passing: `Namun, Pemimpin Israel menolak proposal itu.`

    **Fix**: inserts the comma (not for phrases with another reading).
    """

    code = "P406"
    slug = "conjunctive-comma"
    data_files = ("conjunctive-adverbs.txt",)
    severity = Severity.WARNING
    fixable = True
    skip_in_quotes = True
    summary = "Koma setelah ungkapan penghubung antarkalimat"
    summary_en = "Comma after a sentence-initial conjunctive adverb"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        table = conjunctive_adverbs()
        if not table:
            return
        longest = max(len(k) for k in table)
        firsts = {k[0] for k in table}
        tokens, text = ctx.tokens, ctx.text
        for sent in ctx.sentences:
            first = sent.first
            if tokens[first].kind != "word" or tokens[first].lower not in firsts:
                continue
            if ctx.line_index(tokens[first].start) in ctx.title_lines:
                continue
            words: list[str] = []
            k = first
            best: tuple[int, tuple[Severity, bool]] | None = None
            while k < sent.last and len(words) < longest and tokens[k].kind == "word":
                if words and text[tokens[k - 1].end : tokens[k].start] != " ":
                    break
                words.append(tokens[k].lower)
                entry = table.get(tuple(words))
                if entry is not None:
                    best = (k, entry)
                k += 1
            if best is None:
                continue
            last, (severity, certain) = best
            if last + 1 >= sent.last:
                continue
            nxt = tokens[last + 1]
            gap = text[tokens[last].end : nxt.start]
            if gap != " " or nxt.kind not in ("word", "mixed", "number"):
                continue
            start, end = tokens[first].start, tokens[last].end
            phrase = text[start:end]
            yield self.report(
                start, end,
                f"Tambahkan koma setelah ungkapan penghubung '{phrase}'.",
                f"Add a comma after the conjunctive expression '{phrase}'.",
                suggestions=[phrase + ","],
                fix=Fix(end, end, ",") if certain else None,
                severity=severity,
            )
