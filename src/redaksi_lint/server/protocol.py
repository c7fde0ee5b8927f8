"""LanguageTool's HTTP protocol, without the HTTP: what a `/v2/check` request
asks for, and our findings in the shape its clients read.

Kept free of any web framework so that offsets, annotated text and rule
switches can be tested as plain functions.

Two offset systems meet here. Our findings count Python characters (code
points) of the checked text; LanguageTool counts UTF-16 code units (Java's
`String` index), so a character outside the Basic Multilingual Plane (most
emoji) counts two. And annotated text (`data`) is checked without its markup
while the client counts offsets in the whole document, markup included.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import Config, is_enabled, selector_matches
from ..diagnostic import Diagnostic, Severity

SOFTWARE = {"name": "redaksi-lint", "apiVersion": 1, "premium": False,
            "status": "", "buildDate": None}
LANGUAGE = {"name": "Indonesian", "code": "id", "longCode": "id-ID"}
# `auto` is answered in Indonesian: this server checks nothing else.
ACCEPTED_LANGUAGES = {"id", "id-id", "in", "in-id", "auto"}
CONTEXT_CHARS = 40
SENTENCE_REACH = 2000

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class RequestError(Exception):
    """A request the server cannot answer; `status` is the HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


# -- rule families as LanguageTool categories ---------------------------------

@dataclass(frozen=True)
class Family:
    """A family of our rules (the code's first letter) as a LanguageTool
    category. Ids follow LanguageTool's own where the meaning is the same, so
    a client's switch such as "no spell checking" (TYPOS) does what it says."""

    category_id: str
    name: str
    issue_type: str


FAMILIES = {
    "S": Family("TYPOS", "Ejaan", "misspelling"),
    "R": Family("REDUNDANCY", "Pengulangan", "duplication"),
    "N": Family("PROPER_NOUNS", "Nama", "inconsistency"),
    "P": Family("PUNCTUATION", "Tanda baca", "typographical"),
    "T": Family("NUMBERS", "Angka", "typographical"),
    "K": Family("SENTENCES", "Kalimat", "style"),
    "V": Family("HOUSE_STYLE", "Gaya selingkung", "style"),
}
OTHER = Family("MISC", "Lain-lain", "uncategorized")
# Rules whose kind of problem differs from their family's.
ISSUE_TYPES = {
    "S107": "register",
    "R203": "style",
    "N302": "misspelling",
    "N303": "misspelling",
    "P407": "whitespace",
    "K601": "typographical",
    "K602": "typographical",
    "K603": "grammar",
    "K604": "typographical",
    "K606": "typographical",
}


def family(code: str) -> Family:
    return FAMILIES.get(code[:1], OTHER)


def issue_type(code: str) -> str:
    return ISSUE_TYPES.get(code, family(code).issue_type)


def category_matches(selector: str, code: str) -> bool:
    """A category switch names a category id (TYPOS) or a family letter (S)."""
    sel = selector.strip()
    fam = family(code)
    return bool(sel) and (sel.upper() == fam.category_id or sel.upper() == code[:1])


# -- the request -------------------------------------------------------------

