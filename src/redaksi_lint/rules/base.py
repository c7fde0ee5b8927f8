"""What every rule is: a code, a slug, a default severity, documentation, and a
`check(ctx)` generator over one document."""

from __future__ import annotations

import inspect
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from typing import TYPE_CHECKING, Any, ClassVar

from ..config import Config, is_enabled
from ..diagnostic import Diagnostic, Fix, Severity
from ..document import Document
from ..quotation import QuoteMark, quote_marks, quote_spans
from ..tokenize import Sentence, Token

if TYPE_CHECKING:  # pragma: no cover
    from ..lexicon import Lexicon


# Two words of four letters with something between them.
_SHORTEST_TITLE = 9


def _token_start(tok: Token) -> int:
    return tok.start


class Context:
    """Everything a rule may read about one document, computed once and shared."""

    def __init__(
        self, doc: Document, tokens: list[Token], sentences: list[Sentence], config: Config
    ) -> None:
        self.doc = doc
        self.text = doc.prose
        self.tokens = tokens
        self.sentences = sentences
        self.config = config

    @cached_property
    def lexicon(self) -> Lexicon:
        from ..lexicon import get_lexicon

        return get_lexicon()

    @cached_property
    def quote_marks(self) -> list[list[QuoteMark]]:
        """Double quotation marks per line, paired (two rules read them)."""
        return quote_marks(self.text)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Direct quotations (with their quote marks), from the same pairs."""
        return quote_spans(self.text, self.quote_marks)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [qs for qs, _ in self.quotes]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Does text[start:end] lie inside one direct quotation?"""
        end = start + 1 if end is None else end
        idx = bisect_right(self._quote_starts, start) - 1
        return idx >= 0 and end <= self.quotes[idx][1]

    @cached_property
    def lowers(self) -> list[str]:
        """The lowercase form of every token, in token order."""
        return [t.lower for t in self.tokens]

    @cached_property
    def word_indices(self) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.kind == "word"]

    @cached_property
    def capitalised(self) -> list[int]:
        """Indices of the word tokens that have a capital (their text is not
        their lowercase form), in text order: found once for the rules that
        look at names and sentence starts only."""
        return [k for k, t in enumerate(self.tokens) if t.text is not t.lower and t.kind == "word"]

    @cached_property
    def word_positions(self) -> dict[str, array[int]]:
        """Lowercase word -> indices of its tokens: rules that look for listed
        words visit only where those words stand. (Arrays of machine integers:
        a long chunk has a hundred thousand of them.)"""
        out: dict[str, array[int]] = {}
        for k, tok in enumerate(self.tokens):
            if tok.kind == "word":
                positions = out.get(tok.lower)
                if positions is None:
                    positions = out[tok.lower] = array("l")
                positions.append(k)
        return out

    def words_where(self, keep: Callable[[str], bool]) -> list[int]:
        """Indices of the word tokens whose lowercase form passes `keep`, in
        text order. `keep` is asked once per distinct word rather than once per
        token, so a rule that acts on few words skips the rest of a long text;
        the rule still applies its own per-token tests to what it gets."""
        positions = self.word_positions
        hits = [positions[w] for w in positions if keep(w)]
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))

    @cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s.first for s in self.sentences]

    def sentence_index(self, k: int) -> int:
        """Index in `sentences` of the sentence holding token k (-1: none)."""
        return bisect_right(self._sentence_firsts, k) - 1

    @cached_property
    def title_lines(self) -> frozenset[int]:
        """Lines that read as headlines: at least two words of four letters or
        more, most of them capitalised, and no final period, comma or semicolon.
        Only lines without such an ending have their words counted (prose
        paragraphs end with a period, so few lines are looked into)."""
        doc, text, tokens = self.doc, self.text, self.tokens
        out = set()
        for idx in range(doc.line_count):
            start, end = doc.line_span(idx)
            if end - start < _SHORTEST_TITLE or text[start:end].rstrip().endswith((".", ",", ";")):
                continue
            total = capitals = 0
            for k in range(bisect_left(tokens, start, key=_token_start), len(tokens)):
                tok = tokens[k]
                if tok.start >= end:
                    break
                if tok.kind == "word" and len(tok.text) >= 4:
                    total += 1
                    capitals += tok.text[0].isupper()
            if total >= 2 and capitals / total >= 0.6:
                out.add(idx)
        return frozenset(out)

    @cached_property
    def title_tokens(self) -> frozenset[int]:
        """Indices of the tokens that stand on headline lines."""
        tokens, doc = self.tokens, self.doc
        out: set[int] = set()
        for idx in self.title_lines:
            start, end = doc.line_span(idx)
            first = bisect_left(tokens, start, key=_token_start)
            out.update(range(first, bisect_left(tokens, end, lo=first, key=_token_start)))
        return frozenset(out)

    def line_index(self, offset: int) -> int:
        return self.doc.line_index(offset)


