"""S101 unknown-word and S102 known-typo: the spelling rules that ask the lexicon."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress, count, pairwise
from operator import and_, attrgetter, not_
from typing import Any, ClassVar

from ..diagnostic import Diagnostic, Fix, Severity
from ..distance import DeletionIndex, NeighbourIndex, one_edit_away
from ..distance import osa_distance as _distance
from ..evidence import UNSEEN_SLIP, common_neighbour, function_words
from ..foreign import english_run, unknown_term
from ..keyboard import DROP_COST, SLIP_WEIGHT, typing_cost
from ..lexicon import MEMO_SIZE, Lexicon
from ..morphology import MAX_WORD, SPACED_PREFIXES, strip_clitics
from ..suggest import score
from ..tokenize import Token
from . import register
from ._words import match_case, word_set
from .base import Context, Option, Rule
from .chat import chat_abbreviations
from .numbers import numerals
from .preposition import glued_preposition, places, split_preposition

# A correction proposed for a capitalised token (sentence start, headline)
# must be this frequent and at most this many edits away: otherwise the token
# is more likely a name than a typo.
CONFIDENT_ZIPF = 4.0
CONFIDENT_DISTANCE = 1
# A plausible but unattested form (root + -an) is a warning only when a word
# this frequent is one edit away (gencaran ~ gencatan).
PLAUSIBLE_NEIGHBOUR_ZIPF = 3.5
# ALL-CAPS tokens shorter than this are acronyms.
CAPS_MIN = 5
# A longer one is a word in a line of capitals, or with this many words in
# capitals among the tokens this far on either side of it.
CAPS_RUN_MIN = 3
CAPS_RUN_REACH = 3
# A capitalised token is checked only from this length, and corrected only to
# a word this frequent that keeps its first letter.
CAPS_NAME_MIN = 5
# ... or this long beside a capitalised ordinary word, as a note.
CAPS_TINY = 4
# A capitalised word in mid-sentence this long is checked wherever it stands
# (Interasional, Pendidkan); a shorter one only beside a capitalised ordinary
# word (Dinas, Badan), since short names often sit one slip from a word.
CAPS_ALONE_MIN = 7
CAPITAL_ZIPF = 4.0
# A capitalised word this long with no evidence of its own is noted (info)
# as a slip of a rarer word (Alokaasi -> Alokasi 3.9, Sekurritas ->
# Sekuritas 3.6): long names seldom sit one slip from a dictionary word.
CAPITAL_LONG = 8
CAPITAL_LONG_ZIPF = 3.0
# A shorter capitalised word on its own is noted (info) only as a slip of an
# ordinary word this common (Kampue ~ kampus 5.1): names sit near rarer words.
CAPS_SHORT_ZIPF = 5.0
# ... and only as a keyboard slip (a neighbouring key, a doubled or swapped
# letter: keyboard.typing_cost): names are words with a letter added (Aslim,
# Tapie) or a vowel changed far more often than typos of them.
CAPS_SHORT_SLIP = 0.7
# In a line written in capitals the correction may be a little rarer.
CAPS_LINE_ZIPF = 3.5
GLUE_MIN = 8
# A word this common after a number is read as itself, not as a unit mistyped.
UNIT_SLIP_MAX_ZIPF = 6.0
# A capitalised word without a web count one easy slip from an ordinary word
# (this common) that the document uses this often is that word mistyped.
DOCUMENT_REPEATS = 2
DOCUMENT_WORD_ZIPF = 3.0
# A function word glued to a word this common (malamdi -> malam di) is
# read as a lost space when that beats the best correction.
GLUE_OTHER_ZIPF = 3.0
# A word split by a space is mended only into a word at least this common.
SPLIT_JOINED_ZIPF = 3.5
# Two pieces are read as one split word (den gan -> dengan, k arena ->
# karena) when the joined word is a dictionary word this common and this
# long, both pieces are rarer than SPLIT_PIECE_COMMON (a lone letter counts
# as rare) and the joined word is SPLIT_PAIR_GAP more common than either
# (SPLIT_LETTER_GAP beside a lone letter, which is no word at all).
SPLIT_PAIR_ZIPF = 4.5
SPLIT_PAIR_MIN = 5
SPLIT_PIECE_COMMON = 5.0
SPLIT_PAIR_GAP = 1.5
SPLIT_LETTER_GAP = 1.0
# A word split after its prefix (se banyak, men jadi) or beside a lone letter
# (tetap i, t empat) is mended only into a dictionary word this common; one
# split after di/ke (ke tika, ke las) only into a root of its own this
# common, SPLIT_LETTER_GAP more common than the piece after di/ke (di and ke
# are bound to the next word, like a lone letter).
PREFIX_JOINED_ZIPF = 3.5
LONE_JOINED_ZIPF = 4.0
# The two halves of a reduplication with a sound change (ketar-ketir,
# sayur-mayur, bolak-balik) are this many edits apart at most.
ECHO_DISTANCE = 2
# How far from a word the Markdown emphasis around it may open or close.
EMPHASIS_REACH = 60
# Words shorter than this are not read as slips of a commoner word (real
# words and English words of three letters sit next to too many others).
MIN_SLIP_WORD = 4
# An English word rarer than ENGLISH_SLIP_MAX_ZIPF in Indonesian web text
# and an easy slip of an Indonesian word this common, ENGLISH_SLIP_GAP more
# common than itself, is that word mistyped (mash -> masih).
ENGLISH_SLIP_MAX_ZIPF = 3.5
ENGLISH_SLIP_NEAR_ZIPF = 5.0
ENGLISH_SLIP_GAP = 2.0
# A known word rarer than RARE_SLIP_MAX_ZIPF that is an easy slip of one of
# the commonest words (RARE_SLIP_NEAR_ZIPF, RARE_SLIP_GAP more common) is
# noted: degan (young coconut) is far more often dengan mistyped.
RARE_SLIP_MAX_ZIPF = 4.0
RARE_SLIP_NEAR_ZIPF = 6.0
RARE_SLIP_GAP = 2.5
# A dictionary word without a web count (tingi, kedau: old stems) is noted
# as a slip of a word only this common, when the slip is one of the keyboard
# (a neighbouring key, a double letter typed once, two letters swapped:
# keyboard.typing_cost); a dropped letter or a changed vowel makes too many
# real words of rare terms (pelindungan, ekses).
UNSEEN_SLIP_NEAR_ZIPF = 4.5
UNSEEN_KEY_SLIP = 0.7
# An English-list entry this rare, one double letter typed once away from an
# English word this common, is that word misspelt (chanel -> channel).
ENGLISH_RARE_RANK = 20000
ENGLISH_COMMON_RANK = 5000
DOUBLE_TYPED_ONCE = 0.6
# English words (not Indonesian ones) that make a sentence English.
ENGLISH_SENTENCE_MIN = 3
SHORT_WORD = 5
TINY_WORD = 3  # cq, idn, yoy: abbreviations far more often than typos
# Suffixes and clitics that never stand alone (pun does: "ia pun datang").
# "kan" is also the colloquial particle (= bukan): "itu kan sudah lama".
SPLIT_SUFFIXES = frozenset({"an", "nya", "lah", "kah"})
# The tokens S101 looks at apart from unsettled words: the suffixes above and kan.
_APART_SUFFIXES = (*sorted(SPLIT_SUFFIXES), "kan")
_WORDISH = frozenset(("word", "mixed"))
# "kan" written apart is -kan only after a verb with one of these prefixes.
VERB_PREFIXES = ("di", "me", "ter", "per")
# Letters under each digit of the number row (a slipped finger types the digit).
DIGIT_ROW_NEIGHBOURS = {
    "1": "q", "2": "qw", "3": "we", "4": "er", "5": "rt", "6": "ty", "7": "yu", "8": "ui",
    "9": "io", "0": "op",
}


@lru_cache(maxsize=1)
def _units() -> tuple[frozenset[str], DeletionIndex]:
    """The words of measure-words.txt, and the same by deletion key: the units
    a word is one slip of are a few lookups (no table of every slip of every
    unit is built before a draft is read)."""
    units = word_set("measure-words.txt")
    return units, DeletionIndex(sorted(units))


def _unit_slips_of(word: str) -> set[str]:
    """The units `word` (no unit itself) is one edit from: a letter a-z
    inserted or changed in the unit, or one taken out or two swapped."""
    units, index = _units()
    if word in units or not (word.isascii() and word.isalpha()):
        return set()
    return index.one_edit_away(word)


@lru_cache(maxsize=1)
def _piece_heads() -> frozenset[str]:
    """Words that can open a word split by a space (see `_spaced_pieces`):
    the prefixes that never stand alone, di/ke, and the beginnings of the
    function words (ke of kepada, tel of telah, tetap of tetapi)."""
    heads = {w[:i] for w in function_words() for i in range(1, len(w))}
    return frozenset(heads | SPACED_PREFIXES | {"di", "ke"})


def _line_is_caps(ctx: Context, tok: Token) -> bool:
    """The token stands in a line written in capitals (a headline, a heading);
    asked once per line (a paragraph is one line of a thousand letters)."""
    line = ctx.line_index(tok.start)
    known: dict[int, bool] = ctx.__dict__.setdefault("_caps_lines", {})
    if line not in known:
        start, end = ctx.doc.line_span(line)
        letters = [ch for ch in ctx.text[start:end] if ch.isalpha()]
        known[line] = (len(letters) >= 8
                       and sum(ch.isupper() for ch in letters) / len(letters) > 0.9)
    return known[line]


@lru_cache(maxsize=MEMO_SIZE)
def _rare_slip_of_common(lex: Lexicon, lower: str) -> str | None:
    """The very common word (Zipf >= RARE_SLIP_NEAR_ZIPF) that a rare known
    word (Zipf < RARE_SLIP_MAX_ZIPF) is an easy slip of, if any; for a known
    word never seen on the web (an old dictionary stem, a clitic on one) a
    common word (UNSEEN_SLIP_NEAR_ZIPF) is enough."""
    zipf = lex.zipf(lower)
    if len(lower) < MIN_SLIP_WORD or zipf >= RARE_SLIP_MAX_ZIPF:
        return None
    if zipf > 0 or lower in lex.extra:  # (gegara, added by hand, is no old stem)
        return common_neighbour(lex, lower, RARE_SLIP_GAP, max_cost=UNSEEN_SLIP,
                                min_zipf=RARE_SLIP_NEAR_ZIPF)
    # one search for both tests: the likeliest slip among the words common
    # enough for either, if it passes one of them
    near = common_neighbour(lex, lower, RARE_SLIP_GAP, max_cost=UNSEEN_SLIP,
                            min_zipf=UNSEEN_SLIP_NEAR_ZIPF)
    if near is None or lex.zipf(near) >= RARE_SLIP_NEAR_ZIPF or typing_cost(
            lower, near) <= UNSEEN_KEY_SLIP:
        return near
    return common_neighbour(lex, lower, RARE_SLIP_GAP, max_cost=UNSEEN_SLIP,
                            min_zipf=RARE_SLIP_NEAR_ZIPF) or common_neighbour(
        lex, lower, RARE_SLIP_GAP, max_cost=UNSEEN_KEY_SLIP, min_zipf=UNSEEN_SLIP_NEAR_ZIPF)


@lru_cache(maxsize=MEMO_SIZE)
def _function_word_glue(lex: Lexicon, lower: str) -> tuple[str, str] | None:
    """malamdi -> malam di, iniakan -> ini akan: an unknown word that is a
    function word (a closed class) glued to a known word; the split whose
    other word is commonest. di/ke glued before a word are S106's."""
    best: tuple[float, str, str] | None = None
    fw = function_words()
    for i in range(2, len(lower) - 1):
        left, right = lower[:i], lower[i:]
        if left in fw and left not in ("di", "ke"):
            other = right
        elif right in fw:
            other = left
        else:
            continue
        zipf = lex.zipf(other)
        if len(other) < TINY_WORD or zipf < GLUE_OTHER_ZIPF or not lex.is_known(other):
            continue
        if best is None or zipf > best[0]:
            best = (zipf, left, right)
    return (best[1], best[2]) if best else None


