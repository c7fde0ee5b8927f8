"""Punctuation, number and sentence rules on the sample article, the sentence
boundaries they rely on, and the stability of their fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaksi_lint import Config, Severity, lint_text
from redaksi_lint.document import Document
from redaksi_lint.fix import apply_fixes
from redaksi_lint.quotation import quote_marks
from redaksi_lint.rules.numbers import group_thousands
from redaksi_lint.tokenize import split_sentences, tokenize

ARTICLE = Path(__file__).parent / "data" / "poskupang-hamas-gencatan-senjata.txt"
FAMILIES = Config(select=["P4", "T5", "K6"])


def sentences(text: str) -> list[str]:
    doc = Document(text)
    return [doc.prose[s.start : s.end] for s in split_sentences(doc, tokenize(doc.prose))]


def test_sample_article_findings() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    found = {(d.line, d.code) for d in lint_text(text, FAMILIES) if d.severity != Severity.INFO}
    assert found == {
        (2, "T501"), (5, "T501"), (4, "P405"), (7, "P401"), (7, "K603"), (7, "K604"),
        (8, "P401"), (8, "K601"), (17, "P403"), (24, "P403"), (24, "P402"),
    }
    infos = {(d.line, d.code) for d in lint_text(text, FAMILIES) if d.severity == Severity.INFO}
    assert (7, "P406") in infos


def test_sample_article_fixes_are_stable() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    fixed, count = apply_fixes(text, lint_text(text, FAMILIES))
    assert count == 7
    assert "Namun, Pemimpin Israel, Benyamin" in fixed
    assert "POS KUPANG.COM — Aksi" in fixed and "3.000 persobil" in fixed
    assert "Israel, seorang pejabat" in fixed
    again, more = apply_fixes(fixed, lint_text(fixed, FAMILIES))
    assert more == 0 and again == fixed


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Penelitian itu ditulis Budi dkk. yang bekerja di sana. Hasilnya baik.", 2),
        ("Kolonel Inf. Budi hadir di Kab. Bogor. Ia datang pagi.", 2),
        ("Ia bertemu Moh. Hatta di Jl. Merdeka. Keduanya berbincang.", 2),
        ("Kami membahas banyak hal. Salah satunya harga beras.", 2),
        ("Harga naik 3,5 persen pada pukul 10.30 WIB. Warga mengeluh.", 2),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_group_thousands() -> None:
    assert group_thousands("3000") == "3.000"
    assert group_thousands("1250000") == "1.250.000"
    assert group_thousands("100000") == "100.000"


def test_quote_roles() -> None:
    text = 'Ia siap "untuk berhenti, ”menurut pernyataan itu. “Ya,” katanya.'
    marks = quote_marks(text)[0]
    assert [m.opening for m in marks] == [True, False, True, False]
    assert all(m.partner is not None for m in marks)


def test_curly_close_used_as_opener() -> None:
    marks = quote_marks("Ia berkata, ”Kami siap.” Lalu pergi.")[0]
    assert [m.opening for m in marks] == [True, False]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "...",
        "Rp.",
        "ke 12",
        '"',
        "“”",
        "--",
        "Namun",
        "3000",
        "Harga  naik. \r\nlalu turun",
    ],
)
def test_degenerate_input(text: str) -> None:
    for fmt in ("txt", "md"):
        for diag in lint_text(text, FAMILIES, fmt=fmt):
            assert 0 <= diag.start <= diag.end <= len(text)
