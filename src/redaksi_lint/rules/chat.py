"""S110 chat-abbreviation: yg, tdk, dgn, utk and the like written for the full
word in news copy."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..diagnostic import Diagnostic, Fix, Severity
from . import register
from ._words import is_mid_sentence_capital, match_case, optional_tsv
from .base import Context, Rule

# Characters that glue a token to code or a path (pd.read, src/dst, dst_dir):
# such a token is an identifier, not an abbreviation in prose.
_CODE_GLUE = frozenset("./_\\=<>[]{}@#$")


@lru_cache(maxsize=1)
def chat_abbreviations() -> dict[str, tuple[str, bool]]:
    """abbreviation -> (full word, accepted when written with a period)."""
    out: dict[str, tuple[str, bool]] = {}
    for row in optional_tsv("chat-abbreviations.tsv"):
        abbr = row[0].strip().lower()
        full = row[1].strip() if len(row) > 1 else ""
        if abbr and full:
            out[abbr] = (full, len(row) > 2 and row[2].strip().lower() == "ok")
    return out


@register
class ChatAbbreviation(Rule):
    """Flags chat and note-taking abbreviations (yg, tdk, dgn, utk, krn, sdh)
    and writes the full word.

    **What it does**: looks words up in `dictionaries/chat-abbreviations.tsv`
    (`abbreviation<TAB>full word`). Outside direct quotations the full word is
    a certain fix (warning); inside a quotation it is only `info`, since a
    quotation is left as the source wrote it. Capitalised words in
    mid-sentence and all-capital words are names and acronyms (PD, SDH), and
    a token glued to a period, slash or underscore followed by more text is
    code or a path (pd.read_csv, src/dst); none of these is reported.
    `dll.`, `dsb.` and `dst.` written with their period are EYD V general
    abbreviations and pass; written without it (and `tsb`, with or without a
    period) they are reported.

    **Why it matters**: EYD V (Penulisan Singkatan) lists the general
    abbreviations a text may use; dropped-vowel forms such as yg or dgn come
    from chat and notes, and no style guide accepts them in published copy.

    **Example**

    Failing: `Warga yg tdk terdaftar harus melapor ke kelurahan.`

    Passing: `Warga yang tidak terdaftar harus melapor ke kelurahan.`

    **Fix**: writes the full word (outside quotations).
    """

    code = "S110"
    slug = "chat-abbreviation"
    data_files = ("chat-abbreviations.tsv",)
    severity = Severity.WARNING
    fixable = True
    summary = "Singkatan ragam obrolan (yg, tdk, dgn) dalam teks berita"
    summary_en = "Chat abbreviation (yg, tdk, dgn) in news copy"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        table = chat_abbreviations()
        if not table:
            return
        text, tokens = ctx.text, ctx.tokens
        for k in ctx.words_where(table.__contains__):
            tok = tokens[k]
            if is_mid_sentence_capital(tok) or (tok.text.isupper() and len(tok.text) > 1):
                continue
            if not (tok.text.islower() or tok.text[1:].islower()):
                continue
            full, period_ok = table[tok.lower]
            before = text[tok.start - 1] if tok.start else " "
            after = text[tok.end : tok.end + 2]
            if before in _CODE_GLUE or (after[:1] in _CODE_GLUE and after[1:2].strip()
                                        and after[1:2] not in "\"”'’)"):
                continue
            if period_ok and after[:1] == ".":
                continue
            right = match_case(tok.text, full)
            end = tok.end
            if after[:1] == "." and self._period_is_abbreviation(text, end + 1):
                end += 1  # tsb. masih -> tersebut masih
            quoted = ctx.in_quote(tok.start, end)
            yield self.report(
                tok.start, end,
                f"Tulis '{right}', bukan singkatan '{tok.text}'.",
                f"Write '{right}', not the abbreviation '{tok.text}'.",
                [right],
                None if quoted else Fix(tok.start, end, right),
                Severity.INFO if quoted else None,
            )

    @staticmethod
    def _period_is_abbreviation(text: str, pos: int) -> bool:
        """A period followed by a lowercase word or a comma belongs to the
        abbreviation; before a capital or the end of a paragraph it also ends
        the sentence and stays."""
        rest = text[pos : pos + 40].lstrip(" \t")
        return bool(rest) and (rest[0].islower() or rest[0] in ",;:")
