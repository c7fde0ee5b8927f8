"""The pieces of the text report: the source window and its caret, counted
in terminal cells, and suggestions a reader can see; the rules' Indonesian
documentation beside the English."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redaksi_lint.reporters.snippet import ELLIPSIS, cell_width, window
from redaksi_lint.reporters.suggestions import readable
from redaksi_lint.rules import all_rules


def _under(line: str, start: int, end: int) -> tuple[int, int]:
    """Cells before the span and cells of the span, as a terminal shows them."""
    return (sum(cell_width(c) for c in line[:start]),
            sum(cell_width(c) for c in line[start:end]))


@pytest.mark.parametrize("line, word", [
    ("Warga 😀 sudah menyaipakn dana.", "menyaipakn"),            # emoji: two cells
    ("Kota 東京 menyaipakn dana.", "menyaipakn"),                  # CJK: two cells each
    ("Cafe\u0301 itu menyaipakn dana.", "menyaipakn"),            # combining accent: none
    ("\tMereka\tmenyaipakn dana.", "menyaipakn"),                 # tabs: four cells
    ("Kata me\u0301nyaipakn di sini.", "me\u0301nyaipakn"),       # combining mark in the span
])
def test_caret_stands_under_the_span(line: str, word: str) -> None:
    start = line.index(word)
    shown, under = window(line, start, start + len(word))
    before, width = _under(line, start, start + len(word))
    assert under == " " * before + "^" * width
    assert shown.startswith(line[:start].replace("\t", "    "))


def test_a_long_line_is_cut_around_the_span() -> None:
    line = "kata " * 100 + "menyaipakn " + "kata " * 100
    start = line.index("menyaipakn")
    shown, under = window(line, start, start + 10, max_width=80)
    assert shown.startswith(ELLIPSIS) and shown.endswith(ELLIPSIS)
    assert len(shown) <= 80
    assert shown[under.index("^") : under.index("^") + 10] == "menyaipakn"


def test_an_empty_span_gets_one_caret() -> None:
    assert window("kata,kata", 5, 5)[1] == "     ^"


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
               max_size=400), st.data())
def test_the_caret_always_points_into_the_window(line: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, len(line)))
    shown, under = window(line, start, end)
    assert under.strip(" ") and set(under.strip(" ")) == {"^"}
    assert sum(cell_width(c) for c in shown) <= 100 + 2 or len(line) <= 100


@pytest.mark.parametrize("flagged, suggestion, shown", [
    ("menyaipakn", "menyiapkan", "menyiapkan"),
    ("3000", "3.000", "3.000"),
    ("kota kota", "kota-kota", "kota-kota"),
    ("Rp ", "Rp", "hapus spasi: 'Rp'"),
    ("Rp. ", "Rp", "hapus '.' dan spasi: 'Rp'"),
    (" .", ".", "hapus spasi: '.'"),
    ("  ", " ", "satu spasi"),
    (".M", ". M", "tambahkan spasi: '. M'"),
    ("Ibukota", "Ibu kota", "tambahkan spasi: 'Ibu kota'"),
    ("--", "—", "'—'"),
    ("a  .", "a.", "hapus spasi: 'a.'"),
    ("x,y", "x;y", "x;y"),
    (":", " ", "ganti ':' dengan spasi"),
    ("x", "", "hapus 'x'"),
])
def test_readable_suggestions(flagged: str, suggestion: str, shown: str) -> None:
    assert readable(flagged, suggestion) == shown


@given(st.text(max_size=12), st.text(max_size=12))
def test_a_readable_suggestion_is_never_blank_or_bare_punctuation(flagged: str,
                                                                  suggestion: str) -> None:
    shown = readable(flagged, suggestion)
    assert shown.strip() == shown
    assert sum(c.isalnum() for c in shown) >= 2 or (shown.startswith("'") and len(shown) > 2)


_EXAMPLE = re.compile(r"^(?:Failing|Passing|Salah|Benar): (.*(?:\n/ .*)*)$", re.MULTILINE)


@pytest.mark.parametrize("cls", all_rules(), ids=lambda c: c.code)
def test_every_rule_is_documented_in_both_languages(cls: type) -> None:
    english, indonesian = cls.documentation("en"), cls.documentation("id")
    assert "**What it does**" in english
    for heading in ("**Apa yang diperiksa**", "**Mengapa penting**", "**Contoh**",
                    "**Perbaikan**"):
        assert heading in indonesian
    # The examples are the same sentences in both: code examples are not translated.
    english_examples = [e for e in _EXAMPLE.findall(english) if e.startswith("`")]
    assert english_examples == [e for e in _EXAMPLE.findall(indonesian) if e.startswith("`")]
