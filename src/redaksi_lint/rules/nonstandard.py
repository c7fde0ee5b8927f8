"""S103 nonstandard-word: kata tidak baku and their KBBI forms, including
affixed and cliticised forms of listed words (resikonya -> risikonya)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..data import DataError, load_tsv
from ..diagnostic import Diagnostic, Fix, Severity
from ..lexicon import MEMO_SIZE, Lexicon
from ..morphology import analyses, nasal_prefix, strip_clitics
from ..tokenize import Token
from . import register
from ._words import is_mid_sentence_capital, match_case, optional_mapping, phrase_matches
from .base import Context, Rule
from .spelling import english_sentence

# A listed root shorter than this is not looked for inside affixed words.
MIN_AFFIX_ROOT = 4
_SIMPLE_PREFIXES = {"di": "di", "ke": "ke", "se": "se", "per": "per", "ku": "ku", "kau": "kau"}


@lru_cache(maxsize=1)
def nonstandard_map() -> dict[str, str]:
    """The curated pairs; an entry whose standard form equals it is ignored."""
    return {k: v for k, v in optional_mapping("tidak-baku.tsv").items() if v.lower() != k}


def _prefix(name: str, stem: str) -> str | None:
    """Attach one prefix of an analysis to `stem` the standard way."""
    if name == "meN":
        return nasal_prefix(stem, "me")
    if name == "peN":
        return nasal_prefix(stem, "pe")
    if name in ("ber", "ter"):
        return (name[:2] if stem.startswith("r") else name) + stem
    if name in _SIMPLE_PREFIXES:
        return _SIMPLE_PREFIXES[name] + stem
    return None


def standard_form(lex: Lexicon, lower: str, mapping: dict[str, str]) -> str | None:
    """The KBBI form of a lowercase word: listed as is, with clitics, or an
    affixed form of a listed root that rebuilds into a known word."""
    if lower in mapping:
        return mapping[lower]
    for base, clitic in strip_clitics(lower):
        if clitic and base in mapping and " " not in mapping[base]:
            return mapping[base] + clitic
    readings = list(analyses(lower))
    listed = tuple(a.root for a in readings if a.root in mapping and a.root != lower)
    if not listed:
        return None
    # Another reading on a standard root makes the word standard: perubahan is
    # per- + ubah + -an, not peN- + rubah + -an (ijinkan = ijin + -kan is no other reading).
    if any(
        a.root != lower and a.root not in mapping and (a.prefixes or a.suffix)
        and len(a.root) >= MIN_AFFIX_ROOT and not a.root.startswith(listed)
        and lex.is_root(a.root)
        for a in readings
    ):
        return None
    for a in readings:
        if a.root == lower or a.root not in mapping or len(a.root) < MIN_AFFIX_ROOT:
            continue
        right = mapping[a.root]
        if right.lower() == a.root or " " in right or not (a.prefixes or a.suffix or a.clitic):
            continue
        stem: str | None = right.lower() + a.suffix
        for name in reversed(a.prefixes):
            stem = _prefix(name, stem) if stem is not None else None
        if stem is None:
            continue
        rebuilt = stem + a.clitic
        if rebuilt != lower and lex.status(rebuilt) == "known":
            return rebuilt
    return None


@lru_cache(maxsize=MEMO_SIZE)
def _cached_standard_form(lower: str) -> str | None:
    """standard_form with the shared lexicon and list, once per word and process."""
    from ..lexicon import get_lexicon

    return standard_form(get_lexicon(), lower, nonstandard_map())


def _is_name_word(lex: Lexicon, tok: Token | None) -> bool:
    """A capitalised token that is not a common word: Ahmad, Pohan, Syahrul."""
    if tok is None or tok.kind != "word" or not tok.text[:1].isupper():
        return False
    lower = tok.lower
    # the frequency and root lists hold many given names (ahmad, muhammad): only hunspell counts
    return not tok.text.isupper() and not lex.spell(lower)


def _is_capital_word(tok: Token | None) -> bool:
    """Capitalised in mid-sentence (a sentence-initial capital says nothing)."""
    return tok is not None and tok.kind == "word" and is_mid_sentence_capital(tok)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Nonstandard forms that are also common given names (Rizki, Soleh),
    marked `name` in the third column of tidak-baku.tsv: capitalised, they
    may be a person, whose spelling is their own."""
    try:
        rows = load_tsv("tidak-baku.tsv", 3)
    except DataError:
        return frozenset()
    return frozenset(row[0].lower() for row in rows if row[2].lower() == "name")


@lru_cache(maxsize=1)
def _house_words() -> frozenset[str]:
    """Words of the house list of names (Prancis, Ramadan): a capitalised
    nonstandard form whose standard form is one of them is that name."""
    from .names import house_names

    return frozenset(w for name in house_names()[0] for w in name.split())


# How many words either side are looked at for English company.
_ENGLISH_WINDOW = 3


