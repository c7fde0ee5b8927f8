"""S104 affix-form: meN-/peN- that keep k, p, s, t before a vowel (KPST), and
a root-final k lost before -kan (memasukan -> memasukkan)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..diagnostic import Diagnostic, Fix, Severity
from ..lexicon import MEMO_SIZE, Lexicon
from ..morphology import strip_clitics
from . import register
from ._words import is_mid_sentence_capital, match_case
from .base import Context, Rule

# A hunspell-valid -kan form is still reported when its -kkan twin is this
# much more frequent (Zipf): meletakan 3.3 against meletakkan 4.4.
RARER_BY = 1.0


def _monosyllabic_root(lower: str) -> bool:
    """mensahkan, mentik: a one-syllable root takes menge-/penge- (mengesahkan),
    not a melted consonant, so the KPST form would be wrong."""
    rest = lower[3:] if lower[2:3] in ("m", "n") else lower[4:]
    for suffix in ("kannya", "nya", "kan", "i"):
        if rest.endswith(suffix) and len(rest) > len(suffix) + 1:
            rest = rest[: -len(suffix)]
            break
    # syllables = vowels, a diphthong (ai, au, oi, ei) counting once; taat has two
    vowels = sum(ch in "aeiou" for ch in rest)
    diphthongs = sum(rest.count(d) for d in ("ai", "au", "oi", "ei"))
    return vowels - diphthongs <= 1


_UNMELTED_RE = re.compile(r"^(me|pe)(ng|ny|m|n)(?=[kpst])")
_NASAL_RE = re.compile(r"^(me)(ng|ny|m|n)(?=[bcdgkpst][aeiou])")
# A verb prefix before an -kan form: without one, a word may be a noun in -an
# (dudukan 'stand'), so only a far more frequent -kkan twin counts.
_VERB_PREFIX_RE = re.compile(r"^(me|di|ter|ku|kau)")


def menge_form(lex: Lexicon, lower: str) -> str | None:
    """mensahkan -> mengesahkan, mentik -> mengetik: a one-syllable root takes
    menge-. (peN- is left alone: pembom and pengebom are both in use.) Only
    when hunspell rejects the written form and knows the menge- form."""
    m = _NASAL_RE.match(lower)
    if not m or not _monosyllabic_root(lower) or lex.spell(lower):
        return None
    candidate = f"{m.group(1)}nge{lower[m.end():]}"
    return candidate if lex.spell(candidate) else None


def kpst_form(lex: Lexicon, lower: str) -> str | None:
    """The melted form of an unmelted meN-/peN- word (mensukseskan ->
    menyukseskan), or None. memper- is its own prefix (memperhatikan): a word
    whose diper- form is known is left alone. A word hunspell knows is not
    reported: the KPST pattern also matches roots (penting, mentah), and the
    accepted unmelted forms belong in the tidak-baku list (S103)."""
    if _monosyllabic_root(lower) or any(
        lex.spell(base) or base in lex.roots for base, _ in strip_clitics(lower)
    ):
        return None  # penting, menterinya: roots; mempengaruhi is left to the tidak-baku list
    if lower.startswith(("memper", "mempel")) and lex.is_known("di" + lower[3:]):
        return None
    m = _UNMELTED_RE.match(lower)
    if m and lex.is_english(lower[m.end() :]):
        return None  # mensupport: an English word with a prefix, not a KPST slip
    return lex.kpst_variant(lower)


def double_k_form(lex: Lexicon, lower: str) -> str | None:
    """menunjukan -> menunjukkan: a word ending in -kan whose root ends in k.
    The -kkan form must be a hunspell word; the written form must not be one,
    or be far rarer in use (hunspell-id accepts meletakan, menembakan, while
    menarikan, tari + -kan, is a word whose -kkan twin is not)."""
    for base, clitic in strip_clitics(lower):
        if not base.endswith("kan") or base.endswith("kkan") or len(base) < 7:
            continue
        candidate = base[:-3] + "kkan"
        if not lex.spell(candidate):
            return None
        written_ok = lex.spell(base) or lex.spell(lower) or not _VERB_PREFIX_RE.match(base)
        if written_ok and lex.zipf(candidate) < lex.zipf(base) + RARER_BY:
            return None
        near = lex.neighbour(lower)
        if near is not None and near != candidate + clitic and lex.zipf(near) > lex.zipf(candidate):
            return None  # menambakan: a slip of menambahkan, not tambak + -kan (S101)
        return candidate + clitic
    return None


@lru_cache(maxsize=MEMO_SIZE)
def _correction(lex: Lexicon, lower: str) -> tuple[str, str] | None:
    """The standard form of a lowercase word and which rule gives it (kpst or
    kk); cached, since a draft repeats its words. A word of the tidak-baku
    or known-typo list is left to S103/S102, whose curated form is certain
    (pensahan -> pengesahan, not a melted *penyahan)."""
    if lex.listed_elsewhere(lower):
        return None
    right = kpst_form(lex, lower)
    if right is None:
        right = menge_form(lex, lower)
    if right is not None:
        return right, "kpst"
    right = double_k_form(lex, lower)
    return (right, "kk") if right is not None else None


@register
class AffixForm(Rule):
    """Flags affixed words built against the KBBI morphology rules.

    **What it does**: (1) the KPST rule: meN- and peN- melt a root-initial
    k, p, s or t before a vowel (kondisi -> mengondisikan, sukses ->
    menyukseskan, pengaruh -> memengaruhi, terjemah -> menerjemahkan). Roots
    with a consonant cluster keep it (mengkritik, memproduksi, mentransfer,
    menstabilkan), memper- is another prefix (memperhatikan), and the words
    KBBI keeps unmelted are listed in `dictionaries/kpst-exceptions.txt`
    (mengkaji, mempunyai). A one-syllable root takes menge- (mensahkan ->
    mengesahkan, mentik -> mengetik). (2) A root that ends in k keeps it before -kan:
    masuk + -kan = memasukkan, tunjuk + -kan = menunjukkan. A finding needs
    the written form to be no word and the corrected form to be a known one.
    Words of the tidak-baku list (pensahan -> pengesahan) are left to S103,
    whose curated form is certain.

    **Why it matters**: KBBI and EYD V (the meN- prefix rules) fix one
    spelling for every affixed form; the unmelted and single-k forms are
    among the most frequent errors in Indonesian copy.

    **Example**

    Failing: `Panitia berupaya mensukseskan acara itu.`

    Passing: `Panitia berupaya menyukseskan acara itu.`

    **Fix**: replaces the word with the correct form.
    """

    code = "S104"
    slug = "affix-form"
    data_files = ("kpst-exceptions.txt",)
    severity = Severity.WARNING
    fixable = True
    summary = "Bentuk berimbuhan tidak baku (aturan KPST, -kkan)"
    summary_en = "Nonstandard affixed form (KPST rule, -kkan)"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        lex = ctx.lexicon
        tokens = ctx.tokens
        # Only words with a correction; an ASCII token's lowercase form has
        # its length and no more hyphens, so the guards below keep all of them.
        for k in ctx.words_where(lambda w: len(w) >= 6 and "-" not in w and w.isascii()
                                 and _correction(lex, w) is not None):
            tok = tokens[k]
            word = tok.text
            if tok.kind != "word" or len(word) < 6 or "-" in word or not word.isascii():
                continue
            if is_mid_sentence_capital(tok) and not word.isupper():
                continue  # a name (Pengkolan, Sumbertaman)
            found = _correction(lex, tok.lower)
            if found is None:
                continue
            right, kind = found
            right = match_case(word, right)
            if kind == "kpst":
                msg = (f"Tulis '{right}', bukan '{word}': k, p, s, t luluh setelah meN-/peN-.",
                       f"Write '{right}', not '{word}': k, p, s, t melt after meN-/peN-.")
            else:
                msg = (f"Tulis '{right}', bukan '{word}': akhiran -kan setelah kata dasar "
                       "berakhiran k ditulis -kkan.",
                       f"Write '{right}', not '{word}': a root ending in k keeps it before -kan.")
            yield self.report(tok.start, tok.end, msg[0], msg[1], [right],
                              Fix(tok.start, tok.end, right))
