"""Which parts of a Markdown file are prose, read from markdown-it-py's tokens.

Every block (paragraph, heading, list item, table cell) is located in the
source through its line map; its inline elements (code spans, links, images,
inline HTML, entities, MDX expressions) are found inside that block only, so
a stray backtick never pairs with one paragraphs later. Everything on a
block's lines that is not its inline text (list and quote markers, `#`,
table pipes, setext underlines) is masked, and so is every line that belongs
to no prose block (code, front matter, link definitions, thematic breaks).
The text between the tags of an HTML block is prose; its tags are not.
Each block starts a sentence of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BACKTICKS = re.compile(r"`+")
# A link or image target right after the closing bracket: (target "title") or [ref].
_TARGET = re.compile(r"\]\((?:<[^>\n]*>|[^()\s]|\((?:[^()\s])*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'"
                     r"|\([^)]*\)))?\s*\)|\]\[[^\]]*\]")
_IMAGE = re.compile(r"!\[[^\]]*\]")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# MDX: a heading id {#id} or a comment {/* … */}; in .mdx any {expression}.
# Liquid/Jekyll tags ({% … %}, {{ … }}) are template code as well.
_MDX_ID = re.compile(r"\{/\*.*?\*/\}|\{#[^\s{}]+\}|\{%.*?%\}|\{\{.*?\}\}")
_MDX_ESM = re.compile(r"(?:import|export)\s")  # an MDX paragraph of import/export code
_MDX_EXPR = re.compile(r"\{[^{}\n]*\}")
_NON_SPACE = re.compile(r"\S+")
# An HTML block whose content kramdown reads as Markdown (Jekyll sites).
_MARKDOWN_ATTR = re.compile(r"""^\s*<[A-Za-z][^>]*\bmarkdown=["']?(?:1|block|span)\b""")
_HTML_TAG = re.compile(r"<(script|style|pre|code|kbd|samp|textarea|svg|math)\b.*?</\1\s*>"
                       r"|</?[A-Za-z][^>]*>|<!--.*?-->", re.DOTALL | re.IGNORECASE)


@dataclass
class Layout:
    """What the tokens say about a Markdown file: non-prose spans, offsets
    where a sentence must end (block and cell starts), and table lines."""

    masks: list[tuple[int, int]] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    table_lines: set[int] = field(default_factory=set)


def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_layout(text: str, mdx: bool = False) -> Layout:
    """The prose layout of a Markdown (or MDX) text; offsets into `text`."""
    starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    ends = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]
    layout = Layout()
    source = text
    front = _FRONT_MATTER.match(text)
    if front:
        layout.masks.append(front.span())
        # the parser sees blank lines instead (line numbers stay the same)
        source = re.sub(r"[^\r\n]", "", text[: front.end()]) + text[front.end():]
    prose_lines: set[int] = set()
    tokens = _parser().parse(source)
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.type == "table_open" and tok.map:
            k = _table(tokens, k, text, starts, ends, layout)
            prose_lines.update(range(*tok.map))
            continue
        if tok.type == "html_block" and tok.map:
            # the text between the tags is published prose (a label, a
            # caption, kramdown's <aside markdown="1">); tags, code and
            # comments are not
            first, last = tok.map
            _html_prose(text, starts, ends, first, last, layout)
            prose_lines.update(range(first, last))
        if tok.type == "inline" and tok.map and not (mdx and _MDX_ESM.match(tok.content)):
            first, last = tok.map
            segments = _segments(tok.content, text, starts, ends, first, last)
            layout.breaks.append(starts[first])
            prose_lines.update(range(first, last))
            _mask_around(segments, text, starts, ends, first, last, layout)
            _inline(tok, segments, text, layout, mdx)
        k += 1
    for idx in range(len(starts)):
        if idx not in prose_lines and ends[idx] > starts[idx]:
            layout.masks.append((starts[idx], ends[idx]))
    return layout


def _html_prose(text: str, starts: list[int], ends: list[int], first: int, last: int,
                layout: Layout) -> None:
    """The text of an HTML block: tags (also over several lines), code,
    scripts, comments (HTML, MDX), template tags, link targets, autolinks
    and entities are masked; each line and each tag ends a sentence."""
    last = min(last, len(starts))
    if last <= first:
        return
    block_start, block_end = starts[first], ends[last - 1]
    for idx in range(first, last):
        layout.breaks.append(starts[idx])
    for pattern in (_HTML_TAG, _AUTOLINK, _ENTITY, _IMAGE, _MDX_ID):
        for m in pattern.finditer(text, block_start, block_end):
            layout.masks.append(m.span())
            if pattern is _HTML_TAG:
                layout.breaks.append(m.start())
    for m in _TARGET.finditer(text, block_start, block_end):  # keep the closing bracket
        layout.masks.append((m.start() + 1, m.end()))


def _segments(content: str, text: str, starts: list[int], ends: list[int],
              first: int, last: int) -> list[tuple[int, int]]:
    """Where each line of a block's inline content stands in the source: the
    k-th content line is the end of the block's k-th source line, after its
    markers. A line where it cannot be found is prose from its first
    non-blank character (better checked than silently skipped)."""
    out = []
    for k, piece in enumerate(content.split("\n")):
        idx = first + k
        if idx >= last:
            break
        line = text[starts[idx] : ends[idx]]
        at = line.rfind(piece) if piece else len(line.rstrip())
        if at < 0:
            at = len(line) - len(line.lstrip())
            piece = line[at:].rstrip()
        out.append((starts[idx] + at, starts[idx] + at + len(piece)))
    return out


