"""S106 preposition-di-ke: the prepositions di/ke written apart from place
words (dimana -> di mana), and the prefix di- written joined to verbs
(di lakukan -> dilakukan)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..data import DataError, load_tsv
from ..diagnostic import Diagnostic, Fix, Severity
from ..evidence import function_words
from ..lexicon import Lexicon
from ..morphology import analyses, nasal_prefix, strip_clitics
from ..tokenize import Token
from . import register
from ._words import is_mid_sentence_capital, match_case
from .base import Context, Rule
from .compound import compounds

PREPOSITIONS = ("di", "ke")
MIN_VERB = 3
# 'di X' is read as a split passive only when diX is about as frequent as X
# (Zipf difference): dijual 4.9 / jual 5.3, but disela 3.3 / sela 4.2.
PASSIVE_MARGIN = 0.75
# A glued preposition (dirumah, kepasar) is only read on a root this long ...
MIN_GLUED_ROOT = 4
# ... and is a warning with a fix only for a root this frequent (rumah 6.0,
# kantor 5.4, kampus 5.0); rarer roots (kloning, razia) are often loan verbs
# whose bare passive the word lists miss, so they are only `info`.
GLUED_WARN_ZIPF = 4.8
# ... and when diX is far rarer than X on the web: a bare passive of a noun
# root (dipenjara 4.2 / penjara 4.8) is written about as often as its root,
# a glued preposition (dirumah 4.7 / rumah 6.0, dipasar 3.3 / pasar 5.3) is not.
GLUED_MARGIN = 1.1
# Below this gap diX is read as a word of its own (dikukus 3.3 / kukus 3.3,
# digeledah 3.1 / geledah 3.2) and not reported at all.
GLUED_MIN_GAP = 0.9
# ke + a root this common, keX this much rarer on the web and its meN- form
# GLUED_NOUN_MARGIN rarer than the root, is noted as a glued preposition
# (info, no fix) even though the meN- form is in use (kearah).
GLUED_NOTE_ZIPF = 5.0
GLUED_NOTE_GAP = 1.0
GLUED_NOUN_MARGIN = 0.5
# ... and di + such a root only when the meN- form is this much rarer: the
# passives of loan verbs the word lists lack sit closer (proses 5.6 /
# memproses 3.8: diproses; tahun 6.4 / menahun 3.2: ditahun is di tahun).
GLUED_DI_NOUN_MARGIN = 2.0
# ke + a common noun in -an (golongan) that nobody writes as one word.
GLUED_KE_AN_ZIPF = 4.0
# Evidence that an active form exists (web counts of one).
ACTIVE_ZIPF = 3.0
# A root whose meN- form is this common and at most VERB_MARGIN rarer than the
# root itself is used mainly as a verb (melihat 5.9 / lihat 5.8, menerima 5.5 /
# terima 5.8): 'di X' is its passive split, even before a capitalised agent
# (di terima ANTARA). Nouns with a verb of their own lag further behind
# (meningkat 4.9 / tingkat 5.4, membagi 4.5 / bagi 5.9).
VERB_ZIPF = 3.5
VERB_MARGIN = 0.4


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


def _attested(lex: Lexicon, word: str) -> bool:
    """In use on the web: hunspell's affix rules alone build verbs nobody
    writes (meluar), so they are no evidence that a root is a verb."""
    return lex.zipf(word) >= ACTIVE_ZIPF and not lex.frequent_typo(word)


def _active_forms(root: str) -> tuple[str, ...]:
    """meN- forms of a root (menulis; mengecek for a one-syllable root)."""
    base = nasal_prefix(root)
    return (base, "menge" + root) if sum(c in "aeiou" for c in root) == 1 else (base,)


def _verb_root(lex: Lexicon, root: str) -> bool:
    """A root used mainly as a verb: its meN- form is about as common as it,
    and its di- passive is written on the web (mendarat is common, didarat
    is not: darat is a place)."""
    active = max(lex.zipf(form) for form in _active_forms(root))
    return (active >= VERB_ZIPF and active >= lex.zipf(root) - VERB_MARGIN
            and _attested(lex, "di" + root))


def _an_noun(lex: Lexicon, word: str) -> bool:
    """bagian, lapisan, urutan: a noun in -an on a root (bagi, lapis, urut).
    The prefix di- never takes -an, so di + such a noun is a glued
    preposition even where hunspell's affix rules accept it (dibagian)."""
    return (word.endswith("an") and not word.endswith("kan") and word not in lex.roots
            and lex.spell(word) and lex.is_root(word[:-2]))


