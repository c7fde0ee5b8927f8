"""Names: one spelling per name within a document (N301), and the house list
of well-known names with their known misspellings (N302)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .. import cache
from ..data import data_path
from ..diagnostic import Diagnostic, Fix, Severity
from ..distance import NeighbourIndex, within
from ..evidence import UNSEEN_SLIP
from ..keyboard import typing_cost
from ..lexicon import Lexicon
from ..tokenize import Token
from . import register
from ._words import optional_tsv
from .base import Context, Rule

# Lowercase words that may stand inside a capitalised name (The Times of Israel).
_CONNECTORS = frozenset({"of", "the", "and", "de", "van", "der", "von", "bin", "binti", "al", "el",
                         "la", "le", "da", "di", "dan"})
# Endings that make another form of the same name, not a variant (Israeli, Indonesian).
_INFLECTIONS = ("i", "an", "n", "s", "nya", "ese", "ia")
MIN_VARIANT_LEN = 5
# A form that stands once is the reference for a variant that also stands
# once when the web knows it this well and the variant not at all (Delhi and
# Dlhi, Djojohadikusumo and Djojhadikusumo): a slip is not repeated on the web.
SEEN_NAME_ZIPF = 2.0


def _slips(word: str) -> set[str]:
    """One-letter slips a hand makes: a letter dropped, doubled, or two
    neighbours swapped (no substitutions: Benyamin/Benjamin are both names)."""
    out = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
    out |= {word[:i] + word[i] + word[i:] for i in range(1, len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
    out.discard(word)
    return out


@dataclass(frozen=True)
class HouseName:
    canonical: str
    category: str


HouseTables = tuple[dict[str, HouseName], dict[tuple[str, ...], tuple[str, ...]]]


@lru_cache(maxsize=1)
def house_names() -> HouseTables:
    """(canonical forms, variant token sequence -> canonical token sequence),
    from the cache while names.tsv is unchanged."""
    return cache.table(data_path("names.tsv"), _build_house_names)


def _build_house_names() -> HouseTables:
    canon: dict[str, HouseName] = {}
    variants: dict[tuple[str, ...], tuple[str, ...]] = {}
    rows = optional_tsv("names.tsv")
    for row in rows:
        name = row[0].strip()
        if not name:
            continue
        category = row[2].strip() if len(row) > 2 else ""
        canon[name] = HouseName(name, category)
    canonical_tokens = {t for n in canon for t in n.split()}
    for row in rows:
        name = row[0].strip()
        if not name:
            continue
        target = tuple(name.split())
        for variant in (row[1].split("|") if len(row) > 1 else []):
            variant = variant.strip()
            if variant and variant != name:
                variants[tuple(variant.split())] = target
        category = row[2].strip() if len(row) > 2 else ""
        if category == "person" and len(target) >= 2:
            for i, tok in enumerate(target):
                if len(tok) < MIN_VARIANT_LEN:
                    continue
                for slip in _slips(tok):
                    if slip in canonical_tokens:
                        continue
                    key = (*target[:i], slip, *target[i + 1 :])
                    variants.setdefault(key, target)
    return canon, variants


VariantShape = tuple[list[int], set[str], set[str], int]


def _variant_shape(table: dict[tuple[str, ...], tuple[str, ...]]) -> VariantShape:
    """The lengths of the variants, longest first, their first words (also
    lowercased), and how many words a match may need to look at (a variant or
    its full name)."""
    lengths = sorted({len(k) for k in table}, reverse=True)
    reach = max(lengths[0], max(len(v) for v in table.values()))
    firsts = {k[0] for k in table}
    return lengths, firsts, {f.lower() for f in firsts}, reach


@lru_cache(maxsize=1)
def _house_variant_shape() -> VariantShape:
    return _variant_shape(house_names()[1])


@lru_cache(maxsize=1)
def _lowercase_names() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """(lowercase words, canonical name) of the house-list names whose
    lowercase spelling differs, by their first lowercase word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in house_names()[0]:
        low = tuple(w.lower() for w in name.split())
        if low != tuple(name.split()) and all(w.isalpha() for w in low):
            out.setdefault(low[0], []).append((low, name))
    for names in out.values():
        names.sort(key=lambda entry: len(entry[0]), reverse=True)
    return out


def _common_word(lex: Lexicon, low: str) -> bool:
    """Lowercase, the word is a word of the language (padang 'field', kompas,
    demokrat): then a lowercase name is more likely that word."""
    return lex.spell(low) or low in lex.roots or low in lex.extra or lex.is_english(low)


