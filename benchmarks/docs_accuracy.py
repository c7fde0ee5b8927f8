#!/usr/bin/env python3
"""Accuracy of redaksi-lint on real Markdown documentation, counted as in metrics.md.

    python3 benchmarks/docs_accuracy.py [--corpus ../shared/corpus] [--rules S101,S102]
                                        [--top 20] [--misses 0] [--json]

The command runs once, `--format json`, on the Markdown files of docs/docs/ as they are.

(a) recall / top-1 / top-5 on docs/typos.tsv, per kind and overall: each row is located
    through its context in its file (the context's pieces between `…` occur verbatim),
    and found when a finding on that line overlaps the first occurrence of `wrong` in the
    context and is about the word (benchmarks/scoring.py);
(b) error/warning flags per 1,000 words of prose (front matter, fenced and indented
    code, inline code, HTML tags, URLs and link targets, HTML and MDX comments left out),
    all of them and those that overlap no typos.tsv row, per rule and per file;
(c) how many docs/false_alarms.tsv strings are still flagged (an error/warning finding
    about the word, located like the typo rows).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import (
    COUNTED,
    WORD_RE,
    Mark,
    by_line,
    covering,
    default_corpus,
    judge,
    line_of,
    read_tsv,
    run_linter,
)

FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.S)
COMMENTS = re.compile(r"<!--.*?-->|\{/\*.*?\*/\}", re.S)
INLINE_CODE = re.compile(r"(`+)(?!`).*?(?<!`)\1", re.S)
LINK_TARGET = re.compile(r"(?<=\]\()[^)\s]*(?:\s+\"[^\"]*\")?(?=\))")
REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[^\n]*", re.M)
URL = re.compile(r"<?\b(?:https?|ftp)://[^\s<>)\]]+>?|\bwww\.[^\s<>)\]]+")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")
TEMPLATE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)


def blank(text: str, start: int, end: int) -> str:
    """Replace text[start:end] by spaces, keeping the line breaks (and positions)."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def prose_of(text: str) -> str:
    """The Markdown file with everything that is not prose blanked out."""
    from markdown_it import MarkdownIt

    m = FRONT_MATTER.match(text)
    if m:
        text = blank(text, 0, m.end())
    lines = text.split("\n")
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in ("fence", "code_block") and token.map:
            for i in range(*token.map):
                lines[i] = " " * len(lines[i])
    text = "\n".join(lines)
    for pattern in (COMMENTS, TEMPLATE, INLINE_CODE, REFERENCE, LINK_TARGET, URL, TAG):
        for m in list(pattern.finditer(text)):
            text = blank(text, m.start(), m.end())
    return text


def file_of(source: str) -> str:
    """`github/opensource.guide _articles/id/legal.md@…` -> `ogs_legal.md`."""
    return "ogs_" + source.split()[-1].split("@")[0].rsplit("/", 1)[-1]


@dataclass
class Located:
    row: dict[str, str]
    file: str
    line: int
    column: int  # 1-based, of the first occurrence of the string in the context
    length: int
    # every occurrence in the context (one row stands for a string repeated in
    # its sentence): (line, column)
    occurrences: list[tuple[int, int]]


