"""Checking large files in pieces, so memory stays flat however big the input.

A file above STREAM_BYTES is decoded incrementally and cut into chunks at a
paragraph break (or, in one enormous line, at a space); each chunk is linted as
its own Document that knows where it stands in the file, so lines, columns and
offsets are exact. Rules that compare a whole document (repeated lines, name
variants, house-style consistency) see one chunk at a time in such files.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .diagnostic import Diagnostic
from .engine import lint_document
from .formats import load_document
from .source import InputError

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import ProcessPoolExecutor

# Above this size a file is checked in chunks. Held whole, a text costs some
# 25 times its size in tokens and rule tables: at half a megabyte (some 80,000
# words, a book chapter rather than an article) a one-line draft of 1 MB would
# otherwise be the largest thing in memory.
STREAM_BYTES = 512 * 1024
CHUNK_CHARS = 256 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _cut(text: str, final: bool) -> int:
    """Where to end a chunk: after the last blank line, else the last line
    break, else the last space; the whole text at the end of the file."""
    if final:
        return len(text)
    for sep in ("\n\n", "\n", " "):
        pos = text.rfind(sep)
        if pos > 0:
            return pos + len(sep)
    return len(text)


def iter_chunks(path: Path, encoding: str | None = None,
                chunk_chars: int | None = None) -> Iterator[tuple[str, int, int, int]]:
    """(text, char offset, lines before, column offset) for each chunk
    (of CHUNK_CHARS characters unless told)."""
    chunk_chars = chunk_chars or CHUNK_CHARS
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc
    with fh:
        head = fh.read(4)
        enc, skip = encoding or "utf-8", 0
        if not encoding:
            for bom, name in _BOMS:
                if head.startswith(bom):
                    enc, skip = name, len(bom)
                    break
        fh.seek(skip)
        decoder = codecs.getincrementaldecoder(enc)(errors="strict")
        check_nul = not enc.startswith("utf-16")
        pending = ""
        offset = lines = col = 0
        byte_pos = skip
        while True:
            data = fh.read(chunk_chars)
            final = not data
            if check_nul and b"\x00" in data:
                raise InputError("binary file (contains NUL bytes); not a text draft")
            try:
                pending += decoder.decode(data, final=final)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"invalid {enc.upper()} near byte offset {byte_pos + exc.start} "
                    f"(after line {lines + pending.count(chr(10)) + 1}); "
                    "use --encoding to name the file's encoding"
                ) from exc
            byte_pos += len(data)
            while len(pending) >= chunk_chars or (final and pending):
                cut = _cut(pending[:chunk_chars] if not final else pending, final)
                piece, pending = pending[:cut], pending[cut:]
                yield piece, offset, lines, col
                offset += len(piece)
                breaks = piece.count("\n") + piece.count("\r") - piece.count("\r\n")
                if breaks:
                    lines += breaks
                    col = len(piece) - max(piece.rfind("\n"), piece.rfind("\r")) - 1
                else:
                    col += len(piece)
                if final and not pending:
                    break
            if final:
                return


def iter_large_file(path: Path, fmt: str, config: Config, encoding: str | None = None,
                    jobs: int = 1) -> Iterator[tuple[list[Diagnostic], str, int]]:
    """The findings of a large file chunk by chunk, in file order (offsets into
    the whole file's text), each with the chunk's text and offset (what a
    finding covers can be read without the whole file), so that they can be
    reported while the rest is still being checked. With jobs > 1 the chunks
    are checked in worker processes, a few at a time: memory stays bounded
    however big the file."""
    chunks = iter_chunks(path, encoding)
    if jobs <= 1:
        for chunk in chunks:
            yield lint_chunk(chunk, str(path), fmt, config), chunk[0], chunk[1]
        return
    from collections import deque
    from concurrent.futures import Future

    # The first chunk is checked here: it loads the lexicon, which forked
    # workers then share instead of each loading its own.
    for chunk in islice(chunks, 1):
        yield lint_chunk(chunk, str(path), fmt, config), chunk[0], chunk[1]
    window: deque[tuple[Future[list[Diagnostic]], str, int]] = deque()
    with worker_pool(jobs) as pool:
        for chunk in chunks:
            window.append((pool.submit(lint_chunk, chunk, str(path), fmt, config),
                           chunk[0], chunk[1]))
            if len(window) >= 2 * jobs:
                future, text, offset = window.popleft()
                yield future.result(), text, offset
        while window:
            future, text, offset = window.popleft()
            yield future.result(), text, offset


def lint_large_file(path: Path, fmt: str, config: Config,
                    encoding: str | None = None, jobs: int = 1) -> list[Diagnostic]:
    """All the findings of a large file (see iter_large_file), as one list."""
    return [d for found, _, _ in iter_large_file(path, fmt, config, encoding, jobs)
            for d in found]


def worker_pool(jobs: int) -> ProcessPoolExecutor:
    """Worker processes for --jobs, forked where the platform can, so that
    what the parent has already loaded is shared rather than loaded again."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if fork else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                               initializer=tune_garbage_collector)


# Objects allocated between two young-generation collections. Checking a draft
# allocates a token object per word and frees few: at Python's default (700)
# the collector ran thousands of times per million words and took about an
# eighth of the run; reference cycles are still collected, only less often.
GC_YOUNG_THRESHOLD = 10_000


def tune_garbage_collector() -> None:
    """Set for the command's own process and its workers; a program that
    imports the library keeps its own settings."""
    import gc

    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(GC_YOUNG_THRESHOLD, young), older, oldest)


def lint_chunk(chunk: tuple[str, int, int, int], path: str, fmt: str,
               config: Config) -> list[Diagnostic]:
    """The findings of one chunk, placed in the whole file."""
    text, offset, lines, col = chunk
    doc = load_document(text, path, fmt)
    doc.line_offset, doc.col_offset = lines, col
    found = lint_document(doc, config)
    for d in found:
        d.start += offset
        d.end += offset
        if d.fix is not None:
            d.fix = replace(d.fix, start=d.fix.start + offset, end=d.fix.end + offset)
    return found
