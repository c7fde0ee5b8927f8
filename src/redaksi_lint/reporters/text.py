"""Text for people. `full` (the default) shows each finding with its
severity, the source line with the span underlined, and the suggestions, then
a closing summary; `concise` is one line per finding,
`path:line:col: CODE message (suggestions)`, for editors and scripts that
read lines. Colour only when asked for (the command decides)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import click

from ..diagnostic import Diagnostic, Severity
from ..document import Document
from ..engine import FileResult
from ..fix import fixable_summary
from ..i18n import pick, severity_label
from .snippet import window
from .suggestions import shown_suggestions

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def safe_fix(diag: Diagnostic) -> bool:
    """Would `--fix` apply this finding's fix (without --unsafe-fixes)?"""
    return diag.fix is not None and diag.fix.is_safe


def _flagged(doc: Document | None, diag: Diagnostic) -> str | None:
    if doc is None or diag.end > len(doc.text):
        return None
    return doc.text[diag.start : diag.end]


def concise_line(diag: Diagnostic, doc: Document | None, lang: str = "id",
                 color: bool = False) -> str:
    where = f"{diag.path}:{diag.line}:{diag.column}:"
    code = diag.code
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, fg=COLOURS[diag.severity], bold=True)
    line = f"{where} {code} {diag.text_message(lang)}"
    if diag.suggestions:
        line += f" ({', '.join(shown_suggestions(diag, _flagged(doc, diag), lang))})"
    return line


def iter_concise(results: Iterable[FileResult], lang: str = "id",
                 color: bool = False) -> Iterator[str]:
    """One line per finding, one piece per result, as results come in."""
    for res in results:
        lines = [concise_line(d, res.document, lang, color) for d in res.diagnostics]
        if lines:
            yield "\n".join(lines) + "\n"


def full_block(diag: Diagnostic, doc: Document | None, lang: str = "id",
               color: bool = False, unsafe: bool = False) -> str:
    """One finding as ruff's full output shows one: header, source, help."""

    def style(text: str, **kw: object) -> str:
        return click.style(text, **kw) if color else text  # type: ignore[arg-type]

    label = severity_label(diag.severity, lang)
    fg = COLOURS[diag.severity]
    out = [f"{style(f'{diag.path}:{diag.line}:{diag.column}:', bold=True)} "
           f"{style(diag.code, fg=fg, bold=True)} {style(f'[{label}]', fg=fg)} "
           f"{diag.text_message(lang)}"]
    if doc is not None and diag.start <= len(doc.text):
        idx = doc.line_index(diag.start)
        lstart, lend = doc.line_span(idx)
        shown, under = window(doc.text[lstart:lend], diag.start - lstart, diag.end - lstart)
        number = str(diag.line)
        pad = " " * len(number)
        bar = style("|", fg="blue", bold=True)
        out += [f"{pad} {bar}", f"{style(number, fg='blue', bold=True)} {bar} {shown}",
                f"{pad} {bar} {style(under, fg=fg, bold=True)}"]
    if diag.suggestions:
        shown_list = ", ".join(shown_suggestions(diag, _flagged(doc, diag), lang))
        if safe_fix(diag):
            head = pick(lang, "saran (diperbaiki --fix)", "suggestion (applied by --fix)")
        elif diag.fix is not None:
            head = pick(lang, "saran (diperbaiki --fix --unsafe-fixes)",
                        "suggestion (applied by --fix --unsafe-fixes)")
        else:
            head = pick(lang, "saran", "suggestion")
        out.append(f"  = {style(head, bold=True)}: {shown_list}")
    return "\n".join(out) + "\n\n"


def summary(counts: Counter[Severity], safe: int, unsafe_only: int, unsafe: bool = False,
            lang: str = "id") -> str:
    """The closing lines: findings by severity, and what `--fix` can apply
    (`safe` findings with a safe fix, `unsafe_only` with an unsafe one; with
    `unsafe`, --unsafe-fixes was given)."""
    total = sum(counts.values())
    if not total:
        return ""
    if lang == "en":
        parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
                 for s in Severity if counts[s]]
        head = f"Found {total} finding{'s' if total != 1 else ''}: {', '.join(parts)}."
    else:
        parts = [f"{counts[s]} {severity_label(s, lang)}" for s in Severity if counts[s]]
        head = f"Ditemukan {total} temuan: {', '.join(parts)}."
    fixes = fixable_summary(safe, unsafe_only, unsafe, lang)
    return head + "\n" + (fixes + "\n" if fixes else "")


def iter_full(results: Iterable[FileResult], lang: str = "id",
              color: bool = False, unsafe: bool = False) -> Iterator[str]:
    """Finding by finding, one piece per result; the summary last (`unsafe`:
    the run has --unsafe-fixes, so unsafe fixes count as fixable)."""
    counts: Counter[Severity] = Counter()
    fixable: Counter[bool] = Counter()  # findings with a fix, by whether it is safe
    for res in results:
        blocks = []
        for d in res.diagnostics:
            counts[d.severity] += 1
            if d.fix is not None:
                fixable[d.fix.is_safe] += 1
            blocks.append(full_block(d, res.document, lang, color, unsafe))
        if blocks:
            yield "".join(blocks)
    end = summary(counts, fixable[True], fixable[False], unsafe, lang)
    if end:
        yield click.style(end, bold=True) if color else end


def iter_render(results: Iterable[FileResult], lang: str = "id",
                color: bool = False) -> Iterator[str]:
    """The default text report (full)."""
    return iter_full(results, lang, color)


def render(results: Iterable[FileResult], lang: str = "id", color: bool = False) -> str:
    return "".join(iter_full(results, lang, color))


def render_concise(results: Iterable[FileResult], lang: str = "id",
                   color: bool = False) -> str:
    return "".join(iter_concise(results, lang, color))
