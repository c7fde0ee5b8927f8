"""The Indonesian lexicon: is a word known, how frequent is it, how to correct it.

Acceptance is layered because no single resource covers news prose: hunspell-id
(with its affix rules) first, then clitics, bare -kan/-i imperatives, divine
-Nya, reduplication, the word lists (Sastrawi roots, wordfreq, hyphenated
words, hand-curated extra words, filtered hunspell-id 2022 stems) and finally
affix analysis down to a known root (morphology.py). Results are cached per
word: news vocabulary is Zipfian. Nothing heavy is loaded until it is first
needed; the suggestion index lives in suggest.py and is built only when an
unknown word appears.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, lru_cache, wraps
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from . import cache, morphology
from .data import DataError, data_dir, data_path, load_mapping
from .distance import DeletionIndex, one_edit_away
from .evidence import (
    ACCEPT_ZIPF,
    MIN_ROOT,
    NEIGHBOUR_INDEX_AFTER,
    NEIGHBOUR_INDEX_ZIPF,
    ROOT_ZIPF,
    Judgement,
    Status,
    authorities,
    common_neighbour,
    judge,
)
from .gazetteer import TRUSTED_KINDS, name_kinds
from .morphology import (
    MAX_WORD,
    analyses,
    english_adaptations,
    loan_cognates,
    melt_kpst,
    skeleton,
)
from .wordset import WordSet

# English words up to this frequency rank count as English.
ENGLISH_RANK = 60_000
# Short English words count only when very frequent (the list has short junk).
ENGLISH_SHORT_RANK = 3_000
# A list word below this Zipf value one edit away from a word TYPO_GUARD_GAP
# more frequent is treated as a typo that web text repeats.
TYPO_GUARD_ZIPF = 4.0
TYPO_GUARD_GAP = 2.0
# Glued words: one half at least this common, the other at least GLUE_ZIPF
# or a form of GLUE_RARE_LEN letters the lexicon knows (hinggapendistribusian).
GLUE_COMMON_ZIPF = 4.0
GLUE_ZIPF = 3.0
GLUE_RARE_LEN = 7
_LETTERS = re.compile(r"^[^\W\d_]+$")


# Per-word answers are kept for this many distinct words per method (and per
# cache of the rules); a full table starts again. News vocabulary is Zipfian:
# the words that matter come back at once, while memory stays bounded on any
# input. Filled with 200,000 distinct made-up words, the tables grew the
# process by about 35 MB at this size and by over 100 MB at 200,000 (a 100 MB
# archive has several hundred thousand distinct words).
MEMO_SIZE = 20_000
_R = TypeVar("_R")


def _memo(method: Callable[[Any, str], _R]) -> Callable[[Any, str], _R]:
    """Cache a one-word method per lexicon instance: every lookup of a repeated
    word after the first is a dict hit, which is what makes long drafts fast."""
    name = f"_memo_{method.__name__}"

    @wraps(method)
    def wrapper(self: Any, word: str) -> _R:
        table: dict[str, _R] | None = self.__dict__.get(name)
        if table is None:
            table = self.__dict__[name] = {}
        try:
            return table[word]
        except KeyError:
            pass
        if len(table) >= MEMO_SIZE:
            table.clear()
        value = table[word] = method(self, word)
        return value

    return wrapper


def _data_lines(name: str) -> list[str]:
    """Entry lines of a large data file, read with as little work per line as
    possible (these files are read at the first check of every run)."""
    try:
        raw = data_path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [ln for ln in raw.lower().splitlines() if ln and ln[0] != "#" and not ln.isspace()]


def _shared_mapping(name: str) -> dict[str, str]:
    """A two-column list as the rules read it (parsed once per process and
    shared with them); empty when the file is absent."""
    try:
        return load_mapping(name)
    except DataError:
        return {}


def _optional_list(name: str) -> list[str]:
    """A word list read straight into the lexicon's own structures (not kept twice)."""
    return [ln.strip() for ln in _data_lines(name)]


def _optional_tsv(name: str) -> list[tuple[str, str]]:
    out = []
    for ln in _data_lines(name):
        key, _, value = ln.partition("\t")
        out.append((key.strip(), value.strip()))
    return out


