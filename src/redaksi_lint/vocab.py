"""The project's accept list: words a newsroom has decided are right (names,
new terms). `redaksi-lint vocab add|remove|list` keeps it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from .baseline import file_mode
from .config_files import CONFIG_NAME, ConfigError, find_config_file

DEFAULT_ACCEPT = ".redaksi-lint/accept.txt"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        # mkstemp makes the file private (600); a word list is a team file
        # and follows the umask like any file the user creates.
        os.chmod(tmp, file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def accept_file(start: Path) -> Path:
    """The accept-list file of the project around `start`, set up if needed:
    the first file named under `accept:` in the nearest `.redaksi-lint.yaml`,
    or `.redaksi-lint/accept.txt` registered in a config created beside it."""
    found = find_config_file(start.resolve())
    if found is None or found.name != CONFIG_NAME:
        config = (found.parent if found else start) / CONFIG_NAME
        if not config.exists():
            _write_atomic(config, f"accept: [{DEFAULT_ACCEPT}]\n")
            return config.parent / DEFAULT_ACCEPT
        found = config
    raw = found.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{found}: invalid YAML: {exc}") from exc
    accept = data.get("accept") if isinstance(data, dict) else None
    if accept is None:
        _write_atomic(found, raw.rstrip("\n") + f"\naccept: [{DEFAULT_ACCEPT}]\n")
        return found.parent / DEFAULT_ACCEPT
    entries = accept if isinstance(accept, list) else [accept]
    for entry in entries:
        if isinstance(entry, str) and ("/" in entry or entry.endswith(".txt")):
            return found.parent / entry
    raise ConfigError(f"{found}: 'accept' lists words inline; add a file of words to it "
                      f"(for example {DEFAULT_ACCEPT}) so new words can be appended")


def add_words(start: Path, words: list[str]) -> tuple[Path, list[str]]:
    """Append new words (one per line, no duplicates) to the accept list."""
    path = accept_file(start)
    existing = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    have = {w.strip() for w in existing}
    new = []
    for word in words:
        word = word.strip()
        if word and word not in have:
            have.add(word)
            new.append(word)
    if new:
        body = "\n".join([*existing, *new]) + "\n"
        _write_atomic(path, body)
    forget_configs()
    return path, new


def list_words(start: Path) -> tuple[Path | None, list[str]]:
    """The accept-list file around `start` (None when there is none) and its words."""
    found = find_config_file(start.resolve())
    if found is None:
        return None, []
    from .config_files import config_for

    path = _existing_accept_file(found)
    words = sorted(config_for(str(start / "draft.txt")).accept)
    return path, words


def _existing_accept_file(config: Path) -> Path | None:
    if config.name != CONFIG_NAME:
        return None
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    accept = data.get("accept") if isinstance(data, dict) else None
    for entry in accept if isinstance(accept, list) else [accept]:
        if isinstance(entry, str) and ("/" in entry or entry.endswith(".txt")):
            return config.parent / entry
    return None


def remove_words(start: Path, words: list[str]) -> tuple[Path | None, list[str]]:
    """Take words out of the accept-list file (comments and order kept)."""
    found = find_config_file(start.resolve())
    path = _existing_accept_file(found) if found else None
    if path is None or not path.exists():
        return path, []
    lines = path.read_text(encoding="utf-8").splitlines()
    drop = {w.strip() for w in words}
    kept = [ln for ln in lines if ln.strip() not in drop]
    removed = sorted({ln.strip() for ln in lines if ln.strip() in drop})
    if removed:
        _write_atomic(path, "\n".join(kept) + ("\n" if kept else ""))
    forget_configs()
    return path, removed


def forget_configs() -> None:
    """Config files just written must be seen by checks in this process."""
    from . import config_files

    config_files.find_config_file.cache_clear()
    config_files._cached.cache_clear()
