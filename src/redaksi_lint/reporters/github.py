"""GitHub Actions workflow commands: each finding becomes an annotation on
the pull request (`::error file=…,line=…,col=…,endColumn=…,title=CODE::message`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..diagnostic import Severity
from ..engine import FileResult
from .suggestions import shown_suggestions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def iter_render(results: Iterable[FileResult], lang: str = "id") -> Iterator[str]:
    """The annotations piece by piece, one piece per result, as results come in."""
    for res in results:
        lines = []
        for d in res.diagnostics:
            props = [f"file={_prop(d.path)}", f"line={d.line}", f"col={d.column}"]
            if d.end_line != d.line:
                props.append(f"endLine={d.end_line}")
            props += [f"endColumn={d.end_column}", f"title={_prop(d.code + ' ' + d.rule)}"]
            message = d.text_message(lang)
            if d.suggestions:
                flagged = (res.document.text[d.start : d.end]
                           if res.document is not None else None)
                message += f" ({', '.join(shown_suggestions(d, flagged, lang))})"
            lines.append(f"::{COMMANDS[d.severity]} {','.join(props)}::{_data(message)}")
        if lines:
            yield "\n".join(lines) + "\n"


def render(results: Iterable[FileResult], lang: str = "id") -> str:
    return "".join(iter_render(results, lang))
