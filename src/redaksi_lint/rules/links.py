"""P409 glued-url: a web address written against the word before it
(kunjungiwww.contoh.id, lihathttps://…, di:www.contoh.id)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostic import Diagnostic, Fix, Severity
from ..document import MASK_CHAR, NON_PROSE_RE
from ..evidence import function_words
from . import register
from .base import Context, Rule

# A word, an optional colon, then the start of an address, with nothing between.
_GLUED_RE = re.compile(r"(?<![\w/.:@#-])([^\W\d_]+)(:?)(?=(?:https?://|www\.)[\w-])",
                       re.IGNORECASE)
_SCHEMES = ("http://", "https://", "www.")


@register
class GluedUrl(Rule):
    """Flags a web address written against the word before it.

    **What it does**: reports a word directly followed by `http://`,
    `https://` or `www.` (`kunjungiwww.contoh.id`, `lihathttps://contoh.id`)
    and writes the space; a preposition joined to the address by a colon
    (`di:www.contoh.id`) gets the space in place of the colon, any other word
    with a colon (`Situs:www.contoh.id`) the space after it. The address
    itself is never changed.

    **Why it matters**: a glued address is not a link in print or on screen
    (readers and CMS link detectors see `kunjungiwww`), and EYD V separates
    words with a space; it is a frequent slip when an address is pasted.

    **Example**

    Failing: `Informasi lengkap dapat dilihat di:www.bmkg.go.id.`

    Passing: `Informasi lengkap dapat dilihat di www.bmkg.go.id.`

    **Fix**: inserts the space (or puts it in place of the colon after a
    preposition).
    """

    code = "P409"
    slug = "glued-url"
    data_files = ("function-words.txt",)
    severity = Severity.WARNING
    fixable = True
    summary = "Alamat situs menempel pada kata sebelumnya"
    summary_en = "Web address glued to the word before it"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        text = ctx.doc.text
        lower = text.lower()
        if not any(s in lower for s in _SCHEMES):
            return
        prepositions = function_words()
        for m in _GLUED_RE.finditer(text):
            if not self._in_prose(ctx, m.start(), m.end()):
                continue
            word, colon = m.group(1), m.group(2)
            if colon and word.lower() in prepositions:
                right = f"{word} "
                start, end = m.start(), m.end()
                message = (f"Tulis '{word} ' dan alamat situsnya: titik dua tidak dipakai "
                           "sesudah kata depan.")
                message_en = f"Write '{word} ' before the address: no colon after a preposition."
                suggestion = f"{word} "
            else:
                start = end = m.end()
                right = " "
                message = "Beri spasi sebelum alamat situs."
                message_en = "Put a space before the web address."
                suggestion = f"{word}{colon} "
            yield self.report(
                m.start(), m.end(), message, message_en, [suggestion],
                Fix(start, end, right),
            )

    @staticmethod
    def _in_prose(ctx: Context, start: int, end: int) -> bool:
        """Is the word read as prose, or masked only because the address
        pattern swallowed it (contohwww.situs.com), and not code or markup?"""
        prose, text = ctx.text, ctx.doc.text
        if start and prose[start - 1] == MASK_CHAR:
            return False  # inside code or markup
        if MASK_CHAR not in prose[start:end]:
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        return any(a <= start and b >= end
                   for a, b in (m.span() for m in NON_PROSE_RE.finditer(text, line_start,
                                                                        line_end)))
