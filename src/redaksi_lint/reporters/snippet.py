"""The source line under a finding, with the span underlined, as a terminal
shows it. News paragraphs are single lines of 250–500 characters, so a long
line is cut to a window around the span, with an ellipsis where it was cut.
Widths are counted in terminal cells: a wide (CJK, emoji) character takes
two, a combining mark or zero-width character none, a tab is shown as four
spaces, so the carets stand under the span whatever the line holds."""

from __future__ import annotations

import unicodedata

MAX_WIDTH = 100  # cells of source shown per finding
TAB = "    "
ELLIPSIS = "…"


def cell_width(ch: str) -> int:
    """Terminal cells one character takes."""
    if ch == "\t":
        return len(TAB)
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    if ord(ch) < 32 or ord(ch) == 0x7F:
        return 0
    return 1


def _shown(ch: str) -> str:
    if ch == "\t":
        return TAB
    if ord(ch) < 32 or ord(ch) == 0x7F:
        return ""
    return ch


def window(line: str, start: int, end: int, max_width: int = MAX_WIDTH) -> tuple[str, str]:
    """(the line or a window of it, the underline): `start`/`end` are
    character indices of the span in `line` (end exclusive, at most its
    length; an empty span gets one caret)."""
    start = max(0, min(start, len(line)))
    end = max(start, min(end, len(line)))
    widths = [cell_width(c) for c in line]
    lo, hi = 0, len(line)
    if sum(widths) > max_width:
        span = sum(widths[start:end])
        budget = max_width - 2 * len(ELLIPSIS) - min(span, max_width // 2)
        lo, hi = start, end
        if span > max_width // 2:  # a long span: its start, and the ellipsis
            hi, used = start, 0
            while hi < end and used + widths[hi] <= max_width // 2:
                used += widths[hi]
                hi += 1
        left = budget // 3  # more room after the span: the reader reads on
        while lo > 0 and left - widths[lo - 1] >= 0:
            lo -= 1
            left -= widths[lo]
        right = budget - budget // 3 + left
        while hi < len(line) and right - widths[hi] >= 0:
            right -= widths[hi]
            hi += 1
        while lo > 0 and right - widths[lo - 1] >= 0:  # room left over at the end
            lo -= 1
            right -= widths[lo]
    shown = "".join(_shown(c) for c in line[lo:hi])
    before = sum(widths[lo:start])
    under = max(1, sum(widths[start:min(end, hi)]))
    if lo > 0:
        shown, before = ELLIPSIS + shown, before + len(ELLIPSIS)
    if hi < len(line):
        shown += ELLIPSIS
    return shown, " " * before + "^" * under
