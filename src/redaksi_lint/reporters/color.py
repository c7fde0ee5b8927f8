"""When the text report is coloured: `--color always|never`, else (auto) on
a terminal only; `NO_COLOR` (any non-empty value) turns auto off and
`FORCE_COLOR` turns it on, as https://no-color.org and most tools read them."""

from __future__ import annotations

import os


def use_color(choice: str, is_terminal: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal
