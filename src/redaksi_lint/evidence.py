"""Why a word is accepted or not: evidence from each source, weighed into a verdict.

No single resource decides. A dictionary (hunspell-id's stems, the Sastrawi root
list, the curated lists) is an authority. Everything else only suggests that a
word exists: a web frequency (web text repeats common typos, glued prepositions
and English words), a form hunspell's affix rules generate, an affix analysis
down to some root. Such a word is accepted unless the evidence against it is
stronger: an attested word that is one slip away and far more common
(gencaran ~ gencatan, dikampus ~ di kampus). `judge` keeps every piece of
evidence it weighed, so `redaksi-lint trace` can show why a word passed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from .data import DataError, load_list
from .distance import one_edit_away, swapped_across_one
from .keyboard import SLIP_WEIGHT, typing_cost
from .morphology import (
    MAX_WORD,
    POSSESSIVES,
    Analysis,
    analyses,
    bound_splits,
    nasal_prefix,
    strip_clitics,
)

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon

Status = Literal["known", "plausible", "unknown"]

# A word only the web list knows is accepted from this Zipf value.
ACCEPT_ZIPF = 3.3
# A word is a suspect when an attested word at least this common is one slip away...
NEAR_ZIPF = 4.0
# ... and at least this much more common than the word itself.
NEAR_GAP = 1.5
# ... or this much, when the word has only a web count for it.
WEB_ONLY_GAP = 0.5
# A word at least this common on its own is not doubted for a neighbour.
SELF_EVIDENT_ZIPF = 4.0
# A word with two kinds of support is still a suspect when it is the easiest
# slip (a double letter typed once: keyboard.typing_cost) of a dictionary word
# this much more common: the misspellings the web repeats (perusahan). An
# added letter is not enough: tandasnya is a word, not tandanya mistyped.
MISSPELLING_GAP = 1.5
EASY_SLIP = 0.6
# An analysis alone (per + kuat + an) loses to a commoner word only when the
# word is a slip of the hand of it (typing cost at most this: not an arbitrary
# letter changed, as perkuatan is from perbuatan).
ANALYSIS_SLIP = 1.0
# A word with one kind of support and no web count at all loses to a dictionary
# word this common when it is an easy slip of it (typing cost at most this).
UNSEEN_NEAR_ZIPF = 3.0
UNSEEN_SLIP = 0.85
# The common words kept by deletion key (Lexicon.common_words), which answer
# common_neighbour whenever the word it looks for must be at least this common
# (once this many words have asked: see Lexicon.common_slips).
NEIGHBOUR_INDEX_ZIPF = 4.0
NEIGHBOUR_INDEX_AFTER = 150
# Bound forms this short (re-, de-) are read only before a listed word.
SHORT_BOUND = 2
# A root found only in the web list must be this common to carry affixes.
ROOT_ZIPF = 3.5
MIN_ROOT = 3
# Particles (-lah, -kah, -pun) and prepositions glue only to roots this long.
PARTICLE_ROOT = 4
GLUED_PREPOSITIONS = ("di", "ke")
GLUED_REST_ZIPF = 3.5
# Prefix chains that make a passive or first/second-person verb: the root must
# be one that is used as a verb.
VERBAL_CHAINS = frozenset({"di", "ku", "kau"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """One fact weighed for a word: `supports` is True for, False against it."""

    source: str
    supports: bool
    note: str
    note_en: str


@dataclass(frozen=True, slots=True)
class Judgement:
    """A word's verdict with what it rests on."""

    word: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    # The attested word one slip away that makes the word a suspect.
    neighbour: str | None = None
    # A preposition glued to a word (dikampus -> di kampus).
    glued: tuple[str, str] | None = None
    authority: bool = False


def _for(source: str, note: str, note_en: str) -> Evidence:
    return Evidence(source, True, note, note_en)


def _against(source: str, note: str, note_en: str) -> Evidence:
    return Evidence(source, False, note, note_en)