def _glue_beats(lex: Lexicon, lower: str, glue: tuple[str, str], cand: str) -> bool:
    """Is the lost space a likelier slip than the best correction? A space
    left out costs what a dropped letter costs (keyboard.DROP_COST), weighed
    against the glued content word's frequency as suggest.score weighs a
    correction's."""
    other = glue[1] if glue[0] in function_words() else glue[0]
    return DROP_COST * SLIP_WEIGHT - lex.zipf(other) < score(lex, lower, cand, 1)


@lru_cache(maxsize=MEMO_SIZE)
def _english_slip_of(lex: Lexicon, lower: str) -> str | None:
    """The word an English-looking word is a slip of, whatever its context
    (once per word and process)."""
    if len(lower) < MIN_SLIP_WORD or lower.endswith(("ing", "ed")):
        return None
    near = _english_misspelling(lex, lower)
    if near is None and lex.zipf(lower) < ENGLISH_SLIP_MAX_ZIPF:
        near = common_neighbour(lex, lower, ENGLISH_SLIP_GAP, max_cost=UNSEEN_SLIP,
                                min_zipf=ENGLISH_SLIP_NEAR_ZIPF)
    return near


def _english_misspelling(lex: Lexicon, lower: str) -> str | None:
    """chanel for channel: a rare entry of the English list (a brand, a name,
    written capitalised in English) one dropped double letter from a common
    English word (the first in alphabetical order, when several are),
    written in lowercase in Indonesian copy."""
    if not lex.is_english(lower) or lower in lex.english_within(ENGLISH_RARE_RANK):
        return None
    common = lex.english_within(ENGLISH_COMMON_RANK)
    found = sorted(c for c in one_edit_away(lower)
                   if c in common and typing_cost(lower, c) <= DOUBLE_TYPED_ONCE)
    return found[0] if found else None


