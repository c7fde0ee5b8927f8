"""Foreign and technical terms told from typos (foreign.py): what each piece
of evidence says, and that a slip of a common word stays a typo."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from redaksi_lint import Config, lint_text
from redaksi_lint.foreign import english_in_use, foreign_triple, known_one_slip_away
from redaksi_lint.lexicon import get_lexicon


@pytest.mark.parametrize(("word", "triple"), [
    ("gradlew", "adl"),    # -dl- is no Indonesian cluster
    ("mutt", "utt"),       # nor a double consonant
    ("lyft", "^ly"),       # y as a vowel
    ("kubectl", "ect"),    # c before a consonant
])
def test_foreign_spelling(word: str, triple: str) -> None:
    assert foreign_triple(get_lexicon(), word) == triple


@pytest.mark.parametrize("word", ["menyiapkan", "pemerintah", "kebijakan", "korps", "teks"])
def test_indonesian_spelling(word: str) -> None:
    assert foreign_triple(get_lexicon(), word) is None


def test_english_in_use_is_from_the_lists() -> None:
    lex = get_lexicon()
    assert english_in_use(lex, "debian")  # in the English list, and Indonesian web text writes it
    assert not english_in_use(lex, "adapula")  # web text repeats it, but it is ada pula


def _terms(text: str, fmt: str = "txt") -> list[str]:
    found = lint_text(text, Config(select=["S101"]), fmt=fmt)
    return [text[d.start : d.end] for d in found
            if d.severity.value == "info" and d.message_en.startswith("Unknown term")]


def test_a_link_target_names_the_term_in_the_whole_document() -> None:
    text = "Log ditulis dengan pino di server.\n\nLihat [repo](https://github.com/pinojs/pino).\n"
    assert _terms(text, "md") == ["pino"]
    assert _terms("Log ditulis dengan pino di server.\n", "md") == []


# Common words of five letters or more, as the corruption benchmark slips them.
_COMMON = ["pemerintah", "kebijakan", "masyarakat", "pembangunan", "keuangan", "penduduk",
           "wilayah", "kepolisian", "perusahaan", "pelaksanaan", "kesehatan", "pendidikan"]


@given(st.sampled_from(_COMMON), st.integers(0, 20), st.sampled_from("bcdfgklmnprstwy"))
def test_a_slip_of_a_common_word_has_a_known_word_one_slip_away(
        word: str, at: int, letter: str) -> None:
    """A doubled or inserted letter makes foreign-looking spelling (kebbijakan),
    but the word it slipped from is one edit away: never a term."""
    at %= len(word) + 1
    for slip in (word[:at] + letter + word[at:], word[:at] + word[at:at + 1] * 2 + word[at + 1:]):
        if slip != word:
            assert known_one_slip_away(get_lexicon(), slip)