@register
class HouseNameRule(Rule):
    """Flags a known misspelling of a name on the house list.

    **What it does**: matches the variants of `dictionaries/names.tsv` (and of
    the config's `names:`) as whole words, case-sensitively; for people's full
    names it also recognises a one-letter slip in one of the words (a letter
    dropped, doubled or two letters swapped) when the rest of the name stands
    beside it. A listed name written all in lowercase (ponorogo, prabowo
    subianto) gets its capitals back (a warning), unless one of its words is
    a common word of its own (padang, kompas, demokrat).

    **Why it matters**: a misspelt name is the correction a newspaper prints
    most often. KBBI does not list names; the house list is the newsroom's
    authority.

    **Example**

    Failing: `Ketua Partai Golkar, Airlangga Hartato, mengecam serangan itu.`

    Passing: `Ketua Partai Golkar, Airlangga Hartarto, mengecam serangan itu.`

    **Fix**: the house spelling.
    """

    code = "N302"
    slug = "house-name"
    data_files = ("names.tsv",)
    severity = Severity.ERROR
    fixable = True
    summary = "Ejaan nama tidak sesuai daftar nama redaksi"
    summary_en = "Name spelt differently from the house list"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        _, variants = house_names()
        extra: dict[tuple[str, ...], tuple[str, ...]] = {}
        for canonical, wrongs in self.config.names.items():
            for wrong in wrongs:
                extra[tuple(wrong.split())] = tuple(canonical.split())
        yield from self._lowercase(ctx)
        table = {**variants, **extra} if extra else variants
        if not table:
            return
        lengths, firsts, firsts_lower, reach = (
            _variant_shape(table) if extra else _house_variant_shape())
        # Visit only the words a variant can start with; a name is a run of
        # words joined by single spaces.
        tokens, text, positions = ctx.tokens, ctx.text, ctx.word_positions
        starts = sorted(k for w in firsts_lower & positions.keys() for k in positions[w])
        free = 0
        for k in starts:
            if k < free or tokens[k].text not in firsts:
                continue
            run = [tokens[k]]
            while len(run) < reach and k + len(run) < len(tokens):
                nxt = tokens[k + len(run)]
                if nxt.kind != "word" or text[run[-1].end : nxt.start] != " ":
                    break
                run.append(nxt)
            words = tuple(t.text for t in run)
            hit = None
            for n in lengths:
                if n <= len(words) and words[:n] in table:
                    hit = (n, table[words[:n]])
                    break
            if hit is None:
                continue
            n, target = hit
            if words[: len(target)] == target:
                free = k + len(target)  # the full, right name (a variant may be its prefix)
                continue
            yield self._diag(run[:n], target)
            free = k + n

    def _lowercase(self, ctx: Context) -> Iterator[Diagnostic]:
        """A house-list name written all in lowercase (ponorogo, toyota), when
        none of its words is a common word (padang, kompas, demokrat are)."""
        by_first = _lowercase_names()
        positions = ctx.word_positions
        tokens, text, lex = ctx.tokens, ctx.text, ctx.lexicon
        starts = sorted(k for w in by_first.keys() & positions.keys() for k in positions[w])
        free = 0
        for k in starts:
            if k < free or tokens[k].text != tokens[k].lower:
                continue
            for name, canonical in by_first[tokens[k].lower]:
                span = tokens[k : k + len(name)]
                if len(span) < len(name) or any(
                    t.kind != "word" or t.text != low for t, low in zip(span, name, strict=True)
                ) or any(text[a.end : b.start] != " " for a, b in pairwise(span)):
                    continue
                if any(_common_word(lex, low) for low in name):
                    continue
                start, end = span[0].start, span[-1].end
                shown = text[start:end]
                yield self.report(
                    start, end,
                    f"Nama ditulis dengan huruf kapital: '{canonical}', bukan '{shown}'.",
                    f"A name takes capitals: '{canonical}', not '{shown}'.",
                    [canonical], Fix(start, end, canonical), Severity.WARNING,
                )
                free = k + len(name)
                break

    def _diag(self, toks: list[Token], target: tuple[str, ...]) -> Diagnostic:
        wrong = [t.text for t in toks]
        diff = [k for k in range(len(wrong)) if k < len(target) and wrong[k] != target[k]]
        if len(wrong) == len(target) and len(diff) == 1:
            tok, right = toks[diff[0]], target[diff[0]]
            start, end = tok.start, tok.end
            shown = tok.text
        else:
            start, end = toks[0].start, toks[-1].end
            right, shown = " ".join(target), " ".join(wrong)
        full = " ".join(target)
        return self.report(
            start, end,
            f"Tulis '{right}', bukan '{shown}' (daftar nama: {full}).",
            f"Write '{right}', not '{shown}' (house list: {full}).",
            [right], Fix(start, end, right),
        )


