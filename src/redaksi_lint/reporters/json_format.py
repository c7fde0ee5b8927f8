"""`{"diagnostics": [...]}`: one object per finding, positions 1-based,
end column exclusive, counted in characters of the original line."""

from __future__ import annotations

import json

from ..engine import FileResult


def render(results: list[FileResult], lang: str = "id") -> str:
    # One finding at a time: a large archive's report is built without a
    # second copy of every finding as a dict.
    pieces = [
        "  " + json.dumps(d.to_dict(lang), ensure_ascii=False)
        for res in results for d in res.diagnostics
    ]
    out = '{\n "diagnostics": [\n' + ",\n".join(pieces) + "\n ]"
    errors = [{"path": r.path, "error": r.error} for r in results if r.error]
    if errors:
        out += ',\n "errors": ' + json.dumps(errors, ensure_ascii=False)
    return out + "\n}\n"
