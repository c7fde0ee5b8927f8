#!/usr/bin/env python3
"""How well N303 finds slips in listed place and institution names.

    python3 benchmarks/gazetteer_slips.py [--seed N] [--per-class 150]

Names are drawn from the gazetteer (dictionaries/gazetteer-areas.tsv,
institutions.tsv) with a seed chosen at run time unless given; one word of
five letters or more gets one slip of the hand (a letter left out or doubled,
two neighbours swapped, a neighbouring key struck, never the first letter).
Each name is set in a plain sentence of the kind news copy writes, per
class of evidence, and checked with every rule. Reported per class:

- recall: N303 reports the slipped word; top-1: its suggestion is the name's word;
- S101 too: S101 also reports that word (the two findings overlap);
- false alarms: N303 or S101 findings on the same sentence with the right name.

Not part of the tests.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from collections.abc import Callable

from redaksi_lint import Config, lint_text
from redaksi_lint.data import load_tsv
from redaksi_lint.lexicon import get_lexicon
from redaksi_lint.suggest import NEIGHBOURS


def slip(word: str, rng: random.Random) -> str:
    """One slip of the hand anywhere after the first letter."""
    kind = rng.choice(("delete", "double", "swap", "key"))
    i = rng.randrange(1, len(word) - 1 if kind == "swap" else len(word))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    keys = sorted(NEIGHBOURS.get(word[i].lower(), ()))
    return word[:i] + rng.choice(keys) + word[i + 1 :] if keys else word


def classes() -> dict[str, tuple[str, list[str]]]:
    areas = load_tsv("gazetteer-areas.tsv", 4)
    inst = load_tsv("institutions.tsv", 3)

    def of(kind: str, words: Callable[[int], bool]) -> list[str]:
        return sorted({r[0] for r in areas if r[1] == kind and words(len(r[0].split()))})

    return {
        "city, alone": ("Harga beras di {} naik pekan ini.", of("kota", lambda n: n == 1)),
        "regency, alone": ("Harga beras di {} naik pekan ini.", of("kabupaten", lambda n: n == 1)),
        "regency after Kabupaten": ("Pemerintah Kabupaten {} menggelar rapat.",
                                    of("kabupaten", lambda n: True)),
        "city after Wali Kota": ("Wali Kota {} meninjau pasar.", of("kota", lambda n: True)),
        "province after Gubernur": ("Gubernur {} meresmikan jembatan.",
                                    of("provinsi", lambda n: True)),
        "district after Kecamatan": ("Warga Kecamatan {} mengungsi ke balai desa.",
                                     of("kecamatan", lambda n: True)),
        "district, alone": ("Warga {} mengungsi ke balai desa.", of("kecamatan", lambda n: True)),
        "institution short form": (
            "Juru bicara {} memberikan keterangan.",
            sorted({r[0] for r in inst if r[0] and not r[0].isupper() and " " not in r[0]})),
        "institution full name": ("Pejabat {} hadir dalam rapat itu.",
                                  sorted({r[1] for r in inst if "," not in r[1]})),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--per-class", type=int, default=150)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    rng = random.Random(seed)
    lex = get_lexicon()
    config = Config(select=["N303", "S101"])
    print(f"seed {seed}")
    print(f"{'class':28} {'n':>4} {'recall':>7} {'top-1':>6} {'S101 too':>8} {'false':>6}")
    for label, (template, names) in classes().items():
        sample = rng.sample(names, min(args.per_class, len(names)))
        stats: dict[str, int] = defaultdict(int)
        for name in sample:
            words = name.split()
            slots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
            if not slots:
                continue
            i = rng.choice(slots)
            wrong = slip(words[i], rng)
            if wrong == words[i] or lex.is_known(wrong.lower()) or lex.is_name(wrong):
                continue  # the slip made another word or another name
            right_text = template.format(name)
            slipped = " ".join([*words[:i], wrong, *words[i + 1 :]])
            text = template.format(slipped)
            start = text.index(slipped) + sum(len(w) + 1 for w in words[:i])
            stats["n"] += 1
            found = lint_text(text, config)
            mine = [d for d in found if d.code == "N303" and d.start == start]
            stats["recall"] += bool(mine)
            stats["top1"] += bool(mine) and mine[0].suggestions[:1] == [words[i]]
            stats["s101"] += any(d.code == "S101" and d.start == start for d in found)
            stats["false"] += any(
                d.severity.value != "info" for d in lint_text(right_text, config))
        n = stats["n"] or 1
        print(f"{label:28} {stats['n']:>4} {stats['recall'] / n:>7.2f} "
              f"{stats['top1'] / n:>6.2f} {stats['s101'] / n:>8.2f} {stats['false']:>6}")


if __name__ == "__main__":
    main()
