#!/usr/bin/env python3
"""Corruption benchmark: recall and suggestion accuracy on typing slips injected into
edited prose, per kind of slip, counted as in docs/metrics.md.

    python3 benchmarks/corruption.py [--seed N] [--samples 300] [--kinds deleted,vowel]
                                     [--rules S101,S102] [--json] [--misses 5] [--cli]

Every sentence of 8+ words in dev/clean/*.txt may receive ONE slip (benchmarks/slips.py
says what each kind does); for each kind, `--samples` sentences are drawn with a random
generator seeded from the run's seed and the kind's name (so `--kinds` does not change a
kind's sample). The seed is random unless given, and printed: rerun with `--seed N`.

The slipped sentences of a kind are checked as one document, one sentence per line, the
way `redaksi-lint FILE` checks it (the library's file path with the configuration the
command would find; `--cli` runs the command itself with `--format json`, which gives
the same figures, slower). A slip is found when a diagnostic overlaps the slipped text
and is about the word (on one line, at most 3 x len + 10 characters); top-1 / top-5: some
overlapping diagnostic's first / first five suggestions put the original back (ignoring
case). Findings of every severity count, as for the real-error rows.

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
sentence (a finding there is not evidence of catching the slip), and the error/warning
flags per 1,000 words on the unslipped sentences, for context (benchmarks/accuracy.py
gives the official false-alarm figure on whole files).
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


def sentences(corpus: Path) -> list[str]:
    """Sentences of 8+ words of the clean texts, in file order."""
    out = []
    for path in sorted((corpus / "dev/clean").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            start = 0
            for end in [m.end() for m in SENTENCE_END.finditer(line)] + [len(line)]:
                part = line[start:end].strip()
                start = end
                if len(WORD_RE.findall(part)) >= MIN_WORDS:
                    out.append(part)
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


def draw(kind: str, pool: list[str], n: int, seed: int,
         is_word: Callable[[str], bool]) -> list[tuple[int, Slip]]:
    """Up to n (sentence index, slip) of this kind, each sentence used once."""
    rng = random.Random(f"{seed}:{kind}")
    order = list(range(len(pool)))
    rng.shuffle(order)
    out = []
    for i in order:
        slip = make_slip(kind, pool[i], rng, is_word)
        if slip is not None:
            out.append((i, slip))
            if len(out) == n:
                break
    return out


def lint_docs(texts: dict[str, str], cli: bool) -> dict[str, list[Mark]]:
    """Findings per document: each text is written to a file and checked as the
    command checks a file."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in texts.items():
            paths[name] = Path(tmp) / f"{name}.txt"
            paths[name].write_text(text, encoding="utf-8")
        out: dict[str, list[Mark]] = {name: [] for name in texts}
        if cli:
            diags, _ = run_linter(list(paths.values()))
            names = {str(p): n for n, p in paths.items()}
            for d in diags:
                out[names[d["path"]]].append(Mark.from_json(d))
            return out
        from redaksi_lint import stream
        from redaksi_lint.config_files import config_for
        from redaksi_lint.engine import lint_file

        # as the command sets its own process
        getattr(stream, "tune_garbage_collector", lambda: None)()

        for name, path in paths.items():
            result = lint_file(str(path), config_for(str(path)))
            if result.error:
                sys.exit(f"redaksi-lint: {result.error}")
            out[name] = [Mark.from_diagnostic(d) for d in result.diagnostics]
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
    pool = sentences(args.corpus)
    if not pool:
        sys.exit(f"no sentences in {args.corpus / 'dev/clean'}/*.txt (set --corpus)")
    samples = {kind: draw(kind, pool, args.samples, seed, is_word) for kind in kinds}
    texts = {kind: "".join(s.corrupted + "\n" for _, s in drawn)
             for kind, drawn in samples.items()}
    texts["unslipped"] = "".join(s + "\n" for s in pool)
    found = lint_docs(texts, args.cli)
    clean = by_line(found.pop("unslipped"), rules)

    tallies: dict[str, dict[str, Tally]] = {}
    misses: dict[str, list[str]] = {}
    for kind, drawn in samples.items():
        marks = by_line(found[kind], rules)
        for line_no, (i, slip) in enumerate(drawn, 1):
            lo, hi = slip.start + 1, slip.wrong_end + 1
            v = judge(marks.get(line_no, []), lo, hi, slip.original,
                      line=slip.corrupted, original=slip.sentence)
            before = judge(clean.get(i + 1, []), slip.start + 1, slip.end + 1, slip.original)
            group = group_of(slip, is_word)
            klass = "real-word" if real_word(slip, is_word) else "non-word"
            keys = [(group, "all"), (group, klass), ("ALL", "all"), ("ALL", klass)]
            if kind in LETTER_KINDS:
                keys += [("LETTERS", "all"), ("LETTERS", klass)]
            for key in keys:
                tallies.setdefault(key[0], {}).setdefault(key[1], Tally()).add(v, before.found)
            if not v.found and len(misses.setdefault(group, [])) < args.misses:
                misses[group].append(f"{slip.original!r} -> {slip.wrong!r} ({klass}"
                                     f"{', ' + slip.detail if slip.detail else ''})")

    words = sum(len(WORD_RE.findall(s)) for s in pool)
    flags = sum(1 for ms in clean.values() for m in ms if m.severity in COUNTED)
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
        for line in misses.get(group, []):
            print(f"    missed: {line}")
    print(f"unslipped sentences: {words} words, {flags} error/warning flags, "
          f"{1000 * flags / words:.2f} per 1,000 words")
    print(f"time: {report['elapsed']:.1f} s")


if __name__ == "__main__":
    main()
