"""One runner from paths to results: the command and the library agree on
which files are checked, with which configuration, and how."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from redaksi_lint import Config, lint_paths
from redaksi_lint.runner import (
    AUTO_JOBS,
    AUTO_JOBS_BYTES,
    AUTO_JOBS_MAX,
    RunOptions,
    auto_jobs,
    run_paths,
)

TYPO = "Mereka sudah menyaipakn 3000 personel di kota kota kecil.\n"


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "redaksi_lint", *args], cwd=cwd,
                          capture_output=True, text=True, check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """naskah/ with a draft, naskah/arsip/ excluded, a config selecting T501 only."""
    (tmp_path / ".redaksi-lint.yaml").write_text(
        'select: [T501]\nexclude: ["*/arsip/*"]\n', encoding="utf-8")
    (tmp_path / "naskah" / "arsip").mkdir(parents=True)
    (tmp_path / "naskah" / "baru.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "naskah" / "arsip" / "lama.txt").write_text(TYPO, encoding="utf-8")
    return tmp_path


def test_lint_paths_uses_the_config_and_exclude_the_command_uses(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    results = lint_paths(["naskah"])
    assert [r.path for r in results] == ["naskah/baru.txt"]
    assert [d.code for d in results[0].diagnostics] == ["T501"]
    proc = _cli("--format", "json", "naskah", cwd=project)
    cli = json.loads(proc.stdout)["diagnostics"]
    assert [(d["path"], d["code"], d["line"], d["column"]) for d in cli] == [
        (d.path, d.code, d.line, d.column) for r in results for d in r.diagnostics]


def test_an_explicit_file_is_checked_even_when_excluded(project: Path) -> None:
    proc = _cli("--format", "json", "naskah/arsip/lama.txt", cwd=project)
    assert proc.returncode == 1
    assert [d["code"] for d in json.loads(proc.stdout)["diagnostics"]] == ["T501"]
    forced = _cli("--force-exclude", "naskah/arsip/lama.txt", cwd=project)
    assert (forced.returncode, forced.stdout) == (0, "")


def test_include_limits_a_walked_directory_not_a_named_file(tmp_path: Path) -> None:
    (tmp_path / ".redaksi-lint.yaml").write_text('include: ["*/naskah/*"]\n', encoding="utf-8")
    (tmp_path / "naskah").mkdir()
    (tmp_path / "naskah" / "a.txt").write_text(TYPO, encoding="utf-8")
    (tmp_path / "lain.txt").write_text(TYPO, encoding="utf-8")
    walked = lint_paths([str(tmp_path)])
    assert [Path(r.path).name for r in walked] == ["a.txt"]
    named = lint_paths([str(tmp_path / "lain.txt")])
    assert named[0].diagnostics


def test_an_explicit_config_applies_to_every_file(project: Path) -> None:
    results = lint_paths([str(project / "naskah")], Config(select=["R201"]))
    assert {d.code for r in results for d in r.diagnostics} == {"R201"}


def test_stdin_is_decoded_like_a_file() -> None:
    data = "\ufeff".encode("utf-16-le") + TYPO.encode("utf-16-le")
    options = RunOptions(config=Config(select=["S101"]), stdin=io.BytesIO(data),
                         stdin_filename="draf.txt")
    with run_paths(["-"], options) as run:
        (res,) = run.results()
    assert res.path == "draf.txt" and [d.code for d in res.diagnostics] == ["S101"]
    bad = RunOptions(config=Config(), stdin=io.BytesIO(b"\xff\xfe\x00kata"), encoding="ascii")
    with run_paths(["-"], bad) as run:
        (res,) = run.results()
    assert res.error == "cannot decode standard input"


def test_worker_processes_give_the_same_results_in_order(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"d{i}.txt").write_text(TYPO * (i + 1), encoding="utf-8")
    one = lint_paths([str(tmp_path)], Config(), jobs=1)
    two = lint_paths([str(tmp_path)], Config(), jobs=2)
    assert [(r.path, [d.to_dict() for d in r.diagnostics]) for r in one] == [
        (r.path, [d.to_dict() for d in r.diagnostics]) for r in two]
    assert len(one) == 5 and all(r.diagnostics for r in one)


def test_workers_by_default_only_for_enough_text(tmp_path: Path) -> None:
    small = [tmp_path / f"d{i}.txt" for i in range(3)]
    for f in small:
        f.write_text(TYPO, encoding="utf-8")
    names = [str(f) for f in small]
    assert auto_jobs(names, cores=8) == 1  # a commit's few drafts: one process
    big = tmp_path / "arsip.txt"
    big.write_text(TYPO * (AUTO_JOBS_BYTES // len(TYPO) + 1), encoding="utf-8")
    assert auto_jobs([str(big)], cores=2) == 2
    assert auto_jobs([str(big)], cores=64) == AUTO_JOBS_MAX  # each worker holds its tables
    assert auto_jobs([str(big)], cores=1) == 1
    assert auto_jobs([str(tmp_path / "missing.txt")], cores=8) == 1
    # many files that hold enough text between them share the workers too
    share = AUTO_JOBS_BYTES // 4 + 1
    many = []
    for i in range(4):
        f = tmp_path / f"bab{i}.txt"
        f.write_text(TYPO * (share // len(TYPO) + 1), encoding="utf-8")
        many.append(str(f))
    assert auto_jobs(many, cores=2) == 2
    with run_paths(names, RunOptions(config=Config(), jobs=AUTO_JOBS)) as run:
        assert run.jobs == 1 and not any(t.pooled for t in run.tasks)
    with run_paths(many, RunOptions(config=Config(), jobs=AUTO_JOBS)) as run:
        assert run.jobs == auto_jobs(many)
        assert all(t.pooled == (run.jobs > 1) for t in run.tasks)


def test_the_default_run_of_a_big_file_reports_what_one_process_does(tmp_path: Path) -> None:
    draft = tmp_path / "arsip.txt"
    para = (TYPO + "Kepala Dinas Pendidkan Kalimantan Timru hadir. Israel dan Isral bertemu.\n\n")
    draft.write_text(para * (AUTO_JOBS_BYTES // len(para) + 2), encoding="utf-8")
    default = _cli("--format", "json", str(draft), cwd=tmp_path)
    one = _cli("--format", "json", "--jobs", "1", str(draft), cwd=tmp_path)
    assert default.returncode == one.returncode == 1
    assert default.stdout == one.stdout and json.loads(default.stdout)["diagnostics"]