def glued_preposition(lex: Lexicon, lower: str) -> tuple[str, str, bool] | None:
    """dirumah -> (di, rumah, certain); kepasar -> (ke, pasar, certain): di/ke
    written against a root that is not a verb. None when the word is attested
    as a whole (dibuat, ketua, kesemua), when the rest is not a plain root
    (dipekerjakan, ditransformasi, kekerabatan), or when the root has an
    active verb form (melaut: dilaut may be read as a passive). `certain` is
    False for a rarer root, one with an active -i verb (menempati), or one
    whose diX is nearly as frequent as itself (dipenjara)."""
    prep, rest = lower[:2], lower[2:]
    if prep not in PREPOSITIONS or len(rest) < MIN_GLUED_ROOT or not lower.isalpha():
        return None
    an_noun = prep == "di" and any(_an_noun(lex, b) for b, _ in strip_clitics(rest))
    for whole, _ in strip_clitics(lower):
        if whole in lex.roots or whole in lex.extra or (lex.spell(whole) and not an_noun):
            return None
    if lex.listed_elsewhere(lower) or lower in lex.hyphenated:
        return None
    function = function_words()
    for base, clitic in strip_clitics(rest):
        if len(base) < MIN_GLUED_ROOT:
            continue
        if base.endswith(("kan", "si")) or base in function:
            return None  # a verb form (dipekerjakan, ditransformasi) or ketidak-
        if prep == "ke" and base.endswith("an"):
            # the ke-an confix (kekerabatan), unless nobody writes the ke-an
            # word and the -an word is a common noun (keperseroan, kegolongan)
            if lex.zipf(lower) == 0 and lex.zipf(base) >= GLUED_KE_AN_ZIPF and lex.spell(base):
                return prep, base + clitic, False
            return None
        if not (base in lex.roots or lex.spell(base)):
            continue
        if lex.is_english(base) and base not in lex.roots:
            return None
        common = lex.zipf(base)
        if common < ACTIVE_ZIPF:
            return None  # a root nobody writes alone (lansir): dilansir is the word
        if lex.zipf(prep + base) > common - GLUED_MIN_GAP:
            return None  # diX about as frequent as X: a passive (dikukus), not a slip
        if _an_noun(lex, base):  # di- takes no -an: no passive to mistake
            certain = common >= GLUED_WARN_ZIPF and lex.zipf(prep + base) < common - GLUED_MARGIN
            return prep, base + clitic, certain
        actives = _active_forms(base)
        # a root that is a common noun far more than a verb (kearah: arah 5.3,
        # mengarah 4.6, kearah 4.0; ditahun: tahun 6.4, menahun 3.2, ditahun
        # 3.6): a glued preposition to note, though the verb is in use
        noun = (common >= GLUED_NOTE_ZIPF
                and lex.zipf(prep + base) < common - GLUED_NOTE_GAP
                and max(lex.zipf(form) for form in actives) < common - (
                    GLUED_NOUN_MARGIN if prep == "ke" else GLUED_DI_NOUN_MARGIN))
        if prep == "ke" and any(lex.spell(form) or _attested(lex, form) for form in actives):
            # colloquial ke- = ter- on a verb (kerasa: merasa, kejepit: menjepit)
            return (prep, base + clitic, False) if noun else None
        if any(_attested(lex, form) for form in actives):
            return (prep, base + clitic, False) if noun else None
        suffixed = any(_attested(lex, form + suffix) for form in actives for suffix in ("kan", "i"))
        if any(lex.spell(form) for form in actives):
            # hunspell alone builds meluar and menitik; with a suffixed verb in
            # use (melanjutkan) the root is a verb and diX a passive.
            if suffixed:
                return None
            return prep, base + clitic, False
        certain = (common >= GLUED_WARN_ZIPF and lex.zipf(prep + base) < common - GLUED_MARGIN
                   and not any(_attested(lex, form + "i") for form in actives))
        return prep, base + clitic, certain
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
    word (di rumah, di pasar, di atas) is never reported. (3) di/ke glued
    to a noun root that has no active verb form (dikampus, dirumah, kepasar
    -> di kampus, ke pasar), when the whole word is in no word list: the
    word lists know the passives (dibuat, dicek) and the ke- words (ketua,
    kesemua); a rest that is itself derived (dipekerjakan, kekerabatan), a
    -si loan used as a verb (ditransformasi), a root in use as a verb
    (melansir, melanjutkan, memenjarakan), a colloquial ke- passive of a
    verb (kerasa, kejepit) and a diX about as frequent on the web as its
    root (dikukus) are left alone; di + a noun in -an (dibagian) is read
    even where hunspell accepts it, since di- takes no -an. A rarer root, one
    with an active -i verb (menempati), or an active form only hunspell
    builds (meluar), is only `info`, without a fix.

    Also noted (`info`, no fix): di written apart from a -si loan verb (di
    konfirmasi) or from a root used mainly as a verb (di lihat, even before a
    capitalised agent), di/ke before a common noun whose meN- form is rarer
    (kearah, ditahun),
    ke before a common -an noun nobody writes as one word (kegolongan), and
    the ke-an confix written apart (ke pemilikan -> kepemilikan).

    **Why it matters**: EYD V (Penulisan Kata: kata depan) writes the
    prepositions di and ke apart and the prefix di- joined; mixing them up is
    one of the most frequent errors in Indonesian writing.

    **Example**

    Failing: `Warga belum tahu kemana harus mengungsi.` / `Rapat itu di lakukan kemarin.`
    / `Ia kuliah dikampus itu.`

    Passing: `Warga belum tahu ke mana harus mengungsi.` / `Rapat itu dilakukan kemarin.`
    / `Ia kuliah di kampus itu.`

    **Fix**: splits or joins the words.
    """

    code = "S106"
    slug = "preposition-di-ke"
    data_files = ("di-ke-places.txt", "function-words.txt")
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
            if lower in PREPOSITIONS:
                return True
            if len(lower) < 4 or lower[:2] not in PREPOSITIONS:
                return False
            if table and split_preposition(lower.partition("-")[0], table) is not None:
                return True
            return glued_preposition(lex, lower) is not None

        for k in ctx.words_where(acts_on):
            tok = tokens[k]
            if tok.kind != "word" or tok.text[:2].lower() not in PREPOSITIONS:
                continue  # every finding starts with di or ke
            if not tok.text.isascii():
                continue
            lower = tok.lower
            if lower in PREPOSITIONS:
                diag = (self._spaced_prefix(ctx, lex, k, table) if lower == "di"
                        else self._spaced_confix(ctx, lex, k))
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
                diag = self._glued_root(ctx, lex, k)
                if diag is not None:
                    yield diag
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

    def _glued_root(self, ctx: Context, lex: Lexicon, k: int) -> Diagnostic | None:
        """dikampus -> di kampus: the preposition glued to a noun root."""
        tok = ctx.tokens[k]
        glued = glued_preposition(lex, tok.lower)
        if glued is None:
            return None
        nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
        if (nxt is not None and nxt.kind == "word" and ctx.text[tok.end : nxt.start] == " "
                and (lex.is_known(tok.lower + nxt.lower)
                     or f"{tok.lower} {nxt.lower}" in compounds())):
            return None  # dititik beratkan: a compound split in two, S105's finding
        prep, rest, certain = glued
        right = match_case(tok.text, f"{prep} {rest}")
        return self.report(
            tok.start, tok.end,
            f"Tulis '{right}', bukan '{tok.text}': kata depan '{prep}' ditulis terpisah.",
            f"Write '{right}', not '{tok.text}': the preposition '{prep}' is written apart.",
            [right], Fix(tok.start, tok.end, right) if certain else None,
            None if certain else Severity.INFO,
        )

    def _spaced_confix(self, ctx: Context, lex: Lexicon, k: int) -> Diagnostic | None:
        """ke pemilikan -> kepemilikan: the ke-an confix split after its ke-,
        when the joined word is a dictionary word at least as common as the
        -an word alone (a note: "ke X-an" may still be a preposition)."""
        tokens = ctx.tokens
        if k + 1 >= len(tokens):
            return None
        tok, nxt = tokens[k], tokens[k + 1]
        rest = nxt.text
        if (nxt.kind != "word" or ctx.text[tok.end : nxt.start] != " " or not rest.islower()
                or not rest.endswith("an") or len(rest) < MIN_GLUED_ROOT):
            return None
        joined = "ke" + rest
        if not lex.spell(joined) or lex.zipf(joined) == 0 or lex.zipf(joined) < lex.zipf(rest):
            return None
        right = match_case(tok.text, joined)
        wrong = ctx.text[tok.start : nxt.end]
        return self.report(
            tok.start, nxt.end,
            f"Tulis '{right}', bukan '{wrong}': konfiks ke-an ditulis serangkai.",
            f"Write '{right}', not '{wrong}': the ke-an confix is written joined.",
            [right], None, Severity.INFO,
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
        # hunspell lacks di- on most -si loans (dikonfirmasi): for them the
        # lexicon's own verdict is evidence enough
        loan_verb = verb.endswith("si") and lex.status(joined) == "known"
        # dirilis, dilanjut: passives of verbs hunspell lacks, known to the lexicon
        verb_root = _verb_root(lex, verb)
        if joined in lex.roots or not (
                lex.spell(joined) or loan_verb or (verb_root and lex.is_known(joined))):
            return None  # divisi, dinas: a root of its own, not di- + visi
        severity = self._certainty(lex, verb, tokens, k + 1, verb_root)
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
    def _certainty(lex: Lexicon, verb: str, tokens: list[Token], k: int,
                   verb_root: bool = False) -> Severity | None:
        """WARNING when `verb` cannot follow the preposition (lakukan, tangani,
        or no word of its own); INFO for a bare root (di jual); None for words
        that name things and places."""
        for a in analyses(verb):
            verb_form = not a.prefixes and a.suffix in ("kan", "i") and len(a.root) >= MIN_VERB
            if verb_form and lex.spell(a.root) and lex.spell("di" + a.root + a.suffix):
                return Severity.WARNING
        if not lex.is_known(verb):
            return Severity.WARNING
        if verb_root:
            return Severity.INFO  # di lihat, di terima ANTARA: a verb, not a place
        # A capitalised word after it is a place name (di jual Jakarta is rare;
        # di pasar Senen is common): stay silent.
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper():
            return None
        if any(b.endswith("an") and not b.endswith("kan") for b, _ in strip_clitics(verb)):
            return None  # bagian, urutan, lapisan: nouns
        if lex.zipf(verb) == 0 and any(clitic for _, clitic in strip_clitics(verb)):
            return None  # no web count to weigh, and a clitic: a noun (di hilirnya)
        if lex.zipf("di" + verb) >= lex.zipf(verb) - PASSIVE_MARGIN:
            return Severity.INFO
        return None