def _frequency(zipf: float) -> Evidence:
    return Evidence("frequency", zipf >= ACCEPT_ZIPF, f"frekuensi web (wordfreq) Zipf {zipf:.2f}",
                    f"web frequency (wordfreq) Zipf {zipf:.2f}")


# The curated lists that are authorities, with what a trace says of each.
_LISTS = (
    ("hunspell", "hunspell_stems", "kata dasar di kamus hunspell-id",
     "a stem in the hunspell-id dictionary"),
    ("hunspell-2022", "hunspell_2022", "daftar hunspell-id 2022 (hunspell-2022-extra.txt)",
     "in the hunspell-id 2022 list (hunspell-2022-extra.txt)"),
    ("extra-words", "extra", "daftar kata tambahan (extra-words.txt)",
     "in the curated extra words (extra-words.txt)"),
    ("hyphenated", "hyphenated", "daftar kata berhubung (hyphenated.txt)",
     "in the list of hyphenated words (hyphenated.txt)"),
    ("tidak-baku", "standard_forms", "bentuk baku KBBI dalam tidak-baku.tsv",
     "a KBBI standard form in tidak-baku.tsv"),
)


def authorities(lex: Lexicon, word: str) -> list[Evidence]:
    """The dictionaries that list the word itself (a Sastrawi root only when
    it is in use: the root list holds many rare words that typos hit)."""
    out = [_for(source, note, note_en) for source, table, note, note_en in _LISTS
           if word in getattr(lex, table)]
    if word in lex.roots and (lex.zipf(word) > 0 or lex.spell(word)):
        out.append(_for("roots", "daftar kata dasar Sastrawi", "in the Sastrawi root list"))
    return out


