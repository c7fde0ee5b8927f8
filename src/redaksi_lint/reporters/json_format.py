"""`{"diagnostics": [...]}`: one object per finding, positions 1-based,
end column exclusive, counted in characters of the original line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..engine import FileResult


def iter_render(results: Iterable[FileResult], lang: str = "id") -> Iterator[str]:
    """The report piece by piece, one finding at a time: a large archive's
    report is written as it is checked, never held whole."""
    yield '{\n "diagnostics": ['
    errors = []
    first = True
    for res in results:
        if res.error:
            errors.append({"path": res.path, "error": res.error})
        for d in res.diagnostics:
            yield ("\n  " if first else ",\n  ") + json.dumps(d.to_dict(lang), ensure_ascii=False)
            first = False
    yield "\n ]"
    if errors:
        yield ',\n "errors": ' + json.dumps(errors, ensure_ascii=False)
    yield "\n}\n"


def render(results: Iterable[FileResult], lang: str = "id") -> str:
    return "".join(iter_render(results, lang))
