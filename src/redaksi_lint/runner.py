"""From paths (and standard input) to a stream of file results.

The one place that decides what is checked and how: directories walked for
drafts, `include`/`exclude`, the configuration that applies to each file,
standard input decoded, large files cut into chunks, `--jobs` worker pools and
`--fix`/`--diff`. The command, `lint_paths` and `baseline` all go through it,
so a library user gets exactly what the command reports.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .baseline import BaselineError, FileFilter
from .config import Config
from .diagnostic import Severity
from .document import Document
from .engine import lint_document
from .formats import detect_format, load_document
from .results import FileResult
from .source import InputError, decode_bytes, read_docx, read_source

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import Future, ProcessPoolExecutor

# Found when a folder is walked: plain text and every Markdown spelling
# (MDX documentation sites included); HTML and .docx are checked when named.
DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".mdown", ".mkd", ".mdx")
# `jobs=AUTO_JOBS` (the command without --jobs): worker processes only when the
# run holds this much text. Each worker loads the tables and meets the
# vocabulary afresh (a second or two of work), which a commit's few drafts
# would not pay back; an archive or a book-length file does, several times.
AUTO_JOBS = -1
AUTO_JOBS_BYTES = 1024 * 1024
# ... and at most this many: each worker holds its own tables (about 110 MB).
AUTO_JOBS_MAX = 4


# --- which files ---------------------------------------------------------


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
    for path, error, _ in _expand(paths):
        yield path, error


def _expand(paths: Iterable[str]) -> Iterator[tuple[str, str | None, bool]]:
    """(path, error, named explicitly) for every input."""
    for raw in paths:
        if raw == "-":
            yield raw, None, True
            continue
        p = Path(raw)
        if p.is_dir():
            files = list(iter_draft_files(p))
            if not files:
                yield raw, "no .txt or .md drafts in this directory", True
            for f in files:
                yield str(f), None, False
        elif p.is_symlink() and not p.exists():
            yield raw, "broken symbolic link", True
        elif not p.exists():
            yield raw, "no such file or directory", True
        else:
            yield raw, None, True


def is_selected(path: str, config: Config, explicit: bool, force_exclude: bool = False) -> bool:
    """Whether a file is checked. A file found by walking a directory must
    match `include` (when set) and no `exclude` pattern; a file named
    explicitly is always checked, unless `force_exclude` asks to apply
    `exclude` to it too (for hooks that pass every changed file)."""
    excluded = any(fnmatch(path, g) for g in config.exclude)
    if explicit:
        return not (force_exclude and excluded)
    if excluded:
        return False
    return not config.include or any(fnmatch(path, g) for g in config.include)


# --- one file --------------------------------------------------------------


def is_large(path: str) -> bool:
    """A text file big enough to be checked in chunks (a .docx is read whole:
    its size is mostly pictures and markup, not text)."""
    from . import stream

    if path.lower().endswith(".docx"):
        return False
    try:
        return Path(path).stat().st_size > stream.STREAM_BYTES
    except OSError:
        return False


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
        for found, text, offset in iter_large_file(Path(path), detect_format(path),
                                                   config or Config(), encoding, jobs):
            yield FileResult(path, found, continues=more, chunk=(text, offset))
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


def fix_one(path: str, config: Config, encoding: str | None, write: bool,
            unsafe: bool = False) -> FileResult:
    """Apply (write=True) or only compute (write=False) the safe fixes (and
    the unsafe ones with `unsafe`) of a file; the result keeps the findings
    that remain and the before/after."""
    from .fixer import fix_file

    try:
        fixed = fix_file(Path(path), config, encoding, write=write, unsafe=unsafe)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:  # a bug: name it, keep going with the other files
        return _internal_error(path, exc)
    return FileResult(path, fixed.remaining, fixed=fixed)


def read_stdin(encoding: str | None = None, stream: BinaryIO | None = None) -> str | None:
    """Standard input decoded like a file (BOM, UTF-16, --encoding); None when
    it cannot be decoded."""
    data = (stream or sys.stdin.buffer).read()
    try:
        return decode_bytes(data, encoding).text
    except InputError:
        return None


# --- a run -----------------------------------------------------------------


@dataclass(frozen=True)
class Overrides:
    """Command-line settings laid over each file's configuration: `select`
    replaces, `ignore` adds to the file's own list."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    min_severity: Severity | None = None
    lang: str | None = None

    def apply(self, cfg: Config) -> Config:
        changes: dict[str, Any] = {}
        if self.select:
            changes["select"] = list(self.select)
        if self.ignore:
            changes["ignore"] = [*cfg.ignore, *self.ignore]
        if self.min_severity:
            changes["min_severity"] = self.min_severity
        if self.lang:
            changes["lang"] = self.lang
        return replace(cfg, **changes) if changes else cfg


