"""Output formats. Each reporter turns file results into the text to print,
piece by piece."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..engine import FileResult

Streamer = Callable[[Iterable[FileResult], str], Iterator[str]]


def get_reporter(name: str) -> Callable[[list[FileResult], str], str]:
    """The whole report of a list of results, as one string."""
    stream = get_streamer(name)

    def render(results: list[FileResult], lang: str = "id") -> str:
        return "".join(stream(results, lang))

    return render


def get_streamer(name: str, color: bool = False, unsafe: bool = False) -> Streamer:
    """The report piece by piece as the results come in (the command writes
    each piece at once, so a large run is never held whole). Colour is for
    the text formats only."""
    from functools import partial
    from importlib import import_module

    # only the asked format's module is imported (the html one alone pulls in
    # the HTML entity tables): start-up is part of every check of a draft
    name = ALIASES.get(name, name)
    if name in ("full", "concise"):
        from . import text

        if name == "full":
            return partial(text.iter_full, color=color, unsafe=unsafe)
        return partial(text.iter_concise, color=color)
    module = import_module(f".{_MODULES[name]}", __name__)
    renderer: Streamer = module.iter_render
    return renderer


FORMATS = ("full", "concise", "json", "sarif", "github", "html", "text")
# The module of each machine format.
_MODULES = {"json": "json_format", "sarif": "sarif", "github": "github", "html": "html"}
# `text` is the name the one-line format had before `full` became the default.
ALIASES = {"text": "concise"}
# Formats a program reads: nothing else may be written into them (the
# statistics table goes to standard error).
MACHINE_FORMATS = frozenset({"json", "sarif", "github", "html"})
