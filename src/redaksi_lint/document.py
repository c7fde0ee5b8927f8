"""A draft as text plus what is not prose, with exact line/column mapping.

Rules read `Document.prose`: the same length as `text`, with non-prose spans
(URLs, e-mail addresses, handles, hashtags, comments, code, markup) replaced by
U+FFFC so that every offset a rule computes is an offset into the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

MASK_CHAR = "\ufffc"

# What is never prose, in any format.
_URL = r"(?:https?://|ftp://|www\.)[^\s<>\"“”'‘’()\[\]{}]+[^\s<>\"“”'‘’()\[\]{}.,;:!?]"
# Domain endings that mark a bare address (contoh.co.id): the domain pattern
# and the anchor scan below both read them from here.
_TLDS = r"(?:com|co\.id|id|org|net|go\.id|ac\.id|or\.id|io|info|gov|edu|tv|news)"
# Lookbehinds keep these linear: a match may only start where a word starts.
_DOMAIN = rf"(?<![\w.@-])(?:[\w-]+\.)+{_TLDS}\b(?:/[^\s<>\"“”]*)?"
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?"
_HASHTAG = r"(?<![\w#&])#[^\W\d_][\w]*"
NON_PROSE_RE = re.compile(
    "|".join(f"(?:{p})" for p in (_URL, _EMAIL, _HANDLE, _HASHTAG, _DOMAIN)),
    re.DOTALL | re.IGNORECASE,
)
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
# Every non-prose pattern needs one of these (@, #, ://, www., a domain
# ending); lines without any are skipped. Written to begin with a character
# class, which the regex engine scans for quickly, rather than an alternation.
_NON_PROSE_ANCHOR_RE = re.compile(
    rf"[@#:.wW](?:(?<=[@#])|(?<=:)//|(?<=[wW])(?i:ww)\.|(?<=\.)(?i:{_TLDS})\b)")


def non_prose_spans(text: str) -> list[tuple[int, int]]:
    """NON_PROSE_RE's matches, searched only on the lines that could hold one
    (no match crosses a line break), which spares most of a long text."""
    spans: list[tuple[int, int]] = []
    done = 0
    for anchor in _NON_PROSE_ANCHOR_RE.finditer(text):
        if anchor.start() < done:
            continue
        start = text.rfind("\n", 0, anchor.start()) + 1
        end = text.find("\n", anchor.start())
        done = len(text) if end < 0 else end + 1
        spans.extend(m.span() for m in NON_PROSE_RE.finditer(text, start, done))
    return spans


@dataclass
class Document:
    """The text of one draft. `text` is what the user wrote (BOM removed, line
    endings kept); `masked` lists (start, end) spans that are not prose."""

    text: str
    path: str = "-"
    fmt: str = "txt"
    masked: list[tuple[int, int]] = field(default_factory=list)
    line_numbers: list[int] | None = None  # per-line number to report (docx paragraphs)
    # A chunk of a larger file (streaming): lines before it, and the column its
    # first character stands at in the file's line.
    line_offset: int = 0
    col_offset: int = 0
    # Offsets where a sentence must end whatever the punctuation says: the
    # start of each block of a structured format (paragraph, heading, list
    # item, table cell).
    breaks: list[int] = field(default_factory=list)
    # 0-based lines that are table rows: cells, not sentences or lines of prose.
    table_lines: set[int] = field(default_factory=set)
    _line_starts: list[int] = field(init=False, repr=False)
    _prose: str | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(m.end() for m in _LINE_BREAK_RE.finditer(self.text))
        self._line_starts = starts
        auto = non_prose_spans(self.text)
        # U+FEFF (a byte-order mark pasted mid-text) is invisible: not prose.
        boms = ([(m.start(), m.end()) for m in re.finditer("\ufeff+", self.text)]
                if "\ufeff" in self.text else [])
        self.masked = merge_spans([*self.masked, *auto, *comment_spans(self.text), *boms])

    # -- positions -------------------------------------------------------
    @property
    def line_starts(self) -> list[int]:
        return self._line_starts

    def line_index(self, offset: int) -> int:
        """0-based index of the line holding `offset`."""
        return bisect_right(self._line_starts, offset) - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        idx = self.line_index(offset)
        col = offset - self._line_starts[idx] + 1
        if idx == 0:
            col += self.col_offset
        line = idx + 1 + self.line_offset
        if self.line_numbers is not None and idx < len(self.line_numbers):
            line = self.line_numbers[idx]
        return line, col

    def line_span(self, idx: int) -> tuple[int, int]:
        """(start, end) of line `idx` without its line break."""
        start = self._line_starts[idx]
        if idx + 1 < len(self._line_starts):
            end = self._line_starts[idx + 1]
            while end > start and self.text[end - 1] in "\r\n":
                end -= 1
        else:
            end = len(self.text)
        return start, end

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    # -- prose -----------------------------------------------------------
    @property
    def prose(self) -> str:
        """`text` with masked spans blanked to U+FFFC (line breaks kept)."""
        if self._prose is None:
            if not self.masked:
                self._prose = self.text
            else:
                parts: list[str] = []
                pos = 0
                for start, end in self.masked:
                    parts.append(self.text[pos:start])
                    parts.append(
                        "".join(c if c in "\r\n" else MASK_CHAR for c in self.text[start:end])
                    )
                    pos = end
                parts.append(self.text[pos:])
                self._prose = "".join(parts)
        return self._prose

    def is_masked(self, start: int, end: int | None = None) -> bool:
        """True when any character of [start, end) is not prose."""
        end = start + 1 if end is None else end
        return MASK_CHAR in self.prose[max(start, 0) : end]


def comment_spans(text: str) -> list[tuple[int, int]]:
    """`<!-- … -->` comments (suppression markers among them); an unclosed
    comment runs to the end of the text. A plain scan: linear on any input."""
    spans = []
    pos = text.find("<!--")
    while pos >= 0:
        close = text.find("-->", pos + 4)
        end = len(text) if close < 0 else close + 3
        spans.append((pos, end))
        pos = text.find("<!--", end)
    return spans


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of spans."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
