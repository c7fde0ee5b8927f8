"""Applying fixes to a text. Edits are applied right to left; an edit that
overlaps one already taken is left for the next run, so a fix never touches
text outside the span it names. Unsafe edits (a deletion, a guess) are taken
only when the user asks for them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .diagnostic import Diagnostic, Fix
from .document import Document


def applicable(diag: Diagnostic, unsafe: bool = False) -> bool:
    """Would `--fix` (with `--unsafe-fixes` when `unsafe`) apply this finding's fix?"""
    return diag.fix is not None and (unsafe or diag.fix.is_safe)


def select_fixes(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Fix]:
    """Non-overlapping fixes, in text order (first finding wins an overlap)."""
    fixes = sorted({d.fix for d in diagnostics if d.fix is not None and applicable(d, unsafe)},
                   key=lambda f: (f.start, f.end, f.replacement))
    chosen: list[Fix] = []
    for fix in fixes:
        if chosen and fix.start < chosen[-1].end:
            continue
        if chosen and fix.start == chosen[-1].end == fix.end == chosen[-1].start:
            continue  # two insertions at one point: keep the first
        chosen.append(fix)
    return chosen


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic],
                unsafe: bool = False) -> tuple[str, int]:
    """The text with every selectable fix applied, and how many were applied
    (an edit that would leave its span as it is does not count)."""
    fixes = [f for f in select_fixes(diagnostics, unsafe)
             if text[f.start : f.end] != f.replacement]
    out = text
    for fix in reversed(fixes):
        out = out[: fix.start] + fix.replacement + out[fix.end :]
    return out, len(fixes)


_URL_START = re.compile(r"(?:https?://|ftp://|www\.)", re.IGNORECASE)


def guard_fix(doc: Document, fix: Fix) -> Fix | None:
    """The fix as it may be offered for this document: none when it would
    touch what is not prose (code, URLs, link targets, markup, front matter,
    table pipes), unsafe when it adds or removes a line (the shape of the file
    is the writer's)."""
    text = doc.text
    if fix.start < fix.end:
        if doc.is_masked(fix.start, fix.end):
            return None
    elif (0 < fix.start < len(text) and doc.is_masked(fix.start - 1)
          and doc.is_masked(fix.start)
          and not (fix.replacement == " " and _URL_START.match(text, fix.start))):
        # an insertion inside a masked span; only a space that parts a web
        # address from the word glued before it (kunjungiwww.bmkg.go.id)
        # leaves the address as it is
        return None
    before = text[fix.start : fix.end]
    if _line_breaks(before) != _line_breaks(fix.replacement) and fix.is_safe:
        return fix.unsafe()
    return fix


def _line_breaks(s: str) -> int:
    return s.count("\n") + s.count("\r") - s.count("\r\n")


def fixable_summary(safe: int, unsafe_only: int, unsafe: bool = False,
                    lang: str = "id") -> str:
    """The closing hint of a report: how many findings `--fix` would fix (`safe`
    findings with a safe fix, `unsafe_only` with an unsafe one), and how many
    more `--unsafe-fixes` would ('' when none). Counts, not findings, so a
    long run holds nothing."""
    fixable, hidden = (safe + unsafe_only, 0) if unsafe else (safe, unsafe_only)
    if not fixable and not hidden:
        return ""
    flag = "--fix --unsafe-fixes" if unsafe else "--fix"
    if lang == "en":
        more = f" ({hidden} more with --unsafe-fixes)" if hidden else ""
        return f"{fixable} fixable with {flag}{more}."
    more = f" ({hidden} lagi dengan --unsafe-fixes)" if hidden else ""
    return f"{fixable} dapat diperbaiki dengan {flag}{more}."
