"""Suggestions a reader can see. A suggestion is the text that should stand
in place of the flagged span; when the two differ only by spaces or
punctuation (`Rp ` → `Rp`, ` .` → `.`, `.M` → `. M`, two spaces → one), the
bare suggestion shows nothing useful, so the edit is described instead, with
the result quoted: `hapus spasi: 'Rp'`."""

from __future__ import annotations

from ..diagnostic import Diagnostic
from ..i18n import pick

MAX_SHOWN = 5
_SPACES = " \t\u00a0"


def _changed(flagged: str, suggestion: str) -> tuple[str, str]:
    """(removed, inserted): the middle that differs once the common start and
    end are set aside."""
    p = 0
    limit = min(len(flagged), len(suggestion))
    while p < limit and flagged[p] == suggestion[p]:
        p += 1
    s = 0
    while s < limit - p and flagged[-1 - s] == suggestion[-1 - s]:
        s += 1
    return flagged[p : len(flagged) - s], suggestion[p : len(suggestion) - s]


def _quiet(text: str) -> bool:
    """Nothing but spaces and punctuation: hard to see on its own."""
    return all(not c.isalnum() for c in text)


def _name(part: str, lang: str, article: str = "the") -> str:
    """A removed or inserted piece, named so that spaces can be seen."""
    bare = part.strip(_SPACES)
    if not bare:
        return pick(lang, "spasi", f"{article} space")
    if bare != part:
        return pick(lang, f"'{bare}' dan spasi", f"'{bare}' and {article} space")
    return f"'{part}'"


def _plain(flagged: str, suggestion: str, removed: str, inserted: str) -> bool:
    """Can the suggestion be shown bare? Not when it is blank or has spaces at
    its ends, has fewer than two letters or digits (`.`, `. M`), only deletes
    spaces or punctuation (`Rp.` → `Rp`: the result looks like nothing was
    done), or only adds or removes spaces (`Ibukota` → `Ibu kota`)."""
    if suggestion.strip() != suggestion or not suggestion:
        return False
    if sum(c.isalnum() for c in suggestion) < 2:
        return False
    if not inserted and _quiet(removed):
        return False
    return not all(c in _SPACES for c in removed + inserted)


def readable(flagged: str, suggestion: str, lang: str = "id") -> str:
    """The suggestion as a reader should see it in a report."""
    removed, inserted = _changed(flagged, suggestion)
    plain = _plain(flagged, suggestion, removed, inserted)
    if plain:
        return suggestion
    if suggestion.strip() == "":
        if not suggestion:
            return pick(lang, f"hapus {_name(flagged, lang)}", f"delete {_name(flagged, lang)}")
        if flagged.strip() == "":
            return pick(lang, "satu spasi", "a single space")
        return pick(lang, f"ganti {_name(flagged, lang)} dengan spasi",
                    f"replace {_name(flagged, lang)} with a space")
    if removed == flagged and inserted == suggestion:
        return f"'{suggestion}'"  # the whole span replaced: the quotes show it
    if removed and inserted:
        action = pick(lang, f"ganti {_name(removed, lang)} dengan {_name(inserted, lang)}",
                      f"replace {_name(removed, lang)} with {_name(inserted, lang)}")
    elif removed:
        action = pick(lang, f"hapus {_name(removed, lang)}", f"delete {_name(removed, lang)}")
    else:
        action = pick(lang, f"tambahkan {_name(inserted, lang)}",
                      f"insert {_name(inserted, lang, 'a')}")
    return f"{action}: '{suggestion}'"


def shown_suggestions(diag: Diagnostic, flagged: str | None, lang: str = "id") -> list[str]:
    """The first suggestions of a finding, each one readable. `flagged` is the
    text under the finding's span (None when the report has no text: then a
    suggestion is quoted whenever it is not plain)."""
    out = []
    for sugg in diag.suggestions[:MAX_SHOWN]:
        if flagged is None:
            visible = sugg.strip() == sugg and not _quiet(sugg)
            out.append(sugg if visible else f"'{sugg}'")
        else:
            out.append(readable(flagged, sugg, lang))
    return out
