"""Reading a draft from disk: bytes to text, with a clear error for what is not
a text file. The text keeps its line endings; a BOM is dropped (and recorded)."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class InputError(Exception):
    """A file that cannot be checked; the message names the problem."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a draft: UTF-8 (with or without BOM), UTF-16 with BOM, or `encoding`."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, b"")
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"cannot decode as {encoding}: {exc}") from exc
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(enc), enc, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc.upper()} at byte {exc.start + len(bom)}") from exc
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes); not a text draft")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            f"invalid UTF-8 at line {line}, byte column {col} (byte offset {exc.start}); "
            "use --encoding to name the file's encoding"
        ) from exc


def read_source(path: Path, encoding: str | None = None) -> str:
    """The text of a draft file, or InputError naming the problem."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise InputError("is a directory") from exc
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except FileNotFoundError as exc:
        raise InputError("no such file or directory") from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from exc
    return decode_bytes(data, encoding).text


def read_docx(path: Path) -> tuple[str, list[int]]:
    """The paragraphs of a Word document, table cells included, in document
    order and joined by line breaks, and the paragraph number of each line (a
    finding names its paragraph; a cell's paragraphs are numbered in turn)."""
    try:
        import docx
    except ImportError as exc:
        raise InputError(
            "reading .docx needs the optional extra: pip install 'redaksi-lint[docx]'") from exc
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise InputError(f"not a readable .docx file ({type(exc).__name__})") from exc
    paragraphs = [p.replace("\r", " ").replace("\n", " ") for p in _docx_texts(document)]
    return "\n".join(paragraphs), list(range(1, len(paragraphs) + 1))


def _docx_texts(parent: Any) -> Iterator[str]:
    """The text of each paragraph under `parent` (the document or a table
    cell), tables read row by row; a merged cell is read once."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = parent.element.body if hasattr(parent, "element") and hasattr(
        parent.element, "body") else parent._element
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, parent).text
        elif tag == "tbl":
            seen: set[Any] = set()  # the cell elements (kept alive: no id is reused)
            for row in Table(child, parent).rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    yield from _docx_texts(cell)
