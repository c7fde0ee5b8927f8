"""redaksi-lint: an editorial quality checker for Indonesian prose."""

from __future__ import annotations

from .config import Config
from .diagnostic import Diagnostic, Fix, Safety, Severity
from .engine import lint_document, lint_text
from .results import FileResult
from .runner import lint_paths

__version__ = "0.1.0"

__all__ = [
    "Config",
    "Diagnostic",
    "FileResult",
    "Fix",
    "Safety",
    "Severity",
    "__version__",
    "lint_document",
    "lint_paths",
    "lint_text",
]
