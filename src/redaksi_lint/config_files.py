"""Configuration files: `.redaksi-lint.yaml` (searched upward from each checked
file, the first one found wins), `[tool.redaksi-lint]` in `pyproject.toml`, or
an explicit `--config PATH`. A mistake in a config file is an error that names
the file, the line and the key, with a did-you-mean."""

from __future__ import annotations

import difflib
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .config import Config
from .diagnostic import Severity

CONFIG_NAME = ".redaksi-lint.yaml"
KEYS = ("select", "ignore", "severity", "options", "accept", "reject", "names", "include",
        "exclude", "lang")


class ConfigError(Exception):
    """A config file that cannot be used; the message names file, line and key."""


def _rule_names() -> tuple[set[str], set[str]]:
    from .rules import all_rules

    rules = all_rules()
    return {r.code for r in rules}, {r.slug for r in rules}


def _check_selector(where: str, sel: str) -> None:
    codes, slugs = _rule_names()
    if sel.upper() == "ALL" or sel in slugs or any(c.startswith(sel.upper()) for c in codes):
        return
    hint = difflib.get_close_matches(sel, sorted(codes | slugs), n=1)
    raise ConfigError(f"{where}: unknown rule {sel!r}" + (f" (did you mean {hint[0]!r}?)"
                                                          if hint else ""))


def _words(value: Any, base: Path, where: str) -> set[str]:
    """A word list given inline or as paths of files with one word per line."""
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: expected words or file names, got {item!r}")
        candidate = base / item
        if ("/" in item or item.endswith(".txt")) and candidate.is_file():
            for line in candidate.read_text(encoding="utf-8").splitlines():
                word = line.strip()
                if word and not word.startswith("#"):
                    out.add(word)
        else:
            out.add(item)
    return out


def parse_config(data: Any, source: str, base: Path, lines: dict[str, int] | None = None
                 ) -> Config:
    """A Config from parsed YAML/TOML data; errors name `source` and the key's line."""
    lines = lines or {}
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the configuration must be a mapping of keys")
    cfg = Config(source=source)
    for key, value in data.items():
        where = f"{source}:{lines.get(str(key), 1)}: {key}"
        if key not in KEYS:
            hint = difflib.get_close_matches(str(key), KEYS, n=1)
            raise ConfigError(f"{source}:{lines.get(str(key), 1)}: unknown key {key!r}"
                              + (f" (did you mean {hint[0]!r}?)" if hint else ""))
        if key in ("select", "ignore", "include", "exclude"):
            items = value if isinstance(value, list) else [value]
            items = [str(v) for v in items]
            if key in ("select", "ignore"):
                for sel in items:
                    _check_selector(where, sel)
            setattr(cfg, key, items)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a mapping rule: level")
            for rule, level in value.items():
                _check_selector(where, str(rule))
                try:
                    cfg.severity[str(rule)] = Severity(str(level))
                except ValueError:
                    raise ConfigError(f"{where}: {rule}: level must be error, warning or info"
                                      ) from None
        elif key == "options":
            if not isinstance(value, dict) or not all(isinstance(v, dict)
                                                      for v in value.values()):
                raise ConfigError(f"{where}: expected a mapping rule: {{option: value}}")
            for rule in value:
                _check_selector(where, str(rule))
            cfg.options = {str(k): dict(v) for k, v in value.items()}
        elif key in ("accept", "reject"):
            setattr(cfg, key, _words(value, base, where))
        elif key == "names":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a mapping canonical: [wrong, ...]")
            cfg.names = {str(k): [str(x) for x in (v if isinstance(v, list) else [v])]
                         for k, v in value.items()}
        elif key == "lang":
            if value not in ("id", "en"):
                raise ConfigError(f"{where}: lang must be 'id' or 'en'")
            cfg.lang = value
    return cfg


def load_config_file(path: Path) -> Config:
    """Read one config file (YAML, or pyproject.toml's [tool.redaksi-lint])."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(raw).get("tool", {}).get("redaksi-lint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
        return parse_config(data, str(path), path.parent)
    try:
        node = yaml.compose(raw)
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        context = getattr(exc, "context_mark", None)
        if context is not None and (mark is None or mark.line >= raw.count("\n")):
            mark = context  # an unclosed bracket: point at where it opened
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{where}: invalid YAML: {problem}") from exc
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            lines[str(key_node.value)] = key_node.start_mark.line + 1
    return parse_config(data, str(path), path.parent, lines)


@lru_cache(maxsize=256)
def find_config_file(directory: Path) -> Path | None:
    """The nearest `.redaksi-lint.yaml`, or pyproject.toml with a
    [tool.redaksi-lint] table, in `directory` or above it."""
    for folder in (directory, *directory.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                if "redaksi-lint" in tomllib.loads(
                        pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
    return None


@lru_cache(maxsize=64)
def _cached(path: Path) -> Config:
    return load_config_file(path)


def config_for(target: str, explicit: str | None = None) -> Config:
    """The configuration that applies to a checked file (or `-`)."""
    if explicit:
        return _cached(Path(explicit).resolve())
    start = Path.cwd() if target == "-" else Path(target).resolve().parent
    found = find_config_file(start)
    return _cached(found) if found else Config()