@dataclass
class RunOptions:
    """How a run finds its configuration and checks its files.

    `config` fixes one configuration for every file; otherwise each file gets
    the nearest config file's (or `config_path`'s), with `overrides` on top.
    `fix` is None, "fix" (write the certain fixes) or "diff" (compute them
    only; each result carries the before and after)."""

    config: Config | None = None
    config_path: str | None = None
    overrides: Overrides = field(default_factory=Overrides)
    encoding: str | None = None
    jobs: int = 1
    stdin_filename: str | None = None
    stdin: BinaryIO | None = None
    fix: str | None = None
    # With `fix`: the unsafe fixes too (deletions, fixes a reader could dispute).
    unsafe_fixes: bool = False
    force_exclude: bool = False
    # One result per file even for large files (their chunks' findings joined).
    whole_files: bool = False
    # Skip the findings recorded in the baseline beside each file's config
    # (only when configurations are discovered, not given as `config`).
    baseline: bool = True
    # Fill FileResult.flagged with the text of each finding.
    flagged: bool = False


@dataclass
class _Task:
    path: str
    error: str | None = None
    config: Config | None = None
    pooled: bool = False


class Run:
    """The inputs of one run with their configurations resolved (a config
    error is raised before anything is checked), and the work still to do:
    `items` holds one lazy iterator of results per input, in input order."""

    def __init__(self, paths: Iterable[str], options: RunOptions | None = None) -> None:
        self.options = opts = options or RunOptions()
        self.tasks: list[_Task] = []
        self.lang = opts.overrides.lang or (opts.config.lang if opts.config else "id")
        self._stack = contextlib.ExitStack()
        self._pool: _Pooled | None = None
        for path, error, explicit in _expand(paths):
            if error:
                self.tasks.append(_Task(path, error))
                continue
            config = self.config_for(path)
            self.lang = opts.overrides.lang or config.lang
            if path != "-" and not is_selected(path, config, explicit, opts.force_exclude):
                continue
            self.tasks.append(_Task(path, None, config))
        self.jobs = opts.jobs if opts.jobs != AUTO_JOBS else auto_jobs(
            [t.path for t in self.tasks if t.error is None and t.path != "-"])
        for t in self.tasks:
            t.pooled = (self.jobs > 1 and t.error is None and t.path != "-"
                        and opts.fix is None and not is_large(t.path))
        self.items: list[Iterator[FileResult]] = [
            _joined(self._settle(t, self._run(t))) if opts.whole_files
            else self._settle(t, self._run(t)) for t in self.tasks]

    def config_for(self, path: str) -> Config:
        """The configuration of one input (ConfigError when a file is wrong)."""
        opts = self.options
        if opts.config is not None:
            return opts.overrides.apply(opts.config)
        from .config_files import config_for

        target = opts.stdin_filename or path if path == "-" else path
        return opts.overrides.apply(config_for(target, opts.config_path))

    def __enter__(self) -> Run:
        pooled = [t for t in self.tasks if t.pooled]
        if len(pooled) >= 2:
            from .stream import worker_pool

            pool = self._stack.enter_context(worker_pool(min(self.jobs, len(pooled))))
            self._pool = _Pooled(pool, pooled, self.options.encoding, self.jobs)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def results(self) -> Iterator[FileResult]:
        """Every result in input order (chunks of a large file one by one)."""
        for item in self.items:
            yield from item

    def _run(self, task: _Task) -> Iterator[FileResult]:
        opts = self.options
        if task.error:
            yield FileResult(task.path, error=task.error)
            return
        assert task.config is not None
        if task.path == "-":
            name = opts.stdin_filename or "-"
            text = read_stdin(opts.encoding, opts.stdin)
            if text is None:
                yield FileResult(name, error="cannot decode standard input")
            elif opts.fix is not None:
                # standard input is never written back: the caller prints the
                # fixed text (--fix) or the diff (--diff)
                from .fixer import fix_text

                fixed = fix_text(text, name, task.config, opts.unsafe_fixes)
                yield FileResult(name, fixed.remaining, fixed=fixed)
            else:
                yield lint_file(name, task.config, opts.encoding, stdin_text=text)
        elif opts.fix is not None:
            yield fix_one(task.path, task.config, opts.encoding, write=opts.fix == "fix",
                          unsafe=opts.unsafe_fixes)
        elif task.pooled and self._pool is not None:
            yield self._pool.result(task)
        else:
            # A large file's chunks share the workers (--jobs); small files
            # checked one by one when there is no pool to share.
            yield from iter_file_results(task.path, task.config, opts.encoding,
                                         1 if task.pooled else self.jobs)


    def _settle(self, task: _Task, results: Iterator[FileResult]) -> Iterator[FileResult]:
        """Results with the baseline's findings taken out and, when asked, the
        text of each finding attached."""
        opts = self.options
        keep: FileFilter | None = None
        if opts.baseline and opts.config is None and task.config is not None:
            try:
                keep = _baseline_filter(task.path, task.config, opts.stdin_filename)
            except BaselineError as exc:
                yield FileResult(task.path, error=str(exc))
                return
        for res in results:
            if res.diagnostics and (keep is not None or opts.flagged):
                texts = flagged_texts(res)
                if keep is not None:
                    kept = [keep.keep(d, t) for d, t in zip(res.diagnostics, texts, strict=True)]
                    res.diagnostics = [d for d, k in zip(res.diagnostics, kept, strict=True) if k]
                    texts = [t for t, k in zip(texts, kept, strict=True) if k]
                if opts.flagged:
                    res.flagged = texts
            elif opts.flagged:
                res.flagged = []
            res.chunk = None
            yield res


