"""P403 quote-pairing: double quotation marks that open and close in pairs,
of one style, with no space inside the closing mark."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

from ..diagnostic import Diagnostic, Severity
from ..quotation import CURLY_CLOSE, CURLY_OPEN, STRAIGHT, QuoteMark
from . import register
from .base import Context, Option, Rule

_NEXT_CHAR_RE = re.compile(r"\s*(\S)")


def _style(ch: str) -> str:
    return "straight" if ch == STRAIGHT else "curly"


@register
class QuotePairing(Rule):
    """Flags quotation marks that do not pair up.

    **What it does**: within a paragraph, reports (1) a pair opened with one
    style and closed with the other (`“…"` or `"…”`), (2) a space inside the
    closing mark (`… gantinya. "`), (3) a closing mark with no opening one and
    an opening mark never closed — unless the next paragraph opens with a
    quotation mark, the convention for a quotation running over several
    paragraphs. Straight and curly quotes are a house choice: by default the
    document's own majority style is the norm and pairs in the other style are
    `info`; the option `style: curly` or `style: straight` pins the style and
    reports the other one as a warning.

    **Why it matters**: EYD V (Tanda Petik) encloses a direct quotation in a
    pair of double quotation marks; a mark in the wrong place or style is a
    visible typesetting error and often hides a quotation cut in editing.

    **Example**

    Failing: `Ia berkata, “Kami akan menghentikan serangan. "`

    Passing: `Ia berkata, “Kami akan menghentikan serangan.”`

    **Fix**: none automatic; the suggestion names the expected mark.
    """

    code = "P403"
    slug = "quote-pairing"
    severity = Severity.WARNING
    fixable = False
    summary = "Tanda petik yang tidak berpasangan atau berbeda gaya"
    summary_en = "Unpaired or mismatched quotation marks"
    default_options: ClassVar[dict[str, Any]] = {"style": None}
    option_specs: ClassVar[dict[str, Option]] = {
        "style": Option(str, "pin the quotation mark style (default: the document's majority)",
                        ("curly", "straight"))}

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        paragraphs = ctx.quote_marks
        styles: Counter[str] = Counter()
        pairs: list[tuple[QuoteMark, QuoteMark]] = []
        for idx, marks in enumerate(paragraphs):
            by_pos = {m.pos: m for m in marks}
            for mark in marks:
                if mark.opening and mark.partner is not None:
                    close = by_pos[mark.partner]
                    if _style(mark.char) == _style(close.char):
                        styles[_style(mark.char)] += 1
                        pairs.append((mark, close))
            yield from self._check_paragraph(ctx, marks, by_pos, idx, paragraphs)
        pinned = self.option("style")
        if pinned in ("curly", "straight"):
            for opening, close in pairs:
                if _style(opening.char) != pinned:
                    yield self._style_report(opening, close, pinned, Severity.WARNING)
        elif len(styles) == 2:
            (major, n1), (minor, n2) = styles.most_common(2)
            if n1 > n2:
                for opening, close in pairs:
                    if _style(opening.char) == minor:
                        yield self._style_report(opening, close, major, Severity.INFO)

    def _style_report(self, opening: QuoteMark, close: QuoteMark, style: str,
                      severity: Severity) -> Diagnostic:
        want = "“…”" if style == "curly" else '"…"'
        return self.report(
            opening.pos, close.pos + 1,
            f"Gaya tanda petik tidak seragam: gunakan {want} seperti di bagian lain.",
            f"Inconsistent quotation marks: use {want} as elsewhere.",
            severity=severity,
        )

    def _check_paragraph(self, ctx: Context, marks: list[QuoteMark],
                         by_pos: dict[int, QuoteMark], idx: int,
                         paragraphs: list[list[QuoteMark]]) -> Iterator[Diagnostic]:
        text = ctx.text
        for mark in marks:
            if mark.opening:
                if mark.partner is None and not self._continues(ctx, mark.pos):
                    yield self.report(
                        mark.pos, mark.pos + 1,
                        "Tanda petik pembuka tanpa pasangan penutup dalam paragraf ini.",
                        "Opening quotation mark without a closing one in this paragraph.",
                        severity=Severity.INFO,
                    )
                continue
            if mark.partner is None:
                if mark.char == CURLY_CLOSE:
                    yield self.report(
                        mark.pos, mark.pos + 1,
                        "Tanda petik penutup tanpa pasangan pembuka.",
                        "Closing quotation mark without an opening one.",
                        severity=Severity.INFO,
                    )
                continue
            opening = by_pos[mark.partner]
            start = mark.pos
            while start > opening.pos + 1 and text[start - 1] in " \t":
                start -= 1
            after = text[mark.pos + 1 : mark.pos + 2]
            # `… gantinya. "` or `… siap ”,`: the closing mark drifted off its word
            spaced = start < mark.pos and (text[start - 1] in ".,!?…" or (
                mark.char == CURLY_CLOSE and not after.isalpha()))
            if _style(opening.char) != _style(mark.char):
                want = CURLY_CLOSE if opening.char == CURLY_OPEN else STRAIGHT
                yield self.report(
                    start if spaced else mark.pos, mark.pos + 1,
                    f"Pasangan tanda petik berbeda gaya: dibuka dengan {opening.char}, "
                    f"ditutup dengan {mark.char}; tutup dengan {want}.",
                    f"Mismatched quotation marks: opened with {opening.char}, closed with "
                    f"{mark.char}; close with {want}.",
                    suggestions=[want],
                )
            elif spaced:
                yield self.report(
                    start, mark.pos + 1,
                    "Spasi sebelum tanda petik penutup; rapatkan tanda petik ke kata "
                    "atau tanda baca sebelumnya.",
                    "Space before the closing quotation mark; attach it to the preceding "
                    "word or punctuation.",
                    suggestions=[mark.char],
                )

    @staticmethod
    def _continues(ctx: Context, pos: int) -> bool:
        """Does the next non-blank line open with a quotation mark (a quotation
        running over several paragraphs)?"""
        text = ctx.text
        nl = text.find("\n", pos)
        if nl < 0:
            return False
        m = _NEXT_CHAR_RE.match(text, nl + 1)
        return m is not None and m.group(1) in (STRAIGHT, CURLY_OPEN, CURLY_CLOSE)


__all__ = ["QuoteMark", "QuotePairing"]
