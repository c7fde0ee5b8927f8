"""Numbers in news copy (EYD V, Penulisan Angka dan Bilangan): T501
thousands-separator, T502 number-at-sentence-start, T503 currency, T504
ordinal, T505 decimal-separator."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, ClassVar

from ..data import DataError, load_tsv
from ..diagnostic import Diagnostic, Fix, Severity
from ..document import MASK_CHAR
from ..evidence import function_words
from ..tokenize import Token
from . import register
from ._words import word_set
from .base import Context, Option, Rule

_PLAIN_RE = re.compile(r"(\d{4,})((?:,\d+)?)")
# 1,250,000 or 3,000.50; a single group (3,500) is an Indonesian decimal as often.
_ENGLISH_RE = re.compile(r"\d{1,3}(?:(?:,\d{3}){2,}(?:\.\d{1,2})?|,\d{3}\.\d{1,2})")
_ONE_GROUP_RE = re.compile(r"[1-9]\d{0,2},\d{3}")
_GLUE_BEFORE = frozenset("#/-:+.,–_&=*^~'’`")
_GLUE_AFTER = frozenset("/:-–_&=*^@")
YEAR_MIN, YEAR_MAX = 1000, 2099
POSTCODE_DIGITS = 5
LONG_DIGITS = 8



@lru_cache(maxsize=1)
def number_labels() -> frozenset[str]:
    return word_set("number-labels.txt")


@lru_cache(maxsize=1)
def ordinal_nouns() -> frozenset[str]:
    return word_set("ordinal-nouns.txt")


@lru_cache(maxsize=1)
def numerals() -> dict[str, str]:
    """digits -> spelled-out number (1 -> satu)."""
    try:
        return {row[0]: row[1] for row in load_tsv("numerals.tsv", 2) if row[0] and row[1]}
    except DataError:
        return {}


def group_thousands(digits: str) -> str:
    """3000 -> 3.000; 1250000 -> 1.250.000."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def _prev_word(tokens: list[Token], i: int) -> str:
    """The word before token i, skipping one abbreviation period (No. 1234)."""
    k = i - 1
    if k >= 0 and tokens[k].text == ".":
        k -= 1
    if k >= 0 and tokens[k].kind in ("word", "mixed"):
        return tokens[k].lower
    return ""


@lru_cache(maxsize=1)
def magnitudes() -> frozenset[str]:
    return word_set("number-magnitudes.txt")


@lru_cache(maxsize=1)
def quantity_cues() -> frozenset[str]:
    return word_set("quantity-cues.txt")


def _is_quantity(text: str, tokens: list[Token], i: int) -> bool:
    """A number after `sebanyak`, `lebih dari`, `Rp` or `$` is an amount, not a year."""
    if text[tokens[i].start - 1 : tokens[i].start] == "$":
        return True
    cues = quantity_cues()
    words = [t.lower for t in tokens[max(0, i - 2) : i] if t.kind == "word"]
    return bool(words) and (words[-1] in cues or " ".join(words[-2:]) in cues)


def _glued(text: str, tok: Token) -> bool:
    """Digits attached to a code, a range, a date or a web address."""
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    after2 = text[tok.end + 1] if tok.end + 1 < len(text) else " "
    if before in _GLUE_BEFORE or before.isalpha() or before == MASK_CHAR:
        return True
    if after in _GLUE_AFTER and not (after in "-–" and after2.isalpha()):
        return True  # 3000-an is still a quantity
    return after == MASK_CHAR or (after in ".," and after2.isdigit())