def _in_caps_run(ctx: Context, k: int) -> bool:
    """The token stands among words written in capitals (ORI HARGS KW,
    DISKON BESAR): a stretch of shouting or a heading inside a line, where a
    long capitalised token is a word, not an acronym."""
    tokens = ctx.tokens
    near = [t for t in tokens[max(0, k - CAPS_RUN_REACH) : k + CAPS_RUN_REACH + 1]
            if t.kind == "word" and t is not tokens[k]]
    return sum(t.text.isupper() and len(t.text) > 1 for t in near) >= CAPS_RUN_MIN


def _is_english_context(ctx: Context, lex: Lexicon, k: int) -> bool:
    """The word stands in English: a sentence written in English, or an
    English phrase (two English words next to it on one side, or one on each
    side: a quoted title, a term). One English-looking name beside a word is
    no phrase (Film Spielberg slalu ...)."""
    tokens = ctx.tokens
    words = [t for t in tokens[max(0, k - 4) : k + 5] if t.kind == "word"]
    pos = next(i for i, t in enumerate(words) if t is tokens[k])

    def english(i: int) -> bool:
        """A lowercase English word (capitalised ones are names: Amanda Ware)."""
        if not 0 <= i < len(words) or words[i].text != words[i].lower:
            return False
        low = words[i].lower
        return lex.is_english(low) and not lex.is_known(low)

    return (english(pos - 1) and (english(pos - 2) or english(pos + 1))) or (
        english(pos + 1) and english(pos + 2)
    ) or english_sentence(ctx, lex, k)


def english_sentence(ctx: Context, lex: Lexicon, k: int) -> bool:
    """A sentence at least a third of whose lowercase words are English and
    not Indonesian (the English paragraphs of translated documentation)."""
    cache: dict[int, bool] = ctx.__dict__.setdefault("_english_sentences", {})
    i = ctx.sentence_index(k)
    if i < 0:
        return False
    if i not in cache:
        sent = ctx.sentences[i]
        words = [t.lower for t in ctx.tokens[sent.first : sent.last]
                 if t.kind == "word" and t.text == t.lower]
        english = sum(lex.is_english(w) and not lex.is_known(w) for w in words)
        cache[i] = english >= ENGLISH_SENTENCE_MIN and english * 3 >= len(words)
    return cache[i]


