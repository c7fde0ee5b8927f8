"""Checking one document: every enabled rule, suppressions, accepted words.

Files and directories go through `runner` (which the command uses too);
this module checks one document.
"""

from __future__ import annotations

import re

from .config import Config
from .diagnostic import Diagnostic
from .document import Document
from .fix import guard_fix
from .formats import detect_format, load_document
from .results import FileResult
from .rules import Context, Rule, all_rules
from .suppress import filter_suppressed
from .tokenize import split_sentences, tokenize
from .twins import drop_twins

_SIC_RE = re.compile(r"\s*[\[(]sic[\])]", re.IGNORECASE)
# Rules whose findings are about a word's spelling: an accepted word silences them.
_WORD_RULE_PREFIXES = ("S", "N")


def enabled_rules(config: Config) -> list[Rule]:
    return [cls(config) for cls in all_rules() if cls.enabled(config)]


def lint_document(doc: Document, config: Config | None = None) -> list[Diagnostic]:
    """Run every enabled rule over a document; positions filled in, sorted."""
    config = config or Config()
    tokens = tokenize(doc.prose)
    sentences = split_sentences(doc, tokens)
    ctx = Context(doc, tokens, sentences, config)
    found: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for rule in enabled_rules(config):
        for diag in rule.check(ctx):
            if rule.skip_in_quotes and ctx.in_quote(diag.start, diag.end):
                continue
            key = (diag.start, diag.end, diag.code)
            if key in seen:
                continue
            seen.add(key)
            diag.severity = config.severity_for(rule.code, rule.slug, diag.severity)
            if diag.fix is not None:
                diag.fix = guard_fix(doc, diag.fix)
            found.append(diag)
    found = [d for d in filter_suppressed(doc, found) if _keep(doc, d, config)]
    found, _ = drop_twins(doc.text, found)
    for diag in found:
        diag.path = doc.path
        diag.line, diag.column = doc.line_col(diag.start)
        diag.end_line, diag.end_column = doc.line_col(diag.end)
    found.sort(key=Diagnostic.sort_key)
    return found


def _keep(doc: Document, diag: Diagnostic, config: Config) -> bool:
    """Drop findings the writer has marked as intended: `[sic]`, accepted words,
    and anything below the requested severity."""
    if diag.severity.rank < config.min_severity.rank:
        return False
    if _SIC_RE.match(doc.text, diag.end):
        return False
    if config.accept and diag.code.startswith(_WORD_RULE_PREFIXES):
        covered = doc.text[diag.start : diag.end]
        if covered in config.accept:
            return False
    return True


def lint_text(
    text: str, config: Config | None = None, path: str = "-", fmt: str | None = None
) -> list[Diagnostic]:
    """Lint a draft given as a string. `fmt` is txt, md or html (default: from
    the path's extension, else txt)."""
    doc = load_document(text, path, fmt or detect_format(path))
    return lint_document(doc, config)


__all__ = ["FileResult", "enabled_rules", "lint_document", "lint_text"]