def locate(rows: list[dict[str, str]], texts: dict[str, str], key: str
           ) -> tuple[list[Located], list[dict[str, str]]]:
    """Place each row's `key` string in its file through its context. A row takes
    the first place of its context where no row before it was placed (the same
    sentence may occur twice, with a row for each)."""
    taken: set[tuple[str, int]] = set()
    placed, lost = [], []
    for row in rows:
        name = file_of(row["source"])
        text = texts.get(name, "")
        wrong = row[key]
        pieces = [p.strip() for p in row["context"].split("…")]
        piece = next((p for p in pieces if wrong in p), None)
        starts = [m.start() for m in re.finditer(re.escape(piece), text)] if piece else []
        if piece is None or not starts:
            lost.append(row)
            continue
        free = [b for b in starts if (name, b + piece.index(wrong)) not in taken]
        base = (free or starts)[0]
        taken.add((name, base + piece.index(wrong)))
        every = [line_of(text, base + m.start()) for m in re.finditer(re.escape(wrong), piece)]
        placed.append(Located(row, name, *every[0], len(wrong), every))
    return placed, lost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--rules", help="comma-separated codes to count (default: all)")
    ap.add_argument("--top", type=int, default=20, help="most flagged strings to print")
    ap.add_argument("--misses", type=int, default=0, help="print N missed rows per kind")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    rules = {r.strip().upper() for r in args.rules.split(",")} if args.rules else None
    folder = args.corpus / "docs"
    files = sorted((folder / "docs").glob("*.md"))
    if not files:
        sys.exit(f"no Markdown files in {folder / 'docs'} (set --corpus)")
    texts = {f.name: f.read_text(encoding="utf-8") for f in files}
    diags, elapsed = run_linter(files)
    marks: dict[str, list[Mark]] = {f.name: [] for f in files}
    for d in diags:
        marks[Path(d["path"]).name].append(Mark.from_json(d))
    lines = {name: by_line(ms, rules) for name, ms in marks.items()}

    # (a) recall on the real errors
    typos, lost_typos = locate(read_tsv(folder / "typos.tsv"), texts, "wrong")
    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    missed: dict[str, list[str]] = collections.defaultdict(list)
    true_spans: dict[tuple[str, int], list[tuple[int, int]]] = collections.defaultdict(list)
    for t in typos:
        for line, col in t.occurrences:
            true_spans[(t.file, line)].append((col, col + t.length))
        v = judge(lines[t.file].get(t.line, []), t.column, t.column + t.length,
                  t.row["correct"])
        for key in (t.row["kind"], "all"):
            stats[key]["n"] += 1
            stats[key]["found"] += v.found
            stats[key]["top1"] += v.top1
            stats[key]["top5"] += v.top5
        if not v.found:
            missed[t.row["kind"]].append(f"{t.row['wrong']!r} -> {t.row['correct']!r} "
                                         f"({t.file}:{t.line})")
    recall = {k: {"n": st["n"], "recall": st["found"] / st["n"], "top1": st["top1"] / st["n"],
                  "top5": st["top5"] / st["n"]} for k, st in stats.items()}

    # (b) flags per 1,000 words of prose
    words = {name: len(WORD_RE.findall(prose_of(text))) for name, text in texts.items()}
    total_words = sum(words.values())
    flags: collections.Counter[str] = collections.Counter()
    alarms: collections.Counter[str] = collections.Counter()
    per_rule: collections.Counter[str] = collections.Counter()
    strings: collections.Counter[tuple[str, str]] = collections.Counter()
    for name, by in lines.items():
        text_lines = texts[name].split("\n")
        for line, ms in by.items():
            for m in ms:
                if m.severity not in COUNTED:
                    continue
                flags[name] += 1
                if any(m.column < hi and m.end_column > lo
                       for lo, hi in true_spans.get((name, line), [])):
                    continue
                alarms[name] += 1
                per_rule[m.code] += 1
                end = m.end_column if m.end_line == m.line else None
                strings[(m.code, text_lines[line - 1][m.column - 1 : end and end - 1])] += 1

    # (c) strings flagged before that are correct
    fa_rows, lost_fa = locate(read_tsv(folder / "false_alarms.tsv"), texts, "word")
    still = []
    for f in fa_rows:
        hits = [m for m in covering(lines[f.file].get(f.line, []), f.column,
                                    f.column + f.length, f.length) if m.severity in COUNTED]
        if hits:
            still.append(f"{f.row['word']!r} {','.join(sorted({m.code for m in hits}))} "
                         f"({f.file}:{f.line})")

    report: dict[str, Any] = {
        "rules": sorted(rules) if rules else None,
        "typos": {"rows": len(typos) + len(lost_typos), "not_located": len(lost_typos),
                  "scores": recall},
        "prose_words": total_words,
        "flags": {"all": sum(flags.values()), "per_1000": 1000 * sum(flags.values()) / total_words,
                  "not_on_a_typo_row": sum(alarms.values()),
                  "not_on_a_typo_row_per_1000": 1000 * sum(alarms.values()) / total_words,
                  "per_rule": dict(per_rule)},
        "false_alarms_tsv": {"rows": len(fa_rows) + len(lost_fa), "not_located": len(lost_fa),
                             "still_flagged": len(still)},
        "elapsed": elapsed,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"== docs/typos.tsv: {len(typos)} rows located in their files"
          + (f", {len(lost_typos)} not located" if lost_typos else "")
          + (f"; rules {','.join(sorted(rules))}" if rules else ""))
    for k in sorted(recall, key=lambda k: (k == "all", k)):
        s = recall[k]
        print(f"  {k:12s} n={s['n']:4d}  recall {s['recall']:.3f}  "
              f"top-1 {s['top1']:.3f}  top-5 {s['top5']:.3f}")
        for item in missed.get(k, [])[: args.misses]:
            print(f"      missed: {item}")
    print(f"== prose: {len(files)} files, {total_words} words; error/warning flags "
          f"{sum(flags.values())} ({report['flags']['per_1000']:.2f}/1000), on no typo row "
          f"{sum(alarms.values())} ({report['flags']['not_on_a_typo_row_per_1000']:.2f}/1000)")
    for code, n in sorted(per_rule.items()):
        print(f"  {code}: {n} ({1000 * n / total_words:.2f}/1000)")
    for name in sorted(words):
        print(f"  {name:58s} {words[name]:6d} words  {1000 * alarms[name] / words[name]:6.2f}"
              f"/1000 on no typo row")
    print(f"most flagged on no typo row (top {args.top}):")
    for (code, span), n in strings.most_common(args.top):
        print(f"  {n:3d}  {code}  {span!r}")
    print(f"== docs/false_alarms.tsv: {len(still)} of {len(fa_rows)} located strings still "
          f"flagged" + (f" ({len(lost_fa)} not located)" if lost_fa else ""))
    for item in still:
        print(f"  {item}")
    print(f"time: {elapsed:.1f} s (one run of the command)")


if __name__ == "__main__":
    main()