def judge(lex: Lexicon, word: str) -> Judgement:
    """Weigh what every source says about a lowercase word without a hyphen."""
    zipf = lex.zipf(word)
    if zipf >= SELF_EVIDENT_ZIPF and lex.spell(word):
        # a common word hunspell knows: two sources agree, nothing to weigh
        return Judgement(word, "known", (
            _for("hunspell", "dikenal hunspell-id", "known to hunspell-id"),
            _frequency(zipf)), authority=True)
    evidence = authorities(lex, word)
    if zipf > 0:
        evidence.append(_frequency(zipf))
    if evidence and evidence[0].source != "frequency":
        return Judgement(word, "known", tuple(evidence), authority=True)

    support = [e for e in evidence if e.supports]
    if lex.spell(word):
        support.append(_for("hunspell", "bentuk turunan menurut aturan afiks hunspell-id",
                            "a form hunspell-id's affix rules generate"))
    reading = _reading(lex, word)
    if reading is not None:
        support.append(reading)
    elif word in lex.roots:
        support.append(_for("roots", "daftar kata dasar Sastrawi (tidak terpakai di web)",
                            "in the Sastrawi root list (not seen in web text)"))
    if [e.source for e in support] == ["frequency"] and lex.is_english(word):
        # organic, update: the web count is of English use, not of an Indonesian word
        evidence.append(_against("english", "kata Inggris: frekuensinya dari pemakaian Inggris",
                                 "an English word: its web count is English use"))
        return Judgement(word, "unknown", tuple(evidence))
    weak = None if support else _weak_reading(lex, word)
    evidence = [*evidence, *(e for e in support if e not in evidence)]
    # a form hunspell generates is not a glued preposition (dibuat, kemana is S106's)
    glued = None if lex.spell(word) else _glued_preposition(lex, word)
    if glued is not None:
        evidence.append(_against(
            "glued", f'kata depan "{glued[0]}" bisa jadi menempel pada "{glued[1]}"',
            f'the preposition "{glued[0]}" may be glued to "{glued[1]}"',
        ))
        return Judgement(word, "plausible" if support or weak else "unknown",
                         tuple(evidence), glued=glued)
    if not support:
        if weak is None:
            return Judgement(word, "unknown", tuple(evidence))
        return Judgement(word, "plausible", (*evidence, weak),
                         neighbour=common_neighbour(lex, word))
    doubled = _kkan_form(lex, word)
    if doubled is not None:
        return _suspect(word, evidence, doubled,
                        f'-kan pada akar berakhiran k ditulis "{doubled}"',
                        f'-kan on a root ending in k is written "{doubled}"', lex)
    # Two independent kinds of evidence (a web count and an affix reading,
    # say) settle a word; one alone must not lose to a near, common word.
    kinds = {e.source for e in support}
    if zipf >= SELF_EVIDENT_ZIPF:
        return Judgement(word, "known", tuple(evidence))
    if len(kinds) > 1 or _clitic_on_dictionary_root(lex, word):
        # Settled, unless it is the easy slip of a far commoner word: the web
        # list holds common misspellings, and an affix reading is found for
        # many of them (perusahan: per-usah-an; lainya: lai + -nya).
        near = common_neighbour(lex, word, MISSPELLING_GAP, max_cost=EASY_SLIP)
        if near is None:
            return Judgement(word, "known", tuple(evidence))
        return _suspect(word, evidence, near, f'salah ketik lazim dari "{near}"',
                        f'a common slip of "{near}"', lex)
    # A web count alone (no dictionary, no morphology) is weaker still: a
    # dictionary word one slip away that is more common at all wins (menganggu).
    web_only = [e.source for e in support] == ["frequency"]
    near = common_neighbour(lex, word, WEB_ONLY_GAP if web_only else NEAR_GAP,
                            max_cost=None if web_only else ANALYSIS_SLIP)
    if near is None and zipf == 0:
        # an analysis nobody writes on the web loses to a rarer word too, when
        # it is that word with an easy slip (mengagalkan, keterbukan)
        near = common_neighbour(lex, word, NEAR_GAP, max_cost=UNSEEN_SLIP,
                                min_zipf=UNSEEN_NEAR_ZIPF)
    if near is not None:
        return _suspect(word, evidence, near, f'satu ketukan dari "{near}"',
                        f'one slip from "{near}"', lex)
    return Judgement(word, "known", tuple(evidence))


def _suspect(word: str, evidence: list[Evidence], near: str, note: str, note_en: str,
             lex: Lexicon) -> Judgement:
    """A plausible word that a far more common dictionary word one slip away
    makes a suspect: the evidence against it names that word."""
    zipf = lex.zipf(near)
    evidence.append(_against(
        "neighbour", f"{note} (Zipf {zipf:.2f}), kata yang jauh lebih lazim",
        f"{note_en} (Zipf {zipf:.2f}), a far more common word"))
    return Judgement(word, "plausible", tuple(evidence), neighbour=near)


def _kkan_form(lex: Lexicon, word: str) -> str | None:
    """menunjukan -> menunjukkan: -kan on a root ending in k keeps both k's.
    The single-k spelling is a suspect (when no dictionary lists it, which
    the caller has settled) whenever the double-k form is a hunspell word more
    common than it; a noun in -an (tolakan) is commoner than its imperative."""
    for base, clitic in strip_clitics(word):
        if base.endswith("kan") and not base.endswith("kkan") and len(base) > 5:
            doubled = base[:-3] + "kkan"
            if lex.spell(doubled) and lex.zipf(doubled) > lex.zipf(base):
                return doubled + clitic
    return None


