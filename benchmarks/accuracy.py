#!/usr/bin/env python3
"""Accuracy of redaksi-lint on the development corpus, counted as in metrics.md.

    python3 benchmarks/accuracy.py [--corpus ../shared/corpus] [--rules S101,S102]
                                   [--kind typo] [--top 40] [--no-hunspell]

(a) false alarms: error/warning findings per 1,000 words on dev/clean (findings
    that overlap a `wrong` string of clean_known_issues.tsv on the same file and
    line are true findings and not counted), per rule, with the most flagged words;
(b) recall / top-1 / top-5 on dev/typos.tsv, one line per row in a single file,
    per kind and overall;
(c) words per second of the whole run;
(d) the same figures for `hunspell -d id_ID` (-l for flags, -a for suggestions).

It runs the installed `redaksi-lint` command, as a user would. Not part of the tests.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
FALLBACK = "Menurut laporan itu, {wrong} tersebut sudah dibahas dalam rapat kemarin."
COUNTED = ("error", "warning")


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        if line.strip():
            cells = line.split("\t")
            rows.append(dict(zip(head, cells + [""] * (len(head) - len(cells)), strict=True)))
    return rows


def run_linter(paths: list[Path]) -> tuple[list[dict[str, Any]], float]:
    exe = shutil.which("redaksi-lint")
    cmd = [exe] if exe else [sys.executable, "-m", "redaksi_lint.cli"]
    start = time.perf_counter()
    proc = subprocess.run(
        [*cmd, "check", "--format", "json", *map(str, paths)],
        capture_output=True, text=True, check=False,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"redaksi-lint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(proc.stdout or "{}")
    return list(data.get("diagnostics", [])), elapsed


def line_text(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def span_text(text: str, d: dict[str, Any]) -> str:
    if d["line"] != d["end_line"]:
        return line_text(text, d["line"])[d["column"] - 1 :]
    return line_text(text, d["line"])[d["column"] - 1 : d["end_column"] - 1]


def known_issue(d: dict[str, Any], text: str, issues: list[dict[str, str]]) -> bool:
    """The diagnostic overlaps a listed residual error on the same file and line."""
    name = Path(d["path"]).name
    line = line_text(text, d["line"])
    for row in issues:
        if row["file"] != name or int(row["line"]) != d["line"]:
            continue
        at = line.find(row["wrong"])
        while at >= 0:
            lo, hi = at + 1, at + 1 + len(row["wrong"])
            if d["column"] < hi and d["end_column"] > lo:
                return True
            at = line.find(row["wrong"], at + 1)
    return False


def false_alarms(corpus: Path, rules: set[str] | None, top: int) -> dict[str, Any]:
    files = sorted((corpus / "dev/clean").glob("*.txt"))
    texts = {str(f): f.read_text(encoding="utf-8") for f in files}
    words = sum(len(WORD_RE.findall(t)) for t in texts.values())
    issues = read_tsv(corpus / "dev/clean_known_issues.tsv")
    diags, elapsed = run_linter(files)
    per_rule: collections.Counter[str] = collections.Counter()
    flagged: collections.Counter[tuple[str, str]] = collections.Counter()
    counted = 0
    for d in diags:
        if d["severity"] not in COUNTED or (rules and d["code"] not in rules):
            continue
        text = texts.get(d["path"]) or Path(d["path"]).read_text(encoding="utf-8")
        if known_issue(d, text, issues):
            continue
        counted += 1
        per_rule[d["code"]] += 1
        flagged[(d["code"], span_text(text, d))] += 1
    print(f"== clean texts: {len(files)} files, {words} words")
    print(f"flags (error/warning): {counted}  per 1,000 words: {1000 * counted / words:.2f}")
    for code, n in sorted(per_rule.items()):
        print(f"  {code}: {n} ({1000 * n / words:.2f}/1000)")
    print(f"most flagged (top {top}):")
    for (code, span), n in flagged.most_common(top):
        print(f"  {n:3d}  {code}  {span!r}")
    print(f"speed: {words / elapsed:,.0f} words/s ({elapsed:.2f} s, one process, cold start)")
    return {"words": words, "flags": counted, "elapsed": elapsed}


def typo_file(corpus: Path, kind: str | None) -> tuple[list[dict[str, str]], list[str]]:
    rows = [r for r in read_tsv(corpus / "dev/typos.tsv") if not kind or r["kind"] == kind]
    lines = []
    for r in rows:
        ctx = r["context"].replace("\r", " ").replace("\n", " ")
        lines.append(ctx if r["wrong"] in ctx else FALLBACK.format(wrong=r["wrong"]))
    return rows, lines


def score_rows(
    rows: list[dict[str, str]], lines: list[str], hits: dict[int, list[tuple[int, int, list[str]]]]
) -> dict[str, dict[str, float]]:
    """recall/top1/top5 per kind and overall; hits: line -> (col, end_col, suggestions)."""
    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for i, (r, line) in enumerate(zip(rows, lines, strict=True), 1):
        lo = line.find(r["wrong"]) + 1
        hi = lo + len(r["wrong"])
        found = [s for c, e, s in hits.get(i, []) if c < hi and e > lo]
        for key in (r["kind"], "all"):
            st = stats[key]
            st["n"] += 1
            if found:
                st["found"] += 1
                sugg = [s.lower() for s in found[0]]
                st["top1"] += sugg[:1] == [r["correct"].lower()]
                st["top5"] += r["correct"].lower() in sugg[:5]
    return {
        k: {"n": st["n"], "recall": st["found"] / st["n"], "top1": st["top1"] / st["n"],
            "top5": st["top5"] / st["n"]}
        for k, st in stats.items()
    }


def print_scores(title: str, scores: dict[str, dict[str, float]]) -> None:
    print(f"== {title}")
    for k in sorted(scores, key=lambda k: (k == "all", k)):
        s = scores[k]
        print(f"  {k:12s} n={s['n']:4.0f}  recall {s['recall']:.3f}  "
              f"top-1 {s['top1']:.3f}  top-5 {s['top5']:.3f}")


def typo_recall(corpus: Path, rules: set[str] | None, kind: str | None) -> list[str]:
    rows, lines = typo_file(corpus, kind)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "typos.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        diags, _ = run_linter([path])
    hits: dict[int, list[tuple[int, int, list[str]]]] = collections.defaultdict(list)
    for d in diags:
        if rules and d["code"] not in rules:
            continue
        end = d["end_column"] if d["end_line"] == d["line"] else 10**9
        hits[d["line"]].append((d["column"], end, list(d.get("suggestions", []))))
    print_scores("typos.tsv (redaksi-lint)", score_rows(rows, lines, hits))
    return lines


# -- hunspell baseline ------------------------------------------------------------


def hunspell_baseline(corpus: Path, kind: str | None) -> None:
    if not shutil.which("hunspell"):
        print("== hunspell: not installed, baseline skipped")
        return
    files = sorted((corpus / "dev/clean").glob("*.txt"))
    words = 0
    flags = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        words += len(WORD_RE.findall(text))
        out = subprocess.run(["hunspell", "-d", "id_ID", "-l"], input=text, text=True,
                             capture_output=True, check=False).stdout
        flags += len(out.split())
    print(f"== hunspell -d id_ID -l: {flags} flags on clean, {1000 * flags / words:.2f}/1000")
    rows, lines = typo_file(corpus, kind)
    hits: dict[int, list[tuple[int, int, list[str]]]] = {}
    for i, line in enumerate(lines, 1):
        out = subprocess.run(["hunspell", "-d", "id_ID", "-a"], input="^" + line + "\n",
                             text=True, capture_output=True, check=False).stdout
        found = []
        for res in out.splitlines()[1:]:
            if res.startswith("&"):
                head, _, sugg = res.partition(": ")
                _m, word, _n, off = head.split()[:4]
                col = int(off)  # counts the leading "^", so it is the 1-based column
                found.append((col, col + len(word), sugg.split(", ")))
            elif res.startswith("#"):
                _h, word, off = res.split()[:3]
                col = int(off)
                found.append((col, col + len(word), []))
        hits[i] = found
    print_scores("typos.tsv (hunspell -a)", score_rows(rows, lines, hits))


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=root.parent / "shared/corpus")
    ap.add_argument("--rules", help="comma-separated codes to count (default: all)")
    ap.add_argument("--kind", help="only typos.tsv rows of this kind")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--no-hunspell", action="store_true")
    args = ap.parse_args()
    rules = {r.strip().upper() for r in args.rules.split(",")} if args.rules else None
    false_alarms(args.corpus, rules, args.top)
    typo_recall(args.corpus, rules, args.kind)
    if not args.no_hunspell:
        hunspell_baseline(args.corpus, args.kind)


if __name__ == "__main__":
    main()
