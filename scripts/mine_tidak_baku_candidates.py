"""Mine candidate "tidak baku -> baku" pairs from word lists.

Sources of (possibly nonstandard) forms: wordfreq Indonesian (frequency.tsv),
hunspell-id stems (/usr/share/hunspell/id_ID.dic), Sastrawi roots (roots.txt).
Each source word is rewritten with spelling-variant rules (obyek/objek,
analisa/analisis, -ir/-er, ph/f, dz/z, kw/ku, e/i vowel swaps, h added or
dropped, doubled consonants, tj/dj old spelling, ...), one rule or two in a row;
a rewrite that lands on a known word (hunspell stem, Sastrawi root, or a word the
linter's lexicon accepts) is a candidate pair.  Output:
nonstandard<TAB>standard<TAB>zipf_ns<TAB>zipf_std<TAB>rules<TAB>flags
sorted by the nonstandard form's frequency.  Every candidate is judged by hand.

A candidate is never added as it is: check each against KBBI (a form that is
also a standard word with another meaning, a baku variant, an English word or a
name must stay out), then add the pair to dictionaries/tidak-baku.tsv.

    python3 scripts/mine_tidak_baku_candidates.py candidates.tsv \
        [--hunspell /usr/share/hunspell/id_ID.dic]

Needs redaksi-lint installed and Debian's hunspell-id for the stem list.
"""

import argparse
import re
import sys
from pathlib import Path

from redaksi_lint.lexicon import Lexicon

D = Path(__file__).resolve().parents[1] / "dictionaries"
ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("output", nargs="?", help="write here (default: standard output)")
ap.add_argument("--hunspell", default="/usr/share/hunspell/id_ID.dic")
args = ap.parse_args()
lex = Lexicon()

freq = {}
for ln in (D / "frequency.tsv").read_text().splitlines():
    if ln.startswith("#") or "\t" not in ln:
        continue
    w, z = ln.split("\t")
    freq[w] = float(z)
roots = {
    w.strip().lower()
    for w in (D / "roots.txt").read_text().splitlines()
    if w.strip() and not w.startswith("#")
}
hun = set()
for ln in Path(args.hunspell).read_text(encoding="latin-1").splitlines()[1:]:
    w = ln.split("/")[0].strip().lower()
    if w:
        hun.add(w)
existing = {}
for ln in (D / "tidak-baku.tsv").read_text().splitlines():
    if ln and not ln.startswith("#"):
        a, b = ln.split("\t")[:2]
        existing[a] = b

