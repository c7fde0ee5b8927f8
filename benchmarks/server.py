"""A bounded load test of `redaksi-lint serve` on loopback, beside the command
line on the same texts.

    python3 benchmarks/server.py [--corpus ../shared/corpus] [--requests 400]
                                 [--clients 8] [--workers N] [--rounds 2]

Starts a server on a free 127.0.0.1 port, sends a fixed number of /v2/check
requests (the clean dev texts in turn) from several concurrent clients, in
rounds (the first meets every text for the first time), and stops by itself.
Reports throughput (requests and words per second), latency percentiles
(p50/p90/p99), the server's start-up time, and the peak memory of the server
with its workers (RSS summed over the processes, and PSS, which counts pages
the forked workers share once). Then the command line on the same texts: one
process per draft (as an editor's hook runs it), and one process for all of
them with --jobs. Loopback only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree(pid: int) -> list[int]:
    """The process and its children (Linux /proc)."""
    out = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        for child in children.read_text().split():
            out.extend(tree(int(child)))
    return out


def memory_kb(pid: int, field: str) -> int:
    """VmRSS from status, or Pss from smaps_rollup, in kB (0 if gone)."""
    name = "status" if field == "VmRSS" else "smaps_rollup"
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class MemoryWatch(threading.Thread):
    """Samples the server's process tree until stopped; keeps the peaks."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_rss = self.peak_pss = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = tree(self.pid)
            self.peak_rss = max(self.peak_rss, sum(memory_kb(p, "VmRSS") for p in pids))
            self.peak_pss = max(self.peak_pss, sum(memory_kb(p, "Pss") for p in pids))
            self.done.wait(0.05)


def post(url: str, text: str) -> tuple[float, int]:
    body = urllib.parse.urlencode({"language": "id-ID", "text": text}).encode()
    start = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=300) as r:
        r.read()
        status = r.status
    return time.perf_counter() - start, status


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def run_server(texts: list[str], args: argparse.Namespace) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "redaksi_lint", "serve", "--port", str(port)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=CHILD_ENV)
    try:
        while True:
            try:
                with urllib.request.urlopen(url + "/v2/languages", timeout=5):
                    break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - started > 120:
                    sys.exit("the server did not start")
                time.sleep(0.05)
        ready = time.perf_counter() - started
        workers = len(tree(proc.pid)) - 1
        idle_rss = sum(memory_kb(p, "VmRSS") for p in tree(proc.pid))
        print(f"server: {workers} workers, ready in {ready:.2f} s, idle RSS "
              f"{idle_rss / 1024:.0f} MB (server + workers)")
        watch = MemoryWatch(proc.pid)
        watch.start()
        # Round 1 meets every text for the first time (each worker's per-word
        # caches fill); later rounds are the steady state of a running server.
        for round_ in range(1, args.rounds + 1):
            load(url, texts, args, f"round {round_}")
        watch.done.set()
        watch.join()
    finally:
        proc.terminate()
        proc.wait(60)
    print(f"  peak memory under load: RSS {watch.peak_rss / 1024:.0f} MB summed, "
          f"PSS {watch.peak_pss / 1024:.0f} MB (shared pages once)")


def load(url: str, texts: list[str], args: argparse.Namespace, label: str) -> None:
    jobs = [texts[k % len(texts)] for k in range(args.requests)]
    start = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as clients:
        results = list(clients.map(lambda t: post(url + "/v2/check", t), jobs))
    wall = time.perf_counter() - start
    latencies = [lat for lat, _ in results]
    failed = sum(1 for _, status in results if status != 200)
    words = sum(len(WORD_RE.findall(t)) for t in jobs)
    print(f"  {label}: {args.requests} requests from {args.clients} clients in {wall:.2f} s: "
          f"{args.requests / wall:.1f} requests/s, {words / wall:,.0f} words/s, "
          f"{failed} failed")
    print(f"    latency p50 {1000 * percentile(latencies, 50):.0f} ms, "
          f"p90 {1000 * percentile(latencies, 90):.0f} ms, "
          f"p99 {1000 * percentile(latencies, 99):.0f} ms, "
          f"max {1000 * max(latencies):.0f} ms")


def run_cli(texts: list[str], args: argparse.Namespace) -> None:
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k, text in enumerate(texts):
            path = Path(folder) / f"naskah{k:03}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        base = [sys.executable, "-m", "redaksi_lint", "--format", "json"]
        per_draft = []
        for path in paths:
            start = time.perf_counter()
            subprocess.run([*base, str(path)], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=False, env=CHILD_ENV)
            per_draft.append(time.perf_counter() - start)
        print(f"command, one process per draft ({len(paths)} drafts): "
              f"p50 {1000 * statistics.median(per_draft):.0f} ms, "
              f"p90 {1000 * percentile(per_draft, 90):.0f} ms per draft, "
              f"{len(paths) / sum(per_draft):.1f} drafts/s")
        jobs = args.workers or len(os.sched_getaffinity(0))
        cmd = [*base, "--jobs", str(jobs), folder]
        if gnu_time:
            cmd = [gnu_time, "-f", "%M", *cmd]
        start = time.perf_counter()
        out = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True, check=False, env=CHILD_ENV)
        wall = time.perf_counter() - start
        words = sum(len(WORD_RE.findall(t)) for t in texts)
        rss = (f", peak RSS {int(out.stderr.strip().splitlines()[-1]) // 1024} MB "
               "(parent process)" if gnu_time else "")
        print(f"command, one process for all drafts (--jobs {jobs}): {wall:.2f} s, "
              f"{len(paths) / wall:.1f} drafts/s, {words / wall:,.0f} words/s{rss}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--workers", type=int, default=0, help="default: one per core")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    clean = sorted((args.corpus / "dev" / "clean").glob("*.txt"))
    if not clean:
        sys.exit(f"no clean texts under {args.corpus}/dev/clean")
    texts = [p.read_text(encoding="utf-8") for p in clean]
    words = [len(WORD_RE.findall(t)) for t in texts]
    print(f"{len(texts)} drafts, median {statistics.median(words):.0f} words, "
          f"{os.cpu_count()} cores")
    run_server(texts, args)
    run_cli(texts, args)


if __name__ == "__main__":
    main()
