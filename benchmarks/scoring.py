"""How a finding is matched to a known error, as docs/metrics.md counts it; shared
by the accuracy benchmarks so that every figure is counted the same way.

A known error at columns [lo, hi) (1-based, end exclusive) of a line is found
when a diagnostic on that line overlaps it and is about the word: it ends on the
same line and is at most 3 x len(wrong) + 10 characters long. Top-1 / top-5:
some overlapping diagnostic lists the correct form first / among its first five
suggestions, ignoring case (an editor sees them all).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
COUNTED = ("error", "warning")


def default_corpus() -> Path:
    """`../shared/corpus` beside the checkout, or beside a folder above it (a
    worktree kept in a subfolder)."""
    root = Path(__file__).resolve().parents[1]
    for folder in root.parents:
        if (folder / "shared/corpus").is_dir():
            return folder / "shared/corpus"
    return root.parent / "shared/corpus"


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if line.strip():
            cells = line.split("\t")
            rows.append(dict(zip(head, cells + [""] * (len(head) - len(cells)), strict=True)))
    return rows


def run_linter(paths: list[Path]) -> tuple[list[dict[str, Any]], float]:
    """The installed command, `--format json`, as a user runs it."""
    exe = shutil.which("redaksi-lint")
    cmd = [exe] if exe else [sys.executable, "-m", "redaksi_lint.cli"]
    start = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "check", "--format", "json", *map(str, paths)],
        capture_output=True, text=True, check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"redaksi-lint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(proc.stdout or "{}")
    return list(data.get("diagnostics", [])), elapsed


@dataclass(frozen=True)
class Mark:
    """One diagnostic as the scoring needs it (from JSON or from the library)."""

    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    severity: str
    suggestions: tuple[str, ...]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Mark:
        return cls(d["line"], d["column"], d["end_line"], d["end_column"], d["code"],
                   d["severity"], tuple(d.get("suggestions") or ()))

    @classmethod
    def from_diagnostic(cls, d: Any) -> Mark:
        return cls(d.line, d.column, d.end_line, d.end_column, d.code, str(d.severity),
                   tuple(d.suggestions or ()))


def by_line(marks: list[Mark], rules: set[str] | None = None) -> dict[int, list[Mark]]:
    out: dict[int, list[Mark]] = {}
    for m in marks:
        if rules is None or m.code in rules:
            out.setdefault(m.line, []).append(m)
    return out


def covering(marks: list[Mark], lo: int, hi: int, length: int) -> list[Mark]:
    """The diagnostics (all on one line) that find the error at [lo, hi): they
    overlap it and are about the word, not a whole sentence or line."""
    return [m for m in marks
            if m.end_line == m.line and m.column < hi and m.end_column > lo
            and m.end_column - m.column <= 3 * length + 10]


@dataclass
class Verdict:
    found: bool
    top1: bool
    top5: bool


def judge(marks: list[Mark], lo: int, hi: int, correct: str,
          line: str | None = None, original: str | None = None) -> Verdict:
    """Score one known error at columns [lo, hi). A suggestion is right when it
    is `correct` (ignoring case), or, given the erroneous `line` and the
    `original` line, when putting it in place of its diagnostic's span gives the
    original line back (ignoring case): that credits a diagnostic whose span is
    wider or narrower than the error's."""
    found = covering(marks, lo, hi, hi - lo)
    top1 = top5 = False
    want = correct.lower()

    def right(m: Mark, s: str) -> bool:
        if s.lower() == want:
            return True
        if line is None or original is None:
            return False
        fixed = line[: m.column - 1] + s + line[m.end_column - 1 :]
        return fixed.lower() == original.lower()

    for m in found:
        top1 = top1 or any(right(m, s) for s in m.suggestions[:1])
        top5 = top5 or any(right(m, s) for s in m.suggestions[:5])
    return Verdict(bool(found), top1, top5)


def line_of(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
