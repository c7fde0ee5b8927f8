"""Large files are checked in chunks with exactly the positions a whole-file
check gives, so memory stays flat however big the input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from redaksi_lint import Config, lint_text, stream
from redaksi_lint.runner import is_large, iter_file_results, lint_file

PARAGRAPH = (
    "Pemerintah sudah menyaipakn 3000 personel untuk pengamanan mudik. "
    "Namun Kepala dinas itu mengatakan anggaran belum cair.\n"
    "Warga kota kota kecil berharap jalan segera diperbaiki sebelum hujan.\n\n"
)
CONFIG = Config(select=["S101", "T501", "R201"])


@pytest.fixture
def chunked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A draft of 40 paragraphs that the checker cuts into chunks of 700 characters."""
    path = tmp_path / "besar.txt"
    path.write_text(PARAGRAPH * 40, encoding="utf-8")
    monkeypatch.setattr(stream, "STREAM_BYTES", 100)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 700)
    return path


def _keys(diags: list) -> list[tuple[int, int, int, int, str, int, int]]:
    return [(d.line, d.column, d.end_line, d.end_column, d.code, d.start, d.end) for d in diags]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_chunked_file_reports_the_same_positions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str
) -> None:
    text = PARAGRAPH.replace("\n", newline) * 40
    path = tmp_path / "besar.txt"
    path.write_bytes(text.encode("utf-8"))
    whole = lint_text(text, CONFIG, path=str(path))
    monkeypatch.setattr(stream, "STREAM_BYTES", 100)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 700)
    chunked = lint_file(str(path), CONFIG)
    assert chunked.error is None
    assert _keys(chunked.diagnostics) == _keys(whole)
    for d in chunked.diagnostics:
        assert text[d.start : d.end]


def test_one_enormous_line_is_cut_at_spaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = ("kata menyaipakn " * 400).strip()
    path = tmp_path / "baris.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(stream, "STREAM_BYTES", 100)
    chunks = list(stream.iter_chunks(path, chunk_chars=1000))
    assert "".join(c[0] for c in chunks) == text
    assert len(chunks) > 3
    res = lint_file(str(path), CONFIG)
    cols = [d.column for d in res.diagnostics]
    assert cols == [text.index("menyaipakn") + 1 + 16 * i for i in range(400)]


def test_invalid_utf8_in_a_large_file_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rusak.txt"
    path.write_bytes(b"kata baik\n" * 50 + b"\xff\xfe rusak\n")
    monkeypatch.setattr(stream, "STREAM_BYTES", 10)
    res = lint_file(str(path), CONFIG)
    assert res.error is not None and "invalid UTF-8" in res.error and "--encoding" in res.error


def test_chunks_checked_by_workers_give_the_same_findings_in_order(chunked: Path) -> None:
    whole = lint_text(chunked.read_text(encoding="utf-8"), CONFIG, path=str(chunked))
    parallel = lint_file(str(chunked), CONFIG, jobs=2)
    assert parallel.error is None
    assert _keys(parallel.diagnostics) == _keys(whole)


def test_the_command_collects_garbage_less_often_but_never_more() -> None:
    import gc

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        stream.tune_garbage_collector()
        assert gc.get_threshold() == (stream.GC_YOUNG_THRESHOLD, 10, 10)
        gc.set_threshold(50_000, 5, 5)  # a host program that chose a higher value keeps it
        stream.tune_garbage_collector()
        assert gc.get_threshold() == (50_000, 5, 5)
    finally:
        gc.set_threshold(*before)


def test_a_large_file_gives_its_findings_chunk_by_chunk(chunked: Path) -> None:
    parts = list(iter_file_results(str(chunked), CONFIG))
    assert len(parts) > 5
    assert [p.continues for p in parts] == [False] + [True] * (len(parts) - 1)
    joined = [d for p in parts for d in p.diagnostics]
    whole = lint_text(chunked.read_text(encoding="utf-8"), CONFIG, path=str(chunked))
    assert _keys(joined) == _keys(whole)


def test_a_problem_halfway_ends_the_file_after_the_findings_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rusak.txt"
    path.write_bytes(PARAGRAPH.encode() * 10 + b"\xff\xfe rusak\n")
    monkeypatch.setattr(stream, "STREAM_BYTES", 10)
    monkeypatch.setattr(stream, "CHUNK_CHARS", 300)
    parts = list(iter_file_results(str(path), CONFIG))
    assert parts[-1].error is not None and "invalid UTF-8" in parts[-1].error
    assert parts[-1].continues and any(p.diagnostics for p in parts[:-1])


def test_a_large_docx_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .docx is mostly pictures and markup: its size does not make it a text to chunk."""
    monkeypatch.setattr(stream, "STREAM_BYTES", 10)
    assert not is_large(str(tmp_path / "naskah.docx"))
    (tmp_path / "naskah.txt").write_text("kota " * 10, encoding="utf-8")
    assert is_large(str(tmp_path / "naskah.txt"))


def test_the_html_report_shows_a_chunked_file_once(chunked: Path) -> None:
    from redaksi_lint.reporters import get_streamer

    parts = list(iter_file_results(str(chunked), CONFIG))
    page = "".join(get_streamer("html")(parts, "id"))
    assert len(parts) > 5 and page.count("<h2>") == 1
    finding_rows = re.findall(r"<tr><td>\d+</td>", page)  # line number first; the summary has codes
    assert len(finding_rows) == sum(len(p.diagnostics) for p in parts)


def test_a_one_line_draft_of_a_megabyte_is_checked_in_chunks(tmp_path: Path) -> None:
    """Memory stays bounded for a pasted export on one line: it is cut at
    spaces into chunks, and the findings stand where a whole check puts them."""
    words = ("Pemerintah sudah menyaipakn 3000 personel untuk pengamanan mudik. " * 16000)
    path = tmp_path / "satu-baris.txt"
    path.write_text(words.strip(), encoding="utf-8")
    assert path.stat().st_size >= 1_000_000 and is_large(str(path))
    parts = list(iter_file_results(str(path), CONFIG))
    assert len(parts) >= 4 and all(p.error is None for p in parts)
    found = [d for p in parts for d in p.diagnostics]
    assert _keys(found) == _keys(lint_text(words.strip(), CONFIG, path=str(path)))
