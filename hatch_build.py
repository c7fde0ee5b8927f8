"""Package build step: the tables a check loads are built into the package
(scripts/build_tables.py), so the first run after installing costs little more
than any other. A build that cannot make them still succeeds: the tables are
then built and cached on first use, as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PREBUILT = Path("src") / "redaksi_lint" / "_prebuilt"


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        out = root / PREBUILT
        # The build environment's packages (pip's isolated overlay) reach the
        # script only through this process's own path, not through the venv.
        path = [str(root / "src"), *(p for p in sys.path if p)]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
        env.pop("REDAKSI_LINT_DATA", None)
        try:
            subprocess.run([sys.executable, str(root / "scripts" / "build_tables.py"), str(out)],
                           cwd=root, env=env, check=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as exc:
            self.app.display_warning(f"redaksi-lint: tables not prebuilt ({exc}); "
                                     "they are built on first use instead")
            return
        if version == "editable":
            return  # the package is imported from src/, where the tables now are
        for table in sorted(out.glob("*.pickle")):
            build_data["force_include"][str(table)] = f"redaksi_lint/_prebuilt/{table.name}"
