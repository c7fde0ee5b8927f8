"""Checks in worker processes: a check is CPU-bound, so the event loop only
hands texts to a pool sized to the cores and waits.

Each worker gets the server's configuration once and loads the lexicon at
start (a warm-up check), never per request. Workers are forked where the
platform can, from a parent that has warmed up first, so the lexicon's pages
are shared rather than loaded again in every worker.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..config import Config
from ..diagnostic import Diagnostic
from ..engine import lint_text
from .protocol import request_config

# A sentence with a typo, so the lexicon and the suggestion index are built.
WARM_UP = "Redaksi menyiapkan naskah yang dibaca pembca setiap hari."

_config = Config()
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class CheckTimeout(Exception):
    """A check that did not finish within the per-request time limit."""


def warm_up(config: Config) -> None:
    lint_text(WARM_UP, config)


def _start_worker(config: Config, server_pid: int) -> None:
    """Runs once in each worker: keep the configuration, load the lexicon,
    and leave Ctrl-C to the server, which shuts the pool down."""
    global _config
    from ..stream import tune_garbage_collector

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A worker forked to replace a lost one inherits the server's handlers.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with_parent(server_pid)
    tune_garbage_collector()
    _config = config
    warm_up(config)


def _end_with_parent(server_pid: int) -> None:
    """On Linux, ask the kernel to end this worker when the server process
    ends, however it ends (a server killed outright leaves no workers behind)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != server_pid:  # the server ended before the call above
        os._exit(0)


def check_text(text: str, codes: list[str], fmt: str = "txt") -> list[Diagnostic]:
    """One check, in a worker: the server's configuration with the rules the
    request chose."""
    return lint_text(text, request_config(_config, codes), fmt=fmt)


def _ready() -> int:
    return os.getpid()


class CheckPool:
    """The worker processes, replaced whole if one of them dies (the request
    that was running gets an error; the server stays up). `workers=0` checks
    in a thread of the server process (tests, debugging)."""

    def __init__(self, config: Config, workers: int, time_limit: float) -> None:
        self.config = config
        self.workers = workers
        self.time_limit = time_limit
        self._executor: Executor | None = None

    def start(self) -> None:
        """Start every worker and wait until each has warmed up."""
        global _config
        _config = self.config
        warm_up(self.config)
        if self.workers <= 0:
            return
        import multiprocessing

        fork = "fork" in multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if fork else "spawn")
        executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                       initializer=_start_worker,
                                       initargs=(self.config, os.getpid()))
        for future in [executor.submit(_ready) for _ in range(self.workers)]:
            future.result()
        self._executor = executor

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    async def check(self, text: str, codes: list[str], fmt: str = "txt") -> list[Diagnostic]:
        """The findings for one text; CheckTimeout past the time limit (the
        worker finishes that text and goes on with the next)."""
        if self._executor is None:
            work = asyncio.to_thread(check_text, text, codes, fmt)
            try:
                return await asyncio.wait_for(work, self.time_limit)
            except TimeoutError:
                raise CheckTimeout from None
        executor = self._executor
        try:
            future = executor.submit(check_text, text, codes, fmt)
            try:
                return await asyncio.wait_for(asyncio.wrap_future(future), self.time_limit)
            except TimeoutError:
                future.cancel()
                raise CheckTimeout from None
        except BrokenProcessPool:
            if self._executor is executor:  # the first request to see it replaces it
                self._executor = None
                executor.shutdown(wait=False, cancel_futures=True)
                self.start()
            raise
