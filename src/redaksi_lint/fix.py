"""Applying certain fixes to a text. Edits are applied right to left; an edit
that overlaps one already taken is left for the next run, so a fix never
touches text outside the span it names."""

from __future__ import annotations

from collections.abc import Iterable

from .diagnostic import Diagnostic, Fix


def select_fixes(diagnostics: Iterable[Diagnostic]) -> list[Fix]:
    """Non-overlapping fixes, in text order (first finding wins an overlap)."""
    fixes = sorted({d.fix for d in diagnostics if d.fix is not None},
                   key=lambda f: (f.start, f.end, f.replacement))
    chosen: list[Fix] = []
    for fix in fixes:
        if chosen and fix.start < chosen[-1].end:
            continue
        if chosen and fix.start == chosen[-1].end == fix.end == chosen[-1].start:
            continue  # two insertions at one point: keep the first
        chosen.append(fix)
    return chosen


def apply_fixes(text: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """The text with every selectable fix applied, and how many were applied
    (an edit that would leave its span as it is does not count)."""
    fixes = [f for f in select_fixes(diagnostics) if text[f.start : f.end] != f.replacement]
    out = text
    for fix in reversed(fixes):
        out = out[: fix.start] + fix.replacement + out[fix.end :]
    return out, len(fixes)
