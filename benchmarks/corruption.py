#!/usr/bin/env python3
"""Corruption benchmark: recall and suggestion accuracy on typing slips injected into
edited prose, per kind of slip, counted as in docs/metrics.md.

    python3 benchmarks/corruption.py [--seed N] [--samples 300] [--kinds deleted,vowel]
                                     [--rules S101,S102] [--json] [--misses 5] [--wrong 5] [--cli]

Every sentence of 8+ words in dev/clean/*.txt may receive ONE slip (benchmarks/slips.py
says what each kind does); for each kind, `--samples` sentences are drawn with a random
generator seeded from the run's seed and the kind's name (so `--kinds` does not change a
kind's sample). The seed is random unless given, and printed: rerun with `--seed N`.

The slips of a kind stay in their articles: each clean file that received slips of that
kind is checked whole, with them in place, the way `redaksi-lint FILE` checks it (the
library's `lint_paths`, which shares the command's runner and gives each file the
configuration the command would find; `--cli` runs the command itself with `--format
json`, which gives the same figures). A slip is found when
a diagnostic overlaps the slipped text and is about the word (on one line, at most
3 x len + 10 characters); top-1 / top-5: some overlapping diagnostic's first / first
five suggestions put the original back (ignoring case). Findings of every severity
count, as for the real-error rows.

Real-word slips, which made another valid word (`bukan` -> `buka`), are counted apart:
only context can find them. "Valid" is decided by hunspell with the id_ID dictionary in
dictionaries/hunspell (its stems and affix rules), read through chunspell, NOT by the
checker's verdict. The web frequency list is not used for this: it holds common
misspellings and glued prepositions. A slip that changes two words (a lost or extra space)
is real-word when every word it leaves is valid.

`capital` slips are reported in two groups: `capital-word`, where the capitalised word is
an ordinary word (hunspell knows it in lowercase: Dinas, Timur, Pendidikan), and
`capital-name`, where it is not (Airlangga, Hartarto).

LETTERS sums the six letter slips in lowercase words (the synthetic-slip figure of
metrics.md); ALL sums every kind drawn.

Also printed: `pre` = slips whose original word was already flagged in the unslipped
text (a finding there is not evidence of catching the slip), and the error/warning flags
per 1,000 words on the unslipped texts, for context (benchmarks/accuracy.py gives the
official false-alarm figure, without the known residual errors).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import (
    COUNTED,
    WORD_RE,
    Mark,
    Verdict,
    by_line,
    covering,
    default_corpus,
    judge,
    run_linter,
)
from slips import KINDS, LETTER_KINDS, Slip, make_slip

MIN_WORDS = 8
# A sentence ends at . ! ? (and a closing quote after it) before a space and a capital
# or an opening quote; each line of the clean texts is a paragraph or a headline.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘(]?[A-Z])")
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it stands: file, 0-based line, 0-based column."""

    file: str
    line: int
    column: int
    text: str


def read_clean(corpus: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8")
            for p in sorted((corpus / "dev/clean").glob("*.txt"))}


def sentences(files: dict[str, str]) -> list[Sentence]:
    """Sentences of 8+ words of the clean texts, in file order."""
    out = []
    for name, text in files.items():
        for n, line in enumerate(text.split("\n")):
            start = 0
            for end in [m.end() for m in SENTENCE_END.finditer(line)] + [len(line)]:
                part = line[start:end].strip()
                if len(WORD_RE.findall(part)) >= MIN_WORDS:
                    out.append(Sentence(name, n, line.index(part, start), part))
                start = end
    return out


def dictionary() -> Callable[[str], bool]:
    """hunspell id_ID, the project's copy of the dictionary."""
    import hunspell

    h = hunspell.Hunspell("id_ID", hunspell_data_dir=str(ROOT / "dictionaries/hunspell"))
    memo: dict[str, bool] = {}

    def is_word(word: str) -> bool:
        if word not in memo:
            memo[word] = bool(h.spell(word))
        return memo[word]

    return is_word


def draw(kind: str, pool: list[Sentence], n: int, seed: int,
         is_word: Callable[[str], bool]) -> list[tuple[Sentence, Slip]]:
    """Up to n (sentence, slip) of this kind, each sentence used once."""
    rng = random.Random(f"{seed}:{kind}")
    order = list(range(len(pool)))
    rng.shuffle(order)
    out = []
    for i in order:
        slip = make_slip(kind, pool[i].text, rng, is_word)
        if slip is not None:
            out.append((pool[i], slip))
            if len(out) == n:
                break
    return out