def _english_nearby(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Is there an English word that is no Indonesian word among the few words
    around token k (a popular open-source project, Python package manager)?"""
    seen = 0
    for step in (-1, 1):
        j, seen = k + step, 0
        while 0 <= j < len(tokens) and seen < _ENGLISH_WINDOW:
            if tokens[j].kind == "word":
                seen += 1
                for part in tokens[j].lower.split("-"):
                    if lex.is_english(part) and not lex.spell(part):
                        return True  # (not in the Indonesian dictionary: data, film are)
            elif tokens[j].text in ".!?":
                break
            j += step
    return False


@register
class NonstandardWord(Rule):
    """Flags *kata tidak baku* and proposes the KBBI standard form.

    **What it does**: looks every word up in `dictionaries/tidak-baku.tsv`
    (`nonstandard<TAB>standard`), also through clitics and affixes when the
    rebuilt word is known (resikonya -> risikonya, dihimbau -> diimbau,
    beraktifitas -> beraktivitas). The case of the original is kept (RESIKO ->
    RISIKO, Perancis -> Prancis). A capitalised word that stands next to
    another name word (Ahmad Ramadhan, Ramadhan Pohan) is a person's name
    and is left alone, in the whole document (a later "kata Ramadhan" is the
    same person): people keep the spelling of their own names. A form that
    is also a common given name (marked `name` in the list: Rizki, Soleh) is
    only `info` when capitalised, as is a listed English spelling inside an
    English phrase (dump truck).

    **Why it matters**: KBBI names one standard form for each word (*praktik*,
    not *praktek*); EYD V asks official and journalistic writing to use it.

    **Example**

    Failing: `Dalam praktek, aturan itu jarang ditegakkan.`

    Passing: `Dalam praktik, aturan itu jarang ditegakkan.`

    **Fix**: replaces the word with its standard form (the pair is curated
    against KBBI, so the fix is certain).
    """

    code = "S103"
    slug = "nonstandard-word"
    data_files = ("tidak-baku.tsv",)
    severity = Severity.WARNING
    fixable = True
    summary = "Kata tidak baku; gunakan bentuk baku KBBI"
    summary_en = "Nonstandard word; use the KBBI standard form"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        mapping = nonstandard_map()
        if not mapping:
            return
        lex = ctx.lexicon
        tokens = ctx.tokens
        covered: set[int] = set()
        for m in phrase_matches(ctx.text, tokens, mapping,
                                 positions=ctx.word_positions):
            covered.update(range(m.first, m.last))
            wrong = ctx.text[m.start : m.end]
            yield self._diag(m.start, m.end, wrong, match_case(wrong, mapping[m.key]))
        found: list[tuple[int, str]] = []
        names: set[str] = set()
        standard: dict[str, str | None] = {}  # per distinct spelling: drafts repeat words
        # Only words with a standard form (asked once per lowercase word; the
        # form depends on the lowercase spelling alone).
        for k in ctx.words_where(lambda w: self._standard(w) is not None):
            tok = tokens[k]
            if tok.kind != "word" or k in covered:
                continue
            text = tok.text
            if text in standard:
                right = standard[text]
            else:
                right = standard[text] = self._standard(text) if text.isascii() else None
            if right is None:
                continue
            capital = tok.text[:1].isupper() and not tok.text.isupper()
            if capital and self._personal_name(lex, tokens, k):
                names.add(tok.text)  # Ahmad Ramadhan ... kata Ramadhan: the same person
                continue
            found.append((k, right))
        for k, right in found:
            tok = tokens[k]
            if tok.text in names:
                continue
            capital = tok.text[:1].isupper() and not tok.text.isupper()
            if self._english(lex, tokens, k) or (
                lex.is_english(tok.lower) and english_sentence(ctx, lex, k)
            ) or (
                capital and (is_mid_sentence_capital(tok) or tok.lower in given_names())
                and right not in _house_words()
            ):
                # an English phrase (dump truck, popular sovereignty), a
                # capitalised word that may belong to a name (Bank Kharisma,
                # Putera Sampoerna), or a form that is also a given name
                # (Rizki, Soleh) opening a sentence: a hint only, never
                # rewritten automatically
                yield self._diag(tok.start, tok.end, tok.text, right, certain=False)
                continue
            diag = self._diag(tok.start, tok.end, tok.text, right)
            if diag.fix is not None and lex.is_english(tok.lower) and _english_nearby(
                lex, tokens, k
            ):
                # popular, manager: an English word too, among English words
                # (a term, a quote): the writer may have meant it as written
                diag.fix = diag.fix.unsafe()
            yield diag

    @staticmethod
    def _standard(word: str) -> str | None:
        lower = word.lower()
        if "-" in lower:
            parts = [_cached_standard_form(p) or p for p in lower.split("-")]
            right = "-".join(parts)
            return match_case(word, right) if right != lower else None
        single = _cached_standard_form(lower)
        return None if single is None else match_case(word, single)

    @staticmethod
    def _english(lex: Lexicon, tokens: list[Token], k: int) -> bool:
        """A listed English spelling (trend, popular) inside English words: a
        quoted term or title (popular culture), not Indonesian prose."""
        if not lex.is_english(tokens[k].lower):
            return False
        for j in (k - 1, k + 1):
            if 0 <= j < len(tokens) and tokens[j].kind == "word":
                other = tokens[j].lower
                if lex.is_english(other) and not lex.is_known(other):
                    return True
        return False

    @staticmethod
    def _personal_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
        """Ahmad Ramadhan, Ramadhan Pohan: a name word right before, or right
        after when the word before is not a capitalised common word
        (Presiden Perancis Emmanuel Macron is a country, not a person)."""
        prev = tokens[k - 1] if k > 0 else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if prev is not None and prev.end + 1 == tokens[k].start and _is_name_word(lex, prev):
            return True
        if nxt is None or tokens[k].end + 1 != nxt.start or not _is_name_word(lex, nxt):
            return False
        return not (prev is not None and prev.end + 1 == tokens[k].start
                    and _is_capital_word(prev))

    def _diag(
        self, start: int, end: int, wrong: str, right: str, certain: bool = True
    ) -> Diagnostic:
        return self.report(
            start,
            end,
            f"Tulis '{right}', bukan '{wrong}' (bentuk baku KBBI).",
            f"Write '{right}', not '{wrong}' (KBBI standard form).",
            [right],
            Fix(start, end, right) if certain else None,
            None if certain else Severity.INFO,
        )
