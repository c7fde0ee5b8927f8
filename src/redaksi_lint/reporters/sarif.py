"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: rule
metadata with help text, results with exact regions, and certain fixes."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..diagnostic import Severity
from ..engine import FileResult
from ..rules import all_rules

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def render(results: list[FileResult], lang: str = "id") -> str:
    rules = all_rules()
    index = {cls.code: i for i, cls in enumerate(rules)}
    driver_rules = [
        {
            "id": cls.code,
            "name": cls.slug,
            "shortDescription": {"text": cls.summary_en if lang == "en" else cls.summary},
            "fullDescription": {"text": cls.summary_en},
            "help": {"text": cls.documentation(), "markdown": cls.documentation()},
            "defaultConfiguration": {"level": LEVELS[cls.severity]},
            "properties": {"fixable": cls.fixable},
        }
        for cls in rules
    ]
    sarif_results = []
    for res in results:
        for d in res.diagnostics:
            region = {"startLine": d.line, "startColumn": d.column,
                      "endLine": d.end_line, "endColumn": d.end_column}
            item: dict[str, object] = {
                "ruleId": d.code,
                "level": LEVELS[d.severity],
                "message": {"text": d.text_message(lang)},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(d.path)}, "region": region}}],
            }
            if d.code in index:
                item["ruleIndex"] = index[d.code]
            if d.suggestions:
                item["properties"] = {"suggestions": list(d.suggestions)}
            if d.fix is not None and res.document is not None:
                line, col = res.document.line_col(d.fix.start)
                end_line, end_col = res.document.line_col(d.fix.end)
                item["fixes"] = [{
                    "description": {"text": f"Replace with {d.fix.replacement!r}"},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": _uri(d.path)},
                        "replacements": [{
                            "deletedRegion": {"startLine": line, "startColumn": col,
                                              "endLine": end_line, "endColumn": end_col},
                            "insertedContent": {"text": d.fix.replacement},
                        }],
                    }],
                }]
            sarif_results.append(item)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "redaksi-lint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/redaksi-lint/",
                "rules": driver_rules,
            }},
            "results": sarif_results,
            "invocations": [{
                "executionSuccessful": not any(r.error for r in results),
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": f"{r.path}: {r.error}"}}
                    for r in results if r.error
                ],
            }],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
