"""The word lists an editor extends stay consistent: a bad line in a list
becomes a false alarm or a wrong fix in every newsroom that runs the tool."""

from __future__ import annotations

from collections import Counter

from redaksi_lint.data import load_tsv
from redaksi_lint.lexicon import get_lexicon


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in load_tsv(name, 2)]


def test_tidak_baku_list_is_large_and_has_no_duplicates() -> None:
    pairs = _pairs("tidak-baku.tsv")
    assert len(pairs) >= 1500
    repeated = [w for w, n in Counter(a for a, _ in pairs).items() if n > 1]
    assert repeated == []


def test_tidak_baku_entries_are_lowercase_and_differ_from_their_standard_form() -> None:
    bad = [(a, b) for a, b in _pairs("tidak-baku.tsv")
           if a != a.lower() or b != b.lower() or a == b or not a.strip() or not b.strip()]
    assert bad == []


def test_every_standard_form_is_a_known_word() -> None:
    """A fix must never put an unknown word (which S101 would then flag) in the text."""
    lex = get_lexicon()
    unknown = [b for _, b in _pairs("tidak-baku.tsv")
               if not all(lex.is_known(w) for w in b.split())]
    assert unknown == []


def test_no_standard_form_is_listed_as_nonstandard() -> None:
    """A chain (a -> b, b -> c) would make the fix of one word a new finding."""
    pairs = _pairs("tidak-baku.tsv")
    nonstandard = {a for a, _ in pairs}
    assert [b for _, b in pairs if b in nonstandard] == []


def test_house_name_list_covers_at_least_300_names_without_clashes() -> None:
    rows = load_tsv("names.tsv", 3)
    assert len(rows) >= 300
    canonical = {row[0] for row in rows}
    variants = [v for row in rows for v in row[1].split("|") if v]
    assert [v for v in variants if v in canonical] == []  # a real name is never "fixed"


def test_tidak_baku_third_column_only_marks_given_names() -> None:
    marks = {row[2] for row in load_tsv("tidak-baku.tsv", 3)}
    assert marks <= {"", "name"}
