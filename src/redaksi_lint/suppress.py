"""Inline suppression: HTML comments a writer puts in the draft.

    <!-- redaksi-lint disable S101,R201 -->  …  <!-- redaksi-lint enable S101 -->
    <!-- redaksi-lint disable-next-line N301 -->
    <!-- redaksi-lint disable -->  …  <!-- redaksi-lint enable -->   (all rules)

Rules are named by code, code prefix or slug. The comments are masked as
non-prose, so they are never checked themselves; they work in every format.
A comment with an unknown directive or rule is reported (M001).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import selector_matches
from .diagnostic import Diagnostic
from .document import Document

MARKER_RE = re.compile(
    r"<!--\s*redaksi-lint\s+(?P<verb>disable-next-line|disable|enable)\b(?P<rules>[^>]*?)\s*-->"
)
ALL = "ALL"
META_CODE = "M001"  # invalid-suppression (rules/suppression.py)


@dataclass(frozen=True)
class Region:
    """Offsets [start, end) where `selector` is silenced."""

    start: int
    end: int
    selector: str


def regions(doc: Document) -> list[Region]:
    """The silenced regions of a document, from its markers in order."""
    text = doc.text
    out: list[Region] = []
    open_at: dict[str, int] = {}
    for m in MARKER_RE.finditer(text):
        selectors = [s for s in re.split(r"[\s,]+", m.group("rules")) if s] or [ALL]
        verb = m.group("verb")
        if verb == "disable-next-line":
            idx = doc.line_index(m.start()) + 1
            if idx < doc.line_count:
                start, end = doc.line_span(idx)
                out.extend(Region(start, end + 1, s) for s in selectors)
        elif verb == "disable":
            for s in selectors:
                open_at.setdefault(s, m.end())
        else:
            for s in selectors:
                if s == ALL:
                    for key, start in list(open_at.items()):
                        out.append(Region(start, m.start(), key))
                    open_at.clear()
                elif s in open_at:
                    out.append(Region(open_at.pop(s), m.start(), s))
    out.extend(Region(start, len(text) + 1, s) for s, start in open_at.items())
    return out


def filter_suppressed(doc: Document, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics that no marker silences."""
    if "redaksi-lint" not in doc.text:
        return diagnostics
    silenced = regions(doc)
    if not silenced:
        return diagnostics

    def hidden(d: Diagnostic) -> bool:
        # A finding about the markers themselves (M001) is silenced only by
        # name: a bare `disable` left open by a misspelt `enable` must not
        # hide the one finding that says so.
        return any(
            r.start <= d.start < r.end
            and ((r.selector == ALL and d.code != META_CODE)
                 or (r.selector != ALL and selector_matches(r.selector, d.code, d.rule)))
            for r in silenced
        )

    return [d for d in diagnostics if not hidden(d)]
