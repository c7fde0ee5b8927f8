"""`redaksi-lint serve`: a LanguageTool-compatible HTTP server and a page for
editors, so the tools editors already write in (the LanguageTool browser
extension, LibreOffice, ltex-ls, `language_tool_python`) check Indonesian with
redaksi-lint. Needs the optional extra: `pip install 'redaksi-lint[server]'`.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..config import Config
from .app import DEFAULT_MAX_BYTES, Settings, create_app
from .pool import CheckPool

__all__ = ["DEFAULT_MAX_BYTES", "CheckPool", "Settings", "create_app", "default_workers",
           "serve"]


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def serve(config: Config, host: str = "127.0.0.1", port: int = 8081, workers: int = 0,
          settings: Settings | None = None, time_limit: float = 30.0,
          announce: Callable[[], None] | None = None) -> None:
    """Start the workers, then answer requests until interrupted."""
    import uvicorn

    pool = CheckPool(config, workers or default_workers(), time_limit)
    pool.start()  # before the event loop: workers are forked from a quiet process
    if announce is not None:
        announce()
    try:
        app = create_app(pool, settings)
        # Connections beyond this get 503 at once: memory stays bounded by the
        # body limit times this number, whatever the load.
        limit = max(64, 8 * pool.workers)
        uvicorn.run(app, host=host, port=port, log_level="warning",
                    limit_concurrency=limit, timeout_graceful_shutdown=5)
    finally:
        pool.shutdown()
