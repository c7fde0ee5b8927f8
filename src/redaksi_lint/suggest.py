"""Corrections for unknown words: a SymSpell index over the lexicon, re-ranked.

The index holds the frequency list, the roots, the hand-curated extra words and
the common affixed forms of frequent roots that the lexicon accepts, minus the
nonstandard (tidak baku) forms, so that persobil is corrected to personel and
not to the nonstandard personil. It is built only when the first unknown word
appears, and cached as a pickle in the user's cache folder keyed by a hash of
the data files (a read-only cache folder only costs the rebuild).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cache
from .distance import one_edit_away
from .evidence import ACCEPT_ZIPF
from .keyboard import SLIP_WEIGHT, typing_cost
from .morphology import derived_forms

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon

MAX_DISTANCE = 2
PREFIX_LENGTH = 5
INDEX_VERSION = "2"
# Roots this frequent get their affixed forms generated into the index.
DERIVE_ZIPF = 3.3
_DATA_FILES = (
    "frequency.tsv", "roots.txt", "extra-words.txt", "hunspell-2022-extra.txt",
    "tidak-baku.tsv", "known-typos.tsv",
    "hunspell/id_ID.dic", "hunspell/id_ID.aff",
)
# The modules whose code decides what the index holds.
_CODE_FILES = ("suggest.py", "lexicon.py", "evidence.py", "morphology.py")
_INDEX: dict[int, Any] = {}
_TIERS: dict[int, dict[str, float]] = {}
_DIGESTS: dict[int, str] = {}
# Ranking weights (in Zipf units): one unit of typing cost (an arbitrary edit)
# costs SLIP_WEIGHT (keyboard.py), a word only attested in web text WEB_ONLY_PENALTY.
WEB_ONLY_PENALTY = 1.0




def _data_hash(lex: Lexicon) -> str:
    """What the index is built from: the data files, the code that decides
    which words go in, and the SymSpell version whose objects are pickled."""
    import hashlib  # (here: the command imports this module at start-up)
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(INDEX_VERSION.encode())
    h.update(f"{PREFIX_LENGTH}:{MAX_DISTANCE}:{DERIVE_ZIPF}".encode())
    with contextlib.suppress(PackageNotFoundError):
        h.update(version("symspellpy").encode())
    for name in _DATA_FILES:
        path = lex.folder / name
        if path.is_file():
            h.update(name.encode())
            h.update(path.read_bytes())
    here = Path(__file__).resolve().parent
    for code in _CODE_FILES:
        h.update((here / code).read_bytes())
    return h.hexdigest()[:20]


def index_words(lex: Lexicon) -> dict[str, int]:
    """word -> count for the index: attested words, roots and generated forms."""
    banned = set(lex.nonstandard) | set(lex.known_typos)
    words: dict[str, int] = {}

    def add(word: str, count: int) -> None:
        if word in banned or not word.isalpha():
            return
        if count > words.get(word, 0):
            words[word] = count

    for word, zipf in lex.frequency.items():
        # English words used in Indonesian copy (internet, online) are
        # corrections too, though the lexicon does not count them Indonesian
        known = lex.spell(word) or lex.status(word) == "known" or (
            zipf >= ACCEPT_ZIPF and lex.is_english(word))
        if zipf >= 3.0 and known and not lex.frequent_typo(word):
            add(word, int(10 ** zipf))
    for word in lex.roots:
        add(word, 100)
    for word in lex.extra:
        add(word, 1000)
    for root, zipf in list(lex.frequency.items()):
        if zipf < DERIVE_ZIPF or root not in lex.roots:
            continue
        for form in derived_forms(root):
            if form not in words and lex.spell(form):
                add(form, 50)
    return words


def _build(lex: Lexicon) -> Any:
    from symspellpy import SymSpell

    sym = SymSpell(max_dictionary_edit_distance=MAX_DISTANCE, prefix_length=PREFIX_LENGTH)
    for word, count in index_words(lex).items():
        sym.create_dictionary_entry(word, count)
    return sym


def get_index(lex: Lexicon) -> Any:
    """The SymSpell index for this lexicon, from the cache when possible."""
    return _kept(lex, "symspell", _INDEX, lambda: _build(lex))


def get_tiers(lex: Lexicon) -> dict[str, float]:
    """`tier` of every word of the index whose tier is not 0, from the cache
    when possible: ranking the dozens of words a lookup returns would
    otherwise weigh each of them afresh in every run."""
    def build() -> dict[str, float]:
        return {w: t for w in sorted(get_index(lex).words) if (t := tier(lex, w))}

    tiers: dict[str, float] = _kept(lex, "suggest-tiers", _TIERS, build)
    return tiers


def _kept(lex: Lexicon, kind: str, table: dict[int, Any], build: Callable[[], Any]) -> Any:
    """A table of this lexicon kept for the process: from `table`, else from
    the cache under the data's digest, else built and cached."""
    key = id(lex)
    if key not in table:
        digest = _digest(lex)
        value = cache.load(kind, digest)
        if value is None:
            value = build()
            cache.store(kind, digest, value)
        table[key] = value
    return table[key]