# (name, pattern, replacement) : nonstandard pattern -> standard replacement
RULES = [
    ("y>j", r"(?<=[bdk])y", "j"),  # obyek, subyek, proyek is std (kept out by hand)
    ("-isa>-isis", r"isa$", "isis"),
    ("-esa>-esis", r"esa$", "esis"),
    ("-osa>-osis", r"osa$", "osis"),
    ("-a>-as", r"ita$", "itas"),
    ("-i>-as", r"iti$", "itas"),
    ("-si>-se", r"si$", "se"),
    ("-ir>-er", r"ir$", "er"),
    ("-ir>-ier", r"ir$", "ier"),
    ("-ir>-asi", r"ir$", "asi"),
    ("-il>-al", r"il$", "al"),
    ("-ip>-if", r"ip$", "if"),
    ("-ik>-ek", r"ik$", "ek"),
    ("-ek>-ik", r"ek$", "ik"),
    ("-it>-et", r"it$", "et"),
    ("-ur>-ir", r"ur$", "ir"),
    ("-e>-a", r"e$", "a"),
    ("-a>-e", r"a$", "e"),
    ("-d>-t", r"d$", "t"),
    ("-b>-p", r"b$", "p"),
    ("-g>-k", r"g$", "k"),
    ("-t>-d", r"t$", "d"),
    ("-k>-ks", r"k$", "ks"),
    ("-n>-ns", r"n$", "ns"),
    ("-m>-ms", r"m$", "ms"),
    ("-e>-ai", r"e$", "ai"),
    ("-ei>-ai", r"ei$", "ai"),
    ("-ey>-ei", r"ey$", "ei"),
    ("-y>-i", r"y$", "i"),
    ("ph>f", r"ph", "f"),
    ("dz>z", r"dz", "z"),
    ("dh>d", r"dh", "d"),
    ("dh>z", r"dh", "z"),
    ("sh>sy", r"sh", "sy"),
    ("sh>s", r"sh", "s"),
    ("ts>s", r"ts", "s"),
    ("th>t", r"th", "t"),
    ("kh>k", r"kh", "k"),
    ("k>kh", r"k", "kh"),
    ("kh>h", r"kh", "h"),
    ("h>kh", r"h", "kh"),
    ("kw>ku", r"kw", "ku"),
    ("q>k", r"q", "k"),
    ("x>ks", r"x", "ks"),
    ("ch>k", r"ch", "k"),
    ("ch>kh", r"ch", "kh"),
    ("c>k", r"c", "k"),
    ("tj>c", r"tj", "c"),
    ("dj>j", r"dj", "j"),
    ("sj>sy", r"sj", "sy"),
    ("nj>ny", r"nj", "ny"),
    ("oe>u", r"oe", "u"),
    ("j>y", r"j", "y"),
    ("j>z", r"j", "z"),
    ("z>j", r"z", "j"),
    ("s>z", r"s", "z"),
    ("z>s", r"z", "s"),
    ("s>sy", r"s", "sy"),
    ("sy>s", r"sy", "s"),
    ("f>p", r"f", "p"),
    ("p>f", r"p", "f"),
    ("f>v", r"f", "v"),
    ("v>f", r"v", "f"),
    ("e>i", r"e", "i"),
    ("i>e", r"i", "e"),
    ("e>a", r"e", "a"),
    ("a>e", r"a", "e"),
    ("o>u", r"o", "u"),
    ("u>o", r"u", "o"),
    ("au>o", r"au", "o"),
    ("ai>e", r"ai", "e"),
    ("ie>i", r"ie", "i"),
    ("i>ie", r"i", "ie"),
    ("ua>uwa", r"ua", "uwa"),
    ("ia>iya", r"iya", "ia"),
    ("-h", r"h", ""),
    ("+h", r"(?<=[aiueo])(?=[aiueo])", "h"),
    ("h-", r"^h", ""),
    ("+h-", r"^(?=[aiueo])", "h"),
    ("-h$", r"h$", ""),
    ("+h$", r"(?<=[aiueo])$", "h"),
    ("dbl>sgl", r"([bcdfgklmnprstz])\1", r"\1"),
    ("sgl>dbl", r"(?<=[aiueo])([bcdfgklmnprst])(?=[aiueo])", r"\1\1"),
    ("-e-", r"(?<=[bcdfgkmnprst])e(?=[lr])", ""),
    ("+e-", r"(?<=[bcdfgkmnprst])(?=[lr][aiueo])", "e"),
    ("er>re", r"er", "re"),
    ("re>er", r"re", "er"),
    ("hn>kn", r"hn", "kn"),
    ("'", r"'", ""),
    ("n>m", r"n(?=[pb])", "m"),
    ("ks>k", r"ks", "k"),
    ("w>u", r"w", "u"),
    ("u>w", r"u", "w"),
    ("-w-", r"(?<=[ou])w(?=[aiueo])", ""),
    ("+w-", r"(?<=[ou])(?=[aiue])", "w"),
    ("-y-", r"(?<=[i])y(?=[aiueo])", ""),
    ("+y-", r"(?<=[i])(?=[aueo])", "y"),
    ("mp>m", r"^mp", "m"),
]
COMPILED = [(n, re.compile(p), r) for n, p, r in RULES]