@register
class ThousandsSeparator(Rule):
    """Flags a number of four or more digits without the Indonesian thousands
    separator, and English-style separators.

    **What it does**: reports `3000` (write `3.000`) and `1250000,5` (write
    `1.250.000,5`). Years (four digits from 1000 to 2099), numbers starting
    with 0 (telephone numbers, codes), numbers glued to letters, slashes,
    hyphens or `#`, numbers after a label such as `No.`, `Pasal`, `NIK`,
    `Kode`, `RT` (`dictionaries/number-labels.txt`), five-digit postal codes
    after a place name, and runs of eight or more digits (identifiers; `info`)
    are left alone. An English separator (`10,000`, `1,250,000`) is reported
    with a suggestion only, since `3,500` can also be a decimal.

    **Why it matters**: EYD V (Tanda Titik) uses the period to group
    thousands in numbers that denote a quantity, and the comma for decimals.

    **Example**

    Failing: `Israel menyiapkan 3000 personel di perbatasan.`

    Passing: `Israel menyiapkan 3.000 personel di perbatasan.`

    **Fix**: inserts the periods.
    """

    code = "T501"
    slug = "thousands-separator"
    data_files = ("number-labels.txt", "quantity-cues.txt", "number-magnitudes.txt")
    severity = Severity.WARNING
    fixable = True
    summary = "Pemisah ribuan pada bilangan"
    summary_en = "Thousands separator in numbers"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text, tokens = ctx.text, ctx.tokens
        labels = number_labels()
        for i, tok in enumerate(tokens):
            if tok.kind != "number" or _glued(text, tok):
                continue
            prev = _prev_word(tokens, i)
            if prev in labels:
                continue
            plain = _PLAIN_RE.fullmatch(tok.text)
            if plain:
                digits, decimals = plain.groups()
                if digits[0] == "0":
                    continue
                if len(digits) == 4 and YEAR_MIN <= int(digits) <= YEAR_MAX and not (
                    _is_quantity(text, tokens, i)
                ):
                    continue
                if (len(digits) == POSTCODE_DIGITS and tokens[i - 1].kind == "word"
                        and len(tokens[i - 1].text) > 2 and tokens[i - 1].text[:1].isupper()):
                    continue
                grouped = group_thousands(digits) + decimals
                long = len(digits) >= LONG_DIGITS
                yield self.report(
                    tok.start, tok.end,
                    f"Tulis '{grouped}', bukan '{tok.text}': titik sebagai pemisah ribuan.",
                    f"Write '{grouped}', not '{tok.text}': periods group the thousands.",
                    suggestions=[grouped],
                    fix=None if long else Fix(tok.start, tok.end, grouped),
                    severity=Severity.INFO if long else None,
                )
            elif _ENGLISH_RE.fullmatch(tok.text) and not tok.text.startswith("0"):
                whole, _, cents = tok.text.partition(".")
                grouped = whole.replace(",", ".") + ("," + cents if cents else "")
                yield self.report(
                    tok.start, tok.end,
                    f"Pemisah ribuan gaya Inggris; dalam bahasa Indonesia '{grouped}' "
                    "(titik untuk ribuan, koma untuk desimal).",
                    f"English thousands separator; Indonesian writes '{grouped}' "
                    "(period for thousands, comma for decimals).",
                    suggestions=[grouped],
                )
            elif _ONE_GROUP_RE.fullmatch(tok.text):
                yield from self._one_group(ctx, i)

    def _one_group(self, ctx: Context, i: int) -> Iterator[Diagnostic]:
        """`10,000`: an English separator, or a decimal with three places (56,655
        miliar). Before a magnitude or unit it is read as a decimal; after Rp or $
        it is money (warning); otherwise it is only `info`."""
        tokens, text = ctx.tokens, ctx.text
        tok = tokens[i]
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if nxt in magnitudes():
            return
        money = _prev_word(tokens, i) == "rp" or text[tok.start - 1 : tok.start] == "$"
        grouped = tok.text.replace(",", ".")
        yield self.report(
            tok.start, tok.end,
            f"Jika ini bilangan ribuan, tulis '{grouped}' (titik untuk ribuan, koma "
            "untuk desimal).",
            f"If this is a number in thousands, write '{grouped}' (period for thousands, "
            "comma for decimals).",
            suggestions=[grouped],
            severity=None if money else Severity.INFO,
        )