def _digest(lex: Lexicon) -> str:
    key = id(lex)
    if key not in _DIGESTS:
        _DIGESTS[key] = _data_hash(lex)
    return _DIGESTS[key]


def suggest(lex: Lexicon, word: str, limit: int = 5) -> list[str]:
    """Corrections for a lowercase unknown word, best first (see `score`)."""
    from symspellpy import Verbosity

    word = word.lower()
    sym = get_index(lex)
    found = sym.lookup(word, Verbosity.ALL, max_edit_distance=MAX_DISTANCE,
                       include_unknown=False, transfer_casing=False)
    banned = lex.nonstandard.keys() | lex.no_suggest
    tiers = get_tiers(lex)
    ranked = []
    for item in found:
        cand = item.term
        if cand == word or cand in banned:
            continue
        # every word of the index has its tier in `tiers` unless it is 0
        ranked.append((score(lex, word, cand, item.distance, tiers.get(cand, 0.0)), cand))
    # Affixed forms the index lacks (sambungya -> sambungnya): one edit away
    # and accepted by the lexicon's analysis.
    have = {r[1] for r in ranked}
    if len(word) >= 6:
        for cand in one_edit_away(word):
            if cand in have or cand in banned or not cand.isalpha():
                continue
            if lex.spell_unkept(cand) or _clitic_form(lex, cand):
                ranked.append((score(lex, word, cand, 1), cand))
    for cand, dist in _rebuilt(lex, sym, word):
        if cand not in have and cand not in banned:
            have.add(cand)
            ranked.append((score(lex, word, cand, dist), cand))
    ranked.sort()
    return [r[-1] for r in ranked[:limit]]


_REBUILD_PREFIXES = ("di", "ber", "ter", "se", "ke")
_REBUILD_SUFFIXES = ("nya", "kan", "an", "i")


def _rebuilt(lex: Lexicon, sym: Any, word: str) -> list[tuple[str, int]]:
    """Affixed forms rebuilt around a corrected root (diimau -> di + imbau):
    the index holds roots, not every affixed form of every root."""
    from symspellpy import Verbosity

    out = []
    for pre in _REBUILD_PREFIXES:
        for suf in ("", *_REBUILD_SUFFIXES):
            if not word.startswith(pre) or not word.endswith(suf):
                continue
            core = word[len(pre) : len(word) - len(suf)]
            if len(core) < 4:
                continue
            for item in sym.lookup(core, Verbosity.ALL, max_edit_distance=1,
                                   include_unknown=False, transfer_casing=False):
                if item.distance == 0:
                    continue
                form = pre + item.term + suf
                if form != word and lex.is_known(form):
                    out.append((form, item.distance))
    return out


def score(lex: Lexicon, typo: str, cand: str, distance: int,
          cand_tier: float | None = None) -> float:
    """Lower is better: a noisy-channel style trade-off between the typing
    cost and how common the candidate is, with dictionary-valid words
    (hunspell, curated lists) preferred over words only seen in web text
    (`cand_tier`: the candidate's `tier`, when it is known already)."""
    if cand_tier is None:
        cand_tier = tier(lex, cand)
    zipf = max(lex.zipf(cand), 2.0)
    return typing_cost(typo, cand) * SLIP_WEIGHT - zipf + cand_tier


def tier(lex: Lexicon, cand: str) -> float:
    """0 for a dictionary-valid word (hunspell, curated lists), WEB_ONLY_PENALTY
    for a word the lexicon accepts from web text and morphology alone, twice
    that for anything else."""
    if lex.spell(cand) or cand in lex.extra:
        return 0.0
    if lex.is_known(cand):
        return WEB_ONLY_PENALTY
    return 2 * WEB_ONLY_PENALTY


def _clitic_form(lex: Lexicon, cand: str) -> bool:
    """A listed word plus -nya/-ku/-mu/-lah/-kah/-pun (not any analysable string)."""
    from .morphology import strip_clitics

    return any(
        clitic and len(base) >= 3 and lex.listed(base) for base, clitic in strip_clitics(cand)
    )
