"""`path:line:col: CODE message (suggestions)`, one finding per line; coloured
only on a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from ..diagnostic import Severity
from ..engine import FileResult

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def iter_render(results: Iterable[FileResult], lang: str = "id",
                color: bool = False) -> Iterator[str]:
    """The report piece by piece, one piece per result, as results come in."""
    for res in results:
        lines = []
        for d in res.diagnostics:
            where = f"{d.path}:{d.line}:{d.column}:"
            code = d.code
            if color:
                where = click.style(where, bold=True)
                code = click.style(code, fg=COLOURS[d.severity], bold=True)
            line = f"{where} {code} {d.text_message(lang)}"
            if d.suggestions:
                line += f" ({', '.join(d.suggestions[:5])})"
            lines.append(line)
        if lines:
            yield "\n".join(lines) + "\n"


def render(results: Iterable[FileResult], lang: str = "id", color: bool = False) -> str:
    return "".join(iter_render(results, lang, color))