@dataclass(frozen=True)
class Option:
    """A setting a config file may give a rule (`options: {CODE: {name: value}}`):
    its type, one line of documentation and, for a string, the values allowed.
    The default is the rule's `default_options` entry."""

    type: type
    doc: str
    choices: tuple[str, ...] = ()

    def check(self, value: Any, default: Any) -> str | None:
        """What is wrong with a value, or None when it is usable."""
        if value is None and default is None:
            return None
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            return f"must be an integer, not {value!r}"
        if self.type is bool and not isinstance(value, bool):
            return f"must be true or false, not {value!r}"
        if self.type is dict and not (isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items())):
            return f"must be a mapping of word: correction, not {value!r}"
        if self.type is str and not isinstance(value, str):
            return f"must be a string, not {value!r}"
        if self.choices and value not in self.choices:
            return f"must be one of {', '.join(self.choices)}, not {value!r}"
        return None


class Rule:
    """Base class. Subclasses set the class attributes and implement `check`.

    The class docstring is the rule's documentation (`redaksi-lint rules CODE`):
    what it checks, why (with the EYD V or KBBI reference), and examples.
    """

    code: ClassVar[str] = ""
    slug: ClassVar[str] = ""
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = False
    summary: ClassVar[str] = ""
    summary_en: ClassVar[str] = ""
    # Register/style rules do not apply inside direct quotations.
    skip_in_quotes: ClassVar[bool] = False
    # Defaults of the options a config file may set for this rule.
    default_options: ClassVar[dict[str, Any]] = {}
    # The type and meaning of each of those options (checked when a config is read).
    option_specs: ClassVar[dict[str, Option]] = {}
    # The files of dictionaries/ the rule reads (besides the shared lexicon).
    data_files: ClassVar[tuple[str, ...]] = ()

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    @classmethod
    def enabled(cls, config: Config) -> bool:
        """Whether `select`/`ignore` turn this rule on."""
        return is_enabled(config, cls.code, cls.slug)

    def option(self, name: str) -> Any:
        return self.config.option(self.code, self.slug, name, self.default_options[name])

    def check(self, ctx: Context) -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError

    def report(
        self,
        start: int,
        end: int,
        message: str,
        message_en: str = "",
        suggestions: Iterable[str] = (),
        fix: Fix | None = None,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """A diagnostic of this rule on text[start:end]."""
        return Diagnostic(
            code=self.code,
            rule=self.slug,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            message_en=message_en or message,
            suggestions=list(suggestions),
            fix=fix,
        )

    @classmethod
    def documentation(cls, lang: str = "en") -> str:
        """What the rule checks, why, an example and the fix: the class
        docstring in English; in Indonesian from rules/docs/id/CODE.md."""
        if lang != "en":
            from .docs import indonesian_documentation

            text = indonesian_documentation(cls.code)
            if text is not None:
                return text
        return inspect.cleandoc(cls.__doc__ or "")
