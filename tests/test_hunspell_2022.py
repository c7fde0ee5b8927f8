"""The hunspell-id 2022 stems (dictionaries/hunspell-2022-extra.txt) widen what
the spelling check accepts without letting the forms the rules report through:
the 2022 list itself accepts tidak-baku forms such as ijin, resiko, praktek."""

from __future__ import annotations

import re

from redaksi_lint import lint_text
from redaksi_lint.data import data_path, load_mapping
from redaksi_lint.lexicon import Lexicon, get_lexicon

LIST = "hunspell-2022-extra.txt"


def _entries() -> list[str]:
    lines = data_path(LIST).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")]


def test_list_loads_as_sorted_unique_lowercase_stems() -> None:
    entries = _entries()
    assert len(entries) >= 5000
    assert entries == sorted(set(entries))
    shape = re.compile(r"[a-z]+(?:-[a-z]+)*")
    assert [w for w in entries if not shape.fullmatch(w) or len(w) < 4] == []
    assert get_lexicon().hunspell_2022 == frozenset(entries)


def test_header_names_source_and_licence() -> None:
    lines = data_path(LIST).read_text(encoding="utf-8").splitlines()
    text = "\n".join(ln for ln in lines if ln.startswith("#"))
    assert "hunspell-id 2022" in text and "LGPL-3.0-only" in text
    assert data_path("licenses/LGPL-3.txt").is_file()


def test_sample_of_its_words_is_accepted_on_its_evidence() -> None:
    entries = _entries()
    sample = [*entries[:: len(entries) // 40], "partisipatif", "kasak-kisik"]
    lex = get_lexicon()
    rejected = [w for w in sample if not lex.is_known(w)]
    assert rejected == []
    sources = [e.source for e in lex.judge("partisipatif").evidence if e.supports]
    assert sources == ["hunspell-2022"]  # trace names the list


def test_without_the_list_its_words_are_not_accepted() -> None:
    """The list is what accepts them: a lexicon without it flags them."""
    bare = Lexicon()
    bare.__dict__["hunspell_2022"] = frozenset()
    assert not bare.is_known("partisipatif")
    assert get_lexicon().is_known("partisipatif")


def test_no_wrong_form_the_rules_report_is_listed() -> None:
    lex = get_lexicon()
    wrong: set[str] = set()
    for name in ("tidak-baku.tsv", "known-typos.tsv", "informal.tsv", "chat-abbreviations.tsv"):
        wrong |= set(load_mapping(name))
    entries = set(_entries())
    assert sorted(entries & wrong) == []
    assert [w for w in sorted(entries) if lex.listed_elsewhere(w)] == []
    assert [w for w in sorted(entries) if lex.is_english(w)] == []


def test_tidak_baku_forms_of_the_2022_list_are_still_reported() -> None:
    """ijin, praktek and resiko are hunspell-id 2022 stems: S103 still reports
    them (and an affixed form), and the list's words beside them are quiet."""
    text = "Ijin usaha partisipatif itu berisiko, jadi praktek lama dan resikonya dikaji."
    found = sorted((d.code, text[d.start:d.end]) for d in lint_text(text))
    assert found == [("S103", "Ijin"), ("S103", "praktek"), ("S103", "resikonya")]


def test_unmelted_form_is_still_reported() -> None:
    """mengkilat is a 2022 stem; S104 asks for mengilat."""
    found = [(d.code, d.suggestions) for d in lint_text("Lantainya mengkilat.")]
    assert found == [("S104", ["mengilat"])]