def rewrites(word):
    """Every single-site application of every rule."""
    for name, pat, rep in COMPILED:
        for m in pat.finditer(word):
            new = word[: m.start()] + m.expand(rep) + word[m.end() :]
            if new != word:
                yield name, new


STRONG = {
    "y>j",
    "-isa>-isis",
    "-esa>-esis",
    "-osa>-osis",
    "-a>-as",
    "-i>-as",
    "-ir>-er",
    "-ir>-ier",
    "-ir>-asi",
    "-il>-al",
    "-ip>-if",
    "ph>f",
    "dz>z",
    "dh>d",
    "dh>z",
    "sh>sy",
    "sh>s",
    "ts>s",
    "th>t",
    "kw>ku",
    "q>k",
    "x>ks",
    "ch>k",
    "ch>kh",
    "tj>c",
    "dj>j",
    "sj>sy",
    "nj>ny",
    "oe>u",
    "'",
    "hn>kn",
    "-k>-ks",
    "-n>-ns",
    "-ei>-ai",
    "-ey>-ei",
    "f>v",
    "-e-",
    "+e-",
    "h-",
    "+h-",
    "-h",
    "z>j",
    "j>z",
    "-ik>-ek",
    "-ek>-ik",
    "-it>-et",
    "-si>-se",
    "au>o",
    "kh>k",
    "k>kh",
    "kh>h",
    "h>kh",
    "dbl>sgl",
    "-d>-t",
    "-b>-p",
    "-g>-k",
}

BASE = hun | roots | {w for w, z in freq.items() if z >= 3.3}


def candidates(word, two_step):
    out = {}
    for n1, w1 in rewrites(word):
        if len(w1) >= 3 and w1 in BASE:
            out.setdefault(w1, n1)
        if not two_step:
            continue
        for n2, w2 in rewrites(w1):
            if w2 != word and len(w2) >= 3 and w2 not in out and (w2 in hun or w2 in roots):
                out.setdefault(w2, n1 + "+" + n2)
    return out


def main():
    rows = []
    for w, zs in freq.items():
        if not re.fullmatch(r"[a-z']{4,}", w) or w in existing:
            continue
        accepted = lex.spell(w)
        # tier A: hunspell rejects the frequent form (nonstandard spellings mostly are rejected)
        # tier B: hunspell accepts it, but a characteristic spelling-variant rule maps it to a word
        cands = candidates(w, two_step=not accepted)
        for s, rule in cands.items():
            if accepted and not all(r in STRONG for r in rule.split("+")):
                continue
            if accepted and s not in hun:
                continue
            zt = freq.get(s, 0.0)
            flags = ["A" if not accepted else "B"]
            if w in roots:
                flags.append("ns-in-roots")
            if lex.is_english(w):
                flags.append("ns-english")
            if s in hun:
                flags.append("std-in-hun")
            rows.append((w, s, zs, zt, rule, ",".join(flags)))
    # hunspell/roots-only forms (not in wordfreq) with a strong rule: old spellings etc.
    for w in sorted((hun | roots) - set(freq)):
        if not re.fullmatch(r"[a-z']{4,}", w) or w in existing:
            continue
        for s, rule in candidates(w, two_step=False).items():
            if (
                rule in STRONG
                and s in hun
                and freq.get(s, 0) >= 3.5
                and rule not in ("-h", "dbl>sgl", "k>kh", "h>kh")
            ):
                rows.append((w, s, 0.0, freq.get(s, 0.0), rule, "C"))
    rows.sort(key=lambda r: (r[5][0], -r[2], r[0]))
    lines = [
        f"{w}\t{s}\t{zs:.2f}\t{zt:.2f}\t{rule}\t{flags}\n" for w, s, zs, zt, rule, flags in rows
    ]
    if args.output:
        Path(args.output).write_text("".join(lines), encoding="utf-8")
    else:
        sys.stdout.writelines(lines)


if __name__ == "__main__":
    main()
