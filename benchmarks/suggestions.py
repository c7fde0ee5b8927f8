"""Suggestion engines side by side on the real typos of the dev corpus.

    python3 benchmarks/suggestions.py [--corpus ../shared/corpus]

For every `typo` row of dev/typos.tsv: top-1 and top-5 accuracy and
milliseconds per word of redaksi-lint's SymSpell suggester, of pyspellchecker
over the same word frequencies, and of `hunspell -d id_ID -a`. Case is ignored.
Needs pyspellchecker (pip) and Debian's hunspell + hunspell-id for the peers.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from redaksi_lint.lexicon import get_lexicon

ROOT = Path(__file__).resolve().parents[1]


def rows(corpus: Path) -> list[tuple[str, str]]:
    with open(corpus / "dev" / "typos.tsv", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["wrong"].lower(), r["correct"].lower()) for r in reader
                if r["kind"] == "typo" and " " not in r["wrong"]]


def score(name: str, data: list[tuple[str, str]], suggest: Callable[[str], list[str]]) -> None:
    top1 = top5 = 0
    times = []
    for wrong, right in data:
        start = time.perf_counter()
        got = [s.lower() for s in suggest(wrong)][:5]
        times.append((time.perf_counter() - start) * 1000)
        top1 += bool(got) and got[0] == right
        top5 += right in got
    n = len(data)
    print(f"{name:28} top-1 {top1 / n:.3f}  top-5 {top5 / n:.3f}  "
          f"median {statistics.median(times):.2f} ms/word, max {max(times):.0f} ms")


def hunspell_suggest(words: list[str]) -> dict[str, list[str]]:
    proc = subprocess.run(["hunspell", "-d", "id_ID", "-a"], input="\n".join(words) + "\n",
                          capture_output=True, text=True, check=False)
    out: dict[str, list[str]] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("&"):
            head, _, tail = line.partition(": ")
            out[head.split()[1]] = [s.strip() for s in tail.split(",")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    data = rows(args.corpus)
    lex = get_lexicon()
    lex.suggest("menyaipakn")  # load the index once, as a run does
    print(f"{len(data)} typo rows")
    score("redaksi-lint (SymSpell)", data, lambda w: get_lexicon().suggest(w, 5))
    try:
        from spellchecker import SpellChecker
    except ImportError:
        print("pyspellchecker not installed")
    else:
        checker = SpellChecker(language=None, distance=2)
        checker.word_frequency.load_json(
            {w: max(1, int(10 ** z)) for w, z in lex.frequency.items()})

        def py_suggest(w: str) -> list[str]:
            cands = checker.candidates(w) or set()
            return sorted(cands, key=lambda c: -checker.word_frequency[c])

        score("pyspellchecker (same words)", data, py_suggest)
    if shutil.which("hunspell"):
        start = time.perf_counter()
        table = hunspell_suggest([w for w, _ in data])
        per_word = (time.perf_counter() - start) * 1000 / len(data)
        top1 = sum(bool(table.get(w)) and table[w][0].lower() == r for w, r in data)
        top5 = sum(r in [s.lower() for s in table.get(w, [])[:5]] for w, r in data)
        print(f"{'hunspell -a':28} top-1 {top1 / len(data):.3f}  top-5 {top5 / len(data):.3f}  "
              f"{per_word:.2f} ms/word (one batch)")


if __name__ == "__main__":
    main()
