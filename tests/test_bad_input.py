"""Bad input gets a one-line error naming the file and the problem (exit 2, no
traceback) while the other files of the run are still checked; odd but valid
input gets a correct result."""

from __future__ import annotations

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from redaksi_lint import lint_text
from redaksi_lint.runner import lint_file

TYPO = "Pemerintah sudah menyaipakn anggaran itu.\n"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "redaksi_lint.cli", "--lang", "en", *args],
        capture_output=True, text=True, cwd=cwd, input=None if stdin is None else stdin.decode(),
        timeout=300,
    )


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "baik.txt"
    path.write_text(TYPO, encoding="utf-8")
    return path


def assert_one_line_error(proc: subprocess.CompletedProcess[str], name: str, problem: str,
                          good: Path) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if name in ln]
    assert len(errors) == 1, proc.stderr
    assert problem in errors[0]
    assert f"{good}:1:" in proc.stdout and "S101" in proc.stdout  # the good file was checked


def test_missing_path(tmp_path: Path, good: Path) -> None:
    proc = run(str(tmp_path / "hilang.txt"), str(good))
    assert_one_line_error(proc, "hilang.txt", "no such file", good)


def test_directory_without_drafts(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = run(str(empty), str(good))
    assert_one_line_error(proc, "kosong", "no .txt or .md drafts", good)


def test_binary_file(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "foto.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = run(str(path), str(good))
    assert_one_line_error(proc, "foto.txt", "binary", good)


def test_nul_bytes(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"kata\x00kata\n")
    proc = run(str(path), str(good))
    assert_one_line_error(proc, "nul.txt", "NUL", good)


def test_invalid_utf8_says_where_and_offers_encoding(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Baris pertama.\nKafé di kota.\n".encode("latin-1"))
    proc = run(str(path), str(good))
    assert_one_line_error(proc, "latin.txt", "invalid UTF-8 at line 2", good)
    assert "--encoding" in proc.stderr
    ok = run("--encoding", "latin-1", str(path))
    assert ok.returncode in (0, 1) and "Traceback" not in ok.stderr


def test_bom_and_crlf_positions_are_exact(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Judul\r\nMereka sudah menyaipakn dana.\r\n")
    proc = run("--format", "json", str(path))
    diags = json.loads(proc.stdout)["diagnostics"]
    hit = next(d for d in diags if d["code"] == "S101")
    assert (hit["line"], hit["column"], hit["end_column"]) == (2, 14, 24)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    path = tmp_path / "u16.txt"
    path.write_bytes(bom + TYPO.encode(codec))
    proc = run("--format", "json", str(path))
    assert proc.returncode == 1, proc.stderr
    diags = json.loads(proc.stdout)["diagnostics"]
    assert [(d["line"], d["column"]) for d in diags if d["code"] == "S101"] == [(1, 18)]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.txt"
    path.write_bytes(b"")
    proc = run(str(path))
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "rahasia.txt"
    path.write_text(TYPO, encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
        proc = run(str(path))
        assert proc.returncode == 2 and "permission denied" in proc.stderr
        return
    # root reads anything: simulate the operating system's refusal instead

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    res = lint_file(str(path))
    assert res.error == "permission denied" and not res.diagnostics


def test_broken_symlink(tmp_path: Path, good: Path) -> None:
    link = tmp_path / "putus.txt"
    link.symlink_to(tmp_path / "tidak-ada.txt")
    proc = run(str(link), str(good))
    assert_one_line_error(proc, "putus.txt", "broken symbolic link", good)


def test_directory_walk_skips_hidden_folders(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "catatan.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "naskah").mkdir()
    (tmp_path / "naskah" / "berita.md").write_text(TYPO, encoding="utf-8")
    proc = run(str(tmp_path))
    assert proc.returncode == 1
    assert "berita.md" in proc.stdout and "catatan.txt" not in proc.stdout


def test_huge_single_line_file(tmp_path: Path) -> None:
    """20 MB in one line: checked in chunks, positions still exact."""
    unit = "x" * 999 + " "
    path = tmp_path / "satu-baris.txt"
    body = unit * (20 * 1024 * 1024 // len(unit))
    path.write_text(body + "menyaipakn", encoding="utf-8")
    proc = run("--format", "json", str(path))
    assert proc.returncode in (0, 1), proc.stderr
    diags = json.loads(proc.stdout)["diagnostics"]
    hit = [d for d in diags if d["code"] == "S101"]
    assert [(d["line"], d["column"]) for d in hit] == [(1, len(body) + 1)]


def test_hundred_thousand_character_word() -> None:
    text = "Kata " + "a" * 100_000 + " itu menyaipakn."
    found = lint_text(text)
    assert [text[d.start : d.end] for d in found if d.code == "S101"] == ["menyaipakn"]


@pytest.mark.parametrize(
    "unit", [" ", ".", '"', "a.", "“", "<!--", "a\n", "S.H. ", "-", ", ", "ke ", "x@", "`"]
)
def test_pathological_repetition_is_handled(unit: str) -> None:
    """Long runs of one pattern (a broken export) complete and stay consistent."""
    text = unit * (40_000 // len(unit))
    for d in lint_text(text):
        assert 0 <= d.start <= d.end <= len(text)


def test_interrupt_exits_130_without_traceback(tmp_path: Path) -> None:
    big = tmp_path / "arsip"
    big.mkdir()
    for i in range(200):
        (big / f"berita-{i:03}.txt").write_text(TYPO * 200, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "redaksi_lint.cli", str(big)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err


def test_a_crashing_rule_is_one_error_for_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from redaksi_lint.rules import get_rule
    from redaksi_lint.runner import lint_paths

    cls = get_rule("T501")
    assert cls is not None
    original = cls.check

    def explode(self: object, ctx: object) -> object:
        if "meledak" in ctx.text:  # type: ignore[attr-defined]
            raise ValueError("boom")
        return original(self, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(cls, "check", explode)
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text("Kata meledak 3000.\n", encoding="utf-8")
    good.write_text(TYPO, encoding="utf-8")
    first, second = lint_paths([str(bad), str(good)])
    assert first.error is not None and "internal error" in first.error and "boom" in first.error
    assert second.error is None and any(d.code == "S101" for d in second.diagnostics)
