"""S106 preposition-di-ke: the prepositions di/ke written apart from place
words (dimana -> di mana), and the prefix di- written joined to verbs
(di lakukan -> dilakukan)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..data import DataError, load_tsv
from ..diagnostic import Diagnostic, Fix, Severity
from ..lexicon import Lexicon
from ..morphology import analyses, strip_clitics
from ..tokenize import Token
from . import register
from ._words import is_mid_sentence_capital, match_case
from .base import Context, Rule

PREPOSITIONS = ("di", "ke")
MIN_VERB = 3
# 'di X' is read as a split passive only when diX is about as frequent as X
# (Zipf difference): dijual 4.9 / jual 5.3, but disela 3.3 / sela 4.2.
PASSIVE_MARGIN = 0.75


@lru_cache(maxsize=1)
def places() -> dict[str, frozenset[str]]:
    """place word -> the prepositions written apart before it (di, ke)."""
    try:
        rows = load_tsv("di-ke-places.txt", 2)
    except DataError:
        return {}
    out: dict[str, frozenset[str]] = {}
    for word, preps in rows:
        if not word:
            continue
        allowed = frozenset(p.strip().lower() for p in (preps or "di,ke").split(","))
        out[word.lower()] = allowed & frozenset(PREPOSITIONS)
    return out


def split_preposition(lower: str, table: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """dimana -> (di, mana); didalamnya -> (di, dalamnya); kemanapun -> (ke, mana pun)."""
    prep, rest = lower[:2], lower[2:]
    if prep not in PREPOSITIONS or not rest:
        return None
    for base, clitic in strip_clitics(rest):
        if base in table and prep in table[base]:
            if clitic.endswith("pun"):
                # pun after a place word is a particle written apart: di mana pun
                return prep, base + clitic[:-3] + " pun"
            return prep, base + clitic
    return None


@register
class PrepositionDiKe(Rule):
    """Flags the prepositions di/ke joined to a place or direction word, and
    the passive prefix di- written apart from its verb.

    **What it does**: (1) di/ke + a word of `dictionaries/di-ke-places.txt`
    written as one word (dimana, kemana, disini, diantara, diatas, kedepan,
    didalamnya). (2) `di` followed by a space and a word that, joined to it,
    is a passive verb (di lakukan -> dilakukan) when the word cannot be the
    object of the preposition: a -kan/-i verb form, or a word that is not
    an Indonesian word on its own. Other cases (di jual) are `info`; a place
    word (di rumah, di pasar, di atas) is never reported.

    **Why it matters**: EYD V (Penulisan Kata: kata depan) writes the
    prepositions di and ke apart and the prefix di- joined; mixing them up is
    one of the most frequent errors in Indonesian writing.

    **Example**

    Failing: `Warga belum tahu kemana harus mengungsi.` / `Rapat itu di lakukan kemarin.`

    Passing: `Warga belum tahu ke mana harus mengungsi.` / `Rapat itu dilakukan kemarin.`

    **Fix**: splits or joins the words.
    """

    code = "S106"
    slug = "preposition-di-ke"
    severity = Severity.WARNING
    fixable = True
    summary = "Kata depan di/ke ditulis terpisah, awalan di- ditulis serangkai"
    summary_en = "Preposition di/ke written apart, prefix di- written joined"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        table = places()
        lex = ctx.lexicon
        tokens = ctx.tokens

        def acts_on(lower: str) -> bool:
            """`di` itself, or a word the steps below can split (once per word)."""
            if lower == "di":
                return True
            return bool(table) and len(lower) >= 4 and split_preposition(
                lower.partition("-")[0], table) is not None

        for k in ctx.words_where(acts_on):
            tok = tokens[k]
            if tok.kind != "word" or tok.text[:2].lower() not in PREPOSITIONS:
                continue  # every finding starts with di or ke
            if not tok.text.isascii():
                continue
            lower = tok.lower
            if lower == "di":
                diag = self._spaced_prefix(ctx, lex, k, table)
                if diag is not None:
                    yield diag
                continue
            if not table or len(lower) < 4:
                continue
            if is_mid_sentence_capital(tok) and not tok.text.isupper():
                continue  # a name (Kemang, Disini as a brand)
            head, sep, tail = lower.partition("-")
            split = split_preposition(head, table)
            if split is None:
                continue
            if sep:
                # dimana-mana -> di mana-mana; other hyphenated words are left alone
                if tail != split[1]:
                    continue
                split = (split[0], f"{split[1]}-{tail}")
            right = match_case(tok.text, f"{split[0]} {split[1]}")
            yield self.report(
                tok.start, tok.end,
                f"Tulis '{right}', bukan '{tok.text}': kata depan '{split[0]}' ditulis terpisah.",
                f"Write '{right}', not '{tok.text}': the preposition '{split[0]}' "
                "is written apart.",
                [right], Fix(tok.start, tok.end, right),
            )

    def _spaced_prefix(
        self, ctx: Context, lex: Lexicon, k: int, table: dict[str, frozenset[str]]
    ) -> Diagnostic | None:
        """di lakukan -> dilakukan; never di rumah, di atas, di pasar."""
        tokens = ctx.tokens
        if k + 1 >= len(tokens):
            return None
        tok, nxt = tokens[k], tokens[k + 1]
        if nxt.kind != "word" or ctx.text[tok.end : nxt.start] != " ":
            return None
        verb = nxt.text
        if not verb.islower() or "-" in verb or len(verb) < MIN_VERB or verb in table:
            return None
        if any(base in table for base, _ in strip_clitics(verb)):
            return None
        joined = "di" + verb
        if not lex.spell(joined) or joined in lex.roots:
            return None  # divisi, dinas: a root of its own, not di- + visi
        severity = self._certainty(lex, verb, tokens, k + 1)
        if severity is None:
            return None
        right = match_case(tok.text, joined)
        wrong = ctx.text[tok.start : nxt.end]
        return self.report(
            tok.start, nxt.end,
            f"Tulis '{right}', bukan '{wrong}': awalan di- ditulis serangkai.",
            f"Write '{right}', not '{wrong}': the prefix di- is written joined.",
            [right],
            Fix(tok.start, nxt.end, right) if severity == Severity.WARNING else None,
            severity,
        )

    @staticmethod
    def _certainty(lex: Lexicon, verb: str, tokens: list[Token], k: int) -> Severity | None:
        """WARNING when `verb` cannot follow the preposition (lakukan, tangani,
        or no word of its own); INFO for a bare root (di jual); None for words
        that name things and places."""
        for a in analyses(verb):
            verb_form = not a.prefixes and a.suffix in ("kan", "i") and len(a.root) >= MIN_VERB
            if verb_form and lex.spell(a.root) and lex.spell("di" + a.root + a.suffix):
                return Severity.WARNING
        if not lex.is_known(verb):
            return Severity.WARNING
        # A capitalised word after it is a place name (di jual Jakarta is rare;
        # di pasar Senen is common): stay silent.
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
            return None
        if any(b.endswith("an") and not b.endswith("kan") for b, _ in strip_clitics(verb)):
            return None  # bagian, urutan, lapisan: nouns
        if lex.zipf("di" + verb) >= lex.zipf(verb) - PASSIVE_MARGIN:
            return Severity.INFO
        return None
