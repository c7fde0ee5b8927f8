"""Indonesian affix analysis: which roots could a word be built from?

Acceptance must understand affixation, not list forms: news prose uses far more
derived forms (diprediksi, pemutakhiran, ketidakpastiannya) than any list holds.
`analyses(word)` undoes clitics, suffixes and prefixes, including the meN-/peN-
nasal allomorphy and the melting of k, p, s, t (KPST), and yields the candidate
roots with the affixes removed. The lexicon then asks whether a candidate root
is known. Analyses follow the attested affix combinations (confixes) so that a
typo does not pass by chance: bare -an is not productive (gencaran is not
analysed as gencar + -an), and a meN- form keeps a k/p/s/t before a vowel only
when the root starts with a consonant cluster (mengkritik, memproduksi).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

VOWELS = frozenset("aeiou")
PARTICLES = ("lah", "kah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
# Suffixes a prefix may combine with; "" = no suffix.
SUFFIXES = ("kan", "i", "an")

# Longer tokens are no Indonesian word (mempertanggungjawabkannya has 25
# letters): they are not analysed, corrected or looked up, which keeps a
# pathological input (a 100,000-character "word") cheap.
MAX_WORD = 45


@dataclass(frozen=True, slots=True)
class Analysis:
    """One way to read a word: `root` plus the affixes removed around it."""

    root: str
    prefixes: tuple[str, ...] = ()
    suffix: str = ""
    clitic: str = ""

    @property
    def kind(self) -> str:
        return "+".join([*self.prefixes, self.root, self.suffix, self.clitic])


def strip_clitics(word: str) -> Iterator[tuple[str, str]]:
    """(base, clitics) pairs: the word itself, then without -lah/-kah/-pun and
    without -nya/-ku/-mu (in that order, as in bukunyalah)."""
    yield word, ""
    for part in PARTICLES:
        if word.endswith(part) and len(word) - len(part) >= 3:
            base = word[: -len(part)]
            yield base, part
            for poss in POSSESSIVES:
                if base.endswith(poss) and len(base) - len(poss) >= 3:
                    yield base[: -len(poss)], poss + part
    for poss in POSSESSIVES:
        if word.endswith(poss) and len(word) - len(poss) >= 3:
            yield word[: -len(poss)], poss


def _nasal_roots(rest: str, nasal: str) -> Iterator[str]:
    """Roots behind meN-/peN- given the nasal form (m, n, ng, ny, '' for me-)
    and the rest of the word after it. Melted k/p/s/t come back; a kept
    k/p/s/t is only allowed before a consonant (cluster roots)."""
    if not rest:
        return
    first = rest[0]
    if nasal == "m":  # mem-: b, f, v, p-cluster kept; p melted before a vowel
        if first in "bfv" or (first == "p" and len(rest) > 1 and rest[1] not in VOWELS):
            yield rest
        elif first in VOWELS:
            yield "p" + rest
    elif nasal == "n":  # men-: d, c, j, z, sy; t melted; t/s clusters kept
        cluster = len(rest) > 1 and rest[1] not in VOWELS
        if first in "dcjz" or rest.startswith("sy") or (first in "ts" and cluster):
            yield rest
        elif first in VOWELS:
            yield "t" + rest
    elif nasal == "ng":  # meng-: g, h, kh, vowels; k melted; k clusters kept
        cluster = len(rest) > 1 and rest[1] not in VOWELS
        if first in "gh" or rest.startswith("kh") or (first == "k" and cluster):
            yield rest
        elif first in VOWELS:
            yield rest
            yield "k" + rest
    elif nasal == "ny":  # meny-: s melted
        if first in VOWELS:
            yield "s" + rest
    elif nasal == "nge":  # menge-: monosyllabic roots (mengebom, pengecat)
        if len(rest) <= 4 and sum(ch in VOWELS for ch in rest) == 1 and rest[0] not in VOWELS:
            yield rest
    elif nasal == "" and first in "lmnrwy":  # me-: l, m, n, r, w, y, ng, ny
        yield rest


def _men_forms(word: str, head: str) -> Iterator[str]:
    """Roots behind a meN-/peN- prefix (`head` is "me" or "pe")."""
    if not word.startswith(head):
        return
    tail = word[len(head) :]
    for nasal in ("nge", "ng", "ny", "m", "n"):
        if tail.startswith(nasal):
            yield from _nasal_roots(tail[len(nasal) :], nasal)
    yield from _nasal_roots(tail, "")


def _ber_forms(word: str, head: str) -> Iterator[str]:
    """ber-/per-/ter- with their be-/pe-/te- (before r or -er- syllables) and bel-/pel-."""
    if not word.startswith(head[:2]):
        return
    if word.startswith(head):
        yield word[len(head) :]
    rest = word[2:]
    if rest.startswith("r"):
        yield rest  # berenang <- renang (ber + renang)
    elif len(rest) > 3 and rest[1:3] == "er" and rest[0] not in VOWELS:
        yield rest  # bekerja, beternak, pekerja
    if head in ("ber", "per") and word.startswith(head[0] + "elajar"):
        yield word[3:]


def _suffixes(stem: str) -> Iterator[tuple[str, str]]:
    yield stem, ""
    for suf in SUFFIXES:
        if stem.endswith(suf) and len(stem) - len(suf) >= 2:
            yield stem[: -len(suf)], suf


# Which suffix each prefix chain may take ("*" = any of kan, i, an, none).
_PREFIX_SUFFIX: dict[str, tuple[str, ...]] = {
    "meN": ("", "kan", "i"),
    "di": ("", "kan", "i"),
    "ter": ("", "kan", "i"),
    "ber": ("", "an", "kan"),
    "peN": ("", "an"),
    "per": ("", "an", "kan", "i"),
    "ke": ("an",),
    "se": ("",),
    "ku": ("", "kan", "i"),
    "kau": ("", "kan", "i"),
    "memper": ("", "kan", "i"),
    "diper": ("", "kan", "i"),
    "keber": ("an",),
    "keter": ("an",),
    "kese": ("an",),
    "ketidak": ("an",),
    "pember": ("an",),
    "pe": ("", "an"),
    "berke": ("an",),
    "seper": ("",),
    "penye": ("an",),
    "dike": ("",),
    "terper": ("", "kan", "i"),
}


def _prefix_roots(stem: str) -> Iterator[tuple[str, str]]:
    """(chain, root) for the prefix chains of `stem` (suffix already removed)."""
    simple: list[tuple[str, Callable[[str], Iterator[str]]]] = [
        ("meN", lambda w: _men_forms(w, "me")),
        ("peN", lambda w: _men_forms(w, "pe")),
        ("ber", lambda w: _ber_forms(w, "ber")),
        ("ter", lambda w: _ber_forms(w, "ter")),
        ("per", lambda w: _ber_forms(w, "per")),
    ]
    for name, fn in simple:
        for root in fn(stem):
            yield name, root
    for pre in ("memper", "diper", "terper", "keber", "keter", "ketidak", "kese", "pember",
                "berke", "seper", "dike", "di", "ke", "se", "kau", "ku"):
        if stem.startswith(pre) and len(stem) - len(pre) >= 2:
            yield pre, stem[len(pre) :]
    if stem.startswith("keme") or stem.startswith("kepe"):
        # ke-an around a meN-/peN- form: kemenangan? no: kepemimpinan = ke + pemimpin + an
        for root in _men_forms(stem[2:], stem[2:4]):
            yield "ke" + ("meN" if stem[2:4] == "me" else "peN"), root
    if (stem.startswith("pe") and not stem.startswith(("pem", "pen", "peng", "peny", "per"))
            and len(stem) > 2 and stem[2] not in VOWELS):
        yield "pe", stem[2:]  # pelaku, petani, pedagang (pe- before l, r, t, d, ...)


_PREFIX_SUFFIX["kemeN"] = ("an",)
_PREFIX_SUFFIX["kepeN"] = ("an",)


def analyses(word: str) -> Iterator[Analysis]:
    """Every affix reading of a lowercase word (the unanalysed word included).
    Candidates are cheap strings; the caller checks the roots."""
    if len(word) > MAX_WORD:
        return
    seen: set[tuple[str, tuple[str, ...], str, str]] = set()
    key: tuple[str, tuple[str, ...], str, str]
    for base, clitic in strip_clitics(word):
        for stem, suffix in _suffixes(base):
            if suffix == "" or suffix in ("kan", "i"):
                key = (stem, (), suffix, clitic)
                if key not in seen:
                    seen.add(key)
                    # bare root+kan/-i: the imperative/active-less form (pastikan, lewati)
                    yield Analysis(stem, (), suffix, clitic)
            for chain, root in _prefix_roots(stem):
                if len(root) < 2 or suffix not in _PREFIX_SUFFIX.get(chain, ()):
                    continue
                key = (root, (chain,), suffix, clitic)
                if key in seen:
                    continue
                seen.add(key)
                yield Analysis(root, (chain,), suffix, clitic)


_UNMELTED_RE = re.compile(r"^(me|pe)(ng(?=k)|m(?=p)|n(?=[ts])|ny(?=s))")


def melt_kpst(word: str) -> str | None:
    """The KPST-melted spelling of a meN-/peN- word that kept its k/p/s/t
    before a vowel (mengkondisikan -> mengondisikan, mempengaruhi ->
    memengaruhi, mensukseskan -> menyukseskan); None when the rule does not apply."""
    m = _UNMELTED_RE.match(word)
    if not m:
        return None
    head = m.group(1)
    rest = word[m.end() :]
    if len(rest) < 3 or rest[1] not in VOWELS:
        return None
    consonant = rest[0]
    body = rest[1:]
    if consonant == "k":
        return f"{head}ng{body}"
    if consonant == "p":
        return f"{head}m{body}"
    if consonant == "t":
        return f"{head}n{body}"
    if consonant == "s":
        return f"{head}ny{body}"
    return None


def nasal_prefix(root: str, head: str = "me") -> str:
    """meN-/peN- + root with the standard allomorph and KPST melting
    (baca -> membaca, tulis -> menulis, kirim -> mengirim, siap -> menyiap)."""
    first = root[:1]
    second = root[1:2]
    cluster = bool(second) and second not in VOWELS
    if first in "lmnrwy" or root.startswith(("ng", "ny")):
        return head + root
    if first in "bfv":
        return head + "m" + root
    if first == "p":
        return head + "m" + (root if cluster else root[1:])
    if first in "dcjz" or root.startswith("sy"):
        return head + "n" + root
    if first == "t":
        return head + "n" + (root if cluster else root[1:])
    if first == "s":
        return head + ("n" + root if cluster else "ny" + root[1:])
    if first == "k":
        return head + "ng" + (root if cluster and second != "h" else root[1:] if not cluster
                              else root)
    return head + "ng" + root  # vowels, g, h


def derived_forms(root: str) -> Iterator[str]:
    """Common affixed forms of a root, for the suggestion index (each is then
    checked by the lexicon before use)."""
    men = nasal_prefix(root, "me")
    pen = nasal_prefix(root, "pe")
    yield from (
        men, men + "kan", men + "i", "di" + root, "di" + root + "kan", "di" + root + "i",
        "ber" + root, "ter" + root, pen, pen + "an", "ke" + root + "an", "per" + root + "an",
        root + "an", root + "kan", root + "nya", "se" + root,
    )


# The surface forms of the prefixes ber-, ter-, se-, meN- and peN- that never
# stand alone as words (be-, pe- and te- do, in English and other loans):
# one of them before a space and a word (se banyak, men jadi) is a word split
# after its prefix.
SPACED_PREFIXES = frozenset({
    "ber", "ter", "se", "me", "mem", "men", "meng", "meny", "pem", "pen", "peng", "peny",
})


# Bound forms written joined to a word (EYD V): antarsesama, pascapanen, subsistem.
BOUND_PREFIXES = (
    "antar", "anti", "pasca", "pra", "non", "multi", "sub", "super", "swa", "tuna", "ultra",
    "semi", "inter", "intra", "mikro", "makro", "neo", "kontra", "trans", "ekstra", "infra",
    "re", "de", "dis", "mega", "mini", "hiper", "poli", "pan", "bio", "geo", "eko", "tele",
)


def bound_splits(word: str) -> Iterator[tuple[str, str]]:
    """(bound form, rest) for words that start with a bound form; the rest must
    be a known word of at least 4 letters (5 after re-/de-)."""
    for pre in BOUND_PREFIXES:
        if word.startswith(pre):
            rest = word[len(pre) :]
            if len(rest) >= (5 if len(pre) <= 2 else 4):
                yield pre, rest


# Loanword suffix correspondences (Indonesian -> English), for recognising
# established loanwords by their English cognate: mitigasi ~ mitigation,
# kolaboratif ~ collaborative, numismatik ~ numismatic.
LOAN_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("isasi", ("ization", "isation")),
    ("asi", ("ation",)),
    ("krasi", ("cracy",)),
    ("ensi", ("ence", "ency")),
    ("ansi", ("ance", "ancy")),
    ("si", ("sion", "tion", "ssion", "cy", "sy", "sis")),
    ("if", ("ive",)),
    ("itas", ("ity",)),
    ("istik", ("istic",)),
    ("isme", ("ism",)),
    ("tis", ("tic",)),
    ("ik", ("ic", "ics", "ical")),
    ("is", ("ic", "ist", "ical")),
    ("at", ("ate",)),
    ("al", ("al",)),
    ("tur", ("ture",)),
    ("grafi", ("graphy",)),
    ("logi", ("logy",)),
    ("or", ("or",)),
    ("er", ("er",)),
)


_SI_VOWEL = re.compile(r"si(?=[aiou])")


def skeleton(word: str) -> str:
    """A spelling-neutral key shared by an English word and its Indonesian
    loan: c/q -> k, ph -> f, x -> ks, y -> i, th -> t, double letters single."""
    w = word.lower().replace("ph", "f").replace("th", "t").replace("x", "ks")
    w = w.replace("ck", "k").replace("c", "k").replace("q", "k").replace("y", "i")
    out: list[str] = []
    for ch in w:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def loan_cognates(word: str) -> Iterator[str]:
    """Skeletons of the English words an Indonesian loanword may come from."""
    for id_suf, en_sufs in LOAN_SUFFIXES:
        if word.endswith(id_suf) and len(word) - len(id_suf) >= 3:
            stem = word[: -len(id_suf)]
            # inisial ~ initial: an English t before i + vowel is written s
            for spelling in dict.fromkeys((stem, _SI_VOWEL.sub("ti", stem))):
                for en in en_sufs:
                    yield skeleton(spelling + en)


_SOFT_C = re.compile(r"c(?=[eiy])")
# English suffixes and the Indonesian ones of their adapted loans, longest
# first (critical -> kritis before music -> musik).
ADAPTED_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ization", "isasi"), ("isation", "isasi"), ("tional", "sional"), ("ation", "asi"),
    ("cracy", "krasi"), ("graphy", "grafi"), ("logy", "logi"), ("tion", "si"), ("sion", "si"),
    ("ical", "is"),
    ("ence", "ensi"), ("ance", "ansi"), ("ency", "ensi"), ("ancy", "ansi"), ("ture", "tur"),
    ("ity", "itas"), ("ive", "if"), ("ism", "isme"), ("ics", "ika"), ("ist", "is"),
    ("ous", "us"), ("que", "k"), ("ent", "en"), ("ct", "k"),
    ("ic", "ik"),
)


def english_adaptations(word: str) -> Iterator[str]:
    """Indonesian spellings an English word takes when it is adapted: the
    skeleton (c -> k, ph -> f, y -> i, double letters single), with kh as k,
    and the suffix of ADAPTED_SUFFIXES (quality -> kualitas, technology ->
    teknologi, organic -> organik, critical -> kritis, patent -> paten,
    product -> produk, serious -> serius, technique -> teknik)."""
    if len(word) < 4 or not word.isalpha():
        return
    soft = _SOFT_C.sub("s", word)  # capacity -> kapasitas, policy -> polisi
    for spelling in dict.fromkeys((word, soft)):
        base = skeleton(spelling)
        yield base
        yield base.replace("kh", "k")
        for en, id_suf in ADAPTED_SUFFIXES:
            if spelling.endswith(en) and len(spelling) - len(en) >= 3:
                stem = skeleton(spelling[: -len(en)])
                yield stem + id_suf
                yield stem.replace("kh", "k") + id_suf
                break
