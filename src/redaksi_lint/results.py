"""What checking one input gives: its findings, or the error that stopped it.

A module of its own so that the engine, the runner and the reporters can all
name it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .diagnostic import Diagnostic
from .document import Document

if TYPE_CHECKING:  # pragma: no cover
    from .fixer import FixResult


@dataclass
class FileResult:
    """The outcome for one input: its findings, or the error that stopped it."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    document: Document | None = None
    # More of the file of the result before (a later chunk of a large file).
    continues: bool = False
    # What --fix or --diff did to the file (before and after), when asked.
    fixed: FixResult | None = None
    # The text each finding covers, when the run was asked for it (baseline).
    flagged: list[str] | None = None
    # A chunk's text and offset, while the runner still needs them.
    chunk: tuple[str, int] | None = None
