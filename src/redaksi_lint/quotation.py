"""Direct quotations: one model of double quotation marks for the whole tool.

Marks are read per paragraph (line) and paired; an inch mark (`32" TV`) is no
quotation mark. The rules that check the marks themselves (P402, P403) read
the pairs; the rules that leave quoted speech alone read the spans built
from the same pairs, so both always agree on what is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_RE = re.compile(r"[^\r\n]+")
STRAIGHT = '"'
CURLY_OPEN = "“"
CURLY_CLOSE = "”"
_MARK_RE = re.compile('["“”]')


@dataclass(slots=True)
class QuoteMark:
    """One double quotation mark and the role it plays in its paragraph."""

    pos: int
    char: str
    opening: bool
    partner: int | None = None  # offset of the other mark of the pair


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def quote_marks(text: str) -> list[list[QuoteMark]]:
    """Double quotation marks per paragraph (line), each marked as opening or
    closing and paired where possible.

    A curly closing mark written before a word with a space in front of it
    (` ”menurut`) opens a quotation when none is open: some writers use ” on
    both sides; when a quotation is open it closes it.
    """
    paragraphs = []
    for m in _LINE_RE.finditer(text):
        line, base = m.group(), m.start()
        marks: list[QuoteMark] = []
        open_mark: QuoteMark | None = None
        for q in _MARK_RE.finditer(line):
            k, ch = q.start(), q.group()
            if ch == STRAIGHT and k > 0 and k + 1 < len(line) and (
                line[k - 1].isdigit() and not line[k + 1].isalpha()
            ):
                continue  # inches: 32" TV
            if ch == CURLY_OPEN:
                opening = True
            elif ch == STRAIGHT:
                opening = open_mark is None
            else:
                opening = open_mark is None and (k == 0 or line[k - 1].isspace()) and (
                    k + 1 < len(line) and _is_word_char(line[k + 1]))
            mark = QuoteMark(base + k, ch, opening)
            if opening:
                open_mark = mark
            elif open_mark is not None:
                open_mark.partner = mark.pos
                mark.partner = open_mark.pos
                open_mark = None
            marks.append(mark)
        paragraphs.append(marks)
    return paragraphs


def quote_spans(text: str,
                marks_per_line: list[list[QuoteMark]] | None = None) -> list[tuple[int, int]]:
    """Spans of direct quotations, marks included: each pair of marks, and an
    opening mark never closed runs to the end of its paragraph (line).
    `marks_per_line` is quote_marks(text) when the caller has it already."""
    spans: list[tuple[int, int]] = []
    for marks in quote_marks(text) if marks_per_line is None else marks_per_line:
        for mark in marks:
            if not mark.opening:
                continue
            if mark.partner is not None:
                spans.append((mark.pos, mark.partner + 1))
            else:
                end = text.find("\n", mark.pos)
                end = len(text) if end < 0 else end
                if end > 0 and text[end - 1] == "\r":
                    end -= 1
                spans.append((mark.pos, end))
    return spans
