"""End to end: the real pre-commit runs the hooks of this repository
(`pre-commit try-repo`) in a temporary git repository of drafts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path(__file__).parent / "data" / "poskupang-hamas-gencatan-senjata.txt"
CLEAN = "Pemerintah menyiapkan anggaran untuk perbaikan jalan desa di Jawa Tengah.\n"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("redaksi")
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "redaksi@example.org")
    _git(repo, "config", "user.name", "Redaksi")
    shutil.copy(SAMPLE, repo / "berita.txt")
    (repo / "bersih.md").write_text(CLEAN, encoding="utf-8")
    _git(repo, "add", ".")
    return repo


def try_repo(drafts: Path, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(drafts.parent / "pre-commit-home")}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--files", *files],
        cwd=drafts, capture_output=True, text=True, env=env, timeout=900,
    )


def test_hook_fails_on_the_sample_article(drafts: Path) -> None:
    proc = try_repo(drafts, "redaksi-lint", "berita.txt")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "berita.txt:2:27: S101" in proc.stdout


def test_hook_passes_on_clean_text(drafts: Path) -> None:
    proc = try_repo(drafts, "redaksi-lint", "bersih.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Passed" in proc.stdout


def test_fix_hook_rewrites_certain_fixes(drafts: Path) -> None:
    target = drafts / "perbaiki.txt"
    target.write_text("Sebanyak 3000 personel dikerahkan ke kota kota kecil.\n", encoding="utf-8")
    _git(drafts, "add", "perbaiki.txt")
    proc = try_repo(drafts, "redaksi-lint-fix", "perbaiki.txt")
    assert proc.returncode == 1  # pre-commit fails a hook that changed files
    assert target.read_text(encoding="utf-8") == (
        "Sebanyak 3.000 personel dikerahkan ke kota-kota kecil.\n")