def common_neighbour(lex: Lexicon, word: str, gap: float = NEAR_GAP,
                     max_cost: float | None = None,
                     min_zipf: float = NEAR_ZIPF) -> str | None:
    """The most common dictionary word one slip away that is `gap` more common
    and at least `min_zipf` (and, given `max_cost`, whose slip costs at most
    that to type)."""
    floor = max(min_zipf, lex.zipf(word) + gap)
    best: tuple[float, str] | None = None
    freq = lex.frequency
    slips: set[str] = set()
    if len(word) <= MAX_WORD:
        # only common words can pass a high floor: they are looked up
        common = lex.common_slips(word) if floor >= NEIGHBOUR_INDEX_ZIPF else None
        slips = (one_edit_away(word) if common is None else common) | swapped_across_one(word)
    for cand in slips:
        z = freq.get(cand, 0.0)
        if z < floor or not (lex.spell(cand) or lex.is_authority(cand)):
            continue
        if cand in lex.nonstandard or cand in lex.no_suggest or lex.listed_elsewhere(cand):
            continue  # dihimbau is no reason to doubt diimbau
        # the likelier slip wins, not only the commoner word (menaikan is
        # menaikkan with a k dropped, not kenaikan with its first letter changed);
        # a tie goes to the alphabetically first word, not to the order of a set
        # (aya: saya and ya)
        cost = typing_cost(word, cand)
        if max_cost is not None and cost > max_cost:
            continue
        score = z - SLIP_WEIGHT * cost
        if best is None or score > best[0] or (score == best[0] and cand < best[1]):
            best = (score, cand)
    return best[1] if best else None


def _clitic_on_dictionary_root(lex: Lexicon, word: str) -> bool:
    """tegasnya, ujarnya, tandasnya: -nya/-ku/-mu on a dictionary word of four
    letters or more, however near another word (udanya ~ adanya is not)."""
    return any(
        a.clitic in POSSESSIVES and not a.prefixes and not a.suffix
        and len(a.root) >= PARTICLE_ROOT and lex.is_authority(a.root)
        for a in analyses(word)
    )


def _glued_preposition(lex: Lexicon, word: str) -> tuple[str, str] | None:
    """di/ke written joined to a common word that is not used as a verb
    (dikampus, kepasar): the standard spelling is apart."""
    for prep in GLUED_PREPOSITIONS:
        rest = word[len(prep):]
        if not word.startswith(prep) or len(rest) < PARTICLE_ROOT:
            continue
        if not lex.is_authority(rest) or lex.zipf(rest) < GLUED_REST_ZIPF:
            continue
        if prep == "di" and _verbal(lex, rest):
            continue
        if prep == "ke" and (lex.spell(word) or lex.zipf(word) >= ACCEPT_ZIPF):
            continue  # kedua, kemari, kepala: words of their own
        return prep, rest
    return None


