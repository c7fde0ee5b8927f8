"""P408 unclosed-parenthesis: an opening parenthesis that is never closed in
its paragraph ((Senin, 12/5 with the closing mark forgotten)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostic import Diagnostic, Severity
from . import register
from .base import Context, Rule

# A paragraph ends at a blank line (hard-wrapped Markdown keeps a parenthesis
# open across its lines).
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\r?\n|\r\n[ \t]*\r\n")
# Marks before "(" that make it something other than an opening parenthesis:
# emoticons :( ;( and =( .
_NOT_OPENING_AFTER = frozenset(":;=")
_PAREN_RE = re.compile(r"[()]")


@register
class UnclosedParenthesis(Rule):
    """Flags an opening parenthesis that is not closed before the end of its
    paragraph.

    **What it does**: pairs `(` with `)` inside each paragraph (up to a blank
    line, so that a parenthesis may run over the lines of a wrapped
    paragraph) and reports every `(` left open: `(Senin, 12/5 di kantor …`
    with the `)` forgotten. A lone `)` is not reported (list items are
    numbered `1)`, `a)`), nor an emoticon such as `:(`. Code, URLs and markup
    are not read.

    **Why it matters**: EYD V (Tanda Kurung) encloses additions and
    explanations in a pair of parentheses; a parenthesis left open makes the
    reader lose where the aside ends, and it is typical of a date or a source
    line cut while editing.

    **Example**

    Failing: `Rapat digelar di Jakarta (Senin, 12/5 dan dihadiri 40 orang.`

    Passing: `Rapat digelar di Jakarta (Senin, 12/5) dan dihadiri 40 orang.`

    **Fix**: none automatic: only the writer knows where the aside ends.
    """

    code = "P408"
    slug = "unclosed-parenthesis"
    severity = Severity.WARNING
    fixable = False
    summary = "Kurung buka tanpa kurung tutup"
    summary_en = "Opening parenthesis never closed"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.text
        if "(" not in text:
            return
        start = 0
        for brk in [*_PARAGRAPH_BREAK_RE.finditer(text), None]:
            end = len(text) if brk is None else brk.start()
            if "(" in text[start:end]:
                yield from self._paragraph(text, start, end)
            start = end if brk is None else brk.end()

    def _paragraph(self, text: str, start: int, end: int) -> Iterator[Diagnostic]:
        open_at: list[int] = []
        for m in _PAREN_RE.finditer(text, start, end):
            i, ch = m.start(), m.group()
            if ch == "(":
                if i > start and text[i - 1] in _NOT_OPENING_AFTER:
                    continue
                open_at.append(i)
            elif ch == ")" and open_at:
                open_at.pop()
        for i in open_at:
            yield self.report(
                i, i + 1,
                "Kurung buka '(' tidak ditutup dalam paragraf ini.",
                "This opening parenthesis '(' is not closed in its paragraph.",
            )
