"""The library's entry points: lint a text or a set of paths.

The CLI is a thin shell over `lint_text` and `lint_paths`; anything a CLI user
can do, a Python user can do here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .config import Config, is_enabled
from .diagnostic import Diagnostic
from .document import Document
from .fix import guard_fix
from .formats import detect_format, load_document
from .rules import Context, Rule, all_rules
from .source import InputError, read_docx, read_source
from .suppress import filter_suppressed
from .tokenize import split_sentences, tokenize

_SIC_RE = re.compile(r"\s*[\[(]sic[\])]", re.IGNORECASE)
# Rules whose findings are about a word's spelling: an accepted word silences them.
_WORD_RULE_PREFIXES = ("S", "N")


def enabled_rules(config: Config) -> list[Rule]:
    return [cls(config) for cls in all_rules() if is_enabled(config, cls.code, cls.slug)]


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


@dataclass
class FileResult:
    """The outcome for one input: its findings, or the error that stopped it."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    document: Document | None = None
    # More of the file of the result before (a later chunk of a large file).
    continues: bool = False


DRAFT_SUFFIXES = (".txt", ".md", ".markdown")


def iter_draft_files(path: Path) -> Iterator[Path]:
    """Drafts below a directory, hidden folders and files skipped, sorted."""
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir() and not child.is_symlink():
            yield from iter_draft_files(child)
        elif child.suffix.lower() in DRAFT_SUFFIXES and child.is_file():
            yield child


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, str | None]]:
    """(path, error) for every input: directories are walked for drafts."""
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            files = list(iter_draft_files(p))
            if not files:
                yield raw, "no .txt or .md drafts in this directory"
            for f in files:
                yield str(f), None
        elif p.is_symlink() and not p.exists():
            yield raw, "broken symbolic link"
        elif not p.exists():
            yield raw, "no such file or directory"
        else:
            yield raw, None


def lint_file(path: str, config: Config | None = None, encoding: str | None = None,
              stdin_text: str | None = None, jobs: int = 1) -> FileResult:
    """Lint one file (or `-` with `stdin_text`); input problems become `error`.
    Files above stream.STREAM_BYTES are checked in chunks (flat memory), by
    `jobs` worker processes when more than one is asked for. An
    unexpected failure is reported for this file alone, so one file never
    stops the check of the others."""
    try:
        return _lint_file(path, config, encoding, stdin_text, jobs)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug: name it, keep going with the other files
        return _internal_error(path, exc)


def _internal_error(path: str, exc: Exception) -> FileResult:
    return FileResult(path, error=f"internal error while checking this file "
                                  f"({type(exc).__name__}: {exc}); please report it")


def iter_file_results(path: str, config: Config | None = None, encoding: str | None = None,
                      jobs: int = 1) -> Iterator[FileResult]:
    """The findings of one file as they are found. A large file gives one
    result per chunk (same path, in file order) so that a report can be
    written while the rest is still being checked and memory stays flat; a
    problem met halfway ends the file with an error result, after the
    findings of the chunks before it. Other files give one result."""
    if not is_large(path):
        yield lint_file(path, config, encoding, jobs=jobs)
        return
    from .stream import iter_large_file

    more = False
    try:
        for found in iter_large_file(Path(path), detect_format(path), config or Config(),
                                     encoding, jobs):
            yield FileResult(path, found, continues=more)
            more = True
    except InputError as exc:
        yield FileResult(path, error=str(exc), continues=more)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug: name it, keep going with the other files
        yield replace(_internal_error(path, exc), continues=more)


def _lint_file(path: str, config: Config | None, encoding: str | None,
               stdin_text: str | None, jobs: int = 1) -> FileResult:
    if stdin_text is None and is_large(path):
        from .stream import lint_large_file

        try:
            found = lint_large_file(Path(path), detect_format(path), config or Config(),
                                    encoding, jobs)
        except InputError as exc:
            return FileResult(path, error=str(exc))
        return FileResult(path, found)
    if stdin_text is None and path.lower().endswith(".docx"):
        try:
            text, paragraphs = read_docx(Path(path))
        except InputError as exc:
            return FileResult(path, error=str(exc))
        doc = Document(text, path, "txt", line_numbers=paragraphs)
        return FileResult(path, lint_document(doc, config), document=doc)
    try:
        text = stdin_text if stdin_text is not None else read_source(Path(path), encoding)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    doc = load_document(text, path, detect_format(path))
    return FileResult(path, lint_document(doc, config), document=doc)


def is_large(path: str) -> bool:
    """A text file big enough to be checked in chunks (a .docx is read whole:
    its size is mostly pictures and markup, not text)."""
    from .stream import STREAM_BYTES

    if path.lower().endswith(".docx"):
        return False
    try:
        return Path(path).stat().st_size > STREAM_BYTES
    except OSError:
        return False


def lint_paths(
    paths: Iterable[str], config: Config | None = None, encoding: str | None = None
) -> list[FileResult]:
    """Lint files and directories; one result per file, errors included."""
    results = []
    for path, error in expand_paths(paths):
        if error:
            results.append(FileResult(path, error=error))
        else:
            results.append(lint_file(path, config, encoding))
    return results