@register
class NameVariant(Rule):
    """Flags a rare spelling of a name next to a frequent one in the same document.

    **What it does**: counts the capitalised words and capitalised multi-word
    names of the document and reports a form that occurs once when a form one
    letter away (two for long names) with the same initial occurs at least
    twice, or occurs once and is known on the web while the form is not and
    is an easy slip of it (*Lahorre* beside *Lahore*), or is on the house
    list: *Isral* beside *Israel*; *Time Of Israel* beside *The Times of
    Israel*. Other forms of one name (Israel, Israeli),
    common words, house-list names and two forms that each occur repeatedly
    (Rosan and Rosa, Yusuf and Yusril) are left alone. No configuration needed.

    **Why it matters**: a reader who sees two spellings of a name within one
    article trusts neither; the majority spelling is almost always the intended one.

    **Example**

    Failing: `Israel menolak usul itu. … Israel bersiap … balas dendam Isral.`

    Passing: `Israel menolak usul itu. … Israel bersiap … balas dendam Israel.`

    **Fix**: none automatic; the suggestion is the document's usual spelling.
    """

    code = "N301"
    slug = "name-variant"
    data_files = ("names.tsv",)
    severity = Severity.WARNING
    fixable = False
    summary = "Ejaan nama berbeda dari ejaan yang dipakai di bagian lain naskah"
    summary_en = "Name spelt differently from elsewhere in the document"

    def check(self, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._single_words(ctx)
        yield from self._multi_word(ctx)

    def _single_words(self, ctx: Context) -> Iterator[Diagnostic]:
        tokens = ctx.tokens
        caps = [t for t in (tokens[k] for k in ctx.capitalised)
                if t.text[:1].isupper() and not t.text.isupper()
                and "-" not in t.text and t.text.isalpha()]
        counts = Counter(t.text for t in caps)
        lex = ctx.lexicon
        frequent = [w for w, c in counts.items() if len(w) >= MIN_VARIANT_LEN - 1
                    and (c >= 2 or lex.zipf(w.lower()) >= SEEN_NAME_ZIPF)]
        if not frequent:
            return
        canon, _ = house_names()
        house_tokens = {t for n in canon for t in n.split()}
        by_lower: dict[str, list[str]] = {}
        for f in frequent:
            by_lower.setdefault(f.lower(), []).append(f)
        index: NeighbourIndex | None = None  # built when a candidate variant appears
        for tok in caps:
            word = tok.text
            if counts[word] != 1 or len(word) < MIN_VARIANT_LEN or word in house_tokens:
                continue
            low = word.lower()
            if lex.zipf(low) >= 3.0 or lex.is_known(low) or lex.is_english(low):
                continue  # a word of its own (Sudah beside Sudan) or a name in use
            unseen = lex.zipf(low) == 0
            best = None
            if index is None:
                index = NeighbourIndex(list(by_lower), _variant_limit)
            for f_low in sorted(index.near(low)):
                for f in by_lower[f_low]:
                    if f[0] != word[0] or _inflection(word, f):
                        continue
                    if counts[f] < 2 and not (unseen and _typing_slip(word, f)):
                        # one each: two names (Susanto, Susanti; Setda, Sekda)
                        # unless the unseen one is an easy slip of the other
                        continue
                    if best is None or counts[f] > counts[best]:
                        best = f
            if best is None:
                continue
            yield self.report(
                tok.start, tok.end,
                f"Nama '{word}' ditulis '{best}' di bagian lain naskah ({counts[best]} kali).",
                f"'{word}' is spelt '{best}' elsewhere in this document "
                f"({counts[best]} times).",
                [best],
            )

    def _multi_word(self, ctx: Context) -> Iterator[Diagnostic]:
        names = list(_capitalised_names(ctx))
        if len(names) < 2:
            return
        counts = Counter(" ".join(t.text for t in n) for n in names)
        canon, variants = house_names()
        known = set(counts) | {c for c in canon if len(c.split()) >= 3}
        refs: list[tuple[str, list[str], list[str], set[str]]] = []
        by_word: dict[str, list[int]] = {}  # a reference name shares a word with its variants
        for other in sorted(known):
            other_toks = other.split()
            if len(other_toks) >= 2 and (counts.get(other, 0) >= 2 or other in canon):
                norm = [_norm(t) for t in other_toks]
                for w in set(norm):
                    by_word.setdefault(w, []).append(len(refs))
                refs.append((other, other_toks, norm, set(norm)))
        for name in names:
            shown = " ".join(t.text for t in name)
            if counts[shown] != 1 or shown in canon or len(name) < 2:
                continue
            if tuple(shown.split()) in variants:
                continue  # N302 reports it, with a certain fix
            low = [_norm(t.text) for t in name]
            need = max(1, len(low) - 1)
            candidates = sorted({i for w in set(low) for i in by_word.get(w, ())})
            for other, other_toks, norm, norm_set in (refs[i] for i in candidates):
                if other == shown or len(norm_set.intersection(low)) < need:
                    continue
                span = _fuzzy_span(norm, low)
                if span is None:
                    continue
                a, b = span
                if _english_difference(ctx, other_toks[a:b], low):
                    continue  # Medco Energi / Medco Energy: a translation, not a slip
                if a == 1 and other_toks[0].lower() == "the":
                    a = 0
                suggestion = " ".join(other_toks[a:b])
                if suggestion == shown:
                    continue
                yield self.report(
                    name[0].start, name[-1].end,
                    f"Nama '{shown}' ditulis '{suggestion}' di bagian lain naskah.",
                    f"'{shown}' is written '{suggestion}' elsewhere in this document.",
                    [suggestion],
                )
                break


def _english_difference(ctx: Context, ref: list[str], probe: list[str]) -> bool:
    """A word that differs as an Indonesian word from its English twin
    (Energi / Energy): a translation of the name, not a slip."""
    lex = ctx.lexicon
    for r, p in zip(ref, probe, strict=True):
        r = _norm(r)
        if r == p or r.rstrip("s") == p.rstrip("s"):
            continue  # the same word, or a plural slip (Time / Times)
        if (lex.is_known(p) and lex.is_english(r)) or (lex.is_known(r) and lex.is_english(p)):
            return True
    return False


def _typing_slip(variant: str, name: str) -> bool:
    """An easy slip of the hand (a letter dropped, doubled or swapped, a
    neighbouring key, a vowel: keyboard.typing_cost), per edit allowed."""
    return typing_cost(variant.lower(), name.lower()) <= UNSEEN_SLIP * _variant_limit(name)


def _variant_limit(word: str) -> int:
    """How many edits apart a variant of a single-word name may be: one, two
    when both spellings have eight letters or more."""
    return 2 if len(word) >= 8 else 1


def _inflection(a: str, b: str) -> bool:
    short, long_ = sorted((a.lower(), b.lower()), key=len)
    return long_.startswith(short) and long_[len(short):] in _INFLECTIONS


def _norm(word: str) -> str:
    low = word.lower()
    for suffix in ("'s", "’s"):
        if low.endswith(suffix):
            low = low[: -len(suffix)]
    return low


def _fuzzy_span(ref: list[str], probe: list[str]) -> tuple[int, int] | None:
    """Where `probe` matches a contiguous part of `ref` word by word with at most
    one letter of difference per word and at least one word differing by case
    or letters; the start/end indices into `ref`."""
    n = len(probe)
    for a in range(len(ref) - n + 1):
        part = ref[a : a + n]
        if any(abs(len(x) - len(y)) > 1 for x, y in zip(part, probe, strict=True)):
            continue
        # 0 the same word, 1 one edit apart, 2 further
        dists = [0 if x == y else 1 if within(x, y, 1) else 2
                 for x, y in zip(part, probe, strict=True)]
        if all(d <= 1 for d in dists) and sum(dists) >= 1 and sum(
            d == 0 for d in dists) >= max(1, n - 1):
            return a, a + n
    return None


def _capitalised_names(ctx: Context) -> Iterator[list[Token]]:
    """Multi-word capitalised names: capitalised words joined by single spaces,
    with connectors (of, the, bin) inside but not at the ends. Only the
    capitalised words and what stands between them are visited, not every
    token of the text: a name ends at a non-word, at more than a space, or at
    a lowercase word that is not a connector."""
    lex, text, tokens = ctx.lexicon, ctx.text, ctx.tokens
    cur: list[Token] = []
    prev = -1
    for k in ctx.capitalised:
        tok = tokens[k]
        if cur:
            for j in range(prev + 1, k):
                between = tokens[j]
                if (between.kind != "word" or between.lower not in _CONNECTORS
                        or text[cur[-1].end : between.start] != " "):
                    yield from _trim(cur)
                    cur = []
                    break
                cur.append(between)
            if cur and text[cur[-1].end : tok.start] != " ":
                yield from _trim(cur)
                cur = []
        prev = k
        word = tok.text
        if not cur and tok.sent_start and lex.is_known(tok.lower):
            continue  # Menurut, Seperti: a capital that opens a sentence
        if (word[:1].isupper() and not word.isupper()) or (cur and tok.lower in _CONNECTORS):
            cur.append(tok)
        elif cur:
            yield from _trim(cur)
            cur = []
    if cur:
        yield from _trim(cur)


def _trim(cur: list[Token]) -> Iterator[list[Token]]:
    while cur and cur[-1].lower in _CONNECTORS and not cur[-1].text[:1].isupper():
        cur = cur[:-1]
    if len(cur) >= 2:
        yield cur
