"""The finding a rule reports: what, where, how bad, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How much a finding matters; `info` never fails a run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Safety(StrEnum):
    """Whether `--fix` may apply an edit on its own.

    A safe edit is certain and local (a typo with one right spelling, a
    missing space). An unsafe one is a reader's call: it deletes a line,
    sentence or word, or it is one guess among several; it is applied only
    with `--unsafe-fixes`.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Fix:
    """An edit: replace text[start:end] of the document with `replacement`.

    Offsets are character offsets into `Document.text`, so a fix never touches
    text outside the span it names.
    """

    start: int
    end: int
    replacement: str
    safety: Safety = Safety.SAFE

    @property
    def is_safe(self) -> bool:
        return self.safety is Safety.SAFE

    def unsafe(self) -> Fix:
        """The same edit, applied only with `--unsafe-fixes`."""
        return Fix(self.start, self.end, self.replacement, Safety.UNSAFE)


@dataclass(slots=True)
class Diagnostic:
    """One finding. `start`/`end` are offsets into the document text; the engine
    fills in the 1-based line/column fields (end exclusive) from them."""

    code: str
    rule: str
    severity: Severity
    start: int
    end: int
    message: str
    message_en: str = ""
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    path: str = "-"
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def text_message(self, lang: str = "id") -> str:
        """The message in the user's language (Indonesian unless `en`)."""
        if lang == "en" and self.message_en:
            return self.message_en
        return self.message

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.code)

    def to_dict(self, lang: str = "id") -> dict[str, object]:
        """The JSON shape documented in the README."""
        out: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.text_message(lang),
            "suggestions": list(self.suggestions),
        }
        if self.fix is not None:
            out["fix"] = {
                "replacement": self.fix.replacement,
                "start": self.fix.start,
                "end": self.fix.end,
                "applicability": self.fix.safety.value,
            }
        return out
