"""redaksi-lint: an editorial quality checker for Indonesian prose."""

from __future__ import annotations

from .config import Config
from .diagnostic import Diagnostic, Fix, Safety, Severity
from .engine import FileResult, lint_document, lint_paths, lint_text

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
