"""The effective configuration of a run, as the library sees it.

Config files (`.redaksi-lint.yaml`, `[tool.redaksi-lint]`) are read by
`config_files`; this module holds only the resolved values and their defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .diagnostic import Severity


@dataclass
class Config:
    """What to check and how. Rule selectors are codes (S101), code prefixes
    (S1) or slugs (unknown-word)."""

    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    accept: set[str] = field(default_factory=set)
    reject: set[str] = field(default_factory=set)
    names: dict[str, list[str]] = field(default_factory=dict)
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    lang: str = "id"
    min_severity: Severity = Severity.INFO
    source: str | None = None  # the file this configuration came from

    def option(self, code: str, slug: str, name: str, default: Any) -> Any:
        """A rule option, looked up by the rule's code or slug."""
        for key in (code, slug):
            opts = self.options.get(key)
            if opts and name in opts:
                return opts[name]
        return default

    def severity_for(self, code: str, slug: str, default: Severity) -> Severity:
        return self.severity.get(code) or self.severity.get(slug) or default


def selector_matches(selector: str, code: str, slug: str) -> bool:
    """`S101`, `S1` (prefix), `S` (family), `ALL` or `unknown-word` select a rule."""
    sel = selector.strip()
    if not sel:
        return False
    if sel.upper() == "ALL":
        return True
    if sel == slug:
        return True
    return code.startswith(sel.upper())


def is_enabled(config: Config, code: str, slug: str) -> bool:
    if config.select is not None and not any(
        selector_matches(s, code, slug) for s in config.select
    ):
        return False
    return not any(selector_matches(s, code, slug) for s in config.ignore)
