"""Speed and memory of redaksi-lint beside real peers, in one run on one machine.

    python3 benchmarks/speed.py [--corpus ../shared/corpus] [--runs 5] [--words 1000000]

Prints ratios, since absolute times move with the machine's load:
- start-up: median wall time on one short draft, redaksi-lint vs codespell;
- throughput: the clean dev texts repeated to about --words words, all rules on,
  words per second of redaksi-lint (as run by default, which starts a worker per
  core for an input this big; in one process, --jobs 1; and --jobs 2) vs
  `hunspell -d id_ID -l` (spelling only);
- memory: peak RSS on 1x, 4x and 16x a chunk of that input (flat means streaming works);
- scaling: time for 1x, 2x, 4x the input; and --jobs 2 vs --jobs 1 on many files.
Needs Debian's hunspell and hunspell-id, and codespell (pip) for the peers.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from redaksi_lint.runner import auto_jobs

# Children run as an installed tool does: with compiled bytecode cached. (Some
# machines set PYTHONDONTWRITEBYTECODE, which would make every start-up of an
# editable install compile its sources while the peers use installed bytecode.)
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], stdin: Path | None = None) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one command."""
    start = time.perf_counter()
    with open(stdin or "/dev/null", "rb") as fh:
        proc = subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, check=False, env=CHILD_ENV)
    wall = time.perf_counter() - start
    del proc
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return wall, rss


