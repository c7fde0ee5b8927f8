"""M001 invalid-suppression: a suppression comment the checker cannot obey.

A misspelt directive or an unknown rule code would otherwise silence nothing
without a word, and the writer would believe the finding was dealt with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..config import selector_matches
from ..diagnostic import Diagnostic, Severity
from . import all_rules, register
from .base import Context, Rule

_COMMENT_RE = re.compile(r"<!--\s*redaksi-lint\b[ \t]*(?P<body>.*?)\s*-->", re.DOTALL)
_VERBS = ("disable", "enable", "disable-next-line")


@register
class InvalidSuppression(Rule):
    """Flags a suppression comment with an unknown directive or rule.

    **What it does**: reads every `<!-- redaksi-lint ... -->` comment and
    reports a directive other than `disable`, `enable` and `disable-next-line`
    (`disabel`, with a did-you-mean), and a rule name in one that selects no
    rule (`S1O1`, `unknown-wrod`).

    **Why it matters**: such a comment silences nothing, so the finding it was
    meant to settle comes back — or, worse, the writer believes it was settled.
    (The same choice as ruff's check of `noqa` comments.)

    **Example**

    Failing: `<!-- redaksi-lint disabel S101 --> Warga menyaipakn posko.`

    Passing: `<!-- redaksi-lint disable S101 --> Warga menyaipakn posko.`

    **Fix**: none automatic; correct the comment.
    """

    code = "M001"
    slug = "invalid-suppression"
    severity = Severity.WARNING
    fixable = False
    summary = "Komentar penonaktifan aturan yang tidak dikenal"
    summary_en = "Suppression comment with an unknown directive or rule"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.doc.text
        if "redaksi-lint" not in text:
            return
        import difflib

        rules = all_rules()
        for m in _COMMENT_RE.finditer(text):
            body = m.group("body")
            verb, _, rest = body.partition(" ")
            start = m.start("body")
            if verb not in _VERBS:
                hint = difflib.get_close_matches(verb, _VERBS, n=1)
                also = f" (maksud Anda '{hint[0]}'?)" if hint else ""
                also_en = f" (did you mean '{hint[0]}'?)" if hint else ""
                yield self.report(
                    start, start + len(verb),
                    f"Perintah '{verb}' tidak dikenal; komentar ini tidak menonaktifkan "
                    f"apa pun{also}.",
                    f"Unknown directive '{verb}'; this comment silences nothing{also_en}.",
                    hint,
                )
                continue
            offset = start + len(verb) + 1
            for sel in re.finditer(r"[^\s,]+", rest):
                name = sel.group()
                if name.upper() == "ALL" or any(
                        selector_matches(name, r.code, r.slug) for r in rules):
                    continue
                names = sorted({r.code for r in rules} | {r.slug for r in rules})
                hint = difflib.get_close_matches(name, names, n=1)
                yield self.report(
                    offset + sel.start(), offset + sel.end(),
                    f"Aturan '{name}' tidak dikenal; tidak ada yang dinonaktifkan.",
                    f"Unknown rule '{name}'; nothing is silenced by it.",
                    hint,
                )