def _mask_around(segments: list[tuple[int, int]], text: str, starts: list[int],
                 ends: list[int], first: int, last: int, layout: Layout) -> None:
    """Mask what stands on a block's lines outside its inline text: markers,
    `#`, a setext underline."""
    pos = starts[first]
    for seg_start, seg_end in [*segments, (ends[last - 1], ends[last - 1])]:
        marks = list(_NON_SPACE.finditer(text, pos, max(pos, seg_start)))
        if marks:
            # a marker and the space after it (`# `, `- `): a fix that closes
            # up that space would turn the block into another one
            end = seg_start if seg_start > marks[-1].end() else marks[-1].end()
            layout.masks.extend(m.span() for m in marks[:-1])
            layout.masks.append((marks[-1].start(), end))
        pos = seg_end


def _inline(tok: Any, segments: list[tuple[int, int]], text: str, layout: Layout,
            mdx: bool) -> None:
    """Mask the inline elements of one block that are not prose."""
    if not segments:
        return
    lo, hi = segments[0][0], segments[-1][1]
    kinds = {c.type for c in tok.children or ()}
    # Code spans and inline HTML are placed in the order the parser met them,
    # each after the one before (the same text may stand in a code span first).
    code: list[tuple[int, int]] = []
    html: list[tuple[int, int]] = []
    if kinds & {"code_inline", "html_inline"}:
        pos = lo
        for child in tok.children:
            if child.type == "code_inline":
                span = _code_span(text, segments, pos, len(child.markup), child.content)
                found = code
            elif child.type == "html_inline":
                at = text.find(child.content, pos, hi)
                span = None if at < 0 else (at, at + len(child.content))
                found = html
            else:
                continue
            if span is not None:
                found.append(span)
                pos = span[1]
    layout.masks.extend(code)

    def outside_code(start: int) -> bool:
        return not any(a <= start < b for a, b in code)

    patterns = [_ENTITY, _MDX_ID]
    if mdx:
        patterns.append(_MDX_EXPR)
    if kinds & {"link_open", "image"}:
        patterns += [_TARGET, _AUTOLINK]
    if "image" in kinds:
        patterns.append(_IMAGE)
    for pattern in patterns:
        for m in pattern.finditer(text, lo, hi):
            if outside_code(m.start()):
                start = m.start() + 1 if pattern is _TARGET else m.start()
                layout.masks.append((start, m.end()))  # `]` stays: it closes the text
    layout.masks.extend(html)


def _code_span(text: str, segments: list[tuple[int, int]], pos: int, ticks: int,
               want: str) -> tuple[int, int] | None:
    """The next code span of `ticks` backticks whose content reads `want`."""
    hi = segments[-1][1]
    for m in _BACKTICKS.finditer(text, pos, hi):
        if len(m.group()) != ticks or (m.start() > 0 and text[m.start() - 1] == "\\"
                                       and m.start() - 1 >= pos):
            continue
        for c in _BACKTICKS.finditer(text, m.end(), hi):
            if len(c.group()) == ticks:
                # the content as the parser saw it: line prefixes (> , indent) left out
                raw = "\n".join(text[max(a, m.end()) : min(b, c.start())]
                                for a, b in segments if a <= c.start() and b >= m.end())
                if _code_content(raw) == want:
                    return m.start(), c.end()
                break
    return None


def _code_content(raw: str) -> str:
    """CommonMark's normalisation of a code span's content."""
    s = _LINE_BREAK.sub(" ", raw)
    if len(s) >= 2 and s[0] == " " and s[-1] == " " and s.strip(" "):
        s = s[1:-1]
    return s


def _table(tokens: list[Any], k: int, text: str, starts: list[int], ends: list[int],
           layout: Layout) -> int:
    """Mask a table's pipes and separator row; each cell is a block of its own.
    Returns the index of the token after the table."""
    first, last = tokens[k].map
    layout.table_lines.update(range(first, last))
    row_cells: dict[int, list[Any]] = {}
    j = k + 1
    while j < len(tokens) and tokens[j].type != "table_close":
        if tokens[j].type == "inline" and tokens[j].map:
            row_cells.setdefault(tokens[j].map[0], []).append(tokens[j])
        j += 1
    for idx in range(first, last):
        line_start, line_end = starts[idx], ends[idx]
        cells = row_cells.get(idx)
        if not cells:  # the separator row (or a row with no text)
            if line_end > line_start:
                layout.masks.append((line_start, line_end))
            continue
        pos = line_start
        for cell in cells:
            at = text.find(cell.content, pos, line_end) if cell.content else -1
            if at < 0:
                continue
            for m in _NON_SPACE.finditer(text, pos, at):
                layout.masks.append(m.span())
            layout.breaks.append(pos)
            segment = (at, at + len(cell.content))
            _inline(cell, [segment], text, layout, mdx=False)
            pos = segment[1]
        for m in _NON_SPACE.finditer(text, pos, line_end):
            layout.masks.append(m.span())
    return j + 1
