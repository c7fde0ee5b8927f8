"""`--fix` on real edited text changes exactly the spans the diagnostics name.

Runs on the sample article shipped with the tests, and on the development
corpus of published news when it is present beside the project
(`../shared/corpus/dev/clean`, or the folder named by REDAKSI_DEV_CORPUS).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from redaksi_lint import Diagnostic, lint_text
from redaksi_lint.cli import cli
from redaksi_lint.fix import select_fixes

SAMPLE = Path(__file__).parent / "data" / "poskupang-hamas-gencatan-senjata.txt"
DEV = Path(os.environ.get("REDAKSI_DEV_CORPUS")
           or Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "clean")


def _splice(text: str, found: list[Diagnostic]) -> str:
    """The text with the named fixes put in, built independently of the fixer."""
    pieces, pos = [], 0
    for fix in select_fixes(found):
        assert pos <= fix.start <= fix.end <= len(text)
        pieces += [text[pos : fix.start], fix.replacement]
        pos = fix.end
    return "".join(pieces) + text[pos:]


def _expected(text: str, path: str) -> str:
    """Each pass changes only the spans its diagnostics name; passes repeat
    until nothing is left to fix (as --fix does)."""
    current = text
    for _ in range(10):
        spliced = _splice(current, lint_text(current, path=path))
        if spliced == current:
            return current
        current = spliced
    raise AssertionError(f"{path}: fixes do not converge")


def _drafts() -> list[Path]:
    found = [SAMPLE]
    if DEV.is_dir():
        found += sorted(DEV.glob("*.txt"))
    return found


def test_fix_changes_exactly_the_named_spans(tmp_path: Path) -> None:
    drafts = _drafts()
    copies = []
    for i, src in enumerate(drafts):
        dst = tmp_path / f"{i:02}-{src.name}"
        shutil.copyfile(src, dst)
        copies.append(dst)
    before = {p: p.read_text(encoding="utf-8") for p in copies}
    expected = {p: _expected(text, str(p)) for p, text in before.items()}
    result = CliRunner().invoke(cli, ["check", "--fix", "--quiet", *map(str, copies)])
    assert result.exit_code in (0, 1), result.output
    changed = 0
    for path in copies:
        after = path.read_text(encoding="utf-8")
        assert after == expected[path], f"{path.name}: --fix changed more than was named"
        changed += after != before[path]
    assert changed >= 1  # the sample article always has certain fixes

