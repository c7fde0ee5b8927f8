"""`{"diagnostics": [...]}`: one object per finding, positions 1-based,
end column exclusive, counted in characters of the original line."""

from __future__ import annotations

import json

from ..engine import FileResult


def render(results: list[FileResult], lang: str = "id") -> str:
    diags = [d.to_dict(lang) for res in results for d in res.diagnostics]
    errors = [{"path": r.path, "error": r.error} for r in results if r.error]
    payload: dict[str, object] = {"diagnostics": diags}
    if errors:
        payload["errors"] = errors
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
