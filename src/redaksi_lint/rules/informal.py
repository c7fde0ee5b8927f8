"""S107 informal-word: colloquial words in formal news copy (info level)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..diagnostic import Diagnostic, Severity
from . import register
from ._words import is_mid_sentence_capital, optional_mapping, phrase_matches
from .base import Context, Rule


@lru_cache(maxsize=1)
def informal_map() -> dict[str, str]:
    return optional_mapping("informal.tsv")


@register
class InformalWord(Rule):
    """Flags colloquial words in formal news copy and names the formal word.

    **What it does**: looks words up in `dictionaries/informal.tsv`
    (`informal<TAB>formal`): gak, nggak -> tidak; udah -> sudah; bilang ->
    mengatakan; bikin -> membuat. Direct quotations are skipped (a quoted
    speaker may talk colloquially on purpose) and capitalised words in
    mid-sentence are names, never reported.

    **Why it matters**: news prose uses the formal register (*ragam baku*);
    KBBI labels these words *cak* (cakapan, colloquial).

    **Example**

    Failing: `Pemerintah bilang harga beras udah turun.`

    Passing: `Pemerintah mengatakan harga beras sudah turun.`

    **Fix**: none automatic; the formal word depends on the sentence, so the
    rule only suggests it (`info` level).
    """

    code = "S107"
    slug = "informal-word"
    data_files = ("informal.tsv",)
    severity = Severity.INFO
    fixable = False
    summary = "Kata ragam cakapan dalam teks berita"
    summary_en = "Colloquial word in news copy"
    skip_in_quotes = True

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        mapping = informal_map()
        if not mapping:
            return
        tokens = ctx.tokens
        covered: set[int] = set()
        for m in phrase_matches(ctx.text, tokens, mapping,
                                 positions=ctx.word_positions):
            covered.update(range(m.first, m.last))
            if is_mid_sentence_capital(tokens[m.first]):
                continue
            yield self._diag(m.start, m.end, ctx.text[m.start : m.end], mapping[m.key])
        positions = ctx.word_positions
        listed = sorted(k for w in positions.keys() & mapping.keys() for k in positions[w])
        for k in listed:  # only where a listed word stands
            tok = tokens[k]
            if k in covered:
                continue
            if is_mid_sentence_capital(tok) or (tok.text.isupper() and len(tok.text) > 1):
                continue  # names and acronyms
            formal = mapping.get(tok.lower)
            if formal is not None:
                yield self._diag(tok.start, tok.end, tok.text, formal)

    def _diag(self, start: int, end: int, word: str, formal: str) -> Diagnostic:
        return self.report(
            start, end,
            f"'{word}' adalah ragam cakapan; dalam berita gunakan '{formal}'.",
            f"'{word}' is colloquial; news copy uses '{formal}'.",
            [s.strip() for s in formal.split(",") if s.strip()],
        )
