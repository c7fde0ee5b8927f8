"""S109 english-spelling: an English word written the English way in an
Indonesian sentence when the language has adapted it (organic -> organik)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..diagnostic import Diagnostic, Severity
from . import register
from ._words import optional_mapping
from .base import Context, Rule
from .spelling import _is_english_context, is_emphasised

# Inflected English forms are never adapted as they are (saying is not saing).
ENGLISH_INFLECTIONS = ("ing", "ed")


@lru_cache(maxsize=1)
def false_friends() -> dict[str, str]:
    """English words whose look-alike Indonesian word means something else."""
    return optional_mapping("false-friends.txt")


@register
class EnglishSpelling(Rule):
    """Flags an English word in an Indonesian sentence when KBBI has its
    adapted form.

    **What it does**: an English word that is not an Indonesian word
    (organic, quality, classic, technology) is spelled the Indonesian way
    through the regular loan correspondences (c -> k, ph -> f, y -> i,
    -ity -> -itas, -ic -> -ik, -tion -> -si, -logy -> -logi, ...); when that
    spelling is a common, attested Indonesian word it is suggested. Left
    alone: words inside an English phrase (two English words beside them),
    direct quotations, capitalised words (titles and names), and the false
    friends of `dictionaries/false-friends.txt` (policy is not polisi).

    **Why it matters**: EYD V and the loanword guidelines (*Pedoman Umum
    Pembentukan Istilah*) ask for the adapted form once the language has
    one; a foreign word kept on purpose is italicised.

    **Example**

    Failing: `Petani kini menjual produk organic di pasar desa.`

    Passing: `Petani kini menjual produk organik di pasar desa.`

    **Fix**: none automatic (the writer may mean the English term); the
    adapted form is suggested.
    """

    code = "S109"
    slug = "english-spelling"
    data_files = ("false-friends.txt", "english.txt")
    severity = Severity.WARNING
    fixable = False
    summary = "Kata Inggris yang sudah punya bentuk serapan baku"
    summary_en = "English word that has an adapted Indonesian form"
    skip_in_quotes = True

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        lex = ctx.lexicon
        friends = false_friends()

        def candidate(lower: str) -> bool:
            return (len(lower) >= 4 and lower.isascii() and lower not in friends
                    and not lower.endswith(ENGLISH_INFLECTIONS)
                    and not lex.listed_elsewhere(lower)
                    and lex.status(lower) != "known" and lex.is_english(lower)
                    and lex.adapted_form(lower) is not None)

        tokens = ctx.tokens
        for k in ctx.words_where(candidate):
            tok = tokens[k]
            if tok.text != tok.lower or is_emphasised(ctx.text, tok.start, tok.end):
                continue  # a title or a name; a foreign term marked as such
            if _is_english_context(ctx, lex, k):
                continue
            adapted = lex.adapted_form(tok.lower)
            if adapted is None:
                continue
            yield self.report(
                tok.start, tok.end,
                f'Kata Inggris "{tok.text}" sudah diserap: tulis "{adapted}".',
                f'The English word "{tok.text}" has an adapted form: write "{adapted}".',
                [adapted],
            )