def _joined(results: Iterator[FileResult]) -> Iterator[FileResult]:
    """The results of the chunks of a large file as one result."""
    first: FileResult | None = None
    for res in results:
        if first is None:
            first = res
            continue
        first.diagnostics.extend(res.diagnostics)
        if first.flagged is not None and res.flagged is not None:
            first.flagged.extend(res.flagged)
        first.error = first.error or res.error
    if first is not None:
        first.continues = False
        yield first


def _baseline_filter(path: str, config: Config, stdin_filename: str | None) -> FileFilter | None:
    from .baseline import baseline_file, load

    found = load(baseline_file(config))
    if found is None:
        return None
    allowed = found.for_file(stdin_filename or path if path == "-" else path)
    return FileFilter(allowed) if allowed else None


def flagged_texts(res: FileResult) -> list[str]:
    """The text each finding of a result covers."""
    if res.chunk is not None:
        text, offset = res.chunk
        return [text[d.start - offset : d.end - offset] for d in res.diagnostics]
    if res.fixed is not None:
        text = res.fixed.after
    elif res.document is not None:
        text = res.document.text
    else:
        return ["" for _ in res.diagnostics]
    return [text[d.start : d.end] for d in res.diagnostics]


class _Pooled:
    """Files checked by worker processes a few at a time ahead of the report,
    which takes their results in input order (memory stays bounded)."""

    def __init__(self, pool: ProcessPoolExecutor, tasks: list[_Task],
                 encoding: str | None, jobs: int) -> None:
        self.pool, self.tasks, self.encoding = pool, tasks, encoding
        self.index = {id(t): k for k, t in enumerate(tasks)}
        self.ahead = 2 * jobs
        self.futures: dict[int, Future[FileResult]] = {}
        self.submitted = 0

    def result(self, task: _Task) -> FileResult:
        """The result of a task, submitting those up to `ahead` after it first."""
        k = self.index[id(task)]
        while self.submitted < len(self.tasks) and self.submitted <= k + self.ahead:
            t = self.tasks[self.submitted]
            self.futures[self.submitted] = self.pool.submit(lint_file, t.path, t.config,
                                                            self.encoding)
            self.submitted += 1
        return self.futures.pop(k).result()


def auto_jobs(paths: list[str], cores: int | None = None) -> int:
    """Workers for a run that names none: one per core (at most
    AUTO_JOBS_MAX) when the files hold AUTO_JOBS_BYTES or more, else one."""
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += Path(path).stat().st_size
    if total < AUTO_JOBS_BYTES:
        return 1
    return max(1, min(cores or available_cores(), AUTO_JOBS_MAX))


def available_cores() -> int:
    """The cores this process may run on."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_paths(paths: Iterable[str], options: RunOptions | None = None) -> Run:
    """A run over paths; use it as a context manager (it owns the workers)."""
    return Run(paths, options)


def lint_paths(paths: Iterable[str], config: Config | None = None,
               encoding: str | None = None, *, jobs: int = 1,
               config_path: str | None = None) -> list[FileResult]:
    """Lint files and directories; one result per file, errors included.

    With `config`, every file gets that configuration; without it, each file
    gets the configuration the command would use (the nearest config file, or
    `config_path`), and `include`/`exclude` apply to directories walked."""
    options = RunOptions(config=config, config_path=config_path, encoding=encoding,
                         jobs=jobs, whole_files=True)
    with run_paths(paths, options) as run:
        return list(run.results())
