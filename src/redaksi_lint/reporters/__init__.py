"""Output formats. Each reporter turns file results into the text to print."""

from __future__ import annotations

from collections.abc import Callable

from ..engine import FileResult

Reporter = Callable[[list[FileResult], str], str]


def get_reporter(name: str) -> Reporter:
    from . import github, html, json_format, sarif, text

    table: dict[str, Reporter] = {"text": text.render, "json": json_format.render,
                                  "sarif": sarif.render, "github": github.render,
                                  "html": html.render}
    return table[name]


FORMATS = ("text", "json", "sarif", "github", "html")
