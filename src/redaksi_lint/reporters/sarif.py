"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: rule
metadata with help text, results with exact regions, and certain fixes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import __version__
from ..diagnostic import Diagnostic, Severity
from ..engine import FileResult
from ..i18n import pick, translate
from ..rules import all_rules
from .suggestions import readable

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _rules(lang: str) -> tuple[list[dict[str, object]], dict[str, int]]:
    rules = all_rules()
    driver_rules: list[dict[str, object]] = [
        {
            "id": cls.code,
            "name": cls.slug,
            "shortDescription": {"text": cls.summary_en if lang == "en" else cls.summary},
            "fullDescription": {"text": cls.summary_en if lang == "en" else cls.summary},
            "help": {"text": cls.documentation(lang), "markdown": cls.documentation(lang)},
            "defaultConfiguration": {"level": LEVELS[cls.severity]},
            "properties": {"fixable": cls.fixable},
        }
        for cls in rules
    ]
    return driver_rules, {cls.code: i for i, cls in enumerate(rules)}


def _result(res: FileResult, d: Diagnostic, index: dict[str, int],
            lang: str) -> dict[str, object]:
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
        doc = res.document
        line, col = doc.line_col(d.fix.start)
        end_line, end_col = doc.line_col(d.fix.end)
        change = readable(doc.text[d.fix.start : d.fix.end], d.fix.replacement, lang)
        item["fixes"] = [{
            "description": {"text": pick(lang, f"Perbaikan: {change}", f"Fix: {change}")},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(d.path)},
                "replacements": [{
                    "deletedRegion": {"startLine": line, "startColumn": col,
                                      "endLine": end_line, "endColumn": end_col},
                    "insertedContent": {"text": d.fix.replacement},
                }],
            }],
        }]
    return item


# Stand-ins for the two parts of the log known only as the run goes on.
_RESULTS, _INVOCATIONS = "\x00results\x00", "\x00invocations\x00"


def _dumps(value: object, depth: int) -> str:
    """JSON as json.dumps(indent=2) writes it `depth` levels down in the log."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)


def iter_render(results: Iterable[FileResult], lang: str = "id") -> Iterator[str]:
    """The log piece by piece, one result at a time: the frame is written
    first, the results as they come, the invocation (with any input errors)
    last, in the layout json.dumps(indent=2) gives the whole log."""
    driver_rules, index = _rules(lang)
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
            # Columns count characters (code points) of the line, as in every
            # other format; SARIF's default would be UTF-16 code units.
            "columnKind": "unicodeCodePoints",
            "language": lang,
            "results": _RESULTS,
            "invocations": _INVOCATIONS,
        }],
    }
    frame = json.dumps(log, ensure_ascii=False, indent=2) + "\n"
    head, _, rest = frame.partition(json.dumps(_RESULTS))
    middle, _, tail = rest.partition(json.dumps(_INVOCATIONS))
    yield head
    errors = []
    first = True
    for res in results:
        if res.error:
            errors.append(res)
        for d in res.diagnostics:
            yield ("[\n" if first else ",\n") + "        " + _dumps(_result(res, d, index, lang), 4)
            first = False
    yield "[]" if first else "\n      ]"
    invocations = [{
        "executionSuccessful": not errors,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": f"{r.path}: {translate(r.error or '', lang)}"}}
            for r in errors
        ],
    }]
    yield middle + _dumps(invocations, 3) + tail


def render(results: Iterable[FileResult], lang: str = "id") -> str:
    return "".join(iter_render(results, lang))