def is_emphasised(text: str, start: int, end: int) -> bool:
    """Marked with Markdown emphasis (_term_, *term*, **Total unique
    visitors:**): the way Indonesian style marks a foreign word or an
    interface label written on purpose. The span must open and close on the
    same line, within EMPHASIS_REACH characters of the word."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in "_*" or after in "_*":
        return True
    left = text[max(0, start - EMPHASIS_REACH) : start].rpartition("\n")[2]
    right = text[end : end + EMPHASIS_REACH].partition("\n")[0]
    for mark in ("**", "__", "*", "_"):
        i, j = left.rfind(mark), right.find(mark)
        if i < 0 or j < 0:
            continue
        opened = left[i + len(mark) : i + len(mark) + 1]
        closed = right[j - 1 : j] if j else "x"
        inner = left[i + len(mark) :] + right[:j]
        if opened.strip() and closed.strip() and mark not in inner:
            return True
    return False


def _beside_ordinary_capital(ctx: Context, lex: Lexicon, k: int) -> bool:
    """A capitalised word stands next to (one space away) a capitalised
    ordinary dictionary word: Dinas Pendidkan, Menurut Gubenur, Timru after
    Kalimantan is not enough (a name), nor is Tadjuddin after Aslim."""
    tokens, text = ctx.tokens, ctx.text
    for j in (k - 1, k + 1):
        if not 0 <= j < len(tokens):
            continue
        other = tokens[j]
        first, second = (other, tokens[k]) if j < k else (tokens[k], other)
        if other.kind != "word" or text[first.end : second.start] != " ":
            continue
        if other.text[:1].isupper() and not other.text.isupper() and lex.is_ordinary(other.lower):
            return True
    return False


def _spaced_compound(lex: Lexicon, text: str, tokens: list[Token], k: int) -> bool:
    """The word and a neighbour, separated by a space, form a known hyphenated
    word: a listed one, or a reduplication hunspell accepts (two forms of one
    word: ketar ketir). hunspell accepts any two of its words joined by a
    hyphen (memberian-bantuan), which is no evidence about either."""
    word = tokens[k].lower
    for j in (k - 1, k + 1):
        if not 0 <= j < len(tokens) or tokens[j].kind != "word":
            continue
        first, second = (tokens[j], tokens[k]) if j < k else (tokens[k], tokens[j])
        if text[first.end : second.start] != " ":
            continue
        other = tokens[j].lower
        joined = f"{other}-{word}" if j < k else f"{word}-{other}"
        if joined in lex.hyphenated or (
                _distance(word, other) <= ECHO_DISTANCE and lex.spell(joined)):
            return True
    return False


@register
class UnknownWord(Rule):
    """Flags words that are neither in the lexicon nor a valid affixed or
    reduplicated form of a known root.

    **What it does**: checks every lowercase word against hunspell-id, the
    word lists in `dictionaries/` and an analysis of Indonesian affixes
    (meN-, di-, ber-, ter-, peN-an, ke-an, per-an, -kan, -i, clitics -nya/-ku/
    -mu/-lah/-kah/-pun, reduplication), and proposes corrections ranked by
    edit distance and frequency. `redaksi-lint trace WORD` shows the evidence
    for and against a word. Also reported: words glued together
    (kepadapemerintah -> kepada pemerintah, Kewaspadaandan), a word split by
    a space (peme rintah, den gan, k arena -> karena), a suffix written apart
    (alas an -> alasan, diungkap kan -> diungkapkan), a function word or a
    word split after its prefix (ke pada, se banyak -> sebanyak), a function
    word glued to a word (malamdi -> malam di), a digit typed for a letter
    (tap8 -> tapi) and, right after a number, a slip of a unit of
    `dictionaries/measure-words.txt` (20 perse -> persen; a real word there,
    5 tahu lalu, at `info` level). A rare English word that is an easy slip of a very
    common Indonesian word (mash -> masih) or of a common English one
    (chanel -> channel) is reported outside English phrases.

    A capitalised word is reported only as one slip from a frequent word:
    at the start of a sentence or in a headline (Kerena -> Karena), in a run
    of capitals (ORI HARGS KW), and in mid-sentence when it is long or stands
    beside a capitalised ordinary word (Dinas Pendidkan); a short one on its
    own only as a keyboard slip of a very common word, at `info` level
    (Kampue -> Kampus), or as a slip of an ordinary word the document itself
    keeps using (Minnus beside minus). English words, acronyms, and words that S102, S103
    or S104 report are left to those rules. Weak evidence is reported at
    `info` level: a form that follows Indonesian morphology but is not
    attested, a word with no correction near it (often a new term or a
    foreign word), a foreign or technical term (named as code or in a link
    elsewhere in the document, or with no word one slip away and spelt
    unlike Indonesian words: foreign.py), a short word two edits from any
    word, a rare real word one easy slip from one of the commonest words
    (degan -> dengan), a dictionary stem nobody writes on the web one
    keyboard slip from a common word (tingi -> tinggi), and colloquial words
    inside direct quotations.

    **Why it matters**: KBBI is the reference for spelling; a typo in
    published copy costs credibility.

    **Example**

    Failing: `Polisi menyaipakn 300 personel untuk pengamanan.`

    Passing: `Polisi menyiapkan 300 personel untuk pengamanan.`

    **Fix**: choose one of the suggestions (not applied automatically: an
    unknown word may be a name or a new term; add those to the `accept` list).
    """

    code = "S101"
    slug = "unknown-word"
    data_files = (
        "hunspell/id_ID.dic",
        "hunspell/id_ID.aff",
        "frequency.tsv",
        "roots.txt",
        "extra-words.txt",
        "hyphenated.txt",
        "english.txt",
        "measure-words.txt",
    )
    severity = Severity.WARNING
    fixable = False
    summary = "Kata tidak dikenal (kemungkinan salah ketik)"
    summary_en = "Unknown word (possible typo)"

    def check(self, ctx: Context) -> Iterable[Diagnostic]:
        lex = ctx.lexicon
        names = self._mid_sentence_names(ctx)
        # A capitalised word that stands in mid-sentence more than once is a
        # name wherever it appears (all-caps words have their own test); one
        # that stands there once is still checked for a slip of a common word.
        name_words = {n for n, count in names.items() if count > 1 and not n.isupper()}
        quiet = lex.quiet_words
        reported_to = 0  # a finding on two words covers the second one too
        split_pairs = dict(self._split_pairs(ctx, lex))
        for k, piece in self._spaced_pieces(ctx, lex):
            split_pairs.setdefault(k, piece)
        for k, unit in self._unit_slips(ctx, lex):
            split_pairs.setdefault(k, unit)
        tokens = ctx.tokens
        for k in self._candidates(ctx, quiet, split_pairs):
            tok = tokens[k]
            if k in split_pairs:
                pair = split_pairs[k]
                reported_to = pair.end
                yield pair
                continue
            if tok.start < reported_to:
                continue
            if tok.kind == "word" and (tok.text in SPLIT_SUFFIXES or (
                    tok.text == "kan" and self._verb_suffix(ctx, lex, k))):
                # before the settled words: "kan" and "an" are words of their own
                split = self._split_suffix(ctx, lex, k)
                if split is not None and not (
                        english_run(ctx, lex, k) or _is_english_context(ctx, lex, k)):
                    reported_to = split.end
                    yield split
                continue
            if tok.text in quiet or tok.text in name_words:
                continue  # a known word settled earlier in this process, or a name
            if tok.kind == "mixed":
                digit = self._digit_slip(lex, tok)
                if digit is not None:
                    yield digit
                continue
            if tok.kind != "word" or len(tok.text) < 2:
                continue
            diag = self._check_token(ctx, lex, k, tok, names)
            if diag is not None:
                reported_to = diag.end
                yield diag

    @staticmethod
    def _candidates(ctx: Context, quiet: set[str], split_pairs: dict[int, Diagnostic]) -> list[int]:
        """The tokens `check` looks at, in order: words and letter-digit tokens
        not yet settled as known words, found by C-level passes (most tokens of
        a text are settled words), the suffixes that may be written apart
        (settled or not), and the words that start a split pair. The settled
        words stay settled: skipping them changes nothing."""
        tokens = ctx.tokens
        wordish = map(_WORDISH.__contains__, map(attrgetter("kind"), tokens))
        unsettled = map(not_, map(quiet.__contains__, map(attrgetter("text"), tokens)))
        found = set(compress(count(), map(and_, wordish, unsettled)))
        positions = ctx.word_positions
        for suffix in _APART_SUFFIXES:
            found.update(positions.get(suffix, ()))
        found.update(split_pairs)
        return sorted(found)

    def _check_token(
        self, ctx: Context, lex: Lexicon, k: int, tok: Token, names: dict[str, int]
    ) -> Diagnostic | None:
        word = tok.text
        if len(word) > MAX_WORD:
            return None  # no word: a run of letters from a broken export or a code
        if "'" in word or "’" in word or not word.isascii():
            return None  # Jum'at; grâce, São: foreign words keep their diacritics
        lower = tok.lower
        if lex.listed_elsewhere(lower) or lower in chat_abbreviations():
            return None  # S102 / S103 (also their affixed forms), S110
        # Glued words with an inner capital: kepadaPemerintah (lost formatting).
        if word[0].islower() and any(ch.isupper() for ch in word[1:]) and "-" not in word:
            return self._glued_caps(lex, tok)
        capitalised = word[0].isupper()
        if word.isupper():
            if len(word) < CAPS_MIN or not (_line_is_caps(ctx, tok) or _in_caps_run(ctx, k)):
                return None  # an acronym
            return self._confident(ctx, lex, tok, lower, CAPS_LINE_ZIPF)
        if capitalised:
            if ("-" in lower or lex.status(lower) == "known" or lex.is_english(lower)
                    or lex.is_name(word)):
                # Menurut, Pemerintah, Cikajang: no test below reports a known
                # word or a listed name, wherever it stands
                if len(lex.quiet_words) < MEMO_SIZE:
                    lex.quiet_words.add(word)
                return None
            if any(ch.isupper() for ch in word[1:]):
                return None  # McDonald, iPhone-like names
            if len(lower) >= GLUE_MIN and lex.status(lower) == "unknown":
                split = lex.split_glued(lower)
                if split is not None and split[1] in function_words():
                    # Kewaspadaandan: a word glued to the conjunction after it
                    # (names are made of words, not of a word and "dan")
                    return self._glued(tok, f"{match_case(word, split[0])} {split[1]}")
            headline = ctx.line_index(tok.start) in ctx.title_lines
            mid = not (tok.sent_start or headline)
            if not mid and word in names:
                return None  # the same word stands capitalised in mid-sentence: a name
            if mid and len(word) < CAPS_ALONE_MIN and not _beside_ordinary_capital(ctx, lex, k):
                # Most likely a name: only a slip of a very common word
                # (Kampue ~ kampus) is worth a note, not a warning, and not
                # when the draft writes it so again (a slip is rarely repeated).
                if names.get(word, 0) > 1:
                    return None
                found = self._confident(ctx, lex, tok, lower, CAPS_SHORT_ZIPF, ordinary=True,
                                        severity=Severity.INFO, max_cost=CAPS_SHORT_SLIP)
            # Institution names are made of ordinary words (Dinas Pendidkan,
            # Menurut Gubenur): there a slip of a common word with the same
            # first letter is a typo, not a name.
            elif mid and len(lower) < CAPS_NAME_MIN:
                # four letters beside an ordinary capital (Perang Duia, Pasr
                # Tunai): noted only as a slip of a very common word
                return self._confident(ctx, lex, tok, lower, CAPS_SHORT_ZIPF, ordinary=True,
                                       severity=Severity.INFO, min_len=CAPS_TINY)
            else:
                floor = CAPITAL_LONG_ZIPF if len(lower) >= CAPITAL_LONG else CAPITAL_ZIPF
                found = self._confident(ctx, lex, tok, lower, floor, ordinary=mid)
            if found is None and mid and names.get(word, 0) <= 1:
                found = self._document_word(ctx, lex, tok, lower)
            return found
        if lex.kpst_variant(lower) is not None:
            return None  # S104
        status = lex.status(lower)
        if status == "known":
            near = _rare_slip_of_common(lex, lower)
            if near is None:
                if word == lower and len(lex.quiet_words) < MEMO_SIZE:
                    lex.quiet_words.add(word)  # nothing here depended on the context
                return None
            if not _spaced_compound(lex, ctx.text, ctx.tokens, k):
                # (ketar ketir: half of a reduplication, R201's; the word
                # is not settled, since elsewhere it may stand alone)
                # a real but rare word one easy slip from a very common one
                # (degan for dengan, antuk for untuk): a note, never a warning
                return self.report(
                    tok.start, tok.end,
                    f'"{tok.text}" memang kata, tetapi jarang: mungkin maksudnya "{near}".',
                    f'"{tok.text}" is a word, but a rare one: did you mean "{near}"?',
                    [match_case(tok.text, near)], severity=Severity.INFO,
                )
            return None
        if lex.is_english(lower):
            return self._english_slip(ctx, lex, k, tok)
        if _is_english_context(ctx, lex, k) and not self._close(lex, lower, lex.suggest(lower)):
            return None  # a word of an English phrase, unless a slip of a common word
        if _spaced_compound(lex, ctx.text, ctx.tokens, k):
            return None  # ketar ketir: a reduplication missing its hyphen (R201)
        if split_preposition(lower.partition("-")[0], places()) is not None:
            return None  # kesejumlah: a place or quantity word, S106 reports it
        rejoined = self._split_word(ctx, lex, k)
        if rejoined is not None:
            return rejoined
        near = lex.neighbour(lower)
        if near is not None and " " in near:
            if glued_preposition(lex, lower) is not None:
                return None  # a noun root: S106 reports it
            return self._glued_preposition(tok, near)
        if "-" in lower:
            mended = lex.repaired_reduplication(lower)
            suggestions = [] if mended is None else [match_case(word, mended)]
        else:
            suggestions = lex.suggest(lower)
        if near is not None:
            suggestions = [near, *(s for s in suggestions if s != near)]
        one_edit = bool(suggestions) and _distance(lower, suggestions[0]) == 1
        if status == "unknown" and len(lower) >= GLUE_MIN and "-" not in lower and not one_edit:
            split = lex.split_glued(lower)
            if split is not None:
                return self._glued(tok, f"{split[0]} {split[1]}")
        if "-" not in lower:
            glue = _function_word_glue(lex, lower)
            if glue is not None and (not suggestions or _glue_beats(lex, lower, glue,
                                                                    suggestions[0])):
                return self._glued(tok, f"{glue[0]} {glue[1]}")
        severity = Severity.WARNING
        if not suggestions:
            severity = Severity.INFO  # nothing near: a new term or a foreign word, rarely a typo
        elif status == "plausible" and near is None:
            close = [
                s for s in suggestions
                if lex.zipf(s) >= PLAUSIBLE_NEIGHBOUR_ZIPF and _distance(lower, s) == 1
            ]
            if close:
                suggestions = close + [s for s in suggestions if s not in close]
            else:
                severity = Severity.INFO
        elif ctx.in_quote(tok.start, tok.end) and not self._close(lex, lower, suggestions):
            severity = Severity.INFO  # quotes are often colloquial on purpose
        elif is_emphasised(ctx.text, tok.start, tok.end) and not self._close(
            lex, lower, suggestions
        ):
            severity = Severity.INFO  # a foreign term marked as such
        elif len(lower) <= TINY_WORD or (
            len(lower) <= SHORT_WORD and _distance(lower, suggestions[0]) > 1
        ):
            severity = Severity.INFO  # most of a short word changes: weak evidence
        elif status == "unknown" and unknown_term(ctx, lex, tok, suggestions, names):
            return self._term(tok, suggestions)  # eslint, reddit: a term, not a typo
        return self._unknown(tok, suggestions, severity)

    @staticmethod
    def _close(lex: Lexicon, lower: str, suggestions: list[str]) -> bool:
        return bool(suggestions) and (
            _distance(lower, suggestions[0]) <= CONFIDENT_DISTANCE
            and lex.zipf(suggestions[0]) >= CONFIDENT_ZIPF
        )

    @staticmethod
    def _mid_sentence_names(ctx: Context) -> dict[str, int]:
        """Capitalised words that stand in mid-sentence outside headlines
        (names, mostly), with how often they stand there."""
        in_titles = ctx.title_tokens
        out: dict[str, int] = {}
        tokens = ctx.tokens
        for k in ctx.capitalised:
            t = tokens[k]
            if (not t.sent_start and t.text[:1].isupper()
                    and (not in_titles or k not in in_titles)):
                out[t.text] = out.get(t.text, 0) + 1
        return out

    def _confident(
        self, ctx: Context, lex: Lexicon, tok: Token, lower: str, min_zipf: float,
        ordinary: bool = False, severity: Severity = Severity.WARNING,
        max_cost: float | None = None, min_len: int = CAPS_NAME_MIN,
    ) -> Diagnostic | None:
        """Capitalised tokens: report only a near miss of a frequent word (in
        mid-sentence, `ordinary`: of a dictionary word, not a name like Telkom)."""
        if lex.is_name(tok.text):
            return None  # a listed place or institution (KALIMANTAN in a headline)
        if "-" in lower or lex.status(lower) == "known" or lex.is_english(lower):
            return None
        if lex.zipf(lower) > 0 and not lex.frequent_typo(lower):
            return None  # attested (often a name)
        if lex.kpst_variant(lower) is not None:
            return None
        if len(lower) < min_len:
            return None
        if lex.nearest_same_initial_zipf(lower) < min_zipf:
            return None  # no common word one slip away: a name (no index to load)
        suggestions = lex.suggest(lower)
        # The best suggestion that is one slip away, keeps the first letter
        # (names differ from words mostly there) and is common (Bualah ->
        # Buatlah, though the rarer bualan ranks first).
        best = next((
            cand for cand in suggestions
            if _distance(lower, cand) <= CONFIDENT_DISTANCE and cand[0] == lower[0]
            and lex.zipf(cand) >= min_zipf
            and (not ordinary or lex.is_ordinary(cand) or lex.is_dictionary_name(cand))
            and (max_cost is None or typing_cost(lower, cand) <= max_cost)
        ), None)
        if best is None:
            return None
        suggestions = [best, *(c for c in suggestions if c != best)]
        cased = [match_case(tok.text, s) for s in suggestions]
        if lex.zipf(best) < CAPITAL_ZIPF:
            severity = Severity.INFO  # a rarer word: a name is as likely (Devender)
        return self._unknown(tok, cased, severity)

    def _document_word(self, ctx: Context, lex: Lexicon, tok: Token,
                       lower: str) -> Diagnostic | None:
        """Pajakk, Tohun: a capitalised word nobody writes on the web that is
        an easy slip of an ordinary word the document itself uses again and
        again (pajak, tahun), with the same first letter: the writer's own
        word mistyped in a title-case name, not a name of its own."""
        if len(lower) < CAPS_NAME_MIN or lex.zipf(lower) > 0 or lex.is_english(lower):
            return None
        if lex.is_name(tok.text) or lex.status(lower) == "known":
            return None
        index: NeighbourIndex | None = ctx.__dict__.get("_repeated_words")
        if index is None:
            # the document's repeated words, bucketed by first letter and length
            positions = ctx.word_positions
            index = ctx.__dict__["_repeated_words"] = NeighbourIndex(
                [w for w, at in positions.items() if len(at) >= DOCUMENT_REPEATS],
                lambda _word: 1)
        counts = ctx.word_positions
        found = sorted(
            (-len(counts[c]), c) for c in index.near(lower)
            if lex.zipf(c) >= DOCUMENT_WORD_ZIPF and lex.is_ordinary(c)
            and typing_cost(lower, c) <= UNSEEN_SLIP
        )
        if not found:
            return None
        return self._unknown(tok, [match_case(tok.text, found[0][1])], Severity.WARNING)

    def _english_slip(self, ctx: Context, lex: Lexicon, k: int, tok: Token) -> Diagnostic | None:
        """mash for masih, tidal for tidak, rapt for rapat: a rare English word
        in an Indonesian sentence that is an easy slip of a very common
        Indonesian word is that word mistyped, not English."""
        near = _english_slip_of(lex, tok.lower)
        if near is None or _is_english_context(ctx, lex, k) or is_emphasised(
                ctx.text, tok.start, tok.end):
            return None
        return self._unknown(tok, [match_case(tok.text, near)], Severity.WARNING)

    @staticmethod
    def _verb_suffix(ctx: Context, lex: Lexicon, k: int) -> bool:
        """diungkap kan, mengata kan: -kan written apart from a prefixed verb,
        not the particle kan (= bukan) after it (sudah dibilang kan, ...): the
        -kan verb must be at least as common as the verb without it, and no
        punctuation follow."""
        if k == 0:
            return False
        prev = ctx.tokens[k - 1].lower
        after = ctx.text[ctx.tokens[k].end : ctx.tokens[k].end + 1]
        if not prev.startswith(VERB_PREFIXES) or (after and not after.isspace()):
            return False
        return lex.spell(prev + "kan") and lex.zipf(prev + "kan") >= lex.zipf(prev)

    def _split_suffix(self, ctx: Context, lex: Lexicon, k: int) -> Diagnostic | None:
        """alas an -> alasan, ujar nya -> ujarnya: a suffix or clitic written
        apart from its word (only when the joined form is a known word)."""
        if k == 0:
            return None
        prev, tok = ctx.tokens[k - 1], ctx.tokens[k]
        if prev.kind != "word" or ctx.text[prev.end : tok.start] != " ":
            return None
        if not (prev.text.islower() or (prev.sent_start and prev.text[1:].islower())):
            return None
        joined = prev.text + tok.text
        low = joined.lower()
        if lex.status(low) != "known" or not (lex.spell(low) or lex.zipf(low) >= 4.0):
            return None
        return self.report(
            prev.start, tok.end,
            f'Kata terpisah: "{prev.text} {tok.text}". Mungkin maksudnya: {joined}',
            f'Word split apart: "{prev.text} {tok.text}"; did you mean: {joined}',
            [joined],
        )

    def _split_pairs(self, ctx: Context, lex: Lexicon) -> Iterator[tuple[int, Diagnostic]]:
        """den gan -> dengan, sega r -> segar, k arena -> karena: a common word
        split by a space into pieces that are each rare or a lone letter,
        which the word-by-word test accepts or skips. Two common words (ke
        luar, kerja sama) are left alone: either may be meant."""
        tokens, text = ctx.tokens, ctx.text

        def piece_zipf(lower: str) -> float:
            # a lone letter, or a piece no Indonesian word (at, tu: English or
            # chat, however common on the web), weighs nothing
            if len(lower) == 1 or (len(lower) <= TINY_WORD and not lex.is_known(lower)):
                return 0.0
            return lex.zipf(lower)

        def rare_piece(lower: str) -> bool:
            return lower.isalpha() and piece_zipf(lower) < SPLIT_PIECE_COMMON

        freq = lex.frequency
        last = -1
        # both pieces are rare (a common one is a word in its own right: ke
        # luar), so only neighbouring positions of rare words make a pair
        for first, second in pairwise(ctx.words_where(rare_piece)):
            if second != first + 1 or first <= last:
                continue
            a, b = tokens[first], tokens[second]
            zipf = freq.get(a.lower + b.lower, 0.0)
            if zipf < SPLIT_PAIR_ZIPF or text[a.end : b.start] != " ":
                continue
            joined = a.lower + b.lower
            opens = a.sent_start and a.text[1:].islower()
            if len(joined) < SPLIT_PAIR_MIN or not b.text.islower() or not (
                    a.text.islower() or opens):
                continue
            weights = (piece_zipf(a.lower), piece_zipf(b.lower))
            pieces = max(weights)
            lone = min(weights) == 0  # a piece that is no word: stronger evidence
            if zipf - pieces < (SPLIT_LETTER_GAP if lone else SPLIT_PAIR_GAP):
                continue
            if not (lex.is_authority(joined) or lex.spell(joined)) or lex.listed_elsewhere(
                    joined):
                continue  # (terkait: a form hunspell derives)
            wrong = text[a.start : b.end]
            right = a.text + b.text
            last = second
            yield first, self.report(
                a.start, b.end,
                f'Kata terpisah: "{wrong}". Mungkin maksudnya: {right}',
                f'Word split apart: "{wrong}"; did you mean: {right}',
                [right],
            )

    def _spaced_pieces(self, ctx: Context, lex: Lexicon) -> Iterator[tuple[int, Diagnostic]]:
        """Splits that the rare-pieces test cannot see because one piece is
        common or no word at all: a function word split in two (ke pada, se
        bagai, tel ah), a word split after its prefix (se banyak, men jadi),
        beside a lone letter (tetap i, t empat), or after di/ke when the
        joined word is a root of its own far commoner than the rest (ke tika,
        ke lompok). Only words that can open such a split are visited."""
        heads = _piece_heads()
        tokens, text = ctx.tokens, ctx.text
        starts: set[int] = set()
        for k in ctx.words_where(lambda w: w in heads or len(w) == 1):
            starts.add(k)
            if len(tokens[k].text) == 1:
                starts.add(k - 1)  # the lone letter ends the word (tetap i)
        last = -1
        for first in sorted(starts):
            if first < 0 or first <= last or first + 1 >= len(tokens):
                continue
            a, b = tokens[first], tokens[first + 1]
            if a.kind != "word" or b.kind != "word" or text[a.end : b.start] != " ":
                continue
            if not b.text.islower() or not (
                    a.text.islower() or (a.sent_start and a.text[1:].islower())):
                continue
            if not self._pieces_join(lex, a.lower, b.lower):
                continue
            if _is_english_context(ctx, lex, first) or _is_english_context(ctx, lex, first + 1):
                continue
            wrong = text[a.start : b.end]
            right = a.text + b.text
            last = first + 1
            yield first, self.report(
                a.start, b.end,
                f'Kata terpisah: "{wrong}". Mungkin maksudnya: {right}',
                f'Word split apart: "{wrong}"; did you mean: {right}',
                [right],
            )

    @staticmethod
    def _pieces_join(lex: Lexicon, a: str, b: str) -> bool:
        """Do the lowercase pieces a, b read as one word split by a space?"""
        joined = a + b
        if b in SPLIT_SUFFIXES or joined in lex.nonstandard or joined in lex.known_typos:
            return False  # alas an: the split-suffix test; S102/S103 words
        if any(base in function_words() and len(base) > len(a)
               for base, _ in strip_clitics(joined)):
            # a closed class: kepada(nya), sebagai, telah are never two words
            return True
        if len(a) == 1 or len(b) == 1:
            return (len(joined) >= SPLIT_PAIR_MIN and joined.isalpha()
                    and lex.zipf(joined) >= LONE_JOINED_ZIPF and lex.is_known(joined))
        if a in SPACED_PREFIXES:
            return (len(b) >= TINY_WORD and lex.spell(joined)
                    and lex.zipf(joined) >= PREFIX_JOINED_ZIPF)
        if a in ("di", "ke"):
            zipf = lex.zipf(joined)
            return (zipf >= SPLIT_PAIR_ZIPF and zipf - lex.zipf(b) >= SPLIT_LETTER_GAP
                    and (joined in lex.roots or joined in lex.hunspell_stems)
                    and b not in places())
        return False

    def _unit_slips(self, ctx: Context, lex: Lexicon) -> Iterator[tuple[int, Diagnostic]]:
        """5 tahu lalu -> tahun, 20 perse -> persen: right after a number, a
        word one easy slip from a unit, magnitude or classifier
        (measure-words.txt) that is none itself. A real word there (tahu) is
        noted; a word nobody knows is a warning with the unit first. Only the
        words one slip from a unit are visited."""
        tokens, text = ctx.tokens, ctx.text
        spelled = set(numerals().values())
        # the words right after a number or a spelled numeral: few tokens
        after_numbers = {k + 1 for k in compress(count(), map(
            "number".__eq__, map(attrgetter("kind"), tokens)))}
        for numeral in spelled & ctx.word_positions.keys():
            after_numbers.update(k + 1 for k in ctx.word_positions[numeral])
        for k in sorted(after_numbers):
            if k >= len(tokens) or tokens[k].kind != "word":
                continue
            tok, prev = tokens[k], tokens[k - 1]
            if text[prev.end : tok.start] != " " or not tok.text.islower():
                continue
            found = _unit_slips_of(tok.lower)
            if not found:
                continue
            lower = tok.lower
            if lower in function_words() or lex.zipf(lower) >= UNIT_SLIP_MAX_ZIPF:
                continue  # 5 juga: an everyday word, not juta mistyped
            units = sorted((typing_cost(lower, c), c) for c in found)
            if units[0][0] > UNSEEN_SLIP or (len(units) > 1 and units[1][0] == units[0][0]):
                continue  # no easy slip, or two units as likely
            unit = units[0][1]
            if lex.is_known(lower):
                yield k, self.report(
                    tok.start, tok.end,
                    f'Setelah bilangan, "{tok.text}" mungkin maksudnya "{unit}".',
                    f'After a number, "{tok.text}" may be "{unit}" mistyped.',
                    [unit], severity=Severity.INFO,
                )
            else:
                rest = [c for c in lex.suggest(lower) if c != unit]
                yield k, self._unknown(tok, [unit, *rest], Severity.WARNING)

    def _split_word(self, ctx: Context, lex: Lexicon, k: int) -> Diagnostic | None:
        """peme rintah -> pemerintah: a word the writer split with a space. The
        unknown token and its neighbour, joined, make a common word."""
        tokens, text = ctx.tokens, ctx.text
        best: tuple[float, int, int, str] | None = None
        for first, second in ((k - 1, k), (k, k + 1)):
            if first < 0 or second >= len(tokens):
                continue
            a, b = tokens[first], tokens[second]
            if a.kind != "word" or b.kind != "word" or text[a.end : b.start] != " ":
                continue
            opens = a.sent_start and a.text[1:].islower()
            if not b.text.islower() or not (a.text.islower() or opens):
                continue
            joined = a.lower + b.lower
            zipf = lex.zipf(joined)
            if zipf < SPLIT_JOINED_ZIPF or lex.status(joined) != "known":
                continue
            if best is None or zipf > best[0]:
                best = (zipf, a.start, b.end, a.text + b.text)
        if best is None:
            return None
        _, start, end, joined = best
        wrong = text[start:end]
        return self.report(
            start, end,
            f'Kata terpisah: "{wrong}". Mungkin maksudnya: {joined}',
            f'Word split apart: "{wrong}"; did you mean: {joined}',
            [joined],
        )

    def _digit_slip(self, lex: Lexicon, tok: Token) -> Diagnostic | None:
        """tap8 -> tapi: one digit typed for the letter below it on the keyboard,
        in a lowercase word. Codes and shorthand (covid19, anak2, 5km, mp3) do
        not turn into a frequent word this way and are left alone."""
        word = tok.text
        digits = [i for i, ch in enumerate(word) if ch.isdigit()]
        if len(digits) != 1 or len(word) < 4 or not word.replace(word[digits[0]], "").islower():
            return None
        i = digits[0]
        options = [
            word[:i] + ch + word[i + 1 :] for ch in DIGIT_ROW_NEIGHBOURS.get(word[i], "")
        ]
        best = max(options, key=lex.zipf, default="")
        if not best or lex.zipf(best) < CONFIDENT_ZIPF or not lex.is_known(best):
            return None
        return self._unknown(tok, [best], Severity.WARNING)

    def _term(self, tok: Token, suggestions: list[str]) -> Diagnostic:
        """A foreign or technical term (foreign.unknown_term): a note asking
        for the usual marking, with the corrections still offered."""
        return self.report(
            tok.start, tok.end,
            f'Istilah tidak dikenal: "{tok.text}". Tandai kata asing dengan huruf miring '
            "atau sebagai kode.",
            f'Unknown term "{tok.text}": mark foreign words in italics or as code.',
            suggestions, severity=Severity.INFO,
        )

    def _unknown(self, tok: Token, suggestions: list[str], severity: Severity) -> Diagnostic:
        if suggestions:
            hint = suggestions[0]
            msg = f'Kata tidak dikenal: "{tok.text}". Mungkin maksudnya "{hint}".'
            msg_en = f'Unknown word "{tok.text}"; did you mean "{hint}"?'
        else:
            msg = f'Kata tidak dikenal: "{tok.text}".'
            msg_en = f'Unknown word "{tok.text}".'
        return self.report(tok.start, tok.end, msg, msg_en, suggestions, severity=severity)

    def _glued_preposition(self, tok: Token, split: str) -> Diagnostic:
        prep = split.split(" ", 1)[0]
        return self.report(
            tok.start, tok.end,
            f'Kata depan "{prep}" ditulis terpisah: "{split}".',
            f'The preposition "{prep}" is written apart: "{split}".',
            [split],
        )

    def _glued(self, tok: Token, split: str) -> Diagnostic:
        return self.report(
            tok.start, tok.end,
            f'Kata bergabung tanpa spasi: "{tok.text}". Mungkin maksudnya: {split}',
            f'Words glued together: "{tok.text}"; did you mean: {split}',
            [split],
        )

    def _glued_caps(self, lex: Lexicon, tok: Token) -> Diagnostic | None:
        """dilansirdetikFinance: a word glued to a styled name. The part before
        the inner capital is split into a known word and the name's start; a
        part that is itself a word (detikFinance, eKTP) is a styled name."""
        word = tok.text
        i = next(i for i, ch in enumerate(word) if i > 0 and ch.isupper())
        head = word[:i].lower()
        if i < 3 or lex.is_known(head):
            return None
        for j in range(i - 2, 2, -1):
            left, name_start = head[:j], head[j:]
            if lex.zipf(left) >= 4.0 and lex.spell(left) and lex.is_known(name_start):
                return self._glued(tok, f"{word[:j]} {word[j:]}")
        return None


@register
class KnownTypo(Rule):
    """Flags frequent misspellings listed in `dictionaries/known-typos.tsv`.

    **What it does**: every word found in the curated list of real misspellings
    whose correction is certain is reported with that correction as a fix
    (the case of the original is kept: Sistim -> Sistem).

    **Why it matters**: KBBI spelling; these typos recur in published news
    copy and are safe to correct automatically.

    **Example**

    Failing: `Warga lansung mengungsi ke balai desa.`

    Passing: `Warga langsung mengungsi ke balai desa.`

    **Fix**: replaces the word with the listed correction.
    """

    code = "S102"
    slug = "known-typo"
    data_files = ("known-typos.tsv",)
    severity = Severity.ERROR
    fixable = True
    summary = "Salah ketik yang sudah dikenal, dengan perbaikan pasti"
    summary_en = "Known misspelling with a certain correction"
    # `extra`: a newsroom's own wrong -> correct pairs, added to the shipped list.
    default_options: ClassVar[dict[str, Any]] = {"extra": {}}
    option_specs: ClassVar[dict[str, Option]] = {
        "extra": Option(dict, "the newsroom's own misspelling: correction pairs")}

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        typos = ctx.lexicon.known_typos
        extra = self.option("extra") or {}
        if extra:
            typos = {**typos, **{str(k).lower(): str(v) for k, v in extra.items()}}
        if not typos:
            return
        tokens = ctx.tokens
        for k in ctx.words_where(typos.__contains__):
            tok = tokens[k]
            correct = typos.get(tok.lower)
            if correct is None:
                continue
            fixed = match_case(tok.text, correct)
            yield self.report(
                tok.start, tok.end,
                f'Salah ketik: tulis "{fixed}", bukan "{tok.text}".',
                f'Misspelling: write "{fixed}", not "{tok.text}".',
                [fixed],
                Fix(tok.start, tok.end, fixed),
            )
