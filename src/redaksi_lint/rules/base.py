"""What every rule is: a code, a slug, a default severity, documentation, and a
`check(ctx)` generator over one document."""

from __future__ import annotations

import inspect
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from ..config import Config
from ..diagnostic import Diagnostic, Fix, Severity
from ..document import Document
from ..tokenize import Sentence, Token, quote_spans

if TYPE_CHECKING:  # pragma: no cover
    from ..lexicon import Lexicon


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
    def quotes(self) -> list[tuple[int, int]]:
        """Direct quotations (with their quote marks)."""
        return quote_spans(self.text)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [qs for qs, _ in self.quotes]

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Does text[start:end] lie inside one direct quotation?"""
        end = start + 1 if end is None else end
        idx = bisect_right(self._quote_starts, start) - 1
        return idx >= 0 and end <= self.quotes[idx][1]

    @cached_property
    def word_indices(self) -> list[int]:
        return [i for i, t in enumerate(self.tokens) if t.kind == "word"]

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

    @cached_property
    def token_lines(self) -> array[int]:
        """The 0-based line index of every token, in one walk along the lines
        (tokens are in text order)."""
        starts = self.doc.line_starts
        out: array[int] = array("l")
        idx, last = 0, len(starts) - 1
        for tok in self.tokens:
            start = tok.start
            while idx < last and starts[idx + 1] <= start:
                idx += 1
            out.append(idx)
        return out

    @cached_property
    def title_lines(self) -> frozenset[int]:
        """Lines that read as headlines: mostly capitalised words, no final period."""
        lines = self.token_lines
        long_words = [k for k, t in enumerate(self.tokens) if t.kind == "word" and len(t.text) >= 4]
        totals = Counter([lines[k] for k in long_words])
        capitals = Counter([lines[k] for k in long_words if self.tokens[k].text[0].isupper()])
        out = set()
        for idx, total in totals.items():
            if total < 2 or capitals[idx] / total < 0.6:
                continue
            start, end = self.doc.line_span(idx)
            if not self.text[start:end].rstrip().endswith((".", ",", ";")):
                out.add(idx)
        return frozenset(out)

    def line_index(self, offset: int) -> int:
        return self.doc.line_index(offset)


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

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

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
    def documentation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")
