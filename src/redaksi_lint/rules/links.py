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

# The start of an address (any case). It begins with one of a few letters, so
# the regex engine skips to those instead of trying every position.
_ADDRESS_RE = re.compile(r"(?:[hH][tT][tT][pP][sS\u017f]?://|[wW][wW][wW]\.)[\w-]")
# The letters right before it (with the colon that may follow them): a word
# that no letter, digit, slash, dot, colon, @, # or hyphen precedes.
_WORD_BEFORE_RE = re.compile(r"(?<![\w/.:@#-])[^\W\d_]+\Z")
_WORD_REACH = 64
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SCHEMES = ("http://", "https://", "www.")


def _glued_words(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, word, colon) of each word written against an address
    (kunjungiwww.contoh.id, di:www.contoh.id), in text order."""
    pos = 0
    while (m := _ADDRESS_RE.search(text, pos)) is not None:
        at = m.start()
        pos = at + 1
        end = at - 1 if at and text[at - 1] == ":" else at
        reach = _WORD_REACH
        lo = max(0, end - reach)
        while lo and _LETTERS_RE.fullmatch(text, lo, end):
            reach *= 4  # letters all through the window may go on before it
            lo = max(0, end - reach)
        word = _WORD_BEFORE_RE.search(text, lo, end)
        if word is not None:
            yield word.start(), at, word.group(), text[end:at]


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
        for m_start, m_end, word, colon in _glued_words(text):
            if not self._in_prose(ctx, m_start, m_end):
                continue
            if colon and word.lower() in prepositions:
                right = f"{word} "
                start, end = m_start, m_end
                message = (f"Tulis '{word} ' dan alamat situsnya: titik dua tidak dipakai "
                           "sesudah kata depan.")
                message_en = f"Write '{word} ' before the address: no colon after a preposition."
                suggestion = f"{word} "
            else:
                start = end = m_end
                right = " "
                message = "Beri spasi sebelum alamat situs."
                message_en = "Put a space before the web address."
                suggestion = f"{word}{colon} "
            yield self.report(
                m_start, m_end, message, message_en, [suggestion],
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