class Lexicon:
    """Known-word test, frequencies, English detection and KPST forms."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir()
        self._cache: dict[str, Status] = {}
        # Words, as written, that the spelling rule found right with no look at
        # their context (kota, Menurut): most tokens of a long text are these,
        # and a set lookup settles them (bounded like the memo tables).
        self.quiet_words: set[str] = set()
        # How many words have asked for their common neighbours (common_slips).
        self._neighbour_asks = 0

    # -- data, loaded on first use ------------------------------------------------

    @cached_property
    def hunspell(self) -> Any:
        import hunspell

        return hunspell.Hunspell("id_ID", hunspell_data_dir=str(self.folder / "hunspell"))

    @cached_property
    def hunspell_stems(self) -> WordSet:
        """The lowercase words hunspell-id lists as they are (its affix rules
        generate more; its capitalised entries are names)."""
        def build() -> WordSet:
            path = self.folder / "hunspell" / "id_ID.dic"
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
            stems = (ln.split("/", 1)[0].strip() for ln in lines)
            return WordSet(s for s in stems if s and s[0].islower())

        return cache.table(self.folder / "hunspell" / "id_ID.dic", build, name="hunspell-stems")

    @cached_property
    def roots(self) -> WordSet:
        return cache.table(data_path("roots.txt"), lambda: WordSet(_optional_list("roots.txt")))

    @cached_property
    def common_words(self) -> DeletionIndex:
        """The words of the frequency list at NEIGHBOUR_INDEX_ZIPF or above, by
        deletion key: the near misses of a word among the common words are
        found in a few lookups (evidence.common_neighbour asks for thousands)."""
        def build() -> DeletionIndex:
            return DeletionIndex(sorted(
                w for w, z in self.frequency.items() if z >= NEIGHBOUR_INDEX_ZIPF))

        return cache.table(data_path("frequency.tsv"), build, name="common-words")

    def common_slips(self, word: str) -> set[str] | None:
        """The words at NEIGHBOUR_INDEX_ZIPF or above one edit from `word`, or
        None while spelling out the edits is cheaper: the table takes as long
        to load as some NEIGHBOUR_INDEX_AFTER words take to spell out, which a
        short draft never reaches and a long text passes at once."""
        self._neighbour_asks += 1
        if self._neighbour_asks <= NEIGHBOUR_INDEX_AFTER and "common_words" not in self.__dict__:
            return None
        return self.common_words.one_edit_away(word)

    @cached_property
    def frequency(self) -> dict[str, float]:
        def build() -> dict[str, float]:
            out: dict[str, float] = {}
            for key, value in _optional_tsv("frequency.tsv"):
                try:
                    out[key] = float(value)
                except ValueError:
                    continue
            return out

        return cache.table(data_path("frequency.tsv"), build)  # the file build() reads

    @cached_property
    def hyphenated(self) -> frozenset[str]:
        return frozenset(_optional_list("hyphenated.txt"))

    @cached_property
    def hyphenated_pairs(self) -> frozenset[tuple[str, ...]]:
        """The hyphenated words as (first part, rest) pairs: two words written
        apart can be looked up as they stand (sayur mayur)."""
        return frozenset(tuple(w.split("-", 1)) for w in self.hyphenated)

    @cached_property
    def extra(self) -> frozenset[str]:
        return frozenset(_optional_list("extra-words.txt"))

    @cached_property
    def hunspell_2022(self) -> frozenset[str]:
        """Stems of hunspell-id 2022 that the 2017 list lacks, filtered of
        tidak-baku forms and easy slips (scripts/build_lemmas_2022.py)."""
        return frozenset(_optional_list("hunspell-2022-extra.txt"))

    @cached_property
    def english(self) -> dict[str, int]:
        """English word -> frequency rank, the whole list (read only to build
        the loanword skeletons and to trace a word)."""
        out: dict[str, int] = {}
        for row in _optional_tsv("english.txt"):
            out[row[0].lower()] = int(row[1]) if row[1].isdigit() else ENGLISH_RANK
        return out

    @cached_property
    def english_words(self) -> WordSet:
        """The English words that count as English (is_english): half the
        list, since most drafts ask about a word or two."""
        def build() -> WordSet:
            return WordSet(w for w, rank in self.english.items()
                             if rank <= (ENGLISH_RANK if len(w) >= 4 else ENGLISH_SHORT_RANK))

        return cache.table(data_path("english.txt"), build, name="english-words")

    def english_within(self, rank: int) -> WordSet:
        """The English words at most this far down the frequency list (the
        common ones an English misspelling is measured against); cached."""
        cached = self._english_ranks.get(rank)
        if cached is None:
            def build() -> WordSet:
                return WordSet(w for w, r in self.english.items() if r <= rank)

            cached = cache.table(data_path("english.txt"), build, name=f"english-within-{rank}")
            self._english_ranks[rank] = cached
        return cached

    @cached_property
    def _english_ranks(self) -> dict[int, WordSet]:
        return {}

    @cached_property
    def nonstandard(self) -> dict[str, str]:
        """tidak-baku -> baku (S103's list); never offered as corrections."""
        return dict(_shared_mapping("tidak-baku.tsv"))

    @cached_property
    def no_suggest(self) -> frozenset[str]:
        """Obscene words: accepted where they are written, never offered as
        a correction (konrol is kontrol, whatever is one letter nearer)."""
        return frozenset(w.lower() for w in _optional_list("no-suggest.txt"))

    @cached_property
    def standard_forms(self) -> frozenset[str]:
        """The KBBI forms the tidak-baku list prescribes: curated words."""
        return frozenset(v.lower() for v in self.nonstandard.values() if " " not in v)

    @cached_property
    def known_typos(self) -> dict[str, str]:
        """Curated misspellings -> correction (S102's list)."""
        return dict(_shared_mapping("known-typos.tsv"))

    # -- single lookups -------------------------------------------------------------

    def zipf(self, word: str) -> float:
        """wordfreq Zipf frequency of a lowercase word (0 when not listed)."""
        return self.frequency.get(word, 0.0)

    @_memo
    def spell(self, word: str) -> bool:
        """hunspell-id alone (it knows most affixed forms of its stems)."""
        return self.spell_unkept(word)

    def spell_unkept(self, word: str) -> bool:
        """`spell` without keeping the answer, for the hundreds of made-up
        strings a search for corrections tries: kept, they would crowd the
        answers about the words of the text out of the memo table."""
        if len(word) > MAX_WORD:
            return False
        try:
            return bool(self.hunspell.spell(word))
        except UnicodeEncodeError:  # outside ISO-8859-1
            return False

    @_memo
    def listed(self, word: str) -> bool:
        """In one of the word lists, or hunspell-valid."""
        return (
            word in self.extra
            or word in self.roots
            or word in self.hyphenated
            or self.spell(word)
            or (self.zipf(word) >= ACCEPT_ZIPF and not self.frequent_typo(word))
        )

    @_memo
    def nearest_same_initial_zipf(self, word: str) -> float:
        """The Zipf value of the commonest word one slip away that keeps the
        first letter (0 when none): a capitalised word with none is a name,
        and the suggestion index need not be loaded for it."""
        freq = self.frequency
        return max((freq.get(c, 0.0) for c in edits1(word) if c[:1] == word[:1]), default=0.0)

    @_memo
    def frequent_typo(self, word: str) -> bool:
        """A frequency-list word that is one edit from a far more frequent word
        (kerena ~ karena): web text repeats common typos, so such an entry
        is not taken as proof that the word exists."""
        own = self.zipf(word)
        if own >= TYPO_GUARD_ZIPF:
            return False
        freq = self.frequency
        return any(freq.get(c, 0.0) >= own + TYPO_GUARD_GAP for c in edits1(word))

    @cached_property
    def english_skeletons(self) -> frozenset[str]:
        def build() -> frozenset[str]:
            return frozenset(skeleton(w) for w in self.english if len(w) >= 6)

        # rebuilt when the English list or the skeleton function changes
        return cache.table(data_path("english.txt"), build, name="english-skeletons",
                           code=Path(morphology.__file__))

    @_memo
    def is_loanword(self, word: str) -> bool:
        """An established loan recognisable by its English cognate
        (mitigasi ~ mitigation, kolaboratif ~ collaborative). An adapted loan
        writes no double letter (aplikasi, kolaborasi): alokaasi is a slip."""
        if len(word) < 6 or any(a == b for a, b in pairwise(word)):
            return False
        return any(k in self.english_skeletons for k in loan_cognates(word))

    @_memo
    def adapted_form(self, word: str) -> str | None:
        """The Indonesian spelling of an English word, when the language has
        adapted it (organic -> organik, quality -> kualitas, system ->
        sistem): the commonest attested word among the loan spellings of it."""
        best: tuple[float, str] | None = None
        for cand in english_adaptations(word):
            if cand == word or cand in self.nonstandard or self.is_english(cand):
                continue
            z = self.zipf(cand)
            if z < ACCEPT_ZIPF or not (self.spell(cand) or self.is_authority(cand)):
                continue
            if best is None or z > best[0]:
                best = (z, cand)
        return best[1] if best else None

    @_memo
    def is_root(self, word: str) -> bool:
        """Can `word` be the root of an affixed form?"""
        if len(word) < MIN_ROOT or word in self.nonstandard or word in self.known_typos:
            return False
        return (
            word in self.roots
            or word in self.extra
            # web-only short strings are mostly names and abbreviations (rita, jak)
            or (self.zipf(word) >= ROOT_ZIPF and len(word) > MIN_ROOT + 1)
            or self.spell(word)
        )

    def is_english(self, word: str) -> bool:
        """A reasonably frequent English word (yield, mortgage, existing)."""
        return word.lower() in self.english_words

    @_memo
    def is_name(self, word: str) -> bool:
        """A capitalised word (as written) of a listed place or institution
        name (gazetteer.py): Sleman, Kemenkes, KALIMANTAN in a headline. A
        word found only in district names counts unless it is one edit from
        a frequent word (Bokan ~ bukan): there are thousands of districts, and
        at the start of a sentence such a word is the typo far more often."""
        kinds = name_kinds(word)
        if not kinds:
            return False
        return bool(kinds & TRUSTED_KINDS) or common_neighbour(self, word.lower()) is None

    # -- acceptance -----------------------------------------------------------------

    def is_known(self, word: str) -> bool:
        """Is a lowercase word a valid Indonesian word or affixed/reduplicated form?"""
        return self.status(word) == "known"

    def status(self, word: str) -> Status:
        """known, plausible (analysable but not attested: bare -an, ke- alone), unknown."""
        word = word.lower()
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= MEMO_SIZE:
                self._cache.clear()
            cached = self._status(word)
            self._cache[word] = cached
        return cached

    def judge(self, word: str) -> Judgement:
        """The verdict on a lowercase word with the evidence it rests on (see
        evidence.py); `redaksi-lint trace` prints it."""
        word = word.lower()
        if len(word) > MAX_WORD or not word:
            return Judgement(word, "unknown")
        if "'" in word or "’" in word:
            return Judgement(word, "known")
        if "-" in word:
            return Judgement(word, self._hyphenated_status(word))
        return judge(self, word)

    def _status(self, word: str) -> Status:
        return self.judge(word).status

    @_memo
    def neighbour(self, word: str) -> str | None:
        """The far more common word one slip away that makes a word a suspect,
        or the preposition and word it was glued from (di kampus)."""
        verdict = self.judge(word)
        if verdict.glued is not None:
            return " ".join(verdict.glued)
        return verdict.neighbour

    @_memo
    def is_ordinary(self, word: str) -> bool:
        """A lowercase common word of the language (a dictionary lists it or
        hunspell spells it in lowercase), not a name that web text has."""
        return self.spell(word) or self.is_authority(word)

    @_memo
    def is_dictionary_name(self, word: str) -> bool:
        """A name hunspell-id lists capitalised (Kamis, India, Mediterania):
        as much a word of the language as an ordinary one, unlike a name
        that is only seen in web text."""
        return not self.spell(word) and self.spell(word[:1].upper() + word[1:])

    def is_authority(self, word: str) -> bool:
        """Listed by a dictionary (not only seen in web text or analysable)."""
        return bool(authorities(self, word))

    def _hyphenated_status(self, word: str) -> Status:
        if word in self.hyphenated or word in self.hunspell_2022 or self.spell(word):
            return "known"
        parts = word.split("-")
        if any(not p for p in parts):
            return "unknown"
        # clitic on the whole reduplication: makalah-makalahnya, puing-puingnya
        for base, _clitic in _clitic_bases(word):
            if base != word and (base in self.hyphenated or self.spell(base)):
                return "known"
        if len(parts) == 2:
            left, right = parts
            if self._redup_pair(left, right):
                return "known"
        statuses = [self.status(p) for p in parts]
        if all(s == "known" for s in statuses):
            return "known"
        if all(s != "unknown" for s in statuses):
            return "plausible"
        return "unknown"

    def _redup_pair(self, left: str, right: str) -> bool:
        """berlari-lari, kayak-kayaknya, habis-habisan: one half is an affixed
        form of the other, and the shorter one is known."""
        if left == right:
            return self.status(left) == "known"
        left_roots = {a.root for a in analyses(left)} | {left}
        right_roots = {a.root for a in analyses(right)} | {right}
        shared = left_roots & right_roots
        return any(len(r) >= MIN_ROOT and self.status(r) == "known" for r in shared)

    # -- helpers for the rules -----------------------------------------------------------

    @_memo
    def listed_elsewhere(self, word: str) -> bool:
        """The word, or the root of an affixed form of it, is in the nonstandard
        or known-typo list (resikonya, dipraktekkan): S103/S102 report it."""
        word = word.lower()
        lists = (self.nonstandard, self.known_typos)
        if any(word in m for m in lists):
            return True
        # a "root" whose listed correction is the word itself is no root of
        # it: seperti is not sepert (a typo of seperti) + -i
        return any(
            len(a.root) >= 4 and any(a.root in m and m[a.root] != word for m in lists)
            for a in analyses(word) if a.root != word
        )

    @cached_property
    def kpst_exceptions(self) -> frozenset[str]:
        """Words KBBI writes with the k/p/s/t kept (mengkaji 'study', mempunyai);
        read from dictionaries/kpst-exceptions.txt when that file exists."""
        return frozenset(w.lower() for w in _optional_list("kpst-exceptions.txt"))

    @_memo
    def kpst_variant(self, word: str) -> str | None:
        """The KPST-melted form of a meN-/peN- word that kept k/p/s/t before a
        vowel, when that melted form is a known word (mengkondisikan ->
        mengondisikan, mempengaruhi -> memengaruhi). S101 and S104 both use it,
        so a word is reported once. Listed exceptions return None."""
        word = word.lower()
        if word in self.kpst_exceptions or word in self.extra:
            return None
        melted = melt_kpst(word)
        if melted is None or self.status(melted) != "known":
            return None
        return melted

    @_memo
    def split_glued(self, word: str) -> tuple[str, str] | None:
        """Two words glued together (kepadapemerintah -> kepada pemerintah,
        inflasiini -> inflasi ini): both halves dictionary words (or forms
        the lexicon knows), one of them common; the split whose halves are
        most common wins."""
        word = word.lower()
        best: tuple[float, str, str] | None = None
        for i in range(2, len(word) - 1):
            left, right = word[:i], word[i:]
            zl, zr = self.zipf(left), self.zipf(right)
            if max(zl, zr) < GLUE_COMMON_ZIPF or (min(zl, zr) < GLUE_ZIPF and not (
                len(left if zl < zr else right) >= GLUE_RARE_LEN
            )):
                continue
            if not (self.is_ordinary(left) and self.is_known(left)):
                continue
            if not (self.is_ordinary(right) or self.is_known(right)):
                continue
            score = min(zl, zr) + max(zl, zr) / 10
            if best is None or score > best[0]:
                best = (score, left, right)
        return (best[1], best[2]) if best else None

    @_memo
    def repaired_reduplication(self, word: str) -> str | None:
        """A reduplication with a slip in one half, mended from the other
        half (taap-tahap -> tahap-tahap, berhati-hat -> berhati-hati,
        lain-lainnyya -> lain-lainnya): the slipped half is one edit (two
        from six letters) from the known half, its root, or it with -nya."""
        from .distance import osa_distance

        parts = word.split("-")
        if len(parts) != 2 or not all(parts):
            return None
        for pos in (0, 1):
            known, other = parts[pos], parts[1 - pos]
            if self.status(known) != "known" or self.status(other) == "known":
                continue
            targets = {known, known + "nya"} | {
                a.root for a in analyses(known) if len(a.root) >= 3 and a.root != known
            }
            # the nearest target; a tie goes to the known half itself, then to
            # the alphabetically first, never to the order of the set (hati-hait:
            # hati, not its root hat)
            near = [(dist, t != known, t) for t in targets
                    if 0 < (dist := osa_distance(other, t)) <= (1 if len(t) < 6 else 2)]
            if not near:
                continue
            best = min(near)[2]
            mended = f"{known}-{best}" if pos == 0 else f"{best}-{known}"
            if self.status(mended) == "known":
                return mended
        return None

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Corrections for an unknown word, best first (see suggest.py)."""
        return list(self._suggestions(word)[:limit])

    @_memo
    def _suggestions(self, word: str) -> tuple[str, ...]:
        from .suggest import suggest

        if len(word) > MAX_WORD:
            return ()
        return tuple(suggest(self, word, 10))


def edits1(word: str) -> set[str]:
    """Every string one edit away (none for a word too long to be one)."""
    return set() if len(word) > MAX_WORD else one_edit_away(word)


def _clitic_bases(word: str) -> list[tuple[str, str]]:
    from .morphology import strip_clitics

    return list(strip_clitics(word))


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon of this process."""
    return Lexicon()


def is_word_shape(word: str) -> bool:
    """Letters only (no digits, no hyphen or apostrophe)."""
    return bool(_LETTERS.match(word))