@register
class NumberAtSentenceStart(Rule):
    """Flags a sentence that starts with digits.

    **What it does**: reports a sentence whose first token is a number
    (`5 orang tewas …`), suggesting the number in words for small numbers.
    Years (`2025 menjadi …`), dates and other numbers followed by a
    capitalised word (`12 Mei 2021`), list items (`1.` `2)`), headlines and
    numbers followed by punctuation are left alone. Level `info`: news copy
    often keeps the digits.

    **Why it matters**: EYD V (Penulisan Angka dan Bilangan) writes a number
    that opens a sentence in words, or rephrases the sentence.

    **Example**

    Failing: `5 orang tewas dalam kecelakaan itu.`

    Passing: `Lima orang tewas dalam kecelakaan itu.`

    **Fix**: none automatic (the rephrase is the writer's choice).
    """

    code = "T502"
    slug = "number-at-sentence-start"
    data_files = ("numerals.tsv",)
    severity = Severity.INFO
    fixable = False
    summary = "Kalimat diawali angka"
    summary_en = "Sentence starts with digits"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text, tokens = ctx.text, ctx.tokens
        spelled = numerals()
        for sent in ctx.sentences:
            tok = tokens[sent.first]
            if tok.kind != "number" or sent.first + 1 >= sent.last:
                continue
            if ctx.line_index(tok.start) in ctx.title_lines:
                continue
            nxt = tokens[sent.first + 1]
            spaced_word = text[tok.end : nxt.start] == " " and nxt.kind in ("word", "number")
            if not spaced_word and nxt.text != "%":
                continue
            if nxt.kind == "word" and nxt.text[:1].isupper():
                continue
            if len(tok.text) == 4 and tok.text.isdigit() and YEAR_MIN <= int(tok.text) <= YEAR_MAX:
                continue
            word = spelled.get(tok.text)
            suggestions = [word[:1].upper() + word[1:]] if word else []
            yield self.report(
                tok.start, tok.end,
                "Kalimat diawali angka; tulis bilangannya dengan huruf atau ubah "
                "susunan kalimat.",
                "Sentence starts with digits; spell the number out or rephrase.",
                suggestions=suggestions,
            )


_AMOUNT_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _amount(text: str, pos: int) -> str:
    """The number written at `pos` (shown in a suggestion: `Rp80.000`)."""
    m = _AMOUNT_RE.match(text, pos)
    return m.group() if m else ""


@register
class Currency(Rule):
    """Flags `Rp.` with a period, and mixed spacing after `Rp`.

    **What it does**: reports `Rp.` before an amount (always wrong). EYD V
    writes `Rp5.000`, so a closed amount is never reported by default; in a
    document that mixes `Rp 5.000` and `Rp5.000` the spaced ones are
    reported (`info`). The option `style` sets a house style: `closed` (or
    the older `strict: true`) reports every `Rp 5.000` as a warning;
    `spaced` reports every `Rp5.000`. `Rp 300 ribu` and `Rp5 juta` follow
    the same spacing rule.

    **Why it matters**: EYD V (Penulisan Lambang Bilangan; Tanda Titik) writes
    the currency symbol Rp without a period, directly before the amount;
    newsrooms that keep the space say so in their configuration.

    **Example**

    Failing: `Harga cabai mencapai Rp. 80.000 per kilogram.`

    Passing: `Harga cabai mencapai Rp80.000 per kilogram.`

    **Fix**: removes the period (`Rp80.000`, or `Rp 80.000` with
    `style: spaced`); writes the configured spacing. Closing up the spaced
    amounts of a mixed document changes the draft's own habit, so that fix
    is applied only with `--unsafe-fixes`.
    """

    code = "T503"
    slug = "currency"
    severity = Severity.WARNING
    fixable = True
    summary = "Penulisan lambang mata uang Rp"
    summary_en = "Writing the Rp currency symbol"
    default_options: ClassVar[dict[str, Any]] = {"style": "eyd", "strict": False}
    option_specs: ClassVar[dict[str, Option]] = {
        "style": Option(str, "eyd: EYD V's Rp5.000, a spaced amount only as info; closed: "
                             "every Rp 5.000 a warning; spaced: the house writes Rp 5.000",
                        ("eyd", "closed", "spaced")),
        "strict": Option(bool, "the same as style: closed (kept for older configs)")}

    # Patterns start with the literal they look for (the look-behind follows it)
    # so that the regex engine skips to candidates in a long text.
    _DOTTED = re.compile(r"Rp(?<![\w.]Rp)\.[ \u00a0]*(?=\d)")
    _PLAIN = re.compile(r"Rp(?<![\w.]Rp)([ \u00a0]?)(?=\d)")

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        plain = list(self._PLAIN.finditer(text))
        spaced = [m for m in plain if m.group(1)]
        closed = [m for m in plain if not m.group(1)]
        style = str(self.option("style") or "eyd")
        if self.option("strict"):
            style = "closed"
        want = "Rp " if style == "spaced" else "Rp"
        for m in self._DOTTED.finditer(text):
            yield self.report(
                m.start(), m.end(),
                f"Tulis '{want}' tanpa titik sebelum jumlah uang.",
                f"Write '{want}' without a period before the amount.",
                suggestions=[want + _amount(text, m.end())],
                fix=Fix(m.start(), m.end(), want),
            )
        if style == "closed":
            wrong, severity, certain = spaced, Severity.WARNING, True
        elif style == "spaced":
            wrong, severity, certain = closed, Severity.WARNING, True
        elif spaced and closed:
            wrong, severity, certain = spaced, Severity.INFO, False
        else:
            return
        for m in wrong:
            fix = Fix(m.start(), m.end(), want)
            yield self.report(
                m.start(), m.end(),
                f"Tulis '{want}' seperti di bagian lain tulisan ini (EYD V: Rp5.000)."
                if want == "Rp" else f"Tulis '{want}' seperti gaya redaksi (Rp 5.000).",
                f"Write '{want}' as elsewhere in this text (EYD V: Rp5.000)."
                if want == "Rp" else f"Write '{want}' as the house style says (Rp 5.000).",
                suggestions=[want + _amount(text, m.end())],
                fix=fix if certain else fix.unsafe(),
                severity=severity,
            )


