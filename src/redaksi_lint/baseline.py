"""The baseline: findings an archive had when a newsroom adopted the checker,
recorded so that `check` reports only what is new.

An entry is a file, a rule, the text the finding covered and how many times
it occurred there — never a line number, so editing elsewhere in the file does
not bring old findings back. A check skips up to that many occurrences in that
file; the same text in another file, or one more occurrence, is reported. The
file lives beside the configuration that applies (`.redaksi-lint/baseline.json`
in the config file's folder, or in the current folder when there is none).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .config import Config
from .diagnostic import Diagnostic

BASELINE_PATH = Path(".redaksi-lint") / "baseline.json"
FORMAT_VERSION = 1

Key = tuple[str, str, str]  # (path relative to the baseline's folder, rule code, text)


class BaselineError(Exception):
    """A baseline file that cannot be read."""


def baseline_file(config: Config) -> Path:
    """Where the baseline of files checked under `config` is kept."""
    base = Path(config.source).resolve().parent if config.source else Path.cwd()
    return base / BASELINE_PATH


def relative_key(path: str, base: Path) -> str:
    """A checked file's name in the baseline: relative to the baseline's
    project folder, with forward slashes."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.as_posix()


@dataclass
class Baseline:
    """Recorded findings: (path, rule, text) -> count."""

    path: Path
    counts: Counter[Key] = field(default_factory=Counter)

    @property
    def base(self) -> Path:
        return self.path.parent.parent

    def add(self, file: str, diagnostics: Iterable[Diagnostic], texts: Iterable[str]) -> None:
        name = relative_key(file, self.base)
        for d, text in zip(diagnostics, texts, strict=True):
            self.counts[(name, d.code, text)] += 1

    def for_file(self, file: str) -> Counter[tuple[str, str]]:
        """rule, text -> how many occurrences of it this file may keep."""
        name = relative_key(file, self.base)
        return Counter({(rule, text): n for (p, rule, text), n in self.counts.items()
                        if p == name})

    def dump(self) -> str:
        rows = [{"path": p, "rule": r, "text": t, "count": n}
                for (p, r, t), n in sorted(self.counts.items())]
        lines = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in rows)
        body = f"[\n{lines}\n  ]" if rows else "[]"
        return f'{{\n  "version": {FORMAT_VERSION},\n  "findings": {body}\n}}\n'

    def write(self) -> None:
        """Written to a temporary file and moved into place; new files follow
        the umask like any file the user creates."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix=".baseline.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.dump())
            os.chmod(tmp, file_mode(self.path))
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


def file_mode(path: Path) -> int:
    """The mode a rewritten file keeps, or the one a new file gets under the umask."""
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@lru_cache(maxsize=32)
def load(path: Path) -> Baseline | None:
    """The baseline in `path`, None when there is none."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from exc
    try:
        data = json.loads(raw)
        counts: Counter[Key] = Counter()
        for row in data["findings"]:
            counts[(str(row["path"]), str(row["rule"]), str(row["text"]))] += int(row["count"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a redaksi-lint baseline ({exc})") from exc
    return Baseline(path, counts)


class FileFilter:
    """Skips the recorded findings of one file, in document order, up to the
    recorded count of each (rule, text); what goes beyond is reported."""

    def __init__(self, allowed: Counter[tuple[str, str]]) -> None:
        self.left = allowed

    def keep(self, diag: Diagnostic, text: str) -> bool:
        key = (diag.code, text)
        if self.left[key] > 0:
            self.left[key] -= 1
            return False
        return True
