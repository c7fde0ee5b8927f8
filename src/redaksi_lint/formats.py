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


def _markdown_blocks(text: str) -> list[tuple[int, int]]:
    """Line spans of the blocks that are not prose (fenced and indented code,
    HTML blocks), as markdown-it-py parses them (CommonMark)."""
    from markdown_it import MarkdownIt

    starts = [0]
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(m.end())
    starts.append(len(text))
    spans = []
    for tok in MarkdownIt("commonmark").parse(text):
        if tok.type in ("fence", "code_block", "html_block") and tok.map:
            first, last = tok.map
            spans.append((starts[first], starts[min(last, len(starts) - 1)]))
    return spans


def markdown_masks(text: str) -> list[tuple[int, int]]:
    spans = _markdown_blocks(text)
    for m in _MD_MASKS.finditer(text):
        start, end = m.span()
        if m.group().startswith("]("):
            start += 1  # keep the closing bracket of the link text as punctuation
        spans.append((start, end))
    return spans


_HTML_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>|&[#\w]+;",
                          re.DOTALL | re.IGNORECASE)


def html_masks(text: str) -> list[tuple[int, int]]:
    """Everything of an HTML page but the text of its body: the head, tags,
    scripts, styles and entities."""
    spans = [(m.start(), m.end()) for m in _HTML_MARKUP.finditer(text)]
    body = re.search(r"<body\b[^>]*>", text, re.IGNORECASE)
    if body:
        spans.append((0, body.end()))
        end = re.search(r"</body\s*>", text[body.end():], re.IGNORECASE)
        if end:
            spans.append((body.end() + end.start(), len(text)))
    return spans


def load_document(text: str, path: str = "-", fmt: str = "txt") -> Document:
    """A Document for `text` in format `fmt`, with its non-prose masked."""
    if fmt == "md":
        return Document(text, path, "md", markdown_masks(text))
    if fmt == "html":
        return Document(text, path, "html", html_masks(text))
    return Document(text, path, fmt)
