"""The CI entry point lints, type-checks and tests, and fails on any of them."""

from __future__ import annotations

import subprocess
from pathlib import Path

CI = Path(__file__).parent.parent / ".ci" / "run"


def test_ci_runs_ruff_mypy_and_pytest_last_and_stops_on_failure() -> None:
    lines = [ln.strip() for ln in CI.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    assert "set -euo pipefail" in lines
    commands = [ln.split()[0] for ln in lines]
    assert commands.index("ruff") < commands.index("mypy") < commands.index("pytest")
    assert lines[-1] == "pytest"  # its summary line is the last thing printed
    ruff = next(ln for ln in lines if ln.startswith("ruff "))
    assert ruff.startswith("ruff check src tests benchmarks scripts")
    assert subprocess.run(["bash", "-n", str(CI)], check=False).returncode == 0
