"""`path:line:col: CODE message (suggestions)`, one finding per line."""

from __future__ import annotations

from ..engine import FileResult


def format_line(d_path: str, line: int, col: int, code: str, message: str,
                suggestions: list[str]) -> str:
    out = f"{d_path}:{line}:{col}: {code} {message}"
    if suggestions:
        out += f" ({', '.join(suggestions[:5])})"
    return out


def render(results: list[FileResult], lang: str = "id") -> str:
    lines = []
    for res in results:
        for d in res.diagnostics:
            lines.append(format_line(d.path, d.line, d.column, d.code, d.text_message(lang),
                                     d.suggestions))
    return "\n".join(lines) + ("\n" if lines else "")
