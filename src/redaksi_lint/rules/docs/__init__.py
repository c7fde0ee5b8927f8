"""The rules' documentation in Indonesian, one Markdown file per rule
(`id/CODE.md`), beside the English of each rule's docstring: a newsroom
editor reads `redaksi-lint rules CODE` in the language of the run."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def indonesian_documentation(code: str) -> str | None:
    """The Indonesian text of rule `code`, or None when there is none."""
    path = resources.files(__package__).joinpath("id", f"{code}.md")
    try:
        return path.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, OSError):
        return None