def _verbal(lex: Lexicon, root: str) -> bool:
    """Is the root a verb without a suffix, so that di- + root is a passive
    (dibuat ~ membuat, diinvestigasi ~ menginvestigasi; but dijalan has no
    *menjalan)? The meN- form in a dictionary or in web text tells."""
    men = nasal_prefix(root, "me")
    if lex.spell(men) or lex.spell("di" + root) or lex.zipf(men) > 0:
        return True
    # a loan verbed with -kan is passivised without it too (ditransformasi),
    # a native noun is not (menjalankan does not make dijalan a passive)
    return lex.is_loanword(root) and (lex.spell(men + "kan") or lex.spell(men + "i"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Articles, pronouns, conjunctions and prepositions (function-words.txt),
    lowercased: the one loader of the list for the lexicon and the rules."""
    try:
        return frozenset(w.lower() for w in load_list("function-words.txt"))
    except DataError:
        return frozenset()


def _allowed(lex: Lexicon, word: str, a: Analysis) -> bool:
    """Constraints on productive derivation, so that a typo does not pass
    by splitting into some affix and some root."""
    root = a.root
    if (a.prefixes or a.suffix) and root in function_words():
        return False  # a conjunction or pronoun takes no affix (pendanan is pendanaan)
    if a.suffix == "i" and root.endswith("i"):
        return False  # no -i on a root ending in i (ekonomii, mulaii)
    if a.clitic and a.clitic[-3:] in ("lah", "kah", "pun") and len(root) < PARTICLE_ROOT:
        return False  # a particle on a short root (tellah)
    if a.prefixes and a.prefixes[0] in VERBAL_CHAINS and not a.suffix:
        # a technical loan no dictionary has yet is verbed freely (diinisialisasi);
        # a listed noun is not (dilokasi is di lokasi)
        return (_verbal(lex, root) or lex.zipf(word) > 0
                or (lex.is_loanword(root) and not lex.is_authority(root)))
    # no prefix on a word that is itself derived
    return not (a.prefixes and not lex.is_authority(root) and _derived(lex, root))


def _derived(lex: Lexicon, word: str) -> bool:
    return any(b.prefixes and b.root != word and lex.is_authority(b.root) for b in analyses(word))


def readings(lex: Lexicon, word: str) -> Iterator[tuple[Analysis, float]]:
    """Affix readings of the word that pass the constraints, with the root's Zipf."""
    for a in analyses(word):
        if a.root == word or (not a.prefixes and not a.suffix and not a.clitic):
            continue
        if len(a.root) < MIN_ROOT or not _allowed(lex, word, a):
            continue
        if a.prefixes or a.suffix:
            if not a.prefixes and a.suffix:
                # bare X-kan / X-i / X-an: the di- form is a dictionary word,
                # or the root is a common one of the root list (lengkungan)
                if not (lex.spell("di" + a.root + a.suffix)
                        or (a.root in lex.roots and lex.zipf(a.root) >= ROOT_ZIPF)):
                    continue
            elif not (lex.is_root(a.root) and _root_in_use(lex, a.root)) and not (
                a.prefixes and lex.is_loanword(a.root)
            ):
                continue
        elif not lex.listed(a.root):
            continue
        yield a, lex.zipf(a.root)


def _root_in_use(lex: Lexicon, root: str) -> bool:
    """A root for a form no dictionary lists must be in use: attested on the
    web or curated, not merely in the root list, which holds many rare words
    that turn typos into analysable strings (kapah -> kekapahan)."""
    return lex.zipf(root) > 0 or root in lex.extra or (root in lex.roots and lex.spell(root))


def _reading(lex: Lexicon, word: str) -> Evidence | None:
    """The best affix, clitic, bound-form or loanword reading as evidence."""
    best: tuple[float, Analysis] | None = None
    for a, z in readings(lex, word):
        if best is None or z > best[0]:
            best = (z, a)
    if best is not None:
        z, a = best
        return _for("analysis", f"analisis afiks {a.kind} (akar Zipf {z:.2f})",
                    f"affix analysis {a.kind} (root Zipf {z:.2f})")
    for pre, rest in bound_splits(word):
        # a short bound form (re-, de-) joins a listed word only: re + kama +
        # nya is rekamannya mistyped, not a word
        if lex.listed(rest) or (len(pre) > SHORT_BOUND and any(
                True for a, _ in readings(lex, rest) if not a.prefixes)):
            return _for("bound", f"bentuk terikat {pre}- + {rest}",
                        f"bound form {pre}- + {rest}")
    if lex.is_loanword(word) and not lex.is_english(word):  # critical is its own cognate
        return _for("loanword", "kata serapan dengan padanan bahasa Inggris",
                    "a loanword with an English cognate")
    return None


def _weak_reading(lex: Lexicon, word: str) -> Evidence | None:
    """A root plus bare -an, or ke- alone: analysable, but not productive."""
    for base, _clitic in strip_clitics(word):
        if base.endswith("an") and len(base) > 4 and lex.is_root(base[:-2]):
            return _for("analysis", f"akar + -an ({base[:-2]}), bentuk yang tidak produktif",
                        f"root + -an ({base[:-2]}), not a productive form")
        if base.startswith("ke") and lex.is_root(base[2:]):
            return _for("analysis", f"ke- + akar ({base[2:]}), bentuk yang tidak produktif",
                        f"ke- + root ({base[2:]}), not a productive form")
    return None
