"""The accuracy benchmarks count as metrics.md says: which finding finds an error, which
suggestion is right, where an injected slip stands in its file, and what prose is."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corruption  # the benchmarks' modules, not part of the package
import docs_accuracy
from scoring import WORD_RE, Mark, judge, line_of
from slips import Slip


def mark(col: int, end: int, *suggestions: str, line: int = 1, end_line: int = 1) -> Mark:
    return Mark(line, col, end_line, end, "S101", "error", suggestions)


def test_a_finding_must_overlap_the_error_and_be_about_the_word() -> None:
    # error "tangal" at columns [5, 11)
    assert judge([mark(11, 14)], 5, 11, "tanggal").found is False  # touches, no overlap
    assert judge([mark(10, 12)], 5, 11, "tanggal").found is True
    assert judge([mark(1, 1 + 3 * 6 + 10)], 5, 11, "tanggal").found is True  # 28 long
    assert judge([mark(1, 2 + 3 * 6 + 10)], 5, 11, "tanggal").found is False  # 29 long
    assert judge([mark(5, 3, end_line=2)], 5, 11, "tanggal").found is False  # two lines


def test_the_finding_with_the_right_suggestion_is_scored() -> None:
    marks = [mark(1, 20, ""), mark(5, 11, "tangan", "tanggal")]
    v = judge(marks, 5, 11, "Tanggal")
    assert (v.found, v.top1, v.top5) == (True, False, True)
    v = judge([*marks, mark(5, 11, "TANGGAL")], 5, 11, "tanggal")
    assert v.top1


def test_a_wider_finding_is_right_when_it_restores_the_line() -> None:
    line, original = "pada tangal itu", "pada tanggal itu"
    wide = mark(1, 12, "pada tanggal")  # covers "pada tangal"
    assert judge([wide], 6, 12, "tanggal").top1 is False
    assert judge([wide], 6, 12, "tanggal", line=line, original=original).top1 is True
    wrong = mark(1, 12, "pada tangan")
    assert judge([wrong], 6, 12, "tanggal", line=line, original=original).top1 is False


def test_line_of_counts_from_one() -> None:
    assert line_of("ab\ncd", 0) == (1, 1)
    assert line_of("ab\ncd", 4) == (2, 2)


def test_slips_are_placed_in_their_file_even_when_a_line_holds_two() -> None:
    one = "Satu dua tiga empat lima enam tujuh delapan."
    two = "Sembilan sepuluh sebelas lagi dan lagi terus saja."
    files = {"a.txt": f"Judul berita ini\n\n{one} {two}\n"}
    first, second = corruption.sentences(files)
    assert (first.text, first.line, first.column) == (one, 2, 0)
    assert (second.text, second.line, second.column) == (two, 2, len(one) + 1)
    s1 = Slip("lost-space", one, 5, 13, "duatiga")  # "dua tiga"
    s2 = Slip("deleted", two, 9, 16, "sepulh")  # "sepuluh"
    slipped, placed = corruption.apply_slips(files, [(second, s2), (first, s1)])
    line = slipped["a.txt"].split("\n")[2]
    assert line == one.replace("dua tiga", "duatiga") + " " + two.replace("sepuluh", "sepulh")
    for at, slip in zip(placed, (s2, s1), strict=True):
        assert at.line == 3 and line[at.lo - 1 : at.hi - 1] == slip.wrong
    assert placed[0].expected == one.replace("dua tiga", "duatiga") + " " + two
    assert placed[1].expected == one + " " + two.replace("sepuluh", "sepulh")


def test_a_kind_draws_the_same_slips_whatever_else_is_drawn() -> None:
    pool = corruption.sentences({"a.txt": "\n".join(
        f"Kalimat nomor {i} ini berisi beberapa kata untuk diuji dengan saksama." for i in
        range(40))})
    first = corruption.draw("vowel", pool, 10, 7, lambda w: True)
    random.seed(1)  # the global generator plays no part
    again = corruption.draw("vowel", pool, 10, 7, lambda w: True)
    assert first == again and len(first) == 10
    assert corruption.draw("vowel", pool, 10, 8, lambda w: True) != first


def test_prose_leaves_out_front_matter_code_tags_urls_and_comments() -> None:
    md = ("---\ntitle: Judul\n---\n\nKata `kode` di [tautan](https://contoh.id/jalan) "
          "<span class=\"x\">teks</span> <!-- catatan --> https://contoh.id/lain\n\n"
          "```\nkode blok\n```\n")
    prose = docs_accuracy.prose_of(md)
    assert len(prose) == len(md) and prose.count("\n") == md.count("\n")
    assert WORD_RE.findall(prose) == ["Kata", "di", "tautan", "teks"]


def test_rows_are_found_through_their_context() -> None:
    text = "Satu kalimat dimana salah.\nLain.\nSatu kalimat dimana salah.\n"
    source = "github/x _articles/id/doc.md@1"
    rows = [{"wrong": "dimana", "context": "… kalimat dimana salah.", "source": source},
            {"wrong": "dimana", "context": "Satu kalimat dimana salah.", "source": source},
            {"wrong": "hilang", "context": "tidak ada", "source": source}]
    placed, lost = docs_accuracy.locate(rows, {"ogs_doc.md": text}, "wrong")
    assert [(p.line, p.column, p.length) for p in placed] == [(1, 14, 6), (3, 14, 6)]
    assert lost == [rows[2]]
