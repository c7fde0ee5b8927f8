"""S108 reduplication-shorthand: anak2 for anak-anak, and a reduplication
written with one part too many (cumi-cumi-cumi)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count
from operator import attrgetter

from ..diagnostic import Diagnostic, Fix, Severity
from ..lexicon import Lexicon
from . import register
from ._words import match_case
from .base import Context, Rule

# letters + 2 + optional suffix/clitic letters: anak2, kira2, anak2nya, ber-main2an
SHORTHAND_RE = re.compile(r"^([^\W\d_]+)2([^\W\d_]*)$")
MIN_BASE = 3


def expand_shorthand(lex: Lexicon, word: str) -> str | None:
    """anak2 -> anak-anak, kira2 -> kira-kira, anak2nya -> anak-anaknya, when
    the base is a known word and the expansion is a known form."""
    m = SHORTHAND_RE.match(word)
    if not m:
        return None
    base, tail = m.group(1), m.group(2)
    if len(base) < MIN_BASE or not base[1:].islower() or (tail and not tail.islower()):
        return None
    lower = base.lower()
    if not (lex.spell(lower) or lower in lex.roots):
        return None
    full = f"{lower}-{lower}{tail}"
    if tail and lex.status(full) != "known":
        return None
    return match_case(base, full)


@register
class ReduplicationShorthand(Rule):
    """Flags reduplication written with the digit 2 (anak2) or with a part
    repeated once too often (cumi-cumi-cumi).

    **What it does**: a word followed by `2` (anak2, kira2, anak2nya) whose
    base is a known word is written out with a hyphen; a hyphenated word of
    three or more identical parts is cut to two.

    **Why it matters**: EYD V writes reduplication in full with a hyphen
    (bentuk ulang); the `2` shorthand belongs to handwriting and chat.

    **Example**

    Failing: `Anak2 sekolah diliburkan sementara.`

    Passing: `Anak-anak sekolah diliburkan sementara.`

    **Fix**: writes the reduplication in full.
    """

    code = "S108"
    slug = "reduplication-shorthand"
    severity = Severity.WARNING
    fixable = True
    summary = "Kata ulang ditulis dengan angka 2 atau berlebih"
    summary_en = "Reduplication written with 2 or repeated too often"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        lex = ctx.lexicon
        tokens = ctx.tokens
        # letters with digits (kata2) or a word of three parts or more
        # (kota-kota-kota): few tokens, found by C-level passes over all
        multi = {w for w in ctx.word_positions if w.count("-") >= 2}
        candidates = sorted({
            *compress(count(), map("mixed".__eq__, map(attrgetter("kind"), tokens))),
            *(k for w in multi for k in ctx.word_positions[w]),
        })
        for tok in (tokens[k] for k in candidates):
            if tok.kind == "mixed":
                right = expand_shorthand(lex, tok.text)
            elif tok.kind == "word" and tok.text.count("-") >= 2:
                right = self._overrun(lex, tok.text)
            else:
                continue
            if right is None:
                continue
            yield self.report(
                tok.start, tok.end,
                f"Tulis '{right}', bukan '{tok.text}': kata ulang ditulis lengkap dengan "
                "tanda hubung.",
                f"Write '{right}', not '{tok.text}': reduplication is written in full "
                "with a hyphen.",
                [right], Fix(tok.start, tok.end, right),
            )

    @staticmethod
    def _overrun(lex: Lexicon, word: str) -> str | None:
        parts = word.split("-")
        if len({p.lower() for p in parts}) != 1 or not parts[0]:
            return None
        right = f"{parts[0]}-{parts[1]}"
        return right if lex.is_known(right.lower()) else None