@dataclass
class CheckRequest:
    """What a `/v2/check` request asks for, read from its form fields."""

    text: str
    markup: list[tuple[int, int, int, int]] = field(default_factory=list)
    document: str = ""  # the whole document the client counts in (markup included)
    enabled_rules: list[str] = field(default_factory=list)
    disabled_rules: list[str] = field(default_factory=list)
    enabled_categories: list[str] = field(default_factory=list)
    disabled_categories: list[str] = field(default_factory=list)
    enabled_only: bool = False
    picky: bool = False


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def parse_check_request(form: dict[str, str], max_bytes: int) -> CheckRequest:
    """A CheckRequest from the form fields; RequestError for what cannot be
    checked. `max_bytes` bounds the document (markup included) in UTF-8."""
    language = form.get("language", "").strip()
    if not language:
        raise RequestError("missing parameter 'language' (use 'id' or 'id-ID')")
    if language.lower() not in ACCEPTED_LANGUAGES:
        raise RequestError(f"unsupported language {language!r}: this server checks "
                           f"Indonesian only (id, id-ID or auto)")
    if "data" in form:
        text, markup, document = parse_annotated(form["data"])
    elif "text" in form:
        text, markup, document = form["text"], [], form["text"]
    else:
        raise RequestError("missing parameter 'text' or 'data'")
    size = len(document.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise RequestError(f"text too long: {size} bytes, the limit is {max_bytes}",
                           status=413)
    enabled_rules = _list(form.get("enabledRules"))
    enabled_categories = _list(form.get("enabledCategories"))
    enabled_only = form.get("enabledOnly", "false").strip().lower() == "true"
    if enabled_only and not (enabled_rules or enabled_categories):
        raise RequestError("enabledOnly=true needs enabledRules or enabledCategories")
    return CheckRequest(
        text=text, markup=markup, document=document,
        enabled_rules=enabled_rules, disabled_rules=_list(form.get("disabledRules")),
        enabled_categories=enabled_categories,
        disabled_categories=_list(form.get("disabledCategories")),
        enabled_only=enabled_only,
        picky=form.get("level", "default").strip().lower() == "picky",
    )


def parse_annotated(data: str) -> tuple[str, list[tuple[int, int, int, int]], str]:
    """The text to check from LanguageTool's annotated text, where its markup
    is: `(checked_start, checked_end, original_start, original_end)` for each
    markup item (its `interpretAs` is what is checked in its place), and the
    whole original document, markup included."""
    try:
        parsed = json.loads(data)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise RequestError(f"'data' is not valid JSON: {exc}") from None
    items = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(items, list):
        raise RequestError("'data' must be a JSON object with an 'annotation' list")
    checked: list[str] = []
    whole: list[str] = []
    markup: list[tuple[int, int, int, int]] = []
    pos = original = 0
    for k, item in enumerate(items):
        if not isinstance(item, dict):
            raise RequestError(f"'data': annotation item {k} is not an object")
        text, mark, interpret = item.get("text"), item.get("markup"), item.get("interpretAs")
        if text is not None:
            if not isinstance(text, str) or mark is not None:
                raise RequestError(f"'data': annotation item {k} needs either a 'text' "
                                   "string or a 'markup' string")
            checked.append(text)
            whole.append(text)
            pos += len(text)
            original += len(text)
        elif isinstance(mark, str):
            if interpret is not None and not isinstance(interpret, str):
                raise RequestError(f"'data': annotation item {k}: 'interpretAs' must be "
                                   "a string")
            said = interpret or ""
            checked.append(said)
            whole.append(mark)
            markup.append((pos, pos + len(said), original, original + len(mark)))
            pos += len(said)
            original += len(mark)
        else:
            raise RequestError(f"'data': annotation item {k} needs a 'text' or a "
                               "'markup' string")
    return "".join(checked), markup, "".join(whole)


# -- rule selection ------------------------------------------------------------

def rules_for(request: CheckRequest, config: Config,
              rules: list[tuple[str, str, Severity]]) -> list[str]:
    """The codes of the rules to run: the configuration's, changed by the
    request's switches. `rules` lists (code, slug, default severity).

    Like LanguageTool, `level=picky` adds the advisory rules: those at `info`
    level (long sentences, informal words, a number opening a sentence) run
    only when picky is asked or the rule is enabled by name."""

    def named(selectors: list[str], code: str, slug: str) -> bool:
        return any(selector_matches(s, code, slug) for s in selectors)

    def in_category(selectors: list[str], code: str) -> bool:
        return any(category_matches(s, code) for s in selectors)

    chosen = []
    for code, slug, severity in rules:
        asked = (named(request.enabled_rules, code, slug)
                 or in_category(request.enabled_categories, code))
        if request.enabled_only:
            on = asked
        else:
            advisory = config.severity_for(code, slug, severity) is Severity.INFO
            on = asked or (is_enabled(config, code, slug) and (request.picky or not advisory))
        if named(request.disabled_rules, code, slug) or in_category(
                request.disabled_categories, code):
            on = False
        if on:
            chosen.append(code)
    return chosen


def request_config(config: Config, codes: list[str]) -> Config:
    """The configuration a worker runs with: exactly the chosen rules."""
    return replace(config, select=list(codes) or ["-"], ignore=[])


# -- offsets -----------------------------------------------------------------

class Utf16:
    """Character offsets of a text as UTF-16 code units. Texts without
    characters outside the BMP (most) take the fast path."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL_RE.findall(text))


class OriginalOffsets:
    """Maps offsets in the checked text back to the original document of an
    annotated-text request. A finding that touches a markup item's
    `interpretAs` covers the whole markup item; markup read as nothing sits
    between characters and is never inside a finding's span."""

    def __init__(self, markup: list[tuple[int, int, int, int]]) -> None:
        self._markup = markup
        self._checked_ends = [m[1] for m in markup]

    def _shift(self, k: int) -> int:
        """Original minus checked offset in the text after markup item k-1."""
        if k == 0:
            return 0
        _cs, ce, _os, oe = self._markup[k - 1]
        return oe - ce

    def start(self, offset: int) -> int:
        k = bisect_right(self._checked_ends, offset)  # items wholly before
        if k < len(self._markup):
            cs, ce, os_, _oe = self._markup[k]
            if cs <= offset < ce:
                return os_
        return offset + self._shift(k)

    def end(self, offset: int) -> int:
        k = bisect_left(self._checked_ends, offset)  # items ending before the last character
        if k < len(self._markup):
            cs, ce, _os, oe = self._markup[k]
            if cs < offset <= ce:
                return oe
        return offset + self._shift(k)


# -- the response --------------------------------------------------------------

def replacements(diag: Diagnostic, text: str) -> list[dict[str, str]]:
    """The replacements of a finding's span: its suggestions, else what its
    fix makes of the span (a fix may name a narrower span than the finding)."""
    values = list(diag.suggestions)
    if not values and diag.fix is not None:
        start, end = min(diag.start, diag.fix.start), max(diag.end, diag.fix.end)
        if (start, end) == (diag.start, diag.end):
            values = [text[start:diag.fix.start] + diag.fix.replacement + text[diag.fix.end:end]]
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return [{"value": v} for v in seen]


_SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]*\s+|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding a finding, by a plain look for sentence ends
    within SENTENCE_REACH characters (clients show it; no offset depends on it)."""
    low = max(0, start - SENTENCE_REACH)
    high = min(len(text), end + SENTENCE_REACH)
    begin = low
    for m in _SENTENCE_END_RE.finditer(text, low, start):
        begin = m.end()
    stop = _SENTENCE_END_RE.search(text, max(start, end - 1), high)
    finish = stop.start() + len(stop.group().rstrip()) if stop else high
    return text[begin:finish].strip()


def context(text: str, start: int, end: int) -> dict[str, Any]:
    """LanguageTool's context: up to CONTEXT_CHARS characters each side, line
    breaks as spaces, `...` where it is cut; offsets in UTF-16 units."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    before = text[left:start].replace("\r", " ").replace("\n", " ")
    inside = text[start:end].replace("\r", " ").replace("\n", " ")
    after = text[end:right].replace("\r", " ").replace("\n", " ")
    return {"text": prefix + before + inside + after + suffix,
            "offset": utf16_len(prefix + before), "length": utf16_len(inside)}


