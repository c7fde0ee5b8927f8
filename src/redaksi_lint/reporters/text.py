"""`path:line:col: CODE message (suggestions)`, one finding per line; coloured
only on a terminal."""

from __future__ import annotations

import click

from ..diagnostic import Severity
from ..engine import FileResult

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def render(results: list[FileResult], lang: str = "id", color: bool = False) -> str:
    lines = []
    for res in results:
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
    return "\n".join(lines) + ("\n" if lines else "")
