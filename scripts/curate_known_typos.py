"""Derive dictionaries/known-typos.tsv: misspellings that people really type,
with one certain correction.

A candidate is a word of the wordfreq Indonesian list (so it is attested in
real text) that hunspell-id rejects, that is no root, English word or listed
extra word, and that is one slip (a letter dropped, doubled, inserted or two
neighbours swapped) away from exactly one word that is at least 2 Zipf more
frequent and valid. Those are the typos web text repeats; the frequent word is
their only plausible correction. The output is reviewed by hand before it is
committed (entries removed on review are listed in REJECTED below).

    python3 scripts/curate_known_typos.py > dictionaries/known-typos.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redaksi_lint.lexicon import Lexicon  # noqa: E402

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
MIN_GAP = 2.0
MIN_TARGET_ZIPF = 4.5
# More frequent than this, a form is a name or a word of its own more often than a slip.
MAX_TYPO_ZIPF = 3.6
# Removed on review: names, regional words or forms with more than one reading.
REJECTED = {
    # names, places and brands
    "kalasan", "kanaan", "medika", "mariah", "marwah", "kaplan", "katana", "pertamax",
    # Malay or colloquial words of their own
    "korang", "khabar", "nombor", "kerasa", "malasan",
    # the frequent neighbour is not the intended word (musium is museum)
    "musium",
}


def slips(word: str) -> set[str]:
    out = {word[:i] + word[i + 1 :] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    out |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in ALPHABET}
    out.discard(word)
    return out


def main() -> None:
    lex = Lexicon()
    freq = lex.frequency
    rows = []
    for typo, zipf in sorted(freq.items()):
        if len(typo) < 6 or typo in REJECTED or not typo.isalpha() or zipf > MAX_TYPO_ZIPF:
            continue
        if lex.status(typo) == "known" or typo in lex.roots or lex.is_english(typo):
            continue
        if typo in lex.nonstandard:
            continue
        targets = [w for w in slips(typo)
                   if freq.get(w, 0.0) >= max(zipf + MIN_GAP, MIN_TARGET_ZIPF) and lex.spell(w)
                   and len(w) >= 5]
        if len(targets) == 1:
            rows.append((typo, targets[0]))
    print("# Frequent real misspellings with one certain correction (S102 known-typo).")
    print("# Format: wrong<TAB>correct, lowercase; the rule keeps the case of the text.")
    print("# Derived by scripts/curate_known_typos.py from the wordfreq list (words people")
    print("# really type) and reviewed by hand; extend by adding lines.")
    print("# Source: redaksi-lint contributors, from wordfreq 3.1 data (CC BY-SA 4.0).")
    for typo, right in rows:
        print(f"{typo}\t{right}")


if __name__ == "__main__":
    main()