@dataclass(frozen=True)
class Placed:
    """A slip in its slipped file: 1-based line, columns [lo, hi) of the slipped
    text, and the line as it would be with this slip (only) put right."""

    file: str
    line: int
    lo: int
    hi: int
    expected: str


def apply_slips(files: dict[str, str], drawn: list[tuple[Sentence, Slip]]
                ) -> tuple[dict[str, str], list[Placed]]:
    """The files that received slips, slipped, and where each slip now stands
    (a line may hold several slipped sentences; later ones shift)."""
    by_line: dict[tuple[str, int], list[tuple[Sentence, Slip]]] = {}
    for sentence, slip in drawn:
        by_line.setdefault((sentence.file, sentence.line), []).append((sentence, slip))
    lines = {name: files[name].split("\n") for name in {s.file for s, _ in drawn}}
    where: dict[int, Placed] = {}
    for (name, n), here in by_line.items():
        here.sort(key=lambda item: item[0].column)
        old, new, at = lines[name][n], "", 0
        spans = []
        for sentence, slip in here:
            start = sentence.column + slip.start
            new += old[at:start]
            spans.append((id(slip), len(new), len(new) + len(slip.wrong), slip.original))
            new += slip.wrong
            at = sentence.column + slip.end
        new += old[at:]
        lines[name][n] = new
        for key, lo, hi, original in spans:
            where[key] = Placed(name, n + 1, lo + 1, hi + 1, new[:lo] + original + new[hi:])
    return ({name: "\n".join(ls) for name, ls in lines.items()},
            [where[id(slip)] for _, slip in drawn])


