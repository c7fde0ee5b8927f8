"""Tokenizer, sentence splitter and position mapping."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaksi_lint.document import MASK_CHAR, Document
from redaksi_lint.formats import load_document
from redaksi_lint.tokenize import quote_spans, split_sentences, tokenize


def words(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def sentences(text: str, fmt: str = "txt") -> list[str]:
    doc = load_document(text, "x", fmt)
    toks = tokenize(doc.prose)
    return [doc.text[s.start : s.end] for s in split_sentences(doc, toks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kota-kota", [("kota-kota", "word")]),
        ("bukunya", [("bukunya", "word")]),
        ("Jum'at", [("Jum'at", "word")]),
        ("1.000 orang", [("1.000", "number"), ("orang", "word")]),
        ("3,5 persen", [("3,5", "number"), ("persen", "word")]),
        ("pukul 10.30", [("pukul", "word"), ("10.30", "number")]),
        ("anak2", [("anak2", "mixed")]),
        ("café", [("café", "word")]),
        ("cafe\u0301", [("cafe\u0301", "word")]),
        ("Israel ,", [("Israel", "word"), (",", "punct")]),
    ],
)
def test_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert words(text) == expected


def test_abbreviations_do_not_end_sentences() -> None:
    got = sentences("Dr. Budi, S.H., bertemu dr. Ani di Jl. Merdeka No. 5. Mereka pulang.")
    assert got == ["Dr. Budi, S.H., bertemu dr. Ani di Jl. Merdeka No. 5.", "Mereka pulang."]


def test_initials_and_numbers_do_not_end_sentences() -> None:
    got = sentences("A. Rahman tiba pukul 10.30 WIB. Harga naik 3,5 persen.")
    assert got == ["A. Rahman tiba pukul 10.30 WIB.", "Harga naik 3,5 persen."]


def test_ellipsis_before_lowercase_continues() -> None:
    assert sentences("Harga naik... lalu turun. Oke...") == ["Harga naik... lalu turun.", "Oke..."]


def test_lowercase_after_period_is_a_new_sentence() -> None:
    assert sentences("Dia pergi. kemudian pulang.") == ["Dia pergi.", "kemudian pulang."]


def test_closing_quote_stays_with_sentence() -> None:
    got = sentences("“Kami siap.” Dia lalu pergi.")
    assert got == ["“Kami siap.”", "Dia lalu pergi."]


def test_line_breaks_end_sentences_in_text_but_not_in_markdown_paragraphs() -> None:
    assert sentences("Judul Berita\nIsi berita ini.") == ["Judul Berita", "Isi berita ini."]
    assert sentences("Kalimat ini\nberlanjut.\n\nBaru.", "md") == [
        "Kalimat ini\nberlanjut.",
        "Baru.",
    ]


def test_sentence_start_flags() -> None:
    doc = load_document("Dia berkata: “Kami siap.” Lalu pergi.", "x")
    toks = tokenize(doc.prose)
    split_sentences(doc, toks)
    starts = [t.text for t in toks if t.sent_start]
    assert starts == ["Dia", "Kami", "Lalu"]


def test_quote_spans() -> None:
    text = 'Ia berkata, “Kami siap,” lalu "pergi" ke sana.'
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["“Kami siap,”", '"pergi"']


def test_non_prose_is_masked_with_same_offsets() -> None:
    text = "Lihat https://contoh.id/berita?id=1 atau surel redaksi@contoh.id dan @akun #tagar."
    doc = Document(text)
    assert len(doc.prose) == len(text)
    for piece in ("https://contoh.id/berita?id=1", "redaksi@contoh.id", "@akun", "#tagar"):
        start = text.index(piece)
        assert set(doc.prose[start : start + len(piece)]) == {MASK_CHAR}
    assert doc.prose.startswith("Lihat ")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_col_with_any_line_ending(newline: str) -> None:
    text = f"satu{newline}dua tiga{newline}\tempat"
    doc = Document(text)
    assert doc.line_col(text.index("tiga")) == (2, 5)
    assert doc.line_col(text.index("empat")) == (3, 2)


def test_bom_is_removed_on_reading_and_columns_count_characters() -> None:
    from redaksi_lint.source import decode_bytes

    doc = load_document(decode_bytes("\ufeffé😀 kata".encode()).text, "x")
    assert doc.text == "é😀 kata"
    assert doc.line_col(doc.text.index("kata")) == (1, 4)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_tokens_cover_their_text_and_never_overlap(text: str) -> None:
    toks = tokenize(text)
    prev_end = 0
    for tok in toks:
        assert text[tok.start : tok.end] == tok.text
        assert tok.start >= prev_end
        assert not tok.text.isspace()
        prev_end = tok.end


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"ab .,!?\n\r\"“”'…", "Dr.", "1.000", "S.H."])).map("".join))
def test_sentences_are_ordered_and_inside_the_text(text: str) -> None:
    doc = Document(text)
    toks = tokenize(doc.prose)
    prev_end = 0
    for s in split_sentences(doc, toks):
        assert prev_end <= s.start < s.end <= len(text)
        prev_end = s.end


def test_a_word_without_capitals_is_its_own_lowercase_form() -> None:
    """Rules skip lowercase words with an identity test (`text is lower`)."""
    tokens = tokenize("Warga kota-kota kecil, Jakarta.")
    assert [t.text is t.lower for t in tokens if t.kind == "word"] == [False, True, True, False]
    assert all(t.lower == t.text.lower() for t in tokens)


def test_one_quote_model_for_spans_and_marks() -> None:
    """The spans the register rules skip are the pairs P403 checks (and an
    opening mark never closed, to the end of its line)."""
    from redaksi_lint.quotation import quote_marks

    for text in ('Televisi 32" itu murah, dan ia bilang "gak" apa-apa.',
                 "Ia berkata, ”Kami siap.” Lalu pergi.",
                 'Ia berkata, “Kami siap," lalu "pergi ke sana.'):
        openings = [m for marks in quote_marks(text) for m in marks if m.opening]
        expected = [(m.pos, len(text) if m.partner is None else m.partner + 1)
                    for m in openings]
        assert quote_spans(text) == expected
    assert quote_spans('Televisi 32" itu murah, dan ia bilang "gak" apa-apa.') == [(38, 43)]


def test_a_repeated_word_is_one_string_in_memory() -> None:
    """A long draft repeats a few thousand words many times: each is held once
    (a one-line 1 MB draft stays inside its memory budget)."""
    from redaksi_lint.tokenize import tokenize

    text = "Kota itu kota " + "".join(chr(c) for c in (107, 111, 116, 97)) + " Kota."
    words = [t for t in tokenize(text) if t.kind == "word"]
    assert [t.text for t in words] == ["Kota", "itu", "kota", "kota", "Kota"]
    assert words[2].text is words[3].text and words[0].text is words[4].text
    assert words[0].lower is words[2].text
