"""S105 compound-word: bound forms written apart or with a hyphen (anti-tank,
pasca panen) and compounds KBBI writes apart or together (Ibukota, olah raga)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..diagnostic import Diagnostic, Fix, Severity
from ..evidence import function_words
from ..lexicon import MEMO_SIZE, Lexicon
from ..morphology import strip_clitics
from ..tokenize import Token
from . import register
from ._words import (
    is_mid_sentence_capital,
    match_case,
    optional_mapping,
    phrase_matches,
    word_set,
)
from .base import Context, Rule

# Bound forms this short (re, de) are too ambiguous to join to a spaced word.
MIN_SPACED_BOUND = 3
MIN_REST = 3
# A joined form attested only in the frequency list needs this Zipf value.
ATTESTED_ZIPF = 2.0
# The word before a separate pun must be this common (apa, siapa, satu, dia).
PUN_BASE_ZIPF = 3.0


@lru_cache(maxsize=1)
def compounds() -> dict[str, str]:
    return optional_mapping("compounds.tsv")


@lru_cache(maxsize=1)
def bound_forms() -> frozenset[str]:
    return word_set("bound-forms.txt")


@lru_cache(maxsize=MEMO_SIZE)
def _compound_lower(lower: str) -> str | None:
    """The listed form of a lowercase word, also with a clitic (kerjasamanya);
    once per word, since a draft repeats its words."""
    mapping = compounds()
    if lower in mapping:
        return mapping[lower]
    for base, clitic in strip_clitics(lower):
        if clitic and base in mapping:
            return mapping[base] + clitic
    return None


def _attested(lex: Lexicon, word: str) -> bool:
    return lex.spell(word) or (
        lex.zipf(word) >= ATTESTED_ZIPF and lex.is_known(word) and not lex.frequent_typo(word)
    )


@register
class CompoundWord(Rule):
    """Flags bound forms and compounds written against EYD V.

    **What it does**: (1) a bound form (anti-, antar-, pasca-, pra-, non-,
    multi-, sub-, super-, swa-, tuna-, ultra-, listed in
    `dictionaries/bound-forms.txt`) joined to a lowercase word with a hyphen
    (anti-tank) or written apart (pasca panen); a hyphen is right before a
    capital or a number (pasca-Lebaran, pra-2020, anti-PKI), so a spaced
    `pasca Lebaran` gets one. A spaced bound
    form is reported only when the joined word is attested. (2) compounds
    from `dictionaries/compounds.tsv` that KBBI writes apart (Ibu kota, kerja
    sama, terima kasih, tanggung jawab) or together (olahraga, mercusuar,
    dititikberatkan). (3) the particle *pun* joined to a word (apapun ->
    apa pun); the conjunctions written joined (meskipun, walaupun, adapun)
    are known words and stay.

    **Why it matters**: EYD V (Penulisan Kata: bentuk terikat; gabungan kata)
    writes bound forms joined to the word they modify and fixes which
    compounds are written apart.

    **Example**

    Failing: `Harga gabah pasca panen turun.` / `Tim menyiapkan rudal anti-tank.`

    Passing: `Harga gabah pascapanen turun.` / `Libur pasca-Lebaran usai.`

    **Fix**: joins or splits the words. A capitalised compound in mid-sentence
    may be part of an official name and is reported at `info` without a fix.
    """

    code = "S105"
    slug = "compound-word"
    data_files = ("compounds.tsv", "bound-forms.txt", "function-words.txt")
    severity = Severity.WARNING
    fixable = True
    summary = "Penulisan bentuk terikat atau gabungan kata tidak sesuai EYD"
    summary_en = "Bound form or compound written against EYD"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        lex = ctx.lexicon
        tokens = ctx.tokens
        mapping = compounds()
        bound = bound_forms()
        covered: set[int] = set()
        for m in phrase_matches(ctx.text, tokens, mapping,
                                 positions=ctx.word_positions):
            covered.update(range(m.first, m.last))
            wrong = ctx.text[m.start : m.end]
            right = match_case(wrong, mapping[m.key])
            yield self._diag(m.start, m.end, wrong, right, info=self._named(tokens, m.first))

        def acts_on(lower: str) -> bool:
            """Could the steps below do anything with this word?"""
            return (_compound_lower(lower) is not None or lower.endswith("pun")
                    or (lower.split("-", 1)[0] if "-" in lower else lower) in bound)

        for k in ctx.words_where(acts_on):
            tok = tokens[k]
            if tok.kind != "word" or k in covered or not tok.text.isascii():
                continue
            lower = tok.lower
            listed = _compound_lower(lower)
            if listed is not None:
                joined = match_case(tok.text, listed)
                yield self._diag(tok.start, tok.end, tok.text, joined, info=self._named(tokens, k))
                continue
            if lower.endswith("pun"):
                pun = self._particle_pun(lex, tok)
                if pun is not None:
                    yield pun
                    continue
            if "-" in lower:
                if lower.split("-", 1)[0] not in bound:
                    continue
                diag = self._hyphenated(lex, tok, bound)
            else:
                if lower not in bound:
                    continue
                diag = self._spaced(ctx, lex, k, bound)
                if diag is not None:
                    covered.add(k + 1)
            if diag is not None:
                yield diag

    @staticmethod
    def _named(tokens: list[Token], k: int) -> bool:
        tok = tokens[k]
        return is_mid_sentence_capital(tok) and not tok.text.isupper()

    def _particle_pun(self, lex: Lexicon, tok: Token) -> Diagnostic | None:
        """apapun -> apa pun, siapapun -> siapa pun: the particle pun is written
        apart; the conjunctions written joined (meskipun, walaupun, adapun,
        bagaimanapun) are hunspell words and are left alone."""
        lower = tok.lower
        if not lower.endswith("pun") or "-" in lower or is_mid_sentence_capital(tok):
            return None
        base = lower[:-3]
        if len(base) < MIN_REST or lex.spell(lower) or lower in lex.roots:
            return None
        if not lex.spell(base) or lex.zipf(base) < PUN_BASE_ZIPF or lex.zipf(lower) <= 0:
            return None
        right = match_case(tok.text, f"{base} pun")
        return self.report(
            tok.start, tok.end,
            f"Tulis '{right}', bukan '{tok.text}': partikel pun ditulis terpisah (EYD V).",
            f"Write '{right}', not '{tok.text}': the particle pun is written apart (EYD V).",
            [right], Fix(tok.start, tok.end, right),
        )

    def _hyphenated(self, lex: Lexicon, tok: Token, bound: frozenset[str]) -> Diagnostic | None:
        """anti-tank -> antitank; anti-PKI, pasca-Lebaran stay."""
        pre, rest = tok.text.split("-", 1)
        if pre.lower() not in bound or "-" in rest or len(rest) < MIN_REST:
            return None
        if not rest[:1].islower() or rest.lower() == pre.lower() or rest.lower() in bound:
            return None
        if is_mid_sentence_capital(tok) and not tok.text.isupper():
            return None
        joined = pre + rest
        if not (lex.is_known(rest.lower()) or _attested(lex, joined.lower())):
            return None
        # Edited copy often keeps the hyphen (non-tambang): certain only when
        # hunspell knows the joined word (antitank, nonmigas).
        info = not lex.spell(joined.lower())
        return self._diag(tok.start, tok.end, tok.text, joined, info=info, bound_form=pre)

    def _spaced(
        self, ctx: Context, lex: Lexicon, k: int, bound: frozenset[str]
    ) -> Diagnostic | None:
        """pasca panen -> pascapanen, when the joined word is attested."""
        tokens = ctx.tokens
        tok = tokens[k]
        pre = tok.text
        if pre.lower() not in bound or len(pre) < MIN_SPACED_BOUND or k + 1 >= len(tokens):
            return None
        if not (pre.islower() or (tok.sent_start and pre[1:].islower())):
            return None
        nxt = tokens[k + 1]
        if nxt.kind != "word" or ctx.text[tok.end : nxt.start] != " ":
            return None
        rest = nxt.text
        lower_pre = pre.lower()
        # pasca, pra, multi, sub never stand alone (hunspell has no entry for
        # them; a root list may, from sub-, anti-): a known word after is enough
        unambiguous = not lex.spell(lower_pre)
        if rest[:1].isupper() and rest[1:].islower() and unambiguous and pre.islower():
            # pasca Lebaran -> pasca-Lebaran: before a capital the hyphen is right
            wrong = ctx.text[tok.start : nxt.end]
            return self._diag(tok.start, nxt.end, wrong, f"{pre}-{rest}", bound_form=pre)
        if not rest.islower() or "-" in rest or len(rest) < MIN_REST or rest in bound:
            return None
        joined = (pre + rest).lower()
        if not _attested(lex, joined) and not (
            unambiguous and lex.spell(rest) and rest not in function_words()
        ):
            return None
        # A bound form that is also a word of its own (antar 'deliver', super)
        # is only reported when hunspell knows the joined word; one that a root
        # list has as a word (anti, sub) and a joined form no list attests
        # (subtim) is only `info`: "anti terhadap" is a word and a preposition.
        info = (lex.spell(lower_pre) and not lex.spell(joined)) or (
            lower_pre in lex.roots and not _attested(lex, joined))
        wrong = ctx.text[tok.start : nxt.end]
        return self._diag(tok.start, nxt.end, wrong, match_case(pre, joined), info=info,
                          bound_form=pre)

    def _diag(self, start: int, end: int, wrong: str, right: str, info: bool = False,
              bound_form: str = "") -> Diagnostic:
        if bound_form:
            message = (f"Tulis '{right}', bukan '{wrong}': bentuk terikat '{bound_form.lower()}' "
                       "ditulis serangkai (EYD V).",
                       f"Write '{right}', not '{wrong}': the bound form "
                       f"'{bound_form.lower()}' is written joined (EYD V).")
        else:
            message = (f"Tulis '{right}', bukan '{wrong}' (gabungan kata menurut KBBI).",
                       f"Write '{right}', not '{wrong}' (compound as KBBI writes it).")
        return self.report(
            start, end, message[0], message[1], [right],
            None if info else Fix(start, end, right),
            Severity.INFO if info else None,
        )
