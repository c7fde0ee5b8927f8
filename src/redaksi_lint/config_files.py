"""Configuration files: `.redaksi-lint.yaml` (searched upward from each checked
file, the first one found wins), `[tool.redaksi-lint]` in `pyproject.toml`, or
an explicit `--config PATH`. A mistake in a config file is an error that names
the file, the line and the key, with a did-you-mean."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

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


def check_selector(where: str, sel: str) -> None:
    """A rule selector (code, code prefix, slug or ALL) that selects nothing is
    an error naming `where`, with the nearest rule as a did-you-mean."""
    codes, slugs = _rule_names()
    if sel.upper() == "ALL" or sel in slugs or (
            sel[:1].isalpha() and any(c.startswith(sel.upper()) for c in codes)):
        return
    import difflib

    hint = difflib.get_close_matches(sel, sorted(codes | slugs), n=1)
    raise ConfigError(f"{where}: unknown rule {sel!r}" + (f" (did you mean {hint[0]!r}?)"
                                                          if hint else ""))



def _check_options(where: str, rule: str, values: dict[Any, Any]) -> None:
    """Options must be named by a rule's code or slug, be options that rule
    has, and have the type it expects."""
    from .rules import get_rule

    cls = get_rule(rule)
    if cls is None or (rule.upper() != cls.code and rule != cls.slug):
        check_selector(where, rule)  # an unknown name: error with a did-you-mean
        raise ConfigError(f"{where}: options are given to one rule by its code or slug, "
                          f"not {rule!r}")
    for name, value in values.items():
        spec = cls.option_specs.get(str(name))
        if spec is None:
            import difflib

            known = sorted(cls.option_specs)
            hint = difflib.get_close_matches(str(name), known, n=1)
            has = (f"; {cls.code} has {', '.join(known)}" if known
                   else f"; {cls.code} has no options")
            raise ConfigError(f"{where}: {rule}: unknown option {name!r}"
                              + (f" (did you mean {hint[0]!r}?)" if hint else has))
        problem = spec.check(value, cls.default_options.get(str(name)))
        if problem:
            raise ConfigError(f"{where}: {rule}: option {name!r} {problem}")


def _words(value: Any, base: Path, where: str) -> set[str]:
    """A word list given inline or as paths of files with one word per line."""
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: expected words or file names, got {item!r}")
        candidate = base / item
        if "/" in item or item.endswith(".txt"):
            # A file of words; a name that looks like a file and is not one
            # is a mistake (a moved list), never a word to accept.
            try:
                text = candidate.read_text(encoding="utf-8")
            except FileNotFoundError:
                raise ConfigError(f"{where}: no such file {item!r} "
                                  f"(looked for {candidate})") from None
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{where}: cannot read {item!r}: {exc}") from None
            for line in text.splitlines():
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
            import difflib

            hint = difflib.get_close_matches(str(key), KEYS, n=1)
            raise ConfigError(f"{source}:{lines.get(str(key), 1)}: unknown key {key!r}"
                              + (f" (did you mean {hint[0]!r}?)" if hint else ""))
        if key in ("select", "ignore", "include", "exclude"):
            items = value if isinstance(value, list) else [value]
            items = [str(v) for v in items]
            if key in ("select", "ignore"):
                for sel in items:
                    check_selector(where, sel)
            setattr(cfg, key, items)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a mapping rule: level")
            for rule, level in value.items():
                check_selector(where, str(rule))
                try:
                    cfg.severity[str(rule)] = Severity(str(level))
                except ValueError:
                    raise ConfigError(f"{where}: {rule}: level must be error, warning or info"
                                      ) from None
        elif key == "options":
            if not isinstance(value, dict) or not all(isinstance(v, dict)
                                                      for v in value.values()):
                raise ConfigError(f"{where}: expected a mapping rule: {{option: value}}")
            for rule, values in value.items():
                line = lines.get(f"{key}.{rule}", lines.get(str(key), 1))
                _check_options(f"{source}:{line}: {key}", str(rule), values)
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
    # The parsers are imported here: most runs find no config file, and
    # importing yaml alone took a tenth of the start-up of a short check.
    import tomllib

    import yaml

    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(raw).get("tool", {}).get("redaksi-lint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
        return parse_config(data, str(path), path.parent, toml_key_lines(raw))
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
        for key_node, value_node in node.value:
            lines[str(key_node.value)] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.MappingNode):  # options: {K605: ...}
                for sub, _ in value_node.value:
                    lines[f"{key_node.value}.{sub.value}"] = sub.start_mark.line + 1
    return parse_config(data, str(path), path.parent, lines)


_TOML_TABLE = "tool.redaksi-lint"


def toml_key_lines(raw: str) -> dict[str, int]:
    """The line of each key of [tool.redaksi-lint] in a pyproject.toml (tomllib
    gives values without positions): `key = ...` inside the table, or a
    sub-table header `[tool.redaksi-lint.key]`."""
    import re

    lines: dict[str, int] = {}
    inside = False
    sub = ""  # the key of a sub-table [tool.redaksi-lint.KEY]
    header = re.compile(r"\s*\[\s*([^\]]+?)\s*\]")
    assignment = re.compile(r"\s*(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z0-9_-]+))\s*=")
    for number, line in enumerate(raw.splitlines(), 1):
        m = header.match(line)
        if m and not line.lstrip().startswith("[["):
            name = m.group(1).replace('"', "").replace(" ", "")
            inside = name == _TOML_TABLE or name.startswith(_TOML_TABLE + ".")
            sub = name[len(_TOML_TABLE) + 1 :] if name.startswith(_TOML_TABLE + ".") else ""
            if sub:
                lines.setdefault(sub.split(".")[0], number)
                if "." in sub:
                    lines.setdefault(sub, number)
            continue
        if inside and (a := assignment.match(line)):
            key = next(g for g in a.groups() if g)
            lines.setdefault(f"{sub}.{key}" if sub else key, number)
    return lines


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
            import tomllib

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
