"""`--fix`, `--unsafe-fixes` and `--diff` through the real command: what is
written, what is printed, and the exit status CI gates on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A certain fix (Rp. -> Rp) and an unsafe one (a doubled word is deleted).
DRAFT = "Harga cabai mencapai Rp. 80.000 per kilogram.\nPejabat yang yang ditunjuk presiden.\n"
SAFE = "Harga cabai mencapai Rp80.000 per kilogram.\nPejabat yang yang ditunjuk presiden.\n"
UNSAFE = "Harga cabai mencapai Rp80.000 per kilogram.\nPejabat yang ditunjuk presiden.\n"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "redaksi_lint", *args], input=stdin,
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=300)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draf.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_diff_writes_nothing_and_exits_1(draft: Path) -> None:
    proc = run("--diff", str(draft))
    assert proc.returncode == 1
    assert "-Harga cabai mencapai Rp. 80.000" in proc.stdout
    assert "+Harga cabai mencapai Rp80.000" in proc.stdout
    assert "+Pejabat yang ditunjuk" not in proc.stdout  # unsafe: not in the diff
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_fix_with_diff_writes_nothing_either(draft: Path) -> None:
    proc = run("--fix", "--diff", str(draft))
    assert proc.returncode == 1 and "+Harga cabai mencapai Rp80.000" in proc.stdout
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_diff_of_a_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "bersih.txt"
    path.write_text("Pemerintah menyiapkan anggaran untuk perbaikan jalan desa.\n",
                    encoding="utf-8")
    proc = run("--diff", str(path))
    assert proc.returncode == 0 and proc.stdout == ""


def test_fix_applies_safe_fixes_only_and_says_how_many(draft: Path) -> None:
    proc = run("--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == SAFE
    assert "R201" in proc.stdout and proc.returncode == 1  # the doubled word remains
    assert "1 diperbaiki, 1 tersisa." in proc.stderr


def test_unsafe_fixes_apply_the_rest(draft: Path) -> None:
    proc = run("--fix", "--unsafe-fixes", "--lang", "en", str(draft))
    assert draft.read_text(encoding="utf-8") == UNSAFE
    assert proc.returncode == 0
    assert "2 fixed, 0 remaining." in proc.stderr


def test_unsafe_fixes_in_the_diff(draft: Path) -> None:
    proc = run("--diff", "--unsafe-fixes", str(draft))
    assert proc.returncode == 1 and "+Pejabat yang ditunjuk presiden." in proc.stdout
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_stdin_diff_prints_the_diff() -> None:
    proc = run("--diff", "-", stdin=DRAFT)
    assert proc.returncode == 1
    assert proc.stdout.startswith("--- a/-\n+++ b/-\n")
    assert "+Harga cabai mencapai Rp80.000" in proc.stdout


def test_stdin_fix_prints_the_fixed_text() -> None:
    proc = run("--fix", "-", stdin=DRAFT)
    assert proc.stdout == SAFE
    assert "1 diperbaiki, 1 tersisa." in proc.stderr


def test_fix_never_writes_rp_spaced_for_a_closed_amount(tmp_path: Path) -> None:
    """EYD V writes Rp5.000: most amounts spaced or not, it is left alone."""
    path = tmp_path / "harga.txt"
    text = "Beras Rp 12.000, gula Rp 15.000, dan minyak Rp18.000 per liter.\n"
    path.write_text(text, encoding="utf-8")
    run("--fix", str(path))
    assert "Rp18.000" in path.read_text(encoding="utf-8")


def test_a_guess_is_not_a_fix(tmp_path: Path) -> None:
    """menambakan: menambahkan or menambakkan? --fix leaves it to the writer."""
    path = tmp_path / "gula.txt"
    text = "Ia menambakan gula ke dalam teh.\n"
    path.write_text(text, encoding="utf-8")
    run("--fix", str(path))
    assert path.read_text(encoding="utf-8") == text


def test_json_states_each_fix_applicability(draft: Path) -> None:
    import json

    found = json.loads(run("--format", "json", str(draft)).stdout)["diagnostics"]
    kinds = {d["code"]: d["fix"]["applicability"] for d in found if "fix" in d}
    assert kinds == {"T503": "safe", "R201": "unsafe"}


MARKDOWN = """---
judul: a--b
---
## Cara memasang {/*cara--memasang*/}
Paragraf ini sekedar contoh -- lihat [tautan](https://contoh.id/a--b) dan `kode  ,x`.

| Langkah | Hasil |
|---|---|
| Jalankan perintah yang sama | Hasil yang sama persis |
| Jalankan perintah yang sama | Hasil yang sama persis |

Ia menambakan gula ke dalam teh.
"""


def test_fix_on_markdown_keeps_structure_and_applies_no_guess(tmp_path: Path) -> None:
    path = tmp_path / "panduan.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    run("--fix", "--unsafe-fixes", str(path))
    after = path.read_text(encoding="utf-8")
    assert after.count("\n") == MARKDOWN.count("\n")
    for kept in ("judul: a--b", "{/*cara--memasang*/}", "(https://contoh.id/a--b)",
                 "`kode  ,x`", "|---|---|"):
        assert kept in after
    assert after.count("| Jalankan perintah yang sama |") == 2  # table rows are not repeats
    assert "sekadar contoh — lihat" in after  # the prose is fixed
    path.write_text(MARKDOWN, encoding="utf-8")
    run("--fix", str(path))
    assert "Ia menambakan gula" in path.read_text(encoding="utf-8")  # a guess: not applied


def test_a_report_says_what_fix_would_fix(draft: Path) -> None:
    hint = "1 dapat diperbaiki dengan --fix (1 lagi dengan --unsafe-fixes)."
    proc = run("--output-format", "concise", str(draft))
    assert proc.stderr.strip() == hint
    proc = run("--output-format", "concise", "--unsafe-fixes", "--lang", "en", str(draft))
    assert proc.stderr.strip() == "2 fixable with --fix --unsafe-fixes."
    full = run(str(draft))  # the full report ends with it
    assert full.stdout.splitlines()[-1] == hint and full.stderr == ""
    assert run("--format", "json", str(draft)).stderr == ""  # machine formats: nothing added
