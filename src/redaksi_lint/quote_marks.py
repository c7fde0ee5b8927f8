"""Double quotation marks paired per paragraph: the quote model that the
quotation rules (P403 and the space rules around quotes) read.

Kept apart from the rules so that the shared rule context can offer it
without importing a rule module.
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
