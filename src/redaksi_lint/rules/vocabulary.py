"""The newsroom's own vocabulary: words it never wants to see."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config, is_enabled, selector_matches
from ..diagnostic import Diagnostic, Severity
from . import register
from .base import Context, Rule


@register
class RejectedWord(Rule):
    """Flags a word on the configuration's `reject` list.

    **What it does**: reports every token that is exactly a rejected word (whole
    words, case as written in the list; a lowercase entry also matches the word
    capitalised at the start of a sentence). Nothing else is matched: `reject:
    [nitizen]` does not touch *nitizens* or *warganet*.

    **Why it matters**: every house style has words it bans — a misspelling the
    newsroom keeps making, a term it has replaced — that no dictionary knows.

    **Example** (with `reject: [nitizen]`)

    Failing: `Para nitizen ramai membahas keputusan itu.`

    Passing: `Para warganet ramai membahas keputusan itu.`

    **Fix**: none automatic; add the replacement to the message of the house style guide.

    **When it runs**: a `reject` list is part of the spelling check, so the
    rule runs whenever the list is not empty and a spelling rule (S) is on —
    `select: [S, R]` keeps it — unless V001 or `rejected-word` is ignored.
    """

    code = "V001"
    slug = "rejected-word"
    severity = Severity.WARNING
    fixable = False
    summary = "Kata yang ditolak gaya selingkung redaksi"
    summary_en = "Word rejected by the house style"

    @classmethod
    def enabled(cls, config: Config) -> bool:
        if is_enabled(config, cls.code, cls.slug):
            return True
        ignored = any(selector_matches(s, cls.code, cls.slug) for s in config.ignore)
        return bool(config.reject) and not ignored and any(
            is_enabled(config, code, "") for code in ("S101", "S102", "S103"))

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        rejected = set(self.config.reject)
        if not rejected:
            return
        for tok in ctx.tokens:
            if tok.kind not in ("word", "mixed"):
                continue
            word = tok.text
            if word in rejected or (tok.sent_start and word[:1].lower() + word[1:] in rejected):
                yield self.report(
                    tok.start, tok.end,
                    f"Kata '{word}' ditolak oleh gaya selingkung redaksi.",
                    f"'{word}' is rejected by the house style.",
                )
