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
(d) the sample article (shared/corpus, marks listed in docs/editorial-rules.md and in
    tests/test_sample_article.py): marks found, false alarms on the listed correct words;
(e) the same figures for `hunspell -d id_ID` (-l for flags, -a for suggestions).

Findings are matched to known errors as benchmarks/scoring.py says (metrics.md).

It runs the installed `redaksi-lint` command, as a user would. Not part of the tests.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import (
    COUNTED,
    WORD_RE,
    Mark,
    by_line,
    default_corpus,
    judge,
    read_tsv,
    run_linter,
)

FALLBACK = "Menurut laporan itu, {wrong} tersebut sudah dibahas dalam rapat kemarin."
SAMPLE = "poskupang-hamas-gencatan-senjata.txt"


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
    rows: list[dict[str, str]], lines: list[str], hits: dict[int, list[Mark]]
) -> dict[str, dict[str, float]]:
    """recall/top1/top5 per kind and overall, as metrics.md counts them."""
    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for i, (r, line) in enumerate(zip(rows, lines, strict=True), 1):
        lo = line.find(r["wrong"]) + 1
        v = judge(hits.get(i, []), lo, lo + len(r["wrong"]), r["correct"])
        for key in (r["kind"], "all"):
            st = stats[key]
            st["n"] += 1
            st["found"] += v.found
            st["top1"] += v.top1
            st["top5"] += v.top5
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
    hits = by_line([Mark.from_json(d) for d in diags], rules)
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
    hits: dict[int, list[Mark]] = {}
    for i, line in enumerate(lines, 1):
        out = subprocess.run(["hunspell", "-d", "id_ID", "-a"], input="^" + line + "\n",
                             text=True, capture_output=True, check=False).stdout
        found = []
        for res in out.splitlines()[1:]:
            if res.startswith("&"):
                head, _, sugg = res.partition(": ")
                _m, word, _n, off = head.split()[:4]
                col = int(off)  # counts the leading "^", so it is the 1-based column
                found.append(Mark(i, col, i, col + len(word), "hunspell", "error",
                                  tuple(sugg.split(", "))))
            elif res.startswith("#"):
                _h, word, off = res.split()[:3]
                col = int(off)
                found.append(Mark(i, col, i, col + len(word), "hunspell", "error", ()))
        hits[i] = found
    print_scores("typos.tsv (hunspell -a)", score_rows(rows, lines, hits))


# -- the sample article -----------------------------------------------------------


def sample_marks() -> tuple[list[tuple[int, str, str, str | None]], list[str]]:
    """The editor's marks and the correct words, as the golden test lists them
    (one list for the test and the benchmark)."""
    path = Path(__file__).resolve().parents[1] / "tests/test_sample_article.py"
    spec = importlib.util.spec_from_file_location("sample_article_marks", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.MARKS), list(module.CORRECT)


def sample_article(corpus: Path, rules: set[str] | None) -> dict[str, Any]:
    """A mark counts when a finding on its line covers the marked text (with the
    listed first suggestion, where one is listed); an error/warning finding that
    covers a listed correct word is a false alarm, unless it is itself the
    finding of a mark (line 5 is reported whole as a repeat of line 2)."""
    path = corpus / SAMPLE
    lines = path.read_text(encoding="utf-8").splitlines()
    diags, _ = run_linter([path])
    marks = [m for m in map(Mark.from_json, diags) if rules is None or m.code in rules]
    wanted, correct = sample_marks()

    def covering(line: int, lo: int, hi: int) -> list[Mark]:
        return [m for m in marks if m.line == line and m.column < hi and m.end_column > lo]

    found = with_code = 0
    credited: set[Mark] = set()
    missed = []
    for line, text, code, first in wanted:
        lo = lines[line - 1].index(text) + 1
        hits = [m for m in covering(line, lo, lo + len(text))
                if first is None or m.suggestions[:1] == (first,)]
        credited.update(hits)
        found += bool(hits)
        with_code += any(m.code == code for m in hits)
        if not hits:
            missed.append(f"line {line} {text!r} ({code})")
    alarms = []
    for word in correct:
        for idx, line_text in enumerate(lines, 1):
            at = line_text.find(word)
            while at >= 0:
                for m in covering(idx, at + 1, at + 1 + len(word)):
                    if m.severity in COUNTED and m not in credited:
                        alarms.append(f"line {idx} {word!r} ({m.code})")
                at = line_text.find(word, at + 1)
    print(f"== sample article: marks found {found}/{len(wanted)} "
          f"({with_code} by the listed rule); false alarms on the {len(correct)} listed "
          f"correct words: {len(alarms)}")
    for item in missed:
        print(f"  missed: {item}")
    for item in alarms:
        print(f"  false alarm: {item}")
    return {"marks": len(wanted), "found": found, "false_alarms": len(alarms)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--rules", help="comma-separated codes to count (default: all)")
    ap.add_argument("--kind", help="only typos.tsv rows of this kind")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--no-hunspell", action="store_true")
    args = ap.parse_args()
    rules = {r.strip().upper() for r in args.rules.split(",")} if args.rules else None
    false_alarms(args.corpus, rules, args.top)
    typo_recall(args.corpus, rules, args.kind)
    sample_article(args.corpus, rules)
    if not args.no_hunspell:
        hunspell_baseline(args.corpus, args.kind)


if __name__ == "__main__":
    main()
