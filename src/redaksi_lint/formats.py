"""Document formats: which parts of a file are prose.

Plain text is all prose (URLs and the like aside). In Markdown, code, front
matter, link targets and HTML are masked so only the prose is checked, while
positions still point into the source file (see markdown.py).
"""

from __future__ import annotations

import re
from pathlib import PurePath

from .document import Document

_MD_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def detect_format(path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    if suffix in _MD_SUFFIXES:
        return "md"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "txt"


def markdown_masks(text: str) -> list[tuple[int, int]]:
    """The spans of a Markdown text that are not prose."""
    from .markdown import markdown_layout

    return markdown_layout(text).masks


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


# Tags that end a block of text: what follows starts a sentence of its own.
_HTML_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|td|th|tr|table|blockquote|section|article|header"
    r"|footer|figcaption|figure|aside|dd|dt|pre|hr)\b[^>]*>", re.IGNORECASE)


def html_breaks(text: str) -> list[int]:
    """Offsets of the block tags of an HTML page (sentence boundaries)."""
    return [m.start() for m in _HTML_BLOCK_TAG.finditer(text)]


def load_document(text: str, path: str = "-", fmt: str = "txt") -> Document:
    """A Document for `text` in format `fmt`, with its non-prose masked."""
    if fmt == "md":
        from .markdown import markdown_layout

        layout = markdown_layout(text, mdx=path.lower().endswith(".mdx"))
        return Document(text, path, "md", layout.masks, breaks=sorted(set(layout.breaks)),
                        table_lines=layout.table_lines)
    if fmt == "html":
        return Document(text, path, "html", html_masks(text), breaks=html_breaks(text))
    return Document(text, path, fmt)
