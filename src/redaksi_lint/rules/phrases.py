"""S111 confusable-phrase: a fixed expression with one word slipped into
another valid word (tidak pidana for tindak pidana, rumah sakti for rumah
sakit), which only the phrase reveals."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..diagnostic import Diagnostic, Fix, Severity
from ..tokenize import Token
from . import register
from ._words import match_case, optional_tsv, phrase_matches
from .base import Context, Rule

MAX_WORDS = 4
# How far (in words, within the sentence) a context word may stand.
CONTEXT_WINDOW = 6
_SENTENCE_END = frozenset(".!?;")
CLITIC = "nya"


@dataclass(frozen=True, slots=True)
class Confusable:
    """One row of confusable-phrases.tsv."""

    right: str
    safe: bool
    context: tuple[str, ...]  # empty: no context needed; `x*` matches a prefix


@lru_cache(maxsize=1)
def confusables() -> dict[str, Confusable]:
    """wrong phrase (lowercase, single spaces; also with -nya on the last
    word) -> what to write."""
    out: dict[str, Confusable] = {}
    for row in optional_tsv("confusable-phrases.tsv"):
        if len(row) < 2:
            continue
        wrong = " ".join(row[0].lower().split())
        right = " ".join(row[1].split())
        if not wrong or not right or wrong == right.lower():
            continue
        safe = (row[2].strip().lower() if len(row) > 2 else "unsafe") == "safe"
        context = tuple(w.strip().lower() for w in (row[3] if len(row) > 3 else "").split("|")
                        if w.strip())
        out[wrong] = Confusable(right, safe, context)
        out[wrong + CLITIC] = Confusable(right + CLITIC, safe, context)
    return out


def _context_word(word: str, wanted: tuple[str, ...]) -> bool:
    return any(word.startswith(w[:-1]) if w.endswith("*") else word == w for w in wanted)


def has_context(tokens: list[Token], first: int, last: int, wanted: tuple[str, ...]) -> bool:
    """Does a wanted word stand within CONTEXT_WINDOW words of tokens[first:last]
    without a sentence end between?"""
    for step, edge in ((-1, first - 1), (1, last)):
        seen, k = 0, edge
        while 0 <= k < len(tokens) and seen < CONTEXT_WINDOW:
            tok = tokens[k]
            if tok.text in _SENTENCE_END or (step == 1 and tok.sent_start) or (
                    step == -1 and tokens[k + 1].sent_start):
                break
            if tok.kind == "word":
                seen += 1
                if _context_word(tok.lower, wanted):
                    return True
            k += step
    return False


def _keep_case(wrong_words: list[str], right: str) -> str:
    """Each word of the fix in the case of the word it replaces (Rumah Sakti ->
    Rumah Sakit; RUMAH SAKTI -> RUMAH SAKIT)."""
    right_words = right.split(" ")
    if len(right_words) != len(wrong_words):
        return match_case(wrong_words[0], right)
    return " ".join(match_case(w, r) for w, r in zip(wrong_words, right_words, strict=True))


@register
class ConfusablePhrase(Rule):
    """Flags a fixed expression in which one word slipped into another valid
    word, and writes the expression right.

    **What it does**: looks phrases up in `dictionaries/confusable-phrases.tsv`
    (`wrong<TAB>right<TAB>safe|unsafe<TAB>context`): tidak pidana -> tindak
    pidana, gencaran senjata -> gencatan senjata, rumah sakti -> rumah sakit,
    media masa -> media massa, duta beras -> duta besar. Every word of the
    wrong phrase is a real word, so a spelling check passes it; only the
    phrase shows the slip. Rows that need context (suka bunga is wrong only
    near acuan, kredit, bank …) are reported only when a context word stands
    within six words in the same sentence. Phrases are matched in any case
    and with -nya on the last word.

    **Why it matters**: these slips survive spell checking and change the
    meaning of legal, government, health and economic terms that readers know
    by heart; KBBI lists the right expressions.

    **Example**

    Failing: `Polisi menyelidiki dugaan tidak pidana korupsi di rumah sakti itu.`

    Passing: `Polisi menyelidiki dugaan tindak pidana korupsi di rumah sakit itu.`

    **Fix**: writes the right phrase when the row is `safe` (the wrong phrase
    has no reading of its own); `unsafe` rows only suggest it.
    """

    code = "S111"
    slug = "confusable-phrase"
    data_files = ("confusable-phrases.tsv",)
    severity = Severity.WARNING
    fixable = True
    summary = "Ungkapan tetap dengan kata yang tertukar (tidak pidana, rumah sakti)"
    summary_en = "Fixed expression with a slipped word (tidak pidana, rumah sakti)"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        table = confusables()
        if not table:
            return
        text, tokens = ctx.text, ctx.tokens
        for m in phrase_matches(text, tokens, table, MAX_WORDS, positions=ctx.word_positions):
            entry = table[m.key]
            if entry.context and not has_context(tokens, m.first, m.last, entry.context):
                continue
            wrong = text[m.start : m.end]
            right = _keep_case([t.text for t in tokens[m.first : m.last]], entry.right)
            yield self.report(
                m.start, m.end,
                f"Tulis '{right}', bukan '{wrong}'.",
                f"Write '{right}', not '{wrong}'.",
                [right],
                Fix(m.start, m.end, right) if entry.safe else None,
            )