def to_matches(request: CheckRequest, diagnostics: list[Diagnostic],
               descriptions: dict[str, str], lang: str = "id") -> list[dict[str, Any]]:
    """Our findings as LanguageTool matches, offsets in the original
    document's UTF-16 units."""
    text = request.text
    original = OriginalOffsets(request.markup) if request.markup else None
    units = Utf16(request.document)
    out = []
    for d in diagnostics:
        start, end = d.start, d.end
        if original is not None:
            start, end = original.start(start), original.end(end)
            end = max(start, end)
        first, last = units(start), units(end)
        fam = family(d.code)
        kind = issue_type(d.code)
        out.append({
            "message": d.text_message(lang),
            # LibreOffice shows this as the finding's longer comment: the rule's summary.
            "shortMessage": descriptions.get(d.code, fam.name),
            "replacements": replacements(d, text),
            "offset": first,
            "length": last - first,
            "context": context(text, d.start, d.end),
            "sentence": sentence_around(text, d.start, d.end),
            "type": {"typeName": "UnknownWord" if kind == "misspelling" else "Other"},
            "rule": {
                "id": d.code,
                "subId": d.rule,
                "description": descriptions.get(d.code, d.rule),
                "issueType": kind,
                "category": {"id": fam.category_id, "name": fam.name},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        })
    return out


def response(request: CheckRequest, matches: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "software": SOFTWARE,
        "warnings": {"incompleteResults": False},
        "language": {**LANGUAGE, "detectedLanguage": {**LANGUAGE, "confidence": 1.0}},
        "matches": matches,
    }