# Every T504 pattern starts with ke (any case) and a space, tab or hyphen.
_KE_RE = re.compile(r"ke[ \t-]", re.IGNORECASE)


def _after_ke(pattern: re.Pattern[str], text: str,
              starts: list[int]) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) gives, for a pattern that starts with ke:
    tried only at `starts`, where _KE_RE found ke (the regex engine would try
    every position of the text, once for each pattern)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            end = m.end()
            yield m


@lru_cache(maxsize=4)
def _number_word_pattern(template: str) -> re.Pattern[str] | None:
    """`template` with {words} replaced by the one-word numerals (satu, empat,
    sepuluh), longest first; None without the numerals list."""
    words = sorted({w for w in numerals().values() if " " not in w}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(template.replace("{words}", "|".join(words)), re.IGNORECASE)


@register
class Ordinal(Rule):
    """Flags ordinal numbers written without their hyphen, and ke- joined with
    a hyphen to a number word.

    **What it does**: reports `ke 12` (write `ke-12`) after a noun that takes
    an ordinal (`minggu`, `lantai`, `putaran`, `HUT`, `yang` …, see
    `dictionaries/ordinal-nouns.txt`) and before punctuation; `ke 3 negara`
    after another word may be the preposition `ke` with a count and is left
    alone. Also `ke- 12` / `ke -12` and `ke-empat` (write `keempat`).

    **Why it matters**: EYD V (Penulisan Angka dan Bilangan; Tanda Hubung)
    writes the ordinal prefix ke- with a hyphen before digits (ke-21) and
    joined before a number word (keempat).

    **Example**

    Failing: `Kasus DBD pada minggu ke 12 mencapai 38.000.`

    Passing: `Kasus DBD pada minggu ke-12 mencapai 38.000.`

    **Fix**: writes the hyphen, or joins ke- to the number word.
    """

    code = "T504"
    slug = "ordinal"
    data_files = ("ordinal-nouns.txt", "numerals.tsv", "function-words.txt")
    severity = Severity.WARNING
    fixable = True
    summary = "Penulisan bilangan tingkat dengan ke-"
    summary_en = "Ordinal numbers with ke-"

    _SPACED = re.compile(
        r"([Kk]e)(?<![\w-][Kk]e)([ \t]+|[ \t]*-[ \t]+|[ \t]+-[ \t]*)(\d+)\b(?![.,]\d)"
    )

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        starts = [m.start() for m in _KE_RE.finditer(text)]
        for m in _after_ke(self._SPACED, text, starts):
            prefix, gap, digits = m.groups()
            place = self._placement(text, m.start(), m.end())
            if not ("-" in gap or place == "noun"):
                if place != "end":
                    continue  # ke 3 negara: preposition + count
                yield self.report(
                    m.start(), m.end(),
                    f"Bilangan tingkat ditulis dengan tanda hubung: '{prefix}-{digits}'.",
                    f"An ordinal takes a hyphen: '{prefix}-{digits}'.",
                    suggestions=[f"{prefix}-{digits}"],
                    severity=Severity.INFO,
                )
                continue
            yield self.report(
                m.start(), m.end(),
                f"Bilangan tingkat ditulis dengan tanda hubung: '{prefix}-{digits}'.",
                f"An ordinal takes a hyphen: '{prefix}-{digits}'.",
                suggestions=[f"{prefix}-{digits}"],
                fix=Fix(m.start(), m.end(), f"{prefix}-{digits}"),
            )
        yield from self._hyphenated_words(ctx, starts)
        yield from self._spaced_words(ctx, starts)

    @staticmethod
    def _placement(text: str, start: int, end: int) -> str | None:
        """`noun` when the ordinal follows a noun that takes one (minggu ke 12,
        juara ke empat), `end` when punctuation or a function word follows it
        (anak ke 4., ke tiga dari lima), None otherwise (ke 3 negara, ke empat
        kota: the preposition and a count)."""
        before = text[max(0, start - 80) : start].split()
        prev = before[-1].lower() if before else ""
        prev2 = " ".join(before[-2:]).lower() if len(before) >= 2 else ""
        nouns = ordinal_nouns()
        if prev in nouns or prev2 in nouns:
            return "noun"
        after = text[end : end + 2]
        if not after.strip() or after[0] in ".,;:?!)\"”" or after[:1] == "\n":
            return "end"
        following = _WORD_AFTER_RE.match(text, end)
        if following is not None and following.group(1).lower() in function_words():
            return "end"  # anak ke tiga dari lima: no noun to count
        return None

    def _spaced_words(self, ctx: Context, starts: list[int]) -> Iterator[Diagnostic]:
        """juara ke empat -> juara keempat; ke empat negara is left alone."""
        pattern = _number_word_pattern(r"([Kk]e)(?<![\w-][Kk]e)[ \t]+({words})\b(?!-)")
        if pattern is None:
            return
        text = ctx.text
        for m in _after_ke(pattern, text, starts):
            place = self._placement(text, m.start(), m.end())
            if place is None:
                continue
            joined = m.group(1) + m.group(2).lower()
            yield self.report(
                m.start(), m.end(),
                f"Bilangan tingkat dengan bilangan huruf ditulis serangkai: '{joined}'.",
                f"An ordinal with a number word is written joined: '{joined}'.",
                suggestions=[joined],
                fix=Fix(m.start(), m.end(), joined) if place == "noun" else None,
                severity=None if place == "noun" else Severity.INFO,
            )

    def _hyphenated_words(self, ctx: Context, starts: list[int]) -> Iterator[Diagnostic]:
        pattern = _number_word_pattern(r"([Kk]e)(?<![\w-][Kk]e)-({words})\b(?!-)")
        if pattern is None:
            return
        for m in _after_ke(pattern, ctx.text, starts):
            joined = m.group(1) + m.group(2)
            yield self.report(
                m.start(), m.end(),
                f"Ke- dengan bilangan huruf ditulis serangkai: '{joined}'.",
                f"Ke- is joined to a number word: '{joined}'.",
                suggestions=[joined],
                fix=Fix(m.start(), m.end(), joined),
            )


# 2.5 or 12.75: one group of one or two digits after the point, which is never
# a thousands group (those have three digits); glued to Rp or $ or standing
# alone; then the word after it.
_POINT_DECIMAL_RE = re.compile(
    r"(?:(?<=Rp)|(?<=\$)|(?<![\w.,/:#+\-–]))((?:0|[1-9]\d{0,2})\.\d{1,2})(?![\d.,]?\d)"
    r"(?:[ \u00a0]?(%)|[ \u00a0]([^\W\d_]+))"
)
# Where such a number may start (cheap to find in a long text).
_POINT_CANDIDATE_RE = re.compile(r"\d\d*\.\d")  # a digit first: the engine skips to one
# EYD V writes a duration with periods: 1.30 jam is one hour thirty minutes.
_DURATION_UNITS = frozenset({"jam", "menit"})


@register
class DecimalSeparator(Rule):
    """Flags a decimal point in a number of a quantity: Indonesian writes the
    decimal comma.

    **What it does**: reports a number with one group of one or two digits
    after a period (`2.5`, `12.75`) that is followed by a magnitude, unit or
    percent (`persen`, `%`, `juta`, `miliar`, `kg`, `km`, see
    `dictionaries/number-magnitudes.txt`). `3.500` (a thousands group),
    times and durations (`pukul 10.30`, `1.30 jam`), version numbers and
    numbers glued to letters or slashes are left alone.

    **Why it matters**: EYD V (Tanda Koma; Penulisan Angka) separates the
    decimals with a comma (2,5 persen) and keeps the period for thousands, so
    `2.5 persen` is an English habit that a reader may take for 25.

    **Example**

    Failing: `Ekonomi tumbuh 2.5 persen tahun lalu.`

    Passing: `Ekonomi tumbuh 2,5 persen tahun lalu.`

    **Fix**: writes the decimal comma.
    """

    code = "T505"
    slug = "decimal-separator"
    severity = Severity.WARNING
    fixable = True
    summary = "Tanda desimal ditulis dengan koma"
    summary_en = "Decimal comma in numbers"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        units = magnitudes()
        text = ctx.text
        for cand in _POINT_CANDIDATE_RE.finditer(text):
            m = _POINT_DECIMAL_RE.match(text, cand.start())
            if m is None:
                continue
            number, percent, word = m.groups()
            unit = percent or word
            if unit.lower() not in units:
                continue
            if unit.lower() in _DURATION_UNITS and len(number.partition(".")[2]) == 2:
                continue  # 1.30 jam: one hour thirty minutes
            if word and word[:1].isupper() and not word.isupper():
                continue  # 2.5 Juta in a title-case headline: left to the editor
            start, end = m.span(1)
            right = number.replace(".", ",")
            yield self.report(
                start, end,
                f"Tulis '{right}': bilangan desimal ditulis dengan koma.",
                f"Write '{right}': decimals take a comma.",
                suggestions=[right],
                fix=Fix(start, end, right),
            )


@lru_cache(maxsize=1)
def months() -> frozenset[str]:
    return word_set("months.txt")


# Around a month name: a day (or a range of days) right before it, and after
# it a number that a mark or the end of the line follows (so that the number
# is the year of the date, not a count: 5 Mei 300 warga ...).
_DAY_BEFORE_RE = re.compile(r"(?<![\w.,])(\d{1,2})(?:\s?[-–]\s?\d{1,2})? \Z")
_YEAR_AFTER_RE = re.compile(r" (\d+)(?=[.,;:)\]]|[ \t]*$)", re.MULTILINE)
_YEAR_DIGITS = 4
# The word after a spaced ordinal (ke tiga dari): one space, then letters.
_WORD_AFTER_RE = re.compile(r"[ \t]([^\W\d_]+)")
# How far before a month name its day may start (24-26 November).
_DAY_REACH = 8


@register
class DateYear(Rule):
    """Flags a date whose year does not have four digits.

    **What it does**: reads a day (or a range of days), a month of
    `dictionaries/months.txt` and the number after it as a date when a
    punctuation mark or the end of the line follows the number (`24-26
    November 201.`, `5 Mei 20177,`), and reports a year that is not four
    digits long. A number followed by a word (`5 Mei 300 warga`) is a count,
    not a year, and is left alone.

    **Why it matters**: a truncated or doubled digit in a year survives
    spelling checks and misdates the story; EYD V writes the year in full.

    **Example**

    Failing: `Festival itu digelar pada 24-26 November 201.`

    Passing: `Festival itu digelar pada 24-26 November 2017.`

    **Fix**: none (the year cannot be guessed).
    """

    code = "T506"
    slug = "date-year"
    data_files = ("months.txt",)
    severity = Severity.WARNING
    fixable = False
    summary = "Tahun pada tanggal tidak empat angka"
    summary_en = "Year of a date not four digits long"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        names = months()
        for k in ctx.words_where(names.__contains__):
            tok = ctx.tokens[k]  # the date is looked for only around a month name
            day = _DAY_BEFORE_RE.search(text, max(0, tok.start - _DAY_REACH), tok.start)
            after = _YEAR_AFTER_RE.match(text, tok.end)
            if day is None or after is None:
                continue
            year = after.group(1)
            if len(year) == _YEAR_DIGITS or not 1 <= int(day.group(1)) <= 31:
                continue
            start, end = after.span(1)
            yield self.report(
                start, end,
                f"Tahun '{year}' pada tanggal ini tidak empat angka: periksa tahunnya.",
                f"The year '{year}' of this date is not four digits: check it.",
            )
