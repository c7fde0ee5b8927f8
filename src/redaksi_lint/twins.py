"""One finding per problem. Two rules can see the same slip (`Kementrian` is
both a house-name misspelling and a non-standard word), and one rule can see it
twice (a name variant as a whole name and as its last word). A reader needs
one finding, so the engine's last pass over a document keeps one of each set
of twins.

Two findings are twins when their spans overlap and their first suggestions
make the same edit: written into the larger span, both give the same text.
Of twins, the one kept is the one ranked first by `_rank` — the precedence
lives here and nowhere else.
"""

from __future__ import annotations

from .diagnostic import Diagnostic

# Rules by how specific they are, most specific first: a finding from a list
# the newsroom curates (house names, known typos) says more than a general
# check (standard forms, affixes), which says more than "unknown word"; a
# word the spelling check knows to be a slip says more than a comparison
# with the other spellings in the draft (N301).
# Rules not named here rank after these, by code.
PRECEDENCE = ("N302", "S102", "S110", "S111", "V001", "N303", "S104", "S105", "S106", "S108",
              "S103", "S109", "R201", "R203", "S101", "N301")


def _edit(text: str, diag: Diagnostic, within: tuple[int, int]) -> str | None:
    """The text of `within` after the first suggestion replaces the finding's
    span, or None when the finding has no suggestion or lies outside."""
    if not diag.suggestions or diag.start < within[0] or diag.end > within[1]:
        return None
    lo, hi = within
    return text[lo : diag.start] + diag.suggestions[0] + text[diag.end : hi]


def _same_edit(text: str, a: Diagnostic, b: Diagnostic) -> bool:
    span = (min(a.start, b.start), max(a.end, b.end))
    edit_a = _edit(text, a, span)
    return edit_a is not None and edit_a == _edit(text, b, span)


def _rank(diag: Diagnostic) -> tuple[int, int, int, int, str]:
    """Smaller is kept: a finding with a fix (a safe one first), then the more
    specific rule, then the more severe, then the larger span."""
    fix = diag.fix
    fix_rank = 2 if fix is None else (0 if fix.is_safe else 1)
    rule_rank = PRECEDENCE.index(diag.code) if diag.code in PRECEDENCE else len(PRECEDENCE)
    return (fix_rank, rule_rank, -diag.severity.rank, diag.start - diag.end, diag.code)


def drop_twins(text: str, found: list[Diagnostic]) -> tuple[list[Diagnostic], int]:
    """`found` without twins (order kept), and how many were dropped. Only
    findings whose spans overlap are compared, so the pass is linear in a
    text where findings are sparse."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start, found[i].end))
    dropped: set[int] = set()
    active: list[int] = []  # findings whose span reaches the current start
    for i in order:
        d = found[i]
        active = [j for j in active if found[j].end >= d.start and j not in dropped]
        for j in active:
            if not _same_edit(text, found[j], d):
                continue
            loser = i if _rank(found[j]) <= _rank(d) else j
            dropped.add(loser)
            if loser == i:
                break
        if i not in dropped:
            active.append(i)
    if not dropped:
        return found, 0
    return [d for k, d in enumerate(found) if k not in dropped], len(dropped)
