"""Document formats: which parts of a file are prose.

Plain text is all prose (URLs and the like aside). In Markdown, code, front
matter, link targets and HTML are masked so only the prose is checked, while
positions still point into the source file.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from .document import Document

_MD_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

_MD_MASKS = re.compile(
    r"""
    \A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)   # YAML front matter
  | ^[ \t]*(?P<fence>```+|~~~+)[^\n]*\n.*?(?:^[ \t]*(?P=fence)[ \t]*$|\Z)  # fenced code
  | (?P<tick>`+)(?!`).+?(?<!`)(?P=tick)(?!`)      # code span
  | \]\([^)\s]*(?:\s+"[^"]*")?\)                   # link target
  | ^\[[^\]]+\]:[^\n]*                             # link reference definition
  | <[A-Za-z/!][^>\n]*>                           # inline HTML tag
    """,
    re.VERBOSE | re.DOTALL | re.MULTILINE,
)


def detect_format(path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    if suffix in _MD_SUFFIXES:
        return "md"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "txt"


def markdown_masks(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _MD_MASKS.finditer(text):
        start, end = m.span()
        if m.group().startswith("]("):
            start += 1  # keep the closing bracket of the link text as punctuation
        spans.append((start, end))
    return spans


def load_document(text: str, path: str = "-", fmt: str = "txt") -> Document:
    """A Document for `text` in format `fmt`, with its non-prose masked."""
    if fmt == "md":
        return Document(text, path, "md", markdown_masks(text))
    if fmt == "html":
        tags = [(m.start(), m.end()) for m in re.finditer(
            r"<(script|style)\b.*?</\1\s*>|<[^>]+>|&[#\w]+;", text, re.DOTALL | re.IGNORECASE)]
        return Document(text, path, "html", tags)
    return Document(text, path, fmt)
