"""`redaksi-lint trace WORD`: why a word passes or is reported.

An editor who wonders why a typo was accepted (or a correct word flagged)
needs to see the evidence, the way `cspell trace` shows which dictionary knows
a word: every source the lexicon consulted, what it said, the verdict, the
word lists of the other rules that name it, and, given a sentence, what the
checker reports on the word there.
"""

from __future__ import annotations

from .config import Config
from .diagnostic import Diagnostic
from .lexicon import Lexicon, get_lexicon

_VERDICT = {
    "known": ("dikenal", "known"),
    "plausible": ("mencurigakan (analisis ada, bukti lemah atau kata yang lebih lazim di dekatnya)",
                  "suspect (analysable, but weak evidence or a far more common word nearby)"),
    "unknown": ("tidak dikenal", "unknown"),
}


def trace_word(word: str, context: str | None = None, config: Config | None = None,
               lang: str = "id") -> str:
    """A report, one fact a line, of everything that decides `word`'s fate."""
    en = lang == "en"
    lex = get_lexicon()
    lower = word.lower()
    verdict = lex.judge(lower)
    lines = [f"{'Word' if en else 'Kata'}: {word}"]
    lines.append(f"{'Verdict' if en else 'Putusan'}: {_VERDICT[verdict.status][en]}")
    lines.append(f"{'Evidence' if en else 'Bukti'}:")
    if not verdict.evidence:
        lines.append("  " + ("no source knows it" if en else "tidak ada sumber yang mengenalnya"))
    for e in verdict.evidence:
        lines.append(f"  {'+' if e.supports else '-'} {e.note_en if en else e.note}")
    lines.extend("  " + fact for fact in _other_lists(lex, lower, en))
    if verdict.status != "known":
        near = lex.neighbour(lower)
        suggestions = [near] if near else []
        suggestions += [s for s in lex.suggest(lower) if s not in suggestions]
        if suggestions:
            label = "Suggestions" if en else "Saran"
            lines.append(f"{label}: {', '.join(suggestions[:5])}")
    if context is not None:
        lines.append(_in_context(word, context, config, en))
    return "\n".join(lines) + "\n"


def _other_lists(lex: Lexicon, lower: str, en: bool) -> list[str]:
    """What the word lists of the other rules say about the word."""
    out = []
    if lower in lex.nonstandard:
        right = lex.nonstandard[lower]
        out.append(f"! tidak baku (S103): {right}" if not en else f"! nonstandard (S103): {right}")
    if lower in lex.known_typos:
        right = lex.known_typos[lower]
        out.append(f"! {'known typo' if en else 'salah ketik dikenal'} (S102): {right}")
    melted = lex.kpst_variant(lower)
    if melted is not None:
        out.append(f"! {'meN-/peN- form' if en else 'bentuk meN-/peN-'} (S104): {melted}")
    rank = lex.english.get(lower)
    if rank is not None:
        out.append(f"· {'English word, rank' if en else 'kata Inggris, peringkat'} {rank}"
                   + ("" if lex.is_english(lower) else (" (too rare to count)" if en
                                                        else " (terlalu jarang untuk dihitung)")))
    adapted = lex.adapted_form(lower)
    if adapted is not None:
        out.append(f"· {'adapted form' if en else 'bentuk serapan'}: {adapted}")
    return out


def _in_context(word: str, context: str, config: Config | None, en: bool) -> str:
    """What a check of the sentence reports on the word."""
    from .engine import lint_text

    at = context.find(word)
    if at < 0:
        at = context.lower().find(word.lower())
    if at < 0:
        return (f'In context: "{word}" does not occur in the sentence' if en
                else f'Dalam konteks: "{word}" tidak ada di kalimat itu')
    line = context.count("\n", 0, at) + 1
    col = at - (context.rfind("\n", 0, at) + 1) + 1
    end = col + len(word)
    hits = [d for d in lint_text(context, config) if _covers(d, line, col, end)]
    head = "In context" if en else "Dalam konteks"
    if not hits:
        return f"{head}: " + ("nothing reported on the word" if en
                              else "tidak ada temuan pada kata ini")
    rows = [f"{head}:"]
    for d in hits:
        message = d.text_message("en" if en else "id")
        sugg = f" ({', '.join(d.suggestions[:3])})" if d.suggestions else ""
        rows.append(f"  {d.line}:{d.column}: {d.code} [{d.severity.value}] {message}{sugg}")
    return "\n".join(rows)


def _covers(d: Diagnostic, line: int, col: int, end: int) -> bool:
    return d.line == line and d.column < end and d.end_column > col
