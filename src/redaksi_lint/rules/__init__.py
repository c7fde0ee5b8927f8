"""The rule registry. Every module in this package registers its rules with
`@register`; modules are discovered, so adding a rule is adding a module."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Context, Rule

REGISTRY: dict[str, type[Rule]] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: make a rule known by its code and slug."""
    if not cls.code or not cls.slug:
        raise ValueError(f"rule {cls.__name__} needs a code and a slug")
    if cls.code in REGISTRY and REGISTRY[cls.code] is not cls:
        raise ValueError(f"duplicate rule code {cls.code}")
    REGISTRY[cls.code] = cls
    return cls


@lru_cache(maxsize=1)
def _load_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        # `docs` is a package of texts, read only by `redaksi-lint rules`
        if info.name != "base" and not info.ispkg:
            importlib.import_module(f"{__name__}.{info.name}")


def all_rules() -> list[type[Rule]]:
    """Every registered rule, sorted by code."""
    _load_all()
    return [REGISTRY[code] for code in sorted(REGISTRY)]


def get_rule(code_or_slug: str) -> type[Rule] | None:
    for cls in all_rules():
        if code_or_slug.upper() == cls.code or code_or_slug == cls.slug:
            return cls
    return None


__all__ = ["REGISTRY", "Context", "Rule", "all_rules", "get_rule", "register"]