def peak_rss(cmd: list[str]) -> int:
    """Peak RSS (MB) of one command, measured by GNU time in its own process."""
    gnu_time = shutil.which("time") or "/usr/bin/time"
    out = subprocess.run([gnu_time, "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True, check=False, env=CHILD_ENV)
    return int(out.stderr.strip().splitlines()[-1]) // 1024


def median_time(cmd: list[str], runs: int) -> float:
    return statistics.median(timed(cmd)[0] for _ in range(runs))


def words_in(path: Path) -> int:
    return len(WORD_RE.findall(path.read_text(encoding="utf-8")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--huge-mb", type=int, default=100,
                    help="size of the file for the large-input memory check (0: skip it)")
    args = ap.parse_args()
    clean = sorted((args.corpus / "dev" / "clean").glob("*.txt"))
    if not clean:
        sys.exit(f"no clean texts under {args.corpus}/dev/clean")
    lint = [shutil.which("redaksi-lint") or "redaksi-lint", "--quiet"]
    tmp = Path(tempfile.mkdtemp(prefix="redaksi-bench-"))
    joined = "\n".join(p.read_text(encoding="utf-8") for p in clean)

    # -- start-up: a short draft of a few paragraphs, a clean one and one with a typo
    short = tmp / "short.txt"
    short.write_text("\n".join(clean[0].read_text(encoding="utf-8").splitlines()[:6]) + "\n",
                     encoding="utf-8")
    # warm the file cache, the bytecode cache and the suggestion index cache
    subprocess.run([*lint, str(short)], check=False, env=CHILD_ENV)
    ours = median_time([*lint, str(short)], args.runs * 2)
    if shutil.which("codespell"):
        peer = median_time(["codespell", str(short)], args.runs * 2)
        print(f"start-up   redaksi-lint {ours * 1000:.0f} ms, codespell {peer * 1000:.0f} ms: "
              f"{ours / peer:.2f}x (goal <= 1.5x)")
    else:
        print(f"start-up   redaksi-lint {ours * 1000:.0f} ms (codespell not installed)")

    # -- throughput: ~args.words words
    unit_words = len(WORD_RE.findall(joined))
    reps = max(1, round(args.words / unit_words))
    big = tmp / "big.txt"
    big.write_text("\n".join([joined] * reps), encoding="utf-8")
    n_words = unit_words * reps
    runs = max(1, args.runs // 2)
    # The command as users run it (workers by default on a big input: see
    # runner.auto_jobs), and pinned to one process and to two workers.
    t_ours = statistics.median(timed([*lint, str(big)])[0] for _ in range(runs))
    t_one = statistics.median(timed([*lint, "--jobs", "1", str(big)])[0] for _ in range(runs))
    t_jobs = statistics.median(timed([*lint, "--jobs", "2", str(big)])[0] for _ in range(runs))
    workers = auto_jobs([str(big)])
    line = (f"throughput {n_words:,} words: redaksi-lint {n_words / t_ours:,.0f} words/s "
            f"(default: {workers} process{'es' if workers > 1 else ''} here), "
            f"--jobs 1 {n_words / t_one:,.0f} words/s, --jobs 2 {n_words / t_jobs:,.0f} words/s")
    if shutil.which("hunspell"):
        t_peer = statistics.median(
            timed(["hunspell", "-d", "id_ID", "-l"], stdin=big)[0] for _ in range(runs))
        line += (f"; hunspell -l {n_words / t_peer:,.0f} words/s: default {t_peer / t_ours:.2f}x "
                 f"(goal >= 2x), --jobs 1 {t_peer / t_one:.2f}x, --jobs 2 {t_peer / t_jobs:.2f}x")
    print(line)

    # -- memory and scaling, in one process (--jobs 1): how the work grows with
    # the input, and what one process holds, without workers starting in between
    one = [*lint, "--jobs", "1"]
    sizes = {}
    for factor in (1, 2, 4):
        f = tmp / f"scale{factor}.txt"
        f.write_text("\n".join([joined] * factor * max(1, reps // 4)), encoding="utf-8")
        sizes[factor] = timed([*one, str(f)])[0]
    base = sizes[1]
    # What the second doubling adds against the first: 2 when the time per word
    # is constant, whatever the fixed start-up cost and the first sight of the
    # vocabulary (which make the plain ratios fall below 2 and 4).
    growth = (sizes[4] - sizes[2]) / max(sizes[2] - sizes[1], 1e-9)
    print("scaling    1x/2x/4x: " + ", ".join(f"{sizes[k] / base:.2f}" for k in (1, 2, 4))
          + f" (linear: 1, 2, 4); 4x-2x over 2x-1x: {growth:.2f} (linear: 2)")
    if Path("/usr/bin/time").exists():
        mem = {}
        for label, factor in (("1x", 1), ("4x", 4), ("16x", 16)):
            f = tmp / f"mem{factor}.txt"
            f.write_text("\n".join([joined] * factor * max(1, reps // 8)), encoding="utf-8")
            mem[label] = peak_rss([*one, str(f)])
        print("memory     peak RSS " + ", ".join(f"{k} {v} MB" for k, v in mem.items())
              + " (goal <= 150 MB, flat)")
        if args.huge_mb:
            # The default report (text, every finding printed), one process: the
            # findings are written as they are found, so memory must not grow.
            huge = tmp / "huge.txt"
            unit = joined.encode("utf-8") + b"\n"
            with huge.open("wb") as fh:
                for _ in range(max(1, args.huge_mb * 1024 * 1024 // len(unit))):
                    fh.write(unit)
            gnu_time = shutil.which("time") or "/usr/bin/time"
            start = time.perf_counter()
            with open(os.devnull, "wb") as sink:
                out = subprocess.run([gnu_time, "-f", "%M", *one, str(huge)], stdout=sink,
                                     stderr=subprocess.PIPE, text=True, check=False,
                                     env=CHILD_ENV)
            wall = time.perf_counter() - start
            rss = int(out.stderr.strip().splitlines()[-1]) // 1024
            size = huge.stat().st_size / 1024 / 1024
            print(f"memory     {size:.0f} MB file, every finding printed: peak RSS {rss} MB "
                  f"in {wall:.0f} s (goal <= 150 MB)")
            huge.unlink()

        # One paragraph of 1 MB on a single line (a pasted export): checked
        # as one document, so the tokens of the whole megabyte are held at once.
        one_line = tmp / "one-line.txt"
        flat = " ".join(joined.split())
        one_line.write_text((flat + " ") * max(1, 1_000_000 // (len(flat) + 1)),
                            encoding="utf-8")
        print(f"memory     1 MB on one line: peak RSS {peak_rss([*one, str(one_line)])} MB "
              "(goal <= 150 MB)")

    # -- first run on a fresh machine: an empty cache against a warm one
    typo = tmp / "typo.txt"
    typo.write_text("Mereka sudah menyaipakn 3000 personel.\n", encoding="utf-8")
    cold_env = {**CHILD_ENV, "XDG_CACHE_HOME": str(tmp / "xdg"), "TMPDIR": str(tmp)}
    colds = []
    for _ in range(args.runs):
        shutil.rmtree(tmp / "xdg", ignore_errors=True)
        shutil.rmtree(tmp / "redaksi-lint-cache", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([*lint, str(typo)], check=False, env=cold_env)
        colds.append(time.perf_counter() - start)
    warm = median_time([*lint, str(typo)], args.runs)
    cold = statistics.median(colds)
    print(f"first run  empty cache {cold * 1000:.0f} ms, warm {warm * 1000:.0f} ms: "
          f"{cold / warm:.2f}x (goal <= 2.5x)")

    # -- --jobs on many files
    many = tmp / "many"
    many.mkdir()
    for i in range(40):
        (many / f"d{i:02}.txt").write_text(clean[i % len(clean)].read_text(encoding="utf-8"),
                                           encoding="utf-8")
    j1 = median_time([*lint, "--jobs", "1", str(many)], 3)
    j2 = median_time([*lint, "--jobs", "2", str(many)], 3)
    print(f"jobs       40 files: --jobs 1 {j1:.2f} s, --jobs 2 {j2:.2f} s: {j1 / j2:.2f}x faster")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