def lint_docs(docs: dict[str, dict[str, str]], cli: bool) -> dict[str, dict[str, list[Mark]]]:
    """Findings per set and file: each set of files is written to a folder and
    each file checked as the command checks a file."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for group, texts in docs.items():
            (Path(tmp) / group).mkdir()
            for name, text in texts.items():
                paths[(group, name)] = Path(tmp) / group / name
                paths[(group, name)].write_text(text, encoding="utf-8")
        out: dict[str, dict[str, list[Mark]]] = {
            group: {name: [] for name in texts} for group, texts in docs.items()}
        if cli:
            diags, _ = run_linter(list(paths.values()))
            names = {str(p): key for key, p in paths.items()}
            for d in diags:
                group, name = names[d["path"]]
                out[group][name].append(Mark.from_json(d))
            return out
        from redaksi_lint import lint_paths, stream

        # as the command sets its own process
        getattr(stream, "tune_garbage_collector", lambda: None)()
        keys = {str(p): key for key, p in paths.items()}
        # each file with the configuration the command would give it
        for result in lint_paths(list(keys)):
            if result.error:
                sys.exit(f"redaksi-lint: {result.path}: {result.error}")
            group, name = keys[result.path]
            out[group][name] = [Mark.from_diagnostic(d) for d in result.diagnostics]
        return out


@dataclass
class Tally:
    n: int = 0
    found: int = 0
    top1: int = 0
    top5: int = 0
    pre: int = 0

    def add(self, v: Verdict, pre: bool) -> None:
        self.n += 1
        self.found += v.found
        self.top1 += v.top1
        self.top5 += v.top5
        self.pre += pre

    def as_dict(self) -> dict[str, float]:
        n = self.n or 1
        return {"n": self.n, "recall": self.found / n, "top1": self.top1 / n,
                "top5": self.top5 / n, "pre": self.pre}


def group_of(slip: Slip, is_word: Callable[[str], bool]) -> str:
    if slip.kind != "capital":
        return slip.kind
    return "capital-word" if is_word(slip.original.lower()) else "capital-name"


def real_word(slip: Slip, is_word: Callable[[str], bool]) -> bool:
    words = WORD_RE.findall(slip.wrong)
    return bool(words) and all(is_word(w) for w in words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--seed", type=int, help="seed of the random generator (default: random)")
    ap.add_argument("--samples", type=int, default=300, help="slipped sentences per kind")
    ap.add_argument("--kinds", help=f"comma-separated kinds (default: all of {','.join(KINDS)})")
    ap.add_argument("--rules", help="comma-separated codes to count (default: all)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", type=int, default=0, help="print N missed slips per kind")
    ap.add_argument("--wrong", type=int, default=0,
                    help="print N slips per kind found with a wrong first suggestion")
    ap.add_argument("--cli", action="store_true", help="run the redaksi-lint command")
    args = ap.parse_args()
    started = time.perf_counter()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        sys.exit(f"unknown kind(s): {', '.join(unknown)}; kinds: {', '.join(KINDS)}")
    rules = {r.strip().upper() for r in args.rules.split(",")} if args.rules else None

    is_word = dictionary()
    files = read_clean(args.corpus)
    pool = sentences(files)
    if not pool:
        sys.exit(f"no sentences in {args.corpus / 'dev/clean'}/*.txt (set --corpus)")
    samples = {kind: draw(kind, pool, args.samples, seed, is_word) for kind in kinds}
    docs, placed = {}, {}
    for kind, drawn in samples.items():
        docs[kind], placed[kind] = apply_slips(files, drawn)
    docs["unslipped"] = files
    found = lint_docs(docs, args.cli)
    clean = {name: by_line(ms, rules) for name, ms in found.pop("unslipped").items()}

    tallies: dict[str, dict[str, Tally]] = {}
    misses: dict[str, list[str]] = {}
    wrong: dict[str, list[str]] = {}
    for kind, drawn in samples.items():
        marks = {name: by_line(ms, rules) for name, ms in found[kind].items()}
        for (sentence, slip), at in zip(drawn, placed[kind], strict=True):
            slipped_line = docs[kind][at.file].split("\n")[at.line - 1]
            assert slipped_line[at.lo - 1 : at.hi - 1] == slip.wrong, (slip, at)
            v = judge(marks[at.file].get(at.line, []), at.lo, at.hi, slip.original,
                      line=slipped_line, original=at.expected)
            col = sentence.column + 1
            before = judge(clean[sentence.file].get(sentence.line + 1, []),
                           col + slip.start, col + slip.end, slip.original)
            group = group_of(slip, is_word)
            klass = "real-word" if real_word(slip, is_word) else "non-word"
            keys = [(group, "all"), (group, klass), ("ALL", "all"), ("ALL", klass)]
            if kind in LETTER_KINDS:
                keys += [("LETTERS", "all"), ("LETTERS", klass)]
            for key in keys:
                tallies.setdefault(key[0], {}).setdefault(key[1], Tally()).add(v, before.found)
            about = f"{slip.original!r} -> {slip.wrong!r} ({klass}" + (
                f", {slip.detail})" if slip.detail else ")")
            if not v.found and len(misses.setdefault(group, [])) < args.misses:
                misses[group].append(f"missed: {about}")
            if v.found and not v.top1 and len(wrong.setdefault(group, [])) < args.wrong:
                offered = [m.suggestions[:3] for m in
                           covering(marks[at.file].get(at.line, []), at.lo, at.hi, at.hi - at.lo)]
                wrong[group].append(f"wrong first suggestion: {about} offered {offered}")

    words = sum(len(WORD_RE.findall(t)) for t in files.values())
    flags = sum(1 for by in clean.values() for ms in by.values() for m in ms
                if m.severity in COUNTED)
    report: dict[str, Any] = {
        "seed": seed, "samples": args.samples, "rules": sorted(rules) if rules else None,
        "sentences": len(pool),
        "unslipped": {"words": words, "flags": flags, "per_1000": 1000 * flags / words},
        "kinds": {g: {c: t.as_dict() for c, t in cs.items()} for g, cs in tallies.items()},
        "elapsed": time.perf_counter() - started,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"seed {seed} (rerun with --seed {seed}); {args.samples} slips per kind drawn from "
          f"{len(pool)} sentences of {MIN_WORDS}+ words"
          + (f"; rules {','.join(sorted(rules))}" if rules else ""))
    print(f"{'kind':14s} {'class':9s} {'n':>5s} {'recall':>7s} {'top-1':>7s} {'top-5':>7s} "
          f"{'pre':>4s}")
    order = [g for k in KINDS for g in (["capital-word", "capital-name"] if k == "capital"
                                        else [k]) if g in tallies]
    order += [g for g in ("LETTERS", "ALL") if g in tallies]
    for group in order:
        for klass in ("all", "non-word", "real-word"):
            t = tallies[group].get(klass)
            if t is None:
                continue
            d = t.as_dict()
            print(f"{group if klass == 'all' else '':14s} {klass:9s} {t.n:5d} "
                  f"{d['recall']:7.3f} {d['top1']:7.3f} {d['top5']:7.3f} {t.pre:4d}")
        for line in misses.get(group, []) + wrong.get(group, []):
            print(f"    {line}")
    print(f"unslipped texts: {words} words, {flags} error/warning flags, "
          f"{1000 * flags / words:.2f} per 1,000 words (known residual errors included)")
    print(f"time: {report['elapsed']:.1f} s")


if __name__ == "__main__":
    main()
