"""Properties of fixes on random Markdown: whatever the text, applying the
fixes (safe ones, or all) never changes a code span, a URL, a link target, an
MDX id, front matter or a table's structure, and safe fixes keep every line."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from redaksi_lint.fixer import fix_text
from redaksi_lint.markdown import _HTML_TAG

# Prose with something to fix (typos with a certain fix, spacing, Rp., dashes,
# doubled words and lines) next to everything a fix must not touch.
PROSE = ["sekedar", "dimana", "apapun", "Rp. 5.000", "Rp5.000", "  ", " ,", ",x", "--",
         "yang yang", "kota", "Namun", "menambakan", "frustasi", ".", " ", "merespon",
         "&lt;", "&nbsp;", '32"', "“", "”"]
NON_PROSE = ["`a  ,b--c`", "``x ` y``", "`", "[teks](https://contoh.id/a,,b--c)",
             "https://contoh.id/x,,y", "![gbr](a--b.png)", "<span class=\"a  b\">",
             "{/*a--b*/}", "{#id--x}", "<https://contoh.id/a--b>"]
LINE_STARTS = ["", "", "# ", "- ", "> ", "1. ", "| ", "    "]


@st.composite
def markdown(draw: st.DrawFn) -> str:
    lines = []
    if draw(st.booleans()):
        lines += ["---", "judul: a--b  ,c", "---"]
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["line", "line", "blank", "table", "fence", "repeat"]))
        if kind == "blank":
            lines.append("")
        elif kind == "table":
            cell = st.lists(st.sampled_from(PROSE + NON_PROSE), max_size=3).map("".join)
            row = "| " + draw(cell) + " | " + draw(cell) + " |"
            lines += ["", "| a | b |", "|---|---|", row, row, ""]
        elif kind == "fence":
            lines += ["", "```", draw(st.sampled_from(PROSE)) + "  ,x", "```", ""]
        elif kind == "repeat" and lines:
            lines.append(lines[-1])
        else:
            pieces = draw(st.lists(st.sampled_from(PROSE + NON_PROSE), max_size=12))
            lines.append(draw(st.sampled_from(LINE_STARTS)) + " ".join(pieces))
    return "\n".join(lines) + "\n"


# where the tool's URLs end: not at a final comma or period
_URL = re.compile(r"https?://[^\s<>\"“”'‘’()\[\]{}]*[^\s<>\"“”'‘’()\[\]{}.,;:!?]")
_MDX = re.compile(r"\{/\*.*?\*/\}|\{#[^\s{}]+\}")
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def non_prose(text: str) -> list[object]:
    """Code, HTML tags, link targets, MDX ids, front matter and table shape, in
    order (the text between the tags of an HTML block is prose)."""
    front = _FRONT.match(text)
    out: list[object] = [front.group() if front else ""]
    body = text[front.end():] if front else text
    for tok in MarkdownIt("commonmark").enable("table").parse(body):
        if tok.type in ("fence", "code_block"):
            out.append(tok.content)
        elif tok.type == "html_block":
            out.append([m.group() for m in _HTML_TAG.finditer(tok.content)])
        elif tok.type in ("tr_open", "th_open", "td_open", "table_open"):
            out.append(tok.type)
        elif tok.type == "inline":
            for child in tok.children or ():
                if child.type in ("code_inline", "html_inline"):
                    out.append(child.content)
                elif child.type in ("link_open", "image"):
                    out.append(child.attrGet("href") or child.attrGet("src"))
    out.append(_URL.findall(text))
    out.append(_MDX.findall(text))
    return out


@given(markdown())
def test_safe_fixes_keep_lines_and_everything_that_is_not_prose(text: str) -> None:
    after = fix_text(text, "a.md").after
    assert after.count("\n") == text.count("\n")
    assert non_prose(after) == non_prose(text)


@given(markdown())
def test_unsafe_fixes_still_never_touch_what_is_not_prose(text: str) -> None:
    after = fix_text(text, "a.md", unsafe=True).after
    assert non_prose(after) == non_prose(text)
