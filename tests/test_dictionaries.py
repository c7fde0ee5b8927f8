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


def _confusable_rows() -> list[tuple[str, ...]]:
    return [row for row in load_tsv("confusable-phrases.tsv", 4)]


def test_confusable_phrases_are_real_word_slips_with_known_fixes() -> None:
    """Each wrong phrase differs from its fix, the fix is made of known words,
    and the fix column says safe or unsafe."""
    lex = get_lexicon()
    bad = [row for row in _confusable_rows()
           if row[0].lower() == row[1].lower() or row[2] not in ("safe", "unsafe")
           or not all(lex.is_known(w) for w in row[1].lower().split())]
    assert bad == []
    repeated = [w for w, n in Counter(r[0] for r in _confusable_rows()).items() if n > 1]
    assert repeated == []


def test_no_right_phrase_contains_a_wrong_phrase() -> None:
    """A fix must not itself be reported (tindak pidana must not match a row)."""
    rows = _confusable_rows()
    wrongs = [f" {r[0]} " for r in rows]
    clashes = [(r[1], w.strip()) for r in rows for w in wrongs if w in f" {r[1].lower()} "]
    assert clashes == []


def test_every_confusable_row_is_reported_and_its_fix_is_quiet() -> None:
    from redaksi_lint import Config, lint_text

    config = Config(select=["S111"])
    missed, noisy = [], []
    for wrong, right, _, context in _confusable_rows():
        cue = context.split("|")[0].rstrip("*") if context else ""
        found = lint_text(f"Menurut laporan itu, {wrong} {cue} dibahas kemarin.", config)
        if not found:
            missed.append(wrong)
        if lint_text(f"Menurut laporan itu, {right} {cue} dibahas kemarin.", config):
            noisy.append(right)
    assert missed == [] and noisy == []


def test_chat_abbreviations_are_not_listed_twice() -> None:
    """One rule per word: a chat abbreviation is not also an informal or
    nonstandard entry, and its full word is a known word."""
    lex = get_lexicon()
    chat = _pairs("chat-abbreviations.tsv")
    others = {a for a, _ in _pairs("informal.tsv")} | {a for a, _ in _pairs("tidak-baku.tsv")}
    assert [a for a, _ in chat if a in others] == []
    assert [b for _, b in chat if not all(lex.is_known(w) for w in b.split())] == []
